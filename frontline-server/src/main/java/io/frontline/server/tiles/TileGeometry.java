package io.frontline.server.tiles;

import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link WorldShape} as the geometry commands of one vector tile feature (MVT 2.1, section 4.3): vertices
 * scaled into the tile's grid of {@link TileKey#EXTENT} units, clipped to the tile grown by {@link TileKey#BUFFER}
 * (Sutherland-Hodgman for rings, Liang-Barsky for lines), rounded to whole units, repeated vertices dropped and
 * the rest simplified (Douglas-Peucker, one unit). Exterior
 * rings come out with positive area in tile coordinates (clockwise on screen), holes negative; rings that round to
 * nothing are left out, and a polygon whose exterior is left out goes with its holes. One instance per tile; not
 * thread-safe.
 */
final class TileGeometry {
  private static final double LOW = -TileKey.BUFFER;
  private static final double HIGH = TileKey.EXTENT + TileKey.BUFFER;
  private static final double TOLERANCE = 1.0;
  private final double scale;
  private final double shiftX;
  private final double shiftY;
  private final double minX;
  private final double minY;
  private final double maxX;
  private final double maxY;
  private final Ints commands = new Ints();
  private double[] work = new double[64];
  private double[] spare = new double[64];
  private int[] rounded = new int[64];
  private boolean[] keep = new boolean[64];
  private int[] stack = new int[128];
  private int cursorX;
  private int cursorY;

  TileGeometry(TileKey key) {
    this.scale = (double) (1L << key.z()) * TileKey.EXTENT;
    this.shiftX = (double) key.x() * TileKey.EXTENT;
    this.shiftY = (double) key.y() * TileKey.EXTENT;
    this.minX = (LOW + shiftX) / scale;
    this.minY = (LOW + shiftY) / scale;
    this.maxX = (HIGH + shiftX) / scale;
    this.maxY = (HIGH + shiftY) / scale;
  }

  /** The commands of the shape in this tile, or null when nothing of it is left. */
  int[] encode(WorldShape shape) {
    commands.clear();
    cursorX = 0;
    cursorY = 0;
    switch (shape.kind()) {
      case POLYGON -> shape.polygons().forEach(this::polygon);
      case LINE -> shape.lines().forEach(this::line);
      case POINT -> points(shape.points());
      default -> throw new IllegalStateException();
    }
    return commands.size() == 0 ? null : commands.toArray();
  }

  private void polygon(List<double[]> rings) {
    for (int r = 0; r < rings.size(); r++) {
      int n = clipRing(rings.get(r));
      n = round(work, n, true);
      if (n < 3) {
        if (r == 0) {
          return;
        }
        continue;
      }
      long area = twiceArea(n);
      if (area == 0) {
        if (r == 0) {
          return;
        }
        continue;
      }
      boolean reverse = r == 0 ? area < 0 : area > 0;
      ring(n, reverse);
    }
  }

