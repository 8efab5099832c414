-- A user's data export (GDPR access and portability): built in the background into one zip in
-- the bucket, downloaded through a signed link, removed after its expiry. It belongs to the
-- user, not to a workspace: it spans all their workspaces and goes when the account goes.
create table data_export (
    id           uuid primary key,
    user_id      uuid not null references "user" (id) on delete cascade,
    status       text not null check (status in ('queued', 'running', 'ready', 'failed')),
    progress     integer not null default 0 check (progress between 0 and 100),
    object_key   text,
    size_bytes   bigint check (size_bytes >= 0),
    sha256       text,
    files        integer not null default 0,
    error        text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    finished_at  timestamptz,
    expires_at   timestamptz
);
create index data_export_user_idx on data_export (user_id, created_at desc);

alter table data_export enable row level security;
alter table data_export force row level security;
create policy data_export_own on data_export for all
    using (user_id = (select app_user_id())) with check (user_id = (select app_user_id()));
grant select, insert, update, delete on data_export to ${appRole};

-- Housekeeping runs for no user: this function (owner's rights; the definer policy lets only
-- definer functions read across users) names exports past their expiry and exports whose
-- node died while building them (not moved for 30 minutes; "stalled"), by the database's clock.
-- The job then acts as each export's user to remove it or to close it as interrupted.
create policy data_export_definer on data_export for select using (current_user <> session_user);

create function expired_data_exports(p_limit integer)
    returns table (id uuid, user_id uuid, object_key text, stalled boolean)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select e.id, e.user_id, e.object_key, e.status in ('queued', 'running')
          from data_export e
         where e.expires_at < now()
            or (e.status in ('queued', 'running') and e.updated_at < now() - interval '30 minutes')
         order by e.created_at, e.id
         limit least(greatest(p_limit, 1), 500)
    $$;
revoke all on function expired_data_exports(integer) from public;
grant execute on function expired_data_exports(integer) to ${appRole};

-- The credit ledger outlives a deleted account (accounting law), but not the account's name on
-- it: a deleted user's entries, in every workspace, keep their amounts and lose who made them.
-- Only the user acting in the transaction can be anonymised, and only this function may change
-- a ledger row (the app's role may only read and append).
create policy credit_ledger_definer on credit_ledger for all using (current_user <> session_user);

create function anonymise_credit_ledger()
    returns integer
    language plpgsql volatile security definer
    set search_path = public, pg_temp
    as $$
    declare
        changed integer;
    begin
        if app_user_id() is null then
            return 0;
        end if;
        update credit_ledger set created_by = null where created_by = app_user_id();
        get diagnostics changed = row_count;
        return changed;
    end
    $$;
revoke all on function anonymise_credit_ledger() from public;
grant execute on function anonymise_credit_ledger() to ${appRole};
