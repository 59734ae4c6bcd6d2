"""Tests for crosswalk files: reading, checking against their packs, discovery, the schema and
`promise-tracker validate`."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from promise_tracker.cli import main
from promise_tracker.errors import PackError
from promise_tracker.standards import crosswalk_loader, registry
from promise_tracker.standards.crosswalk import Change, CriterionChange, Crosswalk
from promise_tracker.standards.crosswalk_loader import (
    CrosswalkValidationError,
    check_crosswalk,
    crosswalk_problems,
    discover_crosswalks,
    load_crosswalk,
    load_crosswalk_text,
    missing_versions,
)
from promise_tracker.standards.loader import load_pack, load_pack_text
from promise_tracker.standards.model import Pack
from promise_tracker.standards.problems import Problem
from promise_tracker.standards.registry import PackRegistry

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "crosswalk"
BROKEN = FIXTURES / "broken"
OLD = FIXTURES / "made-up-standards-1.0.0.yaml"
NEW = FIXTURES / "made-up-standards-2.0.0.yaml"
VALID = FIXTURES / "made-up-standards-1.0.0-to-2.0.0.crosswalk.yaml"

CHANGE_RULE = (
    "use unchanged, reworded, changed or retired, {split: [ID, ID]}, {merged: ID}, "
    "or {reworded: ID} / {changed: ID} for another id"
)

# Broken fixtures whose structure is wrong: loading them fails. name -> (line, path, message).
STRUCTURE: dict[str, tuple[int | None, str, str]] = {
    "not-yaml": (
        10,
        "(crosswalk)",
        "not valid YAML: expected ',' or ']', but got '}' (while parsing a flow sequence)",
    ),
    "not-utf8": (
        14,
        "(crosswalk)",
        "the file is not UTF-8 text (byte 0xE4 cannot be read); save it as UTF-8",
    ),
    "unsafe-tag": (
        7,
        "(crosswalk)",
        "not valid YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'; a crosswalk may not use tags like this",
    ),
    "empty": (None, "(crosswalk)", "the file is empty"),
    "not-a-mapping": (
        2,
        "(crosswalk)",
        "a crosswalk is a mapping of fields (format, pack, from, to, criteria), found a list",
    ),
    "duplicate-key": (
        8,
        "criteria.M-1-01",
        "'M-1-01' is listed twice (first at line 7); say once what it became",
    ),
    "newer-format": (
        2,
        "format",
        "format 2 is newer than this app understands (it reads format 1); update PROMISE "
        "tracker to use this crosswalk",
    ),
    "missing-field": (2, "(crosswalk)", "missing required field 'to'"),
    "unknown-field": (17, "news", "unknown field 'news' (did you mean 'new'?)"),
    "unquoted-version": (
        5,
        "to",
        'expected text, but YAML read the unquoted 2.0 as a number; put it in quotes: "2.0"',
    ),
    "bad-pack-id": (
        3,
        "pack",
        "pack id 'Made_Up' is not valid: use lower-case letters, digits and single dashes, "
        "like promise-bqs-2017",
    ),
    "not-forward": (
        5,
        "to",
        "version 1.0.0 is not later than version 2.0.0 given under from: a crosswalk leads "
        "from a version of a pack to a later one",
    ),
    "criteria-not-a-mapping": (
        6,
        "criteria",
        "expected a mapping from each criterion id of the old version to what it became, "
        "found a list",
    ),
    "bad-criterion-id": (
        7,
        "criteria.m-1-01",
        "criterion id 'm-1-01' is not valid: use upper-case letters and digits, separated by "
        "dashes or dots, starting with a letter, like BQS-1.1-01",
    ),
    "no-change": (
        7,
        "criteria.M-1-01",
        f"say what 'M-1-01' became ({CHANGE_RULE}); found nothing (null)",
    ),
    "unknown-change": (
        7,
        "criteria.M-1-01",
        f"unknown change 'unchaged' (did you mean 'unchanged'?): {CHANGE_RULE}",
    ),
    "split-without-ids": (
        10,
        "criteria.M-2-01",
        "split needs the ids it became, like {split: [ID, ID]}",
    ),
    "split-into-one": (
        10,
        "criteria.M-2-01.split",
        "split needs two or more ids; for one, use reworded or changed with its id",
    ),
    "split-repeats-id": (10, "criteria.M-2-01.split[1]", "'M-2-01' is listed twice"),
    "two-changes": (
        10,
        "criteria.M-2-01",
        "give exactly one change for 'M-2-01', found 2 (split, merged)",
    ),
    "unchanged-with-id": (
        15,
        "criteria.M-3-02.unchanged",
        "unchanged keeps the criterion's id and takes none; under another id write {reworded: ID}",
    ),
    "merged-into-several": (
        11,
        "criteria.M-2-02.merged",
        "merged names one criterion id, like {merged: ID}; found a list",
    ),
    "new-listed-twice": (17, "new[1]", "'M-3-06' is listed twice (first at line 17)"),
}

# Well-formed crosswalks that do not fit the two made-up packs. name -> (line, path, message).
FIT: dict[str, tuple[int | None, str, str]] = {
    "other-pack": (
        3,
        "pack",
        "the crosswalk is for the pack 'other-standards', but it was checked against the pack "
        "'made-up-standards'",
    ),
    "other-version": (
        4,
        "from",
        f"the crosswalk's from version is 1.1.0, but it was checked against version 1.0.0 ({OLD})",
    ),
    "missing-criterion": (
        6,
        "criteria",
        "criterion of version 1.0.0 not listed: M-3-01; say what it became",
    ),
    "unknown-old-criterion": (
        17,
        "criteria.M-3-09",
        "'M-3-09' is not a criterion of version 1.0.0",
    ),
    "unknown-target": (
        10,
        "criteria.M-2-01.split[2]",
        "'M-2-09' is not a criterion of version 2.0.0",
    ),
    "id-gone": (
        14,
        "criteria.M-3-01",
        "'M-3-01' is not in version 2.0.0: say what it became (another id, split, merged or "
        "retired)",
    ),
    "unchanged-but-reworded": (
        8,
        "criteria.M-1-02",
        "'M-1-02' is marked unchanged but its statement differs in version 2.0.0 (en, sv): "
        "use reworded when the meaning is the same, changed when it is not",
    ),
    "two-lead-to-one": (
        12,
        "criteria.M-2-03",
        "'M-2-05' is also reached from 'M-2-02' (line 11): several criteria may lead to one "
        "only when each is merged into it ({merged: M-2-05})",
    ),
    "merged-alone": (
        16,
        "criteria.M-3-03",
        "'M-3-03' is the only criterion merged into 'M-3-05': a merge joins two or more "
        "criteria; use reworded or changed",
    ),
    "unreached": (
        17,
        "new",
        "criterion of version 2.0.0 that no criterion leads to: M-3-06; list it under new, "
        "or say under criteria which criterion became it",
    ),
    "new-not-in-pack": (17, "new[1]", "'M-3-07' is not a criterion of version 2.0.0"),
    "new-also-reached": (
        17,
        "new[1]",
        "'M-3-05' is reached from 'M-3-03' (line 16), so it is not new; remove it from new",
    ),
}


def broken(name: str) -> Path:
    return BROKEN / f"{name}.crosswalk.yaml"


@pytest.fixture(scope="module")
def old_pack() -> Pack:
    return load_pack(OLD)


@pytest.fixture(scope="module")
def new_pack() -> Pack:
    return load_pack(NEW)


# -- the valid crosswalk --------------------------------------------------------------------------


def test_the_valid_crosswalk_reads_every_kind_of_change() -> None:
    crosswalk = load_crosswalk(VALID)

    assert crosswalk == Crosswalk(
        pack_id="made-up-standards",
        from_version="1.0.0",
        to_version="2.0.0",
        changes=(
            CriterionChange("M-1-01", Change.UNCHANGED, ("M-1-01",)),
            CriterionChange("M-1-02", Change.REWORDED, ("M-1-02",)),
            CriterionChange("M-1-03", Change.CHANGED, ("M-1-03",)),
            CriterionChange("M-2-01", Change.SPLIT, ("M-2-01", "M-2-04")),
            CriterionChange("M-2-02", Change.MERGED, ("M-2-05",)),
            CriterionChange("M-2-03", Change.MERGED, ("M-2-05",)),
            CriterionChange("M-3-01", Change.RETIRED, ()),
            CriterionChange("M-3-02", Change.REWORDED, ("M-3-04",)),
            CriterionChange("M-3-03", Change.CHANGED, ("M-3-05",)),
        ),
        new_ids=("M-3-06",),
        origin=str(VALID),
    )
    assert crosswalk.carried() == {"M-1-01": "M-1-01", "M-1-02": "M-1-02", "M-3-02": "M-3-04"}


def test_the_valid_crosswalk_fits_its_two_packs(old_pack: Pack, new_pack: Pack) -> None:
    crosswalk = load_crosswalk(VALID)
    assert crosswalk_problems(crosswalk, old_pack, new_pack) == []
    check_crosswalk(crosswalk, old_pack, new_pack)  # raises nothing


def test_the_crosswalk_keeps_the_line_of_each_entry() -> None:
    lines = load_crosswalk(VALID).lines
    assert lines["criteria.M-1-01"] == 7
    assert lines["criteria.M-2-01.split[1]"] == 10
    assert lines["criteria.M-2-03.merged"] == 13
    assert lines["new[0]"] == 17


# -- broken crosswalks ----------------------------------------------------------------------------


def test_every_broken_fixture_is_classified() -> None:
    on_disk = {path.name.removesuffix(".crosswalk.yaml") for path in BROKEN.iterdir()}
    assert on_disk == set(STRUCTURE) | set(FIT)
    assert not set(STRUCTURE) & set(FIT)


@pytest.mark.parametrize("name", sorted(STRUCTURE) + sorted(FIT))
def test_broken_fixture_says_what_is_wrong_in_its_header(name: str) -> None:
    assert broken(name).read_bytes().startswith(b"# BROKEN: ")


@pytest.mark.parametrize("name", sorted(STRUCTURE))
def test_a_badly_formed_crosswalk_is_refused_at_its_line(name: str) -> None:
    line, path, message = STRUCTURE[name]
    with pytest.raises(CrosswalkValidationError) as caught:
        load_crosswalk(broken(name))
    assert caught.value.problems == (Problem(str(broken(name)), line, path, message),)


@pytest.mark.parametrize("name", sorted(FIT))
def test_a_crosswalk_that_does_not_fit_its_packs_is_refused_at_its_line(
    name: str, old_pack: Pack, new_pack: Pack
) -> None:
    line, path, message = FIT[name]
    crosswalk = load_crosswalk(broken(name))  # well formed

    with pytest.raises(CrosswalkValidationError) as caught:
        check_crosswalk(crosswalk, old_pack, new_pack)

    assert caught.value.problems == (Problem(str(broken(name)), line, path, message),)
    assert str(caught.value).startswith(f"The crosswalk {broken(name)} has 1 problem:\n  ")


def test_every_problem_is_listed_in_one_error_in_file_order(old_pack: Pack, new_pack: Pack) -> None:
    text = (
        VALID.read_text(encoding="utf-8")
        .replace("M-1-02: reworded", "M-1-02: unchanged")
        .replace("  M-3-01: retired\n", "")
        .replace("new: [M-3-06]", "new: [M-3-06, M-3-07]")
    )
    crosswalk = load_crosswalk_text(text, "several.crosswalk.yaml")
    with pytest.raises(CrosswalkValidationError) as caught:
        check_crosswalk(crosswalk, old_pack, new_pack)
    found = [(problem.line, problem.path) for problem in caught.value.problems]
    assert found == [(6, "criteria"), (8, "criteria.M-1-02"), (16, "new[1]")]
    assert str(caught.value).startswith("The crosswalk several.crosswalk.yaml has 3 problems:")


def test_a_new_criterion_may_not_reuse_an_id_of_the_old_version(old_pack: Pack) -> None:
    # Version 2.0.0 brings M-3-01 back with another meaning; calling it new hides that.
    new_text = NEW.read_text(encoding="utf-8").replace("M-3-01, ", "")
    new_text = new_text.replace("- id: M-3-06", "- id: M-3-01")
    reused = load_pack_text(new_text, "reused.yaml")
    crosswalk = load_crosswalk_text(
        VALID.read_text(encoding="utf-8").replace("new: [M-3-06]", "new: [M-3-01]"),
        "reused.crosswalk.yaml",
    )
    assert crosswalk_problems(crosswalk, old_pack, reused) == [
        Problem(
            "reused.crosswalk.yaml",
            17,
            "new[0]",
            "'M-3-01' is already a criterion of version 1.0.0: an id is never reused for a new "
            "criterion; under criteria, say what 'M-3-01' became",
        )
    ]


def test_a_missing_crosswalk_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"Crosswalk not found: .*nope\.crosswalk\.yaml"):
        load_crosswalk(tmp_path / "nope.crosswalk.yaml")


# -- discovery ------------------------------------------------------------------------------------


def user_folder(tmp_path: Path, *crosswalks: Path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir()
    for pack in (OLD, NEW):
        (folder / pack.name).write_bytes(pack.read_bytes())
    for crosswalk in crosswalks:
        (folder / crosswalk.name).write_bytes(crosswalk.read_bytes())
    return folder


def test_a_good_user_crosswalk_is_available_from_the_registry(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, VALID)

    loaded = PackRegistry.load(folder, include_shipped=False)

    assert loaded.load_errors == ()
    found = loaded.crosswalk("made-up-standards", "1.0.0", "2.0.0")
    assert found == replace(load_crosswalk(VALID), origin=str(folder / VALID.name))


def test_a_broken_user_crosswalk_is_a_load_error_not_a_failure(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, broken("two-lead-to-one"))

    loaded = PackRegistry.load(folder, include_shipped=False)

    # The old version still loads; 2.0.0 drops criteria with no valid crosswalk: refused too.
    assert [pack.version for pack in loaded] == ["1.0.0"]
    assert loaded.crosswalk("made-up-standards", "1.0.0", "2.0.0") is None
    error, dropped = loaded.load_errors
    assert "leaves out criteria of the version before it" in str(dropped)
    assert isinstance(error, CrosswalkValidationError)
    assert [str(problem) for problem in error.problems] == [
        f"{folder / 'two-lead-to-one.crosswalk.yaml'}:12: criteria.M-2-03: "
        + FIT["two-lead-to-one"][2]
    ]


def test_a_user_crosswalk_without_its_packs_is_a_load_error(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / OLD.name).write_bytes(OLD.read_bytes())
    (folder / VALID.name).write_bytes(VALID.read_bytes())

    loaded = PackRegistry.load(folder, include_shipped=False)

    assert loaded.crosswalks == ()
    assert [str(error) for error in loaded.load_errors] == [
        f"The crosswalk {folder / VALID.name} leads from made-up-standards 1.0.0 to 2.0.0, "
        "but version 2.0.0 of that pack is not installed; add the pack to the packs folder, "
        "or remove the crosswalk."
    ]


def test_two_user_crosswalks_for_one_step_that_differ_conflict(tmp_path: Path) -> None:
    folder = user_folder(tmp_path, VALID)
    other = folder / "made-up-standards-other.crosswalk.yaml"
    other.write_text(
        VALID.read_text(encoding="utf-8").replace("M-1-02: reworded", "M-1-02: changed"),
        encoding="utf-8",
    )

    loaded = PackRegistry.load(folder, include_shipped=False)

    found = loaded.crosswalk("made-up-standards", "1.0.0", "2.0.0")
    assert found is not None
    assert found.origin == str(folder / VALID.name)  # the first by name
    assert [str(error) for error in loaded.load_errors] == [
        f"The crosswalk {other} conflicts with {folder / VALID.name}: both lead from "
        "made-up-standards 1.0.0 to 2.0.0 but say different things. Remove one of them."
    ]


def shipped_packs() -> dict[tuple[str, str], Pack]:
    packs = [load_pack(OLD), load_pack(NEW)]
    return {pack.key: replace(pack, origin="shipped:" + Path(pack.origin).name) for pack in packs}


def test_a_shipped_crosswalk_is_found_beside_the_shipped_packs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(crosswalk_loader, "shipped_crosswalk_files", lambda: [VALID])
    errors: list[PackError] = []

    [found] = discover_crosswalks(shipped_packs(), None, errors)

    assert errors == []
    assert found.origin == f"shipped:{VALID.name}"
    assert found.new_ids == ("M-3-06",)


def test_a_broken_shipped_crosswalk_is_a_bug_that_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        crosswalk_loader, "shipped_crosswalk_files", lambda: [broken("unchanged-but-reworded")]
    )
    with pytest.raises(CrosswalkValidationError, match="'M-1-02' is marked unchanged"):
        discover_crosswalks(shipped_packs(), None, [])


def test_a_shipped_crosswalk_whose_packs_are_not_shipped_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(crosswalk_loader, "shipped_crosswalk_files", lambda: [VALID])
    packs = {pack.key: pack for pack in (load_pack(OLD), load_pack(NEW))}  # the user's, say
    with pytest.raises(PackError, match="but those two versions are not both shipped"):
        discover_crosswalks(packs, None, [])


def test_shipped_crosswalks_are_the_crosswalk_files_of_the_standards_folder() -> None:
    names = [entry.name for entry in crosswalk_loader.shipped_crosswalk_files()]
    on_disk = sorted(path.name for path in (REPO / "standards").glob("*.crosswalk.yaml"))
    assert names == on_disk


def test_the_packaging_ships_crosswalks_and_their_schema() -> None:
    names = ("promise-bqs-2017-1.0.0-to-1.1.0.crosswalk.yaml", "crosswalk.schema.json")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["promise_tracker.shipped_packs"]
    spec = (REPO / "packaging" / "promise-tracker.spec").read_text(encoding="utf-8")
    match = re.search(r'_files\(\s*ROOT / "standards", \[([^\]]*)\]', spec)
    assert match is not None
    spec_patterns = re.findall(r'"([^"]+)"', match.group(1))
    for name in names:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
        assert any(fnmatch.fnmatch(name, pattern) for pattern in spec_patterns), name


# -- the schema -----------------------------------------------------------------------------------

# Structural faults the schema expresses too; the others need the text or the two packs.
REJECTED_BY_SCHEMA = {
    "empty",
    "not-a-mapping",
    "newer-format",
    "missing-field",
    "unknown-field",
    "unquoted-version",
    "bad-pack-id",
    "criteria-not-a-mapping",
    "bad-criterion-id",
    "no-change",
    "unknown-change",
    "split-without-ids",
    "split-into-one",
    "split-repeats-id",
    "two-changes",
    "unchanged-with-id",
    "merged-into-several",
    "new-listed-twice",
}
NOT_A_DOCUMENT = {"not-yaml", "not-utf8", "unsafe-tag"}
BEYOND_SCHEMA = (set(STRUCTURE) | set(FIT)) - REJECTED_BY_SCHEMA - NOT_A_DOCUMENT


def crosswalk_schema() -> dict[str, Any]:
    entry = resources.files("promise_tracker.shipped_packs").joinpath("crosswalk.schema.json")
    loaded: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return loaded


def schema_errors(path: Path) -> list[str]:
    validator = jsonschema.Draft202012Validator(crosswalk_schema())
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [error.message for error in validator.iter_errors(document)]


def test_the_crosswalk_schema_is_a_valid_draft_2020_12_schema() -> None:
    loaded = crosswalk_schema()
    jsonschema.Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["additionalProperties"] is False


def test_the_valid_crosswalk_passes_the_schema() -> None:
    assert schema_errors(VALID) == []


@pytest.mark.parametrize("name", sorted(REJECTED_BY_SCHEMA))
def test_the_schema_rejects_a_structural_fault(name: str) -> None:
    assert schema_errors(broken(name)) != []


@pytest.mark.parametrize("name", sorted(BEYOND_SCHEMA))
def test_the_schema_accepts_a_fault_only_the_checks_find(name: str) -> None:
    assert schema_errors(broken(name)) == []


# -- promise-tracker validate ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_validate_checks_a_crosswalk_against_the_packs_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run(capsys, "validate", str(OLD), str(NEW), str(VALID))

    assert code == 0
    assert out.splitlines()[-1] == (
        f"{VALID}: valid: crosswalk made-up-standards 1.0.0 -> 2.0.0: 9 criteria "
        "(1 unchanged, 2 reworded, 2 changed, 1 split, 2 merged, 1 retired), 1 new; "
        f"checked against {OLD} and {NEW}"
    )
    assert out.splitlines()[0].startswith(f"{OLD}: valid: made-up-standards 1.0.0, ")


def test_validate_prints_each_problem_of_a_crosswalk_and_fails(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixture = broken("two-lead-to-one")
    code, out = run(capsys, "validate", str(fixture), str(OLD), str(NEW))

    assert code == 1
    assert out.splitlines()[2:] == [
        f"{fixture}:12: criteria.M-2-03: {FIT['two-lead-to-one'][2]}",
        f"{fixture}: checked against {OLD} and {NEW}",
    ]


def test_validate_prints_the_structural_problems_of_a_crosswalk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixture = broken("split-into-one")
    code, out = run(capsys, "validate", str(fixture))

    assert code == 1
    assert out.splitlines() == [
        f"{fixture}:10: criteria.M-2-01.split: {STRUCTURE['split-into-one'][2]}"
    ]


def test_validate_checks_a_crosswalk_alone_against_the_installed_packs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the user's folder: this test is about finding packs there, whatever ships.
    monkeypatch.setattr(registry, "shipped_pack_files", lambda: [])
    monkeypatch.setattr(crosswalk_loader, "shipped_crosswalk_files", lambda: [])
    folder = user_folder(tmp_path)

    code, out = run(capsys, "validate", "--data-dir", str(tmp_path), str(VALID))

    assert code == 0
    assert out.strip().endswith(f"checked against {folder / OLD.name} and {folder / NEW.name}")


def test_validate_says_when_the_packs_of_a_crosswalk_are_nowhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "shipped_pack_files", lambda: [])
    monkeypatch.setattr(crosswalk_loader, "shipped_crosswalk_files", lambda: [])

    code, out = run(capsys, "validate", "--data-dir", str(tmp_path), str(OLD), str(VALID))

    assert code == 1
    assert out.splitlines()[-1] == (
        f"{VALID}: cannot check: version 2.0.0 of made-up-standards is neither given on the "
        "command line nor installed; give the pack files too"
    )


def test_the_missing_versions_are_named_one_or_both() -> None:
    """The validate command and the registry both say which versions of a crosswalk's
    pack were not found."""
    crosswalk = load_crosswalk(VALID)
    pack = load_pack(FIXTURES / "made-up-standards-1.0.0.yaml")
    assert missing_versions(crosswalk, pack, None, "the pack") == "version 2.0.0 of the pack is"
    assert missing_versions(crosswalk, None, pack, "x") == "version 1.0.0 of x is"
    assert missing_versions(crosswalk, None, None, "x") == "versions 1.0.0 and 2.0.0 of x are"
