#!/usr/bin/python3
"""test-extract.py: the ITS rules in data/its extract every person-facing string of
data/content/*.xml, folded and unescaped exactly as the loaders look them up, with the right
context, and po/POTFILES.in lists every file that has strings (TAP)."""
import os, re, sys, tempfile
import xml.etree.ElementTree as ET
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from i18n_common import Tap, parse_po, content_files, extract, fold, SOURCE_ROOT

# Measured when the rules were written (2401 messages from 137 topics, 24 questions, 17 tour
# steps, 44 quiz questions, before referred.xml); a count far below means the rules broke.
MIN_CONTENT_MESSAGES = 2000

tap = Tap()
tmp = tempfile.TemporaryDirectory()
pot, stderr = extract(content_files(), tmp.name)
entries = parse_po(pot)
messages = {(e["ctxt"], e["id"]) for e in entries if e["id"]}
tap.check("xgettext prints no warning for the content files", stderr.strip() == "", stderr)
tap.check("at least %d content messages are extracted (got %d)" % (MIN_CONTENT_MESSAGES, len(messages)),
          len(messages) >= MIN_CONTENT_MESSAGES)

known = [
    ("vertebra-t7", "T7, seventh thoracic vertebra"),
    ("vertebra-t7", "T7"),
    ("start", "Welcome: your upper back"),
    ("age", "How old are you?"),
    ("call-emergency", "Call the emergency number now"),
    ("emergency-department", "Go to an emergency department now"),
    ("notice", "This is not a diagnosis. It helps you decide where to get help."),
    ("upper-back", "Your upper back"),
    ("tap-t7", "Tap T7, the seventh thoracic vertebra."),
    ("floating-ribs", "Ribs 11 and 12"),
]
for ctxt, msgid in known:
    tap.check("known message %s / %r is extracted" % (ctxt, msgid), (ctxt, msgid) in messages)

# Independently of the rules, read every file the way the loaders do: each element a person
# reads, its text folded, with the context the loader passes to g_dpgettext2 (in the assessment:
# the id of the level, question or rule, the answer of an answer rule, or "notice").
def expected():
    want = []
    for path in content_files():
        root = ET.parse(path).getroot()
        name = os.path.basename(path)
        if root.tag == "atlas":
            for topic in root.findall("topic"):
                tid = topic.get("id")
                for tag in ("title", "label", "summary", "plain/p", "clinical/p", "synonym", "source"):
                    for el in topic.findall(tag):
                        want.append((name, tid, el))
        elif root.tag == "assessment":
            readable = ("title", "action", "why", "if-worse", "text", "source", "explanation",
                        "unknown", "choice", "note")
            for el in root.findall("notice"):
                want.append((name, "notice", el))
            for parent in root.findall("levels/level") + root.findall("questions/question") + \
                    root.findall("rules/rule"):
                for el in parent:
                    if el.tag in readable:
                        want.append((name, parent.get("id"), el))
            for parent in root.findall("rules/answer-rule"):
                for el in parent:
                    if el.tag in readable:
                        want.append((name, parent.get("answer"), el))
        elif root.tag == "tour":
            for step in root.findall("step"):
                for el in step.findall("title") + step.findall("plain"):
                    want.append((name, step.get("id"), el))
        elif root.tag == "referred":
            for organ in root.findall("organ"):
                for tag in ("name", "feels", "warning", "source"):
                    for el in organ.findall(tag):
                        want.append((name, organ.get("id"), el))
            for level in root.findall("spinal-level"):
                for el in level.findall("when"):
                    want.append((name, level.get("id"), el))
        elif root.tag == "quiz":
            for q in root.findall("question"):
                for el in q.findall("prompt") + q.findall("option") + q.findall("plain"):
                    want.append((name, q.get("id"), el))
    return want

want = expected()
missing = []
for name, ctxt, el in want:
    text = fold("".join(el.itertext()))
    if (ctxt, text) not in messages:
        missing.append("%s: <%s> context %s: %r" % (name, el.tag, ctxt, text[:90]))
tap.check("every text element of the content (%d) is a message with its id as context" % len(want),
          not missing and len(want) > 0, "\n".join(missing))

roots = {ET.parse(p).getroot().tag for p in content_files()}
tap.check("every content file has a root the rules know (atlas, assessment, tour, quiz, referred)",
          roots <= {"atlas", "assessment", "tour", "quiz", "referred"}, str(roots))

bad = [e["id"] for e in entries if e["id"] and (e["id"] != fold(e["id"]) or re.search(r"&(amp|lt|gt|quot|apos);", e["id"]))]
tap.check("messages are folded and unescaped (no double spaces, no '&amp;')", not bad, "\n".join(bad[:20]))

no_ctxt = [e["id"][:60] for e in entries if e["id"] and e["ctxt"] is None]
tap.check("every content message has a context", not no_ctxt, "\n".join(no_ctxt[:20]))

notes = [e for e in entries if e["id"]]
with open(pot, encoding="utf-8") as f:
    pot_text = f.read()
tap.check("translator notes are extracted (clinical paragraphs say to use standard terms)",
          "#. Clinical paragraph for students and clinicians" in pot_text)

# po/POTFILES.in: complete and valid
potfiles_path = os.path.join(SOURCE_ROOT, "po", "POTFILES.in")
listed = [l.strip() for l in open(potfiles_path, encoding="utf-8")
          if l.strip() and not l.startswith("#")]
tap.check("every file in po/POTFILES.in exists",
          all(os.path.exists(os.path.join(SOURCE_ROOT, p)) for p in listed),
          "\n".join(p for p in listed if not os.path.exists(os.path.join(SOURCE_ROOT, p))))

need = []
for d, _, files in os.walk(os.path.join(SOURCE_ROOT, "src")):
    for n in files:
        if n.endswith(".c"):
            p = os.path.join(d, n)
            if re.search(r'\b(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*"', open(p, encoding="utf-8").read()):
                need.append(os.path.relpath(p, SOURCE_ROOT))
for n in os.listdir(os.path.join(SOURCE_ROOT, "ui")):
    p = os.path.join(SOURCE_ROOT, "ui", n)
    if n.endswith(".ui") and 'translatable="yes"' in open(p, encoding="utf-8").read():
        need.append(os.path.relpath(p, SOURCE_ROOT))
need += [os.path.relpath(p, SOURCE_ROOT) for p in content_files()]
for n in os.listdir(os.path.join(SOURCE_ROOT, "data")):
    if n.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
        need.append("data/" + n)
unlisted = sorted(set(need) - set(listed))
tap.check("po/POTFILES.in lists every file with translatable strings", not unlisted,
          "missing from po/POTFILES.in:\n" + "\n".join(unlisted))
tap.finish()
