"""Small pieces of HTML shared by the PDF documents; every text passed in is escaped here."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale

# Shared look of the documents (QTextDocument understands a subset of CSS 2.1).
STYLE_SHEET = """
h1 { font-size: 18pt; font-weight: bold; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 4px; }
"""
MUTED = "#444444"
RULE = "#9a9a9a"
FRAME = "#b5b5b5"
SHADE = "#efefef"


def text(value: str) -> str:
    """`value` as HTML text: markup characters escaped, line breaks kept."""
    return html.escape(value).replace("\r\n", "\n").replace("\n", "<br>")


def language_name(code: str) -> str:
    """The language's own name, e.g. "svenska" -> "Svenska"; the code if Qt does not know it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    generic = QLocale.languageToString(locale.language())
    if generic in name:  # "American English" for "en": the language, not its variety
        name = generic
    return name[:1].upper() + name[1:] if name else code


def ruled_lines(count: int, height: int = 24) -> str:
    """`count` empty lines to write on, each a light rule."""
    rows = "".join(
        f'<tr><td height="{height}" style="border-bottom: 1px solid {RULE};">&nbsp;</td></tr>'
        for _ in range(count)
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>'


def framed_table(rows: str, *, margin_top: int = 8, padding: int = 5) -> str:
    """A full-width table whose cells are outlined by thin grey lines.

    The lines are the table's background showing through one pixel of cell spacing, which
    QTextDocument draws more evenly than its cell borders. Cells need bgcolor (white or shaded).
    """
    return (
        f'<table width="100%" cellspacing="1" cellpadding="{padding}" bgcolor="{FRAME}" '
        f'style="margin-top: {margin_top}px;">{rows}</table>'
    )


def cell(content: str, *, width: str = "", shaded: bool = False) -> str:
    """A table cell holding `content` (HTML, already escaped)."""
    width_attribute = f' width="{width}"' if width else ""
    return f'<td{width_attribute} bgcolor="{SHADE if shaded else "#ffffff"}">{content}</td>'
