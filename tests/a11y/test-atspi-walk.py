#!/usr/bin/python3
"""test-atspi-walk.py DORSAL [UNNAMED_FIXTURE]: what a screen reader finds in the running app.

Runs itself under its own `dbus-run-session` (a private session bus, so parallel tests cannot see
each other's apps), starts its own Xvfb (checked by connecting) and, with a runtime folder of its
own (its socket is named after the display number), the accessibility bus (at-spi-bus-launcher).
Then, through
AT-SPI (python3-pyatspi, Debian's /usr/bin/python3):
  - the negative control: the fixture window with one icon-only button and no name is walked
    and exactly that button is reported (proves the walk does fail on a missing name);
  - the real app: no control that can take focus or has an action lacks a name, and in the back
    view all 12 thoracic vertebrae (T1-T12) and all 24 ribs are reachable by name.
The app's environment must not turn accessibility off (GTK_A11Y=none, NO_AT_BRIDGE): this script
removes both. GTK 4.8 gives a control with no name of its own the type name of its child
("GtkImage" for an icon-only button): that counts as no name. TAP output; each failure lists what
was missing."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

MARK = "DORSAL_ATSPI_WALK_STDERR"
START_TIMEOUT = 60      # seconds for the app to appear on the accessibility bus
STEP_TIMEOUT = 30       # seconds for a condition inside the app (drawing loaded, and so on)
children = []


def cleanup(*_):
    for p in reversed(children):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


def bail(msg):
    print("Bail out! " + msg, flush=True)
    cleanup()
    sys.exit(1)


if MARK not in os.environ:
    # outside: a display, then this script again inside its own D-Bus session, whose daemon (and
    # the portals it may start) keep their chatter out of the test log;
    # always a display of our own, checked by connecting to it (a number another session holds,
    # even one this /tmp cannot see, fails the check: try another); the accessibility bus's
    # socket is named after the display number, so it goes in a runtime folder of our own
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        bail("no Xvfb or xdotool")
    import random
    for n in random.Random(os.getpid()).sample(range(400, 900), 8):
        if os.path.exists("/tmp/.X%d-lock" % n):
            continue
        xvfb = subprocess.Popen(["Xvfb", ":%d" % n, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ready = False
        for _ in range(50):
            time.sleep(0.1)
            if xvfb.poll() is not None:
                break
            if subprocess.run(["xdotool", "getdisplaygeometry"], env=dict(os.environ, DISPLAY=":%d" % n),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                ready = True
                break
        if ready:
            children.append(xvfb)
            break
        if xvfb.poll() is None:
            xvfb.kill()
            xvfb.wait()
    else:
        bail("could not start Xvfb")
    os.environ["DISPLAY"] = ":%d" % n
    runtime = tempfile.mkdtemp(prefix="dorsal-atspi-")
    os.chmod(runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    env = dict(os.environ)
    out, err = os.dup(1), os.dup(2)
    env[MARK] = "%d,%d" % (out, err)
    for k in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "NO_AT_BRIDGE", "GTK_A11Y",
              "WAYLAND_DISPLAY"):
        env.pop(k, None)
    try:
        rc = subprocess.run(["dbus-run-session", "--", sys.executable] + sys.argv, env=env,
                            pass_fds=(out, err), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            timeout=320).returncode
    except subprocess.TimeoutExpired:
        print("Bail out! took longer than 320 s")
        rc = 1
    cleanup()
    shutil.rmtree(runtime, ignore_errors=True)
    sys.exit(rc)

# inside: TAP to the real standard output, our errors to the real standard error; the D-Bus
# daemon and the services it starts (the accessibility registry prints a line) keep theirs
out, err = (int(fd) for fd in os.environ[MARK].split(","))
os.dup2(out, 1)
os.dup2(err, 2)
signal.signal(signal.SIGALRM, lambda *_: bail("took longer than 280 s"))
signal.alarm(280)
os.environ["GDK_BACKEND"] = "x11"

# no portal in this private session: libadwaita and GTK read their settings directly
os.environ["ADW_DISABLE_PORTAL"] = "1"
os.environ["GTK_USE_PORTAL"] = "0"

# the accessibility bus: ask for its address (D-Bus activation starts at-spi-bus-launcher);
# start the launcher by hand if activation is not available
def a11y_bus_address():
    r = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
                        "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
                       capture_output=True, text=True, timeout=20)
    return r.stdout.strip() if r.returncode == 0 else None


if a11y_bus_address() is None and os.path.exists("/usr/libexec/at-spi-bus-launcher"):
    children.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
for _ in range(40):
    if a11y_bus_address():
        break
    time.sleep(0.25)
else:
    bail("no accessibility bus (at-spi2-core)")

import gi  # noqa: E402
gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402
import pyatspi  # noqa: E402

# GTK 4 publishes no AT-SPI cache object, and libatspi warns once that it found none
GLib.log_set_handler("dbind", GLib.LogLevelFlags.LEVEL_WARNING, lambda *args: None)

ACTIONABLE_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
                    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM,
                    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_COMBO_BOX,
                    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
                    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST_BOX,
                    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_TEXT}


# a control's insides (a button's label, a drop-down's list item) are read as part of it
COMPOSITE_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
                   pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LINK, pyatspi.ROLE_COMBO_BOX,
                   pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_MENU_ITEM}


def retry(fn, default=None, tries=4):
    for i in range(tries):
        try:
            return fn()
        except gi.repository.GLib.Error:
            time.sleep(0.1 * (i + 1))
    return default


def find_app(pid, timeout, name=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = retry(lambda: pyatspi.Registry.getDesktop(0))
        if desktop is not None:
            # libatspi keeps the desktop's list of applications and may miss the event of a new
            # one: read it afresh each time
            retry(lambda: desktop.clear_cache())
            for i in range(retry(lambda: desktop.get_child_count(), 0)):
                app = retry(lambda: desktop.get_child_at_index(i))
                if app is None or retry(lambda: app.get_child_count(), 0) == 0:
                    continue
                # by process, or by program name (the process id is not always readable)
                if retry(lambda: app.get_process_id(), -1) == pid or \
                        (name is not None and retry(lambda: app.get_name(), None) == name):
                    return app
        time.sleep(0.5)
    return None


class Node:
    __slots__ = ("acc", "path", "role", "name", "states", "children", "inside")


def walk(root, limit=50000):
    """every visible node under root, read once: role, name, states, actions, children"""
    out, stack = [], [(root, "", False)]
    while stack and len(out) < limit:
        acc, path, inside = stack.pop()
        n = Node()
        n.acc = acc
        n.inside = inside
        n.role = retry(lambda: acc.get_role(), None)
        n.path = path + "/" + (retry(lambda: acc.get_role_name(), "?") or "?")
        n.name = (retry(lambda: acc.get_name(), "") or "").strip()
        states = retry(lambda: acc.get_state_set())
        n.states = set(states.get_states()) if states is not None else set()
        n.children = []
        out.append(n)
        kids = []
        for i in range(retry(lambda: acc.get_child_count(), 0)):
            child = retry(lambda: acc.get_child_at_index(i))
            if child is not None:
                kids.append(child)
        contains = inside or (n.role in COMPOSITE_ROLES)
        for child in reversed(kids):
            stack.append((child, n.path, contains))
        n.children = kids
    return out


def is_visible(n):
    return pyatspi.STATE_VISIBLE in n.states


def is_control(n):
    if not is_visible(n):
        return False
    if n.role in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW, pyatspi.ROLE_APPLICATION, pyatspi.ROLE_LABEL,
                  pyatspi.ROLE_SCROLL_PANE):
        return False  # named by the title, by their own text, or only a scrolling container
    # (GTK 4.8 gives every widget with installed actions the Action interface, so that alone
    # does not make a control)
    return pyatspi.STATE_FOCUSABLE in n.states or n.role in ACTIONABLE_ROLES


def unnamed(nodes):
    bad = []
    for n in nodes:
        if n.inside:
            continue
        if is_control(n) and (not n.name or re.fullmatch(r"(Gtk|Adw|Dorsal)[A-Z]\w*", n.name)):
            bad.append("%s %r" % (n.path, n.name))
    return bad


def start(argv, extra_env=None):
    env = dict(os.environ)
    env.update(extra_env or {})
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    p = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    children.append(p)
    return p


def stop(p):
    if p.poll() is None:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
    err = p.stderr.read() if p.stderr else ""
    return [line for line in err.splitlines() if "CRITICAL" in line or "WARNING" in line]


def doubled(nodes):
    """GTK 4.8 joins an accessible label and the labelled-by text of a button's own label:
    "Start" with a visible "_Start" is read "Start Start"."""
    by_acc = {}
    for n in nodes:
        by_acc[n.acc] = n
    def texts(n, depth=0):
        out = []
        for c in n.children:
            cn = by_acc.get(c)
            if cn is None:
                continue
            if cn.role == pyatspi.ROLE_LABEL and cn.name:
                out.append(cn.name)
            elif depth < 4:
                out.extend(texts(cn, depth + 1))
        return out
    bad = []
    for n in nodes:
        if not is_control(n):
            continue
        for text in texts(n):
            if n.name != text and n.name.endswith(" " + text):
                bad.append("%s %r (its label says %r)" % (n.path, n.name, text))
                break
    return bad


results = []


def check(name, bad, todo=None):
    results.append((name, bad, todo))


dorsal = sys.argv[1]
fixture = sys.argv[2] if len(sys.argv) > 2 else None

if fixture:
    for attempt in range(2):
        p = start([fixture])
        app = find_app(p.pid, START_TIMEOUT / 2, os.path.basename(fixture))
        if app is not None:
            break
        print("# the fixture did not appear (exit status %s): %s"
              % (p.poll(), " | ".join(stop(p)) or "nothing on its standard error"))
    else:
        bail("the unnamed-button fixture did not appear on the accessibility bus")
    bad = unnamed(walk(app))
    check("negative control: the walk reports the fixture's one unnamed button",
          [] if len(bad) == 1 and "button" in bad[0] else ["reported: %r" % bad])
    stop(p)

for attempt in range(2):  # a busy machine can be slow to start the first time
    p = start([dorsal], {"GSETTINGS_BACKEND": "memory"})
    app = find_app(p.pid, START_TIMEOUT, "dorsal")
    if app is not None:
        break
    stop(p)
else:
    bail("dorsal did not appear on the accessibility bus within %d s, twice" % START_TIMEOUT)

VERTEBRA = re.compile(r"^T(\d{1,2}), [a-z]+ thoracic vertebra$")
RIB = re.compile(r"^Rib (\d{1,2}), (left|right)\b")
deadline = time.time() + STEP_TIMEOUT
time.sleep(2)
while True:
    nodes = walk(app)
    names = [n.name for n in nodes if is_visible(n)]
    vertebrae = {int(m.group(1)) for m in map(VERTEBRA.match, names) if m}
    ribs = {(int(m.group(1)), m.group(2)) for m in map(RIB.match, names) if m}
    if (len(vertebrae & set(range(1, 13))) == 12 and len(ribs) >= 24) or time.time() > deadline:
        break
    time.sleep(2)  # the drawing loads after the window shows

# a screen-reader user opens T7 from the drawing (its button's action): the topic page then
# has its own controls (related links, "show me") to check too
opened = []
t7 = [n for n in nodes if n.name.startswith("T7, ") and n.role == pyatspi.ROLE_PUSH_BUTTON
      and pyatspi.STATE_FOCUSABLE in n.states]
if t7:
    try:
        action = t7[0].acc.queryAction()
    except NotImplementedError:
        action = None
    if action is not None and retry(lambda: action.doAction(0), False):
        time.sleep(2)
        topic_nodes = walk(app)
        if any(n.name == "T7, seventh thoracic vertebra" and n.role == pyatspi.ROLE_HEADING
               or n.role == pyatspi.ROLE_LABEL and n.name == "T7, seventh thoracic vertebra"
               for n in topic_nodes):
            opened = topic_nodes
check("T7's button in the drawing opens its topic through AT-SPI", [] if opened else ["not opened"])
nodes = nodes + opened

check("found the app's controls (%d nodes)" % len(nodes), [] if len(nodes) > 50 else ["only %d" % len(nodes)])
bad = unnamed(nodes)
check("no focusable or actionable control without a name", bad)
# GTK 4.8 sets a mnemonic button's accessible label to its raw text AND labels it by its label
# child, so "_Start" is read "_Start Start" (an explicit label gives "Start Start"): a button
# named on purpose has its labelled-by relation reset; one named by an AdwButtonContent needs
# no label of its own
bad = doubled(nodes)
check("no control whose name repeats its visible label", bad)
check("T1-T12 reachable by name in the back view",
      ["T%d missing" % i for i in range(1, 13) if i not in vertebrae])
check("24 ribs (1-12, left and right) reachable by name in the back view",
      ["rib %d %s missing" % (i, s) for i in range(1, 13) for s in ("left", "right") if (i, s) not in ribs])
alive = p.poll() is None
logs = stop(p)
check("dorsal ran through the walk and logged no warnings or criticals",
      ([] if alive else ["exited early with %s" % p.returncode]) + logs)
cleanup()

print("1..%d" % len(results))
fails = 0
for i, (name, bad, todo) in enumerate(results, 1):
    print(("ok" if not bad else "not ok") + " %d - %s" % (i, name) + (" # TODO " + todo if todo else ""))
    for b in bad[:60]:
        print("# " + b)
    if len(bad) > 60:
        print("# ... and %d more" % (len(bad) - 60))
    fails += bool(bad) and not todo
sys.exit(1 if fails else 0)
