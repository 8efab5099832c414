-- A failed generation keeps why as a code (worded in the reader's language when shown) and, for
-- a model's failure, the technical detail as a parameter; no sentence is stored any more.
alter table generation add column error_detail text;

alter table generation no force row level security;
update generation set error_detail = substr(error, length('The model could not make this: ') + 1), error = 'PROVIDER_FAILED'
 where error like 'The model could not make this: %';
update generation set error = 'MODEL_UNAVAILABLE' where error = 'The chosen model is no longer available on this plan.';
update generation set error = 'BRAND_GONE' where error = 'The brand was deleted.';
update generation set error = 'INTERRUPTED' where error like 'This generation was interrupted%';
update generation set error = 'INTERNAL' where error is not null
   and error not in ('PROVIDER_FAILED', 'MODEL_UNAVAILABLE', 'BRAND_GONE', 'INTERRUPTED');
alter table generation force row level security;
