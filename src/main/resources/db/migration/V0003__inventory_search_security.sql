-- Stock per outlet, the search index outbox and the shop's user accounts.

create table stock (
    outlet_id   bigint  not null references outlet (id),
    product_id  bigint  not null references product (id) on delete cascade,
    on_hand     integer not null default 0 check (on_hand >= 0),
    reserved    integer not null default 0 check (reserved >= 0),
    updated_at  timestamptz not null default now(),
    primary key (outlet_id, product_id),
    constraint stock_reserved_within_on_hand check (reserved <= on_hand)
);

create index stock_product on stock (product_id);

-- Transactional outbox: a row is written in the same transaction as the change to a product or its stock,
-- and removed only once the search index holds that change.
create table search_outbox (
    id           bigint generated always as identity primary key,
    product_id   bigint      not null,
    enqueued_at  timestamptz not null default now()
);

create table app_user (
    id             bigint generated always as identity primary key,
    username       text    not null unique check (username ~ '^[a-z0-9._@-]{3,100}$'),
    password_hash  text    not null,
    display_name   text    not null,
    email          text,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now()
);

create table app_user_role (
    user_id  bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('CUSTOMER', 'OUTLET_STAFF', 'CURATOR', 'ADMIN')),
    primary key (user_id, role)
);

create table app_user_outlet (
    user_id    bigint not null references app_user (id) on delete cascade,
    outlet_id  bigint not null references outlet (id),
    primary key (user_id, outlet_id)
);
