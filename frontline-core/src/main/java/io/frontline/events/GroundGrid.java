package io.frontline.events;

import io.frontline.control.Atom;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds the atom under a lon/lat point. A regular grid covers the atoms: a cell that no atom edge crosses lies wholly
 * inside one atom (or outside all) and answers at once; a cell that edges cross lists the atoms whose edges do, and
 * the point is tested against their rings (even-odd rule over flat coordinate arrays). Immutable once built.
 */
final class GroundGrid {
  private static final int OUTSIDE = -1;
  private static final int MIXED = -2;
  /** Each cell that edges cross is cut again into SUB x SUB sub-cells, each answered at once if no edge crosses it. */
  private static final int SUB = 4;

  private final double minX;
  private final double minY;
  private final double perCell;
  private final int cols;
  private final int rows;
  private final int[] cells;
  private final int[] mixedStart;
  private final int[] mixedAtoms;
  private final int[] mixedCell;
  private final int[] sub;
  private final double[][] xy;
  private final int[][] ringEnds;
  private final double[] boxes;
  private final int[][] bandStart;
  private final int[][] bandEdges;

  GroundGrid(List<Atom> atoms, int cellsAcross) {
    int n = atoms.size();
    xy = new double[n][];
    ringEnds = new int[n][];
    boxes = new double[4 * n];
    bandStart = new int[n][];
    bandEdges = new int[n][];
    Envelope all = new Envelope();
    for (int a = 0; a < n; a++) {
      flatten(a, atoms.get(a).geometry());
      all.expandToInclude(atoms.get(a).geometry().getEnvelopeInternal());
    }
    double size =
        all.isNull() ? 1 : Math.max(Math.max(all.getWidth(), all.getHeight()) / cellsAcross, 1e-6);
    minX = all.isNull() ? 0 : all.getMinX();
    minY = all.isNull() ? 0 : all.getMinY();
    perCell = 1 / size;
    cols = all.isNull() ? 0 : (int) Math.ceil(all.getWidth() * perCell) + 1;
    rows = all.isNull() ? 0 : (int) Math.ceil(all.getHeight() * perCell) + 1;
    Lists edges = new Lists(cols * rows);
    for (int a = 0; a < n; a++) {
      markEdges(a, edges);
    }
    cells = new int[cols * rows];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = edges.isEmpty(c) ? OUTSIDE : MIXED;
    }
    for (int a = 0; a < n; a++) {
      fillInterior(a, edges);
    }
    int[][] mixed = edges.compact(cells, MIXED);
    mixedStart = mixed[0];
    mixedAtoms = mixed[1];
    mixedCell = mixed[2];
    sub = subCells();
  }

  /** The sub-cells of the mixed cells: an atom or -1 where no edge crosses the sub-cell, MIXED where one does. */
  private int[] subCells() {
    boolean[] crossed = new boolean[mixedCell.length * SUB * SUB];
    double perSub = perCell * SUB;
    int subCols = cols * SUB;
    int subRows = rows * SUB;
    for (int a = 0; a < xy.length; a++) {
      forEachPiece(a, perSub, (x0, y0, x1, y1) -> {
        int sx1 = clamp((int) ((x1 - minX) * perSub + 1e-9), subCols);
        int sy1 = clamp((int) ((y1 - minY) * perSub + 1e-9), subRows);
        for (int sy = clamp((int) ((y0 - minY) * perSub - 1e-9), subRows); sy <= sy1; sy++) {
          for (int sx = clamp((int) ((x0 - minX) * perSub - 1e-9), subCols); sx <= sx1; sx++) {
            int v = cells[(sy / SUB) * cols + sx / SUB];
            if (v <= MIXED) {
              crossed[((MIXED - v) * SUB + sy % SUB) * SUB + sx % SUB] = true;
            }
          }
        }
      });
    }
    int[] out = new int[crossed.length];
    for (int k = 0; k < mixedCell.length; k++) {
      int cx = mixedCell[k] % cols;
      int cy = mixedCell[k] / cols;
      for (int s = 0; s < SUB * SUB; s++) {
        int i = k * SUB * SUB + s;
        out[i] = crossed[i]
            ? MIXED
            : candidateAt(
                k,
                minX + (cx * SUB + s % SUB + 0.5) / perSub,
                minY + (cy * SUB + s / SUB + 0.5) / perSub);
      }
    }
    return out;
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size - 1, v));
  }

  /** The first candidate atom of mixed cell {@code k} that covers the point, or -1. */
  private int candidateAt(int k, double x, double y) {
    for (int i = mixedStart[k]; i < mixedStart[k + 1]; i++) {
      if (inside(mixedAtoms[i], x, y)) {
        return mixedAtoms[i];
      }
    }
    return OUTSIDE;
  }

  /** The index of the atom covering the point, or -1. */
  int atomAt(double x, double y) {
    if (!(x >= minX && y >= minY)) {
      return OUTSIDE;
    }
    int cx = (int) ((x - minX) * perCell);
    int cy = (int) ((y - minY) * perCell);
    if (cx >= cols || cy >= rows) {
      return OUTSIDE;
    }
    int v = cells[cy * cols + cx];
    if (v >= OUTSIDE) {
      return v;
    }
    int k = MIXED - v;
    int s = sub[subIndex(k, cx, cy, x, y)];
    return s >= OUTSIDE ? s : candidateAt(k, x, y);
  }

  private int subIndex(int k, int cx, int cy, double x, double y) {
    int sx = Math.max(0, Math.min(SUB - 1, (int) ((x - minX) * perCell * SUB) - cx * SUB));
    int sy = Math.max(0, Math.min(SUB - 1, (int) ((y - minY) * perCell * SUB) - cy * SUB));
    return (k * SUB + sy) * SUB + sx;
  }

  /** True when the point falls in a cell that edges cross, so that finding its atom needs ring tests. */
  boolean mixedAt(double x, double y) {
    if (!(x >= minX && y >= minY)) {
      return false;
    }
    int cx = (int) ((x - minX) * perCell);
    int cy = (int) ((y - minY) * perCell);
    if (cx >= cols || cy >= rows || cells[cy * cols + cx] >= OUTSIDE) {
      return false;
    }
    return sub[subIndex(MIXED - cells[cy * cols + cx], cx, cy, x, y)] < OUTSIDE;
  }

  /** How many cells answer without a ring test, and how many cells there are (for reports). */
  int[] wholeAndTotal() {
    int whole = 0;
    for (int v : cells) {
      whole += v >= OUTSIDE ? 1 : 0;
    }
    return new int[] {whole, cells.length};
  }

  private void flatten(int a, Geometry g) {
    int points = 0;
    int rings = 0;
    for (Polygon p : polygons(g)) {
      rings += 1 + p.getNumInteriorRing();
      points += p.getNumPoints();
    }
    double[] coords = new double[2 * points];
    int[] ends = new int[rings];
    int at = 0;
    int ring = 0;
    for (Polygon p : polygons(g)) {
      for (int r = -1; r < p.getNumInteriorRing(); r++) {
        LinearRing lr = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
        for (Coordinate c : lr.getCoordinates()) {
          coords[2 * at] = c.x;
          coords[2 * at + 1] = c.y;
          at++;
        }
        ends[ring++] = at;
      }
    }
    xy[a] = coords;
    ringEnds[a] = ends;
    Envelope e = g.getEnvelopeInternal();
    boxes[4 * a] = e.getMinX();
    boxes[4 * a + 1] = e.getMinY();
    boxes[4 * a + 2] = e.getMaxX();
    boxes[4 * a + 3] = e.getMaxY();
    bandEdges(a);
  }

  /**
   * Sorts the atom's edges into horizontal bands of equal height: a point's crossing test needs only the edges of its
   * band (an edge is in every band its y-range touches). Edge {@code i} runs from point {@code i - 1} to {@code i}.
   */
  private void bandEdges(int a) {
    double[] c = xy[a];
    List<Integer> edges = new java.util.ArrayList<>();
    int start = 0;
    for (int end : ringEnds[a]) {
      for (int i = start + 1; i < end; i++) {
        edges.add(i);
      }
      start = end;
    }
    int bands = Math.max(1, Math.min(64, edges.size() / 6));
    double minY = boxes[4 * a + 1];
    double height = (boxes[4 * a + 3] - minY) / bands;
    int[] counts = new int[bands + 1];
    int[][] range = new int[edges.size()][];
    for (int k = 0; k < edges.size(); k++) {
      int i = edges.get(k);
      int b0 = band(Math.min(c[2 * i - 1], c[2 * i + 1]), minY, height, bands);
      int b1 = band(Math.max(c[2 * i - 1], c[2 * i + 1]), minY, height, bands);
      range[k] = new int[] {b0, b1};
      for (int b = b0; b <= b1; b++) {
        counts[b + 1]++;
      }
    }
    for (int b = 0; b < bands; b++) {
      counts[b + 1] += counts[b];
    }
    int[] flat = new int[counts[bands]];
    int[] fill = java.util.Arrays.copyOf(counts, bands);
    for (int k = 0; k < edges.size(); k++) {
      for (int b = range[k][0]; b <= range[k][1]; b++) {
        flat[fill[b]++] = edges.get(k);
      }
    }
    bandStart[a] = counts;
    bandEdges[a] = flat;
  }

  private static int band(double y, double minY, double height, int bands) {
    return height > 0 ? Math.max(0, Math.min(bands - 1, (int) ((y - minY) / height))) : 0;
  }

  private static List<Polygon> polygons(Geometry g) {
    List<Polygon> out = new java.util.ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        out.add(p);
      }
    }
    return out;
  }

  /** Even-odd test of the point against the edges of atom {@code a} in the point's band. */
  boolean inside(int a, double x, double y) {
    if (x < boxes[4 * a] || y < boxes[4 * a + 1] || x > boxes[4 * a + 2] || y > boxes[4 * a + 3]) {
      return false;
    }
    double[] c = xy[a];
    int[] starts = bandStart[a];
    int bands = starts.length - 1;
    double minY = boxes[4 * a + 1];
    int b = band(y, minY, (boxes[4 * a + 3] - minY) / bands, bands);
    int[] edges = bandEdges[a];
    boolean in = false;
    for (int k = starts[b]; k < starts[b + 1]; k++) {
      int i = edges[k];
      double yi = c[2 * i + 1];
      double yj = c[2 * i - 1];
      if ((yi > y) != (yj > y) && x < (c[2 * i - 2] - c[2 * i]) * (y - yi) / (yj - yi) + c[2 * i]) {
        in = !in;
      }
    }
    return in;
  }

  /** Lists atom {@code a} in every cell one of its edges may cross (each edge cut into pieces no longer than a cell). */
  private void markEdges(int a, Lists edges) {
    forEachPiece(a, perCell, (x0, y0, x1, y1) -> markBox(a, x0, y0, x1, y1, edges));
  }

  /** A piece of an edge, by its bounding box. */
  @FunctionalInterface
  private interface PieceBox {
    void box(double x0, double y0, double x1, double y1);
  }

  /** Cuts every edge of atom {@code a} into pieces no longer than {@code 1 / perUnit} and hands out their boxes. */
  private void forEachPiece(int a, double perUnit, PieceBox each) {
    double[] c = xy[a];
    int start = 0;
    for (int end : ringEnds[a]) {
      for (int i = start + 1; i < end; i++) {
        double x0 = c[2 * i - 2];
        double y0 = c[2 * i - 1];
        double dx = c[2 * i] - x0;
        double dy = c[2 * i + 1] - y0;
        int pieces = Math.max(1, (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) * perUnit));
        for (int p = 0; p < pieces; p++) {
          double ax = x0 + dx * p / pieces;
          double ay = y0 + dy * p / pieces;
          double bx = x0 + dx * (p + 1) / pieces;
          double by = y0 + dy * (p + 1) / pieces;
          each.box(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
        }
      }
      start = end;
    }
  }

  private void markBox(int a, double x0, double y0, double x1, double y1, Lists edges) {
    int cx0 = col(x0 - 1e-9);
    int cx1 = col(x1 + 1e-9);
    int cy0 = row(y0 - 1e-9);
    int cy1 = row(y1 + 1e-9);
    for (int cy = cy0; cy <= cy1; cy++) {
      for (int cx = cx0; cx <= cx1; cx++) {
        edges.add(cy * cols + cx, a);
      }
    }
  }

  /** Gives atom {@code a} every cell of its envelope that none of its edges crosses and whose centre it covers. */
  private void fillInterior(int a, Lists edges) {
    for (int cy = row(boxes[4 * a + 1]); cy <= row(boxes[4 * a + 3]); cy++) {
      double y = minY + (cy + 0.5) / perCell;
      for (int cx = col(boxes[4 * a]); cx <= col(boxes[4 * a + 2]); cx++) {
        int cell = cy * cols + cx;
        if (!edges.contains(cell, a) && inside(a, minX + (cx + 0.5) / perCell, y)) {
          cells[cell] = a;
        }
      }
    }
  }

  private int col(double x) {
    return Math.max(0, Math.min(cols - 1, (int) ((x - minX) * perCell)));
  }

  private int row(double y) {
    return Math.max(0, Math.min(rows - 1, (int) ((y - minY) * perCell)));
  }

  /** One list of atoms per cell, as linked nodes; an atom's nodes sit at the front of a list while it is added. */
  private static final class Lists {
    private final int[] head;
    private int[] atom = new int[1024];
    private int[] next = new int[1024];
    private int size;

    Lists(int cells) {
      head = new int[cells];
      Arrays.fill(head, -1);
    }

    void add(int cell, int a) {
      if (head[cell] >= 0 && atom[head[cell]] == a) {
        return;
      }
      if (size == atom.length) {
        atom = Arrays.copyOf(atom, size * 2);
        next = Arrays.copyOf(next, size * 2);
      }
      atom[size] = a;
      next[size] = head[cell];
      head[cell] = size++;
    }

    boolean isEmpty(int cell) {
      return head[cell] < 0;
    }

    boolean contains(int cell, int a) {
      for (int n = head[cell]; n >= 0; n = next[n]) {
        if (atom[n] == a) {
          return true;
        }
      }
      return false;
    }

    /** Numbers the cells still marked {@code mixed} and lays their lists out flat: {starts, atoms, cells}. */
    int[][] compact(int[] cells, int mixed) {
      int count = 0;
      for (int v : cells) {
        count += v == mixed ? 1 : 0;
      }
      int[] starts = new int[count + 1];
      int[] which = new int[count];
      int[] flat = new int[size];
      int k = 0;
      int at = 0;
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] != mixed) {
          continue;
        }
        starts[k] = at;
        which[k] = c;
        for (int n = head[c]; n >= 0; n = next[n]) {
          flat[at++] = atom[n];
        }
        cells[c] = mixed - k;
        k++;
      }
      starts[k] = at;
      return new int[][] {starts, Arrays.copyOf(flat, at), which};
    }
  }
}
