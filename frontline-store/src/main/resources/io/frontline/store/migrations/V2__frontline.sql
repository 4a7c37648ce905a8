-- Frontline's tables: metadata, the gazetteer, actors and the append-only observations.
CREATE TABLE frontline_meta (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO frontline_meta (key, value) VALUES ('revision', '0');

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  geom POINT,
  name TEXT NOT NULL,
  alternate_names TEXT NOT NULL DEFAULT '[]',
  names TEXT NOT NULL DEFAULT '{}',
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  feature_class TEXT NOT NULL DEFAULT '',
  feature_code TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  admin1 TEXT NOT NULL DEFAULT '',
  population INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE place_names (
  key TEXT NOT NULL,
  place_id INTEGER NOT NULL REFERENCES places (id),
  PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE INDEX place_names_place ON place_names (place_id);

CREATE TABLE actors (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  colour TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  names TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE observations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  geom GEOMETRY,
  lineage TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  place_id INTEGER REFERENCES places (id),
  area_label TEXT,
  actor TEXT NOT NULL,
  status TEXT NOT NULL,
  from_actor TEXT,
  date TEXT NOT NULL,
  date_start TEXT NOT NULL,
  precision TEXT NOT NULL,
  source_title TEXT NOT NULL,
  source_urls TEXT NOT NULL,
  source_citation TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  confidence TEXT NOT NULL,
  note TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1)),
  UNIQUE (lineage, version)
);
CREATE INDEX observations_recorded_at ON observations (recorded_at);

CREATE TRIGGER observations_append_only_update BEFORE UPDATE ON observations
BEGIN
  SELECT RAISE(ABORT, 'observations are append-only: add a version instead of updating');
END;

CREATE TRIGGER observations_append_only_delete BEFORE DELETE ON observations
BEGIN
  SELECT RAISE(ABORT, 'observations are append-only: retract instead of deleting');
END;

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('observations', 'features', 'observations', 'Every version of every observation (append-only)', 4326),
  ('places', 'features', 'places', 'Gazetteer places (GeoNames)', 4326),
  ('actors', 'attributes', 'actors', 'Parties to the conflict', NULL);

INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES
  ('observations', 'geom', 'GEOMETRY', 4326, 0, 0),
  ('places', 'geom', 'POINT', 4326, 0, 0);
