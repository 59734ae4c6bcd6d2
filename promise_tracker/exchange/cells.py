"""Safe cell writing: user and pack text always becomes a string cell, never a formula or link."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from promise_tracker.i18n import translate

if TYPE_CHECKING:  # openpyxl is imported lazily by the modules that write workbooks
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# Characters XML 1.0 cannot hold at all (controls other than tab, LF and CR; U+FFFE, U+FFFF),
# and DEL (U+007F), which XML allows but Gnumeric drops when it saves a file: a cell that
# changed that way would fail the export's checksum.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
REPLACEMENT = "\ufffd"
PERCENT_FORMAT = "0.0%"
# Excel keeps at most 32,767 characters in a cell, counted in UTF-16 code units (an emoji
# counts twice), and cuts the rest when it opens a file; LibreOffice Calc and Gnumeric cut
# there too when they save one. A longer text is cut here instead, with a marker saying so.
CELL_TEXT_LIMIT = 32_767
_MARKER_ROOM = 200  # units kept free for the marker; the cut falls where the room starts
# Shares are rounded so that what openpyxl writes ("%.16g") reads back as the very same float
# (which keeps an export's checksum verifiable); 6 decimals is 0.0001 percentage points.
SHARE_DECIMALS = 6


def clean_text(text: str) -> str:
    """The text as it can be stored in a cell.

    XML turns a carriage return in element text into a line feed when the file is read, so
    line endings are normalised to "\\n" here (the line break Excel itself uses in a cell)
    rather than changing silently on the way back. Control characters XML cannot hold at all,
    and DEL, become U+FFFD. Everything else, tabs and leading "=", "+", "-", "@" included, is kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub(REPLACEMENT, text)


def utf16_length(text: str) -> int:
    """The length of `text` as spreadsheet programs count it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def cut_position(text: str) -> int | None:
    """Where `fit_text` cuts `text` (an index into it), or None if it fits in a cell.

    It depends on the text alone, not on the marker, so a reader can tell where a text it
    knows was cut.
    """
    if len(text) * 2 <= CELL_TEXT_LIMIT or utf16_length(text) <= CELL_TEXT_LIMIT:
        return None
    budget = CELL_TEXT_LIMIT - _MARKER_ROOM
    at = budget
    units = utf16_length(text[:at])
    while units > budget:  # characters beyond the first plane count twice
        at -= (units - budget + 1) // 2
        units = utf16_length(text[:at])
    return at


def fit_text(text: str, marker: str | None = None) -> str:
    """`text` as a cell can hold it: whole, or cut with a marker saying how much is missing.

    `marker` is a template with "{count}" (the characters left out); the default says
    only that the rest does not fit. A caller that keeps the whole text elsewhere says where.
    """
    at = cut_position(text)
    if at is None:
        return text
    template = marker or translate(
        "Cells", "… [{count} more characters do not fit in a spreadsheet cell]"
    )
    note = template.format(count=f"{len(text) - at:,}")[:_MARKER_ROOM]
    return text[:at] + note


def write_text(
    ws: Worksheet, row: int, column: int, text: str | None, *, marker: str | None = None
) -> Cell:
    """Write text as a string cell, whatever it starts with ("=HYPERLINK(...)" included).

    openpyxl writes any str starting with "=" as a formula; forcing the data type to "s"
    after assigning stores it as an inline string. Empty text leaves the cell empty; text
    longer than a cell holds is cut with a marker (see `fit_text`).
    """
    cell = ws.cell(row=row, column=column)
    if text is None or text == "":
        cell.value = None
        return cell
    cell.value = fit_text(clean_text(text), marker)
    cell.data_type = "s"
    return cell


def write_number(
    ws: Worksheet, row: int, column: int, value: float | int | None, number_format: str = ""
) -> Cell:
    """Write a number (None leaves the cell empty), optionally with a number format."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, bool):  # bool is an int; refuse the mix-up early
        raise TypeError("use write_bool for booleans")
    cell.value = value
    if number_format:
        cell.number_format = number_format
    return cell


def write_percent(ws: Worksheet, row: int, column: int, percent: float | None) -> Cell:
    """Write a 0..100 percentage as the number 0..1 (rounded) shown as a percentage."""
    value = None if percent is None else round(percent / 100, SHARE_DECIMALS)
    return write_number(ws, row, column, value, PERCENT_FORMAT)


def write_bool(ws: Worksheet, row: int, column: int, value: bool) -> Cell:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    return cell


