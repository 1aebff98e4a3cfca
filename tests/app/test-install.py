#!/usr/bin/python3
"""test-install.py: `meson install --destdir` puts every file where GNOME expects it (TAP)."""
import os, subprocess, sys, tempfile

build = os.environ["DORSAL_BUILD_ROOT"]
with tempfile.TemporaryDirectory() as dest:
    r = subprocess.run(["meson", "install", "-C", build, "--no-rebuild", "--quiet", "--destdir", dest],
                       capture_output=True, text=True, env={**os.environ, "DESTDIR": dest})
    prefix = subprocess.run(["meson", "introspect", build, "--buildoptions"], capture_output=True, text=True)
    import json
    opts = {o["name"]: o["value"] for o in json.loads(prefix.stdout)}
    root = dest + opts["prefix"]
    app = "io.github.dorsal.Dorsal"
    want = [
        f"{opts['bindir']}/dorsal",
        f"{opts['datadir']}/applications/{app}.desktop",
        f"{opts['datadir']}/metainfo/{app}.metainfo.xml",
        f"{opts['datadir']}/glib-2.0/schemas/{app}.gschema.xml",
        f"{opts['datadir']}/icons/hicolor/scalable/apps/{app}.svg",
        f"{opts['datadir']}/icons/hicolor/symbolic/apps/{app}-symbolic.svg",
    ]
    print(f"1..{len(want) + 1}")
    print(f"{'ok' if r.returncode == 0 else 'not ok'} 1 - meson install succeeds")
    if r.returncode:
        print("# " + r.stderr.replace("\n", "\n# "))
    for i, w in enumerate(want, 2):
        p = os.path.join(root, w)
        print(f"{'ok' if os.path.isfile(p) else 'not ok'} {i} - installs {w}")
