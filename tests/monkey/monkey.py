#!/usr/bin/python3
"""monkey.py DORSAL MODE SECONDS: the real app under the current X display, in MODE (normal, kiosk or
classroom), takes random clicks, drags, scrolls, key presses and window resizes down to 360x640 for
SECONDS; it must stay alive and print no GTK critical or warning. Prints TAP. Seeded, so a failure
can be replayed with MONKEY_SEED."""
import os, random, shutil, subprocess, sys, tempfile, time

exe, mode, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
seed = int(os.environ.get("MONKEY_SEED", "20261126"))
rng = random.Random(seed)
args = {"normal": [], "kiosk": ["--kiosk"], "classroom": ["--classroom"]}[mode]

env = dict(os.environ)
env["G_DEBUG"] = "fatal-criticals"
env.setdefault("GSETTINGS_BACKEND", "memory")
idle_seconds, countdown_seconds = 2, 10
if mode == "kiosk":
    # A short idle time, so the storm's pauses run into the "Are you still there?" countdown and
    # the idle reset. The app reads it from its settings: a key file in a private config folder.
    config = tempfile.mkdtemp(prefix="dorsal-monkey-")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write(f"[io/github/dorsal/Dorsal]\nkiosk-idle-seconds={idle_seconds}\n")
    env["GSETTINGS_BACKEND"] = "keyfile"
    env["XDG_CONFIG_HOME"] = config

log = open(f"monkey-{mode}.log", "w+")
app = subprocess.Popen([exe] + args, env=env, stdout=log, stderr=subprocess.STDOUT)

def xdo(*cmd):
    return subprocess.run(["xdotool"] + [str(c) for c in cmd], capture_output=True, text=True, timeout=20)

win = None
for _ in range(100):
    r = xdo("search", "--onlyvisible", "--pid", app.pid)
    if r.stdout.strip():
        win = r.stdout.split()[0]
        break
    if app.poll() is not None:
        break
    time.sleep(0.1)

results = []
results.append(("the window appears", win is not None))

# Keys a person could press. Quit and close keys are left out in normal mode, where they are
# supposed to work; in kiosk mode they are part of the storm, since they must do nothing there.
keys = ["Tab", "shift+Tab", "Return", "space", "Escape", "Left", "Right", "Up", "Down", "Home", "End",
        "plus", "minus", "0", "Page_Down", "Page_Up", "F9", "ctrl+f", "alt+Left", "alt+Right",
        "a", "s", "r", "i", "b", "BackSpace", "y", "n", "ctrl+plus", "ctrl+minus", "F1", "Menu", "F10"]
if mode == "kiosk":
    keys += ["ctrl+q", "ctrl+w", "alt+F4", "F11", "F5"]
if mode == "classroom":
    keys += ["F5", "Next", "Prior"]

def window_width():
    r = xdo("getwindowgeometry", "--shell", win)
    for line in r.stdout.splitlines():
        if line.startswith("WIDTH="):
            return int(line[6:])
    return 1280

