package com.mitpo.brand.boundary;

import com.mitpo.brand.control.BrandReceipts;
import com.mitpo.brand.control.LogoImages;
import com.mitpo.brand.control.VoiceChecker;
import com.mitpo.brand.boundary.VoiceRules;
import com.mitpo.brand.entity.Brand;
import com.mitpo.brand.entity.BrandIdentity;
import com.mitpo.brand.entity.Persona;
import com.mitpo.brand.entity.VoiceRuleSet;
import com.mitpo.brand.control.BrandFiles;
import com.mitpo.platform.persistence.AfterCompletion;
import com.mitpo.platform.persistence.TenantContext;
import com.mitpo.platform.storage.ObjectStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Brand Setup: the brands of the current workspace (row-level security and EclipseLink's
 * tenant filter keep every query to it), their voice rules and their personas. Deleting a
 * brand is immediate; its voice rules and personas go with it.
 */
@Stateless
public class Brands {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectStore store;

    @Inject
    TenantContext tenant;

    @Inject
    AfterCompletion afterCompletion;

    @Inject
    BrandReceipts brandReceipts;

    public List<Brand> list() {
        return em.createQuery("select b from Brand b order by lower(b.name)", Brand.class).getResultList();
    }

    /** Every brand's id and name, by name: what other features show. */
    public List<BrandName> names() {
        return list().stream().map(b -> new BrandName(b.getId(), b.getName())).toList();
    }

    /** The brand as data for other features (the Studio): look, voice, audience and context; empty when it is gone. */
    public Optional<BrandProfile> profile(UUID brandId) {
        return find(brandId).map(brand -> {
            List<String> colours = java.util.stream.Stream.of(brand.getPrimaryColor(), brand.getSecondaryColor(),
                    brand.getAccentColor()).filter(java.util.Objects::nonNull).toList();
            List<String> audience = personas(brandId).stream()
                    .map(p -> p.getDescription() == null ? p.getName() : p.getName() + ": " + p.getDescription())
                    .toList();
            List<String> context = em.createQuery("select i.text from ContextItem i where i.brandId = :brand "
                    + "order by i.kind, i.createdAt", String.class).setParameter("brand", brandId).getResultList();
            return new BrandProfile(brand.getId(), brand.getName(), brand.getTagline(), colours, brand.getHeadingFont(),
                    brand.getBodyFont(), logo(brandId).orElse(null), voiceRules(brandId), audience, context);
        });
    }

    public Optional<Brand> find(UUID brandId) {
        return Optional.ofNullable(brandId == null ? null : em.find(Brand.class, brandId));
    }

    public Brand create(BrandIdentity identity) {
        BrandIdentity clean = identity.normalized();
        var brand = new Brand(clean.name(), clock.instant());
        brand.describe(clean, clock.instant());
        em.persist(brand);
        em.persist(new VoiceRuleSet(brand.getId(), clock.instant()));
        return brand;
    }

    public Optional<Brand> update(UUID brandId, BrandIdentity identity) {
        return find(brandId).map(brand -> {
            brand.describe(identity.normalized(), clock.instant());
            return brand;
        });
    }

    /** Deletes the brand's rows now and, once that has committed, every file it had in the bucket. */
    public boolean delete(UUID brandId) {
        return find(brandId).map(brand -> {
            String files = prefix(brandId);
            brandReceipts.brandDeleted(brand, files);
            em.remove(brand); // voice rules and personas follow by cascade
            afterCompletion.onCommit(() -> store.deletePrefix(files));
            return true;
        }).orElse(false);
    }

    /** Checks, cleans and stores a new logo (replacing the old one); the problem when refused. */
    public Optional<LogoProblem> setLogo(UUID brandId, byte[] upload) {
        Optional<Brand> brand = find(brandId);
        if (brand.isEmpty()) {
            return Optional.of(LogoProblem.NOT_AN_IMAGE);
        }
        LogoImages.Result result = LogoImages.toPng(upload);
        if (result.problem() != null) {
            return Optional.of(result.problem());
        }
        String key = prefix(brandId) + "logo.png";
        store.put(key, result.png(), "image/png");
        brand.get().useLogo(key, "image/png", clock.instant());
        return Optional.empty();
    }

    /** The brand's logo as PNG bytes, if it has one. */
    public Optional<byte[]> logo(UUID brandId) {
        return find(brandId).map(Brand::getLogoKey).map(store::get);
    }

    private String prefix(UUID brandId) {
        UUID workspace = tenant.workspaceId().orElseThrow(() -> new IllegalStateException("no workspace"));
        return BrandFiles.brandPrefix(workspace, brandId);
    }

    public VoiceRules voiceRules(UUID brandId) {
        return rulesOf(brandId).map(VoiceRuleSet::rules).orElse(VoiceRules.none());
    }

    public boolean saveVoiceRules(UUID brandId, VoiceRules rules) {
        if (find(brandId).isEmpty()) {
            return false;
        }
        VoiceRuleSet set = rulesOf(brandId).orElseGet(() -> {
            var created = new VoiceRuleSet(brandId, clock.instant());
            em.persist(created);
            return created;
        });
        set.replace(rules, clock.instant());
        return true;
    }

    /** Checks a text against the brand's voice; later features run this on every generated copy. */
    public List<VoiceViolation> checkVoice(UUID brandId, String text) {
        return VoiceChecker.check(text, voiceRules(brandId));
    }

    /** A checker with the brand's voice rules read once, for pages that check many texts. */
    public Function<String, List<VoiceViolation>> voiceCheck(UUID brandId) {
        VoiceRules rules = voiceRules(brandId);
        return text -> VoiceChecker.check(text, rules);
    }

    public List<Persona> personas(UUID brandId) {
        return em.createQuery("select p from Persona p where p.brandId = :brand order by lower(p.name)", Persona.class)
                .setParameter("brand", brandId).getResultList();
    }

    /** Adds ({@code personaId} null) or changes a persona; the name is required. */
    public Optional<Persona> savePersona(UUID brandId, UUID personaId, String name, String description, String pains,
            String goals, String channels, String demographics) {
        if (name == null || name.isBlank() || name.strip().length() > 120 || find(brandId).isEmpty()) {
            return Optional.empty();
        }
        Persona persona = personaId == null ? null : em.find(Persona.class, personaId);
        if (persona == null) {
            persona = new Persona(brandId, clock.instant());
            em.persist(persona);
        }
        persona.describe(name, description, pains, goals, channels, demographics, clock.instant());
        return Optional.of(persona);
    }

    public void deletePersona(UUID personaId) {
        em.createQuery("delete from Persona p where p.id = :id").setParameter("id", personaId).executeUpdate();
    }

    private Optional<VoiceRuleSet> rulesOf(UUID brandId) {
        return Optional.ofNullable(brandId == null ? null : em.find(VoiceRuleSet.class, brandId));
    }
}
