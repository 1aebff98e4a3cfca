#!/usr/bin/env python3
# gen-diagrams.py: writes the four anatomy views of Dorsal from one parametric model.
#
#   python3 build-aux/gen-diagrams.py [OUTDIR]      (default: resources/diagrams next to this script)
#   python3 build-aux/gen-diagrams.py --list-ids    (prints the interactive ids of each view)
#
# Standard library only. Units are millimetres of a real adult skeleton; y grows downwards and
# y = 0 is the top of the T1 body. Numbers come from ../shared/anatomy/measurements.md (the
# table in section 1, the rib and sternum levels of section 3, the scapula of section 4, the
# dermatome key points of section 5 and the organ positions of section 6).
#
# In the code "x" on the body is anatomical: positive towards the PATIENT'S LEFT. The anterior
# view draws x as is (patient's left on the viewer's right); the posterior view mirrors it.
#
# The output is deterministic: run it twice and the files are byte-for-byte the same. A test in
# tests/artwork/ regenerates them and compares with the committed files.

import math
import os
import sys

# --------------------------------------------------------------------------------------------
# Spine table (measurements.md, section 1): name, VBHa, VBHp, EPW, EPD, PDW, PDH, SCW, SCD,
# SP angle, SP length (male), TP span, disc below (mid height)
SPINE = [
    ("c7", 14.0, 14.5, 23, 16, 6.0, 7.5, 23.0, 15.5, 20, 44, 75, 4.5),
    ("t1", 15.5, 16.0, 26, 16, 8.0, 9.0, 20.0, 16.1, 30, 48, 78, 4.5),
    ("t2", 17.0, 17.5, 27, 17, 6.5, 10.0, 17.5, 15.5, 37, 45, 75, 4.5),
    ("t3", 16.5, 17.5, 27, 19, 5.0, 10.5, 16.5, 15.0, 44, 44, 72, 4.5),
    ("t4", 16.5, 18.0, 27, 21, 4.5, 10.5, 16.0, 15.0, 50, 44, 70, 4.5),
    ("t5", 17.0, 18.5, 28, 23, 4.5, 10.5, 16.0, 14.8, 55, 45, 69, 5.0),
    ("t6", 17.5, 19.0, 29, 24, 5.0, 11.0, 16.0, 14.7, 58, 46, 68, 5.0),
    ("t7", 18.0, 19.5, 30, 25, 5.0, 11.0, 16.0, 14.6, 58, 45, 67, 5.5),
    ("t8", 18.5, 20.0, 31, 26, 5.5, 11.5, 16.5, 14.6, 55, 44, 66, 5.5),
    ("t9", 19.0, 20.5, 33, 27, 6.0, 12.5, 17.0, 14.8, 48, 42, 64, 6.0),
    ("t10", 20.0, 21.0, 35, 28, 6.5, 14.0, 17.5, 15.2, 40, 40, 60, 6.5),
    ("t11", 21.0, 22.0, 38, 29, 7.5, 15.0, 19.0, 15.8, 28, 36, 52, 7.0),
    ("t12", 22.0, 23.0, 40, 30, 8.0, 15.5, 21.0, 16.7, 16, 32, 45, 7.2),
    ("l1", 24.0, 25.5, 42, 32, 8.5, 15.0, 22.0, 16.7, 10, 30, 70, 8.0),
]


class Level:
    def __init__(self, row):
        (self.name, self.ha, self.hp, self.w, self.d, self.pdw, self.pdh, self.scw, self.scd,
         self.spang, self.splen, self.tpspan, self.disc) = row
        self.h = (self.ha + self.hp) / 2.0


LEVELS = [Level(r) for r in SPINE]
LV = {lv.name: lv for lv in LEVELS}
_y = -(LV["c7"].h + LV["c7"].disc)
for _lv in LEVELS:
    _lv.top = _y
    _lv.bot = _y + _lv.h
    _lv.disc_mid = _lv.bot + _lv.disc / 2.0
    _y = _lv.bot + _lv.disc
NAMES = [lv.name for lv in LEVELS]


def nxt(name):
    i = NAMES.index(name)
    return LEVELS[i + 1] if i + 1 < len(LEVELS) else None


def disc_y(upper):
    """mid height of the disc below vertebra `upper`"""
    return LV[upper].disc_mid


def L2_TOP():
    l1 = LV["l1"]
    return l1.bot + l1.disc


# lumbar levels below L1 (for the silhouette and organs only): about 37 mm per segment
LUMBAR = {"l2": L2_TOP(), "l3": L2_TOP() + 37, "l4": L2_TOP() + 74, "l5": L2_TOP() + 111}
UMBILICUS_Y = LUMBAR["l4"] - 4          # L3/4 disc [Raw]

# --------------------------------------------------------------------------------------------
# Output helpers


def f(v):
    s = "%.1f" % v
    if s == "-0.0":
        s = "0.0"
    if s.endswith(".0"):
        s = s[:-2]
    return s


# Output scale of the current view: the small views (side, axial) are written larger so that
# one user unit of stroke width looks about the same on screen in every view (and in every
# theme stylesheet, which sets stroke widths in user units).
OUT_SCALE = [1.0]
VIEW_SCALE = {"posterior": 1.0, "anterior": 1.0, "lateral": 1.3, "vertebra": 3.0}


def pt(p):
    k = OUT_SCALE[0]
    return f(p[0] * k) + "," + f(p[1] * k)


def cr_path(points, closed=True, tension=1.0):
    """Catmull-Rom spline through points, as cubic Beziers (smooth anatomical outlines)."""
    n = len(points)
    if n < 2:
        return ""
    out = ["M" + pt(points[0])]
    segs = n if closed else n - 1
    k = tension / 6.0
    for i in range(segs):
        p0 = points[(i - 1) % n] if (closed or i > 0) else points[0]
        p1 = points[i % n]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        out.append("C" + pt(c1) + " " + pt(c2) + " " + pt(p2))
    if closed:
        out.append("Z")
    return "".join(out)


def sample_cr(points, per=8, tension=1.0):
    """points along an open Catmull-Rom curve"""
    n = len(points)
    k = tension / 6.0
    res = []
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[0]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        for j in range(per):
            t = j / float(per)
            res.append(bez(p1, c1, c2, p2, t))
    res.append(points[-1])
    return res


def bez(p0, p1, p2, p3, t):
    u = 1 - t
    return (u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0],
            u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1])


def resample(poly, n):
    """n points evenly spaced by length along a polyline"""
    d = [0.0]
    for a, b in zip(poly, poly[1:]):
        d.append(d[-1] + math.hypot(b[0] - a[0], b[1] - a[1]))
    total = d[-1]
    out = []
    j = 0
    for i in range(n):
        s = total * i / (n - 1)
        while j < len(d) - 2 and d[j + 1] < s:
            j += 1
        seg = d[j + 1] - d[j] or 1.0
        t = (s - d[j]) / seg
        a, b = poly[j], poly[j + 1]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
    return out


def ribbon_pts(center, widths, n=12, cap0=0.7, cap1=0.7):
    """outline points of a band of varying width along a centre curve (list of points);
    widths is a function of s in [0,1]. cap0/cap1: how round the ends are (0 = square)."""
    c = resample(sample_cr(center, 10), n)
    left, right = [], []
    for i, p in enumerate(c):
        a = c[max(i - 1, 0)]
        b = c[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        w = widths(i / (n - 1.0)) / 2.0
        left.append((p[0] + nx * w, p[1] + ny * w))
        right.append((p[0] - nx * w, p[1] - ny * w))
    pts = list(left)
    if cap1:
        a, b = c[-2], c[-1]
        ln = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        w = widths(1.0) / 2.0 * cap1
        pts.append((b[0] + (b[0] - a[0]) / ln * w, b[1] + (b[1] - a[1]) / ln * w))
    pts += right[::-1]
    if cap0:
        a, b = c[1], c[0]
        ln = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        w = widths(0.0) / 2.0 * cap0
        pts.append((b[0] + (b[0] - a[0]) / ln * w, b[1] + (b[1] - a[1]) / ln * w))
    return pts


def ribbon(center, widths, n=12, cap0=0.7, cap1=0.7):
    return cr_path(ribbon_pts(center, widths, n, cap0, cap1))


def const(w):
    return lambda s: w


def taper(*ws):
    """piecewise-linear width profile through evenly spaced values"""
    def fn(s):
        k = len(ws) - 1
        i = min(int(s * k), k - 1)
        t = s * k - i
        return ws[i] + (ws[i + 1] - ws[i]) * t
    return fn


def ellipse_pts(cx, cy, rx, ry, rot=0.0, n=8):
    c, s = math.cos(rot), math.sin(rot)
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * c - y * s, cy + x * s + y * c))
    return out


def ellipse(cx, cy, rx, ry, rot=0.0, n=8):
    return cr_path(ellipse_pts(cx, cy, rx, ry, rot, n))


def mirror_x(points):
    return [(-x, y) for (x, y) in points]


def sym(half):
    """closed outline from the right half (listed top to bottom, x >= 0): adds the mirror"""
    return list(half) + [(-x, y) for (x, y) in reversed(half) if abs(x) > 1e-9]


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


class El:
    def __init__(self, tag, attrs=None, children=None):
        self.tag = tag
        self.attrs = attrs or []
        self.children = children or []

    def add(self, child):
        self.children.append(child)
        return child

    def write(self, out, indent):
        a = "".join(' %s="%s"' % (k, v) for k, v in self.attrs if v is not None)
        if self.children:
            out.append("%s<%s%s>\n" % (" " * indent, self.tag, a))
            for c in self.children:
                if isinstance(c, str):
                    out.append(c)
                else:
                    c.write(out, indent + 1)
            out.append("%s</%s>\n" % (" " * indent, self.tag))
        else:
            out.append("%s<%s%s/>\n" % (" " * indent, self.tag, a))


def P(d, cls, id=None):
    return El("path", [("id", id), ("class", cls), ("d", d)])


def G(id=None, cls=None, children=None):
    return El("g", [("id", id), ("class", cls)], children or [])


# --------------------------------------------------------------------------------------------
# Colours: every colour lives in these classes (the themes in styles/ override them)

