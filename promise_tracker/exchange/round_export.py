"""Writes a round or a unit (all its rounds) to an .xlsx workbook for coordinators.

Sheets: "Summary" (the round's score per assessed standard with a bar chart, and
which score that is: the team's agreed score, or all respondents pooled while nothing is agreed),
"Criteria" (every criterion's consensus answer, whether it waits to be confirmed, its
evidence note, N/A justification, barrier and dissenting view, and each perspective's share
of yes; the columns a printed page needs first, and only those printed), "History of
criteria" (the agreed answer of every round side by side), "Action plan" (the unit's
actions; hidden, so not printed, when there are none), "Respondents" (hidden when there are
none), "History" (every round of the unit with a line chart) and a hidden "Metadata" sheet
that a later import reads: format name and version, pack, ids, language, redaction and a
data checksum. A hidden "Data" sheet holds every record an import needs, one per row:
column A names the kind ("unit", "round", "respondent", "answer", "barrier", "event",
"action") and column B holds the record as JSON
with the fields of `RECORD_FIELDS`, ids included. Characters a cell cannot hold as they are
(control characters, U+007F to U+009F, lone surrogates, U+FFFE and U+FFFF) are JSON-escaped,
so any text survives the trip through XML and through other spreadsheet programs exactly.
A record longer than a cell holds (32,767 UTF-16 code units; Excel, LibreOffice Calc and
Gnumeric all cut there) continues in columns C, D, ... in parts of at most
`RECORD_PART_UNITS` units: the record is the concatenation of its row's cells from column B
on. Files made by earlier versions hold each record, ASCII-escaped, in column B alone; they
read the same way. The visible cell of a text too long for a cell (an evidence note, say)
shows its beginning and a marker saying how many characters follow in the full record.

The data checksum (see `data_checksum`) is the SHA-256 of the UTF-8 encoding of
``json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))`` where
``document`` is ``{"format": "promise-tracker-export", "version": 1, "sheets": [[name, rows],
...]}`` for the sheets Summary, Criteria, History of criteria, Action plan, Respondents,
History, Metadata and, when the file has it, Data, in that order; files of format 1 (which
the Metadata's format_version names) had no History of criteria and no Action plan, and
files made before the Data sheet existed have no Data.
``rows`` are the sheet's rows from row 1 as lists of cell values from column A, with trailing
empty cells and trailing empty rows dropped; an empty cell is null, a date is its ISO date,
every number is a JSON float (1 and 1.0 alike, as a file read back gives 1) and booleans are
JSON booleans. The Metadata row whose key is "data_checksum" is left out. So changing any
exported value, the metadata included, changes the checksum.

Every text from the user or a pack is written through `cells.write_text`: never a formula or
a link. openpyxl is imported here only, inside functions, so the app starts fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from promise_tracker import APP_NAME, __version__
from promise_tracker.domain.entities import (
    Action,
    Answer,
    Barrier,
    BarrierKind,
    Event,
    Respondent,
    Round,
    Unit,
)
from promise_tracker.domain.progress import VersionBridge, bridge_between
from promise_tracker.domain.scoring import PerspectiveScores, RoundScores, Score, ScoreBasis
from promise_tracker.exchange.cells import (
    PERCENT_FORMAT,
    cell_format,
    clean_text,
    percent_cell,
    safe_text_cell,
    text_cell,
    utf16_length,
    value_cell,
    write_number,
    write_percent,
    write_text,
)
from promise_tracker.exchange.names import (
    action_status_name,
    agency_name,
    barrier_kind_name,
    country_label,
)
from promise_tracker.exchange.printing import (
    READABLE_PRINT_WIDTH,
    leave_out_of_print,
    page_footer,
    print_across,
    print_columns,
    width_cm,
)
from promise_tracker.exchange.saving import ExportError, save_atomically
from promise_tracker.exchange.sheets import (
    DATE_FORMAT,
    bold_font,
    row_height,
    straight_lines,
    table_layout,
    wrap_rows,
    wrapped_lines,
    write_date,
    write_header,
)
from promise_tracker.i18n import translate
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

FORMAT_NAME = "promise-tracker-export"
# 2: answers say whether they are carried forward, and actions and barriers travel (with the
# sheets "History of criteria" and "Action plan"). Files of format 1 still import.
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
SUMMARY, CRITERIA, RESPONDENTS, HISTORY, METADATA, DATA = (
    "Summary",
    "Criteria",
    "Respondents",
    "History",
    "Metadata",
    "Data",
)
CRITERIA_HISTORY, ACTION_PLAN = "History of criteria", "Action plan"
# The sheets the checksum covers, by format version (Data when present; see the module
# docstring). CHECKSUM_SHEETS is every sheet any version's checksum covers.
CHECKSUM_SHEETS_V1 = (SUMMARY, CRITERIA, RESPONDENTS, HISTORY, METADATA, DATA)
CHECKSUM_SHEETS = (
    SUMMARY,
    CRITERIA,
    CRITERIA_HISTORY,
    ACTION_PLAN,
    RESPONDENTS,
    HISTORY,
    METADATA,
    DATA,
)
# The version of the checksum's document (the same for both format versions).
CHECKSUM_DOCUMENT_VERSION = 1
DATA_HEADER = ("record", "data")
# The fields of each kind of record, as the format defines them. Entities may carry more
# (the stored row's version, which counts saves in one database), never written to a file.
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "unit": ("id", "name", "country", "region", "lead_agency", "year_opened"),
    "round": (
        "id",
        "unit_id",
        "title",
        "date",
        "pack_id",
        "pack_version",
        "pack_hash",
        "status",
        "compare_round_id",
    ),
    "respondent": ("id", "round_id", "alias", "perspective", "agency"),
    "answer": (
        "round_id",
        "criterion_id",
        "respondent_id",
        "value",
        "note",
        "na_justification",
        "flagged",
        "dissent",
        "carried",
    ),
    "event": ("id", "unit_id", "date", "title", "description"),
    "barrier": ("round_id", "criterion_id", "kind", "text"),
    "action": (
        "id",
        "unit_id",
        "criterion_id",
        "title",
        "round_id",
        "lead_agency",
        "responsible_role",
        "due_date",
        "status",
        "progress_note",
    ),
}
RECORD_KINDS = tuple(RECORD_FIELDS)
# A part of a record per cell, in UTF-16 code units: below the cell limit with room to spare.
RECORD_PART_UNITS = 32_000
# At most this many parts per record (the columns an import reads, less column A).
MAX_RECORD_PARTS = 199
# What JSON leaves as it is but a cell cannot carry through every spreadsheet program
# (Gnumeric drops U+007F, for one).
_UNSAFE_IN_CELLS = re.compile(r"[\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
CHECKSUM_KEY = "data_checksum"
# Counts that may be fractions are rounded, like shares in cells.write_percent, so that what
# openpyxl writes ("%.16g") reads back as the same float and the checksum stays verifiable.
DECIMALS = 6
# Visible texts that `compare.read_many` looks for when it reads an export back (sheet
# names, the Summary keys and the column headings it parses) stay in English in every
# interface language; every other fixed text follows the interface language.


class RoundResultLike(Protocol):
    """What an export needs of `services.assessment.RoundResult` (exchange sits below services)."""

    @property
    def round(self) -> Round: ...
    @property
    def pack(self) -> Pack: ...
    @property
    def consensus(self) -> RoundScores: ...
    @property
    def perspectives(self) -> PerspectiveScores: ...
    @property
    def respondents(self) -> tuple[Respondent, ...]: ...
    @property
    def answers(self) -> tuple[Answer, ...]: ...
    @property
    def by_perspective(self) -> Mapping[str, RoundScores]: ...
    @property
    def basis(self) -> ScoreBasis: ...
    @property
    def official(self) -> RoundScores: ...


class RoundOutlineLike(Protocol):
    """A round's official score and its basis: all the History sheet shows of a round."""

    @property
    def round(self) -> Round: ...
    @property
    def basis(self) -> ScoreBasis: ...
    @property
    def official(self) -> RoundScores: ...


