-- The Creative Studio: local image/video/speech models in the catalog, what a generation asked
-- for and how it is going, its outputs (assets in the private bucket), the credit ledger that
-- pays for it, the record of scheduled job runs, and the narrow path the 30-day purge uses.

-- The catalog is read-only under FORCE RLS, for its owner too: open it for this migration only.
alter table ai_model no force row level security;
alter table ai_plan_model no force row level security;

insert into ai_model (id, provider, model, modality, label, credit_cost, sort_order) values
    ('local/brand-canvas',     'local', 'brand-canvas',    'image',  'MITPO local canvas (brand templates, offline)', 2, 10),
    ('local/brand-motion',     'local', 'brand-motion',    'video',  'MITPO local motion (brand templates, offline)', 5, 10),
    ('local/freetts-kevin16',  'local', 'freetts-kevin16', 'speech', 'FreeTTS “Kevin” voice (offline)',               1, 10);

insert into ai_plan_model (plan, model_id, modality, is_default)
select p.plan, m.id, m.modality, true
  from ai_model m cross join (values ('free'), ('pro'), ('business')) as p (plan)
 where m.id in ('local/brand-canvas', 'local/brand-motion', 'local/freetts-kevin16');

alter table ai_model force row level security;
alter table ai_plan_model force row level security;

-- A generation's parameters as columns (the jsonb bag was never written).
alter table generation drop column parameters;
alter table generation
    add column model_id    text,
    add column width       integer check (width between 64 and 4096),
    add column height      integer check (height between 64 and 4096),
    add column variants    integer not null default 1 check (variants between 1 and 4),
    add column progress    integer not null default 0 check (progress between 0 and 100),
    add column error       text,
    add column favourite   boolean not null default false,
    add column finished_at timestamptz,
    add unique (workspace_id, id);
create index generation_gallery_idx on generation (workspace_id, deleted_at, created_at desc);

-- One output of a generation: where it lies in the bucket and what it is.
create table asset (
    id             uuid primary key,
    workspace_id   uuid not null,
    generation_id  uuid not null,
    variant        integer not null check (variant between 1 and 4),
    object_key     text not null,
    content_type   text not null,
    size_bytes     bigint not null check (size_bytes >= 0),
    sha256         text not null,
    preview_text   text,
    created_at     timestamptz not null default now(),
    unique (generation_id, variant),
    foreign key (workspace_id, generation_id) references generation (workspace_id, id) on delete cascade
);
create index asset_generation_idx on asset (workspace_id, generation_id);

-- Credits: append-only. Every entry carries the balance after it, so the balance is the last
-- entry's; entries are written one at a time per workspace (an advisory lock) and the check
-- below makes an overdraft impossible even for a writer that forgot the lock. No foreign key
-- to the workspace: the ledger is accounting data and outlives a deleted workspace.
create table credit_ledger (
    seq            bigint generated always as identity primary key,
    id             uuid not null unique,
    workspace_id   uuid not null,
    entry          text not null check (entry in ('grant', 'debit', 'refund', 'purchase', 'adjustment')),
    amount         integer not null,
    balance_after  integer not null check (balance_after >= 0),
    generation_id  uuid,
    note           text,
    created_by     uuid,
    created_at     timestamptz not null default now(),
    check ((entry = 'debit') = (amount < 0) or entry = 'adjustment')
);
create index credit_ledger_latest_idx on credit_ledger (workspace_id, seq desc);

-- Scheduled jobs' runs: the platform's, not a tenant's (no workspace data in them).
create table job_run (
    id               uuid primary key,
    job              text not null,
    node             text,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    outcome          text not null check (outcome in ('running', 'succeeded', 'failed', 'skipped')),
    items            integer not null default 0,
    objects_deleted  integer not null default 0,
    error            text
);
create index job_run_job_idx on job_run (job, started_at desc);

alter table asset enable row level security;
alter table asset force row level security;
alter table credit_ledger enable row level security;
alter table credit_ledger force row level security;
alter table job_run enable row level security;
alter table job_run force row level security;

create policy asset_tenant on asset for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy credit_ledger_tenant on credit_ledger for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy job_run_platform on job_run for all using (true) with check (true);

grant select, insert, update, delete on asset to ${appRole};
grant select, insert on credit_ledger to ${appRole};
grant select, insert, update on job_run to ${appRole};

-- The purge runs for no user: this function (owner's rights, only here may it see every
-- workspace's generations) names the next batch of generations deleted more than 30 days ago
-- by the database's clock. The purge then acts as each generation's workspace to delete it.
create policy generation_definer_purge on generation for select using (current_user <> session_user);

create function purgeable_generations(p_limit integer)
    returns table (id uuid, workspace_id uuid)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select g.id, g.workspace_id
          from generation g
         where g.deleted_at < now() - interval '30 days'
         order by g.deleted_at, g.id
         limit least(greatest(p_limit, 1), 500)
    $$;
revoke all on function purgeable_generations(integer) from public;
grant execute on function purgeable_generations(integer) to ${appRole};
