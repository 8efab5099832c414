-- The Marketing Assistant: a user's threads in a workspace, their messages (a reply grows in its
-- row while it streams, so any node, tab or refresh reads it so far), the sources each reply
-- cited, and the memory the user owns. All of it is private to its user within its workspace:
-- every table carries workspace_id and user_id, and its policy asks for both. Transcripts stay
-- until the user deletes them; memory items leave after 365 days without use or edit (a job,
-- through assistant_forgettable_memories below), pinned ones never.

-- A ledger entry pays for a generation or for an assistant reply: the column names what it paid
-- for, whichever it is (it never had a foreign key: the ledger outlives what it paid for).
alter table credit_ledger rename column generation_id to paid_for;

-- Where a document's passage starts, for citations ("page 3"); null for types without pages.
alter table document_chunk add column page integer check (page >= 1);

create table assistant_thread (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    user_id       uuid not null references "user" (id) on delete cascade,
    brand_id      uuid,
    title         text not null check (length(title) between 1 and 120),
    model_id      text not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    unique (workspace_id, id),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete set null (brand_id)
);
create index assistant_thread_user_idx on assistant_thread (workspace_id, user_id, updated_at desc);

-- A message of either side. A reply's state (queued, streaming, done, failed, interrupted) is its
-- work item's; the row holds what was said, who served it and what it cost.
create table assistant_message (
    id                 uuid primary key,
    workspace_id       uuid not null,
    user_id            uuid not null,
    thread_id          uuid not null,
    seq                integer not null,
    role               text not null check (role in ('user', 'assistant')),
    body               text not null default '' check (length(body) <= 100000),
    model_id           text,
    provider           text,
    model              text,
    credits            integer not null default 0 check (credits >= 0),
    stop_requested_at  timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (thread_id, seq),
    unique (workspace_id, id),
    foreign key (workspace_id, thread_id) references assistant_thread (workspace_id, id) on delete cascade
);
create trigger assistant_message_forgets_work after delete on assistant_message
    for each row execute function forget_work_of_subject('assistant-reply');

-- What a reply cited, as it was when cited (a document may change or go later): the label the
-- model used, the kind of source, its id and, for a passage, the document and page.
create table assistant_citation (
    id             uuid primary key,
    workspace_id   uuid not null,
    user_id        uuid not null,
    message_id     uuid not null,
    label          integer not null check (label >= 1),
    source_kind    text not null check (source_kind in ('passage', 'context', 'voice', 'persona', 'memory')),
    source_id      uuid,
    document_id    uuid,
    document_name  text,
    page           integer,
    excerpt        text not null check (length(excerpt) <= 2000),
    unique (message_id, label),
    foreign key (workspace_id, message_id) references assistant_message (workspace_id, id) on delete cascade
);

create table assistant_memory (
    id                 uuid primary key,
    workspace_id       uuid not null references workspace (id) on delete cascade,
    user_id            uuid not null references "user" (id) on delete cascade,
    text               text not null check (length(text) between 1 and 500),
    origin             text not null check (origin in ('proposed', 'remembered', 'written')),
    source_message_id  uuid,
    pinned             boolean not null default false,
    created_at         timestamptz not null,
    last_used_at       timestamptz,
    edited_at          timestamptz,
    kept_at            timestamptz,
    foreign key (workspace_id, source_message_id) references assistant_message (workspace_id, id)
        on delete set null (source_message_id)
);
create index assistant_memory_user_idx on assistant_memory (workspace_id, user_id, created_at desc);
create index assistant_memory_unpinned_idx on assistant_memory
    (greatest(created_at, last_used_at, edited_at, kept_at)) where not pinned;

-- Whether the assistant proposes memory items itself (on by default) for this user here.
create table assistant_preference (
    workspace_id  uuid not null references workspace (id) on delete cascade,
    user_id       uuid not null references "user" (id) on delete cascade,
    auto_memory   boolean not null default true,
    primary key (workspace_id, user_id)
);

alter table assistant_thread enable row level security;
alter table assistant_thread force row level security;
alter table assistant_message enable row level security;
alter table assistant_message force row level security;
alter table assistant_citation enable row level security;
alter table assistant_citation force row level security;
alter table assistant_memory enable row level security;
alter table assistant_memory force row level security;
alter table assistant_preference enable row level security;
alter table assistant_preference force row level security;

create policy assistant_thread_own on assistant_thread for all
    using (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()))
    with check (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()));
create policy assistant_message_own on assistant_message for all
    using (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()))
    with check (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()));
create policy assistant_citation_own on assistant_citation for all
    using (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()))
    with check (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()));
create policy assistant_memory_own on assistant_memory for all
    using (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()))
    with check (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()));
create policy assistant_preference_own on assistant_preference for all
    using (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()))
    with check (workspace_id = (select app_workspace_id()) and user_id = (select app_user_id()));

grant select, insert, update, delete on assistant_thread, assistant_message, assistant_citation,
    assistant_memory, assistant_preference to ${appRole};

-- The memory job runs for no user: this function (owner's rights; the definer policy lets only
-- definer functions read across users) names unpinned items neither used, edited nor kept for
-- 365 days by the database's clock. The job then acts as each item's user to delete it, asking
-- the same question again in its delete, so an item used in between stays.
create policy assistant_memory_definer on assistant_memory for select using (current_user <> session_user);

create function assistant_forgettable_memories(p_limit integer)
    returns table (id uuid, workspace_id uuid, user_id uuid)
    language sql stable security definer
    set search_path = public, pg_temp
    as $$
        select m.id, m.workspace_id, m.user_id
          from assistant_memory m
         where not m.pinned
           and greatest(m.created_at, m.last_used_at, m.edited_at, m.kept_at) < now() - interval '365 days'
         order by greatest(m.created_at, m.last_used_at, m.edited_at, m.kept_at), m.id
         limit least(greatest(p_limit, 1), 500)
    $$;
revoke all on function assistant_forgettable_memories(integer) from public;
grant execute on function assistant_forgettable_memories(integer) to ${appRole};
