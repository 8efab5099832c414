package com.mitpo.creative.control;

import static com.mitpo.account.boundary.ExportContribution.text;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.Generation;
import com.mitpo.platform.work.WorkState;
import com.mitpo.platform.work.WorkStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Creative Studio's part of a data export: every generation (those in the trash too) with
 * its prompt, parameters, provider, model, cost and status, and each output file. Runs in the
 * export's transaction, acting as the workspace.
 */
@ApplicationScoped
public class CreativeExport {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkStates workStates;

    void contribute(@Observes ExportContribution export) {
        List<Generation> generations = em.createQuery("select g from Generation g order by g.createdAt, g.id",
                Generation.class).getResultList();
        Map<UUID, List<Asset>> outputs = em.createQuery("select a from Asset a order by a.variant", Asset.class)
                .getResultList().stream().collect(Collectors.groupingBy(Asset::getGenerationId));
        Map<UUID, WorkState> work = workStates.of(GenerationWork.KIND, generations.stream().map(Generation::getId).toList());
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (Generation g : generations) {
            WorkState state = work.get(g.getId());
            JsonObjectBuilder record = Json.createObjectBuilder().add("id", g.getId().toString())
                    .add("brandId", g.getBrandId() == null ? "" : g.getBrandId().toString())
                    .add("createdBy", g.getCreatedBy() == null ? "" : g.getCreatedBy().toString())
                    .add("kind", g.getKind().code()).add("prompt", g.getPrompt())
                    .add("modelId", text(g.getModelId())).add("provider", text(g.getProvider()))
                    .add("model", text(g.getModel())).add("variants", g.getVariants())
                    .add("creditCost", g.getCreditCost()).add("status", g.getStatus().code())
                    .add("error", state.failed() ? state.outcomeCode() : "")
                    .add("errorDetail", state.failed() && !state.outcomeParams().isEmpty() ? state.outcomeParams().get(0) : "")
                    .add("favourite", g.isFavourite())
                    .add("createdAt", g.getCreatedAt().toString())
                    .add("finishedAt", g.getFinishedAt() == null ? "" : g.getFinishedAt().toString())
                    .add("inTrashSince", g.getDeletedAt() == null ? "" : g.getDeletedAt().toString());
            if (g.getSize() != null) {
                record.add("width", g.getSize().width()).add("height", g.getSize().height());
            }
            JsonArrayBuilder files = Json.createArrayBuilder();
            for (Asset a : outputs.getOrDefault(g.getId(), List.of())) {
                String path = "generations/" + g.getId() + "/" + a.getVariant() + "." + g.getKind().extension();
                files.add(Json.createObjectBuilder().add("variant", a.getVariant()).add("file", path)
                        .add("contentType", a.getContentType()).add("sizeBytes", a.getSizeBytes())
                        .add("sha256", a.getSha256()));
                export.file("generation-files", path, a.getObjectKey(), a.getContentType());
            }
            records.add(record.add("outputs", files));
        }
        export.records("generations", records.build());
    }
}
