"""The pieces a printable document is made of (headings, paragraphs, tables, pictures), as
plain data that both the PDF and the Word writer lay out the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ParagraphStyle = Literal["body", "muted", "lead", "title", "subtitle"]


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 for the report's parts, 2 for a standard, 3 below."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """A paragraph; `label` is printed in bold before the text (e.g. "Overall score:")."""

    text: str
    style: ParagraphStyle = "body"
    label: str = ""


@dataclass(frozen=True)
class Table:
    """A table of plain texts; a line break in a cell starts a new line in it.

    `header` is repeated atop every page the table runs onto; no row is ever split across
    two pages. `widths` are per cent of the text width, one per column. A `key_value` table
    has no header and its first column is shaded (labels on the left).
    """

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    header: tuple[str, ...] = ()
    key_value: bool = False
    # Rows (by index) to stand out, e.g. an overdue action.
    marked_rows: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Picture:
    """A PNG image; `width_mm` is its printed width (the height follows its proportions)."""

    png: bytes
    width_mm: float
    pixel_width: int
    pixel_height: int
    description: str  # the alternative text
    caption: str = ""  # printed above the picture, as text the reader can select and edit


@dataclass(frozen=True)
class PictureRow:
    """Pictures side by side, e.g. the radar beside the bars."""

    pictures: tuple[Picture, ...]


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page."""


Block = Heading | Paragraph | Table | PictureRow | PageBreak
