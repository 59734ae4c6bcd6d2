"""Tests for reading standards packs: every broken-pack fixture, valid packs, hashing, texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from promise_tracker.errors import PackError
from promise_tracker.standards.loader import (
    PackValidationError,
    Problem,
    content_hash,
    load_pack,
    load_pack_bytes,
    load_pack_text,
)
from promise_tracker.standards.model import LocalizedText

PACKS = Path(__file__).resolve().parents[2] / "fixtures" / "packs"
VALID = PACKS / "valid"
BROKEN = PACKS / "broken"
MINIMAL = VALID / "minimal.yaml"

# fixture name -> (line, path, message fragment) of the one problem it has.
EXPECTED: dict[str, tuple[int | None, str, str]] = {
    "not-yaml": (16, "(pack)", "not valid YAML: expected <block end>"),
    "not-utf8": (11, "(pack)", "not UTF-8 text (byte 0xF6"),
    "several-documents": (47, "(pack)", "expected a single document in the stream"),
    "unsafe-tag": (11, "(pack)", "a pack may not use tags like this"),
    "empty": (None, "(pack)", "the file is empty"),
    "not-a-mapping": (
        2,
        "(pack)",
        "a pack is a mapping of fields (format, id, version, ...), found a list",
    ),
    "duplicate-key": (
        46,
        "standards[1].criteria[0].statement",
        "duplicate key 'statement' (first given at line 45)",
    ),
    "newer-format": (2, "format", "format 2 is newer than this app understands"),
    "unsupported-format": (2, "format", "format 0 is not supported (this app reads format 1)"),
    "missing-field": (44, "standards[1].criteria[0]", "missing required field 'evidence'"),
    "wrong-type": (5, "languages", "expected a list, found text"),
    "unquoted-boolean": (
        13,
        "answer_scale[0].id",
        'YAML read the unquoted yes as true/false; put it in quotes: "yes"',
    ),
    "unquoted-version": (
        4,
        "version",
        'expected text, but YAML read the unquoted 1.0 as a number; put it in quotes: "1.0"',
    ),
    "unquoted-standard-number": (
        41,
        "standards[1].number",
        'YAML read the unquoted 2 as a number; put it in quotes: "2"',
    ),
    "unknown-field": (
        40,
        "standards[0].children[0].criteria[0].concern",
        "unknown field 'concern' (did you mean 'concerns'?)",
    ),
    "missing-language": (45, "standards[1].criteria[0].statement", "missing language 'sv'"),
    "undeclared-language": (
        7,
        "title.de",
        "language 'de' is not declared in languages (en, sv)",
    ),
    "empty-text": (46, "standards[1].criteria[0].evidence.sv", "empty text"),
    "default-language-not-declared": (
        6,
        "default_language",
        "default language 'de' is not one of the pack's languages (en, sv)",
    ),
    "bad-pack-id": (3, "id", "pack id 'Test_Pack' is not valid"),
    "bad-version": (4, "version", "version '1.0-beta' is not valid"),
    "bad-language-code": (5, "languages[1]", "language code 'SV' is not valid"),
    "bad-criterion-id": (44, "standards[1].criteria[0].id", "criterion id 'T_2_01' is not valid"),
    "bad-answer-id": (19, "answer_scale[2].id", "answer id 'N/A' is not valid"),
    "bad-perspective-id": (24, "perspectives[0].id", "perspective id 'Management' is not valid"),
    "bad-concern-id": (27, "concerns[0].id", "concern id 'police_dept' is not valid"),
    "bad-standard-number": (41, "standards[1].number", "standard number '2a' is not valid"),
    "bad-concern-kind": (
        28,
        "concerns[0].kind",
        "kind 'building' is not valid: use room or agency",
    ),
    "duplicate-criterion-id": (
        44,
        "standards[1].criteria[0].id",
        "duplicate criterion id 'T-1.1-01' (already used at line 37)",
    ),
    "duplicate-standard-number": (
        41,
        "standards[1].number",
        "duplicate standard number '1' (already used at line 31)",
    ),
    "duplicate-answer-id": (
        19,
        "answer_scale[2].id",
        "duplicate answer id 'no' (already used at line 16)",
    ),
    "duplicate-perspective-id": (
        26,
        "perspectives[1].id",
        "duplicate perspective id 'management' (already used at line 24)",
    ),
    "duplicate-concern-id": (
        30,
        "concerns[1].id",
        "duplicate concern id 'police' (already used at line 27)",
    ),
    "retired-criterion-id": (
        45,
        "standards[1].criteria[0].id",
        "criterion id 'T-2-01' is retired (listed in retired_ids)",
    ),
    "no-counting-answer": (12, "answer_scale", "no answer counts in the score"),
    "score-out-of-range": (15, "answer_scale[0].score", "score 100 is outside 0..1"),
    "no-perspectives": (23, "perspectives", "a pack needs at least one perspective"),
    "unknown-concern": (
        40,
        "standards[0].children[0].criteria[0].concerns[0]",
        "unknown concern 'polise' (did you mean 'police'?)",
    ),
    "empty-standard": (
        41,
        "standards[1]",
        "standard '2' is empty: give it children (sub-standards) or criteria",
    ),
    "children-and-criteria": (
        31,
        "standards[0]",
        "standard '1' has both children (sub-standards) and criteria",
    ),
    "number-not-under-parent": (
        34,
        "standards[0].children[0].number",
        "sub-standard '2.1' is not numbered under its parent '1' (expected 1.<n>)",
    ),
}

# The fixture with several problems at once, each (line, path, message fragment).
SEVERAL_PROBLEMS = [
    (4, "version", 'put it in quotes: "1.0"'),
    (15, "answer_scale[0].score", "score 2 is outside 0..1"),
    (
        40,
        "standards[0].children[0].criteria[0].concerns[0]",
        "unknown concern 'polise'",
    ),
    (44, "standards[1].criteria[0].id", "duplicate criterion id 'T-1.1-01'"),
    (45, "standards[1].criteria[0].statement", "missing language 'sv'"),
]


def problems_of(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(PackValidationError) as caught:
        load_pack(path)
    return caught.value.problems


# -- broken packs ---------------------------------------------------------------------------------


def test_every_broken_fixture_has_an_expectation() -> None:
    on_disk = {path.stem for path in BROKEN.glob("*.yaml")}
    assert on_disk == set(EXPECTED) | {"several-problems"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_fixture_is_reported_at_its_line_and_path(name: str) -> None:
    line, path, fragment = EXPECTED[name]
    fixture = BROKEN / f"{name}.yaml"

    problems = problems_of(fixture)

    # Each fixture breaks exactly one rule, so one problem, and no cascade of follow-ups.
    assert len(problems) == 1, "\n".join(map(str, problems))
    problem = problems[0]
    assert problem.file == str(fixture)
    assert problem.line == line
    assert problem.path == path
    assert fragment in problem.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_fixture_says_what_is_wrong_in_its_header(name: str) -> None:
    first_line = (BROKEN / f"{name}.yaml").read_bytes().split(b"\n", 1)[0]
    assert first_line.startswith(b"# BROKEN: ")


def test_several_problems_are_all_listed_in_one_error() -> None:
    fixture = BROKEN / "several-problems.yaml"
    with pytest.raises(PackValidationError) as caught:
        load_pack(fixture)
    error = caught.value

    found = [(problem.line, problem.path) for problem in error.problems]
    assert found == [(line, path) for line, path, _ in SEVERAL_PROBLEMS]
    for problem, (_, _, fragment) in zip(error.problems, SEVERAL_PROBLEMS, strict=True):
        assert fragment in problem.message
    message = str(error)
    assert message.startswith(f"The standards pack {fixture} has 5 problems:")
    for problem in error.problems:
        assert f"  {problem}" in message


def test_validation_error_is_a_pack_error() -> None:
    with pytest.raises(PackError, match="has 1 problem:"):
        load_pack(BROKEN / "missing-field.yaml")


def test_problem_reads_file_line_path_message() -> None:
    problem = Problem("p.yaml", 42, "standards[1].criteria[0].statement", "missing language 'sv'")
    assert str(problem) == "p.yaml:42: standards[1].criteria[0].statement: missing language 'sv'"
    assert str(Problem("p.yaml", None, "(pack)", "the file is empty")) == (
        "p.yaml: (pack): the file is empty"
    )


def test_missing_file_raises_pack_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(PackError, match="Standards pack not found") as caught:
        load_pack(missing)
    assert str(missing) in str(caught.value)
    assert not isinstance(caught.value, PackValidationError)


def test_folder_instead_of_file_raises_pack_error(tmp_path: Path) -> None:
    folder = tmp_path / "pack.yaml"
    folder.mkdir()
    with pytest.raises(PackError, match="it is a folder"):
        load_pack(folder)


def test_unreadable_file_raises_pack_error_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod does not stop root, so the operating system's refusal is simulated.
    locked = tmp_path / "locked.yaml"
    locked.write_bytes(MINIMAL.read_bytes())

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(PackError) as caught:
        load_pack(locked)
    assert str(caught.value) == f"Cannot read the standards pack {locked}: Permission denied"


def test_utf16_file_is_reported_as_such() -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    with pytest.raises(PackValidationError, match="the file is UTF-16 text; save it as UTF-8"):
        load_pack_bytes(text.encode("utf-16"), "u16.yaml")


def test_utf8_byte_order_mark_is_accepted() -> None:
    data = MINIMAL.read_bytes()
    assert load_pack_bytes(b"\xef\xbb\xbf" + data, "bom.yaml").id == "test-pack"


def test_non_text_keys_say_to_quote_them() -> None:
    # Norwegian's code is a YAML boolean when unquoted.
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "title: {en: Test pack, sv: Testpaket}", "title: {en: Test pack, sv: Testpaket, no: x}"
    )
    with pytest.raises(PackValidationError) as caught:
        load_pack_text(text, "no.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.path) == (8, "title")
    assert (
        "expected a language code, but YAML read the unquoted no as true/false" in problem.message
    )


# Smaller faults, made by editing one line of the minimal pack: (old, new, line, path, message).
INLINE_FAULTS = [
    (
        "    requires_justification: true",
        "    requires_justification: 1",
        23,
        "answer_scale[2].requires_justification",
        # Quoting would not help here, so the message does not suggest it.
        "expected true or false, found a number",
    ),
    (
        "    score: 1\n",
        '    score: "1"\n',
        16,
        "answer_scale[0].score",
        "expected a number from 0 to 1, or null, found text",
    ),
    ("format: 1", 'format: "1"', 3, "format", "expected a whole number (1), found text"),
    (
        "title: {en: Test pack, sv: Testpaket}",
        "title: Test pack",
        8,
        "title",
        'expected texts per language, like {en: "...", sv: "..."}, found text',
    ),
    (
        "concerns: [police]",
        "concerns:",
        41,
        "standards[0].children[0].criteria[0].concerns",
        "expected a list, found nothing (null)",
    ),
    (
        "concerns: [police]",
        "concerns: [police, police]",
        41,
        "standards[0].children[0].criteria[0].concerns[1]",
        "concern 'police' is listed twice",
    ),
    (
        "      - id: T-2-01\n",
        "      - T-2-00\n      - id: T-2-01\n",
        45,
        "standards[1].criteria[0]",
        "expected a mapping of fields, found text",
    ),
    (
        "  citation:",
        "  published: 2017-06-14 10:00:00\n  citation:",
        11,
        "source.published",
        "expected a date like 2017-06-14, found a date and time",
    ),
    (
        "  citation:",
        "  url: www.example.org\n  citation:",
        11,
        "source.url",
        "url 'www.example.org' must start with https:// or http://",
    ),
    ("languages: [en, sv]", "languages: [en, sv, en]", 6, "languages[2]", "listed twice"),
    (
        "standards:\n",
        "retired_ids: [T-0-01, T-0-01]\nstandards:\n",
        31,
        "retired_ids[1]",
        "duplicate retired id 'T-0-01' (already used at line 31)",
    ),
    (
        "    score: 1\n",
        "\tscore: 1\n",
        16,
        "(pack)",
        "found character '\\t' that cannot start any token",
    ),
]


@pytest.mark.parametrize(("old", "new", "line", "path", "fragment"), INLINE_FAULTS)
def test_inline_fault_is_reported(old: str, new: str, line: int, path: str, fragment: str) -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(PackValidationError) as caught:
        load_pack_text(text.replace(old, new, 1), "inline.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.path) == (line, path)
    assert fragment in problem.message


def test_a_newer_format_reports_nothing_else() -> None:
    # A newer format may legitimately use fields this app does not know.
    text = MINIMAL.read_text(encoding="utf-8").replace("format: 1", "format: 3\nextra: 1")
    with pytest.raises(PackValidationError) as caught:
        load_pack_text(text, "new.yaml")
    assert [problem.path for problem in caught.value.problems] == ["format"]


def test_recursive_standards_stop_with_a_problem() -> None:
    text = """\
