#!/usr/bin/env python3
"""test-contrast.py SOURCE_ROOT LIBADWAITA_SO_OR_LIBDIR: WCAG 2 contrast ratios computed from the stylesheets.

1. Text: every `color:` in resources/style*.css, resolved with libadwaita's own colour definitions
   (read out of the installed library with `gresource`), against what it sits on: the rule's own
   background-color (composited when it has alpha) or, when it has none, libadwaita's window and
   view backgrounds; in light, dark and high contrast (libadwaita 1.2's high contrast keeps the
   light and dark colours and only strengthens borders). At least 4.5:1.
2. Lines that show state (outline, border, box-shadow frames) in those rules: at least 3:1.
3. The drawing: the outline colours of the drawings' own <style> and of each
   resources/diagrams/styles/*.css against both backgrounds of the style it is used with; the
   highlight (hover, selection, picked) and focus-ring colours from the diagram code against the
   background and against their halo; and the label text against the label's plate. Outlines and
   highlights at least 3:1, label text 4.5:1.
TAP output; each failure names the rule, the colours and the ratio."""
import os
import re
import subprocess
import sys

root = sys.argv[1]
libadwaita = sys.argv[2]
if os.path.isdir(libadwaita):  # the library directory meson found libadwaita in
    names = sorted(f for f in os.listdir(libadwaita) if re.fullmatch(r"libadwaita-1\.so(\.\d+)*", f))
    libadwaita = os.path.join(libadwaita, names[-1])
TEXT, LINES = 4.5, 3.0

# ---------------------------------------------------------------- colours


def parse_colour(text, named):
    """'#rgb', '#rrggbb', 'white', 'rgba(...)', '@name', 'alpha(X, a)' -> (r, g, b, a) in 0..1"""
    t = text.strip()
    if t.startswith("@"):
        name = t[1:]
        if name not in named:
            raise KeyError(t)
        return parse_colour(named[name], named)
    m = re.fullmatch(r"mix\((@[\w-]+|#[0-9a-fA-F]+),\s*(@[\w-]+|#[0-9a-fA-F]+),\s*([0-9.]+)\)", t)
    if m:  # GTK mixes the four channels linearly
        a, b, f = parse_colour(m.group(1), named), parse_colour(m.group(2), named), float(m.group(3))
        return tuple(a[i] + (b[i] - a[i]) * f for i in range(4))
    m = re.fullmatch(r"alpha\((.+),\s*([0-9.]+)\)", t)
    if m:
        r, g, b, a = parse_colour(m.group(1), named)
        return (r, g, b, a * float(m.group(2)))
    m = re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", t)
    if m:
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)) + (1.0,)
    m = re.fullmatch(r"rgba?\(([^)]*)\)", t)
    if m:
        parts = [float(p) for p in m.group(1).split(",")]
        return (parts[0] / 255, parts[1] / 255, parts[2] / 255, parts[3] if len(parts) > 3 else 1.0)
    keywords = {"white": "#ffffff", "black": "#000000", "transparent": "rgba(0,0,0,0)"}
    if t in keywords:
        return parse_colour(keywords[t], named)
    raise ValueError(t)


def over(fg, bg):
    a = fg[3]
    return tuple(fg[i] * a + bg[i] * (1 - a) for i in range(3)) + (1.0,)


def lum(c):
    lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c[:3]]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hexs(c):
    return "#%02x%02x%02x" % tuple(round(v * 255) for v in c[:3])


# ---------------------------------------------------------------- libadwaita's colours


def adw_css(name):
    return subprocess.run(["gresource", "extract", libadwaita, "/org/gnome/Adwaita/styles/" + name],
                          check=True, capture_output=True, text=True).stdout


def defines(css):
    return dict(re.findall(r"@define-color\s+([\w-]+)\s+([^;]+);", css))


palette = defines(adw_css("base.css"))
styles = {}
for style, defaults in (("light", "defaults-light.css"), ("dark", "defaults-dark.css")):
    named = dict(palette)
    named.update(defines(adw_css(defaults)))
    styles[style] = named
# high contrast in libadwaita 1.2: base-hc.css over the same light or dark defaults
for style, base in (("high-contrast", "light"), ("high-contrast-dark", "dark")):
    named = dict(defines(adw_css("base-hc.css")))
    named.update(styles[base])
    styles[style] = named

# ---------------------------------------------------------------- the app's CSS


