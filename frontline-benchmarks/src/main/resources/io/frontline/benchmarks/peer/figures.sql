-- Figures per actor on one date (the single parameter) from the atoms and their spans of holding: the geodesic area
-- of the ground each actor holds (a contested place's stated share to each party), contested ground for both
-- parties, and the people and settlements held (a settlement counts for the party holding half or more of it).
WITH params AS (SELECT CAST(? AS date) - DATE '1970-01-01' AS d),
live AS (
  SELECT s.holder, s.status, s.other, s.share, ST_Area(a.geom::geography) / 1e6 AS km2
  FROM span s JOIN atom a ON a.id = s.atom, params
  WHERE s.first_day <= params.d AND s.end_day > params.d
),
people AS (
  SELECT s.holder, s.status, s.other, s.share, s.population
  FROM site_span s, params
  WHERE s.first_day <= params.d AND s.end_day > params.d
),
parts AS (
  SELECT holder AS actor, CASE WHEN status = 'contested' THEN coalesce(share, 0) ELSE 1 END * km2 AS area,
         CASE WHEN status = 'contested' THEN km2 ELSE 0 END AS contested, 0.0 AS population, 0 AS settlements
  FROM live
  UNION ALL
  SELECT other, coalesce(1 - share, 0) * km2, km2, 0.0, 0 FROM live WHERE status = 'contested'
  UNION ALL
  SELECT holder, 0, 0, CASE WHEN status = 'contested' THEN coalesce(share, 0) ELSE 1 END * population,
         CASE WHEN status <> 'contested' OR share >= 0.5 THEN 1 ELSE 0 END
  FROM people
  UNION ALL
  SELECT other, 0, 0, coalesce(1 - share, 0) * population, CASE WHEN 1 - share >= 0.5 THEN 1 ELSE 0 END
  FROM people WHERE status = 'contested'
)
-- (half a person rounds up, as Java's Math.round does)
SELECT actor, sum(area) AS area_km2, sum(contested) AS contested_km2, floor(sum(population) + 0.5)::bigint AS population,
       sum(settlements) AS settlements
FROM parts WHERE actor IS NOT NULL
GROUP BY actor ORDER BY actor
