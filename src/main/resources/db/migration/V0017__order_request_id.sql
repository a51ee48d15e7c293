-- The id of the request that placed an order, so its later steps (payment by webhook, the outlets' queues) log
-- under the same id on whichever node handles them.
alter table customer_order add column request_id text;
