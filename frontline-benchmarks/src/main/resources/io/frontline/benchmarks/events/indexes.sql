CREATE INDEX IF NOT EXISTS atom_geom ON atom USING gist (geom);
CREATE INDEX IF NOT EXISTS span_atom_day ON span (atom, first_day);
CREATE INDEX ev_geom ON ev USING gist (geom);
ANALYZE atom;
ANALYZE span;
ANALYZE ev;
