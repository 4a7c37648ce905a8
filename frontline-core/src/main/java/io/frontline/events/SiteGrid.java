package io.frontline.events;

import io.frontline.control.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The settlements within a radius of a point: a grid of cells one radius high, then the great-circle distance. */
final class SiteGrid {
  private static final double EARTH_KM = 6371.0088;
  private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180;
  private final double[] lat;
  private final double[] lon;
  private final double radius_km;
  private final double cell_deg;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  SiteGrid(List<Site> sites, double radius_km) {
    this.radius_km = radius_km;
    this.cell_deg = radius_km / KM_PER_DEGREE;
    lat = new double[sites.size()];
    lon = new double[sites.size()];
    for (int i = 0; i < sites.size(); i++) {
      lat[i] = sites.get(i).place().lat();
      lon[i] = sites.get(i).place().lon();
      cells
          .computeIfAbsent(key(row(lat[i]), column(lon[i])), k -> new ArrayList<>())
          .add(i);
    }
  }

  /** Indexes of the sites within the radius of the point, in ascending order of index. */
  List<Integer> within(double pointLon, double pointLat) {
    int r = row(pointLat);
    int c = column(pointLon);
    double cos =
        Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(pointLat) + cell_deg))));
    int across = (int) Math.ceil(1 / cos);
    List<Integer> out = new ArrayList<>();
    for (int dr = -1; dr <= 1; dr++) {
      for (int dc = -across; dc <= across; dc++) {
        for (int i : cells.getOrDefault(key(r + dr, c + dc), List.of())) {
          if (distance_km(pointLat, pointLon, lat[i], lon[i]) <= radius_km) {
            out.add(i);
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  private int row(double latitude) {
    return (int) Math.floor(latitude / cell_deg);
  }

  private int column(double longitude) {
    return (int) Math.floor(longitude / cell_deg);
  }

  private static long key(int row, int column) {
    return ((long) row << 32) ^ (column & 0xffffffffL);
  }

  /** Haversine distance on a sphere of the Earth's mean radius. */
  static double distance_km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1))
            * Math.cos(Math.toRadians(lat2))
            * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
