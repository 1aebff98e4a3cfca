"""i18n_common.py: shared helpers of the i18n tests (TAP output, .po parsing, xgettext runs)."""
import os, re, subprocess, sys, tempfile

SOURCE_ROOT = os.environ.get("DORSAL_SOURCE_ROOT",
                             os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
BUILD_ROOT = os.environ.get("DORSAL_BUILD_ROOT", "")
CONTENT_DIR = os.path.join(SOURCE_ROOT, "data", "content")
CONTENT_ROOTS = ("atlas", "assessment", "tour", "quiz", "referred")


class Tap:
    def __init__(self):
        self.results = []

    def check(self, name, ok, detail=""):
        self.results.append((name, bool(ok), detail))
        return ok

    def finish(self):
        print("1..%d" % len(self.results))
        failed = 0
        for i, (name, ok, detail) in enumerate(self.results, 1):
            print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
            if not ok:
                failed += 1
                for line in str(detail).splitlines()[:60]:
                    print("# " + line)
        sys.exit(1 if failed else 0)


def _unquote(s):
    s = s[1:-1]
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def parse_po(path):
    """The entries of a .po/.pot file as dicts: ctxt, id, plural, str (msgstr or msgstr[0]), forms
    (every msgstr[n]), flags, refs, line (obsolete ones skipped)."""
    entries, cur, key = [], None, None

    def flush():
        if cur is not None and "id" in cur and not cur["obsolete"]:
            strs = cur.get("strs", {})
            cur["str"] = strs.get(0, "")
            cur["forms"] = [strs[i] for i in sorted(strs)]
            entries.append(cur)

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                cur, key = None, None
                continue
            if cur is None:
                cur = {"ctxt": None, "str": "", "flags": [], "refs": [], "line": n, "obsolete": False}
            if line.startswith("#~"):
                cur["obsolete"] = True
                continue
            if line.startswith("#,"):
                cur["flags"] += [x.strip() for x in line[2:].split(",")]
                continue
            if line.startswith("#:"):
                cur["refs"] += line[2:].split()
                continue
            if line.startswith("#"):
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
            if m:
                kw = m.group(1)
                key = {"msgctxt": "ctxt", "msgid": "id", "msgid_plural": "plural"}.get(kw)
                if key is None:
                    key = ("strs", int(m.group(2) or 0))
                    cur.setdefault("strs", {})[key[1]] = _unquote(m.group(3))
                else:
                    cur[key] = _unquote(m.group(3))
            elif key is not None:
                if isinstance(key, tuple):
                    cur["strs"][key[1]] += _unquote(line.strip())
                else:
                    cur[key] = (cur.get(key) or "") + _unquote(line.strip())
    flush()
    return entries


def content_files():
    return sorted(os.path.join(CONTENT_DIR, n) for n in os.listdir(CONTENT_DIR) if n.endswith(".xml"))


def extract(files, outdir):
    """Runs xgettext with the project's ITS rules (data/its) on files; returns the .pot path."""
    pot = os.path.join(outdir, "content.pot")
    env = dict(os.environ)
    env["GETTEXTDATADIRS"] = os.path.join(SOURCE_ROOT, "data")
    r = subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments=Translators",
                        "--package-name=dorsal", "-o", pot]
                       + [os.path.relpath(f, SOURCE_ROOT) for f in files],
                       capture_output=True, text=True, env=env, cwd=SOURCE_ROOT)
    if r.returncode != 0:
        raise RuntimeError("xgettext failed: " + r.stderr)
    return pot, r.stderr


def fold(text):
    """White space folded the way xgettext and the loaders fold it."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")


GLIB_PRESET = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
               "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
               "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
               "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
               "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
               "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
               "--flag=g_markup_printf_escaped:1:c-format", "--flag=g_log:3:c-format",
               "--flag=g_print:1:c-format", "--flag=g_printerr:1:c-format",
               "--flag=g_printf:1:c-format", "--flag=g_fprintf:2:c-format",
               "--flag=g_sprintf:2:c-format", "--flag=g_snprintf:3:c-format"]


def extract_all(pot):
    """The template of the current sources, made the way meson's dorsal-pot target makes it
    (preset glib, po/POTFILES.in, the project's ITS rules). Returns the CompletedProcess."""
    env = dict(os.environ, GETTEXTDATADIRS=os.path.join(SOURCE_ROOT, "data"))
    return subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments=Translators", "-o", pot,
                           "--files-from=" + os.path.join(SOURCE_ROOT, "po", "POTFILES.in")] + GLIB_PRESET,
                          capture_output=True, text=True, env=env, cwd=SOURCE_ROOT)


def po_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
