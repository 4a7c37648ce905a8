/**
 * Geometry on the WGS84 ellipsoid: geodesic areas (the same definition as PostGIS {@code ST_Area(geography)}),
 * geodesic circles, and overlay helpers that fall back to snapping when a plain overlay fails. Geometries are lon/lat
 * (SRID 4326) and built with one shared factory; no helper mutates a geometry it was given.
 */
package io.frontline.geometry;
