-- The outlet staff console: when a paid shipment is being picked (between "new" and "packed"), and a fast
-- prefix search over SKUs and names for the stock desk.

create table shipment_picking (
    shipment_id  bigint      primary key references shipment (id),
    started_by   text        not null,
    started_at   timestamptz not null default now()
);

create index product_sku_prefix on product (lower(sku) text_pattern_ops);
create index product_name_id_prefix on product (lower(name_id) text_pattern_ops);
create index product_name_en_prefix on product (lower(name_en) text_pattern_ops);
