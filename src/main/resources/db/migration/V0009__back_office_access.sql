-- Back office: who changed what (the audit), where curators work, and sign-in throttling.

create table audit_entry (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor         text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    outlet_id     bigint references outlet (id),
    before_state  jsonb,
    after_state   jsonb
);
create index audit_entry_by_time on audit_entry (at desc);
create index audit_entry_by_subject on audit_entry (subject_type, subject_id, at desc);
create index audit_entry_by_actor on audit_entry (actor, at desc);

-- A curator bound to a regency's Dekranasda; a curator without rows here works province-wide.
create table app_user_regency (
    user_id    bigint not null references app_user (id) on delete cascade,
    regency_id bigint not null references regency (id),
    primary key (user_id, regency_id)
);

-- Failed sign-ins per username, shared by every app instance; a name is refused for a while after too many.
create table login_throttle (
    username      text        primary key,
    failures      integer     not null default 0,
    window_start  timestamptz not null default now(),
    locked_until  timestamptz
);
