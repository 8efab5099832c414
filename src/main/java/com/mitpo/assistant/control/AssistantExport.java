package com.mitpo.assistant.control;

import static com.mitpo.account.boundary.ExportContribution.text;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.assistant.entity.AssistantMessage;
import com.mitpo.assistant.entity.AssistantThread;
import com.mitpo.assistant.entity.Citation;
import com.mitpo.assistant.entity.MemoryItem;
import com.mitpo.assistant.entity.MemoryRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The assistant's part of a user's data export: their threads, every message with the provider
 * and model that wrote it and the sources it cited, and their memory with where each item came
 * from. Runs in the export's transaction, acting as the user in each workspace, so row-level
 * security gives exactly theirs.
 */
@ApplicationScoped
public class AssistantExport {

    @PersistenceContext
    EntityManager em;

    void contribute(@Observes ExportContribution export) {
        JsonArrayBuilder threads = Json.createArrayBuilder();
        for (AssistantThread t : em.createQuery("select t from AssistantThread t order by t.createdAt, t.id",
                AssistantThread.class).getResultList()) {
            threads.add(Json.createObjectBuilder().add("id", t.getId().toString()).add("title", t.getTitle())
                    .add("brandId", t.getBrandId() == null ? "" : t.getBrandId().toString())
                    .add("modelId", t.getModelId()).add("createdAt", t.getCreatedAt().toString())
                    .add("updatedAt", t.getUpdatedAt().toString()));
        }
        export.records("assistant-threads", threads.build());

        Map<UUID, List<Citation>> cited = em.createQuery("select c from Citation c order by c.messageId, c.label",
                Citation.class).getResultList().stream().collect(Collectors.groupingBy(Citation::getMessageId));
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (AssistantMessage m : em.createQuery("select m from AssistantMessage m order by m.threadId, m.seq",
                AssistantMessage.class).getResultList()) {
            JsonArrayBuilder sources = Json.createArrayBuilder();
            for (Citation c : cited.getOrDefault(m.getId(), List.of())) {
                JsonObjectBuilder source = Json.createObjectBuilder().add("label", c.getLabel()).add("kind", c.getKindCode())
                        .add("documentName", text(c.getDocumentName())).add("excerpt", c.getExcerpt());
                if (c.getPage() != null) {
                    source.add("page", c.getPage());
                }
                sources.add(source);
            }
            messages.add(Json.createObjectBuilder().add("id", m.getId().toString())
                    .add("threadId", m.getThreadId().toString()).add("seq", m.getSeq())
                    .add("role", m.isFromUser() ? "user" : "assistant").add("body", m.getBody())
                    .add("provider", text(m.getProvider())).add("model", text(m.getModel()))
                    .add("credits", m.getCredits()).add("createdAt", m.getCreatedAt().toString())
                    .add("citations", sources));
        }
        export.records("assistant-messages", messages.build());

        JsonArrayBuilder memory = Json.createArrayBuilder();
        for (MemoryItem i : em.createQuery("select m from MemoryItem m order by m.createdAt, m.id", MemoryItem.class)
                .getResultList()) {
            memory.add(Json.createObjectBuilder().add("id", i.getId().toString()).add("text", i.getText())
                    .add("origin", i.getOrigin())
                    .add("sourceMessageId", i.getSourceMessageId() == null ? "" : i.getSourceMessageId().toString())
                    .add("pinned", i.isPinned()).add("createdAt", i.getCreatedAt().toString())
                    .add("lastUsedAt", shown(i.getLastUsedAt())).add("editedAt", shown(i.getEditedAt()))
                    .add("forgottenOn", MemoryRules.forgottenOn(i).map(Instant::toString).orElse("")));
        }
        export.records("assistant-memory", memory.build());
    }

    private static String shown(Instant moment) {
        return moment == null ? "" : moment.toString();
    }
}