def css_rules(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for sel, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip()] = v.replace("!important", "").strip()
        yield " ".join(sel.split()), props


def colours_in(value):
    """colour expressions inside a border/outline/box-shadow value"""
    return re.findall(r"(alpha\([^()]*(?:\([^()]*\))?[^()]*\)|@[\w-]+|#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)"
                      r"|\bwhite\b|\bblack\b|currentColor)", value)


results = []


def check(name, bad):
    results.append((name, bad))


css_files = sorted(f for f in os.listdir(os.path.join(root, "resources"))
                   if re.fullmatch(r"style(-[\w-]+)?\.css", f))
rules_by_file = {f: list(css_rules(open(os.path.join(root, "resources", f), encoding="utf-8").read()))
                 for f in css_files}
applies = {"style.css": list(styles), "style-dark.css": ["dark", "high-contrast-dark"],
           "style-hc.css": ["high-contrast", "high-contrast-dark"]}
n_text = n_lines = 0
for style, named in styles.items():
    bad_text, bad_lines = [], []
    backgrounds = [("window", parse_colour("@window_bg_color", named)),
                   ("view", parse_colour("@view_bg_color", named))]
    for f in css_files:
        for sel, props in rules_by_file[f]:
            if style not in applies.get(f, list(styles)):
                continue
            own_bg = props.get("background-color")
            if own_bg is not None and "currentColor" not in own_bg:
                under = [(b, over(parse_colour(own_bg, named), c)) for b, c in backgrounds]
            else:
                under = backgrounds
            fg = props.get("color")
            if fg is not None and "currentColor" not in fg:
                for bname, bg in under:
                    col = over(parse_colour(fg, named), bg)
                    n_text += 1
                    r = ratio(col, bg)
                    if r < TEXT:
                        bad_text.append("%s: %s { color: %s } = %s on %s (%s) %.2f:1"
                                        % (f, sel, fg, hexs(col), hexs(bg), bname, r))
            for prop in ("outline", "outline-color", "border", "border-color", "box-shadow"):
                if prop not in props:
                    continue
                for expr in colours_in(props[prop]):
                    if "currentColor" in expr:
                        continue  # follows the text colour, checked above
                    for bname, bg in under:
                        # a frame drawn on the element, over its own background
                        col = over(parse_colour(expr, named), bg)
                        n_lines += 1
                        r = ratio(col, bg)
                        if r < LINES:
                            bad_lines.append("%s: %s { %s: %s } = %s on %s (%s) %.2f:1"
                                             % (f, sel, prop, props[prop], hexs(col), hexs(bg), bname, r))
    check("app text >= 4.5:1 in %s style" % style, bad_text)
    check("app focus and state lines >= 3:1 in %s style" % style, bad_lines)
check("the stylesheets have text colours to check (found %d pairs)" % n_text,
      [] if n_text >= 20 else ["only %d" % n_text])

# ---------------------------------------------------------------- the drawing

diagrams = os.path.join(root, "resources", "diagrams")
OUTLINE_CLASSES = ["bone", "scapula", "bone-deep", "cartilage", "disc", "facet", "articular",
                   "nerve", "muscle", "zone", "referred", "condition", "context", "organ-lung",
                   "organ-heart", "organ-vessel", "organ-liver", "organ-gut", "organ-gallbladder",
                   "organ-pancreas", "organ-kidney", "condition-line", "bone-far"]


def class_rules(text):
    out = {}
    for sel, props in css_rules(text):
        for s in sel.split(","):
            s = s.strip()
            if re.fullmatch(r"\.[\w-]+", s):
                out.setdefault(s[1:], {}).update(props)
    return out


svg = open(os.path.join(diagrams, "posterior.svg"), encoding="utf-8").read()
base = class_rules(re.search(r"<style[^>]*>(.*?)</style>", svg, re.S).group(1))
light_bgs = [("window", parse_colour("@window_bg_color", styles["light"])),
             ("view", parse_colour("@view_bg_color", styles["light"]))]
dark_bgs = [("window", parse_colour("@window_bg_color", styles["dark"])),
            ("view", parse_colour("@view_bg_color", styles["dark"]))]
hc_dark_bgs = [("window", parse_colour("@window_bg_color", styles["high-contrast-dark"])),
               ("view", parse_colour("@view_bg_color", styles["high-contrast-dark"]))]
