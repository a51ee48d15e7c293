-- Producer settlement reads the units that left each outlet for a buyer, by month.
create index stock_movement_sales on stock_movement (outlet_id, created_at)
    where kind in ('SHIPPED', 'HANDED_OVER');
