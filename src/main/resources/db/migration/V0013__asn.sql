-- The civil servants' (ASN) purchase programme: agencies (OPD), their rosters of NIPs, the accounts that claim a
-- NIP, counter sales recorded against a NIP, and a per-NIP-per-month total kept up to date in the transaction
-- that pays, refunds or cancels an order (triggers below) or records a counter sale.

alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('CUSTOMER', 'OUTLET_STAFF', 'CURATOR', 'ADMIN', 'AGENCY_HEAD'));

create table asn_agency (
    id          bigint generated always as identity primary key,
    code        text   not null unique check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,29}$'),
    name        text   not null check (length(name) between 2 and 200),
    created_at  timestamptz not null default now()
);

-- The roster administrators import: who works at which agency. A NIP is on one agency's roster at a time.
create table asn_roster (
    nip         text   primary key check (nip ~ '^[0-9]{18}$'),
    name        text   not null check (length(name) between 1 and 200),
    agency_id   bigint not null references asn_agency (id),
    imported_at timestamptz not null default now()
);
create index asn_roster_by_agency on asn_roster (agency_id, nip);

-- A buyer's claim to a NIP: one NIP per account and one account per NIP. A claim the roster does not confirm is
-- kept but flagged (NOT_ON_ROSTER, OTHER_AGENCY) for administrators and the agency head.
create table asn_identity (
    nip         text   primary key check (nip ~ '^[0-9]{18}$'),
    user_id     bigint not null unique references app_user (id) on delete cascade,
    agency_id   bigint not null references asn_agency (id),
    flag        text   check (flag in ('NOT_ON_ROSTER', 'OTHER_AGENCY')),
    linked_at   timestamptz not null default now()
);
create index asn_identity_by_agency on asn_identity (agency_id);

-- An agency head sees one agency.
create table asn_agency_head (
    user_id     bigint primary key references app_user (id) on delete cascade,
    agency_id   bigint not null references asn_agency (id)
);

-- What a NIP bought in a month (WITA): online (paid orders net of refunds) and at the counter.
create table asn_month_total (
    nip         text    not null,
    month       date    not null check (extract(day from month) = 1),
    online_idr  bigint  not null default 0,
    counter_idr bigint  not null default 0,
    updated_at  timestamptz not null default now(),
    -- Covering: a person's months (the agency head's six-month trend) are read from the index alone.
    primary key (nip, month) include (online_idr, counter_idr)
);
-- "Month M, every NIP" (the province's per-agency counts) besides the primary key's "NIP n, month M".
create index asn_month_total_by_month on asn_month_total (month, nip) include (online_idr, counter_idr);

-- What each order currently adds to its NIP's month; the difference to a recount is applied to the month total.
create table asn_order_credit (
    order_id    bigint primary key references customer_order (id),
    nip         text   not null,
    month       date   not null,
    amount_idr  bigint not null check (amount_idr >= 0)
);

create table asn_counter_sale (
    id           bigint generated always as identity primary key,
    nip          text   not null check (nip ~ '^[0-9]{18}$'),
    outlet_id    bigint not null references outlet (id),
    amount_idr   bigint not null check (amount_idr > 0 and amount_idr <= 1000000000),
    receipt      text   not null check (length(receipt) between 1 and 60),
    sold_at      timestamptz not null default now(),
    month        date   not null,
    recorded_by  text   not null,
    unique (outlet_id, receipt)
);
create index asn_counter_sale_by_nip on asn_counter_sale (nip, sold_at desc);

-- An order counts for the NIP its buyer's account held when it was paid, in the WITA month of paid_at, while its
-- status is PAID or FULFILLED, at its total less the refunds of its kept payment that succeeded. Cancelled,
-- refunded, expired and unpaid orders count nothing. Called on every change of status, paid_at or a refund.
create function asn_recount_order(p_order bigint) returns void language plpgsql as $$
declare
    o         record;
    c         record;
    had       boolean;
    v_nip     text;
    v_month   date;
    v_amount  bigint := 0;
    v_delta   bigint;
begin
    select id, status, user_id, paid_at, total_idr, payment_intent_id into o from customer_order where id = p_order;
    select * into c from asn_order_credit where order_id = p_order for update;
    had := found;
    if had then
        v_nip := c.nip;
        v_month := c.month;
    elsif o.user_id is not null and o.paid_at is not null and o.status in ('PAID', 'FULFILLED') then
        select nip into v_nip from asn_identity where user_id = o.user_id;
        v_month := date_trunc('month', o.paid_at at time zone 'Asia/Makassar')::date;
    end if;
    if v_nip is null then
        return;
    end if;
    if o.status in ('PAID', 'FULFILLED') and o.paid_at is not null then
        v_amount := greatest(0, o.total_idr - coalesce((select sum(r.amount_idr) from order_refund r
                where r.order_id = p_order and r.status = 'SUCCEEDED'
                  and (o.payment_intent_id is null or r.payment_intent_id = o.payment_intent_id)), 0));
    end if;
    v_delta := v_amount - coalesce(c.amount_idr, 0);
    if had then
        update asn_order_credit set amount_idr = v_amount where order_id = p_order;
    else
        insert into asn_order_credit (order_id, nip, month, amount_idr) values (p_order, v_nip, v_month, v_amount);
    end if;
    if v_delta <> 0 then
        insert into asn_month_total (nip, month, online_idr) values (v_nip, v_month, v_delta)
        on conflict (nip, month) do update
            set online_idr = asn_month_total.online_idr + excluded.online_idr, updated_at = now();
    end if;
end $$;

create function asn_order_changed() returns trigger language plpgsql as $$
begin
    perform asn_recount_order(new.id);
    return null;
end $$;

create trigger asn_order_changed after update of status, paid_at on customer_order
    for each row when (old.status is distinct from new.status or old.paid_at is distinct from new.paid_at)
    execute function asn_order_changed();

create function asn_refund_changed() returns trigger language plpgsql as $$
begin
    perform asn_recount_order(new.order_id);
    return null;
end $$;

create trigger asn_refund_changed after insert or update of status on order_refund
    for each row execute function asn_refund_changed();