# --- rows built in one go -----------------------------------------------------------------
# Large tables are appended row by row (Worksheet.append accepts prepared cells) rather than
# written cell by cell: assigning a Font or Alignment to a cell hashes the style object and
# looks it up in the workbook's style lists every time, which dominated the export time.
# A cell format is therefore resolved once per table column (`cell_format`) and every cell
# of the column starts from that resolved format.

# What clean_text changes: carriage returns and characters XML cannot hold.
_NEEDS_CLEANING = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def cell_format(
    ws: Worksheet,
    *,
    number_format: str = "",
    alignment: Any = None,
    font: Any = None,
    fill: Any = None,
) -> Any:
    """The workbook's resolved format (openpyxl's style array) for a number format and an
    openpyxl Alignment, Font and fill.

    Pass the result to `text_cell`, `number_cell` and friends, or give it to a cell already
    on a sheet with `apply_format`; None means no format.
    """
    from openpyxl.cell.cell import Cell

    prototype = Cell(ws)  # never placed on the sheet; it only registers the styles
    if number_format:
        prototype.number_format = number_format
    if alignment is not None:
        prototype.alignment = alignment
    if font is not None:
        prototype.font = font
    if fill is not None:
        prototype.fill = fill
    return prototype._style


def apply_format(cell: Cell, style: Any) -> Cell:
    """Give `cell` a format resolved by `cell_format` (a copy: cells never share one)."""
    from openpyxl.styles.cell_style import StyleArray

    cell._style = StyleArray(style)
    return cell


def text_cell(
    ws: Worksheet, text: str | None, style: Any = None, *, marker: str | None = None
) -> Cell:
    """`write_text` for a cell to append: a string cell whatever it starts with, never a
    formula or a link; empty text gives an empty (possibly formatted) cell, and text longer
    than a cell holds is cut with a marker (see `fit_text`)."""
    if text is None or text == "":
        return _new_cell(ws, None, "n", style)
    if _NEEDS_CLEANING.search(text):
        text = clean_text(text)
    if len(text) * 2 > CELL_TEXT_LIMIT:
        text = fit_text(text, marker)
    return safe_text_cell(ws, text, style)


def safe_text_cell(ws: Worksheet, text: str, style: Any = None) -> Cell:
    """A string cell to append holding `text` exactly: text that is already safe in a cell
    (through `clean_text` and within CELL_TEXT_LIMIT, as `text_cell` makes it, or JSON with
    its controls escaped). openpyxl's own checks of a value (refusing, not cleaning, what
    `clean_text` replaces, and guessing a type that is then overridden) are skipped: they cost
    more than the rest of writing a cell."""
    return _new_cell(ws, text, "s", style)


def _new_cell(ws: Worksheet, value: str | None, data_type: str, style: Any) -> Cell:
    """A cell to append, made as openpyxl's Cell(ws, value=..., style_array=style) makes it
    (the same attributes, its own copy of the format) without its generic set-up, which
    costs three times as much: a table has thousands of cells. Only for text and empty
    cells, whose type needs no guessing (openpyxl 3.1's Cell; the export tests read every
    such cell back)."""
    cell_class, style_array = _openpyxl_classes()
    cell = object.__new__(cell_class)
    cell.parent = ws
    cell._style = None if style is None else style_array(style)
    cell.row = cell.column = None  # set by Worksheet.append
    cell._value = value
    cell.data_type = data_type
    cell._hyperlink = None
    cell._comment = None
    return cell


def number_cell(ws: Worksheet, value: float | int | None, style: Any = None) -> Cell:
    """`write_number` for a cell to append (the number format comes with `style`)."""
    if isinstance(value, bool):
        raise TypeError("use write_bool for booleans")
    return _openpyxl_classes()[0](ws, value=value, style_array=style)


def percent_cell(ws: Worksheet, percent: float | None, style: Any = None) -> Cell:
    """`write_percent` for a cell to append; `style` must carry PERCENT_FORMAT."""
    value = None if percent is None else round(percent / 100, SHARE_DECIMALS)
    return number_cell(ws, value, style)


def value_cell(ws: Worksheet, value: bool | dt.date | None, style: Any = None) -> Cell:
    """A boolean or date cell to append (a date's `style` carries its number format)."""
    return _openpyxl_classes()[0](ws, value=value, style_array=style)


@functools.cache
def _openpyxl_classes() -> tuple[type[Cell], Any]:
    """openpyxl's Cell and StyleArray, imported on first use (an import statement in a
    function run for every cell costs as much as making the cell)."""
    from openpyxl.cell.cell import Cell
    from openpyxl.styles.cell_style import StyleArray

    return Cell, StyleArray
