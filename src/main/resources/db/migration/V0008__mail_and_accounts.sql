-- The mail outbox, and what customer accounts need: email logins, a phone, password reset tokens, saved addresses.

-- A mail is written here in the transaction of the change it tells of; MailRelay sends it (or keeps it, in the
-- embedded default) after that transaction commits.
create table mail_outbox (
    id               bigint generated always as identity primary key,
    to_address       text        not null,
    subject          text        not null,
    text_body        text        not null,
    html_body        text,
    kind             text        not null,
    reference        text,
    status           text        not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'KEPT', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    created_at       timestamptz not null default now(),
    sent_at          timestamptz,
    last_error       text
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'QUEUED';
create index mail_outbox_created on mail_outbox (created_at desc, id desc);

-- Customers sign in with their email address: allow what addresses commonly hold (+, %, ') and their length.
alter table app_user drop constraint app_user_username_check;
alter table app_user add constraint app_user_username_check check (username ~ '^[a-z0-9._%+''@-]{3,254}$');
alter table app_user add column phone text;

-- Only a hash of each token is stored: a leaked table does not let anyone set a password.
create table password_reset_token (
    token_hash  bytea       primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index password_reset_token_user on password_reset_token (user_id);

create table saved_address (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    label        text        not null,
    recipient    text        not null,
    phone        text        not null,
    street       text        not null,
    village      text,
    district     text,
    city         text        not null,
    province     text,
    postal_code  text        not null,
    country      text        not null default 'ID',
    is_default   boolean     not null default false,
    created_at   timestamptz not null default now()
);

create index saved_address_user on saved_address (user_id);
create unique index saved_address_one_default on saved_address (user_id) where is_default;
