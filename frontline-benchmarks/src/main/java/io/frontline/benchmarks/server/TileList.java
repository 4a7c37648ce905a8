package io.frontline.benchmarks.server;

import java.util.ArrayList;
import java.util.List;

/** The XYZ tile paths covering a lon/lat box over a range of zooms. */
final class TileList {
  private TileList() {}

  static List<String> over(
      double west,
      double south,
      double east,
      double north,
      int minZoom,
      int maxZoom,
      String prefix) {
    List<String> out = new ArrayList<>();
    for (int z = minZoom; z <= maxZoom; z++) {
      int n = 1 << z;
      int x0 = (int) Math.floor((west + 180) / 360 * n);
      int x1 = (int) Math.floor((east + 180) / 360 * n);
      int y0 = y(north, n);
      int y1 = y(south, n);
      for (int x = x0; x <= x1; x++) {
        for (int y = y0; y <= y1; y++) {
          out.add(prefix + z + "/" + x + "/" + y + ".mvt");
        }
      }
    }
    return out;
  }

  private static int y(double lat, int n) {
    double r = Math.toRadians(lat);
    return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
  }
}
