"""Every hostile or broken file is refused with a clear message and writes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.exchange import safe_xlsx
from promise_tracker.exchange.round_import import read_export
from promise_tracker.exchange.safe_xlsx import ImportFileError, read_workbook
from promise_tracker.paths import resolve_paths
from promise_tracker.services.importing import ImportRefusedError, apply_import, preview_import
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.factories import snapshot

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "xlsx"
VALID = FIXTURES / "valid-round.xlsx"

# Each fixture (see make_fixtures.py for how it was made) and the words its refusal must hold.
REFUSALS = {
    "not-a-zip.xlsx": "is not an Excel .xlsx file",
    "truncated.xlsx": "is not an Excel .xlsx file, or it is damaged or incomplete",
    "zip-bomb.xlsx": "too large when unpacked and looks like a zip bomb",
    "entity-attack.xlsx": "contains an XML document type declaration",
    "external-entity.xlsx": "contains an XML document type declaration",
    "macro-enabled.xlsm": "is a macro-enabled workbook",
    # Refused without its password (tests/unit/exchange/test_encryption.py opens it with it).
    "password-protected.xlsx": "is protected with a password; give its password to open it",
    "old-xls-or-junk.xlsx": "is an old Excel .xls workbook or is damaged",
    "newer-format.xlsx": "was made by a newer version of PROMISE tracker (export format 3",
    "tampered.xlsx": "the file was changed after export",
    "unknown-pack.xlsx": "needs the standards pack promise-bqs-2017 9.9.9",
    "unknown-criterion.xlsx": "answers the criterion 'NO-SUCH-CRITERION'",
    "bad-answer-code.xlsx": "has the answer code 'maybe'",
    "formula-in-data.xlsx": "has a formula in sheet 'Criteria', cell G2",
    "absurd-size.xlsx": "is too large: the sheet 'Criteria' has 1,048,576 rows",
}


# Fixtures that must be accepted (see README.md in the fixtures folder for how each was made):
# an export re-saved unchanged by LibreOffice Calc and by Gnumeric, and a file of the format
# that held each Data record in one cell.
CALC = FIXTURES / "calc-resaved-round.xlsx"
GNUMERIC = FIXTURES / "gnumeric-resaved-round.xlsx"
ACCEPTED = {CALC.name, GNUMERIC.name, "format1-one-cell-records.xlsx"}


def test_every_fixture_has_a_refusal_test() -> None:
    made = {p.name for p in FIXTURES.glob("*.xls*")} - {VALID.name}
    assert made == set(REFUSALS) | ACCEPTED
    for name in made:  # small enough to keep in the repository
        assert (FIXTURES / name).stat().st_size < 200_000, name


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A data folder already holding one small unit, so 'unchanged' is not 'empty'."""
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        unit = service.create_unit("Local unit", unit_id="local-unit")
        pack = opened.packs.latest("promise-bqs-2017")
        service.create_round(unit.id, "Local round", dt.date(2023, 1, 1), pack)
        yield opened


