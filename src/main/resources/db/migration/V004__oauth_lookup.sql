-- Sign-in with Google or GitHub finds the user by the provider's own id for them (never by
-- login name or email) before anyone is known: another narrow SECURITY DEFINER look-up.
create function auth_user_by_provider_account(p_provider text, p_account_id text)
    returns uuid
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select a.user_id from account a where a.provider_id = p_provider and a.account_id = p_account_id
    $$;

revoke all on function auth_user_by_provider_account(text, text) from public;
grant execute on function auth_user_by_provider_account(text, text) to ${appRole};
