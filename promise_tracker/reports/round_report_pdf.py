"""The round report as a PDF (A4 or US Letter): its blocks laid out as HTML by QTextDocument.

Every table row is a table of its own, so that a row which a page break would cut moves to
the next page whole; the row that starts a page gets the table's header again. Headings and
the paragraph after them move with the table that follows them. Each section (from a heading
after a table to the next one) is laid out as a document of its own, printed where the one
before ends, so that moving a row lays out one section again, not the rest of the report.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QPageSize,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from promise_tracker.reports.blocks import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    PictureRow,
    Table,
)
from promise_tracker.reports.markup import FRAME, MUTED, SHADE, text
from promise_tracker.reports.pdf import RESOLUTION, Flow, PdfMetadata, render_pdf
from promise_tracker.reports.round_report import RoundReport

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# The narrower text width of the two papers (A4: 210 mm less the side margins).
TEXT_WIDTH_MM = 174.0
MARKED = "#fde9d9"  # a row that needs attention (an overdue action)
STYLE_SHEET = """
h1 { font-size: 16pt; font-weight: bold; margin-top: 22px; margin-bottom: 6px; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
td { font-size: 9pt; }
"""


@dataclass(frozen=True)
class _TablePart:
    """What one top-level table of the HTML is, in document order."""

    kind: str  # "head" (a table's header), "row" (one row), "whole" (kept on one page)
    header: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()
    first: bool = False  # the first row of its table (moves with the header)


def round_report_pdf(report: RoundReport, paper: str) -> bytes:
    """The report as PDF bytes on `paper` ("a4" or "letter")."""

    def page_text(page: int, count: int) -> str:
        return report.page_label.replace("%1", str(page)).replace("%2", str(count))

    return render_pdf(
        flows(report.blocks),
        PdfMetadata(title=report.title),
        STYLE_SHEET,
        page_size=PAGE_SIZES[paper],
        page_text=page_text,
    )


def flows(blocks: tuple[Block, ...]) -> list[Flow]:
    """The report cut into stretches laid out one by one: a new one after every page break
    (on a new page) and at every heading that follows a table or the charts (going on where
    the last one ends), so that what a heading leads into stays in its stretch."""
    sections: list[tuple[list[Block], bool]] = [([], False)]
    for block in blocks:
        current, _new_page = sections[-1]
        if isinstance(block, PageBreak):
            sections.append(([], True))
            continue
        if isinstance(block, Heading) and any(isinstance(b, (Table, PictureRow)) for b in current):
            sections.append(([], False))
        sections[-1][0].append(block)
    result = []
    for section, new_page in sections:
        if section:  # (two page breaks in a row make one)
            body, parts = _html(tuple(section))
            result.append(Flow(body, new_page, paginate=partial(_paginate, parts=parts)))
    return result


# --- HTML --------------------------------------------------------------------------------------


def _html(blocks: tuple[Block, ...]) -> tuple[str, list[_TablePart]]:
    html: list[str] = []
    parts: list[_TablePart] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            html.append(f"<h{level}>{text(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            html.append(_paragraph(block))
        elif isinstance(block, Table):
            html.append(_table(block, parts))
        elif isinstance(block, PictureRow):
            html.append(_pictures(block))
            parts.append(_TablePart("whole"))
        elif isinstance(block, PageBreak):
            html.append('<p style="page-break-after: always; margin: 0px;">&nbsp;</p>')
    return "".join(html), parts


def _paragraph(block: Paragraph) -> str:
    label = f"<b>{text(block.label)}</b> " if block.label else ""
    content = label + text(block.text)
    match block.style:
        case "title":
            return (
                f'<p style="font-size: 24pt; font-weight: bold; margin-bottom: 4px;">{content}</p>'
            )
        case "subtitle":
            return (
                f'<p style="font-size: 12pt; color: {MUTED}; margin-top: 40px; '
                f'margin-bottom: 6px;">{content}</p>'
            )
        case "lead":
            return f'<p style="font-size: 12pt; margin-bottom: 8px;">{content}</p>'
        case "muted":
            return f'<p style="font-size: 9pt; color: {MUTED};">{content}</p>'
    return f"<p>{content}</p>"


def _cells(values: tuple[str, ...], widths: tuple[int, ...], *, colour: str, bold: bool) -> str:
    cells = []
    for value, width in zip(values, widths, strict=False):
        content = f"<b>{text(value)}</b>" if bold else text(value)
        cells.append(f'<td width="{width}%" bgcolor="{colour}">{content}</td>')
    return "".join(cells)


def _frame(rows: str, *, margin_top: int) -> str:
    return (
        f'<table width="100%" cellspacing="1" cellpadding="4" bgcolor="{FRAME}" '
        f'style="margin-top: {margin_top}px; margin-bottom: 0px;">{rows}</table>'
    )


def _table(block: Table, parts: list[_TablePart]) -> str:
    if block.key_value:
        rows = "".join(
            "<tr>"
            + _cells(row[:1], block.widths[:1], colour=SHADE, bold=True)
            + _cells(row[1:], block.widths[1:], colour="#ffffff", bold=False)
            + "</tr>"
            for row in block.rows
        )
        parts.append(_TablePart("whole"))
        return _frame(rows, margin_top=6)
    html = []
    if block.header:
        html.append(
            _frame(
                f"<tr>{_cells(block.header, block.widths, colour=SHADE, bold=True)}</tr>",
                margin_top=6,
            )
        )
        parts.append(_TablePart("head", block.header, block.widths))
    for index, row in enumerate(block.rows):
        colour = MARKED if index in block.marked_rows else "#ffffff"
        margin = 6 if index == 0 and not block.header else 0
        html.append(
            _frame(
                f"<tr>{_cells(row, block.widths, colour=colour, bold=False)}</tr>",
                margin_top=margin,
            )
        )
        parts.append(_TablePart("row", block.header, block.widths, first=index == 0))
    return "".join(html)


def _pictures(block: PictureRow) -> str:
    available = TEXT_WIDTH_MM - 4 * len(block.pictures)
    wanted = sum(p.width_mm for p in block.pictures)
    scale = min(1.0, available / wanted) if wanted else 1.0
    cells = "".join(
        '<td align="center" valign="top">'
        + (f'<p align="center"><b>{text(picture.caption)}</b></p>' if picture.caption else "")
        + f"{_image(picture, picture.width_mm * scale)}</td>"
        for picture in block.pictures
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="2" style="margin-top: 10px;">'
        f"<tr>{cells}</tr></table>"
    )


def _image(picture: Picture, width_mm: float) -> str:
    width = round(width_mm * RESOLUTION / 25.4)
    height = round(width * picture.pixel_height / max(picture.pixel_width, 1))
    data = base64.b64encode(picture.png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" width="{width}" height="{height}" '
        f'alt="{text(picture.description)}">'
    )


# --- pages -------------------------------------------------------------------------------------


def _paginate(document: QTextDocument, parts: list[_TablePart]) -> None:
    """Move rows and kept-whole tables that a page break would cut to the next page.

    A row moved (or one that starts a page anyway) gets its table's header copied in; the
    first row moves with the header, and the headings before a table move with it.
    """
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    leading: list[QTextBlock | QTextTable] = []
    index = 0
    previous_page = 0
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        block = iterator.currentBlock()
        iterator += 1
        if isinstance(frame, QTextTable):
            part = parts[index] if index < len(parts) else _TablePart("whole")
            index += 1
            if part.kind == "head":
                leading.append(frame)
                previous_page = int((layout.frameBoundingRect(frame).bottom() - 0.5) // page_height)
                continue
            group: list[QTextBlock | QTextTable] = (
                [*leading, frame] if (part.kind == "whole" or part.first) else [frame]
            )
            leading = []
            rect = layout.frameBoundingRect(frame)
            top, bottom = rect.top(), rect.bottom()
            if bottom - top > page_height:
                continue  # taller than a page: it has to break
            last_page = int((bottom - 0.5) // page_height)
            crosses = int(_rect(layout, group[0]).top() // page_height) != last_page
            # Qt moves a one-row table that does not fit to the next page by itself.
            starts_page = part.kind == "row" and int(top // page_height) != previous_page
            edit = QTextCursor(frame.firstCursorPosition())
            edit.beginEditBlock()  # a break and a header: laid out again once
            if crosses:
                for start in group:
                    start_top = _rect(layout, start).top()
                    if bottom - start_top <= page_height:
                        if int(start_top // page_height) != last_page:
                            _break_before(start)
                        break
            if part.kind == "row" and part.header and (crosses or starts_page):
                moved_alone = not part.first or len(group) == 1
                if moved_alone or not crosses:
                    _insert_header(frame, part)
            edit.endEditBlock()
            previous_page = int((layout.frameBoundingRect(frame).bottom() - 0.5) // page_height)
        elif block.isValid():
            if block.blockFormat().headingLevel() > 0 or (block.text().strip() and leading):
                leading.append(block)
            elif block.text().strip():
                leading = []


def _rect(layout: QAbstractTextDocumentLayout, item: QTextBlock | QTextTable) -> QRectF:
    if isinstance(item, QTextTable):
        return layout.frameBoundingRect(item)
    return layout.blockBoundingRect(item)


def _break_before(item: QTextBlock | QTextTable) -> None:
    if isinstance(item, QTextTable):
        table_format = item.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFormat(table_format)
    else:
        block_format = item.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(item).setBlockFormat(block_format)


def _insert_header(table: QTextTable, part: _TablePart) -> None:
    """Put the table's header (bold, shaded) above this row, as the first row of its page.

    One edit block, so that the document is laid out again once, not after every change.
    """
    edit = QTextCursor(table.firstCursorPosition())
    edit.beginEditBlock()
    table.insertRows(0, 1)
    bold = QTextCharFormat()
    bold.setFontWeight(700)
    bold.setFontPointSize(9)
    for column, value in enumerate(part.header[: table.columns()]):
        cell = table.cellAt(0, column)
        cell_format = cell.format()
        cell_format.setBackground(QBrush(QColor(SHADE)))
        cell.setFormat(cell_format)
        cell.firstCursorPosition().insertText(value, bold)
    edit.endEditBlock()
