-- A generation runs on the node that accepted it. If that node dies, the generation would stay
-- "queued" or "running" for ever with its credits spent. This function (owner's rights, like
-- the purge's; the generation_definer_purge policy lets definer functions read generations)
-- names the ones that have not moved for 30 minutes by the database's clock, so a sweep can
-- fail and refund them acting as their workspace.
create function stale_generations(p_limit integer)
    returns table (id uuid, workspace_id uuid, created_by uuid)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select g.id, g.workspace_id, g.created_by
          from generation g
         where g.status in ('queued', 'running')
           and g.updated_at < now() - interval '30 minutes'
         order by g.updated_at, g.id
         limit least(greatest(p_limit, 1), 500)
    $$;
revoke all on function stale_generations(integer) from public;
grant execute on function stale_generations(integer) to ${appRole};
