#!/usr/bin/python3
"""test-readability.py XML...: every <summary> and <plain> passage of the atlas reads at
Flesch-Kincaid grade 8 or below (issue 5), one TAP test per topic. The formula, syllable
count and sentence split are those of ../shared/checks/readability.py, which checks the
overall grade; this checks each passage."""
import re
import sys
import xml.etree.ElementTree as ET

MAX_GRADE = 8.0


def syllables(w):
    w = w.lower().strip(".,;:!?()'\"")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def stats(text):
    sents = [s for s in re.split(r"[.!?]+(?:\s|$)", text) if re.search(r"[A-Za-z]", s)]
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return len(sents), len(words), sum(syllables(w) for w in words)


def grade(s, w, y):
    return 0.39 * w / max(s, 1) + 11.8 * y / max(w, 1) - 15.59


def topic_lines(path):
    lines = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = re.search(r'<topic\s+id="([^"]+)"', line)
            if m:
                lines[m.group(1)] = n
    return lines


def main():
    results = []
    for path in sys.argv[1:]:
        name = path.rsplit("/", 1)[-1]
        lines = topic_lines(path)
        for topic in ET.parse(path).getroot().iter("topic"):
            tid = topic.get("id")
            bad = []
            worst = 0.0
            for tag in ("summary", "plain"):
                for el in topic.iter(tag):
                    text = " ".join("".join(el.itertext()).split())
                    if not text:
                        continue
                    g = grade(*stats(text))
                    worst = max(worst, g)
                    if g > MAX_GRADE:
                        bad.append(f"<{tag}> at grade {g:.1f}")
            results.append((f"{name}:{lines.get(tid, 0)}: {tid} (worst {worst:.1f})", bad))
    print("TAP version 13")
    print(f"1..{len(results)}")
    failed = 0
    for i, (what, bad) in enumerate(results, 1):
        if bad:
            failed += 1
            print(f"not ok {i} - {what}: " + ", ".join(bad))
        else:
            print(f"ok {i} - {what}")
    if not results:
        print("1..1\nnot ok 1 - no topics found")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
