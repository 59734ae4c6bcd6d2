"""Swedish texts for the interface, and the step that writes them into the .ts file.

Run by scripts/update-translations.sh after pyside6-lupdate: every message of
resources/i18n/promise_tracker_sv.ts that is still unfinished and has a Swedish text below
gets it. Texts already translated in the .ts are left alone, so corrections made in Qt
Linguist stay. `--missing` prints the unfinished source texts instead.

The words follow Swedish social services, police and healthcare usage: "kvalitetsstandarder",
"omgång"/"bedömningsomgång", "kriterium", "enhet", "respondent", "konsensus", "underlag",
"ej tillämpligt", "markera för diskussion"; Barnahus stays "Barnahus".
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from sv_texts import CONTEXT_TEXTS, TEXTS  # next to this file

Plural = tuple[str, str]


def swedish(context: str, source: str) -> str | Plural | None:
    """The Swedish text for `source` in `context`, if there is one."""
    return CONTEXT_TEXTS.get((context, source), TEXTS.get(source))


def fill(ts_path: Path, *, report_missing: bool = True) -> list[tuple[str, str]]:
    """Write known Swedish texts into unfinished messages; the (context, source) still missing."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if not name:
                # An empty context means lupdate misread a call (e.g. translate() renamed to
                # tr()): the text is never looked up that way, so it stays unfinished for the
                # tests to flag.
                translation.attrib["type"] = "unfinished"
                translation.text = None
                for form in translation.findall("numerusform"):
                    form.text = None
                missing.append((name, source))
                continue
            if "%n" in source and message.get("numerus") != "yes":
                # lupdate marks translate(context, text, None, count) as plural only when
                # the count is a literal number; a text with %n is always a plural one.
                message.set("numerus", "yes")
                if not translation.findall("numerusform"):
                    translation.text = None
                    translation.attrib["type"] = "unfinished"
            # Context texts (mnemonics that must differ within one window) always apply.
            if translation.get("type") != "unfinished" and (name, source) not in CONTEXT_TEXTS:
                continue
            text = swedish(name, source)
            plural = message.get("numerus") == "yes"
            if text is None or isinstance(text, tuple) != plural:
                missing.append((name, source))
                continue
            if plural:
                forms = translation.findall("numerusform")
                for form in forms:
                    translation.remove(form)
                for value in text:
                    form = ET.SubElement(translation, "numerusform")
                    form.text = value
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    if report_missing and missing:
        print(f"{len(missing)} messages still need a Swedish text:", file=sys.stderr)
        for context_name, source in missing:
            print(f"  [{context_name}] {source!r}", file=sys.stderr)
    return missing


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--missing":
        for context_name, source in fill(Path(args[1]), report_missing=False):
            print(f"    {source!r}: '',  # {context_name}")
    else:
        fill(Path(args[0]))