STYLE = """
.bone{fill:#f3e9d0;stroke:#6f5c3e;stroke-width:0.6;stroke-linejoin:round}
.bone-deep{fill:#e6dcc2;stroke:#6f5c3e;stroke-width:0.5;stroke-linejoin:round}
.bone-shade{fill:#b59e72;fill-opacity:0.35;stroke:none}
.bone-line{fill:none;stroke:#6f5c3e;stroke-width:0.4;stroke-opacity:0.7;stroke-linecap:round}
.bone-spongy{fill:none;stroke:#c2a97a;stroke-width:0.35;stroke-opacity:0.8}
.bone-far{fill:#ede6d7;stroke:#978a6c;stroke-width:0.4}
.scapula{fill:#f1e6cc;fill-opacity:0.8;stroke:#6f5c3e;stroke-width:0.6;stroke-linejoin:round}
.articular{fill:#cfe1ee;stroke:#3f6a8a;stroke-width:0.45}
.cartilage{fill:#c5dbeb;stroke:#3f6a8a;stroke-width:0.6;stroke-linejoin:round}
.disc{fill:#bcd5e8;stroke:#3f6a8a;stroke-width:0.5;stroke-linejoin:round}
.disc-nucleus{fill:#e2eef7;stroke:#7fa3bf;stroke-width:0.35}
.facet{fill:#cfe1ee;stroke:#3f6a8a;stroke-width:0.6;stroke-linecap:round}
.canal{fill:#6e604d;fill-opacity:0.55;stroke:none}
.dura{fill:#f6eecd;fill-opacity:0.15;stroke:#a89a5c;stroke-width:0.4;stroke-dasharray:1.5 1}
.nerve{fill:#f4d03f;stroke:#8a6d00;stroke-width:0.5;stroke-linejoin:round}
.nerve-grey{fill:#e0b82a;fill-opacity:0.75;stroke:none}
.nerve-line{fill:none;stroke:#8a6d00;stroke-width:0.4;stroke-linecap:round}
.muscle{fill:#c0392b;fill-opacity:0.38;stroke:#8c1f15;stroke-width:0.6;stroke-opacity:0.85}
.muscle-fibre{fill:none;stroke:#8c1f15;stroke-width:0.35;stroke-opacity:0.45}
.organ{stroke-width:0.6;stroke-linejoin:round}
.organ-line{fill:none;stroke:#7a4a4a;stroke-width:0.45;stroke-opacity:0.7}
.organ-lung{fill:#f2b8b5;fill-opacity:0.45;stroke:#a05252}
.organ-heart{fill:#c8463d;fill-opacity:0.6;stroke:#7e1d16}
.organ-vessel{fill:#d9534a;fill-opacity:0.7;stroke:#8a1f18}
.organ-airway{fill:#e7d9d0;fill-opacity:0.7;stroke:#8d776a}
.organ-liver{fill:#9c4f36;fill-opacity:0.5;stroke:#5f2a18}
.organ-gut{fill:#eab08d;fill-opacity:0.55;stroke:#8a5433}
.organ-gallbladder{fill:#7ea34a;fill-opacity:0.7;stroke:#425e1d}
.organ-pancreas{fill:#efcf8a;fill-opacity:0.7;stroke:#8d6a27}
.organ-kidney{fill:#a9574a;fill-opacity:0.6;stroke:#5e261d}
.dermatome{fill-opacity:0.42;stroke:#ffffff;stroke-width:0.5;stroke-opacity:0.9}
.dermatome-1{fill:#cc6677}
.dermatome-2{fill:#332288}
.dermatome-3{fill:#ddcc77}
.dermatome-4{fill:#117733}
.dermatome-5{fill:#88ccee}
.dermatome-6{fill:#882255}
.dermatome-7{fill:#44aa99}
.dermatome-8{fill:#999933}
.dermatome-9{fill:#aa4499}
.dermatome-10{fill:#e69f00}
.dermatome-11{fill:#0072b2}
.dermatome-12{fill:#d55e00}
.zone{fill:#3584e4;fill-opacity:0.28;stroke:#1a5fb4;stroke-width:0.8;stroke-dasharray:3 2}
.referred{fill:#e66100;fill-opacity:0.35;stroke:#a33f00;stroke-width:0.7}
.condition{fill:#e01b24;fill-opacity:0.35;stroke:#a51d2d;stroke-width:0.8}
.condition-line{fill:none;stroke:#a51d2d;stroke-width:0.8;stroke-linecap:round;stroke-linejoin:round}
.context{fill:#f4eee8;stroke:#8f8780;stroke-width:0.7}
.context-line{fill:none;stroke:#8f8780;stroke-width:0.5;stroke-opacity:0.7;stroke-linecap:round}
"""

HIDDEN = ["layer-nerves", "layer-muscles", "layer-organs", "layer-dermatomes", "layer-zones",
          "layer-referred", "layer-conditions"]


def document(view_box, layers, comment):
    """layers: list of (name, [elements]) in paint order (first = bottom)"""
    svg = El("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"),
                     ("viewBox", " ".join(f(v * OUT_SCALE[0]) for v in view_box))])
    style = STYLE.strip() + "\n" + "".join("#%s{display:none}\n" % h for h in HIDDEN)
    svg.add(El("style", [("type", "text/css")], ["<![CDATA[\n" + style + "]]>\n"]))
    for name, elements in layers:
        if elements:
            svg.add(G("layer-" + name, None, elements))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           "<!-- Dorsal anatomy: %s. -->\n" % comment,
           "<!-- Generated by build-aux/gen-diagrams.py; edit the script, not this file. -->\n"]
    svg.write(out, 0)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# The rib cage model (frontal plane; x positive = patient's left, y down)
#
# Each rib: head H at the disc above (ribs 2-9) or its own body (1, 10-12); tubercle T at the
# tip of its transverse process; angle A; lateral-most point Lp; then the front part down to
# the costochondral junction J. Cartilage from J to the sternum (1-7) or to the cartilage
# above (8-10). The half widths make the cage widest at ribs 8-9.

RIB_W = {1: 62, 2: 90, 3: 110, 4: 124, 5: 134, 6: 141, 7: 146, 8: 149, 9: 149, 10: 145,
         11: 138, 12: 100}


def rib_head_y(n):
    if n == 1:
        return LV["t1"].top + 0.35 * LV["t1"].h
    if 2 <= n <= 9:
        return disc_y("t%d" % (n - 1))
    lv = LV["t%d" % n]
    return lv.top + 0.45 * lv.h


def tp_y(name):
    lv = LV[name]
    return lv.top + 0.28 * lv.h


# sternum landmarks (measurements.md 3): jugular notch T2/3, sternal angle T4/5, xiphisternal T9/10
JUGULAR_Y = disc_y("t2")
ANGLE_Y = disc_y("t4")
XIPHI_Y = disc_y("t9")
XIPHOID_TIP_Y = XIPHI_Y + 32

# sternal ends of cartilages 1-7 (x at the sternum edge, y about three levels below the head)
STERNAL_END = {1: (23.0, JUGULAR_Y + 9), 2: (16.5, ANGLE_Y), 3: (15.5, disc_y("t5")),
               4: (16.5, disc_y("t6")), 5: (16.5, disc_y("t7")), 6: (15.0, disc_y("t8")),
               7: (11.0, XIPHI_Y - 2)}
# costochondral junctions
JUNCTION = {1: (44, JUGULAR_Y + 3), 2: (49, ANGLE_Y + 1), 3: (59, disc_y("t5") + 5),
            4: (70, disc_y("t6") + 9), 5: (81, disc_y("t7") + 13), 6: (92, disc_y("t8") + 20),
            7: (101, XIPHI_Y + 28), 8: (116, XIPHI_Y + 52), 9: (127, XIPHI_Y + 76),
            10: (135, XIPHI_Y + 100)}


def rib_points(n):
    """centre line of rib n on the patient's left (x > 0): list of points from head to front end;
    returns (points, index of the lateral-most point)"""
    tv = "t%d" % n
    lv = LV[tv]
    hx = lv.w / 2.0 + 1.5
    hy = rib_head_y(n)
    tx = lv.tpspan / 2.0 - 3.0
    ty = tp_y(tv) + 1.0
    W = RIB_W[n]
    if n == 1:
        pts = [(hx, hy), (tx - 4, ty - 1), (46, ty + 1), (W - 4, ty + 7), (W, ty + 16),
               (W - 6, ty + 27), (JUNCTION[1][0] + 5, JUNCTION[1][1] - 3), JUNCTION[1]]
        return pts, 4
    if n == 11:
        return [(hx, hy), (tx + 2, ty + 3), (62, hy + 14), (100, hy + 38), (124, hy + 64),
                (W, hy + 88)], None
    if n == 12:
        return [(hx, hy), (tx + 3, ty + 3), (52, hy + 12), (78, hy + 25), (W, hy + 40)], None
    J = JUNCTION[n]
    drop_l = {2: 30, 3: 35, 4: 39, 5: 42, 6: 45, 7: 48, 8: 50, 9: 52, 10: 54}[n]
    ly = hy + drop_l
    ax = 55 + 1.5 * n
    pts = [(hx, hy), (tx, ty), (ax, ty + 0.22 * drop_l + 3), (W - 14, ly - 12), (W, ly + 4),
           (W - 5, ly + 0.45 * (J[1] - ly) + 4), J]
    if n >= 6:
        # the lower ribs run steeply down at the side, then the cartilage turns up
        pts[-2] = (W - 8, ly + 0.5 * (J[1] - ly) + 2)
    return pts, 4


def rib_width(n):
    if n == 1:
        return taper(7, 9, 12, 14, 13)
    if n == 11:
        return taper(7, 8, 10, 9, 6, 3.5)
    if n == 12:
        return taper(7, 8, 8.5, 6, 3)
    base = 11 + min(n, 7) * 0.5
    return taper(8, 7, base, base + 1, base + 1.5, base + 2.5)


def rib_split(n):
    """(back part, front part) centre lines; the split is at the lateral-most point"""
    pts, k = rib_points(n)
    if k is None:
        return pts, None
    return pts[:k + 1], pts[k:]


def nearest(poly, p):
    best, bi = None, 0
    for i, q in enumerate(poly):
        d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2
        if best is None or d < best:
            best, bi = d, i
    return bi


_FRONT = {}


