-- Carts, orders, their payments and refunds, and the steps a buyer follows on the tracking page.

-- A cart lives in PostgreSQL, so it survives reloads, a login and the loss of the app node that served it. An
-- anonymous cart is found by its id (kept in a cookie); an account holder's by the account.
create table cart (
    id          uuid primary key,
    user_id     bigint unique references app_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create index cart_stale on cart (updated_at) where user_id is null;

create table cart_line (
    cart_id     uuid    not null references cart (id) on delete cascade,
    product_id  bigint  not null references product (id) on delete cascade,
    quantity    integer not null check (quantity between 1 and 99),
    added_at    timestamptz not null default now(),
    primary key (cart_id, product_id)
);

create sequence order_number_seq;

create table customer_order (
    id                  bigint generated always as identity primary key,
    -- NTT-<yymm>-<six digits>, shown to the buyer, the outlet and the gateway.
    number              text    not null unique,
    status              text    not null check (status in ('PENDING_PAYMENT', 'PAID', 'EXPIRED', 'CANCELLED',
                                                           'REFUNDED', 'FULFILLED')),
    hold_id             uuid    references stock_hold (id),
    user_id             bigint  references app_user (id) on delete set null,
    buyer_name          text    not null,
    buyer_email         text    not null,
    buyer_phone         text    not null,
    locale              text    not null check (locale in ('id', 'en')),
    delivery_type       text    not null check (delivery_type in ('PICKUP', 'SHIP')),
    pickup_outlet_id    bigint  references outlet (id),
    -- The delivery address as JSON (region.Address), null for pickup.
    address             jsonb,
    shipping_zone       text    not null,
    age_confirmed       boolean not null default false,
    subtotal_idr        bigint  not null check (subtotal_idr > 0),
    shipping_idr        bigint  not null check (shipping_idr >= 0),
    total_idr           bigint  not null check (total_idr = subtotal_idr + shipping_idr),
    -- The secret of the tracking link (128 random bits); mails sent later (paid, shipped) carry the link again.
    tracking_token      text    not null,
    -- The shop's address the buyer used, for the links in later mails.
    site_base           text    not null,
    -- When a payment needs the reconciler (paid after the hold lapsed, or after a cancellation): due from this
    -- time; a reconciler that claims it pushes it a few minutes on, so a crash mid-way is retried, not lost.
    reconcile_at        timestamptz,
    -- The payment this order keeps (the first to arrive); any other payment of it is refunded.
    payment_intent_id   text,
    created_at          timestamptz not null default now(),
    paid_at             timestamptz,
    updated_at          timestamptz not null default now(),
    check ((delivery_type = 'PICKUP') = (pickup_outlet_id is not null)),
    check ((delivery_type = 'SHIP') = (address is not null))
);

create index customer_order_by_hold on customer_order (hold_id);
create index customer_order_by_user on customer_order (user_id, created_at desc) where user_id is not null;
create index customer_order_reconciling on customer_order (reconcile_at) where reconcile_at is not null;

create table order_line (
    order_id        bigint  not null references customer_order (id) on delete cascade,
    product_id      bigint  not null references product (id),
    sku             text    not null,
    name            text    not null,
    unit_price_idr  bigint  not null check (unit_price_idr > 0),
    quantity        integer not null check (quantity > 0),
    weight_g        integer not null,
    primary key (order_id, product_id)
);

-- One hosted payment page per attempt; a lapsed or cancelled one is closed.
create table order_payment (
    id                 bigint generated always as identity primary key,
    order_id           bigint  not null references customer_order (id),
    attempt            integer not null,
    session_id         text    unique,
    page_url           text,
    payment_intent_id  text,
    amount_idr         bigint  not null,
    -- Fixed when the attempt is made, so a retried call sends the very same parameters with its idempotency key.
    expires_at         timestamptz,
    status             text    not null check (status in ('OPENING', 'OPEN', 'PAID', 'EXPIRED', 'CLOSED', 'FAILED')),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    unique (order_id, attempt)
);

create index order_payment_by_intent on order_payment (payment_intent_id);

-- Refunds are rows first (in the transaction that decides them) and gateway calls after, each with its own
-- idempotency key, so a crash or a retry never refunds twice.
create table order_refund (
    id                 bigint generated always as identity primary key,
    order_id           bigint not null references customer_order (id),
    idempotency_key    text   not null unique,
    payment_intent_id  text   not null,
    amount_idr         bigint not null check (amount_idr > 0),
    reason             text   not null,
    status             text   not null check (status in ('REQUESTED', 'SENT', 'SUCCEEDED', 'FAILED')),
    gateway_refund_id  text,
    attempts           integer not null default 0,
    last_error         text,
    next_attempt_at    timestamptz not null default now(),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

create index order_refund_due on order_refund (next_attempt_at) where status in ('REQUESTED', 'SENT');

-- What the buyer (and staff) see on the tracking page, in order.
create table order_event (
    id          bigint generated always as identity primary key,
    order_id    bigint not null references customer_order (id) on delete cascade,
    kind        text   not null,
    shipment_id bigint references shipment (id),
    detail      text   not null default '',
    created_at  timestamptz not null default now()
);

create index order_event_by_order on order_event (order_id, id);

-- A shipment's progress beyond the stock it holds: packed, handed to a courier (with its tracking number), ready
-- for pickup (with the buyer's code), delivered or picked up.
create table shipment_progress (
    shipment_id      bigint primary key references shipment (id),
    step             text   not null check (step in ('PACKING', 'PACKED', 'SHIPPED', 'READY_FOR_PICKUP',
                                                     'DELIVERED', 'PICKED_UP')),
    courier          text,
    tracking_number  text,
    pickup_code      text,
    updated_at       timestamptz not null default now()
);
