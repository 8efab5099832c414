-- The engine's work item becomes the one record of how a piece of work went: its status, its
-- progress, the step it is on, and its outcome (a code with parameters). Pages read those and
-- nothing else, so the copies on the subjects go: a generation's and a document's progress and
-- failure reason. The subjects keep their own lifecycle (a generation succeeded; a document is
-- ready and so its passages are searched), which is a fact about them, not about the work.
alter table work_item add column step text;

-- An item therefore lives as long as its subject (it held a week before: V017) and leaves with
-- it, however the subject goes (deleted, purged from the trash, or with its brand).
drop function forget_finished_work(timestamptz, integer);

create function forget_work_of_subject()
    returns trigger
    language plpgsql
    as $$
        begin
            delete from work_item where kind = tg_argv[0] and subject_id = old.id;
            return old;
        end
    $$;
create trigger generation_forgets_work after delete on generation
    for each row execute function forget_work_of_subject('generation');
create trigger brand_document_forgets_work after delete on brand_document
    for each row execute function forget_work_of_subject('document-analysis');

-- Subjects whose work finished before the engine existed, or whose item the week's rule removed,
-- get their item back from what the subject recorded, so every subject has one.
alter table generation no force row level security;
alter table brand_document no force row level security;
alter table work_item no force row level security;
insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, attempts, progress,
                       outcome_code, outcome_params, created_at, started_at, finished_at)
select gen_random_uuid(), g.workspace_id, g.created_by, 'generation', g.id, 'interactive',
       case g.status when 'succeeded' then 'done' when 'failed' then 'failed' else 'queued' end,
       case when g.status in ('succeeded', 'failed') then 1 else 0 end,
       case g.status when 'succeeded' then 100 else g.progress end,
       case g.status when 'succeeded' then 'DONE' when 'failed' then coalesce(g.error, 'INTERNAL') end,
       case when g.status = 'failed' and g.error_detail is not null then json_build_array(g.error_detail)::text
            when g.status in ('succeeded', 'failed') then '[]' end,
       g.created_at, g.created_at, g.finished_at
  from generation g
 where not exists (select 1 from work_item w where w.kind = 'generation' and w.subject_id = g.id);
insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, attempts, progress,
                       outcome_code, outcome_params, created_at, started_at, finished_at)
select gen_random_uuid(), d.workspace_id, d.uploaded_by, 'document-analysis', d.id, 'interactive',
       case d.status when 'ready' then 'done' when 'failed' then 'failed' else 'queued' end,
       case when d.status in ('ready', 'failed') then 1 else 0 end,
       case d.status when 'ready' then 100 else d.progress end,
       case d.status when 'ready' then 'DONE' when 'failed' then coalesce(d.problem, 'INTERNAL') end,
       case when d.status in ('ready', 'failed') then '[]' end,
       d.created_at, d.created_at, case when d.status in ('ready', 'failed') then d.updated_at end
  from brand_document d
 where not exists (select 1 from work_item w where w.kind = 'document-analysis' and w.subject_id = d.id);
-- A failed generation's item says what the page said: nodes that kept dying read as interrupted.
update work_item w set outcome_code = g.error, outcome_params = case when g.error_detail is null then '[]' else json_build_array(g.error_detail)::text end
  from generation g
 where w.kind = 'generation' and w.subject_id = g.id and w.status = 'failed' and g.error is not null
   and w.outcome_code is distinct from g.error;
update work_item w set outcome_code = d.problem, outcome_params = '[]'
  from brand_document d
 where w.kind = 'document-analysis' and w.subject_id = d.id and w.status = 'failed' and d.problem is not null
   and w.outcome_code is distinct from d.problem;
alter table generation force row level security;
alter table brand_document force row level security;
alter table work_item force row level security;

alter table generation drop column progress, drop column error, drop column error_detail;
alter table brand_document drop column progress, drop column problem;

-- A data export is work too, on the same engine: the user's own, spanning their workspaces, so
-- its item has no workspace and only its user reads it. The export's progress and failure text
-- go the same way as the others' (a sentence was stored there).
alter table work_item alter column workspace_id drop not null;
alter table work_item add constraint work_item_has_owner check (workspace_id is not null or acting_user is not null);
create policy work_item_own on work_item for all
    using (workspace_id is null and acting_user = (select app_user_id()))
    with check (workspace_id is null and acting_user = (select app_user_id()));
create trigger data_export_forgets_work after delete on data_export
    for each row execute function forget_work_of_subject('data-export');

alter table data_export no force row level security;
alter table work_item no force row level security;
insert into work_item (id, workspace_id, acting_user, kind, subject_id, priority, status, attempts, progress,
                       outcome_code, outcome_params, created_at, started_at, finished_at)
select gen_random_uuid(), null, e.user_id, 'data-export', e.id, 'batch',
       case e.status when 'ready' then 'done' when 'failed' then 'failed' else 'queued' end,
       case when e.status in ('ready', 'failed') then 1 else 0 end,
       case e.status when 'ready' then 100 when 'failed' then e.progress else 0 end,
       case e.status when 'ready' then 'DONE'
                     when 'failed' then case when e.error like '%interrupted%' then 'ATTEMPTS_EXHAUSTED' else 'INTERNAL' end end,
       case when e.status in ('ready', 'failed') then '[]' end,
       e.created_at, e.created_at, e.finished_at
  from data_export e
 where not exists (select 1 from work_item w where w.kind = 'data-export' and w.subject_id = e.id);
alter table data_export force row level security;
alter table work_item force row level security;
alter table data_export drop column progress, drop column error;

-- A dead node's export is now taken over through its lease; housekeeping only expires zips.
drop function expired_data_exports(integer);
create function expired_data_exports(p_limit integer)
    returns table (id uuid, user_id uuid, object_key text)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select e.id, e.user_id, e.object_key
          from data_export e
         where e.expires_at < now()
         order by e.created_at, e.id
         limit least(greatest(p_limit, 1), 500)
    $$;
revoke all on function expired_data_exports(integer) from public;
grant execute on function expired_data_exports(integer) to ${appRole};
