-- Whose ground each event was on, in PostGIS: the atom whose polygon holds the event's point (GiST index on
-- atom.geom), then the span of that atom in effect on the event's day (index on span (atom, first_day)). Counted by
-- holder and status, as Frontline's answers are. Events are day-precise here.
SELECT coalesce(s.key, '-:none') AS key, count(*) AS events
FROM ev e
LEFT JOIN LATERAL (
  SELECT a.id FROM atom a WHERE ST_Intersects(a.geom, e.geom) LIMIT 1
) a ON true
LEFT JOIN LATERAL (
  SELECT coalesce(sp.holder, 'unknown') || ':' || sp.status AS key
  FROM span sp WHERE sp.atom = a.id AND sp.first_day <= e.day AND e.day < sp.end_day
  LIMIT 1
) s ON true
GROUP BY 1
