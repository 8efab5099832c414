package com.mitpo.creative.web;

import com.mitpo.platform.refusal.Refusal;
import com.mitpo.billing.boundary.Credits;
import com.mitpo.creative.boundary.Gallery;
import com.mitpo.creative.boundary.SignedAssets;
import com.mitpo.creative.boundary.Studio;
import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.ChannelSize;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.api.ApiErrors;
import com.mitpo.platform.work.WorkState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The Studio over JSON, for scripts and for the pages' link refresh: start a generation, follow
 * it, get a fresh signed link to an output, read the balance. Bad input answers 4xx with a code
 * and a message; a generation the balance cannot pay for answers 402.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioResource {

    @Inject
    Studio studio;

    @Inject
    Gallery gallery;

    @Inject
    Credits credits;

    @Inject
    SignedAssets signed;

    @POST
    @Path("studio/generations")
    public Response start(JsonObject body) {
        Optional<GenerationKind> kind = enumValue(body, "kind").flatMap(StudioResource::kind);
        Optional<ChannelSize> size = enumValue(body, "size").flatMap(StudioResource::size);
        if (kind.isEmpty() || (body.containsKey("size") && size.isEmpty())) {
            return ApiErrors.refused(Response.Status.BAD_REQUEST, kind.isEmpty()
                    ? Refusal.of("BAD_REQUEST", "api.studio.badKind", codes(GenerationKind.values())).on("kind")
                    : Refusal.of("BAD_REQUEST", "api.studio.badSize", codes(ChannelSize.values())).on("size"));
        }
        Optional<UUID> brand = enumValue(body, "brandId").flatMap(StudioResource::uuid);
        int variants = body.get("variants") instanceof JsonNumber n ? n.intValue() : 1;
        Studio.Outcome outcome = studio.start(new Studio.Request(brand.orElse(null), kind.get(), size.orElse(null),
                body.getString("prompt", null), variants, body.getString("model", null)));
        if (!outcome.accepted()) {
            boolean unpaid = Studio.Problem.NOT_ENOUGH_CREDITS.name().equals(outcome.refusal().code());
            return ApiErrors.refused(unpaid ? 402 : 400, outcome.refusal());
        }
        return Response.status(Response.Status.ACCEPTED).entity(generation(outcome.generation())).build();
    }

    @GET
    @Path("studio/generations/{id}")
    public Response generation(@PathParam("id") String id) {
        Optional<Generation> found = uuid(id).flatMap(g -> gallery.generations(List.of(g)).stream().findFirst());
        if (found.isEmpty()) {
            return ApiErrors.refused(Response.Status.NOT_FOUND, Refusal.of("NOT_FOUND", "api.noSuchGeneration"));
        }
        return Response.ok(generation(found.get())).build();
    }

    /** A fresh 60-second link to an output the workspace owns (for players and downloads whose link expired). */
    @GET
    @Path("assets/{id}/link")
    public Response link(@PathParam("id") String id) {
        Optional<Asset> asset = uuid(id).flatMap(gallery::asset);
        if (asset.isEmpty()) {
            return ApiErrors.refused(Response.Status.NOT_FOUND, Refusal.of("NOT_FOUND", "api.noSuchAsset"));
        }
        UUID assetId = asset.get().getId();
        return Response.ok(Json.createObjectBuilder().add("url", signed.url(assetId))
                .add("downloadUrl", signed.downloadUrl(assetId)).add("expiresIn", 60).build()).build();
    }

    @GET
    @Path("credits")
    public Response balance() {
        return Response.ok(Json.createObjectBuilder().add("balance", credits.balance()).build()).build();
    }

    /** A generation with its outputs and how its work stands (the engine's record). */
    private JsonObject generation(Generation g) {
        WorkState work = gallery.work(List.of(g.getId())).get(g.getId());
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        for (Asset a : gallery.assets(List.of(g.getId())).getOrDefault(g.getId(), List.of())) {
            outputs.add(Json.createObjectBuilder().add("id", a.getId().toString()).add("variant", a.getVariant())
                    .add("contentType", a.getContentType()).add("size", a.getSizeBytes()).add("sha256", a.getSha256())
                    .add("url", signed.url(a.getId())));
        }
        return Json.createObjectBuilder().add("id", g.getId().toString()).add("kind", g.getKind().code())
                .add("status", GenerationRow.status(work)).add("progress", work.progress())
                .add("model", g.getModelId()).add("creditCost", g.getCreditCost())
                .add("errorCode", work.failed() ? Json.createValue(work.outcomeCode()) : JsonValue.NULL)
                .add("error", work.failed() ? Json.createValue(GenerationRow.failure(work)) : JsonValue.NULL)
                .add("outputs", outputs).build();
    }

    /** The values a field accepts, as the request spells them. */
    private static String codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> v instanceof GenerationKind k ? k.code() : v.name())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static Optional<String> enumValue(JsonObject body, String name) {
        return body.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<GenerationKind> kind(String value) {
        try {
            return Optional.of(GenerationKind.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<ChannelSize> size(String value) {
        try {
            return Optional.of(ChannelSize.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