width = window_width() if win else 1280
events = 0
resizes = 0
resized_to = []
recent = []  # the last two batches of events, shown if the app dies
pauses = 0
start = time.time()
deadline = start + seconds
# in kiosk mode, a visitor walks away twice: the countdown and the idle reset come mid-storm
pause_at = [start + seconds / 3, start + 2 * seconds / 3] if mode == "kiosk" else []
# Sizes a window manager would allow: the window asks for at least 360x480 (the issue's
# narrowest case is 360x640). Xvfb has no window manager, so a smaller size would be forced on
# the X window below the size GTK laid out for, which no desktop does.
sizes = [(360, 640), (400, 800), (1280, 800), (800, 600), (1920, 1080), (480, 480)]
while win and time.time() < deadline and app.poll() is None:
    if pause_at and time.time() >= pause_at[0]:
        pause_at.pop(0)
        time.sleep(idle_seconds + countdown_seconds + 2)
        pauses += 1
        deadline += idle_seconds + countdown_seconds + 2
    batch = []
    for _ in range(25):
        k = rng.random()
        x, y = rng.randrange(0, 1280), rng.randrange(0, 800)
        # the header bar's close button closes the app, as it should, outside kiosk mode
        if mode != "kiosk" and y < 50 and x > width - 60:
            x = width - 60 - x % 100
        if k < 0.40:
            batch += ["mousemove", "--window", win, x, y, "click", rng.choice([1, 1, 1, 3, 8, 9])]
        elif k < 0.55:
            # a drag that starts on the header bar would move the window (see below): a window
            # manager's job, and one no full-screen kiosk or classroom window allows
            y = max(y, 50)
            batch += ["mousemove", "--window", win, x, y, "mousedown", 1,
                      "mousemove", "--window", win, rng.randrange(0, 1280), rng.randrange(0, 800), "mouseup", 1]
        elif k < 0.65:
            batch += ["mousemove", "--window", win, x, y, "click", "--repeat", rng.randrange(1, 4), rng.choice([4, 5])]
        elif k < 0.70:
            batch += ["mousemove", "--window", win, x, y, "click", "--repeat", 2, 1]
        else:
            batch += ["key", "--clearmodifiers", rng.choice(keys)]
        events += 1
    xdo(*batch)
    recent.append(" ".join(str(b) for b in batch if b != win).replace("mousemove --window ", "move "))
    del recent[:-2]
    # There is no window manager here: a drag on the header bar moves the window by GTK's own
    # emulation and can leave it off every monitor, which a desktop or the kiosk's compositor never
    # allows; GTK 4.8 then asserts when it places a popover (gdk_monitor_get_geometry (NULL)).
    # Put it back, as a window manager would.
    xdo("windowmove", win, 0, 0)
    # kiosk and classroom windows are full screen, which a window manager does not resize; the
    # normal window may be any size down to a phone's
    if rng.random() < 0.08 and mode == "normal":
        w, h = rng.choice(sizes)
        xdo("windowsize", win, w, h)
        width = w
        resized_to.append(f"{w}x{h} after {events} events")
        resizes += 1
    time.sleep(0.02)

time.sleep(1.0)
alive = app.poll() is None
results.append((f"the app survives {events} random events, {resizes} resizes and {pauses} idle "
                 f"pauses ({mode}, seed {seed})", alive))
if alive:
    app.terminate()
    try:
        app.wait(10)
    except subprocess.TimeoutExpired:
        app.kill()
# Warnings that are not Dorsal's, each with the reason; they are counted below, not hidden.
known = {
    # GTK's own bookkeeping of the :active state (gtk_widget_set_active_state) goes wrong when a
    # press is interrupted (a drag that leaves the window, a resize mid-press); GTK 4.8 to 4.18
    # print it for many apps (e.g. litehtml/litebrowser-linux#26, transmission/transmission#7314)
    "Broken accounting of active state for widget":
        "GTK's accounting of pressed widgets",
    # the kiosk keeps the screen awake; the test session has neither a session manager nor a
    # portal backend (xdg-desktop-portal-gtk cannot start without a display there)
    "Calling org.freedesktop.portal.Inhibit.Inhibit failed":
        "no screen-saver inhibitor in the test session",
    # GTK 4.8 warns when a frame paints a header bar it has not re-allocated yet, after a storm of
    # full-screen toggles and resizes with no window manager; gdb under fatal-warnings shows only
    # GTK's own snapshot path (gtk_widget_snapshot_child, no Dorsal frame) and nothing is drawn wrong
    "Trying to snapshot AdwHeaderBar":
        "GTK painting a header bar between allocations",
    # GtkText's own cursor-blink timer finds a selection it did not expect (a search entry typed
    # into and selected in the same storm) and stops blinking; GTK prints it from blink_cb
    "GtkText - unexpected blinking selection":
        "GtkText's cursor-blink timer",
}
log.seek(0)
warnings = [l for l in log.read().splitlines()
            if ("-CRITICAL" in l or "-WARNING" in l or "CRITICAL **" in l or "WARNING **" in l)]
bad = [l for l in warnings if not any(k in l for k in known)]
results.append(("no GTK criticals or warnings", not bad))

print(f"1..{len(results)}")
for i, (name, ok) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} - {name}")
for l in bad[:20]:
    print("# " + l)
print(f"# {events} events in {time.time() - start:.0f} s")
if resized_to:
    print("# resized to " + ", ".join(resized_to))
for k, why in known.items():
    n = sum(k in l for l in warnings)
    if n:
        print(f"# known, not Dorsal's ({why}): {n} x '{k}'")
if not alive:
    print(f"# exit status {app.returncode}; see monkey-{mode}.log")
    for r in recent:
        print(f"# last events: {r}")
if mode == "kiosk":
    shutil.rmtree(config, ignore_errors=True)
