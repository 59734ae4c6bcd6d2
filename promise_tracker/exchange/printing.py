"""How the export's sheets print: page numbers, narrow margins, a print area of readable width.

A4 landscape with 1 cm side margins leaves about 780 points across. A sheet printed "fit to
width" is scaled down until its printed columns fit; the default 11-point text stays at 9
points or more while those columns add up to `READABLE_PRINT_WIDTH` units of column width
or less. A unit of width is a digit of the default font, so a wider font (LibreOffice draws
with DejaVu Sans where Calibri is missing) widens text and columns alike. Measured with
LibreOffice: 140 units print at 78 % (8.6 points), so 9 points allow at most 133; the limit
keeps some room (tests/integration/test_export_printing.py prints and measures).

A table wider than that (a History of criteria with many rounds, the History's score per
standard) prints over several pages across instead (`print_across`): its first columns (what
a row is about) repeat on every page, the other columns are shared out between the pages, and
every page prints at `PRINT_SCALE`, the scale at which `READABLE_PRINT_WIDTH` fills a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from promise_tracker.i18n import translate

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# Units of column width that fit across A4 landscape at 9/11 scale (see the docstring).
READABLE_PRINT_WIDTH = 130.0
SIDE_MARGIN_INCHES = 0.4  # 1 cm
TOP_MARGIN_INCHES = 0.6
FOOTER_MARGIN_INCHES = 0.25
# Percent: READABLE_PRINT_WIDTH units across A4 landscape (9.2-point text).
PRINT_SCALE = 84
_LAST_ROW_INDEX = 1_048_575  # a column break runs down the whole sheet (zero-based rows)


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


def column_groups(widths: Sequence[float], room: float) -> list[int]:
    """Share columns of `widths` out between as few pages across as keep each page's
    columns within `room` units, as evenly as possible (the widest page as narrow as it
    can be); returns how many columns each page takes, in order. A column wider than
    `room` takes a page of its own."""
    count = len(widths)
    if count == 0:
        return []
    pages = 1
    used = 0.0
    for width in widths:  # as few pages as possible: fill each page before the next
        if used and used + width > room:
            pages += 1
            used = 0.0
        used += width
    # The narrowest widest page over `pages` contiguous groups (few columns: try them all).
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}

    def split(start: int, parts: int) -> tuple[float, list[int]]:
        if (start, parts) in best:
            return best[start, parts]
        if parts == 1:
            result = (sum(widths[start:]), [count - start])
        else:
            result = (float("inf"), [])
            for end in range(start + 1, count - parts + 2):
                head = sum(widths[start:end])
                rest, sizes = split(end, parts - 1)
                widest = max(head, rest)
                if widest < result[0]:
                    result = (widest, [end - start, *sizes])
        best[start, parts] = result
        return result

    return split(0, min(pages, count))[1]


def print_across(ws: Worksheet, widths: Sequence[float], title_columns: int) -> list[int]:
    """Print a table of columns `widths` readably; returns how many of the columns after the
    title columns each page across shows (one number when the table prints one page wide).

    One page wide (fit to width, as `sheets.print_settings` sets up) when the columns fit in
    `READABLE_PRINT_WIDTH`. Otherwise the first `title_columns` columns repeat at the left of
    every page and the others are shared out between pages across (manual column breaks),
    every page at `PRINT_SCALE`, printed left to right, then down: a reader lays the pages
    of one stretch of rows side by side.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break, ColBreak

    if sum(widths) <= READABLE_PRINT_WIDTH or title_columns >= len(widths):
        return [max(len(widths) - title_columns, 0)]
    titles = sum(widths[:title_columns])
    groups = column_groups(widths[title_columns:], READABLE_PRINT_WIDTH - titles)
    setup = ws.page_setup
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    setup.scale = PRINT_SCALE
    setup.pageOrder = "overThenDown"
    ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
    breaks = ColBreak()
    last = title_columns
    for size in groups[:-1]:
        last += size
        breaks.append(Break(id=last, max=_LAST_ROW_INDEX))
    ws.col_breaks = breaks
    return groups


def width_cm(widths: Sequence[float]) -> float:
    """About how wide columns of `widths` are on screen and on paper at 100 % in Excel, in
    centimetres: 7 pixels a unit and 5 of padding a column, at 96 pixels an inch (programs
    drawing a wider font than Calibri make the columns wider, never narrower)."""
    return sum(7 * width + 5 for width in widths) * 2.54 / 96


def leave_out_of_print(ws: Worksheet) -> None:
    """Hide a sheet with nothing to show (no rows under its heading): spreadsheet programs
    print every visible sheet, and an empty page helps nobody."""
    ws.sheet_state = "hidden"


__all__ = [
    "PRINT_SCALE",
    "READABLE_PRINT_WIDTH",
    "column_groups",
    "leave_out_of_print",
    "page_footer",
    "print_across",
    "print_columns",
    "width_cm",
]
