-- Figures per actor on one date (the single parameter), by Frontline's rule (METHOD.md section 3), from the base
-- tables with nothing precomputed.
WITH params AS (SELECT CAST(? AS date) AS d, (SELECT implied_days FROM rule) AS implied_days),
-- 1. Candidates begun by the date: the observations, and the holder a footprint's first observation names, implied
-- for at most implied_days before it (on the same start day an observation beats an implied holder).
cand AS (
  SELECT o.footprint, o.date_start, 1 AS implied_rank, o.precision_rank, o.confidence_rank, o.recorded_order,
         o.status,
         CASE WHEN o.status = 'besieged' THEN o.from_actor ELSE o.actor END AS holder,
         CASE o.status WHEN 'besieged' THEN o.actor WHEN 'contested' THEN o.from_actor END AS other
  FROM observation o, params
  WHERE o.status <> 'presence' AND o.date_start <= params.d
  UNION ALL
  SELECT e.footprint, e.date_start - params.implied_days, 0, e.precision_rank, e.confidence_rank, e.recorded_order,
         'controls', e.from_actor, NULL
  FROM (SELECT DISTINCT ON (footprint) * FROM observation WHERE status <> 'presence'
        ORDER BY footprint, date_start, precision_rank, confidence_rank, recorded_order) e, params
  WHERE e.from_actor IS NOT NULL AND e.date_start - params.implied_days <= params.d
),
-- 2. The winner of each footprint: latest start, then observed over implied, precision, confidence, record.
winner AS (
  SELECT DISTINCT ON (footprint) * FROM cand
  ORDER BY footprint, date_start DESC, implied_rank DESC, precision_rank DESC, confidence_rank DESC,
           recorded_order DESC
),
ranked AS (
  SELECT w.*, row_number() OVER (ORDER BY date_start, implied_rank, precision_rank, confidence_rank, recorded_order)
           AS paint
  FROM winner w
),
-- 3. Painter's rule: a footprint keeps its ground minus the overlapping footprints whose winner came later. Zones
-- are cells of one Voronoi diagram and do not overlap each other, so only pairs with a drawn area are tested.
later AS MATERIALIZED (
  SELECT fa.key AS a, fb.key AS b
  FROM footprint fa
  JOIN footprint fb ON fb.geom && fa.geom AND fb.key <> fa.key AND (fa.place_id = 0 OR fb.place_id = 0)
  JOIN ranked ra ON ra.footprint = fa.key
  JOIN ranked rb ON rb.footprint = fb.key AND rb.paint > ra.paint
),
cover AS (
  SELECT l.a AS footprint, ST_Union(fb.geom) AS geom
  FROM later l JOIN footprint fa ON fa.key = l.a JOIN footprint fb ON fb.key = l.b
  WHERE ST_Relate(fa.geom, fb.geom, 'T********')
  GROUP BY l.a
),
held AS (
  SELECT a.holder, a.status, a.other,
         ST_Area(CASE WHEN c.geom IS NULL THEN fa.geom ELSE ST_Difference(fa.geom, c.geom) END::geography)
           / 1e6 AS km2
  FROM ranked a JOIN footprint fa ON fa.key = a.footprint LEFT JOIN cover c ON c.footprint = a.footprint
),
-- 4. Settlements: an observed place takes its own zone; others the drawn areas covering them, and the zone covering
-- them when its place is at least as populous. The latest winner among those footprints holds the settlement.
site_footprint AS (
  SELECT s.id, s.population, own.key
  FROM settlement s JOIN footprint own ON own.place_id = s.id
  UNION ALL
  SELECT s.id, s.population, f.key
  FROM settlement s
  JOIN footprint f ON f.geom && s.pt AND ST_Covers(f.geom, s.pt)
  LEFT JOIN footprint own ON own.place_id = s.id
  WHERE (f.place_id = 0 AND (s.is_settlement OR own.key IS NOT NULL))
     OR (f.place_id > 0 AND own.key IS NULL AND s.is_settlement AND f.population >= s.population)
),
site_holder AS (
  SELECT DISTINCT ON (sf.id) sf.population, r.holder, r.status
  FROM site_footprint sf JOIN ranked r ON r.footprint = sf.key
  ORDER BY sf.id, r.paint DESC
),
-- 5. Per actor: held ground (controlled or besieged), contested ground for both parties, settlements held.
parts AS (
  SELECT holder AS actor, km2 AS area, 0.0 AS contested, 0::bigint AS population, 0 AS settlements
  FROM held WHERE status <> 'contested'
  UNION ALL SELECT holder, 0, km2, 0, 0 FROM held WHERE status = 'contested'
  UNION ALL SELECT other, 0, km2, 0, 0 FROM held WHERE status = 'contested'
  UNION ALL SELECT holder, 0, 0, population, 1 FROM site_holder WHERE status <> 'contested'
)
SELECT actor, sum(area) AS area_km2, sum(contested) AS contested_km2, sum(population) AS population,
       sum(settlements) AS settlements
FROM parts WHERE actor IS NOT NULL
GROUP BY actor ORDER BY actor
