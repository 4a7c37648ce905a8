CREATE INDEX footprint_geom ON footprint USING gist (geom);
CREATE INDEX footprint_place ON footprint (place_id);
CREATE INDEX observation_order ON observation (footprint, date_start, precision_rank, confidence_rank, recorded_order);
CREATE INDEX settlement_pt ON settlement USING gist (pt);
ANALYZE footprint;
ANALYZE observation;
ANALYZE settlement;