def front_unit(n):
    """the front of rib n and its cartilage as one smooth curve (patient's left):
    returns (bony front part, cartilage) as dense polylines meeting at the junction"""
    if n in _FRONT:
        return _FRONT[n]
    pts, k = rib_points(n)
    Lp = pts[k]
    J = JUNCTION[n]
    ly = Lp[1]
    W = Lp[0]
    if n == 1:
        F = (W - 5, ly + 12)
    else:
        F = (W - 0.3 * (W - J[0]), ly + 0.7 * (J[1] - ly))
    if n <= 7:
        S = STERNAL_END[n]
        inner = {1: [], 2: [lerp(J, S, 0.5)], 3: [(J[0] - 22, J[1] - 1.5)],
                 4: [(J[0] - 24, J[1] - 3), (S[0] + 12, S[1] + 1)],
                 5: [(J[0] - 22, J[1] - 3.5), (S[0] + 20, S[1] + 3)],
                 6: [(J[0] - 20, J[1] - 3), (44, S[1] + 10), (S[0] + 10, S[1] + 2)],
                 7: [(J[0] - 18, J[1] - 2), (60, XIPHI_Y + 20), (32, XIPHI_Y + 7)]}[n]
        end = S
    else:
        above = front_unit(n - 1)[1]
        frac = {8: 0.45, 9: 0.42, 10: 0.45}[n]
        i = int(len(above) * frac)
        a, b = above[i - 1], above[i + 1]
        ln = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        nx, ny = -(b[1] - a[1]) / ln, (b[0] - a[0]) / ln
        if ny < 0:
            nx, ny = -nx, -ny
        hw = cartilage_width(n - 1)(1 - frac) / 2.0
        end = (above[i][0] + nx * hw * 0.4, above[i][1] + ny * hw * 0.4)
        inner = [(J[0] - 10, J[1] - 1), lerp((J[0] - 10, J[1] - 1), end, 0.55)]
    ctrl = [pts[k - 1], Lp, F, J] + inner + [end]
    ctrl = [pts[k - 2]] + ctrl
    dense = sample_cr(ctrl, 12)
    i0 = max(0, nearest(dense, Lp) - (6 if n > 1 else 3))
    i1 = nearest(dense, J)
    res = (dense[i0:i1 + 1], dense[i1:])
    _FRONT[n] = res
    return res


