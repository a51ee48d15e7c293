-- Every change to stock is a recorded movement; unpaid orders hold stock until paid, released or expired; each hold
-- is fulfilled by shipments from outlets chosen by the routing rules.

create table stock_movement (
    id              bigint generated always as identity primary key,
    outlet_id       bigint  not null references outlet (id),
    product_id      bigint  not null references product (id) on delete cascade,
    kind            text    not null check (kind in ('RECEIVED', 'RESERVED', 'RELEASED', 'SHIPPED', 'HANDED_OVER',
                                                    'ADJUSTED', 'COUNTED')),
    on_hand_delta   integer not null,
    reserved_delta  integer not null,
    actor           text    not null,
    reason          text    not null default '',
    hold_id         uuid,
    created_at      timestamptz not null default now()
);

create index stock_movement_by_stock on stock_movement (outlet_id, product_id, id);
create index stock_movement_by_hold on stock_movement (hold_id) where hold_id is not null;

-- Stock counted before movements were recorded (from V0003) becomes an opening count, so that on-hand can always
-- be rebuilt from movements.
insert into stock_movement (outlet_id, product_id, kind, on_hand_delta, reserved_delta, actor, reason)
select outlet_id, product_id, 'COUNTED', on_hand, reserved, 'migration', 'opening balance'
from stock where on_hand <> 0 or reserved <> 0;

create table stock_hold (
    id           uuid primary key,
    status       text        not null check (status in ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    destination  text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    updated_at   timestamptz not null default now()
);

create index stock_hold_due on stock_hold (expires_at) where status = 'HELD';

create table shipment (
    id                bigint generated always as identity primary key,
    hold_id           uuid   not null references stock_hold (id),
    outlet_id         bigint not null references outlet (id),
    status            text   not null check (status in ('ACTIVE', 'REJECTED', 'RELEASED', 'SHIPPED', 'HANDED_OVER')),
    -- The routing rule that decided this outlet (PICKUP, FEWEST_SHIPMENTS, SAME_ISLAND, NEAREST, ...).
    routing_reason    text   not null,
    rejection_reason  text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create index shipment_by_hold on shipment (hold_id);
create index shipment_by_outlet on shipment (outlet_id, status);

create table shipment_line (
    shipment_id  bigint  not null references shipment (id),
    product_id   bigint  not null references product (id),
    quantity     integer not null check (quantity > 0),
    primary key (shipment_id, product_id)
);
