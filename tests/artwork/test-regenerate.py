#!/usr/bin/env python3
"""test-regenerate.py GENERATOR DIAGRAMS_DIR: runs the drawing generator into a temporary folder
and checks that every view it writes is byte-for-byte the committed one (TAP output)."""
import os
import subprocess
import sys
import tempfile

gen, committed = sys.argv[1], sys.argv[2]
views = ["posterior", "anterior", "lateral", "vertebra"]
print("1..%d" % (len(views) + 1))
with tempfile.TemporaryDirectory() as tmp:
    run = subprocess.run([sys.executable, gen, tmp], capture_output=True, text=True)
    ok = run.returncode == 0
    print("%s 1 - generator runs" % ("ok" if ok else "not ok"))
    if not ok:
        print("# " + run.stderr.replace("\n", "\n# "))
    failed = not ok
    for i, v in enumerate(views, 2):
        new_path = os.path.join(tmp, v + ".svg")
        old_path = os.path.join(committed, v + ".svg")
        same = (os.path.exists(new_path) and os.path.exists(old_path)
                and open(new_path, "rb").read() == open(old_path, "rb").read())
        print("%s %d - %s.svg matches the generator" % ("ok" if same else "not ok", i, v))
        if not same:
            print("# regenerate with: python3 build-aux/gen-diagrams.py")
            failed = True
sys.exit(1 if failed else 0)
