"""A training handout of a pack (or of one standard), in one language or two side by side."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from promise_tracker.i18n import translate
from promise_tracker.reports.markup import (
    MUTED,
    STYLE_SHEET,
    cell,
    framed_table,
    language_name,
    text,
)
from promise_tracker.reports.pdf import PdfMetadata, ReportError, render_pdf, write_atomically
from promise_tracker.standards.model import Criterion, LocalizedText, Pack, Standard

ID_WIDTH = 16  # per cent of the page width for the criterion id column


def write_handout(
    path: Path, pack: Pack, languages: Sequence[str], standard: str | None = None
) -> None:
    """Write the handout of `pack` to `path` (A4 PDF), atomically.

    With one language the texts run in one column; with two, every criterion is one row with
    a column per language, so mixed-language groups can read along. `standard` ("3", "1.2")
    limits it to that standard. Raises ReportError for a language the pack lacks, an unknown
    standard or a file that cannot be written (an existing file is then left as it was).
    """
    chosen = _check_languages(pack, languages)
    selected = _select(pack, standard)
    title = pack.title.get(chosen[0])
    if standard is None:
        running = translate("Handout", "Handout: {title}").format(title=title)
    else:
        running = translate("Handout", "Handout: {title}, standard {number}").format(
            title=title, number=standard
        )
    html = handout_html(pack, chosen, selected, only=standard is not None)
    write_atomically(render_pdf(html, PdfMetadata(title=running), STYLE_SHEET), Path(path))


def handout_html(
    pack: Pack, languages: Sequence[str], standards: Sequence[Standard], *, only: bool = False
) -> str:
    """The handout as HTML for QTextDocument (every pack text escaped)."""
    parts = [_title_page(pack, languages, standards[0] if only else None)]
    for standard in standards:
        parts.extend(_standard(standard, pack, languages, level=2))
    return "".join(parts)


def _check_languages(pack: Pack, languages: Sequence[str]) -> list[str]:
    chosen = list(dict.fromkeys(languages))
    if not chosen or len(chosen) > 2:
        raise ReportError(
            translate("Handout", "A handout is made in one language or in two side by side.")
        )
    missing = [language for language in chosen if language not in pack.languages]
    if missing:
        raise ReportError(
            translate(
                "Handout", "The pack {pack} has no texts in {missing}; it has {available}."
            ).format(pack=pack.id, missing=", ".join(missing), available=", ".join(pack.languages))
        )
    return chosen


def _select(pack: Pack, number: str | None) -> list[Standard]:
    if number is None:
        return list(pack.standards)
    try:
        return [pack.standard(number)]
    except KeyError:
        available = [unit.number for unit in pack.standards]
        raise ReportError(
            translate(
                "Handout",
                "The pack {pack} has no standard {number}; its standards are {available}.",
            ).format(pack=pack.id, number=number, available=", ".join(available))
        ) from None


def _columns(values: Sequence[str], *, label: str = "", shaded: bool = False) -> str:
    """A row: an optional label cell, then one cell per language (contents already HTML)."""
    width = f"{(100 - ID_WIDTH if label else 100) // len(values)}%"
    label_cell = cell(label, width=f"{ID_WIDTH}%", shaded=True) if label else ""
    return (
        "<tr>"
        + label_cell
        + "".join(cell(value, width=width, shaded=shaded) for value in values)
        + "</tr>"
    )


def _title_page(pack: Pack, languages: Sequence[str], only: Standard | None) -> str:
    def each(localized: LocalizedText) -> list[str]:
        return [text(localized.get(language)) for language in languages]

    titles = "".join(
        f'<td width="{100 // len(languages)}%" style="padding-right: 14px;">'
        f"<h1>{text(pack.title.get(language))}</h1></td>"
        for language in languages
    )
    parts = [f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{titles}</tr></table>']
    if len(languages) > 1:
        parts.append(_language_names(languages, label=False))

    def row(label: str, values: list[str]) -> str:
        if len(set(values)) == 1:  # the same in every language: one cell across
            span = f' colspan="{len(values)}"' if len(values) > 1 else ""
            return (
                f"<tr>{cell(f'<b>{text(label)}</b>', width=f'{ID_WIDTH}%', shaded=True)}"
                f'<td{span} bgcolor="#ffffff">{values[0]}</td></tr>'
            )
        return _columns(values, label=f"<b>{text(label)}</b>")

    source = pack.source
    rows = [
        row(translate("Handout", "Version"), [text(pack.version)] * len(languages)),
        row(translate("Handout", "Publisher"), each(pack.publisher)),
        row(translate("Handout", "Source"), each(source.citation)),
    ]
    if source.url:
        rows.append(row(translate("Handout", "Web address"), [text(source.url)] * len(languages)))
    if source.isbn:
        rows.append(row(translate("Handout", "ISBN"), [text(source.isbn)] * len(languages)))
    if source.published:
        rows.append(
            row(translate("Handout", "Published"), [text(source.published)] * len(languages))
        )
    parts.append(framed_table("".join(rows), margin_top=10))

    about = translate("Handout", "About this text")
    parts.append(f"<h2>{text(about)}</h2>")
    parts.append(
        framed_table(_columns(each(pack.provenance), shaded=True), margin_top=2, padding=8)
    )
    if only is not None:
        covered = translate("Handout", "This handout covers standard {number} only.").format(
            number=only.number
        )
        parts.append(f'<p style="margin-top: 12px;"><b>{text(covered)}</b></p>')
    parts.append('<p style="page-break-after: always;">&nbsp;</p>')
    return "".join(parts)


def _language_names(languages: Sequence[str], *, label: bool = True) -> str:
    first = f'<td width="{ID_WIDTH}%"></td>' if label else ""
    width = (100 - ID_WIDTH) // len(languages) if label else 100 // len(languages)
    names = "".join(
        f'<td width="{width}%" style="font-size: 8pt; color: {MUTED};">'
        f"{text(language_name(language).upper())}</td>"
        for language in languages
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{first}{names}</tr></table>'


def _standard(standard: Standard, pack: Pack, languages: Sequence[str], level: int) -> list[str]:
    tag = f"h{min(level, 3)}"

    def summary(language: str) -> str:
        if standard.summary is None:
            return ""
        return f'<p style="color: {MUTED};">{text(standard.summary.get(language))}</p>'

    if len(languages) == 1:
        title = f"{standard.number} {standard.title.get(languages[0])}"
        parts = [f"<{tag}>{text(title)}</{tag}>{summary(languages[0])}"]
    else:
        # Side by side in the criteria's columns (the number above the ids), in a table that
        # starts with a heading, so the page layout keeps it with the criterion after it.
        width = f"{(100 - ID_WIDTH) // len(languages)}%"
        cells = "".join(
            f'<td width="{width}"><{tag}>{text(standard.title.get(language))}</{tag}>'
            f"{summary(language)}</td>"
            for language in languages
        )
        parts = [
            f'<table width="100%" cellspacing="1" cellpadding="5" style="margin-top: 6px;">'
            f'<tr><td width="{ID_WIDTH}%"><{tag}>{text(standard.number)}</{tag}></td>{cells}'
            "</tr></table>"
        ]
    parts.extend(_criterion(criterion, pack, languages) for criterion in standard.criteria)
    for child in standard.children:
        parts.extend(_standard(child, pack, languages, level + 1))
    return parts


def _criterion(criterion: Criterion, pack: Pack, languages: Sequence[str]) -> str:
    evidence_label = translate("Handout", "Evidence:")
    concerns_label = translate("Handout", "Concerns:")

    def column(language: str) -> str:
        parts = [text(criterion.statement.get(language))]
        evidence = criterion.evidence.get(language)
        if evidence:
            parts.append(
                f'<p style="font-size: 9pt; color: {MUTED}; margin-top: 5px;">'
                f"<b>{text(evidence_label)}</b> <i>{text(evidence)}</i></p>"
            )
        concerns = _concern_labels(criterion, pack, language)
        if concerns:
            parts.append(
                f'<p style="font-size: 8pt; color: {MUTED}; margin-top: 4px;">'
                f"<b>{text(concerns_label)}</b> {text(concerns)}</p>"
            )
        return "".join(parts)

    return framed_table(
        _columns(
            [column(language) for language in languages], label=f"<b>{text(criterion.id)}</b>"
        ),
        margin_top=6,
    )


def _concern_labels(criterion: Criterion, pack: Pack, language: str) -> str:
    labels = []
    for concern_id in criterion.concerns:
        try:
            labels.append(pack.concern(concern_id).label.get(language))
        except KeyError:
            labels.append(concern_id)
    return ", ".join(labels)
