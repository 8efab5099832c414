-- Invitations to join a workspace. Owners and admins see and manage those of their
-- workspace; the invitee, who is not a member yet, finds theirs by the mailed token through
-- a SECURITY DEFINER function, as with the other pre-context look-ups.

create table invitation (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    email         text not null,
    role          text not null check (role in ('admin', 'member')),
    token_hash    bytea not null unique,
    invited_by    uuid references "user" (id) on delete set null,
    expires_at    timestamptz not null,
    created_at    timestamptz not null default now()
);
create index invitation_workspace_idx on invitation (workspace_id);

alter table invitation enable row level security;
alter table invitation force row level security;

create policy invitation_tenant on invitation for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy invitation_definer_lookup on invitation for select using (current_user <> session_user);
create policy workspace_definer_lookup on workspace for select using (current_user <> session_user);

create function auth_invitation_by_token(p_token_hash bytea)
    returns table (id uuid, workspace_id uuid, workspace_name text, email text, role text, expires_at timestamptz)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select i.id, i.workspace_id, w.name, i.email, i.role, i.expires_at
          from invitation i join workspace w on w.id = i.workspace_id
         where i.token_hash = p_token_hash
    $$;

revoke all on function auth_invitation_by_token(bytea) from public;
grant execute on function auth_invitation_by_token(bytea) to ${appRole};
grant select, insert, update, delete on invitation to ${appRole};
