-- The first schema: workspaces (the tenant), the Better Auth style identity tables and the
-- first two tenant tables. Every table here has ENABLE + FORCE row-level security; the
-- policies read the per-transaction settings that the app sets with set_config(..., true).
-- An unset setting, and the '' a local setting leaves behind after commit, match no row.

create function app_user_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('mitpo.user_id', true), '')::uuid $$;

create function app_workspace_id() returns uuid
    language sql stable
    as $$ select nullif(current_setting('mitpo.workspace_id', true), '')::uuid $$;

create table workspace (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 120),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table "user" (
    id              uuid primary key,
    email           text not null,
    email_verified  boolean not null default false,
    name            text,
    image           text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
-- An email names one person across the platform; sign-in looks it up before any context
-- exists (through a narrow function in a later migration), so it is unique globally.
create unique index user_email_key on "user" (lower(email));

create table workspace_member (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    user_id       uuid not null references "user" (id) on delete cascade,
    role          text not null check (role in ('owner', 'admin', 'member')),
    created_at    timestamptz not null default now(),
    unique (workspace_id, user_id)
);
create index workspace_member_user_idx on workspace_member (user_id);

create table session (
    id                   uuid primary key,
    user_id              uuid not null references "user" (id) on delete cascade,
    token_hash           bytea not null unique,
    active_workspace_id  uuid references workspace (id) on delete set null,
    expires_at           timestamptz not null,
    ip_address           text,
    user_agent           text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index session_user_idx on session (user_id);

create table account (
    id                        uuid primary key,
    user_id                   uuid not null references "user" (id) on delete cascade,
    provider_id               text not null,
    account_id                text not null,
    password_hash             text,
    access_token              text,
    refresh_token             text,
    id_token                  text,
    access_token_expires_at   timestamptz,
    refresh_token_expires_at  timestamptz,
    scope                     text,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    unique (provider_id, account_id)
);
create index account_user_idx on account (user_id);

create table verification (
    id          uuid primary key,
    user_id     uuid not null references "user" (id) on delete cascade,
    identifier  text not null,
    value_hash  bytea not null unique,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index verification_user_idx on verification (user_id);

create table brand (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    name          text not null check (length(name) between 1 and 120),
    website       text,
    tagline       text,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (workspace_id, id)
);

create table generation (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    brand_id      uuid,
    created_by    uuid,
    kind          text not null check (kind in ('copy', 'image', 'video', 'speech')),
    prompt        text not null,
    parameters    jsonb not null default '{}',
    provider      text,
    model         text,
    credit_cost   integer not null default 0 check (credit_cost >= 0),
    status        text not null default 'queued'
                  check (status in ('queued', 'running', 'succeeded', 'failed')),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    deleted_at    timestamptz,
    -- Scoped by workspace so the foreign-key check cannot reveal another tenant's brand.
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete set null (brand_id)
);
create index generation_workspace_idx on generation (workspace_id, created_at desc);
create index generation_deleted_idx on generation (deleted_at) where deleted_at is not null;

-- Row-level security. FORCE makes the policies bind the table owner too.
alter table workspace        enable row level security;
alter table workspace        force row level security;
alter table workspace_member enable row level security;
alter table workspace_member force row level security;
alter table "user"           enable row level security;
alter table "user"           force row level security;
alter table session          enable row level security;
alter table session          force row level security;
alter table account          enable row level security;
alter table account          force row level security;
alter table verification     enable row level security;
alter table verification     force row level security;
alter table brand            enable row level security;
alter table brand            force row level security;
alter table generation       enable row level security;
alter table generation       force row level security;

-- A workspace is visible to its members; only the current workspace can be changed.
create policy workspace_select on workspace for select
    using (id = (select app_workspace_id())
           or id in (select m.workspace_id from workspace_member m where m.user_id = (select app_user_id())));
create policy workspace_insert on workspace for insert
    with check (id = (select app_workspace_id()));
create policy workspace_update on workspace for update
    using (id = (select app_workspace_id())) with check (id = (select app_workspace_id()));
create policy workspace_delete on workspace for delete
    using (id = (select app_workspace_id()));

-- Members of the current workspace, and one's own memberships (for the workspace switcher).
create policy workspace_member_select on workspace_member for select
    using (workspace_id = (select app_workspace_id()) or user_id = (select app_user_id()));
create policy workspace_member_write on workspace_member for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));

-- A user reads their own row and those of the current workspace's members; writes only their own.
create policy user_select on "user" for select
    using (id = (select app_user_id())
           or id in (select m.user_id from workspace_member m where m.workspace_id = (select app_workspace_id())));
create policy user_insert on "user" for insert with check (id = (select app_user_id()));
create policy user_update on "user" for update
    using (id = (select app_user_id())) with check (id = (select app_user_id()));
create policy user_delete on "user" for delete using (id = (select app_user_id()));

create policy session_own on session for all
    using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));
create policy account_own on account for all
    using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));
create policy verification_own on verification for all
    using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));

create policy brand_tenant on brand for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy generation_tenant on generation for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));

-- The app's role gets data rights only: it owns nothing and cannot change the schema.
grant select, insert, update, delete on
    workspace, workspace_member, "user", session, account, verification, brand, generation
    to ${appRole};
grant execute on function app_user_id(), app_workspace_id() to ${appRole};
