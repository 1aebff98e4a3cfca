#!/usr/bin/env python3
"""test-theme-contrast.py DIAGRAMS_DIR: the outline colours of the drawings' own style (assumed
background #ffffff) and of each theme stylesheet in styles/ (background named in its first
comment) have a contrast ratio of at least 3:1 against that background (TAP output).
Also checks that every theme rule is !important and names only classes the drawings use."""
import os
import re
import sys

OUTLINE_CLASSES = ["bone", "scapula", "bone-deep", "cartilage", "disc", "facet", "articular",
                   "nerve", "muscle", "zone", "referred", "condition", "context", "organ-lung",
                   "organ-heart", "organ-vessel", "organ-liver", "organ-gut", "organ-gallbladder",
                   "organ-pancreas", "organ-kidney", "condition-line", "bone-far"]


def lum(hexcol):
    h = hexcol.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    rgb = [int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(css):
    """{class: {property: value}} for simple class rules (comma lists allowed)"""
    out = {}
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip()] = v.strip()
        for s in sel.split(","):
            s = s.strip()
            if s.startswith("."):
                out.setdefault(s[1:], {}).update(props)
    return out


def colour(v):
    m = re.match(r"(#[0-9a-fA-F]{3,6})", v or "")
    return m.group(1) if m else None


d = sys.argv[1]
svgs = [open(os.path.join(d, v + ".svg"), encoding="utf-8").read()
        for v in ("posterior", "anterior", "lateral", "vertebra")]
used = set()
for text in svgs:
    for cls in re.findall(r'class="([^"]+)"', text):
        used.update(cls.split())
base = rules(re.search(r"<style[^>]*>(.*?)</style>", svgs[0], re.S).group(1))
themes = [("drawing's own style", "#ffffff", base, None)]
for name in sorted(os.listdir(os.path.join(d, "styles"))):
    if name.endswith(".css"):
        text = open(os.path.join(d, "styles", name), encoding="utf-8").read()
        m = re.search(r"background of (#[0-9a-fA-F]{6})", text) or re.search(r"background \((#[0-9a-fA-F]{6})\)", text)
        themes.append((name, m.group(1) if m else None, rules(text), text))
n = 0
fails = 0
lines = []
for name, bg, rs, text in themes:
    n += 1
    ok = bg is not None
    lines.append(("ok" if ok else "not ok") + " %d - %s names its background" % (n, name))
    if not ok:
        fails += 1
        continue
    bad = []
    for cls in OUTLINE_CLASSES:
        stroke = colour(rs.get(cls, {}).get("stroke")) or colour(base.get(cls, {}).get("stroke"))
        if cls.startswith("organ-") and stroke is None:
            stroke = colour(base.get(cls, {}).get("stroke"))
        if stroke and ratio(stroke, bg) < 3.0:
            bad.append("%s %s %.2f:1" % (cls, stroke, ratio(stroke, bg)))
    n += 1
    lines.append(("ok" if not bad else "not ok") + " %d - %s outlines >= 3:1 against %s" % (n, name, bg))
    for b in bad:
        lines.append("# " + b)
    fails += bool(bad)
    if text is not None:
        body = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        decls = [x.strip() for blk in re.findall(r"\{([^}]*)\}", body) for x in blk.split(";") if x.strip()]
        missing = [x for x in decls if not x.endswith("!important")]
        unknown = sorted(set(rs) - used)
        n += 1
        good = not missing and not unknown
        lines.append(("ok" if good else "not ok") + " %d - %s: every rule !important, only classes in use" % (n, name))
        for x in missing:
            lines.append("# not !important: " + x)
        for x in unknown:
            lines.append("# class not in any drawing: ." + x)
        fails += not good
print("1..%d" % n)
print("\n".join(lines))
sys.exit(1 if fails else 0)
