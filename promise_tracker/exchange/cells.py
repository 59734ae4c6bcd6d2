"""Safe cell writing: user and pack text always becomes a string cell, never a formula or link."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # openpyxl is imported lazily by the modules that write workbooks
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

# Characters XML 1.0 cannot hold at all (controls other than tab, LF and CR; U+FFFE, U+FFFF).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
REPLACEMENT = "\ufffd"
PERCENT_FORMAT = "0.0%"
# Shares are rounded so that what openpyxl writes ("%.16g") reads back as the very same float
# (which keeps an export's checksum verifiable); 6 decimals is 0.0001 percentage points.
SHARE_DECIMALS = 6


def clean_text(text: str) -> str:
    """The text as it can be stored in a cell.

    XML turns a carriage return in element text into a line feed when the file is read, so
    line endings are normalised to "\\n" here (the line break Excel itself uses in a cell)
    rather than changing silently on the way back. Control characters XML cannot hold at all
    become U+FFFD. Everything else, tabs and leading "=", "+", "-", "@" included, is kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub(REPLACEMENT, text)


def write_text(ws: Worksheet, row: int, column: int, text: str | None) -> Cell:
    """Write text as a string cell, whatever it starts with ("=HYPERLINK(...)" included).

    openpyxl writes any str starting with "=" as a formula; forcing the data type to "s"
    after assigning stores it as an inline string. Empty text leaves the cell empty.
    """
    cell = ws.cell(row=row, column=column)
    if text is None or text == "":
        cell.value = None
        return cell
    cell.value = clean_text(text)
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
