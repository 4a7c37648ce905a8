/**
 * Reference geography: country outlines (lon/lat, WGS84) with their names and geodesic areas. The ground is clipped
 * to them and areas are compared with them; the basemap is read-only and the same for every date.
 */
package io.frontline.basemap;
