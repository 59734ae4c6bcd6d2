"""The round report as an editable Word document (python-docx, loaded only when one is made).

Headings use Word's heading styles (so the navigation pane and a table of contents work),
tables are Word tables whose header row repeats on every page and whose rows never split
across pages, charts are pictures, and the footer numbers the pages with Word's own fields.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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
    from docx.table import _Row
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
TABLE_GRID_ID = "TableGrid"  # Word's "Table Grid" style, in python-docx's template
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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
    """A Word table: the header row shaded, repeated atop every page and never split; the
    body rows never split either; fixed column widths.

    The table's XML is written in one piece and parsed once: python-docx's cell objects
    cost about a millisecond per cell, which made the tables most of the Word report's time.
    """
    widths = [round(Mm(text_width * share / 100).twips) for share in block.widths]
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblStyle w:val="{TABLE_GRID_ID}"/><w:tblW w:type="auto" w:w="0"/>'
        '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{width}"/>' for width in widths),
        "</w:tblGrid>",
    ]
    if block.header:
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        parts += (
            _cell_xml(value, width, bold=True, shade=SHADE)
            for value, width in zip(block.header, widths, strict=True)
        )
        parts.append("</w:tr>")
    for index, values in enumerate(block.rows):
        shade = MARKED if index in block.marked_rows else None
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for column, (value, width) in enumerate(zip(values, widths, strict=True)):
            first_label = block.key_value and column == 0
            parts.append(
                _cell_xml(value, width, bold=first_label, shade=SHADE if first_label else shade)
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    document.element.body._insert_tbl(parse_xml("".join(parts)))
    document.add_paragraph().paragraph_format.space_after = Pt(2)


def _cell_xml(value: str, width: int, *, bold: bool, shade: str | None) -> str:
    """One cell (`width` in twentieths of a point): a paragraph of the table text style per
    line of `value`."""
    properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if shade:
        properties += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    run_properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    paragraphs = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{TABLE_STYLE_ID}"/></w:pPr>'
        + (
            f'<w:r>{run_properties}<w:t xml:space="preserve">{_xml_text(line)}</w:t></w:r>'
            if line
            else ""
        )
        + "</w:p>"
        for line in value.split("\n")
    )
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs}</w:tc>"


def _xml_text(text: str) -> str:
    """`text` escaped for XML, without the control characters XML 1.0 cannot hold."""
    return escape(_NOT_XML.sub("", text))


def _fixed_widths(table: WordTable, widths: Sequence[Length]) -> None:
    """Columns exactly as wide as asked (Word and LibreOffice would otherwise fit them)."""
    table.autofit = False
    properties = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


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
        if picture.caption:
            paragraph.add_run(picture.caption).bold = True
            paragraph.paragraph_format.keep_with_next = True
            paragraph = cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run()
        shape = run.add_picture(io.BytesIO(picture.png), width=Mm(picture.width_mm * scale))
        properties = shape._inline.docPr
        properties.set("descr", picture.description)
    _keep_whole(table.rows[0])
