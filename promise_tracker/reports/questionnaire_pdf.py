"""A paper questionnaire for one respondent of a round: every criterion with boxes to tick."""

from __future__ import annotations

from pathlib import Path

from promise_tracker.domain.entities import Respondent, Round, Unit
from promise_tracker.i18n import translate
from promise_tracker.reports.markup import (
    MUTED,
    STYLE_SHEET,
    cell,
    framed_table,
    ruled_lines,
    text,
)
from promise_tracker.reports.pdf import PdfMetadata, render_pdf, write_atomically
from promise_tracker.standards.model import AnswerOption, Criterion, Pack, Standard

NOTE_LINES = 2
JUSTIFICATION_LINES = 1


def write_questionnaire_pdf(
    path: Path,
    pack: Pack,
    unit: Unit,
    round: Round,
    respondent: Respondent,
    language: str,
) -> None:
    """Write the questionnaire of `respondent` in `round` to `path` (A4 PDF), atomically.

    Pack texts (statements, evidence hints, answer labels, the perspective) are in
    `language`; fixed texts follow the interface language. Raises ReportError when the
    file cannot be written; an existing file is then left as it was.
    """
    title = translate("QuestionnairePdf", "Questionnaire: {unit}, {round}, {respondent}").format(
        unit=unit.name, round=round.title, respondent=respondent.alias
    )
    metadata = PdfMetadata(title=title)
    data = render_pdf(
        questionnaire_html(pack, unit, round, respondent, language), metadata, STYLE_SHEET
    )
    write_atomically(data, Path(path))


def questionnaire_html(
    pack: Pack,
    unit: Unit,
    round: Round,
    respondent: Respondent,
    language: str,
) -> str:
    """The questionnaire as HTML for QTextDocument (every user and pack text escaped)."""
    heading = translate("QuestionnairePdf", "Questionnaire")
    parts = [
        f"<h1>{text(heading)}</h1>",
        f'<p style="font-size: 12pt;">{text(pack.title.get(language))}</p>',
        _particulars(pack, unit, round, respondent, language),
        _instructions(pack, language),
    ]
    for standard in pack.standards:
        parts.extend(_standard(standard, pack, language, level=2))
    return "".join(parts)


def _particulars(
    pack: Pack,
    unit: Unit,
    round: Round,
    respondent: Respondent,
    language: str,
) -> str:
    try:
        known = pack.perspective(respondent.perspective)
    except KeyError:
        perspective = text(respondent.perspective)
    else:
        perspective = text(known.label.get(language))
        if known.description is not None:
            perspective += (
                f'<br><span style="font-size: 8pt; color: {MUTED};">'
                f"{text(known.description.get(language))}</span>"
            )
    rows = [
        (translate("QuestionnairePdf", "Unit"), text(unit.name)),
        (
            translate("QuestionnairePdf", "Round"),
            f"{text(round.title)} ({round.date.isoformat()})",
        ),
        (translate("QuestionnairePdf", "Respondent"), text(respondent.alias)),
        (translate("QuestionnairePdf", "Perspective"), perspective),
        (
            translate("QuestionnairePdf", "Standards"),
            text(
                translate("QuestionnairePdf", "{title}, version {version}").format(
                    title=pack.title.get(language), version=pack.version
                )
            ),
        ),
    ]
    cells = "".join(
        f"<tr>{cell(f'<b>{text(label)}</b>', width='22%', shaded=True)}{cell(value)}</tr>"
        for label, value in rows
    )
    return framed_table(cells, margin_top=6)


def _instructions(pack: Pack, language: str) -> str:
    items = [
        translate(
            "QuestionnairePdf",
            "Answer every criterion from your own perspective: tick exactly one box.",
        ),
    ]
    for option in pack.answer_scale.options:
        if option.requires_justification:
            items.append(
                translate(
                    "QuestionnairePdf",
                    "If you tick “{option}”, write below the criterion why it does not apply.",
                ).format(option=option.label.get(language))
            )
    items.extend(
        [
            translate(
                "QuestionnairePdf",
                "The evidence hint suggests what could show that a criterion is met.",
            ),
            translate(
                "QuestionnairePdf",
                "Use the notes lines for anything the team should know, such as documents to "
                "check or a view that differs from others.",
            ),
            translate(
                "QuestionnairePdf",
                "Hand the completed questionnaire to the person who enters the answers.",
            ),
        ]
    )
    listed = "".join(f"<li>{text(item)}</li>" for item in items)
    heading = translate("QuestionnairePdf", "Instructions")
    provenance = (
        f'<p style="font-size: 8pt; color: {MUTED}; margin-top: 6px;">'
        f"{text(pack.provenance.get(language))}</p>"
    )
    return f"<h2>{text(heading)}</h2><ul>{listed}</ul>{provenance}"


def _standard(standard: Standard, pack: Pack, language: str, level: int) -> list[str]:
    tag = f"h{min(level, 3)}"
    heading = f"{standard.number} {standard.title.get(language)}"
    parts = [f"<{tag}>{text(heading)}</{tag}>"]
    parts.extend(_criterion(criterion, pack, language) for criterion in standard.criteria)
    for child in standard.children:
        parts.extend(_standard(child, pack, language, level + 1))
    return parts


def _criterion(criterion: Criterion, pack: Pack, language: str) -> str:
    evidence_label = translate("QuestionnairePdf", "Evidence:")
    notes_label = translate("QuestionnairePdf", "Notes:")
    evidence = criterion.evidence.get(language)
    hint = (
        f'<p style="font-size: 9pt; color: {MUTED}; margin-top: 4px;">'
        f"<b>{text(evidence_label)}</b> <i>{text(evidence)}</i></p>"
        if evidence
        else ""
    )
    options = pack.answer_scale.options
    justification = ""
    needing = [option for option in options if option.requires_justification]
    if needing:
        label = translate("QuestionnairePdf", "If “{option}”, why:").format(
            option=" / ".join(option.label.get(language) for option in needing)
        )
        justification = _caption(label) + ruled_lines(JUSTIFICATION_LINES, height=28)
    body = (
        f"{text(criterion.statement.get(language))}{hint}{_boxes(options, language)}"
        f"{_caption(notes_label)}{ruled_lines(NOTE_LINES, height=28)}"
        f"{justification}"
    )
    return framed_table(
        f"<tr>{cell(f'<b>{text(criterion.id)}</b>', width='17%', shaded=True)}{cell(body)}</tr>"
    )


def _caption(label: str) -> str:
    return f'<p style="font-size: 8pt; color: {MUTED}; margin-top: 8px;">{text(label)}</p>'


def _boxes(options: tuple[AnswerOption, ...], language: str) -> str:
    """A box to tick before each answer's label, drawn as a bordered cell (no glyph needed)."""
    cells = "".join(
        '<td width="18" style="border: 1px solid #222222;">&nbsp;</td>'
        '<td style="padding-left: 5px; padding-right: 22px;">'
        f"{text(option.label.get(language))}</td>"
        for option in options
    )
    return (
        f'<table cellspacing="0" cellpadding="1" style="margin-top: 6px;"><tr>{cells}</tr></table>'
    )
