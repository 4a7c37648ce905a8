-- The peer's tables: Frontline's atoms (cells and the pieces drawn areas cut from them) as geometries, the spans of
-- holding of each atom and of each settlement (what the index's reach counts, with the stated share of a contested
-- place), and the people each settlement stands for. Days are epoch days; a span lasts from first_day up to, not
-- including, end_day.
DROP TABLE IF EXISTS span;
DROP TABLE IF EXISTS site_span;
DROP TABLE IF EXISTS atom;
DROP TABLE IF EXISTS observation;
DROP TABLE IF EXISTS footprint;
DROP TABLE IF EXISTS settlement;
DROP TABLE IF EXISTS rule;
CREATE TABLE atom (
  id integer PRIMARY KEY,
  geom geometry(Geometry, 4326) NOT NULL
);
CREATE TABLE span (
  atom integer NOT NULL,
  first_day bigint NOT NULL,
  end_day bigint NOT NULL,
  holder text,
  status text NOT NULL,              -- controls, contested, besieged
  other text,
  share double precision             -- a contested place's share held by holder, when stated
);
CREATE TABLE site_span (
  site bigint NOT NULL,
  population bigint NOT NULL,        -- the people the settlement stands for (the index's population estimate)
  first_day bigint NOT NULL,
  end_day bigint NOT NULL,
  holder text,
  status text NOT NULL,
  other text,
  share double precision
);
