#!/usr/bin/env python3
"""test-pane-contrast.py STYLE_CSS ASSESSMENT_XML: the outcome banners and the emergency screen of the
self-assessment pane (their section of resources/style.css) set both a background and a text
colour, as fixed hex colours, with a contrast ratio of at least 4.5:1 (WCAG AA), and every level
of the triage has its banner rule (TAP output)."""
import re
import sys


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


css = open(sys.argv[1], encoding="utf-8").read()
LEVELS = re.findall(r'<level id="([^"]+)"', open(sys.argv[2], encoding="utf-8").read())
assert LEVELS, "no levels in " + sys.argv[2]
start = css.index("/* ---- assessment pane")
end = css.index("/* ---- end of assessment pane ---- */")
section = re.sub(r"/\*.*?\*/", "", css[start:end], flags=re.S)

colours = {}
for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", section):
    background = re.search(r"background-color:\s*(#[0-9a-fA-F]{3,6})\s*;", body)
    text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6})\s*;", body)
    for selector in selectors.split(","):
        selector = selector.strip()
        if background or text:
            colours[selector] = (background.group(1) if background else None,
                                 text.group(1) if text else None)

checks = [(".dorsal-emergency", "the emergency screen")]
checks += [(".dorsal-banner.dorsal-level-" + level, "the %s banner" % level) for level in LEVELS]

print("1..%d" % len(checks))
failed = 0
for n, (selector, what) in enumerate(checks, 1):
    background, text = colours.get(selector, (None, None))
    if background is None or text is None:
        print("not ok %d - %s sets a hex background and text colour (%s)" % (n, what, selector))
        failed += 1
        continue
    r = ratio(background, text)
    ok = r >= 4.5
    failed += not ok
    print("%s %d - %s: %s on %s, contrast %.2f:1 (at least 4.5:1)"
          % ("ok" if ok else "not ok", n, what, text, background, r))
sys.exit(1 if failed else 0)
