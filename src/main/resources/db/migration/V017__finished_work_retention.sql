-- Finished work items (done or failed) are kept a week for the record, then removed: they hold
-- no content (ids, codes, times), but nothing else would ever remove them. Owner's rights, so
-- one call covers every workspace; it removes finished items only.
create function forget_finished_work(p_before timestamptz, p_limit integer)
    returns integer
    language sql volatile security definer
    set search_path = public, pg_temp
    as $$
        with gone as (
            delete from work_item
             where id in (select w.id from work_item w
                           where w.status in ('done', 'failed') and w.finished_at < p_before
                           order by w.finished_at limit least(greatest(p_limit, 1), 10000))
            returning 1
        )
        select count(*)::integer from gone
    $$;
revoke all on function forget_finished_work(timestamptz, integer) from public;
grant execute on function forget_finished_work(timestamptz, integer) to ${appRole};
