package com.mitpo.creative.boundary;

import com.mitpo.creative.control.GenerationWork;
import com.mitpo.creative.entity.Asset;
import com.mitpo.creative.entity.Generation;
import com.mitpo.creative.entity.GenerationKind;
import com.mitpo.platform.work.WorkState;
import com.mitpo.platform.work.WorkStates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the workspace has made: generations with their outputs, filtered; favourites; the trash,
 * from which a generation can be restored for 30 days before the purge removes it for good.
 */
@Stateless
public class Gallery {

    /** Filters; any may be null (or false) for "all". Dates are UTC days, both inclusive. */
    public record Filter(GenerationKind kind, UUID brandId, LocalDate from, LocalDate to, boolean favouritesOnly,
            boolean trash) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkStates workStates;

    public List<Generation> generations(Filter filter, int limit) {
        var where = new ArrayList<String>();
        where.add(filter.trash() ? "g.deletedAt is not null" : "g.deletedAt is null");
        if (filter.kind() != null) {
            where.add("g.kind = :kind");
        }
        if (filter.brandId() != null) {
            where.add("g.brandId = :brand");
        }
        if (filter.from() != null) {
            where.add("g.createdAt >= :from");
        }
        if (filter.to() != null) {
            where.add("g.createdAt < :to");
        }
        if (filter.favouritesOnly()) {
            where.add("g.favourite = true");
        }
        TypedQuery<Generation> query = em.createQuery("select g from Generation g where " + String.join(" and ", where)
                + " order by g.createdAt desc", Generation.class).setMaxResults(limit);
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind().code());
        }
        if (filter.brandId() != null) {
            query.setParameter("brand", filter.brandId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return query.getResultList();
    }

    /** The generations with these ids, for a page that follows their progress. */
    public List<Generation> generations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from Generation g where g.id in :ids order by g.createdAt desc",
                Generation.class).setParameter("ids", ids).getResultList();
    }

    /** The outputs of these generations, by generation, in variant order. */
    public Map<UUID, List<Asset>> assets(Collection<UUID> generationIds) {
        if (generationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Asset a where a.generationId in :ids order by a.variant", Asset.class)
                .setParameter("ids", generationIds).getResultList().stream()
                .collect(Collectors.groupingBy(Asset::getGenerationId));
    }

    /** How the work on each of these generations stands (progress, outcome), as the engine records it. */
    public Map<UUID, WorkState> work(Collection<UUID> generationIds) {
        return workStates.of(GenerationWork.KIND, generationIds);
    }

    /** An output, if the current workspace owns it (row-level security decides as well). */
    public Optional<Asset> asset(UUID assetId) {
        return Optional.ofNullable(em.find(Asset.class, assetId));
    }

    public boolean favourite(UUID generationId, boolean favourite) {
        return find(generationId).map(g -> {
            g.setFavourite(favourite);
            return true;
        }).orElse(false);
    }

    /** Moves a generation to the trash; its outputs stay until the purge, 30 days later. */
    public boolean trash(UUID generationId) {
        return find(generationId).map(g -> {
            g.trash(clock.instant());
            return true;
        }).orElse(false);
    }

    /** Takes a generation out of the trash, while it is still within its 30 days. */
    public boolean restore(UUID generationId) {
        return find(generationId).filter(g -> g.isTrashed() && !purgeDue(g.getDeletedAt())).map(g -> {
            g.restore();
            return true;
        }).orElse(false);
    }

    /** When a trashed generation will be purged. */
    public static Instant purgeAt(Instant deletedAt) {
        return deletedAt.plus(Generation.TRASH_KEPT);
    }

    private boolean purgeDue(Instant deletedAt) {
        return !clock.instant().isBefore(purgeAt(deletedAt));
    }

    private Optional<Generation> find(UUID generationId) {
        return Optional.ofNullable(em.find(Generation.class, generationId));
    }
}
