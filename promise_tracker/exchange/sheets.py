"""Table layout shared by the app's workbooks: headers, filters, wrapping, printing, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from promise_tracker.exchange.cells import apply_format, cell_format, write_text

if TYPE_CHECKING:  # openpyxl itself loads only when a workbook is written
    from openpyxl.worksheet.worksheet import Worksheet


def bold_font(size: float = 11.0) -> Any:
    """The workbook's font (Calibri), bold. A bold Font without a name leaves the font to
    the program: LibreOffice then draws headings in a serif font beside sans-serif text;
    a program without Calibri draws this one in its sans-serif stand-in (family 2)."""
    from openpyxl.styles import Font

    return Font(name="Calibri", family=2, size=size, bold=True)


def write_header(ws: Worksheet, row: int, titles: Sequence[str], widths: Sequence[float]) -> None:
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    # Resolved once for the row: assigning style objects cell by cell costs a lookup each.
    style = cell_format(
        ws,
        font=bold_font(),
        fill=PatternFill("solid", fgColor="DDE6F0"),
        alignment=Alignment(wrap_text=True, vertical="top"),
    )
    dimensions = ws.column_dimensions
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        apply_format(write_text(ws, row, column, title), style)
        dimensions[get_column_letter(column)].width = width
    lines = max(wrapped_lines(t, w) for t, w in zip(titles, widths, strict=True))
    if lines > 1:
        ws.row_dimensions[row].height = row_height(lines)


def table_layout(ws: Worksheet, header_row: int, columns: int, *, freeze: bool = True) -> None:
    """Auto filter over the table, frozen header, and print settings a person expects."""
    from openpyxl.utils import get_column_letter

    last_row = max(ws.max_row, header_row)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last_row}"
    if freeze:
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    print_settings(ws, header_row)


def print_settings(ws: Worksheet, title_row: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{title_row}:{title_row}"


def wrap_rows(ws: Worksheet, columns: Sequence[int], first_row: int) -> None:
    """Wrap `columns` from `first_row` down, align the rest of each row at the top, and give
    each row the height its longest wrapped text needs."""
    from openpyxl.styles import Alignment
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils import get_column_letter

    # The two alignments are registered with the workbook once and given to each cell by
    # their index, which is what assigning cell.alignment does after looking the Alignment
    # up in the workbook's list, for every cell.
    alignments = ws.parent._alignments
    wrap = alignments.add(Alignment(wrap_text=True, vertical="top"))
    # The other cells of a tall row line up with its text.
    top = alignments.add(Alignment(vertical="top"))
    widths = {c: ws.column_dimensions[get_column_letter(c)].width or 10.0 for c in columns}
    # Bounds read once: openpyxl computes max_row and max_column over every cell each time.
    last_row, last_column = ws.max_row, ws.max_column
    for row in range(first_row, last_row + 1):
        lines = 1
        for column in range(1, last_column + 1):
            cell = ws.cell(row=row, column=column)
            if cell._style is None:
                cell._style = StyleArray()
            if column not in widths:
                cell._style.alignmentId = top
                continue
            cell._style.alignmentId = wrap
            lines = max(lines, wrapped_lines(cell.value, widths[column]))
        # Rows get an explicit height: Gnumeric never grows a row to fit wrapped text of a
        # file it opens (LibreOffice does only for rows without a height), and a clipped
        # statement or overlapping text is unreadable on screen and in print.
        if lines > 1:
            ws.row_dimensions[row].height = row_height(lines)


ROW_LINE_HEIGHT = 15.0  # points per line of the default 11-point font
MAX_ROW_HEIGHT = 409.0  # the tallest row Excel allows (points); taller rows are refused
DATE_FORMAT = "yyyy-mm-dd"
# Characters per unit of column width that a wrapped line is assumed to hold. A width
# counts the default font's digits; Excel's Calibri fits about 1.1 characters of text per
# unit, but Gnumeric and LibreOffice on a system without Calibri draw it with a wider
# font (DejaVu Sans: about 0.9), so rows are sized for the wider one: a little space to
# spare in Excel rather than a statement cut off elsewhere.
CHARACTERS_PER_WIDTH = 0.85


def row_height(lines: int) -> float:
    """The height (points) of a row showing `lines` lines, at most what Excel allows."""
    return min(ROW_LINE_HEIGHT * lines, MAX_ROW_HEIGHT)


def wrapped_lines(value: Any, width: float) -> int:
    """About how many lines `value` takes in a wrapped column `width` characters wide,
    wrapped at word boundaries as spreadsheet programs do."""
    if not isinstance(value, str) or not value:
        return 1
    if len(value) <= width * CHARACTERS_PER_WIDTH and "\n" not in value:
        return 1  # fits on a line as it is (most answers and short values)
    return _word_wrapped_lines(value, width)


def _word_wrapped_lines(text: str, width: float) -> int:
    """Lines of `text` wrapped at word boundaries (a word longer than a line is split)."""
    per_line = max(int(width * CHARACTERS_PER_WIDTH), 1)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split():
            if used and used + 1 + len(word) > per_line:
                lines += 1
                used = 0
            used += len(word) + (1 if used else 0)
            lines += max(0, (used - 1) // per_line)  # a word longer than the column
            used = used if used <= per_line else used % per_line
    return max(lines, 1)


def write_date(ws: Worksheet, row: int, column: int, value: dt.date) -> None:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    cell.number_format = DATE_FORMAT


def straight_lines(chart: Any) -> None:
    """Draw a line chart's series as straight segments between the points.

    Without an explicit `<c:smooth val="0"/>` LibreOffice draws each line as a spline, which
    suggests values between the rounds that nobody measured.
    """
    chart.smooth = False
    for series in chart.series:
        series.smooth = False