def rib_el(center, widths, id, cap0, cap1, n=14):
    """a rib (or another long bone): flat ivory band with a shaded stripe along its lower edge,
    which reads as the rounded lower border. (Flat fills: in librsvg 2.54 a gradient fill costs
    several times as much as the whole shape.)"""
    c = resample(sample_cr(center, 10), n)
    nrm = []
    for i in range(n):
        a, b = c[max(i - 1, 0)], c[min(i + 1, n - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nrm.append((-dy / ln, dx / ln))
    sgn = 1.0 if sum(q[1] for q in nrm) >= 0 else -1.0
    shifted = [(p[0] + sgn * q[0] * widths(i / (n - 1.0)) * 0.24, p[1] + sgn * q[1] * widths(i / (n - 1.0)) * 0.24)
               for i, (p, q) in enumerate(zip(c, nrm))]
    stripe = ribbon(shifted, lambda t: widths(t) * 0.42 * min(1.0, 5 * t, 5 * (1 - t)) + 0.01, n=n, cap0=0.5,
                    cap1=0.5)
    return G(id, None, [P(ribbon(center, widths, n=n, cap0=cap0, cap1=cap1), "bone"), P(stripe, "bone-shade")])


def cartilage_width(n):
    if n <= 7:
        return taper(8.5 + n * 0.35, 7.5 + n * 0.3, 7 + n * 0.25)
    return taper(10, 9, 7)


# --------------------------------------------------------------------------------------------
# Posterior view


def post_vertebra(lv):
    """one vertebra seen from behind: body edges, arch with transverse processes, spinous process"""
    name = lv.name
    y0, h = lv.top, lv.h
    hw = lv.w / 2.0
    tp = lv.tpspan / 2.0
    els = []
    # body, deep to the arch: only its sides show
    body = sym([(hw * 0.93, y0 - 0.2), (hw + 0.8, y0 + 1.2), (hw * 0.94, y0 + h * 0.5),
                (hw + 0.8, y0 + h - 1.2), (hw * 0.93, y0 + h + 0.2)])
    els.append(P(cr_path(body, tension=0.9), "bone-deep"))
    # arch: laminae, articular processes and transverse processes in one outline
    ty = y0 + 0.28 * h
    if name == "l1":
        tw, tilt = 5.5, 0.0
    elif name == "c7":
        tw, tilt = 7.0, 2.0
    else:
        tw = {"t11": 6.5, "t12": 5.5}.get(name, 8.5)
        tilt = 3.5 - 0.3 * NAMES.index(name)
    tip = tp + (1.5 if name in ("t11", "t12") else 0)
    lam = 11.0 + 0.15 * hw
    half = [(3.5, y0 + 1.2), (7.8, y0 - 3.8), (10.8, y0 - 1.2),
            (lam + 1.5, ty - tw / 2.0), (tip * 0.62, ty - tw / 2.0 - tilt * 0.6),
            (tip - 2.5, ty - tw / 2.0 - tilt - 0.6), (tip + 0.8, ty - tilt + 0.2),
            (tip - 2.2, ty + tw / 2.0 - tilt + 0.4), (tip * 0.62, ty + tw / 2.0 - tilt * 0.5),
            (lam + 0.5, ty + tw / 2.0 + 2.5), (lam - 0.5, y0 + 0.7 * h),
            (9.0, y0 + h + 2.5), (6.2, y0 + h + 5.8), (3.8, y0 + h + 3.0)]
    arch = half + [(0.0, y0 + h + 1.0)] + mirror_x(half[::-1]) + [(0.0, y0 + 2.6)]
    els.append(P(cr_path(arch, tension=0.85), "bone"))
    # shading under the transverse processes, and the facets of the superior articular processes
    shade, lines = [], []
    for s in (1, -1):
        sh = [(s * (lam - 1), ty + tw / 2.0 + 1), (s * tip * 0.6, ty + tw / 2.0 - tilt * 0.5 - 0.8),
              (s * (tip - 2.5), ty + tw / 2.0 - tilt - 0.3), (s * tip * 0.62, ty + tw / 2.0 - tilt * 0.5 + 0.9),
              (s * (lam + 0.2), ty + tw / 2.0 + 2.8)]
        shade.append(cr_path(sh))
        lines.append(cr_path([(s * 5.2, y0 - 0.6), (s * 7.7, y0 - 3.0), (s * 9.8, y0 - 0.8)], False))
    els.append(P("".join(shade), "bone-shade"))
    # spinous process: down to the level of the next vertebra's transverse process
    nl = nxt(name)
    if name == "c7":
        tip_y = y0 + h + 9
    elif nl is None:
        tip_y = y0 + h + 6
    else:
        tip_y = nl.top + 0.28 * nl.h + (3 if name in ("t5", "t6", "t7", "t8") else 0)
        if name in ("t11", "t12"):
            tip_y = y0 + h + 6
    root = y0 + 0.42 * h
    sw = 4.6 if name not in ("t12", "l1") else 6.0
    if name == "l1":
        sw = 8
    mid = (root + tip_y) / 2.0
    half = [(sw, root), (sw * 0.58, mid), (sw * 0.85, tip_y - 3.8), (sw * 0.6, tip_y - 0.3)]
    sp = half + [(0.0, tip_y + 1.2)] + mirror_x(half[::-1]) + [(0.0, root - 2.5)]
    els.append(P("".join(lines), "bone-line"))
    els.append(P(cr_path(sp, tension=0.85), "bone"))
    els.append(P(cr_path([(sw * 0.2, root + 2), (sw * 0.12, mid), (sw * 0.25, tip_y - 2)], False),
                 "bone-line"))
    return G("vertebra-" + name, None, els)


def post_disc(lv):
    nl = nxt(lv.name)
    y0, y1 = lv.bot - 0.6, nl.top + 0.6
    hw = (lv.w + nl.w) / 4.0
    half = [(hw - 0.5, y0), (hw + 1.6, (y0 + y1) / 2.0), (hw - 0.5, y1)]
    return P(cr_path(sym(half), tension=0.8), "disc", "disc-%s-%s" % (lv.name, nl.name))


def scapula_outline(s):
    """right-hand scapula in posterior-view coordinates (x > 0 = viewer's right); s mirrors.
    Superior angle at T2, root of the spine at T3, inferior angle at T7-T8, medial border ~5 cm
    from the midline (measurements.md 4)"""
    sup_y = LV["t2"].top + 1
    root_y = LV["t3"].top + 6
    inf_y = LV["t8"].top - 2
    body = [(56, sup_y + 1), (62, sup_y - 2), (80, sup_y + 3), (100, sup_y + 9), (108, sup_y + 13),
            (116, sup_y + 12), (134, sup_y + 17), (146, sup_y + 21), (153, sup_y + 30), (151, sup_y + 46),
            (142, sup_y + 53), (124, sup_y + 84), (104, inf_y - 32), (88, inf_y - 6), (80, inf_y),
            (73, inf_y - 8), (64, inf_y - 40), (56, root_y + 36), (51, root_y + 8), (51, root_y - 6)]
    spine = [(50.5, root_y + 5), (51, root_y - 2), (58, root_y - 3.5), (80, root_y - 6), (104, root_y - 9.5),
             (128, root_y - 15), (146, root_y - 23), (162, root_y - 29), (176, root_y - 29), (183, root_y - 23),
             (181, root_y - 13), (168, root_y - 9), (150, root_y - 9), (134, root_y - 6), (110, root_y - 2),
             (84, root_y + 1.5), (62, root_y + 4), (54, root_y + 8)]
    glenoid = [(148, sup_y + 22), (154, sup_y + 27), (155, sup_y + 40), (150, sup_y + 47), (146, sup_y + 36)]
    infra = [(58, root_y + 10), (84, root_y + 8), (116, root_y + 4), (140, root_y + 2), (138, root_y + 16),
             (120, root_y + 44), (100, inf_y - 36), (84, inf_y - 14), (70, inf_y - 30), (60, root_y + 40)]
    supra = [(60, root_y - 9), (90, root_y - 13), (118, root_y - 19), (112, sup_y + 12), (82, sup_y + 5),
             (62, sup_y + 4)]
    if s == 0:
        return body, spine, glenoid, sup_y
    m = lambda ps: [(s * x, y) for x, y in ps]
    return G("scapula-" + ("right" if s > 0 else "left"), None, [
        P(cr_path(m(body), tension=0.9), "scapula"),
        P(cr_path(m(infra)), "bone-shade"),
        P(cr_path(m(supra)), "bone-shade"),
        P(cr_path(m(glenoid)), "bone-deep"),
        P(cr_path(m(spine), tension=0.9), "bone"),
        P(cr_path(m([(60, root_y + 1), (100, root_y - 5), (140, root_y - 13), (160, root_y - 22),
                     (178, root_y - 25)]), False), "bone-line"),
    ])


def arm_pts(s):
    """an arm hanging a little away from the trunk (x > 0 side; s mirrors)"""
    pts = [(176, 16), (204, 18), (226, 40), (237, 80), (240, 140), (244, 220), (250, 300), (256, 380),
           (260, 470), (262, 540), (212, 540), (210, 470), (206, 380), (202, 300), (197, 220), (190, 150),
           (182, 110), (170, 90), (168, 50)]
    return [(s * x, y) for x, y in pts]


def trunk_pts():
    half = [(48, -215), (48, -140), (50, -100), (53, -78), (78, -52), (126, -34), (168, -20), (200, -6),
            (219, 18), (222, 42), (200, 78), (181, 96), (170, 150), (160, 220), (150, 290), (150, 340),
            (163, 400), (174, 470), (178, 540)]
    return [(x, y) for x, y in half] + [(-x, y) for x, y in reversed(half)]


def silhouette_posterior():
    return [P(cr_path(arm_pts(1), tension=0.8), "context"),
            P(cr_path(arm_pts(-1), tension=0.8), "context"),
            P(cr_path(trunk_pts(), tension=0.8), "context")]


def posterior():
    X = lambda p: (-p[0], p[1])           # patient's left on the viewer's left
    ctx = silhouette_posterior()
    # iliac crests and the top of the sacrum, for orientation
    ctx.append(P("".join(cr_path([(s * 40, 440), (s * 62, 410), (s * 104, 392), (s * 140, 404), (s * 152, 424)], False)
                         for s in (1, -1)),
                 "context-line"))
    organs = []
    # lungs from behind: apex above rib 1, lower border near T10 spinous process
    for s, side in ((1, "left"), (-1, "right")):
        lung = [(30, -14), (44, -22), (62, -4), (96, 30), (122, 72), (138, 120), (145, 170),
                (144, 205), (136, 220), (110, 222), (72, 228), (40, 236), (24, 226), (22, 150),
                (22, 60), (24, 10)]
        if side == "right":
            lung = [(x, y - 6) for x, y in lung]
        organs.append(P(cr_path([X((s * x, y)) for x, y in lung], tension=0.9), "organ organ-lung",
                        "organ-lung-" + side))
    aorta = [(10, 55), (16, 90), (18, 150), (16, 220), (12, 280), (10, 330), (9, 400)]
    organs.append(P(ribbon([X(p) for p in aorta], taper(24, 22, 21, 19), n=12), "organ organ-vessel",
                    "organ-aorta"))
    for s, side, dy in ((1, "left", 0), (-1, "right", 25)):
        k = [(48, 240), (64, 232), (86, 236), (102, 254), (110, 290), (106, 330), (94, 358),
             (78, 366), (62, 356), (54, 330), (58, 310), (52, 296), (44, 270), (42, 250)]
        organs.append(P(cr_path([X((s * x, y + dy)) for x, y in k], tension=0.9), "organ organ-kidney",
                        "organ-kidney-" + side))
    discs = [post_disc(lv) for lv in LEVELS[:-1]]
    bones = []
    for n in range(12, 0, -1):
        for side, s in (("left", 1), ("right", -1)):
            back, front = rib_split(n)
            c = [X((s * x, y)) for x, y in back]
            bones.append(rib_el(c, rib_width(n), "rib-%s-%d" % (side, n), 0.5, 0.55 if front else 0.8))
    for lv in reversed(LEVELS):
        bones.append(post_vertebra(lv))
    bones.append(scapula_outline(-1))   # patient's left: viewer's left
    bones.append(scapula_outline(1))
    muscles = posterior_muscles()
    derm = posterior_dermatomes()
    zones = posterior_zones()
    referred = posterior_referred()
    return document((-265, -140, 530, 595), [
        ("context", ctx), ("organs", organs), ("discs", discs), ("bones", bones),
        ("muscles", muscles), ("dermatomes", derm), ("zones", zones), ("referred", referred)],
        "posterior view of the thoracic spine and rib cage")


def posterior_muscles():
    els = []
    root_y = LV["t3"].top + 6
    inf_y = LV["t8"].top - 2
    for s, side in ((-1, "left"), (1, "right")):
        es = [(8, -110), (22, -110), (30, -40), (44, 60), (58, 170), (64, 260), (66, 330), (58, 400),
              (38, 440), (10, 440), (8, 300), (9, 150), (7, 20)]
        fib = "".join(cr_path([(s * x, y0), (s * (x + 8), y0 + 120)], False)
                      for x, y0 in ((14, -60), (24, 60), (30, 200), (24, 300)))
        els.append(G("erector-spinae-" + side, None, [
            P(cr_path([(s * x, y) for x, y in es], tension=0.9), "muscle"),
            P(fib, "muscle-fibre")]))
    for s, side in ((-1, "left"), (1, "right")):
        rmin = [(2, LV["c7"].top + 2), (50, root_y - 12), (51, root_y + 6), (2, LV["t1"].bot + 3)]
        els.append(P(cr_path([(s * x, y) for x, y in rmin], tension=0.4), "muscle",
                     "rhomboid-minor-" + side))
        rmaj = [(2, LV["t2"].top), (52, root_y + 9), (74, inf_y - 4), (2, LV["t5"].bot + 4)]
        els.append(P(cr_path([(s * x, y) for x, y in rmaj], tension=0.4), "muscle",
                     "rhomboid-major-" + side))
    half = [(0, -175), (22, -175), (30, -130), (44, -80), (90, -48), (150, -28), (182, -16),
            (178, -4), (150, root_y - 26), (100, root_y - 10), (56, root_y + 2), (44, 120),
            (26, 220), (0, LV["t12"].bot + 4)]
    trap = half + [(-x, y) for x, y in reversed(half[1:-1])]
    fib = []
    for x0, y0, x1, y1 in ((4, -120, 60, -50), (4, -40, 140, -24), (4, 10, 110, root_y - 16),
                           (4, 80, 60, root_y + 8), (4, 160, 46, 100)):
        for s in (1, -1):
            fib.append(cr_path([(s * x0, y0), (s * x1, y1)], False))
    els.append(G("trapezius", None, [P(cr_path(trap, tension=0.85), "muscle"),
                                     P("".join(fib), "muscle-fibre")]))
    return els


def band_path(y_top_mid, y_bot_mid, drop_top, drop_bot, xmax_fn, x_in=0.0):
    """a dermatome band across both sides: top and bottom borders run down from the midline"""
    def border(ymid, drop, sgn):
        pts = []
        for i in range(7):
            t = i / 6.0
            x = sgn * (x_in + (xmax_fn(ymid + drop * t) - x_in) * t)
            pts.append((x, ymid + drop * t * t * (1.4 - 0.4 * t)))
        return pts
    right_top = border(y_top_mid, drop_top, 1)
    right_bot = border(y_bot_mid, drop_bot, 1)
    left_top = border(y_top_mid, drop_top, -1)
    left_bot = border(y_bot_mid, drop_bot, -1)
    poly = left_top[::-1] + right_top[1:] + right_bot[::-1] + left_bot[1:]
    return poly


def torso_half_width(y):
    table = [(-60, 60), (-20, 150), (40, 170), (100, 168), (160, 160), (220, 150), (300, 142),
             (350, 148), (420, 165), (460, 170)]
    for (y0, w0), (y1, w1) in zip(table, table[1:]):
        if y <= y1:
            t = max(0.0, (y - y0) / (y1 - y0))
            return w0 + (w1 - w0) * t
    return table[-1][1]


def posterior_dermatomes():
    els = []
    for k in range(1, 13):
        lv = LV["t%d" % k]
        top = lv.top + 3
        bot = nxt(lv.name).top + 3
        if k == 1:
            top = LV["c7"].bot + 2
        drop = 8 + 3.2 * k
        drop2 = 8 + 3.2 * (k + 1)
        wfn = (lambda y: min(torso_half_width(y) - 6, 70 + 12 * k)) if k <= 2 else \
            (lambda y: torso_half_width(y) - 6)
        poly = band_path(top, bot, drop, drop2, wfn)
        els.append(P(cr_path(poly, tension=0.6), "dermatome dermatome-%d" % k, "dermatome-t%d" % k))
    return els


def rounded(cx, cy, rx, ry, sq=0.75):
    """a soft rounded rectangle (superellipse-like) through 12 points"""
    pts = []
    for i in range(12):
        a = 2 * math.pi * i / 12
        c, s = math.cos(a), math.sin(a)
        x = math.copysign(abs(c) ** sq, c) * rx
        y = math.copysign(abs(s) ** sq, s) * ry
        pts.append((cx + x, cy + y))
    return pts


def posterior_zones():
    X = lambda p: (-p[0], p[1])
    els = []
    els.append(P(cr_path([(0, -150), (28, -150), (40, -100), (50, -40), (52, -8), (0, -4), (-52, -8),
                          (-50, -40), (-40, -100), (-28, -150)], tension=0.7), "zone", "zone-neck"))
    els.append(P(cr_path(rounded(0, 82, 46, 78)), "zone", "zone-between-shoulder-blades"))
    els.append(P(cr_path(rounded(0, 226, 52, 58)), "zone", "zone-mid-back"))
    for s, side in ((1, "left"), (-1, "right")):
        band = [(60, 176), (100, 168), (140, 178), (158, 196), (158, 240), (140, 262), (100, 252),
                (62, 248), (56, 212)]
        els.append(P(cr_path([X((s * x, y)) for x, y in band], tension=0.8), "zone", "zone-band-" + side))
    els.append(P(cr_path(rounded(0, 352, 118, 60)), "zone", "zone-lower-back"))
    return els


def posterior_referred():
    X = lambda p: (-p[0], p[1])
    els = []
    els.append(P(cr_path(rounded(0, -50, 34, 40)), "referred", "referred-neck"))
    els.append(P(cr_path(rounded(0, 80, 40, 62)), "referred", "referred-between-shoulder-blades"))
    inf_y = LV["t8"].top - 2
    els.append(P(ellipse(X((-82, 0))[0], inf_y - 4, 24, 20, n=8), "referred",
                 "referred-right-shoulder-blade-tip"))
    els.append(P(cr_path(rounded(0, 225, 42, 52)), "referred", "referred-mid-back"))
    for s, side in ((1, "left"), (-1, "right")):
        fl = [(66, 292), (110, 284), (140, 300), (146, 340), (120, 372), (80, 370), (62, 336)]
        els.append(P(cr_path([X((s * x, y)) for x, y in fl]), "referred", "referred-flank-" + side))
        back, front = rib_split(9)
        c = [X((s * x, y + 4)) for x, y in back] + [X((s * (RIB_W[9] + 4), back[-1][1] + 30))]
        c[0] = X((s * 6, c[0][1]))
        els.append(P(ribbon(c, const(18), n=14, cap0=0.3, cap1=0.5), "referred", "referred-band-" + side))
    return els


# --------------------------------------------------------------------------------------------
# Anterior view


def silhouette_anterior():
    head = [(-80, -215), (80, -215), (74, -160), (64, -126), (40, -100), (16, -88), (0, -86), (-16, -88),
            (-40, -100), (-64, -126), (-74, -160)]
    return [P(cr_path(arm_pts(1), tension=0.8), "context"),
            P(cr_path(arm_pts(-1), tension=0.8), "context"),
            P(cr_path(trunk_pts(), tension=0.8), "context"),
            P(cr_path(head, tension=0.8), "context"),
            P(cr_path([(-10, -126), (0, -122), (10, -126)], False), "context-line"),
            P(cr_path([(-54, -66), (-30, -44), (-20, -10)], False) + cr_path([(54, -66), (30, -44), (20, -10)], False),
              "context-line")]


def anterior():
    ctx = silhouette_anterior() + [
           P("".join(cr_path([(s * 150, 418), (s * 144, 400), (s * 128, 408), (s * 118, 440), (s * 114, 468)], False)
                     for s in (1, -1)), "context-line"),
           P(cr_path([(-12, UMBILICUS_Y - 3), (0, UMBILICUS_Y + 4), (12, UMBILICUS_Y - 3)], False),
             "context-line"),
           P(ellipse(0, UMBILICUS_Y, 4, 3, n=6), "context-line")]
    # quiet context behind the cage, each kind merged into one path (these shapes are not
    # interactive, and fewer elements render faster): the spine seen from the front, the
    # scapulae with their coracoid processes and acromions at the shoulder, and the back halves
    # of the ribs seen through the cage
    far = []
    for lv in LEVELS:
        hw = lv.w / 2.0
        far.append(cr_path(sym([(hw * 0.92, lv.top), (hw + 0.8, lv.top + 1.5), (hw * 0.9, lv.top + lv.h / 2),
                                (hw + 0.8, lv.bot - 1.5), (hw * 0.92, lv.bot)]), tension=0.9))
    ctx.append(P("".join(far), "bone-far"))
    body, spine, glenoid, sup_y = scapula_outline(0)
    far = []
    for s in (1, -1):
        m = lambda ps: [(s * x, y) for x, y in ps]
        cor = [(112, sup_y + 14), (118, sup_y + 4), (130, sup_y + 1), (140, sup_y + 6), (138, sup_y + 11),
               (128, sup_y + 9), (122, sup_y + 17)]
        far.append(cr_path(m(body), tension=0.9) + cr_path(m(spine), tension=0.9) + cr_path(m(glenoid)) +
                   cr_path(m(cor), tension=0.9))
    ctx.append(P("".join(far), "bone-far"))
    far = []
    for n in range(1, 11):
        back, front = rib_split(n)
        for s in (1, -1):
            far.append(ribbon([(s * x, y) for x, y in back], rib_width(n), n=12, cap0=0.5, cap1=0))
    ctx.append(P("".join(far), "bone-far"))
    organs = anterior_organs()
    bones = []
    for n in (12, 11):
        for side, s in (("left", 1), ("right", -1)):
            back, _ = rib_split(n)
            bones.append(rib_el([(s * x, y) for x, y in back], rib_width(n), "rib-%s-%d" % (side, n), 0.5, 0.8))
    for n in range(10, 0, -1):
        for side, s in (("left", 1), ("right", -1)):
            front = front_unit(n)[0]
            c = [(s * x, y) for x, y in front]
            w = rib_width(n)
            bones.append(rib_el(c, lambda t, w=w: w(0.75 + 0.25 * t) * (0.92 + 0.12 * t), "rib-%s-%d" % (side, n),
                                0.45, 0.15))
    bones += sternum()
    for side, s in (("left", 1), ("right", -1)):
        bones.append(clavicle(s, side))
    cart = []
    for n in range(10, 0, -1):
        for side, s in (("left", 1), ("right", -1)):
            c = [(s * x, y) for x, y in front_unit(n)[1]]
            cart.append(P(ribbon(c, cartilage_width(n), n=12, cap0=0.1, cap1=0.2 if n <= 7 else 0.5),
                          "cartilage", "costal-cartilage-%s-%d" % (side, n)))
    derm = anterior_dermatomes()
    zones = [P(cr_path(rounded(0, 140, 118, 92, 0.7)), "zone", "zone-chest-front")]
    referred = anterior_referred()
    return document((-280, -175, 560, 710), [
        ("context", ctx), ("organs", organs), ("bones", bones), ("cartilage", cart),
        ("dermatomes", derm), ("zones", zones), ("referred", referred)],
        "anterior view of the rib cage, sternum and chest organs")


def sternum():
    man = [(0, JUGULAR_Y + 3), (7, JUGULAR_Y + 0.5), (14, JUGULAR_Y - 1.5), (22, JUGULAR_Y - 1),
           (28, JUGULAR_Y + 5), (27, JUGULAR_Y + 13), (21, JUGULAR_Y + 24), (16.5, ANGLE_Y - 6),
           (15.5, ANGLE_Y - 0.8)]
    manu = sym(man)
    body = [(15, ANGLE_Y + 0.8), (15.5, disc_y("t5")), (17, disc_y("t6")), (17.5, disc_y("t7")),
            (15.5, disc_y("t8")), (11.5, XIPHI_Y - 0.8)]
    bod = body + [(-x, y) for x, y in reversed(body)]
    xi = [(9, XIPHI_Y + 0.8), (8, XIPHI_Y + 12), (5, XIPHI_Y + 24), (1.5, XIPHOID_TIP_Y)]
    xip = xi + [(0, XIPHOID_TIP_Y + 1)] + [(-x, y) for x, y in reversed(xi)]
    lines = "".join(cr_path([(-12, y), (12, y)], False) for y in
                    (disc_y("t5") + 0.5 * (disc_y("t6") - disc_y("t5")),
                     disc_y("t6") + 0.5 * (disc_y("t7") - disc_y("t6")),
                     disc_y("t7") + 0.5 * (disc_y("t8") - disc_y("t7"))))
    return [
        G("sternum-manubrium", None, [P(cr_path(manu, tension=0.8), "bone"),
                                      P(cr_path([(-12, ANGLE_Y - 2), (0, ANGLE_Y - 1), (12, ANGLE_Y - 2)], False),
                                        "bone-line")]),
        G("sternum-body", None, [P(cr_path(bod, tension=0.8), "bone"), P(lines, "bone-line")]),
        P(cr_path(xip, tension=0.8), "bone", "xiphoid-process"),
    ]


def clavicle(s, side):
    c = [(20, JUGULAR_Y - 1), (48, JUGULAR_Y - 5), (90, JUGULAR_Y - 6), (130, JUGULAR_Y - 14),
         (160, JUGULAR_Y - 26), (176, JUGULAR_Y - 30)]
    return rib_el([(s * x, y) for x, y in c], taper(17, 13, 11, 10.5, 12, 14), "clavicle-" + side, 0.7, 0.6)


def anterior_organs():
    els = []
    # trachea and main bronchi (context inside the organ layer)
    tr = "".join([ribbon([(0, -80), (0, 20), (1, 70), (2, disc_y("t4") + 4)], const(17), n=8, cap0=0, cap1=0),
                  ribbon([(2, disc_y("t4") + 4), (-14, disc_y("t4") + 20), (-28, disc_y("t5") + 22)],
                         const(12), n=6, cap0=0, cap1=0.5),
                  ribbon([(2, disc_y("t4") + 4), (20, disc_y("t4") + 22), (38, disc_y("t5") + 30)],
                         const(11), n=6, cap0=0, cap1=0.5)])
    els.append(P(tr, "organ organ-airway"))
    oes = [(-3, -80), (-2, 40), (0, 120), (6, 190), (16, XIPHI_Y + 20), (26, XIPHI_Y + 40)]
    els.append(P(ribbon(oes, const(15), n=14, cap0=0, cap1=0.3), "organ organ-gut", "organ-oesophagus"))
    aorta = G("organ-aorta", None, [
        P(ribbon([(8, 122), (2, 80), (6, 60), (22, 54), (30, 72), (24, 110), (20, 180), (16, 260),
                  (12, 320)], taper(28, 26, 24, 22, 21, 20, 19), n=22, cap0=0.2, cap1=0.6),
          "organ organ-vessel"),
        P(ribbon([(4, 58), (-8, 30), (-16, 0)], taper(12, 10), n=6, cap0=0, cap1=0.2), "organ organ-vessel"),
        P(ribbon([(14, 54), (16, 20), (18, -10)], taper(9, 8), n=6, cap0=0, cap1=0.2), "organ organ-vessel"),
        P(ribbon([(25, 58), (36, 30), (52, 12)], taper(10, 9), n=6, cap0=0, cap1=0.2), "organ organ-vessel"),
    ])
    els.append(aorta)
    # lungs: apex 25 mm above the medial clavicle; lower border rib 6 at the midclavicular line,
    # rib 8 in the midaxillary line
    rl = [(-44, 10), (-62, 14), (-90, 42), (-114, 80), (-130, 120), (-138, 165), (-141, 205),
          (-136, 228), (-118, 222), (-96, 210), (-72, 200), (-44, 192), (-10, 186), (-4, 150), (-4, 90),
          (-10, 50), (-26, 18)]
    ll = [(44, 12), (62, 16), (90, 44), (114, 82), (130, 122), (138, 168), (141, 210), (136, 234),
          (118, 228), (96, 216), (74, 206), (58, 196), (54, 178), (58, 160), (36, 140), (8, 128),
          (4, 90), (10, 50), (26, 20)]
    els.append(G("organ-lung-right", None, [
        P(cr_path(rl, tension=0.9), "organ organ-lung"),
        P(cr_path([(-6, 128), (-60, 130), (-120, 138)], False) + cr_path([(-136, 148), (-110, 170),
                                                                          (-80, 196)], False),
          "organ-line")]))
    els.append(G("organ-lung-left", None, [
        P(cr_path(ll, tension=0.9), "organ organ-lung"),
        P(cr_path([(134, 120), (112, 160), (84, 204)], False), "organ-line")]))
    heart = [(-15, 96), (0, 92), (18, 86), (34, 90), (52, 106), (74, 130), (90, 160), (92, 176),
             (80, 182), (50, 188), (14, 192), (-18, 186), (-34, 168), (-38, 142), (-30, 112)]
    els.append(G("organ-heart", None, [
        P(cr_path(heart, tension=0.9), "organ organ-heart"),
        P(cr_path([(6, 96), (22, 120), (40, 150), (60, 182)], False), "organ-line")]))
    liver = [(-20, 196), (-60, 178), (-100, 172), (-128, 186), (-142, 220), (-144, 270), (-138, 318),
             (-118, 318), (-88, 296), (-50, 282), (-10, 270), (30, 256), (68, 232), (84, 214), (60, 204),
             (20, 200)]
    els.append(P(cr_path(liver, tension=0.9), "organ organ-liver", "organ-liver"))
    gb = [(-92, 302), (-86, 296), (-76, 270), (-68, 262), (-74, 258), (-86, 268), (-100, 292)]
    els.append(P(cr_path(gb, tension=0.9), "organ organ-gallbladder", "organ-gallbladder"))
    pan = [(-34, 338), (-24, 320), (0, 310), (40, 300), (80, 286), (110, 272)]
    els.append(P(ribbon(pan, taper(30, 20, 18, 15, 11), n=12, cap0=0.8, cap1=0.8), "organ organ-pancreas",
                 "organ-pancreas"))
    st = [(24, 236), (40, 212), (66, 190), (96, 192), (118, 214), (124, 250), (116, 296), (96, 336),
          (60, 356), (20, 344), (-6, 318), (-22, 306), (-24, 292), (-4, 296), (22, 308), (44, 304),
          (54, 284), (46, 256), (34, 240)]
    els.append(P(cr_path(st, tension=0.9), "organ organ-gut", "organ-stomach"))
    return els


def anterior_dermatomes():
    els = []
    # front key points (ISNCSCI), band centres at the midclavicular line
    rib_y = {}
    for n in (2, 3, 4, 5, 6):
        rib_y[n] = JUNCTION[n][1]
    xs = XIPHI_Y
    centres = {2: JUGULAR_Y + 24, 3: (rib_y[3] + rib_y[4]) / 2 + 4, 4: (rib_y[4] + rib_y[5]) / 2 + 6,
               6: xs + 4, 10: UMBILICUS_Y, 12: UMBILICUS_Y + 100}
    centres[5] = (centres[4] + centres[6]) / 2
    for k in (7, 8, 9):
        centres[k] = xs + (UMBILICUS_Y - xs) * (k - 6) / 4.0
    centres[11] = (centres[10] + centres[12]) / 2
    bounds = {}
    for k in range(2, 12):
        bounds[k + 1] = (centres[k] + centres[k + 1]) / 2
    bounds[2] = JUGULAR_Y + 6
    bounds[13] = centres[12] + 26
    for k in range(2, 13):
        top, bot = bounds[k], bounds[k + 1]
        rise = 16 + 5 * k
        rise2 = 16 + 5 * (k + 1)
        wfn = lambda y: torso_half_width(y) - 4
        poly = band_path(top, bot, -rise, -rise2, wfn)
        els.append(P(cr_path(poly, tension=0.6), "dermatome dermatome-%d" % k, "dermatome-t%d" % k))
    # T1 lies on the inner side of the arm and forearm
    arm = []
    for s in (1, -1):
        strip = [(s * 188, 120), (s * 196, 200), (s * 210, 300), (s * 222, 400), (s * 236, 444),
                 (s * 228, 446), (s * 212, 400), (s * 200, 300), (s * 186, 200), (s * 180, 124)]
        arm.append(cr_path(strip, tension=0.8))
    els.insert(0, P("".join(arm), "dermatome dermatome-1", "dermatome-t1"))
    return els


def anterior_referred():
    els = []
    els.append(P(cr_path(rounded(0, 140, 34, 56)), "referred", "referred-chest-centre"))
    arm = [(190, 60), (212, 90), (222, 160), (234, 250), (248, 360), (254, 440), (238, 442), (226, 360),
           (212, 250), (200, 170), (186, 110)]
    els.append(P(cr_path(arm, tension=0.8), "referred", "referred-left-arm"))
    jaw = [(-54, -150), (-40, -112), (-18, -96), (0, -94), (18, -96), (40, -112), (54, -150), (62, -146),
           (50, -104), (22, -84), (0, -80), (-22, -84), (-50, -104), (-62, -146)]
    els.append(P(cr_path(jaw, tension=0.8), "referred", "referred-jaw"))
    els.append(P(cr_path(rounded(0, -40, 30, 30)), "referred", "referred-neck"))
    ur = [(-30, 268), (-70, 284), (-112, 312), (-140, 330), (-132, 356), (-96, 346), (-52, 316), (-26, 292)]
    els.append(P(cr_path(ur, tension=0.8), "referred", "referred-under-right-ribs"))
    els.append(P(cr_path(rounded(0, XIPHOID_TIP_Y + 40, 46, 38)), "referred", "referred-upper-belly"))
    for s, side in ((1, "left"), (-1, "right")):
        c = [(s * x, y) for x, y in front_unit(6)[0] + front_unit(6)[1][1:]]
        els.append(P(ribbon(c, const(18), n=14, cap0=0.4, cap1=0.4), "referred", "referred-band-" + side))
        fl = [(146, 300), (160, 306), (162, 360), (150, 390), (136, 370), (136, 330)]
        els.append(P(cr_path([(s * x, y) for x, y in fl]), "referred", "referred-flank-" + side))
    return els


# --------------------------------------------------------------------------------------------
# Lateral view: left side, anterior to the viewer's LEFT, posterior to the right. Each vertebra
# has a frame: origin at the posterior-superior corner of its body, u = forwards->backwards
# along the upper end plate, v = down along the posterior wall.

KYPHOSIS = 44.0


def lateral_frames():
    """returns {name: (origin, angle)}; angle = tilt of the down axis towards posterior (radians).
    The bend per segment is largest mid-thoracic (apex T6-T7) and flatter at T1 and T12; the sum
    over T1-T12 is the 44 degree Cobb angle. The frames are then turned so that the T1-T12
    chord is vertical (the usual standing alignment)."""
    wts = []
    for i, nm in enumerate(NAMES):
        t = (i - 6.5) / 6.0
        wts.append(max(0.25, 1.0 - 0.55 * t * t))
    tot = sum(wts[1:13])
    bends = [KYPHOSIS * w / tot for w in wts]
    ang = 0.0
    frames = []
    p = (0.0, 0.0)
    for i, lv in enumerate(LEVELS):
        frames.append((p, ang))
        b = math.radians(bends[i])
        a_mid = ang - b / 2.0
        step = lv.hp + lv.disc
        p = (p[0] + math.sin(a_mid) * step, p[1] + math.cos(a_mid) * step)
        ang -= b
    fr = dict(zip(NAMES, frames))
    t1 = fr["t1"][0]
    t12 = lat_to_world(fr["t12"], 0, LV["t12"].hp)
    phi = math.atan2(t12[0] - t1[0], t12[1] - t1[1])
    c, s_ = math.cos(phi), math.sin(phi)
    out = {}
    for nm, ((x, y), a) in fr.items():
        dx, dy = x - t1[0], y - t1[1]
        # rotate by -phi about T1, then put the T1 corner at (0, 0)
        out[nm] = ((dx * c - dy * s_, dx * s_ + dy * c), a - phi)
    return out


def lat_to_world(frame, u, v):
    (ox, oy), a = frame
    dx, dy = math.sin(a), math.cos(a)      # down the posterior wall
    ux, uy = dy, -dx                       # posterior (to the right when the axis is vertical)
    return (ox + ux * u + dx * v, oy + uy * u + dy * v)


def lateral():
    fr = lateral_frames()
    W = lambda nm, u, v: lat_to_world(fr[nm], u, v)
    ctx, bones, discs, nerves, conds = [], [], [], [], []
    # the canal, seen through the foramina
    back_pts, front_pts = [], []
    for lv in LEVELS:
        for v in (0, lv.hp / 2, lv.hp, lv.hp + lv.disc / 2):
            back_pts.append(W(lv.name, lv.scd + 2, v))
            front_pts.append(W(lv.name, 0.3, v))
    top_b = (back_pts[0][0] - 6, back_pts[0][1] - 40)
    top_f = (front_pts[0][0] - 6, front_pts[0][1] - 40)
    canal = resample(front_pts, 16) + resample(back_pts[::-1], 16)
    ctx.append(P(cr_path(canal, tension=0.6), "canal"))
    verts = []
    for i, lv in enumerate(LEVELS):
        nm = lv.name
        d, hp, ha, disc = lv.d, lv.hp, lv.ha, lv.disc
        mb = (ha + hp) / 2
        body = [W(nm, -1.2, -0.2), W(nm, -d * 0.5, -0.5), W(nm, -d + 1.6, -0.3), W(nm, -d - 0.4, 1.3),
                W(nm, -d + 1.0, ha * 0.5), W(nm, -d - 0.4, ha - 1.3), W(nm, -d + 1.6, ha + 0.3),
                W(nm, -d * 0.5, mb + 0.5), W(nm, -1.2, hp + 0.2), W(nm, 0.2, hp - 1.4), W(nm, 0.6, hp * 0.5),
                W(nm, 0.2, 1.4)]
        pdh = min(lv.pdh, hp * 0.62)
        lam = lv.scd + 2.0
        sa = math.radians(lv.spang)
        dr = (math.cos(sa), math.sin(sa))
        nr = (-dr[1], dr[0])
        L = lv.splen * 0.78
        base = (lam + 1.0, hp * 0.4)
        tip = (base[0] + dr[0] * L, base[1] + dr[1] * L)
        w = 7.0 if nm != "l1" else 11.0
        tw = 2.4 if nm != "l1" else 4.5
        q = lambda p0, a, b: (p0[0] + dr[0] * a + nr[0] * b, p0[1] + dr[1] * a + nr[1] * b)
        post = [(0.3, 1.0), (5.0, 0.4), (8.2, -1.5), (9.4, -6.2), (11.4, -7.6), (13.4, -4.4), (14.2, -1.2),
                (lam - 1, -0.6), (lam + 2, 0.2),
                q(base, L * 0.45, -w * 0.42), q(tip, -3.5, -tw), q(tip, 1.2, 0), q(tip, -3.5, tw * 1.05),
                q(base, L * 0.4, w * 0.4), (lam, hp * 0.92),
                (lam + 1.0, hp + disc + 1.8), (lam - 1.7, hp + disc + 6.2), (lam - 4.3, hp + disc + 1.5),
                (lam - 5.1, hp - 1.5), (9.5, hp - 3.5), (6.0, pdh + 2.0), (1.6, pdh + 1.8), (0.3, pdh)]
        if nm == "l1":
            post[9:14] = [q(base, L * 0.5, -w * 0.5), q(tip, -2, -tw), q(tip, 1.5, 0), q(tip, -2, tw),
                          q(base, L * 0.5, w * 0.5)]
        g = [P(cr_path([W(nm, u, v) for u, v in post], tension=0.85), "bone"),
             P(cr_path([W(nm, 1.0, pdh + 1.2), W(nm, 6.0, pdh + 1.6), W(nm, 9.5, hp - 4), W(nm, lam - 5.3, hp - 2),
                        W(nm, lam - 3, hp * 0.7), W(nm, 7, pdh * 0.7)]), "bone-shade"),
             P(cr_path([W(nm, *q(base, 3, 0)), W(nm, *q(base, L * 0.55, 0.5)), W(nm, *q(tip, -4, 0.3))], False),
               "bone-line"),
             P(cr_path(body, tension=0.9), "bone"),
             P(cr_path([W(nm, -d + 1.4, 1.2), W(nm, -d + 4.5, ha * 0.5), W(nm, -d + 1.4, ha - 1.2),
                        W(nm, -d + 0.9, ha * 0.5)]), "bone-shade"),
             P(cr_path([W(nm, -d + 3, ha * 0.3), W(nm, -d * 0.5, hp * 0.36), W(nm, -3, hp * 0.3)], False) +
               cr_path([W(nm, -d + 3, ha * 0.68), W(nm, -d * 0.5, hp * 0.64), W(nm, -3, hp * 0.7)], False),
               "bone-spongy")]
        # transverse process, seen end on, with its facet for the rib tubercle
        tpc = (15.5 + lv.tpspan * 0.02, 2.2)
        g.append(P(ellipse(*W(nm, *tpc), 4.6, 3.8, fr[nm][1] * -1 + 0.5, 8), "bone"))
        if nm not in ("c7", "t11", "t12", "l1"):
            g.append(P(ellipse(*W(nm, tpc[0] - 2.2, tpc[1] + 2.0), 1.8, 1.2, 0.5, 6), "articular"))
            g.append(P(ellipse(*W(nm, -3.6, 2.2), 2.6, 1.4, -fr[nm][1], 6), "bone-deep"))
            if nm not in ("t10",):
                g.append(P(ellipse(*W(nm, -3.6, hp - 1.7), 2.6, 1.3, -fr[nm][1], 6), "bone-deep"))
        elif nm in ("t11", "t12"):
            g.append(P(ellipse(*W(nm, -4.0, hp * 0.42), 3.0, 2.2, -fr[nm][1], 6), "bone-deep"))
        verts.append(G("vertebra-" + nm, None, g))
        nl = nxt(nm)
        if nl is not None:
            a1 = [W(nm, 0.2, hp - 0.5), W(nm, -d * 0.5, mb - 0.6), W(nm, -d + 0.8, ha - 0.4)]
            b1 = [W(nl.name, -nl.d + 0.8, 0.4), W(nl.name, -nl.d * 0.5, 0.6), W(nl.name, 0.2, 0.5)]
            mid_a = lerp(W(nm, -d, ha), W(nl.name, -nl.d, 0), 0.5)
            mid_p = lerp(W(nm, 0, hp), W(nl.name, 0, 0), 0.5)
            ant = lat_to_world((mid_a, fr[nm][1]), -1.4, 0)
            pst = lat_to_world((mid_p, fr[nm][1]), 0.7, 0)
            nuc_c = lerp(W(nm, -d * 0.42, mb), W(nl.name, -nl.d * 0.42, 0), 0.5)
            discs.append(G("disc-%s-%s" % (nm, nl.name), None, [
                P(cr_path(a1 + [ant] + b1 + [pst], tension=0.9), "disc"),
                P(ellipse(nuc_c[0], nuc_c[1], d * 0.2, disc * 0.24, -fr[nm][1], 6), "disc-nucleus")]))
            # facet joint: between the inferior process of this vertebra and the superior one below
            facet = [W(nl.name, 11.6, -7.2), W(nl.name, 13.0, -3.6), W(nl.name, 13.8, 0.2)]
            discs.append(P(ribbon(facet, const(2.2), n=8, cap0=0.8, cap1=0.8), "facet",
                           "facet-%s-%s" % (nm, nl.name)))
    bones = verts[::-1]       # lower first: each spinous process overlaps the one below like a tile
    # spinal cord: follows the canal, ends (conus) at L1
    cord_c = [(top_b[0] * 0.5 + top_f[0] * 0.5 + 2, top_b[1])]
    for lv in LEVELS:
        for v in (0, lv.hp * 0.5, lv.hp + lv.disc * 0.5):
            cord_c.append(W(lv.name, lv.scd * 0.45, v))
    l1 = LV["l1"]
    cord_c = cord_c[:-4] + [W("l1", l1.scd * 0.45, l1.hp * 0.55)]
    cord = ribbon(cord_c, lambda t: 8.4 if t < 0.92 else max(1.5, 8.4 - (t - 0.92) / 0.08 * 7.0), n=30,
                  cap0=0, cap1=0.6)
    cauda = "".join(cr_path([W("l1", l1.scd * (0.3 + 0.09 * k), l1.hp * 0.45),
                             W("l1", l1.scd * (0.22 + 0.14 * k), l1.hp + l1.disc + 14)], False)
                    for k in range(5))
    nerves.append(G("spinal-cord", None, [P(cord, "nerve"), P(cauda, "nerve-line")]))
    dura_c = [cord_c[0]] + [W(lv.name, lv.scd * 0.48, v) for lv in LEVELS for v in (0, lv.hp * 0.5)]
    dura_c.append(W("l1", l1.scd * 0.48, l1.hp + l1.disc + 16))
    ctx.append(P(ribbon(dura_c, const(13.0), n=30, cap0=0, cap1=0), "dura"))
    # nerve roots: T(n) leaves through the foramen below the pedicle of T(n); its cord segment
    # lies higher (the cord is shorter than the spine)
    for k in range(1, 13):
        nm = "t%d" % k
        lv = LV[nm]
        up = 0.0 if k <= 2 else min(2.4, 0.24 * (k - 2))
        i0 = NAMES.index(nm) - int(math.ceil(up))
        seg = LEVELS[i0]
        frac = math.ceil(up) - up
        start = W(seg.name, seg.scd * 0.45 + 1.5, seg.hp * (0.3 + frac))
        foramen = W(nm, 3.5, lv.hp - 1.0)
        out = W(nm, -6.0, lv.hp + lv.disc + 6)
        inside = W(nm, lv.scd * 0.45 + 2.5, lv.hp * 0.35)
        path = [start, lerp(start, inside, 0.6), inside, foramen, out] if up > 0.3 else [start, foramen, out]
        drg = W(nm, 1.5, lv.hp + 0.5)
        ang = math.atan2(out[1] - foramen[1], out[0] - foramen[0])
        nerves.append(G("nerve-root-" + nm, None, [
            P(ribbon(path, taper(2.4, 2.6, 2.8, 3.2), n=12, cap0=0.5, cap1=0.8), "nerve"),
            P(ellipse(drg[0], drg[1], 3.8, 2.6, ang, 6), "nerve")]))
    # conditions
    t8 = LV["t8"]
    w8 = lambda u, v: W("t8", u, v)
    dd = t8.d
    crushed = [w8(-1.2, -0.2), w8(-dd * 0.5, 3.2), w8(-dd + 1.5, 7.5), w8(-dd - 1.8, 9.5),
               w8(-dd + 0.2, t8.ha * 0.78), w8(-dd + 1.6, t8.ha + 0.3), w8(-dd * 0.5, t8.hp - 0.3),
               w8(-1.2, t8.hp + 0.2), w8(0.8, t8.hp * 0.5)]
    lost = [w8(-1.2, -0.2), w8(-dd * 0.5, -0.5), w8(-dd + 1.6, -0.3), w8(-dd - 0.4, 1.3), w8(-dd - 1.8, 9.5),
            w8(-dd + 1.5, 7.5), w8(-dd * 0.5, 3.2)]
    crack = [w8(-dd + 1, 11), w8(-dd + 6, 9), w8(-dd + 10, 12.5), w8(-dd + 15, 9.5), w8(-dd + 20, 11.5)]
    conds.append(G("condition-compression-fracture", None, [
        P(cr_path(lost, tension=0.8), "condition"),
        P(cr_path(crushed, tension=0.8), "condition-line"),
        P(cr_path(crack, False, 0.2), "condition-line")]))
    t10 = LV["t10"]
    hern = [W("t10", -1.5, t10.hp - 0.8), W("t10", 3.5, t10.hp - 0.5), W("t10", 7.5, t10.hp + t10.disc * 0.5),
            W("t10", 3.5, t10.hp + t10.disc + 0.6), W("t10", -1.5, t10.hp + t10.disc + 0.8)]
    conds.append(G("condition-disc-herniation", None, [
        P(cr_path(hern, tension=0.9), "disc"), P(cr_path(hern, tension=0.9), "condition")]))
    xs, ys = [], []
    for nm in NAMES:
        for u, v in ((-LV[nm].d - 2, 0), (70, LV[nm].hp + 40), (0, 0)):
            x, y = W(nm, u, v)
            xs.append(x)
            ys.append(y)
    x0 = math.floor(min(xs) - 16)
    y0 = math.floor(W("c7", 0, 0)[1] - 26)
    x1 = math.ceil(max(xs) + 8)
    y1 = math.ceil(W("l1", 0, LV["l1"].hp)[1] + 34)
    return document((x0, y0, x1 - x0, y1 - y0), [
        ("context", ctx), ("bones", bones), ("discs", discs), ("nerves", nerves), ("conditions", conds)],
        "side view of the thoracic spine (front to the left)")


# --------------------------------------------------------------------------------------------
# Vertebra view: T6 from above with its pair of ribs. Anterior is up; seen from above with the
# front up, the patient's left is on the viewer's LEFT.

def vertebra_view():
    """coordinates: x anatomical (patient's left +), y from front (-) to back (+), body centre
    at (0, -20); T6 numbers from the table (body 29 x 24, canal 16 x 14.7, TP tips 34 mm out)"""
    lv = LV["t6"]
    X = lambda p: (-p[0], p[1])      # seen from above, front up: patient's left on the viewer's left
    M = lambda s, pts: [X((s * x, y)) for x, y in pts]
    bones, nerves, conds, organs, muscles, ctx = [], [], [], [], [], []
    bw, bd = lv.w / 2.0, lv.d / 2.0
    by = -8.3 - bd                    # body centre; posterior wall at y = -8.3
    pw = -8.3                         # posterior wall
    cy = pw + lv.scd / 2.0            # canal centre
    # ribs first: the vertebra lies over their heads and the transverse processes over the necks
    for s, side in ((1, "left"), (-1, "right")):
        shaft = [(31, 3.5), (40, 9), (52, 12), (64, 10), (74, 2), (81, -12), (84, -30), (84, -60)]
        bones.append(rib_el(M(s, shaft), taper(9, 10.5, 11.5, 12, 12), "rib-%s-6" % side, 0.0, 0.0, n=18))
        head = [(bw + 0.8, pw - 3.8), (bw + 5.5, pw - 2.5), (24, 0.5), (30, 3.2), (32.5, 4.0)]
        hd = ribbon(M(s, head), taper(8.5, 6.2, 6.0, 7.5, 9.5), n=12, cap0=0.7, cap1=0.4)
        bones.append(G("rib-head-" + side, None, [
            P(hd, "bone"),
            P(cr_path(M(s, [(bw + 2.5, pw - 6.5), (bw + 1.2, pw - 3.8), (bw + 2.5, pw - 1.0)]), False), "bone-line"),
            P(cr_path(M(s, [(18, pw + 0.2), (26, 2.8)]), False), "bone-line")]))
    # body: heart-shaped upper end plate, with the ring apophysis
    half = [(0, by - bd), (5, by - bd + 0.5), (9.5, by - bd + 2.8), (12.8, by - bd + 7.3), (bw - 0.1, by + 1.3),
            (bw - 0.2, by + 6.8), (bw - 2.3, pw - 1.3), (8, pw), (3, pw - 0.3), (0, pw - 0.9)]
    body = half + [(-x, y) for x, y in reversed(half[1:-1])]
    ring = [(x * 0.8, by + 0.5 + (y - by) * 0.76) for x, y in body]
    bones.append(G("vertebral-body", None, [P(cr_path(body, tension=0.9), "bone"),
                                            P(cr_path(ring, tension=0.9), "bone-line"),
                                            P(cr_path([(-bw * 0.55, by + 1), (0, by + 3), (bw * 0.55, by + 1)], False),
                                              "bone-spongy")]))
    for s, side in ((1, "left"), (-1, "right")):
        ped = [(6.8, pw - 1.0), (11.8, pw - 1.8), (13.2, pw + 2), (13.4, pw + 6.5), (8.8, pw + 7.0),
               (8.0, pw + 3)]
        bones.append(P(cr_path(M(s, ped), tension=0.8), "bone", "pedicle-" + side))
        tp = [(12.5, pw + 5.5), (20, pw + 7.5), (28, pw + 10.5), (33.5, pw + 12.5), (36, pw + 15.5), (34.5, pw + 19.5),
              (30, pw + 19.5), (22, pw + 17), (15, pw + 15)]
        bones.append(G("transverse-process-" + side, None, [
            P(cr_path(M(s, tp), tension=0.8), "bone"),
            P(cr_path(M(s, [(16, pw + 13.5), (24, pw + 15.5), (31, pw + 17.5)]), False), "bone-line")]))
        lam = [(8.8, pw + 7.0), (13.6, pw + 8.5), (15, pw + 14.5), (11, pw + 19.5), (5, pw + 22.5), (1.5, pw + 23),
               (0.8, pw + 18.5), (4, pw + 15.8), (7.8, pw + 12)]
        bones.append(P(cr_path(M(s, lam), tension=0.8), "bone", "lamina-" + side))
        bones.append(P(ellipse(*X((s * 11.3, pw + 9.6)), 3.6, 2.6, s * -0.25, 8), "articular",
                       "superior-facet-" + side))
        bones.append(G("costal-facet-" + side, None, [
            P(ellipse(*X((s * (bw - 0.6), pw - 3.9)), 1.6, 3.0, s * 0.5, 6), "articular"),
            P(ellipse(*X((s * 33.0, pw + 11.6)), 2.8, 1.5, s * -0.35, 6), "articular")]))
    sp = [(2.6, pw + 20), (3.0, pw + 28), (2.1, pw + 38), (3.2, pw + 44), (1.8, pw + 47.5)]
    sp_pts = sp + [(0, pw + 48.3)] + [(-x, y) for x, y in reversed(sp)] + [(0, pw + 19.5)]
    bones.append(G("spinous-process", None, [P(cr_path(sp_pts, tension=0.8), "bone"),
                                             P(cr_path([(0, pw + 24), (0, pw + 44)], False), "bone-line")]))
    # the canal's lining and the cord with its grey-matter butterfly
    nerves.append(G("spinal-cord", None, [
        P(ellipse(0, cy, 7.0, 6.0, 0, 8), "dura"),
        P(ellipse(0, cy, 5.0, 4.0, 0, 8), "nerve"),
        P(cr_path([(0, cy + 0.9), (1.3, cy + 0.4), (2.4, cy - 2.6), (3.2, cy - 2.2), (2.1, cy + 0.9), (2.9, cy + 3.2),
                   (1.9, cy + 3.3), (0.8, cy + 1.6), (-0.8, cy + 1.6), (-1.9, cy + 3.3), (-2.9, cy + 3.2),
                   (-2.1, cy + 0.9), (-3.2, cy - 2.2), (-2.4, cy - 2.6), (-1.3, cy + 0.4)], tension=0.7),
          "nerve-grey")]))
    for s, side in ((1, "left"), (-1, "right")):
        root = [(4.4, cy - 1.0), (8.5, pw + 2.0), (13, pw - 0.5), (18, pw - 0.8)]
        ventral = [(19, pw - 0.5), (27, pw + 4.5), (38, pw + 13.5), (52, pw + 18.5), (64, pw + 16)]
        dorsal = [(19.5, pw + 1.2), (23, pw + 8), (24, pw + 21), (20, pw + 28)]
        nerves.append(G("nerve-root-" + side, None, [
            P(ribbon(M(s, root), taper(2.2, 2.5, 2.6), n=8, cap0=0.3, cap1=0), "nerve"),
            P(ribbon(M(s, ventral), taper(2.4, 2.0, 1.8, 1.6), n=12, cap0=0.3, cap1=0.8), "nerve"),
            P(ribbon(M(s, dorsal), taper(1.6, 1.4, 1.2), n=8, cap0=0.3, cap1=0.8), "nerve"),
            P(ellipse(*X((s * 17.5, pw - 0.6)), 3.6, 2.4, s * -0.2, 6), "nerve")]))
    hern = [(-2.5, pw - 0.8), (3, pw - 1.2), (8, pw - 0.6), (9.8, pw + 2.2), (7.2, pw + 4.8), (3.2, pw + 3.6),
            (-1.5, pw + 1.8)]
    conds.append(G("condition-disc-herniation-axial", None, [
        P(cr_path([X(p) for p in hern], tension=0.9), "disc"),
        P(cr_path([X(p) for p in hern], tension=0.9), "condition")]))
    # the aorta lies in front and to the left of the body, the oesophagus in front and to the right
    organs.append(P(ellipse(*X((13, by - bd - 11)), 10.5, 10.5, 0, 8), "organ organ-vessel", "organ-aorta"))
    organs.append(P(ellipse(*X((-4, by - bd - 16)), 7.5, 5.0, 0, 8), "organ organ-gut", "organ-oesophagus"))
    for s, side in ((1, "left"), (-1, "right")):
        es = [(5, pw + 24), (8, pw + 18), (20, pw + 20), (34, pw + 22), (40, pw + 30), (34, pw + 40), (18, pw + 44),
              (6, pw + 40)]
        muscles.append(P(cr_path(M(s, es), tension=0.9), "muscle", "erector-spinae-" + side))
    return document((-80, -62, 160, 108), [
        ("context", ctx), ("organs", organs), ("bones", bones), ("muscles", muscles), ("nerves", nerves),
        ("conditions", conds)],
        "a thoracic vertebra (T6) seen from above with its pair of ribs")


# --------------------------------------------------------------------------------------------

VIEWS = {"posterior": posterior, "anterior": anterior, "lateral": lateral, "vertebra": vertebra_view}


def main(argv):
    if len(argv) > 1 and argv[1] == "--list-ids":
        # the interactive ids of each view, in paint order
        import re
        for name, fn in VIEWS.items():
            OUT_SCALE[0] = VIEW_SCALE[name]
            ids = [i for i in re.findall(r' id="([^"]+)"', fn())
                   if not i.startswith("layer-") and not i.endswith("-grad")]
            print("%s (%d): %s" % (name, len(ids), " ".join(ids)))
        return 0
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = argv[1] if len(argv) > 1 else os.path.join(here, "..", "resources", "diagrams")
    os.makedirs(outdir, exist_ok=True)
    for name, fn in VIEWS.items():
        OUT_SCALE[0] = VIEW_SCALE[name]
        text = fn()
        with open(os.path.join(outdir, name + ".svg"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