class RoundOutlineWithAnswers(RoundOutlineLike, Protocol):
    """An outline with the round's agreed answers (for the History of criteria)."""

    @property
    def consensus_answers(self) -> tuple[Answer, ...]: ...


class ExportSource(Protocol):
    """The reading half of `services.assessment.AssessmentService` an export uses."""

    def unit(self, unit_id: str) -> Unit: ...
    def round(self, round_id: str) -> Round: ...
    def rounds(self, unit_id: str) -> list[Round]: ...
    def round_result(self, round_id: str) -> RoundResultLike: ...
    def round_outline(self, round_id: str) -> RoundOutlineWithAnswers: ...
    def events(self, unit_id: str) -> list[Event]: ...
    def actions(self, unit_id: str) -> list[Action]: ...
    def barriers(self, round_id: str) -> list[Barrier]: ...
    @property
    def packs(self) -> PackRegistry: ...


@dataclass(frozen=True)
class ExportContent:
    """Everything one export file holds, gathered before anything is written."""

    kind: str  # "round" or "unit"
    unit: Unit
    summary: RoundResultLike  # the round the Summary sheet shows
    detail: tuple[RoundResultLike, ...]  # rounds on the Criteria and Respondents sheets
    history: tuple[RoundOutlineLike, ...]  # every round of the unit, oldest first
    # round id -> criterion id -> team's answer, for every round of `history`
    consensus: dict[str, dict[str, Answer]]
    language: str
    redacted: bool
    # Every answer (consensus and respondents') of the detail rounds, and the unit's events:
    # what the Data sheet holds for an import.
    answers: dict[str, tuple[Answer, ...]] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    # The unit's action plan (every action, across rounds) and the barriers of the detail
    # rounds (round id -> barriers by criterion id).
    actions: tuple[Action, ...] = ()
    barriers: dict[str, tuple[Barrier, ...]] = field(default_factory=dict)
    # Rounds on another version of the pack than the Summary round's: round id -> how their
    # criteria meet the Summary round's (the History of criteria matches them through it).
    bridges: dict[str, VersionBridge] = field(default_factory=dict)


def export_round(
    service: ExportSource,
    round_id: str,
    path: Path | str,
    *,
    language: str = "en",
    redacted: bool = False,
    password: str | None = None,
) -> Path:
    """Write one round (with its unit's history) to `path`; returns the path written.

    With a `password` the file is protected: spreadsheet programs ask for it.
    """
    assessment_round = service.round(round_id)  # NotFoundError for an unknown id
    unit = service.unit(assessment_round.unit_id)
    summary = service.round_result(round_id)
    # Of the other rounds only the official score is shown, and (in the History of
    # criteria) the agreed answers, so only those are read.
    rounds = service.rounds(unit.id)
    outlines = {r.id: service.round_outline(r.id) for r in rounds if r.id != round_id}
    history = tuple(outlines.get(r.id, summary) for r in rounds)
    answers = summary.answers
    consensus = {round_id: _consensus(answers)}
    consensus.update((i, _consensus(o.consensus_answers)) for i, o in outlines.items())
    content = ExportContent(
        kind="round",
        unit=unit,
        summary=summary,
        detail=(summary,),
        history=history,
        consensus=consensus,
        language=language,
        redacted=redacted,
        answers={round_id: answers},
        events=tuple(service.events(unit.id)),
        actions=tuple(service.actions(unit.id)),
        barriers={round_id: tuple(service.barriers(round_id))},
        bridges=_bridges(service, summary.pack, rounds),
    )
    return write_export(content, Path(path), password=password)


