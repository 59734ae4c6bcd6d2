"""cells: user text is stored as text, never as a formula, whatever it starts with."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from promise_tracker.exchange.cells import (
    REPLACEMENT,
    clean_text,
    write_bool,
    write_number,
    write_percent,
    write_text,
)

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "\tstarts with a tab",
    "=\tformula after tab",
    "  spaces around  ",
]


def test_clean_text_normalises_line_ends_and_replaces_illegal_characters() -> None:
    assert clean_text("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert clean_text("\rfirst") == "\nfirst"
    assert clean_text("x\x00y\x1fz\x0b") == f"x{REPLACEMENT}y{REPLACEMENT}z{REPLACEMENT}"
    assert clean_text("\ttab =1+1 ä ü") == "\ttab =1+1 ä ü"


def test_hostile_text_round_trips_as_text(tmp_path: Path) -> None:
    workbook = Workbook()
    ws = workbook.active
    for row, text in enumerate(HOSTILE, start=1):
        cell = write_text(ws, row, 1, text)
        assert cell.data_type == "s"
    write_text(ws, len(HOSTILE) + 1, 1, "\r=1+1")
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    reloaded = load_workbook(path).active
    for row, text in enumerate(HOSTILE, start=1):
        cell = reloaded.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value == text
    assert reloaded.cell(row=len(HOSTILE) + 1, column=1).value == "\n=1+1"


def test_empty_text_leaves_the_cell_empty() -> None:
    ws = Workbook().active
    assert write_text(ws, 1, 1, "").value is None
    assert write_text(ws, 1, 2, None).value is None


def test_numbers_percentages_and_booleans() -> None:
    ws = Workbook().active
    cell = write_percent(ws, 1, 1, 200 / 3)
    assert cell.value == pytest.approx(0.666667)
    assert cell.value == round(2 / 3, 6)
    assert cell.number_format == "0.0%"
    assert write_percent(ws, 1, 2, None).value is None
    assert write_number(ws, 1, 3, 7).value == 7
    assert write_bool(ws, 1, 4, True).value is True
    with pytest.raises(TypeError):
        write_number(ws, 1, 5, True)


def test_saved_workbooks_get_the_usual_permissions_and_replace_atomically(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from openpyxl import Workbook

    from promise_tracker.exchange.saving import ExportError, save_atomically

    target = tmp_path / "export.xlsx"
    save_atomically(Workbook(), target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    before = target.read_bytes()

    class Broken:
        def save(self, filename: str) -> None:
            with open(filename, "wb") as handle:
                handle.write(b"half")
            raise OSError(28, "No space left on device")

    import pytest

    with pytest.raises(ExportError, match="No space left on device"):
        save_atomically(Broken(), target)
    assert target.read_bytes() == before  # the earlier file is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]  # no temporary left


def test_appended_cells_keep_text_as_text_and_share_one_format(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl.styles import Alignment

    from promise_tracker.exchange.cells import (
        cell_format,
        number_cell,
        percent_cell,
        text_cell,
        value_cell,
    )

    workbook = Workbook()
    ws = workbook.active
    wrap = cell_format(ws, alignment=Alignment(wrap_text=True, vertical="top"))
    dated = cell_format(ws, number_format="yyyy-mm-dd")
    share = cell_format(ws, number_format="0.0%")
    for text in HOSTILE:
        ws.append([text_cell(ws, text, wrap)])
    ws.append([text_cell(ws, "\r=1+1\x00", wrap), text_cell(ws, "", wrap), text_cell(ws, None)])
    ws.append([value_cell(ws, dt.date(2024, 5, 6), dated), percent_cell(ws, 200 / 3, share)])
    ws.append([value_cell(ws, True), percent_cell(ws, None, share)])
    with pytest.raises(TypeError):
        number_cell(ws, True)
    path = tmp_path / "appended.xlsx"
    workbook.save(path)

    reloaded = load_workbook(path).active
    for row, text in enumerate(HOSTILE, start=1):
        cell = reloaded.cell(row=row, column=1)
        assert (cell.data_type, cell.value) == ("s", text)
        assert cell.alignment.wrap_text
        assert cell.alignment.vertical == "top"
    last = len(HOSTILE) + 1
    assert reloaded.cell(row=last, column=1).value == f"\n=1+1{REPLACEMENT}"
    assert reloaded.cell(row=last, column=2).value is None
    assert reloaded.cell(row=last, column=2).alignment.wrap_text  # formatted though empty
    assert reloaded.cell(row=last + 1, column=1).value == dt.datetime(2024, 5, 6)
    assert reloaded.cell(row=last + 1, column=1).number_format == "yyyy-mm-dd"
    assert reloaded.cell(row=last + 1, column=2).value == round(2 / 3, 6)
    assert reloaded.cell(row=last + 1, column=2).number_format == "0.0%"
    assert reloaded.cell(row=last + 2, column=1).value is True
    # One resolved format per column, not one per cell.
    assert len({reloaded.cell(row=r, column=1).style_id for r in range(1, last + 1)}) == 1


# --- texts longer than a cell holds ---------------------------------------------------------


def test_a_text_longer_than_a_cell_is_cut_with_a_marker_saying_how_much_is_left_out() -> None:
    from promise_tracker.exchange.cells import CELL_TEXT_LIMIT, fit_text, utf16_length

    fits = "x" * CELL_TEXT_LIMIT
    assert fit_text(fits) == fits
    long = "a" * 40_000
    shown = fit_text(long)
    assert utf16_length(shown) <= CELL_TEXT_LIMIT
    kept = shown.index("…")
    assert shown[:kept] == long[:kept]
    assert shown[kept:] == (
        f"… [{40_000 - kept:,} more characters do not fit in a spreadsheet cell]"
    )
    continues = fit_text(long, "… [continues: {count} more characters in the full record]")
    marker = f"… [continues: {40_000 - kept:,} more characters in the full record]"
    assert continues.endswith(marker)


def test_the_cell_limit_counts_utf16_units_as_excel_and_calc_do() -> None:
    """An emoji counts twice: 20,000 of them (40,000 units) do not fit, and are never cut
    inside one."""
    from promise_tracker.exchange.cells import CELL_TEXT_LIMIT, fit_text, utf16_length

    emoji = "\U0001f600" * 20_000
    shown = fit_text(emoji)
    assert utf16_length(shown) <= CELL_TEXT_LIMIT
    assert shown.startswith("\U0001f600" * 16_000)
    assert "\ud83d" not in shown  # no half of a surrogate pair
    assert fit_text("\U0001f600" * 16_383) == "\U0001f600" * 16_383  # 32,766 units fit


def test_written_cells_never_exceed_the_limit(tmp_path: Path) -> None:
    from openpyxl.cell.cell import Cell

    from promise_tracker.exchange.cells import CELL_TEXT_LIMIT, text_cell, utf16_length

    workbook = Workbook()
    ws = workbook.active
    long = "Ж" * 50_000
    write_text(ws, 1, 1, long)
    ws.append([Cell(ws), text_cell(ws, long)])
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    reloaded = load_workbook(path).active
    for value in (reloaded["A1"].value, reloaded["B2"].value):
        assert utf16_length(value) <= CELL_TEXT_LIMIT
        assert value.startswith("Ж" * 30_000)
        assert value.endswith("more characters do not fit in a spreadsheet cell]")


def test_delete_characters_are_replaced_as_gnumeric_drops_them() -> None:
    """Gnumeric removes U+007F from a cell when it saves a file, which broke the checksum."""
    assert clean_text("a\x7fb") == f"a{REPLACEMENT}b"
