-- Province dashboards: monthly sales kept incrementally, so a month's figures read a few thousand rows, never the
-- orders themselves. A month is the calendar month in Asia/Makassar (WITA) of customer_order.paid_at, stored as
-- its first day.

-- What each counted order adds to the figures, per outlet and product: the ledger the aggregates are the sum of.
-- Refreshing an order subtracts its old rows and adds its new ones, so any event, in any order or twice, leaves the
-- aggregates equal to a rebuild.
create table sales_order_share (
    order_id    bigint not null references customer_order (id) on delete cascade,
    outlet_id   bigint not null references outlet (id),
    product_id  bigint not null references product (id),
    month       date   not null,
    units       integer not null check (units > 0),
    amount_idr  bigint not null check (amount_idr >= 0),
    primary key (order_id, outlet_id, product_id)
);

-- Sales per month, outlet and product; regency and island come from the outlet, program and category from the
-- product when read.
create table sales_month (
    month       date   not null,
    outlet_id   bigint not null references outlet (id),
    product_id  bigint not null references product (id),
    orders      integer not null,
    units       bigint not null,
    amount_idr  bigint not null,
    primary key (month, outlet_id, product_id)
);

-- Orders per month and outlet (an order split over two outlets counts at each).
create table sales_month_outlet (
    month       date   not null,
    outlet_id   bigint not null references outlet (id),
    orders      integer not null,
    amount_idr  bigint not null,
    primary key (month, outlet_id)
);

-- The province's month: every order once.
create table sales_month_total (
    month       date   primary key,
    orders      integer not null,
    amount_idr  bigint not null
);
