#!/usr/bin/env python3
"""test-shortcuts.py SOURCE_ROOT: the shortcuts window (ui/help-overlay.ui) lists every key the app
binds: widget class bindings, application accelerators, shortcut controllers, and the keys the
key handlers of the drawing, the tour, the classroom and the age keypad answer to. Keypad (KP_)
twins of a listed key count as listed. Each accelerator in the window must also parse (TAP)."""
import os
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("DORSAL_SOURCE_ROOT", ".")

# keys whose handler lives in these functions count as shortcuts (kiosk's blocked keys do not)
HANDLERS = {
    "src/diagram/dorsal-diagram-view-input.c": ["on_key_pressed"],
    "src/modes/dorsal-tour-bar.c": ["dorsal_tour_bar_handle_key"],
    "src/modes/dorsal-classroom.c": ["on_bubble_key"],
    "src/assessment/dorsal-assessment-question.c": ["on_spin_key_pressed", "on_keypad_key_pressed"],
}
MODS = {"GDK_CONTROL_MASK": "control", "GDK_ALT_MASK": "alt", "GDK_SHIFT_MASK": "shift",
        "GDK_SUPER_MASK": "super"}
ALIASES = {"kp_enter": "return", "iso_enter": "return", "kp_space": "space", "kp_add": "plus",
           "kp_subtract": "minus", "kp_0": "0", "kp_delete": "delete", "primary": "control",
           "ctrl": "control"}


def norm_key(name):
    k = name.lower()
    k = ALIASES.get(k, k)
    if k.startswith("kp_"):
        k = k[3:]
    return k


def parse_accel(text):
    """'<Control>plus' -> (frozenset({'control'}), 'plus')"""
    mods = set(norm_key(m) for m in re.findall(r"<([A-Za-z]+)>", text))
    key = re.sub(r"<[A-Za-z]+>", "", text).strip()
    if not key:
        return None
    return (frozenset(mods), norm_key(key))


def from_gdk(key, mods):
    key = norm_key(key)
    mset = set(MODS[m] for m in re.findall(r"GDK_[A-Z]+_MASK", mods) if m in MODS)
    if len(key) == 1 and key.isalpha():
        mset.discard("shift")  # Shift+Y is the same letter as y
    return (frozenset(mset), key)


def function_bodies(text, names):
    out = []
    for name in names:
        m = re.search(r"\n%s \([^)]*\)\s*\{" % re.escape(name), text)
        if not m:
            out.append(None)
            continue
        depth, i = 1, m.end()
        while depth and i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        out.append(text[m.end():i])
    return out


bound = {}  # (mods, key) -> where
problems = []
for dirpath, _, files in os.walk(os.path.join(root, "src")):
    for f in files:
        if not f.endswith(".c"):
            continue
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, root)
        text = open(path, encoding="utf-8").read()
        for key, mods in re.findall(
                r"gtk_widget_class_add_binding(?:_action|_signal)?\s*\(\s*\w+,\s*GDK_KEY_(\w+),\s*([^,]+),",
                text):
            bound.setdefault(from_gdk(key, mods), rel)
        for accel in re.findall(r'add_shortcut\s*\([^,]+,\s*"([^"]+)"', text):
            bound.setdefault(parse_accel(accel), rel)
        for arr in re.findall(r"\*\w*accels\[\]\s*=\s*\{([^}]*)\}", text):
            for accel in re.findall(r'"([^"]+)"', arr):
                bound.setdefault(parse_accel(accel), rel)
        for body in function_bodies(text, HANDLERS.get(rel, [])):
            if body is None:
                problems.append("%s: a key handler named in this test is gone" % rel)
                continue
            for key in re.findall(r"GDK_KEY_(\w+)", body):
                bound.setdefault(from_gdk(key, ""), rel)

listed = set()
unparsable = []
tree = ET.parse(os.path.join(root, "ui", "help-overlay.ui"))
for obj in tree.iter("object"):
    if obj.get("class") != "GtkShortcutsShortcut":
        continue
    for prop in obj.findall("property"):
        if prop.get("name") != "accelerator":
            continue
        for accel in prop.text.split():
            m = re.fullmatch(r"(<[A-Za-z]+>)*(\w)\.\.\.(\w)", accel)
            if m:
                prefix = re.sub(r"\w\.\.\.\w$", "", accel)
                for c in range(ord(m.group(2)), ord(m.group(3)) + 1):
                    listed.add(parse_accel(prefix + chr(c)))
                continue
            p = parse_accel(accel)
            if p is None:
                unparsable.append(accel)
            else:
                listed.add(p)

missing = sorted(("+".join(sorted(m)) + "+" if m else "") + k + "  (" + where + ")"
                 for (m, k), where in bound.items() if (m, k) not in listed)
checks = [
    ("the key handlers this test reads are all there", problems),
    ("found the app's shortcuts in src/ (at least 30)",
     [] if len(bound) >= 30 else ["only %d found" % len(bound)]),
    ("every accelerator in help-overlay.ui has a key", unparsable),
    ("every key the app binds is in the shortcuts window", missing),
]
print("1..%d" % len(checks))
fails = 0
for i, (name, bad) in enumerate(checks, 1):
    print(("ok" if not bad else "not ok") + " %d - %s" % (i, name))
    for b in bad:
        print("# " + b)
    fails += bool(bad)
sys.exit(1 if fails else 0)
