#!/usr/bin/python3
"""test-po.py: every translation in po/LINGUAS compiles cleanly and is complete (no fuzzy, no
untranslated message) against the strings of the current sources; the Spanish one keeps the
emergency wording exact and speaks to the reader as "usted" throughout (TAP)."""
import os, re, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from i18n_common import Tap, parse_po, extract_all, SOURCE_ROOT

tap = Tap()
po_dir = os.path.join(SOURCE_ROOT, "po")
linguas = [w for l in open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8")
           if not l.startswith("#") for w in l.split()]
tap.check("po/LINGUAS lists Spanish", "es" in linguas, str(linguas))

# The template of the current sources, made the way meson's dorsal-pot target makes it
# (preset glib, the project's ITS rules), in a temporary folder.
tmp = tempfile.TemporaryDirectory()
pot = os.path.join(tmp.name, "dorsal.pot")
r = extract_all(pot)
tap.check("xgettext extracts the template from po/POTFILES.in", r.returncode == 0 and os.path.exists(pot),
          r.stderr)
template = {(e["ctxt"], e["id"]) for e in parse_po(pot)} if os.path.exists(pot) else set()
template.discard((None, ""))
tap.check("the template has the UI and the content (%d messages)" % len(template), len(template) > 2000)

for lang in linguas:
    path = os.path.join(po_dir, lang + ".po")
    r = subprocess.run(["msgfmt", "--check", "--statistics", "-o", os.devnull, path],
                       capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
    stats = r.stderr.strip()
    tap.check("%s.po passes msgfmt --check" % lang, r.returncode == 0, stats)
    tap.check("%s.po has no fuzzy and no untranslated message (%s)" % (lang, stats.splitlines()[-1] if stats else ""),
              r.returncode == 0 and "fuzzy" not in stats and "untranslated" not in stats, stats)
    entries = parse_po(path)
    done = {(e["ctxt"], e["id"]) for e in entries if e["id"] and e["str"] and "fuzzy" not in e["flags"]}
    missing = sorted(template - done, key=lambda k: (k[0] or "", k[1]))
    tap.check("%s.po translates every message of the current sources (%d missing)" % (lang, len(missing)),
              not missing, "\n".join("%s | %s" % (c or "-", i[:80]) for c, i in missing[:40]))

es = os.path.join(po_dir, "es.po")
if os.path.exists(es):
    entries = [e for e in parse_po(es) if e["id"]]
    # the emergency actions, word for word, wherever the English gives them
    rules = [("call the emergency number now", "llame al número de emergencias ahora"),
             ("go to an emergency department now", "vaya a urgencias ahora")]
    for en, want in rules:
        bad = [e["id"][:70] for e in entries
               if en in e["id"].lower() and e["str"] and want not in e["str"].lower()]
        n = sum(1 for e in entries if en in e["id"].lower())
        tap.check("es.po says \"%s\" wherever the English says \"%s\" (%d messages)" % (want, en, n),
                  n > 0 and not bad, "\n".join(bad))
    levels = {(e["ctxt"], e["id"]): e["str"] for e in entries}
    title = levels.get(("call-emergency", "Call the emergency number now"))
    tap.check("the call-emergency level title is \"Llame al número de emergencias ahora\"",
              title == "Llame al número de emergencias ahora", title)
    title = levels.get(("emergency-department", "Go to an emergency department now"))
    tap.check("the emergency-department level title is \"Vaya a urgencias ahora\"",
              title == "Vaya a urgencias ahora", title)
    # "usted" throughout: no second-person familiar forms
    tu = re.compile(r"\b(tú|tu|tus|te|ti|contigo|eres|estás|tienes|puedes|debes|quieres|sientes|"
                    r"notas|haces|sabes|vas|necesitas)\b", re.I)
    bad = ["%s: %s" % (e["id"][:40], tu.search(e["str"]).group(0)) for e in entries
           if e["str"] and tu.search(e["str"])]
    tap.check("es.po speaks to the reader as \"usted\" (no tú forms)", not bad, "\n".join(bad[:30]))
    # mnemonics and format directives are kept
    bad = [e["id"] for e in entries if e["str"] and ("_" in e["id"]) != ("_" in e["str"])
           and re.match(r"^[^ ]*_[A-Za-z]", e["id"])]
    tap.check("every mnemonic (_X) keeps a mnemonic", not bad, "\n".join(bad))
    directive = re.compile(r"%[-+ 0#]*\d*(?:\.\d+)?[sdiufgcx]")
    bad = []
    for e in entries:
        sources = [e["id"], e.get("plural") or e["id"]]
        for n, form in enumerate(e["forms"]):
            if form and not re.search(r"%\d+\$", form) and \
                    sorted(directive.findall(sources[min(n, 1)])) != sorted(directive.findall(form)):
                bad.append(e["id"])
    tap.check("format directives match in every message", not bad, "\n".join(bad))
tap.finish()
