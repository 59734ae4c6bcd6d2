"""The Swedish catalog covers every interface text, keeps placeholders, and is compiled."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "promise_tracker_sv.ts"
QM = ROOT / "resources" / "i18n" / "promise_tracker_sv.qm"
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"
LRELEASE = BIN / "pyside6-lrelease"

pytestmark = pytest.mark.skipif(
    not (LUPDATE.exists() and LRELEASE.exists()), reason="pyside6-lupdate/lrelease not installed"
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    forms: tuple[str, ...]
    unfinished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            if plural:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    plural=plural,
                    forms=forms,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def sources() -> list[str]:
    package = ROOT / "promise_tracker"
    return sorted(
        str(p) for p in package.rglob("*.py") if "migrations" not in p.relative_to(package).parts
    )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The messages of the current code, extracted into a fresh .ts."""
    folder = tmp_path_factory.mktemp("lupdate")
    ts = folder / "fresh_sv.ts"
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources(), "-ts", str(ts)],
        check=True,
        timeout=300,
    )
    return read_ts(ts)


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    return read_ts(TS)


def key(message: Message) -> tuple[str, str, str]:
    return (message.context, message.source, message.comment)


def describe(messages: list[Message]) -> str:
    return "\n".join(f"  [{m.context}] {m.source!r} {m.comment!r}" for m in messages[:60])


def test_every_text_of_the_code_has_a_swedish_translation(
    extracted: list[Message], committed: list[Message]
) -> None:
    translated = {key(m) for m in committed if not m.unfinished and all(m.forms)}
    missing = [m for m in extracted if key(m) not in translated]
    assert not missing, (
        f"{len(missing)} interface texts have no Swedish translation; run "
        f"scripts/update-translations.sh and translate them:\n{describe(missing)}"
    )


def test_lupdate_reads_every_translate_call_with_its_context(extracted: list[Message]) -> None:
    # translate() imported under another name (e.g. "tr") is read by lupdate as tr(text,
    # comment): the text lands in an empty context and is never translated at run time.
    misread = [m for m in extracted if not m.context]
    assert not misread, (
        "lupdate found texts without a context; call translate(context, text) by that "
        f"name:\n{describe(misread)}"
    )


def test_the_committed_catalog_has_no_unfinished_or_empty_message(
    committed: list[Message],
) -> None:
    bad = [m for m in committed if m.unfinished or not all(m.forms)]
    assert not bad, f"unfinished or empty translations:\n{describe(bad)}"


def test_the_catalog_is_not_a_copy_of_the_english(committed: list[Message]) -> None:
    # Some texts are the same in both languages ("Status", "Respondent {number}", "Python"),
    # but a catalog filled by copying the English would be caught here.
    words = [m for m in committed if re.search(r"[a-z]{4,}", re.sub(r"\{\w+\}", "", m.source))]
    same = [m for m in words if m.forms[0] == m.source]
    assert len(same) < 0.05 * len(words), f"texts left in English:\n{describe(same)}"


def test_plural_texts_have_both_swedish_forms(committed: list[Message]) -> None:
    bad = [m for m in committed if m.plural and (len(m.forms) != 2 or not all(m.forms))]
    assert not bad, f"plural texts without two Swedish forms:\n{describe(bad)}"
    assert any(m.plural for m in committed)


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z_0-9]*(?::[^}]*)?\}|%n|%\d|%[vm]")


def test_translations_keep_placeholders_and_one_mnemonic(committed: list[Message]) -> None:
    problems = []
    for m in committed:
        if m.unfinished:
            continue  # reported by the tests above
        wanted = sorted(PLACEHOLDER.findall(m.source))
        mnemonic = _mnemonics(m.source)
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: placeholders differ")
            if _mnemonics(form) != mnemonic:
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: mnemonics differ")
            if m.plural and "%n" in m.source and "%n" not in form:
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: %n missing")
    assert not problems, "\n".join(problems)


def _mnemonics(text: str) -> int:
    """How many & mark a mnemonic (&& is a literal ampersand)."""
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


def test_the_compiled_catalog_matches_its_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(LRELEASE), "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=120)
    assert QM.exists(), "resources/i18n/promise_tracker_sv.qm is missing: run the update script"
    assert fresh.read_bytes() == QM.read_bytes(), (
        "promise_tracker_sv.qm is older than promise_tracker_sv.ts: run "
        "scripts/update-translations.sh"
    )


def test_the_update_script_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/update-translations.sh" in readme
    assert shutil.which("bash") is None or (ROOT / "scripts" / "update-translations.sh").exists()


def _literal_calls(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every translate()/tr() call with a literal text in `path`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        args = node.args
        plain = isinstance(func, ast.Name)
        if (name.endswith("translate") or name == "QT_TRANSLATE_NOOP") and len(args) >= 2:
            text = args[1]  # also translate() under another name, which lupdate cannot see
        elif plain and name in ("tr", "_tr", "_") and len(args) >= 2:
            text = args[1]
        elif name in ("tr", "QT_TR_NOOP") and isinstance(func, ast.Attribute) and args:
            text = args[0]
        else:
            continue
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
            yield node.lineno, text.value


def test_lupdate_misses_no_translatable_call(extracted: list[Message]) -> None:
    # pyside6-lupdate silently skips some calls (e.g. a plural count given as an attribute,
    # translate(c, t, None, result.count)); such a text would never be translated.
    known = {m.source for m in extracted}
    lost = [
        f"  {path.relative_to(ROOT)}:{line}: {text!r}"
        for path in map(Path, sources())
        for line, text in _literal_calls(path)
        if text not in known
    ]
    assert not lost, (
        "texts pyside6-lupdate does not extract (pass the count as a plain name, call "
        "translate by that name):\n" + "\n".join(lost)
    )


# --- English plural forms -------------------------------------------------------------------

EN_TS = ROOT / "resources" / "i18n" / "promise_tracker_en.ts"
EN_QM = ROOT / "resources" / "i18n" / "promise_tracker_en.qm"


def test_the_english_plural_catalog_is_current_and_compiled(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from translations_en import write_english
    finally:
        sys.path.remove(str(ROOT / "tools"))
    fresh_ts = tmp_path / "en.ts"
    write_english(TS, fresh_ts)
    assert fresh_ts.read_text(encoding="utf-8") == EN_TS.read_text(encoding="utf-8"), (
        "promise_tracker_en.ts is older than the Swedish catalogue: run "
        "scripts/update-translations.sh"
    )
    fresh_qm = tmp_path / "en.qm"
    subprocess.run(
        [str(LRELEASE), "-silent", str(EN_TS), "-qm", str(fresh_qm)], check=True, timeout=120
    )
    assert fresh_qm.read_bytes() == EN_QM.read_bytes()


def test_every_english_plural_has_a_singular_and_a_plural_form() -> None:
    swedish_plurals = {(m.context, m.source) for m in read_ts(TS) if m.plural}
    english = {(m.context, m.source): m.forms for m in read_ts(EN_TS)}
    assert set(english) == swedish_plurals
    for (context, source), (one, many) in english.items():
        assert "(s)" not in one, (context, source)
        assert "(s)" not in many, (context, source)
        assert one.count("%n") == many.count("%n") == source.count("%n") == 1, source
    assert english[("PresenterWindow", "%n criterion(s)")] == ("%n criterion", "%n criteria")
