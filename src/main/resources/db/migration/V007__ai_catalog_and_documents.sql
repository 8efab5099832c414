-- The AI provider layer (a model catalog per plan, a record of every call) and Brand Setup's
-- documents: the uploaded file, the context proposed from it, and its embedded chunks.

-- A workspace's plan decides which models it may pick and which is preselected.
alter table workspace
    add column plan text not null default 'free' check (plan in ('free', 'pro', 'business'));

-- The catalog is the platform's, not a tenant's: every workspace may read it, none may write
-- it (operators change it through migrations today, the admin console later). RLS stays
-- ENABLE + FORCE like everywhere else, with a read-only policy.
create table ai_model (
    id           text primary key,
    provider     text not null,
    model        text not null,
    modality     text not null check (modality in ('text', 'embedding', 'image', 'speech', 'video')),
    label        text not null,
    credit_cost  integer not null check (credit_cost >= 0),
    enabled      boolean not null default true,
    sort_order   integer not null default 100,
    unique (provider, model),
    unique (id, modality)
);

create table ai_plan_model (
    plan        text not null check (plan in ('free', 'pro', 'business')),
    model_id    text not null,
    modality    text not null,
    is_default  boolean not null default false,
    primary key (plan, model_id),
    foreign key (model_id, modality) references ai_model (id, modality) on delete cascade
);
-- At most one preselected model per plan and modality.
create unique index ai_plan_model_one_default on ai_plan_model (plan, modality) where is_default;

insert into ai_model (id, provider, model, modality, label, credit_cost, sort_order) values
    ('local/brand-writer',          'local',     'brand-writer',           'text',      'MITPO local writer (brand templates, offline)', 1, 10),
    ('local/all-minilm-l6-v2-q',    'local',     'all-minilm-l6-v2-q',     'embedding', 'all-MiniLM-L6-v2, quantised (offline)',        0, 10),
    ('openai/gpt-4o-mini',          'openai',    'gpt-4o-mini',            'text',      'OpenAI GPT-4o mini',                            2, 20),
    ('openai/gpt-4.1',              'openai',    'gpt-4.1',                'text',      'OpenAI GPT-4.1',                                6, 21),
    ('openai/text-embedding-3-small', 'openai',  'text-embedding-3-small', 'embedding', 'OpenAI text-embedding-3-small',                 0, 20),
    ('anthropic/claude-haiku-4-5',  'anthropic', 'claude-haiku-4-5',       'text',      'Anthropic Claude Haiku 4.5',                    3, 30),
    ('anthropic/claude-sonnet-4-5', 'anthropic', 'claude-sonnet-4-5',      'text',      'Anthropic Claude Sonnet 4.5',                   8, 31),
    ('gemini/gemini-2.5-flash',     'gemini',    'gemini-2.5-flash',       'text',      'Google Gemini 2.5 Flash',                       2, 40),
    ('ollama/llama3.2',             'ollama',    'llama3.2',               'text',      'Ollama Llama 3.2 (self-hosted)',                1, 50);

insert into ai_plan_model (plan, model_id, modality, is_default)
select p.plan, m.id, m.modality, m.provider = 'local'
  from ai_model m cross join (values ('free'), ('pro'), ('business')) as p (plan)
 where m.id not in ('openai/gpt-4.1', 'anthropic/claude-sonnet-4-5') or p.plan <> 'free';

alter table ai_model enable row level security;
alter table ai_model force row level security;
alter table ai_plan_model enable row level security;
alter table ai_plan_model force row level security;
create policy ai_model_read on ai_model for select using (true);
create policy ai_plan_model_read on ai_plan_model for select using (true);
grant select on ai_model, ai_plan_model to ${appRole};

-- Which provider and model served each call, for whom and how it went (never the inputs).
create table ai_call (
    id            uuid primary key,
    workspace_id  uuid not null references workspace (id) on delete cascade,
    user_id       uuid,
    provider      text not null,
    model         text not null,
    modality      text not null,
    purpose       text not null,
    input_chars   integer not null default 0,
    output_size   integer not null default 0,
    succeeded     boolean not null,
    error         text,
    started_at    timestamptz not null,
    finished_at   timestamptz not null
);
create index ai_call_workspace_idx on ai_call (workspace_id, started_at desc);

create table brand_document (
    id              uuid primary key,
    workspace_id    uuid not null,
    brand_id        uuid not null,
    file_name       text not null check (length(file_name) between 1 and 255),
    content_type    text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          text not null,
    object_key      text not null,
    analysis_model  text not null,
    status          text not null check (status in ('queued', 'extracting', 'analysing', 'embedding', 'ready', 'failed')),
    progress        integer not null default 0 check (progress between 0 and 100),
    problem         text,
    extracted_text  text,
    uploaded_by     uuid,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (workspace_id, id),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete cascade
);
create index brand_document_brand_idx on brand_document (workspace_id, brand_id);

-- A proposed (or hand-written, document_id null) fact about the brand, with its citation.
create table brand_context_item (
    id            uuid primary key,
    workspace_id  uuid not null,
    brand_id      uuid not null,
    document_id   uuid,
    kind          text not null check (kind in ('product', 'value_proposition', 'key_fact', 'tone', 'audience')),
    text          text not null check (length(text) between 1 and 2000),
    quote         text,
    edited        boolean not null default false,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete cascade,
    foreign key (workspace_id, document_id) references brand_document (workspace_id, id) on delete cascade
);
create index brand_context_item_brand_idx on brand_context_item (workspace_id, brand_id);

-- Retrieval: each chunk's vector as little-endian float32 bytes, with the model that made it
-- (a query is only compared with chunks of the same model).
create table document_chunk (
    id               uuid primary key,
    workspace_id     uuid not null,
    brand_id         uuid not null,
    document_id      uuid not null,
    ordinal          integer not null,
    text             text not null,
    embedding_model  text not null,
    embedding        bytea not null,
    unique (document_id, ordinal),
    foreign key (workspace_id, document_id) references brand_document (workspace_id, id) on delete cascade
);
create index document_chunk_brand_idx on document_chunk (workspace_id, brand_id, embedding_model);

alter table ai_call enable row level security;
alter table ai_call force row level security;
alter table brand_document enable row level security;
alter table brand_document force row level security;
alter table brand_context_item enable row level security;
alter table brand_context_item force row level security;
alter table document_chunk enable row level security;
alter table document_chunk force row level security;

create policy ai_call_tenant on ai_call for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy brand_document_tenant on brand_document for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy brand_context_item_tenant on brand_context_item for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy document_chunk_tenant on document_chunk for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));

-- The call record is append-only for the app.
grant select, insert on ai_call to ${appRole};
grant select, insert, update, delete on brand_document, brand_context_item, document_chunk to ${appRole};
