-- Payments: every verified gateway event is recorded once (its id is the deduplication key); the built-in sandbox
-- gateway of the embedded default keeps its checkout sessions, refunds, outgoing events and idempotent responses
-- here, so several instances and restarts share them.

create table payment_event (
    id             text primary key,
    type           text        not null,
    order_number   text,
    payment_intent text,
    received_at    timestamptz not null default now(),
    payload        jsonb       not null
);

create index payment_event_by_order on payment_event (order_number) where order_number is not null;
create index payment_event_by_intent on payment_event (payment_intent) where payment_intent is not null;

-- The sandbox: a Stripe-compatible stand-in served by the application itself (used when no Stripe key is set).

create table sandbox_setting (
    name  text primary key,
    value text not null
);

create table sandbox_session (
    id                  text primary key,
    status              text        not null check (status in ('open', 'complete', 'expired')),
    payment_status      text        not null check (payment_status in ('unpaid', 'paid')),
    currency            text        not null,
    amount_total        bigint      not null check (amount_total > 0),
    line_items          jsonb       not null,
    client_reference_id text,
    customer_email      text,
    locale              text,
    metadata            jsonb       not null default '{}',
    intent_metadata     jsonb       not null default '{}',
    success_url         text        not null,
    cancel_url          text,
    expires_at          timestamptz not null,
    payment_intent      text unique,
    charge              text unique,
    created_at          timestamptz not null default now()
);

create index sandbox_session_open_by_expiry on sandbox_session (expires_at) where status = 'open';

create table sandbox_refund (
    id             text primary key,
    payment_intent text        not null references sandbox_session (payment_intent),
    amount         bigint      not null check (amount > 0),
    metadata       jsonb       not null default '{}',
    created_at     timestamptz not null default now()
);

create index sandbox_refund_by_intent on sandbox_refund (payment_intent);

-- Same key, same answer: the first response to each Idempotency-Key, with a fingerprint of its request.
create table sandbox_idempotency (
    key          text primary key,
    request_hash text        not null,
    status       integer,
    body         text,
    created_at   timestamptz not null default now()
);

-- Webhook events the sandbox sends to the shop, retried with back-off until the shop accepts them.
create table sandbox_event (
    id              text primary key,
    type            text        not null,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    delivered_at    timestamptz,
    last_error      text
);

create index sandbox_event_due on sandbox_event (next_attempt_at) where delivered_at is null;
