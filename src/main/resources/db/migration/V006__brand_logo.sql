-- A brand's logo lives in the private bucket; the row keeps where and what it is.
alter table brand
    add column logo_key          text,
    add column logo_content_type text;
