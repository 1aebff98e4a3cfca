#!/usr/bin/python3
"""test-cli.py DORSAL: the command-line options work without a display (TAP)."""
import os, subprocess, sys

exe = sys.argv[1]
env = dict(os.environ)
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)
results = []

def check(name, ok, detail=""):
    results.append((name, ok, detail))

r = subprocess.run([exe, "--version"], capture_output=True, text=True, env=env, timeout=30)
check("--version prints the version and exits 0",
      r.returncode == 0 and r.stdout.strip() == "dorsal 0.1.0", repr(r.stdout) + repr(r.stderr))

r = subprocess.run([exe, "--help"], capture_output=True, text=True, env=env, timeout=30)
check("--help exits 0", r.returncode == 0, r.stderr)
lines = r.stdout.splitlines()
check("--help lists --version with a description",
      any(l.strip().startswith("-v, --version") and len(l.split()) > 2 for l in lines), r.stdout)
for opt in ("--kiosk", "--classroom", "--assess"):
    if opt in r.stdout:
        check(f"--help describes {opt}",
              any(opt in l and len(l.split()) > 2 for l in lines), r.stdout)

# --assess runs before any display is opened: every worked example gives its [expected] group
examples = os.path.join(os.environ["DORSAL_SHARED"], "clinical", "examples")
for name in sorted(os.listdir(examples)):
    if not name.endswith(".ini"):
        continue
    path = os.path.join(examples, name)
    text = open(path, encoding="utf-8").read()
    want = sorted(l.strip() for l in text.split("[expected]", 1)[1].splitlines()
                  if l.startswith(("level=", "reasons=")))
    r = subprocess.run([exe, "--assess", path], capture_output=True, text=True, env=env, timeout=30)
    got = sorted(l.strip() for l in r.stdout.splitlines() if l.startswith(("level=", "reasons=")))
    check(f"--assess {name} gives its expected outcome", r.returncode == 0 and got == want,
          f"want {want} got {got} stderr {r.stderr}")

r = subprocess.run([exe, "--assess", "-"], input="[answers]\nage=abc\n", capture_output=True,
                   text=True, env=env, timeout=30)
check("--assess on bad input exits 2 with messages and no output",
      r.returncode == 2 and r.stdout == "" and "age" in r.stderr, r.stdout + r.stderr)

r = subprocess.run([exe, "--no-such-option"], capture_output=True, text=True, env=env, timeout=30)
check("an unknown option fails with a message", r.returncode != 0 and "no-such-option" in r.stderr, r.stderr)

print(f"1..{len(results)}")
for i, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    if not ok:
        for l in detail.splitlines()[:20]:
            print("# " + l)
