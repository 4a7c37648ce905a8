-- GeoPackage R-tree spatial index extension (gpkg_rtree_index) on both feature tables. The triggers call the
-- ST_IsEmpty/ST_MinX/ST_MaxX/ST_MinY/ST_MaxY functions that every GeoPackage writer provides (GDAL does; Frontline
-- registers them on its connection). Existing rows are indexed too, so an older store gains the index on migration.

CREATE VIRTUAL TABLE rtree_observations_geom USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_observations_geom_insert AFTER INSERT ON observations
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_observations_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_observations_geom_update1 AFTER UPDATE OF geom ON observations
  WHEN OLD.id = NEW.id AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_observations_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_observations_geom_update2 AFTER UPDATE OF geom ON observations
  WHEN OLD.id = NEW.id AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_observations_geom WHERE id = OLD.id;
END;

CREATE TRIGGER rtree_observations_geom_update3 AFTER UPDATE OF geom ON observations
  WHEN OLD.id != NEW.id AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_observations_geom WHERE id = OLD.id;
  INSERT OR REPLACE INTO rtree_observations_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_observations_geom_update4 AFTER UPDATE ON observations
  WHEN OLD.id != NEW.id AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_observations_geom WHERE id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER rtree_observations_geom_delete AFTER DELETE ON observations
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_observations_geom WHERE id = OLD.id;
END;

INSERT OR REPLACE INTO rtree_observations_geom
  SELECT id, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM observations
  WHERE geom NOT NULL AND NOT ST_IsEmpty(geom);

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('observations', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec130/#extension_rtree', 'write-only');

CREATE VIRTUAL TABLE rtree_places_geom USING rtree(id, minx, maxx, miny, maxy);

CREATE TRIGGER rtree_places_geom_insert AFTER INSERT ON places
  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_places_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_places_geom_update1 AFTER UPDATE OF geom ON places
  WHEN OLD.id = NEW.id AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  INSERT OR REPLACE INTO rtree_places_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_places_geom_update2 AFTER UPDATE OF geom ON places
  WHEN OLD.id = NEW.id AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_places_geom WHERE id = OLD.id;
END;

CREATE TRIGGER rtree_places_geom_update3 AFTER UPDATE OF geom ON places
  WHEN OLD.id != NEW.id AND
       (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_places_geom WHERE id = OLD.id;
  INSERT OR REPLACE INTO rtree_places_geom VALUES (
    NEW.id,
    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),
    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)
  );
END;

CREATE TRIGGER rtree_places_geom_update4 AFTER UPDATE ON places
  WHEN OLD.id != NEW.id AND
       (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
BEGIN
  DELETE FROM rtree_places_geom WHERE id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER rtree_places_geom_delete AFTER DELETE ON places
  WHEN old.geom NOT NULL
BEGIN
  DELETE FROM rtree_places_geom WHERE id = OLD.id;
END;

INSERT OR REPLACE INTO rtree_places_geom
  SELECT id, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM places
  WHERE geom NOT NULL AND NOT ST_IsEmpty(geom);

INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
VALUES ('places', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec130/#extension_rtree', 'write-only');
