package com.mitpo.platform.jobs;

import com.mitpo.platform.persistence.Queries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The record of scheduled jobs: one {@code job_run} row per run (start, end, counts, error), each
 * written in its own transaction so a run that fails half way is still on record. Times come from
 * the database's clock, like the jobs' cut-offs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobRuns {

    /** How a run ended. */
    public enum Outcome { SUCCEEDED, FAILED, SKIPPED, ABANDONED }

    /** A run of another node that has not ended after this long is taken for dead: no job runs this long. */
    static final String LONGEST_RUN = "1 hour";
    static final String ABANDONED = "The node running it stopped before the run ended; the next run carried on.";
    /** When this server process started: a run this node began before then was cut off by its restart. */
    private static final java.sql.Timestamp PROCESS_STARTED =
            new java.sql.Timestamp(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());

    @PersistenceContext
    EntityManager em;

    /** Records a run's start, first closing the job's earlier runs whose node died as abandoned. */
    public UUID start(String job) {
        em.createNativeQuery("update job_run set outcome = 'abandoned', finished_at = clock_timestamp(), error = ?1 "
                + "where job = ?2 and outcome = 'running' and (started_at < clock_timestamp() - cast(?3 as interval) "
                + "or (node = ?4 and started_at < ?5))")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, ABANDONED).setParameter(2, job).setParameter(3, LONGEST_RUN)
                .setParameter(4, node()).setParameter(5, PROCESS_STARTED)
                .executeUpdate();
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into job_run (id, job, node, started_at, outcome) "
                + "values (?1, ?2, ?3, clock_timestamp(), 'running')")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, id).setParameter(2, job).setParameter(3, node())
                .executeUpdate();
        return id;
    }

    public void finish(UUID runId, Outcome outcome, int items, int objectsDeleted, String error) {
        em.createNativeQuery("update job_run set finished_at = clock_timestamp(), outcome = ?2, items = ?3, "
                + "objects_deleted = ?4, error = ?5 where id = ?1")
                .setHint(Queries.ALLOW_NATIVE_SQL, true)
                .setParameter(1, runId).setParameter(2, outcome.name().toLowerCase(java.util.Locale.ROOT))
                .setParameter(3, items).setParameter(4, objectsDeleted)
                .setParameter(5, error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .executeUpdate();
    }

    /** The name this node writes into its runs. */
    public static String node() {
        String instance = System.getProperty("payara.instance.name", System.getenv().getOrDefault("HOSTNAME", ""));
        return instance.isBlank() ? "local" : instance;
    }
}
