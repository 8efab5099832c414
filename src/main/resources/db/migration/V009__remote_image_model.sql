-- OpenAI's GPT Image 1 in the catalog, for the paying plans only (a remote image costs real
-- money per call); never preselected, so the local canvas stays the default image model.

-- The catalog is read-only under FORCE RLS, for its owner too: open it for this migration only.
alter table ai_model no force row level security;
alter table ai_plan_model no force row level security;

insert into ai_model (id, provider, model, modality, label, credit_cost, sort_order) values
    ('openai/gpt-image-1', 'openai', 'gpt-image-1', 'image', 'OpenAI GPT Image 1', 8, 20);

insert into ai_plan_model (plan, model_id, modality, is_default) values
    ('pro',      'openai/gpt-image-1', 'image', false),
    ('business', 'openai/gpt-image-1', 'image', false);

alter table ai_model force row level security;
alter table ai_plan_model force row level security;
