-- The one background-work engine: every piece of background work (a generation, a document's
-- analysis, and next the assistant, automations and snapshots) is a row here. A worker on any
-- node claims rows with FOR UPDATE SKIP LOCKED and holds each under a lease that its heartbeat
-- extends; a row whose lease ran out (its node died) is claimed again by the next worker, and a
-- row claimed more often than its attempts allow is handed back to its handler to be failed.
-- Times are the application's clock, passed in, so tests move time instead of waiting.
create table work_item (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    acting_user   uuid,
    kind          text not null,
    subject_id    uuid not null,
    priority      text not null check (priority in ('interactive', 'batch')),
    status        text not null check (status in ('queued', 'running', 'done', 'failed')),
    attempts      integer not null default 0 check (attempts >= 0),
    max_attempts  integer not null default 3 check (max_attempts between 1 and 10),
    progress      integer not null default 0 check (progress between 0 and 100),
    outcome_code  text,
    outcome_params text,
    lease_token   uuid,
    lease_until   timestamptz,
    created_at    timestamptz not null,
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    unique (kind, subject_id)
);
create index work_item_claimable_idx on work_item (priority, created_at, id) where status in ('queued', 'running');
create index work_item_workspace_idx on work_item (workspace_id, kind);

alter table work_item enable row level security;
alter table work_item force row level security;
create policy work_item_tenant on work_item for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
-- The claim below runs with its owner's rights and must see every workspace's queue.
create policy work_item_definer on work_item for all using (current_user <> session_user);
grant select, insert, update, delete on work_item to ${appRole};

-- Claims up to p_limit items of one priority for one lease: queued ones, and running ones whose
-- lease has run out. Oldest first; rows another worker holds are skipped, never waited for.
create function claim_work(p_priority text, p_lease_token uuid, p_now timestamptz, p_lease_seconds integer,
                           p_limit integer)
    returns table (id uuid, workspace_id uuid, acting_user uuid, kind text, subject_id uuid, attempts integer,
                   max_attempts integer)
    language sql volatile security definer
    set search_path = public, pg_temp
    as $$
        with claimable as (
            select w.id
              from work_item w
             where w.priority = p_priority
               and (w.status = 'queued' or (w.status = 'running' and w.lease_until < p_now))
             order by w.created_at, w.id
             limit least(greatest(p_limit, 1), 100)
               for update skip locked
        )
        update work_item w
           set status = 'running', attempts = w.attempts + 1, lease_token = p_lease_token,
               lease_until = p_now + make_interval(secs => greatest(p_lease_seconds, 1)),
               started_at = coalesce(w.started_at, p_now), heartbeat_at = p_now
          from claimable c
         where w.id = c.id
        returning w.id, w.workspace_id, w.acting_user, w.kind, w.subject_id, w.attempts, w.max_attempts
    $$;
revoke all on function claim_work(text, uuid, timestamptz, integer, integer) from public;
grant execute on function claim_work(text, uuid, timestamptz, integer, integer) to ${appRole};

-- Work in flight when this version is deployed becomes work items, so the new engine takes it
-- over. Both sides are under FORCE RLS, the migration's owner included: lifted for these lines.
alter table generation no force row level security;
alter table brand_document no force row level security;
alter table work_item no force row level security;
insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, created_at)
select gen_random_uuid(), g.workspace_id, g.created_by, 'generation', g.id, 'interactive', 'queued', now()
  from generation g where g.status in ('queued', 'running');
insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, created_at)
select gen_random_uuid(), d.workspace_id, d.uploaded_by, 'document-analysis', d.id, 'interactive', 'queued', now()
  from brand_document d where d.status in ('queued', 'extracting', 'analysing', 'embedding');
alter table generation force row level security;
alter table brand_document force row level security;
alter table work_item force row level security;

-- Generations whose node died are now taken over through their lease; the 30-minute sweep goes.
drop function stale_generations(integer);
