-- Conflict events (UCDP GED, ACLED, strike releases): a point feature table with its R-tree, so QGIS and GDAL list
-- and draw it. One row per event, unique by dataset and the dataset's own event id. Dates keep their precision:
-- date is as written ("2015", "2015-03", "2015-03-01"), first_day..last_day the period it stands for. sides is a
-- JSON array of {"name", "actor"} (actor absent for a name no known actor answers to); side_a/actor_a and
-- side_b/actor_b repeat the first two for GIS users.

CREATE TABLE events (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  dataset TEXT NOT NULL,
  event_id TEXT NOT NULL,
  source TEXT NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  location_precision TEXT NOT NULL,
  country TEXT NOT NULL,
  location TEXT NOT NULL,
  event_type TEXT NOT NULL,
  sub_type TEXT NOT NULL,
  side_a TEXT,
  actor_a TEXT,
  side_b TEXT,
  actor_b TEXT,
  sides TEXT NOT NULL DEFAULT '[]',
  fatalities_best INTEGER,
  fatalities_low INTEGER,
  fatalities_high INTEGER,
  fatalities_parts TEXT,
  incidents INTEGER NOT NULL DEFAULT 1 CHECK (incidents >= 1),
  notes TEXT NOT NULL,
  UNIQUE (dataset, event_id)
);
CREATE INDEX events_first_day ON events (first_day);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('events', 'features', 'events', 'Conflict events (UCDP GED, ACLED, strike releases)', 4326);
INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES
  ('events', 'geom', 'POINT', 4326, 0, 0);

CREATE VIRTUAL TABLE rtree_events_geom USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_events_geom_insert AFTER INSERT ON events
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_events_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_events_geom_update1 AFTER UPDATE OF geom ON events
  WHEN OLD.fid = NEW.fid AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_events_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_events_geom_update2 AFTER UPDATE OF geom ON events
  WHEN OLD.fid = NEW.fid AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_events_geom WHERE id = OLD.fid;
END;

CREATE TRIGGER rtree_events_geom_update3 AFTER UPDATE OF geom ON events
  WHEN OLD.fid != NEW.fid AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_events_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_events_geom VALUES (
    NEW.fid,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_events_geom_update4 AFTER UPDATE ON events
  WHEN OLD.fid != NEW.fid AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_events_geom WHERE id IN (OLD.fid, NEW.fid);
END;

CREATE TRIGGER rtree_events_geom_delete AFTER DELETE ON events
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_events_geom WHERE id = OLD.fid;
END;

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('events', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec130/#extension_rtree', 'write-only');
