"""English plural forms: the only "translation" the English interface needs.

The code's texts are English, but a count in a sentence ("%n criterion(s)") needs Qt to
pick "1 criterion" or "3 criteria". Run by scripts/update-translations.sh: every plural
message of the Swedish catalogue gets its two English forms in
resources/i18n/promise_tracker_en.ts, compiled to promise_tracker_en.qm.

Usage: python tools/translations_en.py SWEDISH.ts ENGLISH.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Nouns written in the plural after a count, with their singular.
SINGULAR = {
    "criteria": "criterion",
    "units": "unit",
    "rounds": "round",
    "events": "event",
    "answers": "answer",
    "texts": "text",
    "files": "file",
    "respondents": "respondent",
    "questionnaires": "questionnaire",
    "rows": "row",
    "problems": "problem",
    "changes": "change",
    "differences": "difference",
    "warnings": "warning",
    "standards": "standard",
    "actions": "action",
}
# "(s)" after these words means another plural than adding an s.
IRREGULAR = {"criterion(s)": "criteria"}
VERBS = {"are": "is", "were": "was", "have": "has"}


def forms(source: str) -> tuple[str, str]:
    """(singular, plural) of an English text with %n."""
    plural = source
    for word, many in IRREGULAR.items():
        plural = plural.replace(word, many)
    plural = plural.replace("(s)", "s")
    singular = source
    for word in IRREGULAR:
        singular = singular.replace(word, word[:-3])
    singular = singular.replace("(s)", "")

    def one(match: re.Match[str]) -> str:
        # "%n new rounds are" -> "%n new round is": the first plural noun after the count,
        # and the verb right after it.
        words = match.group(0).split(" ")
        for index, word in enumerate(words):
            bare = word.rstrip(".,;:)")
            if bare in SINGULAR:
                words[index] = word.replace(bare, SINGULAR[bare])
                if index + 1 < len(words) and words[index + 1] in VERBS:
                    words[index + 1] = VERBS[words[index + 1]]
                break
        return " ".join(words)

    if "(s)" in source:
        # The text marks its own plural; only a verb right after it changes ("are" -> "is").
        singular = re.sub(
            r"(%n \S+) (are|were|have)\b", lambda m: f"{m[1]} {VERBS[m[2]]}", singular
        )
    else:
        singular = re.sub(r"%n(?: \S+){1,4}", one, singular, count=1)
    return singular, plural


def write_english(swedish_ts: Path, english_ts: Path) -> int:
    """Write the English plural catalogue; returns how many messages it holds."""
    source_root = ET.parse(swedish_ts).getroot()
    root = ET.Element("TS", {"version": "2.1", "language": "en", "sourcelanguage": "en"})
    count = 0
    for context in source_root.iter("context"):
        name = context.findtext("name") or ""
        plural_messages = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not name or not plural_messages:
            continue
        out_context = ET.SubElement(root, "context")
        ET.SubElement(out_context, "name").text = name
        for message in plural_messages:
            source = message.findtext("source") or ""
            out = ET.SubElement(out_context, "message", {"numerus": "yes"})
            ET.SubElement(out, "source").text = source
            comment = message.findtext("comment")
            if comment:
                ET.SubElement(out, "comment").text = comment
            translation = ET.SubElement(out, "translation")
            for text in forms(source):
                ET.SubElement(translation, "numerusform").text = text
            count += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    english_ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return count


if __name__ == "__main__":
    print(f"{write_english(Path(sys.argv[1]), Path(sys.argv[2]))} English plural texts")
