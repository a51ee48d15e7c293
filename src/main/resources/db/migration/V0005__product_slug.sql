-- The shareable product address /produk/{slug}: the Indonesian name (cut at a word break to at most 60
-- characters) and the SKU, lower case, words joined by hyphens (e.g. sarung-tenun-ikat-sikka-ten-sikka-0001).
-- The SKU makes it unique; catalog.Slugs makes the same slug for new and re-imported products.

alter table product add column slug text;

update product p
set slug = concat_ws('-', nullif(n.name_part, ''), n.sku_part)
from (select id,
             case when length(words) > 60
                  then coalesce(substring(left(words, 61) from '^(.*)-'), left(words, 60))
                  else words end as name_part,
             trim(both '-' from regexp_replace(lower(sku), '[^a-z0-9]+', '-', 'g')) as sku_part
      from (select id, sku, trim(both '-' from regexp_replace(lower(name_id), '[^a-z0-9]+', '-', 'g')) as words
            from product) w) n
where n.id = p.id;

-- SKUs that differ only in case or punctuation ("AB-1", "ab.1") would share a slug: the later one gets its id.
update product p
set slug = p.slug || '-' || p.id
from (select id, row_number() over (partition by slug order by id) as n from product) d
where d.id = p.id and d.n > 1;

alter table product alter column slug set not null;
alter table product add constraint product_slug_unique unique (slug);
alter table product add constraint product_slug_format
    check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 160);
