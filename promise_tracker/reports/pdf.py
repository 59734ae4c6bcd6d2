"""Printing an HTML document to an A4 PDF with a running header and page numbers (Qt GUI only).

Reports are laid out as HTML by their modules and printed here with QTextDocument onto a
QPdfWriter: the document is cut into pages of the body's height, and every page gets the
document title at the top and "Page 3 of 12" at the bottom. The finished PDF is built in
memory and put in place atomically, so a reader never sees a half-written file.

QtGui needs a QGuiApplication. Inside the app the QApplication is reused; the command line
and tests get a QGuiApplication from `ensure_gui_application`, drawing offscreen where there
is no display. Once the application exists, documents can be made in a QThread or QThreadPool
worker (a plain Python thread has no Qt event dispatcher, and Qt's text layout warns there).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLineF,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from promise_tracker import APP_NAME
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.i18n import translate

# Device pixels per inch of the PDF writer. At 96 the pixel lengths in the HTML (borders,
# padding, spacing) mean what they mean on screen: 1 px = 1/96 inch.
RESOLUTION = 96
BODY_POINT_SIZE = 10.0
HEADER_POINT_SIZE = 8.0
# Page margins in millimetres; the header and footer sit inside the top and bottom margins.
MARGIN_SIDE_MM = 18.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
# Fonts with Swedish and other European letters; the first one installed is used, else Qt's
# default sans serif (which substitutes missing glyphs from other fonts).
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Helvetica"]

_application: QGuiApplication | None = None


class ReportError(PromiseTrackerError):
    """A PDF document could not be made or written."""


@dataclass(frozen=True)
class PdfMetadata:
    """What the PDF says about itself (shown by viewers in the document properties)."""

    title: str


def _needs_offscreen() -> bool:
    if sys.platform in ("win32", "darwin"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (or QApplication), or a new QGuiApplication.

    Without a display (Linux without DISPLAY or WAYLAND_DISPLAY) Qt is told to draw offscreen
    before the application is made, unless QT_QPA_PLATFORM already says otherwise. A bare
    QCoreApplication cannot lay out text, so it is refused with a clear error.
    """
    global _application
    existing = QCoreApplication.instance()
    if existing is not None:
        if isinstance(existing, QGuiApplication):
            return existing
        raise ReportError(
            "PDF documents need a graphical Qt application, but a non-graphical one is running."
        )
    if _needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME])
    return _application