def export_unit(
    service: ExportSource,
    unit_id: str,
    path: Path | str,
    *,
    language: str = "en",
    redacted: bool = False,
    password: str | None = None,
) -> Path:
    """Write every round of a unit to `path` (the Summary shows the latest round), protected
    with `password` if one is given."""
    unit = service.unit(unit_id)  # NotFoundError for an unknown id
    rounds = service.rounds(unit.id)
    history = tuple(service.round_result(r.id) for r in rounds)
    if not history:
        raise ExportError(f"The unit '{unit.name}' has no rounds yet; there is nothing to export.")
    answers = {r.round.id: r.answers for r in history}
    content = ExportContent(
        kind="unit",
        unit=unit,
        summary=history[-1],
        detail=history,
        history=history,
        consensus={round_id: _consensus(rows) for round_id, rows in answers.items()},
        language=language,
        redacted=redacted,
        answers=answers,
        events=tuple(service.events(unit.id)),
        actions=tuple(service.actions(unit.id)),
        barriers={r.round.id: tuple(service.barriers(r.round.id)) for r in history},
        bridges=_bridges(service, history[-1].pack, rounds),
    )
    return write_export(content, Path(path), password=password)


def _consensus(answers: Sequence[Answer]) -> dict[str, Answer]:
    return {a.criterion_id: a for a in answers if a.respondent_id is None}


def _bridges(
    service: ExportSource, pack: Pack, rounds: Sequence[Round]
) -> dict[str, VersionBridge]:
    """How the criteria of each round on another pack version meet those of `pack`."""
    bridges: dict[str, VersionBridge] = {}
    for other in rounds:
        if other.pack_hash == pack.content_hash:
            continue
        found = service.packs.find(other.pack_id, other.pack_version, other.pack_hash)
        bridge = bridge_between(found, pack, service.packs.crosswalk) if found else None
        if bridge is not None:
            bridges[other.id] = bridge
    return bridges


def write_export(content: ExportContent, path: Path, *, password: str | None = None) -> Path:
    """Build the workbook and put it in place atomically: never a half-written file."""
    return save_atomically(build_workbook(content), path, password=password)


# --- the workbook -----------------------------------------------------------------------


