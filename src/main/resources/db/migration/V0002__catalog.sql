-- Producers, products, their licences and images.

create table category (
    code      text primary key check (code ~ '^[a-z][a-z0-9-]{1,30}$'),
    name_id   text     not null,
    name_en   text     not null,
    food      boolean  not null,
    position  smallint not null
);

insert into category (code, name_id, name_en, food, position) values
    ('tenun',     'Tenun ikat & kain',   'Ikat & woven cloth',  false, 1),
    ('kopi',      'Kopi',                'Coffee',              true,  2),
    ('madu',      'Madu',                'Honey',               true,  3),
    ('pangan',    'Pangan olahan',       'Processed food',      true,  4),
    ('camilan',   'Camilan',             'Snacks',              true,  5),
    ('rempah',    'Rempah & bumbu',      'Spices',              true,  6),
    ('minuman',   'Minuman',             'Drinks',              true,  7),
    ('kerajinan', 'Kerajinan',           'Crafts',              false, 8),
    ('aksesoris', 'Aksesoris',           'Accessories',         false, 9),
    ('perawatan', 'Perawatan tubuh',     'Body care',           false, 10),
    ('buku',      'Buku',                'Books',               false, 11);

create table producer (
    id          bigint generated always as identity primary key,
    name        text     not null,
    kind        text     not null check (kind in ('UMKM', 'SCHOOL', 'COMMUNITY')),
    regency_id  smallint not null references regency (id),
    created_at  timestamptz not null default now(),
    unique (regency_id, name)
);

create table product (
    id              bigint generated always as identity primary key,
    sku             text     not null unique check (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    name_id         text     not null check (length(name_id) between 1 and 200),
    name_en         text     not null check (length(name_en) between 1 and 200),
    description_id  text     not null default '',
    description_en  text     not null default '',
    category_code   text     not null references category (code),
    program         text     not null check (program in ('OVOP', 'OSOP', 'OCOP')),
    origin          text     not null,
    regency_id      smallint not null references regency (id),
    producer_id     bigint   not null references producer (id),
    price_idr       bigint   not null check (price_idr > 0),
    weight_g        integer  not null check (weight_g > 0),
    restriction     text     not null default 'NONE' check (restriction in ('NONE', 'ALCOHOL')),
    status          text     not null default 'LISTED'
                             check (status in ('PENDING_REVIEW', 'LISTED', 'REJECTED', 'DELISTED')),
    -- Raised on every change; the search index uses it as an external version so an older write never
    -- overwrites a newer one.
    version         bigint   not null default 1,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create index product_regency on product (regency_id);
create index product_producer on product (producer_id);
create index product_category on product (category_code);

create table product_licence (
    product_id  bigint not null references product (id) on delete cascade,
    type        text   not null check (type in ('PIRT', 'BPOM', 'SNI', 'HALAL')),
    number      text   not null check (length(number) between 1 and 80),
    expires_on  date,
    primary key (product_id, type, number)
);

create table product_image (
    product_id    bigint   not null references product (id) on delete cascade,
    position      smallint not null check (position >= 0),
    content_type  text     not null check (content_type in ('image/svg+xml', 'image/png', 'image/jpeg', 'image/webp')),
    content       bytea    not null,
    alt_id        text     not null default '',
    alt_en        text     not null default '',
    primary key (product_id, position)
);