def database_hash(workspace: Workspace) -> str:
    return hashlib.sha256(workspace.paths.database.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_hostile_file_is_refused_and_nothing_is_written(name: str, workspace: Workspace) -> None:
    before, before_hash = snapshot(workspace), database_hash(workspace)
    path = FIXTURES / name
    with pytest.raises(ImportFileError) as raised:
        read_export(path, workspace.packs)
    assert REFUSALS[name] in str(raised.value)
    assert str(raised.value).startswith(f"{name}: ")  # the message names the file
    preview = preview_import(workspace.database, workspace.packs, [path])
    assert not preview.accepted
    assert preview.files[0].reasons == (raised.value.reason,)
    assert preview.files[0].describe()[0] == f"{name}: refused"
    with pytest.raises(ImportRefusedError):
        apply_import(preview, "replace")
    assert snapshot(workspace) == before
    assert database_hash(workspace) == before_hash


def test_the_valid_fixture_imports(workspace: Workspace) -> None:
    preview = preview_import(workspace.database, workspace.packs, [VALID])
    assert preview.accepted
    result = apply_import(preview, "keep-both")
    assert (result.units_added, result.rounds_added, result.events_added) == (1, 1, 1)
    answers = workspace.assessment.answers("fixture-round")
    assert {a.note for a in answers} >= {"=1+1 is text", "Ünïcødé ✓"}


def test_one_refused_file_among_good_ones_writes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    before, before_hash = snapshot(workspace), database_hash(workspace)
    files = [VALID, FIXTURES / "tampered.xlsx", VALID]
    preview = preview_import(workspace.database, workspace.packs, files)
    assert [f.accepted for f in preview.files] == [True, False, True]
    with pytest.raises(ImportRefusedError, match=r"tampered\.xlsx"):
        apply_import(preview, "keep-both")
    assert snapshot(workspace) == before
    assert database_hash(workspace) == before_hash


def test_a_failure_while_writing_rolls_everything_back(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second file fails halfway through writing: the first file is not kept either."""
    other = tmp_path / "copy.xlsx"
    shutil.copy(VALID, other)
    before = snapshot(workspace)
    preview = preview_import(workspace.database, workspace.packs, [VALID, other])
    from promise_tracker.services import importing

    calls = {"n": 0}
    real = importing._store

    def failing_store(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk unplugged")
        real(*args)

    monkeypatch.setattr(importing, "_store", failing_store)
    with pytest.raises(RuntimeError):
        apply_import(preview, "keep-both")
    assert snapshot(workspace) == before


def test_openpyxl_parses_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


@pytest.mark.parametrize("name", ["entity-attack.xlsx", "external-entity.xlsx"])
def test_entity_attacks_fail_even_past_the_dtd_check(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defence in depth: without our DTD scan, defusedxml still refuses the entities."""

    def without_dtd_scan(path: Path, archive: zipfile.ZipFile) -> None:
        del path, archive  # skip only the scan; the file is small

    monkeypatch.setattr(safe_xlsx, "_check_members", without_dtd_scan)
    with pytest.raises(ImportFileError, match="cannot be read as an Excel workbook"):
        read_workbook(FIXTURES / name)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"missing\.xlsx: cannot be read"):
        read_workbook(tmp_path / "missing.xlsx")


def test_the_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to read a zip bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_workbook(FIXTURES / "zip-bomb.xlsx")


# --- files saved by other spreadsheet programs ------------------------------------------------


def test_an_export_resaved_by_calc_or_gnumeric_imports_as_exported(workspace: Workspace) -> None:
    """Calc writes every boolean cell (Flagged) as the formula FALSE() or TRUE() with the
    value cached; Gnumeric mixes shared and inline strings. Both hold the exported values,
    which the checksum confirms, so both are accepted and read alike."""
    calc = read_export(CALC, workspace.packs)
    gnumeric = read_export(GNUMERIC, workspace.packs)
    assert calc.unit == gnumeric.unit
    assert calc.unit.name == "Barnahus Norrvik (demo)"
    assert calc.rounds == gnumeric.rounds
    assert calc.events == gnumeric.events
    consensus = [a for a in calc.rounds[0].answers if a.is_consensus]
    assert sum(a.flagged for a in consensus) == 9  # the TRUE() cells
    sheet = read_workbook(CALC).sheets["Criteria"]
    assert sheet.formulas == ()
    flagged = [row[13] for row in sheet.rows[1:]]
    assert flagged.count(True) == 9
    assert flagged.count(False) == 70
    assert preview_import(workspace.database, workspace.packs, [GNUMERIC]).accepted
    result = apply_import(preview_import(workspace.database, workspace.packs, [CALC]), "skip")
    assert (result.units_added, result.rounds_added) == (1, 1)
    stored = workspace.assessment.answers(calc.rounds[0].round.id)
    assert sorted(stored, key=answer_key) == sorted(calc.rounds[0].answers, key=answer_key)


def answer_key(answer: Answer) -> tuple[str, str]:
    return (answer.criterion_id, answer.respondent_id or "")


def calc_variant(tmp_path: Path, old: bytes, new: bytes, name: str = "variant.xlsx") -> Path:
    """The Calc fixture with the first `old` in its Criteria sheet's XML replaced by `new`."""
    target = tmp_path / name
    with zipfile.ZipFile(CALC) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":
                assert old in data
                data = data.replace(old, new, 1)
            out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


FALSE_CELL = b'<f aca="false">FALSE()</f><v>0</v>'
TYPED = {
    "sum": b"<f>1+1</f><v>2</v>",
    "reference": b"<f>A1</f><v>0</v>",
    "link": b'<f>HYPERLINK("http://example.org","x")</f><v>0</v>',
    "true-cached-false": b'<f aca="false">TRUE()</f><v>0</v>',
    "false-of-a-cell": b"<f>FALSE(A1)</f><v>0</v>",
}


@pytest.mark.parametrize("kind", sorted(TYPED))
def test_a_formula_typed_into_a_resaved_export_is_refused_by_import_and_comparison(
    kind: str, workspace: Workspace, tmp_path: Path
) -> None:
    from promise_tracker.exchange.compare import CHECKSUM_MISMATCH, REFUSED, read_export_summary

    path = calc_variant(tmp_path, FALSE_CELL, TYPED[kind])
    with pytest.raises(ImportFileError) as raised:
        read_export(path, workspace.packs)
    assert raised.value.reason.startswith("has a formula in sheet 'Criteria', cell N")
    summary = read_export_summary(path)
    assert (summary.status, summary.reason) == (REFUSED, CHECKSUM_MISMATCH)
    assert summary.detail == raised.value.reason  # one rule, one message


def test_a_formula_in_a_text_cell_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    """Where the export wrote a note, a formula with a matching cached text is still one a
    person typed."""
    from promise_tracker.exchange.compare import REFUSED, read_export_summary

    with zipfile.ZipFile(CALC) as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml").decode()
    import re

    cell = re.search(r'<c r="(K\d+)" s="(\d+)" t="s"><v>\d+</v></c>', sheet)
    assert cell is not None
    typed = (
        f'<c r="{cell.group(1)}" s="{cell.group(2)}" t="str">'
        '<f>HYPERLINK("http://example.org","Checked")</f><v>Checked</v></c>'
    )
    path = calc_variant(tmp_path, cell.group(0).encode(), typed.encode())
    with pytest.raises(ImportFileError, match=f"cell {cell.group(1)};"):
        read_export(path, workspace.packs)
    assert read_export_summary(path).status == REFUSED


@pytest.mark.parametrize(
    ("formula", "cached_type", "cached", "expected"),
    [
        ("=FALSE()", "b", "0", False),
        ("=TRUE()", "b", "1", True),
        ("=true()", "b", "1", True),
        ("=FALSE", "b", "0", False),
        ("=TRUE()", "b", "0", None),
        ("=FALSE()", "n", "0", None),
        ("=FALSE()", "b", None, None),
        ("=1+1", "n", "2", None),
        ("=A1", "b", "0", None),
        ("=NOT(TRUE())", "b", "0", None),
        ('=HYPERLINK("http://x","y")', "str", "y", None),
    ],
)
def test_only_constant_booleans_with_their_cached_value_are_accepted(
    formula: str, cached_type: str, cached: str | None, expected: bool | None
) -> None:
    """None: refused."""
    refused = safe_xlsx.REFUSED
    value = safe_xlsx.accepted_formula_value(formula, cached_type, cached)
    assert value is (refused if expected is None else expected)
