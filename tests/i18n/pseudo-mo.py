#!/usr/bin/python3
"""pseudo-mo.py OUTPUT.mo: a pseudo-translation of every message of the current sources, each
msgstr "⟦" + msgid + "⟧", compiled with msgfmt. Tests load content through the app's own loaders
with it: a text without the brackets was looked up with a msgid or context that extraction did
not produce."""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from i18n_common import parse_po, extract_all, po_quote

out = sys.argv[1]
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "dorsal.pot")
    r = extract_all(pot)
    if r.returncode != 0:
        sys.exit("xgettext failed: " + r.stderr)
    po = os.path.join(tmp, "xx.po")
    with open(po, "w", encoding="utf-8") as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                '"Language: xx\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
        for e in parse_po(pot):
            if not e["id"]:
                continue
            if e["ctxt"] is not None:
                f.write("msgctxt %s\n" % po_quote(e["ctxt"]))
            f.write("msgid %s\n" % po_quote(e["id"]))
            if e.get("plural") is not None:
                f.write("msgid_plural %s\n" % po_quote(e["plural"]))
                f.write("msgstr[0] %s\n" % po_quote("⟦" + e["id"] + "⟧"))
                f.write("msgstr[1] %s\n\n" % po_quote("⟦" + e["plural"] + "⟧"))
            else:
                f.write("msgstr %s\n\n" % po_quote("⟦" + e["id"] + "⟧"))
    r = subprocess.run(["msgfmt", "--check", "-o", out, po], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("msgfmt failed: " + r.stderr)
