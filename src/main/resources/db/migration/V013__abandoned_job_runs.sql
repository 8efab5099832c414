-- A scheduled run whose node died (kill -9, a lost machine) never writes its end. It is closed
-- as 'abandoned' by the next run of the same job, so the record says what happened instead of
-- "running" for ever; the job's own idempotence makes that next run finish the work.
alter table job_run drop constraint job_run_outcome_check;
alter table job_run add constraint job_run_outcome_check
    check (outcome in ('running', 'succeeded', 'failed', 'skipped', 'abandoned'));
