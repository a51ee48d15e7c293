-- Every reservation writes one movement per stock row; no query looks movements up by hold alone (settlement reaches
-- them through its outlet and date index), so this index only cost each order three index writes.
drop index stock_movement_by_hold;
