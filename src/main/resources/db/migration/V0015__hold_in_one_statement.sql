-- A new hold is written and its stock reserved by one statement, committed on its own; when some stock row lacks
-- the units, this aborts the statement, so nothing of the hold remains.
create function stock_shortage() returns boolean language plpgsql volatile as $$
begin
    raise exception 'stock shortage' using errcode = 'NT001';
end
$$;