def document_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    # No ligatures: text copied or searched in the PDF then reads "ff", not one glyph "ﬀ".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_label(page: int, count: int) -> str:
    """ "Page 3 of 12" in the interface language."""
    return (
        translate("PdfReport", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
    )


@dataclass(frozen=True)
class Flow:
    """A stretch of a document laid out as a QTextDocument of its own, printed from where the
    stretch before it ends (or from the top of a new page).

    Moving content between pages (`paginate`) lays out again everything after the change; in
    a long report of many short stretches that is a little each time instead of the rest of
    the report.
    """

    html: str
    new_page: bool = False
    paginate: Callable[[QTextDocument], None] | None = None


@dataclass(frozen=True)
class _Placed:
    """A flow's document and the page of the PDF on which its first page is printed."""

    document: QTextDocument
    first_page: int
    pages: int


def render_pdf(
    body_html: str | Sequence[Flow],
    metadata: PdfMetadata,
    style_sheet: str = "",
    *,
    keep_tables_whole: bool = True,
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    page_text: Callable[[int, int], str] = page_label,
    paginate: Callable[[QTextDocument], None] | None = None,
) -> bytes:
    """The PDF (A4 unless `page_size` says otherwise, portrait) of `body_html`, with
    `metadata.title` atop every page and `page_text(page, count)` below it.

    The HTML must be built with every user or pack text escaped (html.escape). `paginate`,
    if given, moves content between pages once the document is laid out, instead of
    `keep_tables_on_one_page`. `body_html` may also be a sequence of flows, each with its
    own `paginate`, printed one after the other.
    """
    ensure_gui_application()
    if isinstance(body_html, str):
        if paginate is None and keep_tables_whole:
            paginate = keep_tables_on_one_page
        flows: Sequence[Flow] = [Flow(body_html, paginate=paginate)]
    else:
        flows = body_html
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(metadata.title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_SIDE_MM, MARGIN_TOP_MM, MARGIN_SIDE_MM, MARGIN_BOTTOM_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    body = QRectF(0, 0, writer.width(), writer.height())
    placed = lay_out_flows(flows, QSizeF(body.width(), body.height()), style_sheet, writer)
    pages = max([1] + [item.first_page + item.pages for item in placed])

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError("The PDF document could not be started.")
    try:
        header_font = document_font(HEADER_POINT_SIZE)
        millimetre = RESOLUTION / 25.4
        for index in range(pages):
            if index:
                writer.newPage()
            _draw_running_texts(
                painter, body, header_font, metadata.title, page_text(index + 1, pages), millimetre
            )
            for item in placed:
                page = index - item.first_page
                if 0 <= page < item.pages:
                    painter.save()
                    painter.translate(0, -page * body.height())
                    visible = QRectF(0, page * body.height(), body.width(), body.height())
                    painter.setClipRect(visible)
                    item.document.drawContents(painter, visible)
                    painter.restore()
    finally:
        painter.end()
    # The layouts refer to the writer and the writer to the buffer: let go in that order.
    del placed, writer
    data = bytes(QByteArray(buffer.data()).data())
    buffer.close()
    if not data.startswith(b"%PDF"):
        raise ReportError("The PDF document could not be made.")
    return data


def lay_out_flows(
    flows: Sequence[Flow],
    page: QSizeF,
    style_sheet: str = "",
    device: QPagedPaintDevice | None = None,
) -> list[_Placed]:
    """Each flow laid out (and paginated) in pages of `page`'s size, and where it goes.

    A flow that goes on where the one before ended starts with an empty line as tall as the
    part of that page already used, so its pages fall exactly on the PDF's pages.
    """
    placed: list[_Placed] = []
    page_index, used = 0, 0.0
    for flow in flows:
        if flow.new_page and used > 0:
            page_index, used = page_index + 1, 0.0
        spacer = _spacer(used) if used > 0 else ""
        document = QTextDocument()
        if device is not None:
            document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(document_font())
        if style_sheet:
            document.setDefaultStyleSheet(style_sheet)
        document.setDocumentMargin(0)
        document.setHtml(spacer + flow.html)
        document.setPageSize(page)
        if flow.paginate is not None:
            flow.paginate(document)
        end = content_bottom(document)
        if end <= used:
            continue  # nothing to print
        pages = int((end - 0.5) // page.height()) + 1
        placed.append(_Placed(document, page_index, pages))
        page_index += pages - 1
        used = end - (pages - 1) * page.height()
    return placed


def _spacer(height: float) -> str:
    return (
        f'<p style="margin: 0px; line-height: {height:.2f}px; -qt-line-height-type: fixed;">'
        "&nbsp;</p>"
    )


def content_bottom(document: QTextDocument) -> float:
    """Where the document's last table or last block with something in it ends (the empty
    block Qt keeps after a table takes no room on paper)."""
    layout = document.documentLayout()
    bottom = 0.0
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        block = iterator.currentBlock()
        iterator += 1
        if frame is not None:
            bottom = max(bottom, layout.frameBoundingRect(frame).bottom())
        elif block.isValid() and block.text().strip():
            bottom = max(bottom, layout.blockBoundingRect(block).bottom())
    return bottom


def _draw_running_texts(
    painter: QPainter, body: QRectF, font: QFont, title: str, page: str, millimetre: float
) -> None:
    """The title above the body and the page number below it, each with a thin rule."""
    painter.save()
    painter.setFont(font)
    grey = QColor(90, 90, 90)
    painter.setPen(grey)
    line_height = painter.fontMetrics().height()
    gap = 4 * millimetre
    header = QRectF(body.left(), body.top() - gap - line_height, body.width(), line_height)
    elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(body.width()))
    painter.drawText(header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), elided)
    footer = QRectF(body.left(), body.bottom() + gap, body.width(), line_height)
    painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), page)
    painter.setPen(QPen(QColor(170, 170, 170), 0.5))
    rule = body.top() - gap / 2
    painter.drawLine(QLineF(body.left(), rule, body.right(), rule))
    painter.restore()


def write_atomically(data: bytes, path: Path) -> Path:
    """Write `data` next to `path`, then move it into place in one step.

    On any failure the temporary file is removed and an existing file at `path` is left as
    it was. The file gets the usual permissions (as if created plainly), since documents are
    made to be shared.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ReportError(f"Cannot write to {folder}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        raise ReportError(f"Cannot write {path}: {error.strerror or error}") from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def keep_tables_on_one_page(document: QTextDocument) -> None:
    """Move every top-level table that a page break would cut to the next page.

    What leads into a table goes with it: headings, tables that start with a heading (the
    side-by-side headings of a two-language document) and the paragraphs after a heading, so
    a page never ends with a heading. A group taller than a page is left to break. The
    document's page size must be set.
    """
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    leading: list[QTextBlock | QTextTable] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        block = iterator.currentBlock()
        iterator += 1
        if isinstance(frame, QTextTable):
            if _starts_with_heading(frame):
                leading.append(frame)
                continue
            group: list[QTextBlock | QTextTable] = [*leading, frame]
            leading = []
            bottom = layout.frameBoundingRect(frame).bottom()
            for start in (group[0], frame):
                top = _rect(layout, start).top()
                if bottom - top <= page_height:
                    if int(top // page_height) != int((bottom - 0.5) // page_height):
                        _break_before(start)
                    break
        elif block.isValid():
            if block.blockFormat().headingLevel() > 0:
                leading.append(block)
            elif block.text().strip() and leading:
                leading.append(block)  # a summary under a heading stays with it


def _starts_with_heading(table: QTextTable) -> bool:
    return table.cellAt(0, 0).firstCursorPosition().block().blockFormat().headingLevel() > 0


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
