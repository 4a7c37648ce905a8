-- The peer's events: one point and one epoch day each, with a GiST index on the points (and the atoms' GiST index
-- and an index on the spans by atom and first day, which the join needs).
DROP TABLE IF EXISTS ev;
CREATE TABLE ev (
  id integer PRIMARY KEY,
  geom geometry(Point, 4326) NOT NULL,
  day bigint NOT NULL
);
