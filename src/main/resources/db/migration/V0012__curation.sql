-- Curation: the review of products outlet staff submit, and featured collections for the home and regency pages.

-- One row per product that went through review: who submitted it, where the review stands, the curator's note.
create table product_review (
    product_id    bigint      primary key references product (id) on delete cascade,
    submitted_by  text        not null,
    submitted_at  timestamptz not null default now(),
    state         text        not null check (state in ('PENDING', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
    note          text        check (length(note) <= 2000),
    decided_by    text,
    decided_at    timestamptz
);
create index product_review_open on product_review (state, submitted_at) where state in ('PENDING', 'CHANGES_REQUESTED');
create index product_review_by_submitter on product_review (submitted_by, submitted_at desc);

-- A named, ordered list of products shown on the home page and/or one regency's page, optionally only between
-- two dates (inclusive, in Asia/Makassar time, the province's).
create table featured_collection (
    id          bigint generated always as identity primary key,
    slug        text     not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
    title_id    text     not null check (length(title_id) between 1 and 120),
    title_en    text     not null check (length(title_en) between 1 and 120),
    on_home     boolean  not null default false,
    regency_id  smallint references regency (id),
    starts_on   date,
    ends_on     date,
    position    integer  not null default 0,
    updated_by  text     not null,
    updated_at  timestamptz not null default now(),
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index featured_collection_regency on featured_collection (regency_id) where regency_id is not null;

create table featured_item (
    collection_id  bigint   not null references featured_collection (id) on delete cascade,
    product_id     bigint   not null references product (id) on delete cascade,
    position       smallint not null check (position >= 0),
    primary key (collection_id, product_id)
);
