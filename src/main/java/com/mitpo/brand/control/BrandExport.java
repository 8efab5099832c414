package com.mitpo.brand.control;

import static com.mitpo.account.boundary.ExportContribution.text;

import com.mitpo.account.boundary.ExportContribution;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandDocument;
import com.mitpo.brand.entity.ContextItem;
import com.mitpo.brand.entity.Persona;
import com.mitpo.brand.entity.VoiceRuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Brand Setup's part of a data export: every brand with its identity and logo, voice rules,
 * personas, documents (the uploaded file and the text read from it) and context items. Runs in
 * the export's transaction, acting as the workspace.
 */
@ApplicationScoped
public class BrandExport {

    @PersistenceContext
    EntityManager em;

    void contribute(@Observes ExportContribution export) {
        JsonArrayBuilder brands = Json.createArrayBuilder();
        for (Brand b : em.createQuery("select b from Brand b order by b.createdAt, b.id", Brand.class).getResultList()) {
            JsonObjectBuilder brand = Json.createObjectBuilder().add("id", b.getId().toString()).add("name", b.getName())
                    .add("website", text(b.getWebsite())).add("tagline", text(b.getTagline()))
                    .add("primaryColor", text(b.getPrimaryColor())).add("secondaryColor", text(b.getSecondaryColor()))
                    .add("accentColor", text(b.getAccentColor())).add("headingFont", text(b.getHeadingFont()))
                    .add("bodyFont", text(b.getBodyFont())).add("createdAt", b.getCreatedAt().toString())
                    .add("updatedAt", b.getUpdatedAt().toString());
            if (b.getLogoKey() != null) {
                String logo = folder(b.getId()) + "logo." + extension(b.getLogoContentType());
                brand.add("logo", logo);
                export.file("logos", logo, b.getLogoKey(), b.getLogoContentType());
            }
            brands.add(brand);
        }
        export.records("brands", brands.build());

        JsonArrayBuilder voices = Json.createArrayBuilder();
        for (VoiceRuleSet set : em.createQuery("select v from VoiceRuleSet v order by v.brandId", VoiceRuleSet.class)
                .getResultList()) {
            VoiceRules r = set.rules();
            voices.add(Json.createObjectBuilder().add("brandId", set.getBrandId().toString())
                    .add("formality", r.formality()).add("playfulness", r.playfulness())
                    .add("do", list(r.doList())).add("dont", list(r.dontList()))
                    .add("bannedWords", list(r.bannedWords())).add("requiredPhrases", list(r.requiredPhrases()))
                    .add("readingLevel", r.readingLevel()));
        }
        export.records("voice-rules", voices.build());

        JsonArrayBuilder personas = Json.createArrayBuilder();
        for (Persona p : em.createQuery("select p from Persona p order by p.createdAt, p.id", Persona.class).getResultList()) {
            personas.add(Json.createObjectBuilder().add("id", p.getId().toString()).add("brandId", p.getBrandId().toString())
                    .add("name", p.getName()).add("description", text(p.getDescription())).add("pains", text(p.getPains()))
                    .add("goals", text(p.getGoals())).add("channels", text(p.getChannels()))
                    .add("demographics", text(p.getDemographics())));
        }
        export.records("personas", personas.build());

        JsonArrayBuilder documents = Json.createArrayBuilder();
        for (BrandDocument d : em.createQuery("select d from BrandDocument d order by d.createdAt, d.id",
                BrandDocument.class).getResultList()) {
            String file = folder(d.getBrandId()) + "documents/" + d.getId() + "." + extension(d.getContentType());
            JsonObjectBuilder document = Json.createObjectBuilder().add("id", d.getId().toString())
                    .add("brandId", d.getBrandId().toString()).add("fileName", d.getFileName())
                    .add("contentType", d.getContentType()).add("sizeBytes", d.getSizeBytes())
                    .add("sha256", d.getSha256()).add("status", d.getStatus().code())
                    .add("analysisModel", d.getAnalysisModel()).add("uploadedAt", d.getCreatedAt().toString())
                    .add("file", file);
            export.file("document-files", file, d.getObjectKey(), d.getContentType());
            if (d.getExtractedText() != null) {
                String textFile = folder(d.getBrandId()) + "documents/" + d.getId() + ".extracted.txt";
                document.add("extractedText", textFile);
                export.text("document-text", textFile, d.getExtractedText());
            }
            documents.add(document);
        }
        export.records("documents", documents.build());

        JsonArrayBuilder context = Json.createArrayBuilder();
        for (ContextItem c : em.createQuery("select c from ContextItem c order by c.createdAt, c.id", ContextItem.class)
                .getResultList()) {
            context.add(Json.createObjectBuilder().add("id", c.getId().toString()).add("brandId", c.getBrandId().toString())
                    .add("kind", c.getKind().code()).add("text", c.getText()).add("quote", text(c.getQuote()))
                    .add("documentId", c.getDocumentId() == null ? "" : c.getDocumentId().toString())
                    .add("edited", c.isEdited()));
        }
        export.records("context-items", context.build());
    }

    private static String folder(UUID brandId) {
        return "brands/" + brandId + "/";
    }

    /** A file extension from a stored content type ("image/svg+xml" → "svg"): never the user's file name. */
    static String extension(String contentType) {
        String subtype = contentType == null ? "bin" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        subtype = subtype.substring(subtype.indexOf('/') + 1);
        return switch (subtype) {
            case "plain" -> "txt";
            case "jpeg" -> "jpg";
            case "svg+xml" -> "svg";
            case "markdown" -> "md";
            case "vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            default -> subtype.matches("[a-z0-9]{1,8}") ? subtype : "bin";
        };
    }

    private static JsonArrayBuilder list(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
