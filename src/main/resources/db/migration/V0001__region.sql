-- The 22 regencies and cities of Nusa Tenggara Timur and the NTT Mart outlets that serve them.

create table regency (
    id         smallint primary key,
    slug       text        not null unique,
    name       text        not null unique,
    kind       text        not null check (kind in ('REGENCY', 'CITY')),
    seat       text        not null,
    island     text        not null,
    latitude   numeric(7, 4) not null check (latitude between -90 and 90),
    longitude  numeric(7, 4) not null check (longitude between -180 and 180)
);

create table outlet (
    id            bigint generated always as identity primary key,
    code          text    not null unique check (code ~ '^[A-Z0-9-]{2,20}$'),
    name          text    not null,
    regency_id    smallint not null references regency (id),
    main_outlet   boolean not null default false,
    address       text    not null,
    latitude      numeric(7, 4) not null,
    longitude     numeric(7, 4) not null,
    opening_hours text    not null
);

-- Each regency may have several outlets, but exactly one is the regency's main outlet (the catalogue
-- import's stock column names a regency and means this outlet).
create unique index outlet_one_main_per_regency on outlet (regency_id) where main_outlet;

insert into regency (id, slug, name, kind, seat, island, latitude, longitude) values
    (1,  'kota-kupang',          'Kota Kupang',          'CITY',    'Kupang',      'Timor',   -10.17, 123.61),
    (2,  'kupang',               'Kupang',               'REGENCY', 'Oelamasi',    'Timor',   -10.05, 123.87),
    (3,  'timor-tengah-selatan', 'Timor Tengah Selatan', 'REGENCY', 'Soe',         'Timor',    -9.86, 124.28),
    (4,  'timor-tengah-utara',   'Timor Tengah Utara',   'REGENCY', 'Kefamenanu',  'Timor',    -9.45, 124.48),
    (5,  'belu',                 'Belu',                 'REGENCY', 'Atambua',     'Timor',    -9.11, 124.89),
    (6,  'malaka',               'Malaka',               'REGENCY', 'Betun',       'Timor',    -9.58, 124.90),
    (7,  'alor',                 'Alor',                 'REGENCY', 'Kalabahi',    'Alor',     -8.22, 124.52),
    (8,  'lembata',              'Lembata',              'REGENCY', 'Lewoleba',    'Lembata',  -8.37, 123.41),
    (9,  'flores-timur',         'Flores Timur',         'REGENCY', 'Larantuka',   'Flores',   -8.34, 122.98),
    (10, 'sikka',                'Sikka',                'REGENCY', 'Maumere',     'Flores',   -8.62, 122.21),
    (11, 'ende',                 'Ende',                 'REGENCY', 'Ende',        'Flores',   -8.84, 121.66),
    (12, 'nagekeo',              'Nagekeo',              'REGENCY', 'Mbay',        'Flores',   -8.53, 121.33),
    (13, 'ngada',                'Ngada',                'REGENCY', 'Bajawa',      'Flores',   -8.79, 120.97),
    (14, 'manggarai-timur',      'Manggarai Timur',      'REGENCY', 'Borong',      'Flores',   -8.82, 120.63),
    (15, 'manggarai',            'Manggarai',            'REGENCY', 'Ruteng',      'Flores',   -8.61, 120.46),
    (16, 'manggarai-barat',      'Manggarai Barat',      'REGENCY', 'Labuan Bajo', 'Flores',   -8.49, 119.88),
    (17, 'sumba-timur',          'Sumba Timur',          'REGENCY', 'Waingapu',    'Sumba',    -9.66, 120.26),
    (18, 'sumba-tengah',         'Sumba Tengah',         'REGENCY', 'Waibakul',    'Sumba',    -9.62, 119.55),
    (19, 'sumba-barat',          'Sumba Barat',          'REGENCY', 'Waikabubak',  'Sumba',    -9.64, 119.41),
    (20, 'sumba-barat-daya',     'Sumba Barat Daya',     'REGENCY', 'Tambolaka',   'Sumba',    -9.43, 119.24),
    (21, 'rote-ndao',            'Rote Ndao',            'REGENCY', 'Ba''a',       'Rote',    -10.73, 123.06),
    (22, 'sabu-raijua',          'Sabu Raijua',          'REGENCY', 'Seba',        'Sabu',    -10.49, 121.84);

-- One NTT Mart outlet in each regency, run with the regency's Dekranasda, in its seat.
insert into outlet (code, name, regency_id, main_outlet, address, latitude, longitude, opening_hours)
select 'NTM-' || upper(substr(replace(r.slug, '-', ''), 1, 6)) || '-' || lpad(r.id::text, 2, '0'),
       case when r.kind = 'CITY' then 'NTT Mart Kota Kupang' else 'NTT Mart by Dekranasda ' || r.name end,
       r.id,
       true,
       'Jl. Pahlawan No. ' || (r.id * 7 % 90 + 1) || ', ' || r.seat || ', ' || r.name || ', Nusa Tenggara Timur',
       r.latitude,
       r.longitude,
       'Mon-Sat 08:00-20:00, Sun 10:00-18:00'
from regency r
order by r.id;
