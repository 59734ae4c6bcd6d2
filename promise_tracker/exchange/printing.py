"""How the export's sheets print: page numbers, narrow margins, a print area of readable width.

A4 landscape with 1 cm side margins leaves about 780 points across. A sheet printed "fit to
width" is scaled down until its printed columns fit; the default 11-point text stays at 9
points or more while those columns add up to `READABLE_PRINT_WIDTH` units of column width
or less. A unit of width is a digit of the default font, so a wider font (LibreOffice draws
with DejaVu Sans where Calibri is missing) widens text and columns alike. Measured with
LibreOffice: 140 units print at 78 % (8.6 points), so 9 points allow at most 133; the limit
keeps some room (tests/integration/test_export_printing.py prints and measures).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from promise_tracker.i18n import translate

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# Units of column width that fit across A4 landscape at 9/11 scale (see the docstring).
READABLE_PRINT_WIDTH = 130.0
SIDE_MARGIN_INCHES = 0.4  # 1 cm
TOP_MARGIN_INCHES = 0.6
FOOTER_MARGIN_INCHES = 0.25


def page_footer(ws: Worksheet) -> None:
    """ "Page 3 of 7" centred in the footer of every printed page, narrow side margins."""
    text = translate("RoundExport", "Page {page} of {pages}").format(page="&P", pages="&N")
    ws.oddFooter.center.text = text
    ws.evenFooter.center.text = text
    margins = ws.page_margins
    margins.left = margins.right = SIDE_MARGIN_INCHES
    margins.top = margins.bottom = TOP_MARGIN_INCHES
    margins.header = margins.footer = FOOTER_MARGIN_INCHES


def print_columns(ws: Worksheet, columns: int, last_row: int) -> None:
    """Print only the first `columns` columns (rows 1 to `last_row`)."""
    from openpyxl.utils import get_column_letter

    ws.print_area = f"A1:{get_column_letter(columns)}{max(last_row, 1)}"


def leave_out_of_print(ws: Worksheet) -> None:
    """Hide a sheet with nothing to show (no rows under its heading): spreadsheet programs
    print every visible sheet, and an empty page helps nobody."""
    ws.sheet_state = "hidden"


__all__ = [
    "READABLE_PRINT_WIDTH",
    "leave_out_of_print",
    "page_footer",
    "print_columns",
]
