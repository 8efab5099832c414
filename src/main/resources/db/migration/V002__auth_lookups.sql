-- Look-ups that must happen before anyone is known: sign-in by email, a session by its token
-- hash, a verification or reset token by its hash. They run as narrow SECURITY DEFINER
-- functions owned by the schema owner. Inside them current_user is the owner while
-- session_user stays the app role, and only there do these SELECT policies open; each
-- function then returns just the row its argument names. Direct queries by the app role, or
-- by the owner itself (migrations), still see only what the tenant policies allow.

create policy user_definer_lookup on "user" for select using (current_user <> session_user);
create policy account_definer_lookup on account for select using (current_user <> session_user);
create policy session_definer_lookup on session for select using (current_user <> session_user);
create policy verification_definer_lookup on verification for select using (current_user <> session_user);
create policy workspace_member_definer_lookup on workspace_member for select using (current_user <> session_user);

create index account_credential_user_idx on account (user_id) where provider_id = 'credential';

create function auth_credential_by_email(p_email text)
    returns table (user_id uuid, password_hash text, email_verified boolean)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select u.id, a.password_hash, u.email_verified
          from "user" u
          left join account a on a.user_id = u.id and a.provider_id = 'credential'
         where lower(u.email) = lower(p_email)
    $$;

-- The active workspace comes back only while the user is still a member of it.
create function auth_session_by_token(p_token_hash bytea)
    returns table (id uuid, user_id uuid, active_workspace_id uuid, expires_at timestamptz,
                   created_at timestamptz, updated_at timestamptz)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select s.id, s.user_id, m.workspace_id, s.expires_at, s.created_at, s.updated_at
          from session s
          left join workspace_member m on m.workspace_id = s.active_workspace_id and m.user_id = s.user_id
         where s.token_hash = p_token_hash
    $$;

create function auth_verification_by_token(p_value_hash bytea)
    returns table (id uuid, user_id uuid, identifier text, expires_at timestamptz)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select v.id, v.user_id, v.identifier, v.expires_at
          from verification v
         where v.value_hash = p_value_hash
    $$;

revoke all on function auth_credential_by_email(text) from public;
revoke all on function auth_session_by_token(bytea) from public;
revoke all on function auth_verification_by_token(bytea) from public;
grant execute on function auth_credential_by_email(text) to ${appRole};
grant execute on function auth_session_by_token(bytea) to ${appRole};
grant execute on function auth_verification_by_token(bytea) to ${appRole};
