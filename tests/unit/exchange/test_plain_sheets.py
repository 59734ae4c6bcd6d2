"""Plain sheets are read straight from their XML to exactly the values openpyxl reads.

safe_xlsx reads a sheet holding only what an export writes without openpyxl's cell objects
(an import or comparison of many files spends most of its time there); anything else in a
sheet, and openpyxl reads it as before. Every file must read the same either way, value and
type, and every refusal must stay.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from promise_tracker.exchange import safe_xlsx
from promise_tracker.exchange.safe_xlsx import ImportFileError, WorkbookData, read_workbook

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "xlsx"
READABLE = sorted(
    p
    for p in FIXTURES.glob("*.xlsx")
    if p.name not in {"not-a-zip.xlsx", "truncated.xlsx", "zip-bomb.xlsx", "entity-attack.xlsx"}
    and p.name not in {"external-entity.xlsx", "old-xls-or-junk.xlsx", "absurd-size.xlsx"}
    and p.name != "password-protected.xlsx"
)


def through_openpyxl(path: Path, monkeypatch: pytest.MonkeyPatch) -> WorkbookData:
    """The file read as before the plain reader: every sheet through openpyxl."""
    with monkeypatch.context() as patched:
        patched.setattr(safe_xlsx, "_plain_rows", lambda ws, xml: None)
        return read_workbook(path)


def typed(workbook: WorkbookData) -> dict[str, object]:
    return {
        name: (
            [[(type(v).__name__, v) for v in row] for row in sheet.rows],
            sheet.formulas,
        )
        for name, sheet in workbook.sheets.items()
    }


def plain_sheets(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets of `path` the plain reader read (not left to openpyxl)."""
    read: list[str] = []
    original = safe_xlsx._plain_rows

    def spy(ws, xml):  # type: ignore[no-untyped-def]
        rows = original(ws, xml)
        if rows is not None:
            read.append(ws.title)
        return rows

    with monkeypatch.context() as patched:
        patched.setattr(safe_xlsx, "_plain_rows", spy)
        read_workbook(path)
    return read


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_fixtures_read_the_same_as_through_openpyxl(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert typed(read_workbook(path)) == typed(through_openpyxl(path, monkeypatch))


def test_an_export_is_read_without_openpyxls_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    valid = FIXTURES / "valid-round.xlsx"
    # Every sheet, the dated ones included: an export writes nothing the plain reader leaves.
    assert plain_sheets(valid, monkeypatch) == openpyxl.load_workbook(valid).sheetnames
    # A spreadsheet program's booleans (TRUE() formulas) go to openpyxl, which knows them.
    calc = FIXTURES / "calc-resaved-round.xlsx"
    assert "Criteria" not in plain_sheets(calc, monkeypatch)


def test_every_kind_of_value_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["text", "", " spaced ", "åäö ✓", "=not a formula"])
    ws["E1"].data_type = "s"
    ws.append([0, 1, -7, 2**40, 0.5, 1e-300, 1.5e20, 3.0])
    ws.append([True, False, None, None, "after gaps"])
    ws.append([dt.date(2024, 2, 29), dt.datetime(2023, 5, 1, 13, 45), dt.time(6, 30)])
    ws.cell(row=9, column=12).value = "far away"  # empty rows between, a wide last row
    ws.append(["shared"] * 3)
    path = tmp_path / "kinds.xlsx"
    wb.save(path)
    assert plain_sheets(path, monkeypatch) == ["Sheet"]
    got = read_workbook(path)
    assert typed(got) == typed(through_openpyxl(path, monkeypatch))
    rows = got.sheets["Sheet"].rows
    assert rows[0][:5] == ("text", None, " spaced ", "åäö ✓", "=not a formula")
    assert rows[1][:4] == (0, 1, -7, 2**40)
    assert type(rows[1][4]) is float
    assert rows[2][:2] == (True, False)
    assert rows[3][0] == dt.datetime(2024, 2, 29)
    assert rows[8][11] == "far away"
    assert len(rows[8]) == 12


def edited(source: Path, target: Path, sheet: str, edit) -> Path:  # type: ignore[no-untyped-def]
    """A copy of `source` with the XML of the sheet numbered `sheet` changed by `edit`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == f"xl/worksheets/{sheet}.xml":
                data = edit(data)
            new.writestr(info, data)
    return target


def data_sheet_file(tmp_path: Path) -> tuple[Path, str]:
    valid = FIXTURES / "valid-round.xlsx"
    names = openpyxl.load_workbook(valid, read_only=True).sheetnames
    return valid, f"sheet{names.index('Data') + 1}"


@pytest.mark.parametrize(
    ("what", "edit"),
    [
        # A comment (a "<!" anywhere): the sheet goes to openpyxl, parsing through defusedxml.
        ("comment", lambda x: x.replace(b"<sheetData>", b"<sheetData><!-- a note -->", 1)),
        # Rows and cells without their numbers: openpyxl counts them.
        ("row without a number", lambda x: re.sub(rb'<row r="3"', b"<row", x, count=1)),
        ("cell without a reference", lambda x: re.sub(rb'<c r="A4"', b"<c", x, count=1)),
        # Formatted text runs in a cell: openpyxl joins them.
        (
            "text runs",
            lambda x: x.replace(
                b"<is><t>record</t></is>",
                b"<is><r><t>rec</t></r><r><rPr><b/></rPr><t>ord</t></r></is>",
                1,
            ),
        ),
        # An error value and a cell type no export writes.
        (
            "error value",
            lambda x: x.replace(
                b'<c r="A2" t="inlineStr"><is><t>unit</t></is></c>',
                b'<c r="A2" t="e"><v>#N/A</v></c>',
                1,
            ),
        ),
    ],
)
def test_what_an_export_never_holds_is_read_by_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, edit
) -> None:  # type: ignore[no-untyped-def]
    valid, sheet = data_sheet_file(tmp_path)
    path = edited(valid, tmp_path / "edited.xlsx", sheet, edit)
    assert "Data" not in plain_sheets(path, monkeypatch), what
    assert typed(read_workbook(path)) == typed(through_openpyxl(path, monkeypatch))


def test_a_formula_in_a_plain_looking_sheet_is_still_found(tmp_path: Path) -> None:
    valid, sheet = data_sheet_file(tmp_path)
    path = edited(
        valid,
        tmp_path / "formula.xlsx",
        sheet,
        lambda x: x.replace(
            b'<c r="A2" t="inlineStr"><is><t>unit</t></is></c>',
            b'<c r="A2" t="str"><f>LOWER("UNIT")</f><v>unit</v></c>',
            1,
        ),
    )
    assert read_workbook(path).sheets["Data"].formulas == ("A2",)


def test_broken_xml_in_a_sheet_is_refused_as_before(tmp_path: Path) -> None:
    valid, sheet = data_sheet_file(tmp_path)
    path = edited(valid, tmp_path / "broken.xlsx", sheet, lambda x: x[: len(x) // 2])
    with pytest.raises(ImportFileError, match="cannot be read as an Excel workbook"):
        read_workbook(path)


def test_too_many_rows_or_columns_are_refused_by_the_plain_reader_too(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in range(1, 31):
        ws.cell(row=row, column=1).value = f"row {row}"
    ws.cell(row=2, column=safe_xlsx.MAX_COLUMNS + 1).value = "too wide"
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    with pytest.raises(ImportFileError, match="rows and 201 columns"):
        read_workbook(path)
    with pytest.raises(ImportFileError, match="has 30 rows"):
        read_workbook(path, max_rows=20)
