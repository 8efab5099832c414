package com.mitpo.brand.control;

import com.mitpo.account.boundary.DataInventory;
import com.mitpo.account.boundary.DataInventory.Place;
import com.mitpo.platform.persistence.Queries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Brand Setup's lines on the workspace's data page. */
@ApplicationScoped
public class BrandInventory {

    @PersistenceContext
    EntityManager em;

    void inventory(@Observes DataInventory inventory) {
        Object[] brands = row("select count(*), count(logo_key), coalesce(sum(length(coalesce(name, '')) "
                + "+ length(coalesce(tagline, '')) + length(coalesce(website, ''))), 0) from brand");
        inventory.stored("data.category.brands", number(brands[0]), number(brands[2]), Place.DATABASE);
        inventory.stored("data.category.logos", number(brands[1]), -1, Place.BUCKET); // logo sizes are not recorded
        Object[] personas = row("select count(*), coalesce(sum(octet_length(p::text)), 0) from persona p");
        inventory.stored("data.category.personas", number(personas[0]), number(personas[1]), Place.DATABASE);
        Object[] voice = row("select count(*), coalesce(sum(octet_length(v::text)), 0) from voice_rules v");
        inventory.stored("data.category.voiceRules", number(voice[0]), number(voice[1]), Place.DATABASE);
        Object[] documents = row("select count(*), coalesce(sum(size_bytes), 0), "
                + "coalesce(sum(octet_length(coalesce(extracted_text, ''))), 0) from brand_document");
        inventory.stored("data.category.documents", number(documents[0]), number(documents[1]), Place.BUCKET);
        inventory.stored("data.category.documentText", number(documents[0]), number(documents[2]), Place.DATABASE);
        Object[] context = row("select count(*), coalesce(sum(octet_length(text) + octet_length(coalesce(quote, ''))), 0) "
                + "from brand_context_item");
        inventory.stored("data.category.context", number(context[0]), number(context[1]), Place.DATABASE);
        Object[] passages = row("select count(*), coalesce(sum(octet_length(text) + octet_length(embedding)), 0) "
                + "from document_chunk");
        inventory.stored("data.category.passages", number(passages[0]), number(passages[1]), Place.DATABASE);
    }

    private Object[] row(String sql) {
        return (Object[]) em.createNativeQuery(sql).setHint(Queries.ALLOW_NATIVE_SQL, true).getSingleResult();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
