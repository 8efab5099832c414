-- Brand Setup, first part: the brand's look (colours, fonts, logo), its voice rules and its
-- audience personas. Every new table carries workspace_id with ENABLE + FORCE RLS, and refers
-- to its brand through (workspace_id, brand_id) so no key check can reach another tenant.

alter table brand
    add column primary_color   text not null default '#5B3DF5' check (primary_color ~ '^#[0-9A-Fa-f]{6}$'),
    add column secondary_color text not null default '#1D2433' check (secondary_color ~ '^#[0-9A-Fa-f]{6}$'),
    add column accent_color    text not null default '#F5B83D' check (accent_color ~ '^#[0-9A-Fa-f]{6}$'),
    add column heading_font    text not null default 'Inter',
    add column body_font       text not null default 'Inter';

create table voice_rules (
    brand_id          uuid primary key,
    workspace_id      uuid not null,
    formality         integer not null default 50 check (formality between 0 and 100),
    playfulness       integer not null default 50 check (playfulness between 0 and 100),
    do_list           text not null default '',
    dont_list         text not null default '',
    banned_words      text not null default '',
    required_phrases  text not null default '',
    reading_level     integer not null default 0 check (reading_level between 0 and 18),
    updated_at        timestamptz not null default now(),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete cascade
);

create table persona (
    id            uuid primary key,
    workspace_id  uuid not null,
    brand_id      uuid not null,
    name          text not null check (length(name) between 1 and 120),
    description   text not null default '',
    pains         text not null default '',
    goals         text not null default '',
    channels      text not null default '',
    demographics  text not null default '',
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    foreign key (workspace_id, brand_id) references brand (workspace_id, id) on delete cascade
);
create index persona_brand_idx on persona (workspace_id, brand_id);

alter table voice_rules enable row level security;
alter table voice_rules force row level security;
alter table persona enable row level security;
alter table persona force row level security;

create policy voice_rules_tenant on voice_rules for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));
create policy persona_tenant on persona for all
    using (workspace_id = (select app_workspace_id()))
    with check (workspace_id = (select app_workspace_id()));

grant select, insert, update, delete on voice_rules, persona to ${appRole};