def build_workbook(content: ExportContent) -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    summary = workbook.active
    assert summary is not None  # a new workbook always has one sheet
    summary.title = SUMMARY
    _summary_sheet(summary, content)
    _criteria_sheet(workbook.create_sheet(CRITERIA), content)
    _criteria_history_sheet(workbook.create_sheet(CRITERIA_HISTORY), content)
    _action_plan_sheet(workbook.create_sheet(ACTION_PLAN), content)
    _respondents_sheet(workbook.create_sheet(RESPONDENTS), content)
    _history_sheet(workbook.create_sheet(HISTORY), content)
    for sheet in workbook.worksheets:
        page_footer(sheet)
    metadata = workbook.create_sheet(METADATA)
    _metadata_sheet(metadata, content)
    metadata.sheet_state = "hidden"
    data = workbook.create_sheet(DATA)
    _data_sheet(data, content)
    data.sheet_state = "hidden"
    # Written last: it covers every other value, the metadata included.
    checksum = checksum_of_values({name: _cell_values(workbook[name]) for name in CHECKSUM_SHEETS})
    _write_pair(metadata, metadata.max_row + 1, CHECKSUM_KEY, checksum)
    workbook.active = 0
    workbook.properties.creator = APP_NAME
    # Document properties bypass write_text; XML cannot carry control characters as such.
    workbook.properties.title = clean_text(f"{content.unit.name}: {content.summary.round.title}")
    return workbook


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _round6(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def _write_pair(ws: Worksheet, row: int, key: str, value: str) -> None:
    write_text(ws, row, 1, key)
    write_text(ws, row, 2, value)


def _score_columns(ws: Worksheet, row: int, column: int, score: Score) -> None:
    """Score %, completeness %, met, applicable, N/A, unanswered from `column` on."""
    write_percent(ws, row, column, score.percent)
    write_percent(ws, row, column + 1, score.completeness)
    met = round(float(score.met), DECIMALS)
    write_number(ws, row, column + 2, met, _met_format(met))
    write_number(ws, row, column + 3, score.applicable)
    write_number(ws, row, column + 4, score.not_applicable)
    write_number(ws, row, column + 5, score.unanswered)


def _redacted_notice() -> str:
    return translate(
        "RoundExport",
        "Yes: evidence notes, dissenting views and N/A justifications are left out and "
        "respondents' aliases are replaced by 'Respondent 1', 'Respondent 2', ...",
    )


def _redacted_alias(number: int) -> str:
    return translate("RoundExport", "Respondent {number}").format(number=number)


def _score_shown(result: RoundOutlineLike) -> str:
    if result.basis is ScoreBasis.RESPONDENTS:
        return translate("RoundExport", "all respondents pooled (no agreed answers yet)")
    return translate("RoundExport", "the team's agreed score")


def _record_marker() -> str:
    """The marker of a visible text cut to fit a cell, whose whole text is in the Data sheet."""
    return translate("RoundExport", "… [continues: {count} more characters in the full record]")


def _met_format(met: float) -> str:
    """Whole counts as whole numbers: "0.##" shows 3 as "3." (Excel, Gnumeric)."""
    return "0" if float(met).is_integer() else "0.0#"


# The Summary's columns: keys and standards, values and titles, then the score columns;
# READABLE_PRINT_WIDTH in all, so the page prints at 9 points or more.
_SUMMARY_WIDTHS = (16.0, 49.0, 12.0, 14.0, 8.0, 11.0, 8.0, 12.0)


def _summary_sheet(ws: Worksheet, content: ExportContent) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment

    result, lang = content.summary, content.language
    pack, rnd = result.pack, result.round
    scores = result.official
    overall = scores.overall
    title = write_text(
        ws, 1, 1, translate("RoundExport", "{app}: self-assessment export").format(app=APP_NAME)
    )
    title.font = bold_font(14)
    kind = (
        translate("RoundExport", "One round")
        if content.kind == "round"
        else translate("RoundExport", "A unit with all its rounds")
    )
    # Keys marked fixed are read back by the comparison (see the note at the top).
    percent_keys = ("Overall score", "Completeness")
    rows: list[tuple[str, Any]] = [
        (translate("RoundExport", "Export of"), kind),
        ("Unit", content.unit.name),  # fixed
        # The country's name with its code ("Sweden (SE)"); a comparison reads the code
        # from the unit record of the Data sheet.
        ("Country", country_label(content.unit.country, lang)),  # fixed
        (translate("RoundExport", "Region"), content.unit.region),
        (translate("RoundExport", "Lead agency"), agency_name(content.unit.lead_agency)),
        (
            translate("RoundExport", "Year opened"),
            "" if content.unit.year_opened is None else str(content.unit.year_opened),
        ),
        ("Round", rnd.title),  # fixed
        ("Round date", rnd.date),  # fixed
        ("Round status", rnd.status.value),  # fixed
        (translate("RoundExport", "Standards pack"), pack.title.get(lang)),
        (translate("RoundExport", "Pack version"), pack.version),
        (translate("RoundExport", "Pack content"), pack.short_hash),
        (translate("RoundExport", "Provenance"), pack.provenance.get(lang)),
        ("Overall score", overall.percent),  # fixed
        ("Completeness", overall.completeness),  # fixed
        (translate("RoundExport", "Score shown"), _score_shown(result)),
        (translate("RoundExport", "Language"), lang),
        (
            translate("RoundExport", "Redacted"),
            _redacted_notice() if content.redacted else translate("RoundExport", "No"),
        ),
    ]
    if content.kind == "unit":
        rounds = translate("RoundExport", "{count}; this summary shows the latest")
        rows.insert(
            1, (translate("RoundExport", "Rounds"), rounds.format(count=len(content.history)))
        )
    bold = bold_font()
    left = Alignment(horizontal="left")
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")  # keys line up with the first line of a tall value
    row = 3
    for key, value in rows:
        label = write_text(ws, row, 1, key)
        label.font = bold
        label.alignment = top
        if isinstance(value, dt.date):
            write_date(ws, row, 2, value)
            ws.cell(row=row, column=2).alignment = left
        elif key in percent_keys:
            write_percent(ws, row, 2, value)
            ws.cell(row=row, column=2).alignment = left
        else:
            write_text(ws, row, 2, _text(value)).alignment = wrap
            # LibreOffice does not grow rows to fit wrapped text.
            lines = wrapped_lines(_text(value), _SUMMARY_WIDTHS[1])
            if lines > 1:
                ws.row_dimensions[row].height = row_height(lines)
        row += 1
    header_row = row + 1
    titles = [
        "Standard",  # fixed
        "Title",  # fixed
        "Score",  # fixed
        "Completeness",  # fixed
        translate("RoundExport", "Met"),
        translate("RoundExport", "Applicable"),
        translate("RoundExport", "N/A"),
        translate("RoundExport", "Unanswered"),
    ]
    write_header(ws, header_row, titles, _SUMMARY_WIDTHS)
    units = pack.assessed_units()
    for offset, standard in enumerate(units, start=1):
        line = header_row + offset
        write_text(ws, line, 1, standard.number)
        write_text(ws, line, 2, standard.title.get(lang))
        _score_columns(ws, line, 3, scores.by_standard[standard.number])
    wrap_rows(ws, [2], header_row + 1)
    table_layout(ws, header_row, len(titles), freeze=False)
    below = _summary_events(ws, content, header_row + len(units) + 2)

    chart = BarChart()
    chart.type = "col"
    chart.title = translate("RoundExport", "Score per standard")
    chart.y_axis.title = translate("RoundExport", "Score")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = translate("RoundExport", "Standard")
    # openpyxl 3.1 marks new axes as deleted; Excel then draws none.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    last = header_row + len(units)
    chart.add_data(
        Reference(ws, min_col=3, min_row=header_row, max_row=last), titles_from_data=True
    )
    _text_categories(chart, Reference(ws, min_col=1, min_row=header_row + 1, max_row=last))
    chart.width, chart.height = 22, 10
    # Below the tables, so the page prints as wide as its tables, not tables and chart.
    ws.add_chart(chart, f"A{below + 1}")


def _summary_events(ws: Worksheet, content: ExportContent, first_row: int) -> int:
    """The unit's events under the scores (date and what happened); returns the next
    free row. Nothing when the unit has none."""
    from openpyxl.styles import Alignment

    if not content.events:
        return first_row
    heading = write_text(ws, first_row, 1, translate("RoundExport", "Events of the unit"))
    heading.font = bold_font()
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(horizontal="left", vertical="top")
    row = first_row + 1
    for event in sorted(content.events, key=lambda e: (e.date, e.title)):
        write_date(ws, row, 1, event.date)
        ws.cell(row=row, column=1).alignment = top
        text = event.title if not event.description else f"{event.title}: {event.description}"
        write_text(ws, row, 2, text).alignment = wrap
        lines = wrapped_lines(text, _SUMMARY_WIDTHS[1])
        if lines > 1:
            ws.row_dimensions[row].height = row_height(lines)
        row += 1
    return row + 1


def _text_categories(chart: Any, labels: Any) -> None:
    """Label the category axis with text cells (set_categories would declare numbers)."""
    from openpyxl.chart.data_source import AxDataSource, StrRef

    for series in chart.series:
        series.cat = AxDataSource(strRef=StrRef(f=str(labels)))


def _answer_text(answer: Answer | None, labels: Mapping[str, str]) -> str:
    """An answer as a reader sees it: its label, marked while it waits to be confirmed."""
    if answer is None or answer.value is None:
        return ""
    label = labels.get(answer.value, answer.value)
    if answer.to_confirm:
        return translate("RoundExport", "{answer} (to confirm)").format(answer=label)
    return label


def _barrier_text(barrier: Barrier | None, redacted: bool) -> str:
    if barrier is None:
        return ""
    kind = barrier_kind_name(BarrierKind(barrier.kind).value)
    if redacted or not barrier.text:
        return kind
    return f"{kind}: {barrier.text}"


def _criteria_sheet(ws: Worksheet, content: ExportContent) -> None:
    from openpyxl.styles import Alignment

    lang = content.language
    perspectives = content.summary.pack.perspectives
    # The first PRINTED columns are what a reader of the printed page needs, narrow enough
    # to print at 9 points or more (printing.READABLE_PRINT_WIDTH); the rest follow.
    printed = [
        ("Round date", 11),  # fixed
        # Criterion ids ("BQS-1.1-01") need 14 in LibreOffice's and Gnumeric's fallback font.
        ("Criterion", 14),  # fixed
        (translate("RoundExport", "Statement"), 37),
        (translate("RoundExport", "Answer"), 11),
        (translate("RoundExport", "Evidence note"), 25),
        (translate("RoundExport", "N/A justification"), 16),
        (translate("RoundExport", "Barrier"), 16),
    ]
    rest = [
        ("Round", 22),  # fixed
        ("Standard", 10),  # fixed
        ("Answer code", 10),  # fixed
        ("To confirm", 10),  # fixed
        (translate("RoundExport", "Dissenting view"), 40),
        (translate("RoundExport", "Flagged"), 9),
        *(
            (
                translate("RoundExport", "{perspective}: % yes").format(
                    perspective=p.label.get(lang)
                ),
                14,
            )
            for p in perspectives
        ),
    ]
    titles = [title for title, _ in printed + rest]
    widths = [width for _, width in printed + rest]
    write_header(ws, 1, titles, widths)
    # Long texts wrap; every other cell of a row lines up at the top with them.
    wrapped = (3, 4, 5, 6, 7, 8, 12)  # 1-based
    wrapped_widths = [(column - 1, widths[column - 1]) for column in wrapped]
    top = Alignment(vertical="top")
    wrap = cell_format(ws, alignment=Alignment(wrap_text=True, vertical="top"))
    plain = cell_format(ws, alignment=top)
    date = cell_format(ws, number_format=DATE_FORMAT, alignment=top)
    share = cell_format(ws, number_format=PERCENT_FORMAT, alignment=top)
    heights = ws.row_dimensions
    marker = _record_marker()
    row = 1
    for result in content.detail:
        pack, rnd = result.pack, result.round
        answers = content.consensus.get(rnd.id, {})
        barriers = {b.criterion_id: b for b in content.barriers.get(rnd.id, ())}
        by_perspective = result.by_perspective
        scale = pack.answer_scale
        labels = {option.id: option.label.get(lang) for option in scale.options}
        perspective_scores = [by_perspective.get(p.id) for p in perspectives]
        for criterion in pack.criteria():
            answer = answers.get(criterion.id)
            value = answer.value if answer else None
            texts: tuple[str, str, str] = ("", "", "")
            if answer is not None and not content.redacted:
                texts = (answer.note, answer.dissent, answer.na_justification)
            cells = [
                value_cell(ws, rnd.date, date),
                text_cell(ws, criterion.id, plain),
                text_cell(ws, criterion.statement.get(lang), wrap),
                text_cell(ws, _answer_text(answer, labels), wrap),
                text_cell(ws, texts[0], wrap, marker=marker),
                text_cell(ws, texts[2], wrap, marker=marker),
                text_cell(ws, _barrier_text(barriers.get(criterion.id), content.redacted), wrap),
                text_cell(ws, rnd.title, wrap),
                text_cell(ws, criterion.standard, plain),
                text_cell(ws, value, plain),
                value_cell(ws, bool(answer and answer.to_confirm), plain),
                text_cell(ws, texts[1], wrap, marker=marker),
                value_cell(ws, bool(answer and answer.flagged), plain),
            ]
            for scores in perspective_scores:
                score = scores.by_criterion.get(criterion.id) if scores else None
                cells.append(percent_cell(ws, score.percent if score else None, share))
            ws.append(cells)
            row += 1
            lines = max(wrapped_lines(cells[i].value, width) for i, width in wrapped_widths)
            # Explicit heights: LibreOffice does not grow rows to fit wrapped text on opening.
            if lines > 1:
                heights[row].height = row_height(lines)
    table_layout(ws, 1, len(titles))
    print_columns(ws, len(printed), row)


def _criteria_history_sheet(ws: Worksheet, content: ExportContent) -> None:
    """The agreed answer of every criterion in every round of the unit, one column a round."""
    from openpyxl.styles import Alignment

    lang = content.language
    pack = content.summary.pack
    labels = {option.id: option.label.get(lang) for option in pack.answer_scale.options}
    rounds = [r.round for r in content.history]
    titles = [
        translate("RoundExport", "Standard"),
        translate("RoundExport", "Criterion"),
        translate("RoundExport", "Statement"),
        *(_round_heading(r, content.bridges) for r in rounds),
    ]
    widths = _criteria_history_widths(len(rounds))
    write_header(ws, 1, titles, widths)
    # The programs break "Self-assessment" at its hyphen too: a line to spare.
    ws.row_dimensions[1].height = row_height(
        max(wrapped_lines(t, w) for t, w in zip(titles, widths, strict=True)) + 1
    )
    top = Alignment(vertical="top")
    wrap = cell_format(ws, alignment=Alignment(wrap_text=True, vertical="top"))
    plain = cell_format(ws, alignment=top)
    heights = ws.row_dimensions
    row = 1
    for criterion in pack.criteria():
        cells = [
            text_cell(ws, criterion.standard, plain),
            text_cell(ws, criterion.id, plain),
            text_cell(ws, criterion.statement.get(lang), wrap),
        ]
        for rnd in rounds:
            answers = content.consensus.get(rnd.id, {})
            bridge = content.bridges.get(rnd.id)
            if bridge is None:
                shown = _answer_text(answers.get(criterion.id), labels)
            elif criterion.id in bridge.not_comparable:
                # Answered under a version in which the criterion asked something else.
                shown = _answer_text(answers.get(criterion.id), labels)
                if shown:
                    shown = translate("RoundExport", "{answer} (meaning changed since)").format(
                        answer=shown
                    )
            else:
                earlier = next((o for o, n in bridge.carried.items() if n == criterion.id), None)
                shown = _answer_text(answers.get(earlier) if earlier else None, labels)
            cells.append(text_cell(ws, shown, wrap))
        ws.append(cells)
        row += 1
        lines = max(
            wrapped_lines(cells[i].value, width) for i, width in enumerate(widths) if i >= 2
        )
        if lines > 1:
            heights[row].height = row_height(lines)
    table_layout(ws, 1, len(titles))
    ws.freeze_panes = "D2"
    # Many rounds print over pages across, the criterion and its statement on each.
    print_across(ws, widths, 3)


def _round_heading(rnd: Round, bridges: Mapping[str, VersionBridge]) -> str:
    heading = f"{rnd.date.isoformat()}\n{rnd.title}"
    if rnd.id in bridges:
        version = translate("RoundExport", "standards version {version}")
        heading += "\n" + version.format(version=rnd.pack_version)
    return heading


# The History of criteria's columns (units of width): standard, criterion, statement (as wide
# as a page leaves it, within these bounds) and one per round. An answer ("Not applicable",
# "Yes (to confirm)") wraps to two lines in a round's column; a date fits on one.
_STANDARD_WIDTH, _CRITERION_WIDTH, _ROUND_WIDTH = 9.0, 14.0, 12.0
_STATEMENT_WIDTHS = (40.0, 60.0)


def _criteria_history_widths(rounds: int) -> list[float]:
    """Every column's width: the rounds printed on one page (all of them, or an even share
    when they need several pages across) leave the statement as wide as a readable page
    allows."""
    narrowest, widest = _STATEMENT_WIDTHS
    fixed = _STANDARD_WIDTH + _CRITERION_WIDTH
    per_page = max(int((READABLE_PRINT_WIDTH - fixed - narrowest) // _ROUND_WIDTH), 1)
    pages = max(-(-rounds // per_page), 1)
    on_a_page = -(-rounds // pages)
    statement = min(widest, max(narrowest, READABLE_PRINT_WIDTH - fixed - _ROUND_WIDTH * on_a_page))
    return [_STANDARD_WIDTH, _CRITERION_WIDTH, statement, *(_ROUND_WIDTH for _ in range(rounds))]


def _action_plan_sheet(ws: Worksheet, content: ExportContent) -> None:
    """Every action of the unit, by due date; hidden (so not printed) when there is none."""
    from openpyxl.styles import Alignment

    titles = [
        translate("RoundExport", "Criterion"),
        translate("RoundExport", "What will be done"),
        translate("RoundExport", "Lead agency"),
        translate("RoundExport", "Responsible role"),
        translate("RoundExport", "Due"),
        translate("RoundExport", "Status"),
        translate("RoundExport", "Progress note"),
        translate("RoundExport", "Planned in round"),
    ]
    widths = [13, 26, 13, 14, 11, 11, 26, 16]  # printable: see printing.READABLE_PRINT_WIDTH
    write_header(ws, 1, titles, widths)
    top = Alignment(vertical="top")
    wrap = cell_format(ws, alignment=Alignment(wrap_text=True, vertical="top"))
    plain = cell_format(ws, alignment=top)
    date = cell_format(ws, number_format=DATE_FORMAT, alignment=top)
    round_titles = {r.round.id: r.round.title for r in content.history}
    marker = _record_marker()
    heights = ws.row_dimensions
    row = 1
    for action in content.actions:
        cells = [
            text_cell(ws, action.criterion_id, plain),
            text_cell(ws, action.title, wrap, marker=marker),
            text_cell(ws, agency_name(action.lead_agency), wrap),
            text_cell(ws, action.responsible_role, wrap),
            value_cell(ws, action.due_date, date),
            text_cell(ws, action_status_name(action.status.value), wrap),
            text_cell(ws, "" if content.redacted else action.progress_note, wrap, marker=marker),
            text_cell(ws, round_titles.get(action.round_id or "", ""), wrap),
        ]
        ws.append(cells)
        row += 1
        sized = zip(cells, widths, strict=True)
        lines = max(wrapped_lines(cell.value, width) for cell, width in sized)
        if lines > 1:
            heights[row].height = row_height(lines)
    table_layout(ws, 1, len(titles))
    if not content.actions:
        leave_out_of_print(ws)


def _respondents_sheet(ws: Worksheet, content: ExportContent) -> None:
    lang = content.language
    titles = [
        translate("RoundExport", "Round date"),
        translate("RoundExport", "Round"),
        translate("RoundExport", "Alias"),
        translate("RoundExport", "Perspective"),
        translate("RoundExport", "Agency"),
    ]
    write_header(ws, 1, titles, [12, 22, 28, 28, 20])
    date = cell_format(ws, number_format=DATE_FORMAT)
    for result in content.detail:
        for number, respondent in enumerate(result.respondents, start=1):
            alias = _redacted_alias(number) if content.redacted else respondent.alias
            try:
                perspective = result.pack.perspective(respondent.perspective).label.get(lang)
            except KeyError:
                perspective = respondent.perspective
            ws.append(
                [
                    value_cell(ws, result.round.date, date),
                    text_cell(ws, result.round.title),
                    text_cell(ws, alias),
                    text_cell(ws, perspective),
                    text_cell(ws, respondent.agency),
                ]
            )
    table_layout(ws, 1, len(titles))
    if not any(result.respondents for result in content.detail):
        leave_out_of_print(ws)


def _history_sheet(ws: Worksheet, content: ExportContent) -> None:
    from openpyxl.chart import LineChart, Reference

    units = content.summary.pack.assessed_units()
    titles = [
        "Date",  # fixed
        "Round",  # fixed
        "Status",  # fixed
        "Overall",  # fixed
        "Completeness",  # fixed
        *(f"Standard {u.number}" for u in units),  # fixed
        translate("RoundExport", "Score shown"),
    ]
    # A score per standard is narrow; many standards print over pages across, the round's
    # date and title on each.
    widths = [12.0, 24.0, 11.0, 10.0, 13.0, *(10.0 for _ in units), 30.0]
    write_header(ws, 1, titles, widths)
    for row, result in enumerate(content.history, start=2):
        scores = result.official
        write_date(ws, row, 1, result.round.date)
        write_text(ws, row, 2, result.round.title)
        write_text(ws, row, 3, result.round.status.value)
        write_percent(ws, row, 4, scores.overall.percent)
        write_percent(ws, row, 5, scores.overall.completeness)
        for column, unit in enumerate(units, start=6):
            score = scores.by_standard.get(unit.number)
            write_percent(ws, row, column, score.percent if score else None)
        write_text(ws, row, 6 + len(units), _score_shown(result))
    # Long round titles and "all respondents pooled (...)" wrap rather than run under the
    # next column or off the page.
    wrap_rows(ws, [2, len(titles)], 2)
    table_layout(ws, 1, len(titles))
    pages = print_across(ws, widths, 2)

    last = 1 + len(content.history)
    chart = LineChart()
    chart.title = translate("RoundExport", "Overall score over rounds")
    chart.y_axis.title = translate("RoundExport", "Overall score")
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = translate("RoundExport", "Round")
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.add_data(Reference(ws, min_col=4, min_row=1, max_row=last), titles_from_data=True)
    # Round titles as categories: text labels read well on any spreadsheet program.
    _text_categories(chart, Reference(ws, min_col=2, min_row=2, max_row=last))
    straight_lines(chart)
    chart.width, chart.height = 22, 10
    if len(pages) == 1:
        ws.add_chart(chart, f"A{last + 3}")
        return
    # Printed over pages across, the date and title columns repeat on every page and so would
    # anything drawn over them (its edge, too): the chart goes right of them, a little apart,
    # within the first page.
    from openpyxl.drawing.spreadsheet_drawing import OneCellAnchor
    from openpyxl.utils.units import cm_to_EMU

    gap = 0.3
    chart.width = min(chart.width, width_cm(widths[2 : 2 + pages[0]]) - 2 * gap)
    anchor = OneCellAnchor()
    anchor._from.col, anchor._from.colOff = 2, cm_to_EMU(gap)
    anchor._from.row = last + 2
    anchor.ext.width, anchor.ext.height = cm_to_EMU(chart.width), cm_to_EMU(chart.height)
    ws.add_chart(chart, anchor)


def _metadata_sheet(ws: Worksheet, content: ExportContent) -> None:
    pack = content.summary.pack
    pairs: list[tuple[str, str | int]] = [
        ("key", "value"),
        ("format", FORMAT_NAME),
        ("format_version", FORMAT_VERSION),
        ("app_version", __version__),
        ("export_kind", content.kind),
        ("pack_id", pack.id),
        ("pack_version", pack.version),
        ("pack_content_hash", pack.content_hash),
        ("unit_id", content.unit.id),
        ("round_ids", ",".join(r.round.id for r in content.detail)),
        (
            "round_packs",
            json.dumps(
                [
                    {
                        "round_id": r.round.id,
                        "pack_id": r.round.pack_id,
                        "pack_version": r.round.pack_version,
                        "pack_content_hash": r.round.pack_hash,
                    }
                    for r in content.detail
                ],
                sort_keys=True,
            ),
        ),
        ("language", content.language),
        ("redacted", "true" if content.redacted else "false"),
        ("created_utc", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        ("checksum_algorithm", "sha256-canonical-json-v1"),
    ]
    for row, (key, value) in enumerate(pairs, start=1):
        if isinstance(value, int):
            write_text(ws, row, 1, key)
            write_number(ws, row, 2, value)
        else:
            _write_pair(ws, row, key, value)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70


def _fields(kind: str, record: Any) -> dict[str, Any]:
    """A record's fields as the format names them (`RECORD_FIELDS`), one level deep: what
    dataclasses.asdict gives for these flat records, without its deep copies (the export's
    largest cost after writing cells) and without what is not part of the format."""
    return {name: getattr(record, name) for name in RECORD_FIELDS[kind]}


def data_records(content: ExportContent) -> list[tuple[str, dict[str, Any]]]:
    """The records of the Data sheet: (kind, fields), redacted like the visible sheets."""
    records: list[tuple[str, dict[str, Any]]] = [("unit", _fields("unit", content.unit))]
    for result in content.detail:
        rnd = result.round
        records.append(("round", {**_fields("round", rnd), "status": rnd.status.value}))
        for number, respondent in enumerate(result.respondents, start=1):
            values = _fields("respondent", respondent)
            if content.redacted:
                values["alias"] = _redacted_alias(number)
            records.append(("respondent", values))
        for answer in content.answers.get(rnd.id, ()):
            values = _fields("answer", answer)
            if content.redacted:
                values["note"] = values["na_justification"] = values["dissent"] = ""
            records.append(("answer", values))
        for barrier in content.barriers.get(rnd.id, ()):
            values = {**_fields("barrier", barrier), "kind": BarrierKind(barrier.kind).value}
            if content.redacted:  # a free text like a note; the kind is what is compared
                values["text"] = ""
            records.append(("barrier", values))
    records.extend(("event", _fields("event", event)) for event in content.events)
    for action in content.actions:
        values = {**_fields("action", action), "status": action.status.value}
        if content.redacted:  # a note; what will be done, by whom (a role) and when stay
            values["progress_note"] = ""
        records.append(("action", values))
    return records


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


_encode = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_value
).encode


def encode_record(values: Mapping[str, Any]) -> str:
    """A record as the JSON text the Data sheet holds (before it is split into parts).

    Not ASCII-escaped, so a Cyrillic or Greek note takes one character per letter rather
    than six; what a cell cannot carry is escaped (JSON escapes control characters itself,
    and the rest can only occur inside JSON strings, where an escape means the same).
    """
    return _UNSAFE_IN_CELLS.sub(lambda m: f"\\u{ord(m.group()):04x}", _encode(values))


def split_record(text: str) -> list[str]:
    """`text` in parts of at most RECORD_PART_UNITS UTF-16 code units each."""
    if len(text) * 2 <= RECORD_PART_UNITS:
        return [text]
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + RECORD_PART_UNITS, len(text))
        units = utf16_length(text[start:end])
        while units > RECORD_PART_UNITS:  # characters beyond the first plane count twice
            end -= (units - RECORD_PART_UNITS + 1) // 2
            units = utf16_length(text[start:end])
        parts.append(text[start:end])
        start = end
    return parts


def record_text(row: Sequence[object]) -> str | None:
    """The JSON text of a Data sheet row (its cells from column B on), or None if a part is
    not text."""
    parts = list(row[1:])
    while parts and parts[-1] is None:
        parts.pop()
    if not parts or not all(isinstance(part, str) for part in parts):
        return None
    return "".join(str(part) for part in parts)


def _too_long(kind: str, values: Mapping[str, Any]) -> ExportError:
    name = values.get("criterion_id") or values.get("id") or ""
    longest = max((len(v) for v in values.values() if isinstance(v, str)), default=0)
    return ExportError(
        translate(
            "RoundExport",
            "Cannot export: a text of the {kind} {name} is {count} characters long, more than "
            "an export can hold (about {limit}); shorten it and export again.",
        ).format(
            kind=kind,
            name=name,
            count=f"{longest:,}",
            limit=f"{MAX_RECORD_PARTS * RECORD_PART_UNITS // 2:,}",
        )
    )


def _data_sheet(ws: Worksheet, content: ExportContent) -> None:
    write_text(ws, 1, 1, DATA_HEADER[0])
    write_text(ws, 1, 2, DATA_HEADER[1])
    for kind, values in data_records(content):
        parts = split_record(encode_record(values))
        if len(parts) > MAX_RECORD_PARTS:
            raise _too_long(kind, values)
        # The parts are safe in a cell as they are (JSON with what a cell cannot hold
        # escaped, each within a cell's length); a part after the first may start with
        # "=": it is text, never a formula.
        cells = [safe_text_cell(ws, kind)]
        cells.extend(safe_text_cell(ws, part) for part in parts)
        ws.append(cells)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 120


# --- checksum ---------------------------------------------------------------------------


def _canonical(value: object) -> object:
    # Text and empty cells first: they are most of the values of every sheet.
    if type(value) is str:
        return value or None
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # dates read back from a file are datetimes
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)  # 1.0 written reads back as the integer 1
    if value == "":
        return None
    return value


def _sheet_rows(title: str, values_by_row: Iterable[Sequence[object]]) -> list[list[object]]:
    rows: list[list[object]] = []
    for values in values_by_row:
        # Texts (most cells) inline: this runs for every cell of every file imported.
        row = [(v or None) if type(v) is str else _canonical(v) for v in values]
        while row and row[-1] is None:
            row.pop()
        if title == METADATA and row and row[0] == CHECKSUM_KEY:
            continue
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def format_version_of(metadata_rows: Iterable[Sequence[object]]) -> int:
    """The format version a Metadata sheet names (1 when it names none it can read)."""
    for row in metadata_rows:
        if len(row) > 1 and row[0] == "format_version":
            value = row[1]
            if isinstance(value, str) and value.strip().isdigit():
                return int(value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(value)
    return 1


def _cell_values(ws: Worksheet) -> Iterator[list[object]]:
    """A sheet's values row by row from row 1, as `iter_rows(values_only=True)` gives them
    (for `data_checksum`), read straight from the cells the sheet holds: iter_rows looks up,
    and creates, a cell at every place of the table, the empty ones included."""
    by_row: dict[int, dict[int, object]] = {}
    for (row, column), cell in ws._cells.items():
        by_row.setdefault(row, {})[column] = cell._value
    columns = range(1, ws.max_column + 1)
    for row in range(1, ws.max_row + 1):
        values = by_row.get(row)
        yield [values.get(c) for c in columns] if values else [None for _ in columns]


def data_checksum(workbook: Workbook) -> str:
    """SHA-256 of the canonical JSON of the exported values (see the module docstring)."""
    return checksum_of_values(
        {
            name: workbook[name].iter_rows(values_only=True)
            for name in CHECKSUM_SHEETS
            if name in workbook.sheetnames
        }
    )


def checksum_of_values(sheets: Mapping[str, Iterable[Sequence[object]]]) -> str:
    """`data_checksum` of sheets given as rows of cell values (as an import reads them).

    The format version in the Metadata sheet decides which sheets count (format 1 had no
    History of criteria and no Action plan); every one of them but Data must be present,
    and a missing one counts as empty.
    """
    metadata = list(sheets.get(METADATA, ()))
    names = CHECKSUM_SHEETS if format_version_of(metadata) >= 2 else CHECKSUM_SHEETS_V1
    document = {
        "format": FORMAT_NAME,
        "version": CHECKSUM_DOCUMENT_VERSION,
        "sheets": [
            [name, _sheet_rows(name, metadata if name == METADATA else sheets.get(name, ()))]
            for name in names
            if name != DATA or DATA in sheets
        ],
    }
    text = json.dumps(
        document, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "CHECKSUM_KEY",
    "DATA",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "READABLE_VERSIONS",
    "RECORD_FIELDS",
    "ExportError",
    "ExportSource",
    "checksum_of_values",
    "data_checksum",
    "export_round",
    "export_unit",
    "format_version_of",
    "record_text",
]