  /** Clips a ring to the buffered tile into {@link #work} (tile units); returns its vertex count. */
  private int clipRing(double[] ring) {
    int n = ring.length / 2;
    ensure(n * 2 + 16);
    double bx0 = Double.MAX_VALUE;
    double by0 = Double.MAX_VALUE;
    double bx1 = -Double.MAX_VALUE;
    double by1 = -Double.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      double x = ring[2 * i];
      double y = ring[2 * i + 1];
      bx0 = Math.min(bx0, x);
      bx1 = Math.max(bx1, x);
      by0 = Math.min(by0, y);
      by1 = Math.max(by1, y);
    }
    if (bx1 < minX || bx0 > maxX || by1 < minY || by0 > maxY) {
      return 0;
    }
    for (int i = 0; i < n; i++) {
      work[2 * i] = ring[2 * i] * scale - shiftX;
      work[2 * i + 1] = ring[2 * i + 1] * scale - shiftY;
    }
    if (bx0 >= minX && bx1 <= maxX && by0 >= minY && by1 <= maxY) {
      return n;
    }
    n = clipEdge(n, 0, LOW, false);
    n = clipEdge(n, 0, HIGH, true);
    n = clipEdge(n, 1, LOW, false);
    return clipEdge(n, 1, HIGH, true);
  }

  /** One Sutherland-Hodgman pass: keeps the side of {@code axis = limit} that is inside; {@link #work} in and out. */
  private int clipEdge(int n, int axis, double limit, boolean upper) {
    if (n == 0) {
      return 0;
    }
    ensureSpare(n * 4 + 8);
    int out = 0;
    double px = work[2 * (n - 1)];
    double py = work[2 * (n - 1) + 1];
    boolean pIn = inside(axis == 0 ? px : py, limit, upper);
    for (int i = 0; i < n; i++) {
      double cx = work[2 * i];
      double cy = work[2 * i + 1];
      boolean cIn = inside(axis == 0 ? cx : cy, limit, upper);
      if (cIn != pIn) {
        double t = ((axis == 0 ? limit - px : limit - py)) / (axis == 0 ? cx - px : cy - py);
        spare[out++] = axis == 0 ? limit : px + t * (cx - px);
        spare[out++] = axis == 0 ? py + t * (cy - py) : limit;
      }
      if (cIn) {
        spare[out++] = cx;
        spare[out++] = cy;
      }
      px = cx;
      py = cy;
      pIn = cIn;
    }
    double[] swap = work;
    work = spare;
    spare = swap;
    return out / 2;
  }

  private static boolean inside(double v, double limit, boolean upper) {
    return upper ? v <= limit : v >= limit;
  }

  /** Rounds {@code n} vertices of {@code xy} into {@link #rounded}, dropping repeats; returns the count kept. */
  private int round(double[] xy, int n, boolean ring) {
    if (rounded.length < n * 2) {
      rounded = new int[n * 2 + 16];
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int x = (int) Math.round(xy[2 * i]);
      int y = (int) Math.round(xy[2 * i + 1]);
      if (kept > 0 && rounded[2 * kept - 2] == x && rounded[2 * kept - 1] == y) {
        continue;
      }
      rounded[2 * kept] = x;
      rounded[2 * kept + 1] = y;
      kept++;
    }
    while (ring
        && kept > 1
        && rounded[0] == rounded[2 * kept - 2]
        && rounded[1] == rounded[2 * kept - 1]) {
      kept--;
    }
    return simplify(kept);
  }

  /**
   * Douglas-Peucker on the rounded vertices, first and last kept, to {@link #TOLERANCE} units (an eighth of a
   * pixel of a 512-pixel tile): drops the vertices that rounding left in line with their neighbours, which the
   * renderer would otherwise have to triangulate. Returns the count kept.
   */
  private int simplify(int n) {
    if (n < 4) {
      return n;
    }
    if (keep.length < n) {
      keep = new boolean[n + 16];
      stack = new int[2 * n + 16];
    }
    Arrays.fill(keep, 0, n, false);
    keep[0] = true;
    keep[n - 1] = true;
    int top = 0;
    stack[top++] = 0;
    stack[top++] = n - 1;
    while (top > 0) {
      int b = stack[--top];
      int a = stack[--top];
      int far = farthest(a, b);
      if (far >= 0) {
        keep[far] = true;
        stack[top++] = a;
        stack[top++] = far;
        stack[top++] = far;
        stack[top++] = b;
      }
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        rounded[2 * kept] = rounded[2 * i];
        rounded[2 * kept + 1] = rounded[2 * i + 1];
        kept++;
      }
    }
    return kept;
  }

  /** The vertex between {@code a} and {@code b} farthest from their chord, if farther than the tolerance; else -1. */
  private int farthest(int a, int b) {
    long ax = rounded[2 * a];
    long ay = rounded[2 * a + 1];
    long dx = rounded[2 * b] - ax;
    long dy = rounded[2 * b + 1] - ay;
    long length2 = dx * dx + dy * dy;
    int far = -1;
    double best = TOLERANCE * TOLERANCE;
    for (int i = a + 1; i < b; i++) {
      long px = rounded[2 * i] - ax;
      long py = rounded[2 * i + 1] - ay;
      double d2 = length2 == 0 ? px * px + py * py : Math.pow(dx * py - dy * px, 2) / length2;
      if (d2 > best) {
        best = d2;
        far = i;
      }
    }
    return far;
  }

  private long twiceArea(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      int j = i + 1 == n ? 0 : i + 1;
      sum +=
          (long) rounded[2 * i] * rounded[2 * j + 1] - (long) rounded[2 * j] * rounded[2 * i + 1];
    }
    return sum;
  }

  private void ring(int n, boolean reverse) {
    moveTo(vx(0, n, reverse), vy(0, n, reverse));
    commands.add(command(2, n - 1));
    for (int i = 1; i < n; i++) {
      delta(vx(i, n, reverse), vy(i, n, reverse));
    }
    commands.add(command(7, 1));
  }

  private int vx(int i, int n, boolean reverse) {
    return rounded[2 * (reverse ? (n - i) % n : i)];
  }

  private int vy(int i, int n, boolean reverse) {
    return rounded[2 * (reverse ? (n - i) % n : i) + 1];
  }

  private void line(double[] line) {
    int n = line.length / 2;
    ensure(n * 2 + 4);
    int run = 0;
    for (int i = 0; i + 1 < n; i++) {
      double x0 = line[2 * i] * scale - shiftX;
      double y0 = line[2 * i + 1] * scale - shiftY;
      double x1 = line[2 * i + 2] * scale - shiftX;
      double y1 = line[2 * i + 3] * scale - shiftY;
      double[] t = clipSegment(x0, y0, x1, y1);
      if (t == null) {
        run = flushLine(run);
        continue;
      }
      if (run == 0 || t[0] > 0) {
        run = flushLine(run);
        work[run * 2] = x0 + t[0] * (x1 - x0);
        work[run * 2 + 1] = y0 + t[0] * (y1 - y0);
        run++;
      }
      work[run * 2] = x0 + t[1] * (x1 - x0);
      work[run * 2 + 1] = y0 + t[1] * (y1 - y0);
      run++;
      if (t[1] < 1) {
        run = flushLine(run);
      }
    }
    flushLine(run);
  }

  private final double[] range = new double[2];

  /** Liang-Barsky: the parameter range of the segment inside the buffered tile, or null. */
  private double[] clipSegment(double x0, double y0, double x1, double y1) {
    double t0 = 0;
    double t1 = 1;
    double dx = x1 - x0;
    double dy = y1 - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - LOW, HIGH - x0, y0 - LOW, HIGH - y0};
    for (int k = 0; k < 4; k++) {
      if (p[k] == 0) {
        if (q[k] < 0) {
          return null;
        }
      } else {
        double r = q[k] / p[k];
        if (p[k] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    if (t0 > t1) {
      return null;
    }
    range[0] = t0;
    range[1] = t1;
    return range;
  }

  /** Writes the line gathered in {@link #work} (if it has two distinct vertices); returns 0 for the next run. */
  private int flushLine(int n) {
    if (n < 2) {
      return 0;
    }
    int kept = round(work, n, false);
    if (kept < 2) {
      return 0;
    }
    moveTo(rounded[0], rounded[1]);
    commands.add(command(2, kept - 1));
    for (int i = 1; i < kept; i++) {
      delta(rounded[2 * i], rounded[2 * i + 1]);
    }
    return 0;
  }

  private void points(double[] xy) {
    int start = commands.size();
    commands.add(0);
    int count = 0;
    for (int i = 0; i < xy.length / 2; i++) {
      double x = xy[2 * i] * scale - shiftX;
      double y = xy[2 * i + 1] * scale - shiftY;
      if (x >= LOW && x <= HIGH && y >= LOW && y <= HIGH) {
        delta((int) Math.round(x), (int) Math.round(y));
        count++;
      }
    }
    if (count == 0) {
      commands.truncate(start);
    } else {
      commands.set(start, command(1, count));
    }
  }

  private void moveTo(int x, int y) {
    commands.add(command(1, 1));
    delta(x, y);
  }

  private void delta(int x, int y) {
    commands.add(zigzag(x - cursorX));
    commands.add(zigzag(y - cursorY));
    cursorX = x;
    cursorY = y;
  }

  private static int command(int id, int count) {
    return (id & 7) | (count << 3);
  }

  private static int zigzag(int v) {
    return (v << 1) ^ (v >> 31);
  }

  private void ensure(int size) {
    if (work.length < size) {
      work = new double[size];
    }
  }

  private void ensureSpare(int size) {
    if (spare.length < size) {
      spare = new double[size];
    }
  }

  /** A growable list of ints. */
  static final class Ints {
    private int[] values = new int[256];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void set(int i, int v) {
      values[i] = v;
    }

    void truncate(int newSize) {
      size = newSize;
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
