-- A receipt for every purge and deletion inside a workspace: what went, when, how many rows and
-- bucket objects. Receipts are the workspace's record of its own data leaving, shown on its
-- data page and downloadable; the app may add them but never change or remove one. They go
-- with the workspace itself.
create table purge_receipt (
    id               uuid primary key,
    workspace_id     uuid not null references workspace (id) on delete cascade,
    action           text not null check (action in ('trash-purge', 'brand-deleted', 'document-deleted')),
    summary          text not null,
    rows_removed     integer not null check (rows_removed >= 0),
    objects_removed  integer not null check (objects_removed >= 0),
    bytes_removed    bigint not null default 0 check (bytes_removed >= 0),
    details          text not null default '[]',
    actor            uuid,
    created_at       timestamptz not null default now()
);
create index purge_receipt_workspace_idx on purge_receipt (workspace_id, created_at desc);

alter table purge_receipt enable row level security;
alter table purge_receipt force row level security;
create policy purge_receipt_tenant on purge_receipt for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
grant select, insert on purge_receipt to ${appRole};