# which drawing style goes with which application style (DorsalDiagramView's update_theme)
drawing_styles = [("drawing's own style (light)", None, light_bgs),
                  ("styles/dark.css", "dark.css", dark_bgs),
                  ("styles/high-contrast.css", "high-contrast.css", light_bgs),
                  ("styles/projector.css", "projector.css", light_bgs),
                  ("styles/high-contrast-dark.css", "high-contrast-dark.css", hc_dark_bgs)]
for name, fname, bgs in drawing_styles:
    theme = class_rules(open(os.path.join(diagrams, "styles", fname), encoding="utf-8").read()) if fname else {}
    bad = []
    for cls in OUTLINE_CLASSES:
        stroke = theme.get(cls, {}).get("stroke") or base.get(cls, {}).get("stroke")
        if not stroke or not stroke.startswith("#"):
            continue
        for bname, bg in bgs:
            r = ratio(parse_colour(stroke, {}), bg)
            if r < LINES:
                bad.append(".%s stroke %s on %s (%s) %.2f:1" % (cls, stroke, hexs(bg), bname, r))
    check("%s: outlines >= 3:1 against the window and view backgrounds" % name, bad)

# highlight palette in dorsal-diagram.c and on-screen colours in dorsal-diagram-view.c
src_diagram = open(os.path.join(root, "src", "diagram", "dorsal-diagram.c"), encoding="utf-8").read()
src_view = open(os.path.join(root, "src", "diagram", "dorsal-diagram-view.c"), encoding="utf-8").read()
pal = {t.lower(): (parse_colour("#%06x" % int(a, 16), {}), parse_colour("#%06x" % int(h, 16), {}))
       for t, a, h in re.findall(r"\[DORSAL_DIAGRAM_THEME_(\w+)\]\s*=\s*\{\s*0x([0-9a-fA-F]{6}),\s*"
                                 r"0x([0-9a-fA-F]{6})\s*\}", src_diagram)}
body = re.search(r"\n_dorsal_diagram_view_get_colours \(.*?\n\}", src_view, re.S)
view_cols = {}
if body:
    for case, block in re.findall(r"case DORSAL_DIAGRAM_THEME_(\w+):(.*?)break;", body.group(0), re.S):
        vals = dict((k, tuple(float(x) for x in v.split(",")))
                    for k, v in re.findall(r"\*(\w+) = \(GdkRGBA\) \{([^}]*)\}", block))
        view_cols[case.lower()] = vals
themes = {"light": light_bgs, "dark": dark_bgs, "high_contrast": light_bgs, "projector": light_bgs,
          "high_contrast_dark": hc_dark_bgs}
check("found the highlight palette and on-screen colours of all five drawing themes",
      [t for t in themes if t not in pal or t not in view_cols])
for theme, bgs in themes.items():
    bad = []
    if theme in pal:
        accent, halo = pal[theme]
        for bname, bg in bgs:
            r = ratio(accent, bg)
            if r < LINES:
                bad.append("highlight outline %s on %s (%s) %.2f:1" % (hexs(accent), hexs(bg), bname, r))
        r = ratio(accent, halo)
        if r < LINES:
            bad.append("highlight outline %s against its halo %s %.2f:1" % (hexs(accent), hexs(halo), r))
    if theme in view_cols:
        v = view_cols[theme]
        for bname, bg in bgs:
            r = ratio(v["accent"], bg)
            if r < LINES:
                bad.append("focus ring %s on %s (%s) %.2f:1" % (hexs(v["accent"]), hexs(bg), bname, r))
            plate = over(v["label_bg"], bg)
            r = ratio(over(v["label_fg"], plate), plate)
            if r < TEXT:
                bad.append("label text %s on plate %s (%s) %.2f:1"
                           % (hexs(v["label_fg"]), hexs(plate), bname, r))
        r = ratio(v["accent"], v["halo"])
        if r < LINES:
            bad.append("focus ring %s against its halo %s %.2f:1" % (hexs(v["accent"]), hexs(v["halo"]), r))
    check("drawing %s theme: highlight and focus >= 3:1, labels >= 4.5:1" % theme, bad)

print("1..%d" % len(results))
fails = 0
for i, (name, bad) in enumerate(results, 1):
    print(("ok" if not bad else "not ok") + " %d - %s" % (i, name))
    for b in bad:
        print("# " + b)
    fails += bool(bad)
sys.exit(1 if fails else 0)
