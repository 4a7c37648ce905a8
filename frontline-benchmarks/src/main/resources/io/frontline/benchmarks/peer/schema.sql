-- The peer's tables: Frontline's footprints (zones and drawn areas), the observations that speak of them, and the
-- gazetteer places. Ranks follow Frontline's order: precision year 0 < month 1 < day 2, confidence low 0 < medium 1
-- < high 2, recorded_order by record time then id.
DROP TABLE IF EXISTS observation;
DROP TABLE IF EXISTS footprint;
DROP TABLE IF EXISTS settlement;
DROP TABLE IF EXISTS rule;
CREATE TABLE rule (
  implied_days integer NOT NULL      -- how long before a first capture its previous holder is implied (ZoneConfig)
);
CREATE TABLE footprint (
  key text PRIMARY KEY,
  place_id bigint NOT NULL,          -- the observed place of a zone; 0 for a drawn area
  population bigint NOT NULL,        -- the zone's place population; 0 for a drawn area
  geom geometry(Geometry, 4326) NOT NULL
);
CREATE TABLE observation (
  id bigint PRIMARY KEY,
  footprint text NOT NULL,
  actor text NOT NULL,
  status text NOT NULL,              -- controls, contested, besieged, presence
  from_actor text,
  date_start date NOT NULL,
  precision_rank smallint NOT NULL,
  confidence_rank smallint NOT NULL,
  recorded_order integer NOT NULL
);
CREATE TABLE settlement (
  id bigint PRIMARY KEY,
  population bigint NOT NULL,
  is_settlement boolean NOT NULL,    -- GeoNames feature class P
  pt geometry(Point, 4326) NOT NULL
);
