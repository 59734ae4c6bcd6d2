"""The round report as an editable Word document (python-docx, loaded only when one is made).

Headings use Word's heading styles (so the navigation pane and a table of contents work),
tables are Word tables whose header row repeats on every page and whose rows never split
across pages, charts are pictures, and the footer numbers the pages with Word's own fields.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from promise_tracker import APP_NAME
from promise_tracker.reports.blocks import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    PictureRow,
    Table,
)
from promise_tracker.reports.round_report import RoundReport

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.shared import Length
    from docx.table import Table as WordTable
    from docx.table import _Cell, _Row
    from docx.text.paragraph import Paragraph as WordParagraph

PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGIN_SIDE_MM = 18.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
SHADE = "EFEFEF"
MARKED = "FDE9D9"
MUTED = RGBColor(0x44, 0x44, 0x44)
LANGUAGE_TAGS = {"en": "en-GB", "sv": "sv-SE"}
BODY_SIZE = Pt(10)
# On every Windows and macOS computer; LibreOffice uses the metric-compatible Liberation Sans.
FONT = "Arial"
TABLE_SIZE = Pt(9)
TABLE_STYLE = "Table Text"  # a paragraph style of ours: 9 pt, little space after
TABLE_STYLE_ID = "TableText"


def round_report_docx(report: RoundReport, paper: str) -> bytes:
    """The report as the bytes of a .docx file on `paper` ("a4" or "letter")."""
    document = Document()
    _set_up(document, report, paper)
    text_width = PAPER_MM[paper][0] - 2 * MARGIN_SIDE_MM
    for block in report.blocks:
        _add(document, block, text_width)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_up(document: WordDocument, report: RoundReport, paper: str) -> None:
    width, height = PAPER_MM[paper]
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = Mm(MARGIN_SIDE_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.header_distance = section.footer_distance = Mm(9)

    properties = document.core_properties
    properties.title = report.title
    properties.author = APP_NAME
    properties.last_modified_by = APP_NAME
    properties.comments = ""
    properties.language = LANGUAGE_TAGS.get(report.language, report.language)

    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    normal.font.name = FONT
    normal.paragraph_format.space_after = Pt(4)
    # Spelling is checked in the report's language.
    run_properties = normal.element.get_or_add_rPr()
    fonts = run_properties.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), LANGUAGE_TAGS.get(report.language, report.language))
    run_properties.append(language)
    table_text = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    assert table_text.style_id == TABLE_STYLE_ID
    table_text.base_style = normal
    table_text.font.size = TABLE_SIZE
    table_text.paragraph_format.space_after = Pt(1)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]
        style.font.name = FONT  # the template's theme font is not on every computer
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(theme), None)
        style.paragraph_format.keep_with_next = True

    header = section.header.paragraphs[0]
    header.text = report.title
    for run in header.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_numbers(footer, report.page_label)


def _page_numbers(paragraph: WordParagraph, label: str) -> None:
    """ "Page %1 of %2" with Word's PAGE and NUMPAGES fields in place of %1 and %2."""
    rest = label
    while rest:
        positions = [(rest.find(mark), mark) for mark in ("%1", "%2") if mark in rest]
        if not positions:
            _small(paragraph, rest)
            break
        position, mark = min(positions)
        if position:
            _small(paragraph, rest[:position])
        _field(paragraph, "PAGE" if mark == "%1" else "NUMPAGES")
        rest = rest[position + 2 :]


def _small(paragraph: WordParagraph, value: str) -> None:
    run = paragraph.add_run(value)
    run.font.size = Pt(8)
    run.font.color.rgb = MUTED


def _field(paragraph: WordParagraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    properties.append(size)
    run.append(properties)
    shown = OxmlElement("w:t")
    shown.text = "1"
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)


def _add(document: WordDocument, block: Block, text_width: float) -> None:
    if isinstance(block, Heading):
        document.add_heading(block.text, min(max(block.level, 1), 3))
    elif isinstance(block, Paragraph):
        _paragraph(document, block)
    elif isinstance(block, Table):
        _table(document, block, text_width)
    elif isinstance(block, PictureRow):
        _pictures(document, block, text_width)
    elif isinstance(block, PageBreak):
        document.add_page_break()  # type: ignore[no-untyped-call]


def _paragraph(document: WordDocument, block: Paragraph) -> None:
    if block.style == "title":
        paragraph = document.add_paragraph(style="Title")
    else:
        paragraph = document.add_paragraph()
    if block.label:
        paragraph.add_run(block.label + " ").bold = True
    for index, line in enumerate(block.text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
        if block.style == "muted":
            run.font.size = Pt(9)
            run.font.color.rgb = MUTED
        elif block.style == "lead":
            run.font.size = Pt(12)
        elif block.style == "subtitle":
            run.font.size = Pt(12)
            run.font.color.rgb = MUTED
    if block.style == "subtitle":
        paragraph.paragraph_format.space_before = Pt(36)


def _table(document: WordDocument, block: Table, text_width: float) -> None:
    columns = len(block.widths)
    header_rows = 1 if block.header else 0
    table = document.add_table(rows=header_rows + len(block.rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(text_width * share / 100) for share in block.widths]
    _fixed_widths(table, widths)
    rows = list(table.rows)  # python-docx builds the list anew at every access
    if block.header:
        row = rows[0]
        _repeat_as_header(row)
        for cell, value, width in zip(row.cells, block.header, widths, strict=True):
            _fill(cell, value, width, bold=True, shade=SHADE)
    for index, values in enumerate(block.rows):
        row = rows[header_rows + index]
        _keep_whole(row)
        shade = MARKED if index in block.marked_rows else None
        for column, (cell, value, width) in enumerate(zip(row.cells, values, widths, strict=True)):
            first_label = block.key_value and column == 0
            _fill(cell, value, width, bold=first_label, shade=SHADE if first_label else shade)
    document.add_paragraph().paragraph_format.space_after = Pt(2)


def _fixed_widths(table: WordTable, widths: Sequence[Length]) -> None:
    """Columns exactly as wide as asked (Word and LibreOffice would otherwise fit them)."""
    table.autofit = False
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _fill(cell: _Cell, value: str, width: Length, *, bold: bool, shade: str | None) -> None:
    cell.width = width
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(value.split("\n")):
        if index:
            paragraph = cell.add_paragraph()
        paragraph._p.style = TABLE_STYLE_ID  # by id: python-docx looks a name up each time
        run = paragraph.add_run(line)
        if bold:
            run.bold = True
    if shade:
        properties = cell._tc.get_or_add_tcPr()
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), shade)
        properties.append(shading)


def _repeat_as_header(row: _Row) -> None:
    """The row is repeated atop every page the table runs onto, and never split."""
    properties = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        element = OxmlElement(tag)
        properties.append(element)


def _keep_whole(row: _Row) -> None:
    """A page break never cuts the row: it moves to the next page whole."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))


def _pictures(document: WordDocument, block: PictureRow, text_width: float) -> None:
    """The pictures side by side in a table without borders (one picture: a paragraph)."""
    available = text_width - 4 * len(block.pictures)
    wanted = sum(p.width_mm for p in block.pictures)
    scale = min(1.0, available / wanted) if wanted else 1.0
    table = document.add_table(rows=1, cols=len(block.pictures))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(picture.width_mm * scale + 3) for picture in block.pictures]
    _fixed_widths(table, widths)
    for cell, picture, width in zip(table.rows[0].cells, block.pictures, widths, strict=True):
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(picture.png), width=Mm(picture.width_mm * scale))
        properties = shape._inline.docPr
        properties.set("descr", picture.description)
    _keep_whole(table.rows[0])