format: 1
id: deep
version: "1"
languages: [en]
default_language: en
title: {en: t}
publisher: {en: p}
source: {citation: {en: c}}
provenance: {en: p}
answer_scale: [{id: "yes", label: {en: "Yes"}, score: 1}]
perspectives: [{id: staff, label: {en: Staff}}]
standards: &loop
  - number: "1"
    title: {en: t}
    children: *loop
"""
    with pytest.raises(PackValidationError, match="nested too deeply"):
        load_pack_text(text, "loop.yaml")


# -- valid packs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(VALID.glob("*.yaml")), ids=lambda path: path.name)
def test_valid_fixture_loads_with_origin_and_hash(path: Path) -> None:
    pack = load_pack(path)
    assert pack.origin == str(path)
    assert len(pack.content_hash) == 64
    assert int(pack.content_hash, 16) >= 0


def test_minimal_pack_is_read_into_the_model() -> None:
    pack = load_pack(MINIMAL)

    assert pack.key == ("test-pack", "1.0.0")
    assert pack.languages == ("en", "sv")
    assert pack.default_language == "en"
    assert pack.title.get("sv") == "Testpaket"
    assert pack.answer_scale.ids == ("yes", "no", "na")
    assert [option.score for option in pack.answer_scale.options] == [1.0, 0.0, None]
    assert pack.answer_scale.option("na").requires_justification
    assert not pack.answer_scale.option("yes").requires_justification
    assert [perspective.id for perspective in pack.perspectives] == ["management"]
    assert pack.concern("police").kind == "agency"
    assert [unit.number for unit in pack.assessed_units()] == ["1.1", "2"]
    assert [(c.id, c.standard) for c in pack.criteria()] == [("T-1.1-01", "1.1"), ("T-2-01", "2")]
    assert pack.criterion("T-1.1-01").concerns == ("police",)
    assert pack.criterion("T-2-01").concerns == ()
    assert pack.standard("1").children[0].number == "1.1"
    assert pack.retired_ids == ()
    assert pack.source.url is None


def test_full_pack_reads_optional_fields() -> None:
    pack = load_pack(VALID / "full.yaml")

    assert pack.default_language == "sv"
    assert pack.source.url == "https://example.org/standards"
    assert pack.source.isbn == "978-91-00-00000-0"
    assert pack.source.published == "2017-06-14"  # unquoted in the file: read as a date
    assert pack.source.citation.get("en") == "A citation that is folded over two lines."
    assert pack.provenance.get("en") == "Padded text is stripped."
    assert pack.answer_scale.option("partly").score == 0.5
    assert pack.perspective("management").description is not None
    assert pack.perspective("professionals").description is None
    assert pack.standard("1").summary is not None
    assert pack.retired_ids == ("F-1.1.1-00",)
    assert [unit.number for unit in pack.assessed_units()] == ["1.1.1", "1.2", "10"]
    # An anchored text reused by an alias is an ordinary text in both places.
    assert pack.criterion("F-1.2-01").statement == pack.criterion("F-1.1.1-01").statement


def test_load_pack_text_uses_the_given_origin() -> None:
    pack = load_pack_text(MINIMAL.read_text(encoding="utf-8"), "shipped:minimal.yaml")
    assert pack.origin == "shipped:minimal.yaml"


# -- content hash ---------------------------------------------------------------------------------


def test_hash_ignores_comments_layout_and_key_order() -> None:
    original = load_pack(MINIMAL)
    reformatted = load_pack(VALID / "minimal-reformatted.yaml")
    assert reformatted.content_hash == original.content_hash


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("sv: Påstående ett.", "sv: Påstående ett!"),
        ('version: "1.0.0"', 'version: "1.0.1"'),
        ("    score: 0\n", "    score: 0.0\n"),
        ("concerns: [police]", "concerns: []"),
    ],
)
def test_hash_changes_when_content_changes(old: str, new: str) -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    assert old in text
    changed = load_pack_text(text.replace(old, new), "changed.yaml")
    assert changed.content_hash != load_pack(MINIMAL).content_hash


def test_content_hash_is_sha256_of_canonical_json() -> None:
    # Known value, computed independently: sha256(b'{"a":1,"b":["\xc3\xa5"]}').
    assert content_hash({"b": ["å"], "a": 1}) == (
        "343a8c47a05b9ac880e0932c209d6b09b895f04eb450d82af16515d1edcaf9eb"
    )


# -- localized text -------------------------------------------------------------------------------


def test_localized_text_falls_back_to_english_then_any_language() -> None:
    text = LocalizedText.of({"sv": "Ja", "en": "Yes"})
    assert text.get("sv") == "Ja"
    assert text.get("de") == "Yes"
    assert text.get("de", fallback="sv") == "Ja"
    assert text.languages == ("en", "sv")

    swedish_only = LocalizedText.of({"sv": "Ja", "fi": "Kyllä"})
    assert swedish_only.get("de") == "Kyllä"  # first language in sorted order
    assert LocalizedText.of({}).get("en") == ""


def test_loaded_texts_fall_back_like_any_localized_text() -> None:
    pack = load_pack(MINIMAL)
    assert pack.title.get("de") == "Test pack"
    assert pack.title.get("de", fallback=pack.languages[1]) == "Testpaket"


@pytest.mark.parametrize(
    "path",
    [
        *sorted((PACKS / "valid").glob("*.yaml")),
        *sorted((PACKS.parents[2] / "standards").glob("*.yaml")),
    ],
    ids=lambda p: p.name,
)
def test_the_fast_parser_reads_valid_packs_exactly_like_the_reporting_one(path: Path) -> None:
    from promise_tracker.standards.yaml_source import parse_yaml

    text = path.read_text(encoding="utf-8")
    fast = parse_yaml(text, fast=True)
    slow = parse_yaml(text, fast=False)
    assert fast.data == slow.data
    assert fast.duplicates == slow.duplicates
