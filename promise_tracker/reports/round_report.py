"""The round report for a steering group: its content, built from the assessment data as
headings, paragraphs, tables and charts, in the order a steering group reads it.

Cover (unit, round, pack and the provenance of its texts), a one-page summary (score with
completeness and basis, since the round compared with, the charts), every standard with its
criteria, the criteria not met with their barriers and actions, how the perspectives
differed, the action plan, the unit's events, and how it was done. `write_round_report`
writes it as PDF or Word (by the file's suffix); the writers are loaded only then.

The report layer sits beside the charts (neither imports the other), so the caller passes
a `ChartMaker` that draws the two charts as PNG images; without one the report has none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from promise_tracker import APP_NAME, __version__, i18n
from promise_tracker.domain.countries import country_name
from promise_tracker.domain.disagreement import CriterionSpread, criterion_spreads, needs_discussion
from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Agency,
    Answer,
    Barrier,
    BarrierKind,
    Event,
    Respondent,
    Round,
    Unit,
)
from promise_tracker.domain.progress import (
    MessageKind,
    ProgressMessage,
    RoundSnapshot,
    VersionBridge,
    bridge_between,
    consensus_statuses,
    progress_messages,
    since_last_round,
)
from promise_tracker.domain.scoring import (
    CriterionStatus,
    RoundScores,
    Score,
    ScoreBasis,
    index_answers,
    score_perspectives,
)
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.reports.blocks import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    Picture,
    PictureRow,
    Table,
)
from promise_tracker.standards.model import Pack, Standard
from promise_tracker.standards.registry import PackRegistry

# (context, text) -> the text in the report's language.
Translate = Callable[[str, str], str]
# (steps done, steps in all): called as the report is made.
ProgressCallback = Callable[[int, int], None]
PAPERS = ("a4", "letter")
FORMATS = (".pdf", ".docx")
STEPS = 4  # reading the data, drawing the charts, laying out, writing the file
# Printed width of the text on the narrower paper (US Letter: 8.5 in less 2 x 18 mm).
TEXT_WIDTH_MM = 179.0
# Most criteria listed in "needs discussion" (the disagreement view has them all).
DISCUSSION_LIMIT = 15
NBSP = "\u00a0"


class RoundReportError(PromiseTrackerError):
    """The report cannot be made as asked (a round of another unit, an unknown format...)."""


# --- what the report reads -------------------------------------------------------------------


class ReportRoundResult(Protocol):
    """A round's answers and scores (services.assessment.RoundResult satisfies it)."""

    @property
    def round(self) -> Round: ...

    @property
    def pack(self) -> Pack: ...

    @property
    def answers(self) -> tuple[Answer, ...]: ...

    @property
    def respondents(self) -> tuple[Respondent, ...]: ...

    @property
    def basis(self) -> ScoreBasis: ...

    @property
    def official(self) -> RoundScores: ...


class ReportSource(Protocol):
    """What the report reads (services.assessment.AssessmentService satisfies it)."""

    def unit(self, unit_id: str) -> Unit: ...

    def round(self, round_id: str) -> Round: ...

    def rounds(self, unit_id: str) -> Sequence[Round]: ...

    def round_result(self, round_id: str) -> ReportRoundResult: ...

    def events(self, unit_id: str) -> Sequence[Event]: ...

    def barriers(self, round_id: str) -> Sequence[Barrier]: ...

    def actions(self, unit_id: str) -> Sequence[Action]: ...

    @property
    def packs(self) -> PackRegistry: ...


@dataclass(frozen=True)
class ChartRequest:
    """What the two charts of the summary show: the round's scores and the compared round's."""

    pack: Pack
    language: str
    current: tuple[str, RoundScores]  # (legend label, scores)
    compared: tuple[str, RoundScores] | None
    translate: Callable[[str], str]  # the charts' own texts ("Charts" context)


@dataclass(frozen=True)
class ChartImage:
    png: bytes
    pixel_width: int
    pixel_height: int
    description: str


# Draws the radar and the bars as PNG images (the caller owns matplotlib).
ChartMaker = Callable[[ChartRequest], Sequence[ChartImage]]


@dataclass(frozen=True)
class RoundReport:
    """The report as laid out content, plus the facts a caller may want to show."""

    title: str  # the running title atop every page
    language: str
    blocks: tuple[Block, ...]
    unit_name: str
    round_title: str
    overall_percent: float | None
    completeness: float | None
    page_label: str  # "Page %1 of %2" in the report's language


# --- writing ----------------------------------------------------------------------------------


def write_round_report(
    source: ReportSource,
    round_id: str,
    path: Path,
    *,
    language: str = "en",
    redacted: bool = False,
    compare_with: str | None = None,
    paper: str = "a4",
    translate: Translate | None = None,
    charts: ChartMaker | None = None,
    progress: ProgressCallback | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the report of a round to `path`: PDF for .pdf, Word for .docx, atomically.

    Raises ReportError (and the service's errors for an unknown round) before anything is
    written; an existing file at `path` is left as it was on any failure.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    translate = translate or _interface_translate
    if suffix not in FORMATS:
        raise RoundReportError(
            translate(
                "Report",
                "A report is written as PDF (.pdf) or Word (.docx); choose a file name "
                "ending in one of them.",
            )
        )
    if paper not in PAPERS:
        raise RoundReportError(
            translate("Report", "Unknown paper size {paper}; choose a4 or letter.").format(
                paper=paper
            )
        )
    step = progress or (lambda done, total: None)
    step(0, STEPS)
    report = build_round_report(
        source,
        round_id,
        language=language,
        redacted=redacted,
        compare_with=compare_with,
        translate=translate,
        charts=charts,
        today=today,
        on_charts=lambda: step(1, STEPS),
    )
    step(2, STEPS)
    if suffix == ".pdf":
        from promise_tracker.reports.round_report_pdf import round_report_pdf

        data = round_report_pdf(report, paper)
    else:
        from promise_tracker.reports.round_report_docx import round_report_docx

        data = round_report_docx(report, paper)
    step(3, STEPS)
    from promise_tracker.reports.pdf import write_atomically

    try:
        written = write_atomically(data, path)
    except PromiseTrackerError as error:
        raise RoundReportError(
            translate("Report", "The report could not be written to {path}. {reason}").format(
                path=path, reason=error
            )
        ) from None
    step(4, STEPS)
    return written


# --- the content --------------------------------------------------------------------------------


def build_round_report(
    source: ReportSource,
    round_id: str,
    *,
    language: str = "en",
    redacted: bool = False,
    compare_with: str | None = None,
    translate: Translate | None = None,
    charts: ChartMaker | None = None,
    today: dt.date | None = None,
    on_charts: Callable[[], None] | None = None,
) -> RoundReport:
    """The report of `round_id` as blocks, in `language` (pack texts and fixed texts).

    `redacted` leaves out every free text the team wrote (evidence notes, N/A reasons,
    dissenting views, actions' progress notes). The round compared with is `compare_with`,
    else the round's own comparison round, else the unit's round before it.
    """
    translate = translate or _interface_translate
    result = source.round_result(round_id)
    rnd, pack = result.round, result.pack
    unit = source.unit(rnd.unit_id)
    compared = _compared_round(source, rnd, compare_with, translate)
    compared_result = source.round_result(compared.id) if compared is not None else None
    bridge = (
        bridge_between(compared_result.pack, pack, source.packs.crosswalk)
        if compared_result is not None
        else None
    )
    report = _Builder(
        translate=translate,
        language=language if language in pack.languages else pack.default_language,
        redacted=redacted,
        unit=unit,
        result=result,
        compared=compared_result,
        bridge=bridge,
        barriers={b.criterion_id: b for b in source.barriers(round_id)},
        actions=list(source.actions(unit.id)),
        events=list(source.events(unit.id)),
        today=today or dt.date.today(),
    )
    pictures = report.pictures(charts)
    if on_charts is not None:
        on_charts()
    blocks = report.blocks(pictures)
    running = translate("Report", "{unit}: {round}, self-assessment report").format(
        unit=unit.name, round=rnd.title
    )
    overall = result.official.overall
    return RoundReport(
        title=running,
        language=report.language,
        blocks=tuple(blocks),
        unit_name=unit.name,
        round_title=rnd.title,
        overall_percent=overall.percent,
        completeness=overall.completeness,
        page_label=translate("PdfReport", "Page %1 of %2"),
    )


def _interface_translate(context: str, text: str) -> str:
    return i18n.translate(context, text)


def _compared_round(
    source: ReportSource, rnd: Round, chosen: str | None, translate: Translate
) -> Round | None:
    if chosen:
        other = source.round(chosen)
        if other.unit_id != rnd.unit_id:
            raise RoundReportError(
                translate(
                    "Report",
                    "The round to compare with ({other}) belongs to another unit; choose a "
                    "round of the same unit.",
                ).format(other=other.title)
            )
        if other.id == rnd.id:
            raise RoundReportError(
                translate(
                    "Report", "A round cannot be compared with itself; choose an earlier round."
                )
            )
        return other
    rounds = list(source.rounds(rnd.unit_id))
    if rnd.compare_round_id:
        for candidate in rounds:
            if candidate.id == rnd.compare_round_id:
                return candidate
    earlier = [r for r in rounds if r.id != rnd.id and r.date <= rnd.date]
    earlier = [r for r in earlier if r.date < rnd.date] or [
        r for r in earlier if rounds.index(r) < rounds.index(rnd)
    ]
    return max(earlier, key=lambda r: r.date) if earlier else None


def percent(value: float | None) -> str:
    """A percentage as the report prints it: whole, with a non-breaking space ("62 %")."""
    return "–" if value is None else f"{value:.0f}{NBSP}%"


class _Builder:
    """Turns one round's data into the report's blocks."""

    def __init__(
        self,
        *,
        translate: Translate,
        language: str,
        redacted: bool,
        unit: Unit,
        result: ReportRoundResult,
        compared: ReportRoundResult | None,
        bridge: VersionBridge | None,
        barriers: Mapping[str, Barrier],
        actions: list[Action],
        events: list[Event],
        today: dt.date,
    ) -> None:
        self.translate = translate
        self.language = language
        self.redacted = redacted
        self.unit = unit
        self.result = result
        self.round = result.round
        self.pack = result.pack
        self.compared = compared
        self.bridge = bridge  # from the compared round's pack version to this round's
        self.barriers = barriers
        self.actions = actions
        self.events = events
        self.today = today
        self.scores = result.official
        self.consensus = index_answers(result.answers).get(None, {})
        self.statuses = consensus_statuses(self.pack, result.answers)
        self.spreads: dict[str, CriterionSpread] = (
            criterion_spreads(self.pack, result.respondents, result.answers)
            if result.respondents
            else {}
        )

    # --- small helpers ----------------------------------------------------------------------

    def number(self, value: float, decimals: int = 1) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", ",") if self.language == "sv" else text

    def signed(self, value: float) -> str:
        return ("+" if value > 0 else "") + self.number(value)

    def statement(self, criterion_id: str) -> str:
        if not self.pack.has_criterion(criterion_id):
            return ""
        return self.pack.criterion(criterion_id).statement.get(self.language)

    def standard_title(self, number: str) -> str:
        return f"{number} {self.pack.standard(number).title.get(self.language)}"

    def option_label(self, value: str) -> str:
        try:
            return self.pack.answer_scale.option(value).label.get(self.language)
        except KeyError:
            return value

    def perspective_label(self, perspective_id: str) -> str:
        try:
            return self.pack.perspective(perspective_id).label.get(self.language)
        except KeyError:
            return perspective_id

    def agency_label(self, agency: str) -> str:
        translate = self.translate
        labels = {
            Agency.POLICE.value: translate("Report", "Police"),
            Agency.PROSECUTION.value: translate("Report", "Prosecution"),
            Agency.CHILD_PROTECTION.value: translate("Report", "Child protection"),
            Agency.HEALTH.value: translate("Report", "Health care"),
            Agency.MENTAL_HEALTH.value: translate("Report", "Mental health"),
            Agency.BARNAHUS_STAFF.value: translate("Report", "Barnahus staff"),
            Agency.OTHER.value: translate("Report", "Other"),
        }
        return labels.get(agency, agency)

    def status_label(self, status: ActionStatus) -> str:
        translate = self.translate
        return {
            ActionStatus.PLANNED: translate("Report", "Planned"),
            ActionStatus.IN_PROGRESS: translate("Report", "In progress"),
            ActionStatus.DONE: translate("Report", "Done"),
            ActionStatus.DROPPED: translate("Report", "Dropped"),
        }[status]

    def barrier_label(self, barrier: Barrier) -> str:
        translate = self.translate
        kind = {
            BarrierKind.LAW_OR_POLICY: translate("Report", "National law or policy"),
            BarrierKind.FUNDING: translate("Report", "Funding or resources"),
            BarrierKind.ORGANISATION: translate("Report", "Organisation or local practice"),
            BarrierKind.NOT_STARTED: translate("Report", "Not yet started"),
            BarrierKind.OTHER: translate("Report", "Other"),
        }[barrier.kind]
        detail = barrier.text.strip()
        return f"{kind}: {detail}" if detail else kind

    def date(self, day: dt.date | None) -> str:
        return "" if day is None else day.isoformat()

    def score_line(self, score: Score) -> str:
        return self.translate(
            "Report",
            "Score {score} ({met} of {applicable} applicable criteria met), "
            "{answered} of {total} answered",
        ).format(
            score=percent(score.percent),
            met=self.number(float(score.met), 0 if float(score.met).is_integer() else 1),
            applicable=score.applicable,
            answered=score.answered,
            total=score.total,
        )

    def round_label(self, rnd: Round) -> str:
        return f"{rnd.title} ({rnd.date.isoformat()})"

    # --- charts -----------------------------------------------------------------------------

    def pictures(self, charts: ChartMaker | None) -> tuple[Picture, ...]:
        if charts is None:
            return ()
        compared = (
            (self.round_label(self.compared.round), self.compared.official)
            if self.compared is not None
            else None
        )
        translate = self.translate
        images = charts(
            ChartRequest(
                pack=self.pack,
                language=self.language,
                current=(self.round_label(self.round), self.scores),
                compared=compared,
                translate=lambda text: translate("Charts", text),
            )
        )
        widths = (82.0, 95.0)
        return tuple(
            Picture(
                png=image.png,
                width_mm=widths[index % 2],
                pixel_width=image.pixel_width,
                pixel_height=image.pixel_height,
                description=image.description,
                caption=image.description,
            )
            for index, image in enumerate(images)
        )

    # --- the parts ----------------------------------------------------------------------------

    def blocks(self, pictures: tuple[Picture, ...]) -> list[Block]:
        blocks: list[Block] = []
        blocks += self.cover()
        blocks.append(PageBreak())
        blocks += self.summary(pictures)
        blocks.append(PageBreak())
        blocks += self.standards()
        blocks += self.not_met()
        blocks += self.perspectives()
        blocks += self.action_plan()
        blocks += self.event_list()
        blocks += self.methods()
        return blocks

    def cover(self) -> list[Block]:
        translate, unit, rnd, pack = self.translate, self.unit, self.round, self.pack
        rows: list[tuple[str, str]] = [(translate("Report", "Unit"), unit.name)]
        if unit.country:
            rows.append((translate("Report", "Country"), country_name(unit.country, self.language)))
        if unit.region:
            rows.append((translate("Report", "Region"), unit.region))
        if unit.lead_agency:
            rows.append((translate("Report", "Lead agency"), self.agency_label(unit.lead_agency)))
        if unit.year_opened:
            rows.append((translate("Report", "Opened"), str(unit.year_opened)))
        status = (
            translate("Report", "finalised")
            if rnd.is_finalised
            else translate("Report", "draft, not finalised")
        )
        rows += [
            (translate("Report", "Round"), f"{rnd.title} ({status})"),
            (translate("Report", "Date of the round"), rnd.date.isoformat()),
            (
                translate("Report", "Standards"),
                translate("Report", "{title}, version {version} ({pack})").format(
                    title=pack.title.get(self.language), version=pack.version, pack=pack.id
                ),
            ),
            (translate("Report", "Report made"), self.today.isoformat()),
        ]
        if self.redacted:
            rows.append(
                (
                    translate("Report", "Redacted"),
                    translate(
                        "Report",
                        "Yes: evidence notes, N/A reasons, dissenting views and progress "
                        "notes are left out.",
                    ),
                )
            )
        source = pack.source
        about = [source.citation.get(self.language)]
        if source.url:
            about.append(source.url)
        return [
            Paragraph(translate("Report", "Self-assessment report"), "subtitle"),
            Paragraph(unit.name, "title"),
            Paragraph(
                translate("Report", "{round}, {date}").format(
                    round=rnd.title, date=rnd.date.isoformat()
                ),
                "lead",
            ),
            Table(rows=tuple(rows), widths=(28, 72), key_value=True),
            Heading(translate("Report", "About the standards"), 2),
            Paragraph(pack.provenance.get(self.language)),
            Paragraph("\n".join(about), "muted", label=translate("Report", "Source:")),
            Paragraph(
                translate("Report", "Made with {app} {version}.").format(
                    app=APP_NAME, version=__version__
                ),
                "muted",
            ),
        ]

    def summary(self, pictures: tuple[Picture, ...]) -> list[Block]:
        translate = self.translate
        overall = self.scores.overall
        blocks: list[Block] = [Heading(translate("Report", "Summary"), 1)]
        blocks.append(
            Paragraph(
                translate("Report", "{score}, with {completeness} of the criteria answered").format(
                    score=percent(overall.percent), completeness=percent(overall.completeness)
                ),
                "lead",
                label=translate("Report", "Overall score:"),
            )
        )
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "{met} of {applicable} applicable criteria met; {na} not applicable; "
                    "{unanswered} of {total} not answered.",
                ).format(
                    met=self.number(
                        float(overall.met), 0 if float(overall.met).is_integer() else 1
                    ),
                    applicable=overall.applicable,
                    na=overall.not_applicable,
                    unanswered=overall.unanswered,
                    total=overall.total,
                )
            )
        )
        blocks.append(Paragraph(self.basis_sentence(), label=translate("Report", "Score basis:")))
        carried = self.carried_count()
        if carried:
            blocks.append(
                Paragraph(
                    translate(
                        "Report",
                        "{count} answers carried forward from an earlier round are not yet "
                        "confirmed by the team; they count as unanswered.",
                    ).format(count=carried),
                    label=translate("Report", "To confirm:"),
                )
            )
        blocks.append(Heading(translate("Report", "Since the last round"), 2))
        blocks += self.since_last()
        if pictures:
            blocks.append(PictureRow(pictures))
        return blocks

    def basis_sentence(self) -> str:
        if self.result.basis is ScoreBasis.RESPONDENTS:
            return self.translate(
                "Report",
                "the team has not agreed any answer yet, so the score pools all "
                "respondents' answers.",
            )
        return self.translate("Report", "the answers the team agreed on (consensus).")

    def carried_count(self) -> int:
        return sum(1 for a in self.consensus.values() if a.to_confirm)

    def since_last(self) -> list[Block]:
        translate = self.translate
        if self.compared is None:
            return [
                Paragraph(
                    translate(
                        "Report",
                        "This is the unit's first round: there is no earlier round "
                        "to compare with.",
                    )
                )
            ]
        other = self.compared
        previous = RoundSnapshot(other.official, consensus_statuses(other.pack, other.answers))
        current = RoundSnapshot(self.scores, self.statuses)
        progress = since_last_round(self.pack, previous, current, self.bridge)
        lines: list[Block] = [
            Paragraph(
                translate("Report", "Compared with {round}:").format(
                    round=self.round_label(other.round)
                )
            )
        ]
        messages = progress_messages(progress)
        if not messages:
            lines.append(Paragraph(translate("Report", "No change worth noting.")))
        lines += [Paragraph("• " + self.message(message)) for message in messages]
        return lines

    def message(self, message: ProgressMessage) -> str:
        translate, n = self.translate, message.numbers
        ids = ", ".join(message.ids)
        count = str(round(n[0])) if n else "0"
        match message.kind:
            case MessageKind.OVERALL_UP:
                return translate(
                    "Report", "The overall score rose from {before} to {after} ({change} points)."
                ).format(before=percent(n[0]), after=percent(n[1]), change=self.signed(n[2]))
            case MessageKind.OVERALL_DOWN:
                return translate(
                    "Report", "The overall score fell from {before} to {after} ({change} points)."
                ).format(before=percent(n[0]), after=percent(n[1]), change=self.signed(n[2]))
            case MessageKind.OVERALL_SAME:
                return translate("Report", "The overall score stayed at {value}.").format(
                    value=percent(n[0])
                )
            case MessageKind.MOST_IMPROVED:
                parts = [
                    translate("Report", "{standard} ({change} points)").format(
                        standard=self.standard_title(number), change=self.signed(gain)
                    )
                    for number, gain in zip(message.ids, n, strict=True)
                ]
                return translate("Report", "Most improved: {standards}.").format(
                    standards="; ".join(parts)
                )
            case MessageKind.NEWLY_MET:
                return translate("Report", "Newly met ({count}): {ids}.").format(
                    count=count, ids=ids
                )
            case MessageKind.NEWLY_UNMET:
                return translate("Report", "No longer met ({count}): {ids}.").format(
                    count=count, ids=ids
                )
            case MessageKind.PERSISTENT_GAPS:
                return translate("Report", "Still not met ({count}): {ids}.").format(
                    count=count, ids=ids
                )
            case MessageKind.NOT_COMPARABLE:
                return translate(
                    "Report",
                    "Changed meaning in the new version of the standards, not compared "
                    "({count}): {ids}.",
                ).format(count=count, ids=ids)

    # --- standards ----------------------------------------------------------------------------

    def standards(self) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(translate("Report", "Results by standard"), 1)]
        rows = []
        for unit in self.pack.assessed_units():
            score = self.scores.by_standard[unit.number]
            rows.append(
                (
                    self.standard_title(unit.number),
                    percent(score.percent),
                    percent(score.completeness),
                    f"{self.number(float(score.met), 0 if float(score.met).is_integer() else 1)}"
                    f" / {score.applicable}",
                )
            )
        blocks.append(
            Table(
                header=(
                    translate("Report", "Standard"),
                    translate("Report", "Score"),
                    translate("Report", "Answered"),
                    translate("Report", "Met / applicable"),
                ),
                rows=tuple(rows),
                widths=(58, 12, 14, 16),
            )
        )
        for standard in self.pack.standards:
            blocks += self.standard(standard, 2)
        return blocks

    def standard(self, standard: Standard, level: int) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(self.standard_title(standard.number), level)]
        score = self.scores.by_standard.get(standard.number)
        if score is not None:
            blocks.append(Paragraph(self.score_line(score), "muted"))
        if standard.criteria:
            header: tuple[str, ...] = (
                translate("Report", "Criterion"),
                translate("Report", "Statement"),
                translate("Report", "Answer"),
            )
            widths: tuple[int, ...] = (14, 62, 24)
            if not self.redacted:
                header += (translate("Report", "Evidence note, N/A reason"),)
                widths = (14, 41, 16, 29)
            rows = []
            for criterion in standard.criteria:
                row: tuple[str, ...] = (
                    criterion.id,
                    criterion.statement.get(self.language),
                    self.answer_text(criterion.id),
                )
                if not self.redacted:
                    row += (self.note_text(criterion.id),)
                rows.append(row)
            blocks.append(Table(header=header, rows=tuple(rows), widths=widths))
        for child in standard.children:
            blocks += self.standard(child, min(level + 1, 3))
        return blocks

    def answer_text(self, criterion_id: str) -> str:
        translate = self.translate
        answer = self.consensus.get(criterion_id)
        status = self.statuses.get(criterion_id, CriterionStatus.UNANSWERED)
        lines: list[str] = []
        if answer is not None and answer.value is not None:
            label = self.option_label(answer.value)
            if status is CriterionStatus.TO_CONFIRM:
                lines.append(
                    translate("Report", "{answer} (carried forward, to confirm)").format(
                        answer=label
                    )
                )
            elif status is CriterionStatus.NEEDS_JUSTIFICATION:
                lines.append(
                    translate("Report", "{answer} (no reason given yet)").format(answer=label)
                )
            else:
                lines.append(label)
        else:
            lines.append(translate("Report", "Not answered"))
            spread = self.spreads.get(criterion_id)
            if spread is not None and spread.answered:
                counts = ", ".join(
                    f"{self.option_label(option)} {count}"
                    for option, count in spread.overall.counts
                    if count
                )
                lines.append(translate("Report", "Respondents: {counts}").format(counts=counts))
        if answer is not None and answer.flagged:
            lines.append(translate("Report", "Flagged for discussion"))
        return "\n".join(lines)

    def note_text(self, criterion_id: str) -> str:
        translate = self.translate
        answer = self.consensus.get(criterion_id)
        if answer is None:
            return ""
        lines = []
        if answer.note.strip():
            lines.append(answer.note.strip())
        if answer.na_justification.strip():
            lines.append(
                translate("Report", "Not applicable because: {reason}").format(
                    reason=answer.na_justification.strip()
                )
            )
        if answer.dissent.strip():
            lines.append(
                translate("Report", "Dissenting view: {view}").format(view=answer.dissent.strip())
            )
        return "\n".join(lines)

    # --- not met --------------------------------------------------------------------------------

    def not_met(self) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(translate("Report", "Criteria not met"), 1)]
        ids = [
            c.id
            for c in self.pack.criteria()
            if self.statuses.get(c.id) in (CriterionStatus.NOT_MET, CriterionStatus.PARTLY_MET)
        ]
        if not ids:
            blocks.append(Paragraph(translate("Report", "No criterion is answered as not met.")))
            return blocks
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "{count} criteria are not met. For each: what stands in the way, and what "
                    "the team plans to do about it.",
                ).format(count=len(ids))
            )
        )
        by_criterion: dict[str, list[Action]] = {}
        for action in self.actions:
            by_criterion.setdefault(action.criterion_id, []).append(action)
        rows = []
        for criterion_id in ids:
            barrier = self.barriers.get(criterion_id)
            actions = [
                translate("Report", "{action} ({status})").format(
                    action=a.title, status=self.status_label(a.status)
                )
                for a in by_criterion.get(criterion_id, [])
            ]
            rows.append(
                (
                    criterion_id,
                    self.statement(criterion_id),
                    self.barrier_label(barrier)
                    if barrier
                    else translate("Report", "None recorded"),
                    "\n".join(actions) if actions else translate("Report", "None planned"),
                )
            )
        blocks.append(
            Table(
                header=(
                    translate("Report", "Criterion"),
                    translate("Report", "Statement"),
                    translate("Report", "Barrier"),
                    translate("Report", "Actions"),
                ),
                rows=tuple(rows),
                widths=(14, 38, 22, 26),
            )
        )
        return blocks

    # --- perspectives ---------------------------------------------------------------------------

    def perspectives(self) -> list[Block]:
        translate = self.translate
        result = self.result
        flagged = [
            c.id for c in self.pack.criteria() if (a := self.consensus.get(c.id)) and a.flagged
        ]
        if not result.respondents and not flagged:
            return []
        blocks: list[Block] = [Heading(translate("Report", "Perspectives and discussion"), 1)]
        if result.respondents:
            scores = score_perspectives(
                self.pack, result.respondents, result.answers, per_respondent=False
            )
            ids = list(scores.by_perspective)
            header = (
                translate("Report", "Standard"),
                *(self.perspective_label(p) for p in ids),
                translate("Report", "Agreed"),
            )
            consensus_scores = _consensus_scores(self.pack, result.answers)
            rows = []
            for unit in self.pack.assessed_units():
                rows.append(
                    (
                        unit.number,
                        *(
                            percent(scores.by_perspective[p].by_standard[unit.number].percent)
                            for p in ids
                        ),
                        percent(consensus_scores.by_standard[unit.number].percent),
                    )
                )
            rows.append(
                (
                    translate("Report", "Overall"),
                    *(percent(scores.by_perspective[p].overall.percent) for p in ids),
                    percent(consensus_scores.overall.percent),
                )
            )
            columns = len(ids) + 2
            first = 16
            rest = (100 - first) // (columns - 1)
            blocks.append(
                Paragraph(
                    translate(
                        "Report",
                        "The score of each standard as each perspective's respondents answered "
                        "it, beside the answers the team agreed on.",
                    )
                )
            )
            blocks.append(
                Table(
                    header=header,
                    rows=tuple(rows),
                    widths=(first, *([rest] * (columns - 1))),
                )
            )
            items = needs_discussion(self.pack, self.spreads)
            blocks.append(Heading(translate("Report", "Where the respondents disagree"), 2))
            if not items:
                blocks.append(
                    Paragraph(
                        translate("Report", "The respondents answered every criterion alike.")
                    )
                )
            else:
                shown = items[:DISCUSSION_LIMIT]
                blocks.append(
                    Paragraph(
                        translate(
                            "Report",
                            "{count} criteria have differing answers; the {shown} with the "
                            "most disagreement are listed (0 = all alike, 100 = evenly split).",
                        ).format(count=len(items), shown=len(shown))
                    )
                )
                rows = []
                for item in shown:
                    spread = self.spreads[item.criterion_id]
                    answers = "\n".join(
                        f"{self.perspective_label(p)}: "
                        + ", ".join(f"{self.option_label(o)} {n}" for o, n in s.counts if n)
                        for p, s in spread.by_perspective.items()
                        if s.answered
                    )
                    rows.append(
                        (
                            item.criterion_id,
                            self.statement(item.criterion_id),
                            f"{item.disagreement * 100:.0f}",
                            answers,
                        )
                    )
                blocks.append(
                    Table(
                        header=(
                            translate("Report", "Criterion"),
                            translate("Report", "Statement"),
                            translate("Report", "Disagreement"),
                            translate("Report", "Answers by perspective"),
                        ),
                        rows=tuple(rows),
                        widths=(14, 38, 17, 31),
                    )
                )
        blocks.append(Heading(translate("Report", "Flagged for discussion"), 2))
        if flagged:
            blocks.append(
                Table(
                    header=(translate("Report", "Criterion"), translate("Report", "Statement")),
                    rows=tuple((cid, self.statement(cid)) for cid in flagged),
                    widths=(14, 86),
                )
            )
        else:
            blocks.append(Paragraph(translate("Report", "No criterion is flagged for discussion.")))
        return blocks

    # --- action plan, events, methods -------------------------------------------------------

    def action_plan(self) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(translate("Report", "Action plan"), 1)]
        if not self.actions:
            blocks.append(Paragraph(translate("Report", "The unit has no actions planned yet.")))
            return blocks
        open_count = sum(1 for a in self.actions if a.is_open)
        late = [i for i, a in enumerate(self.actions) if a.is_overdue(self.today)]
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "{count} actions of the unit, {open} of them open and {late} overdue "
                    "on {today}, by due date.",
                ).format(
                    count=len(self.actions),
                    open=open_count,
                    late=len(late),
                    today=self.today.isoformat(),
                )
            )
        )
        header: tuple[str, ...] = (
            translate("Report", "Criterion"),
            translate("Report", "Action"),
            translate("Report", "Lead agency, role"),
            translate("Report", "Due"),
            translate("Report", "Status"),
        )
        widths: tuple[int, ...] = (14, 38, 22, 13, 13)
        if not self.redacted:
            header += (translate("Report", "Progress"),)
            widths = (14, 27, 18, 13, 12, 16)
        rows = []
        for action in self.actions:
            who = "\n".join(
                part
                for part in (
                    self.agency_label(action.lead_agency) if action.lead_agency else "",
                    action.responsible_role,
                )
                if part
            )
            status = self.status_label(action.status)
            if action.is_overdue(self.today):
                status = translate("Report", "{status}, overdue").format(status=status)
            row: tuple[str, ...] = (
                action.criterion_id,
                action.title,
                who,
                self.date(action.due_date),
                status,
            )
            if not self.redacted:
                row += (action.progress_note,)
            rows.append(row)
        blocks.append(
            Table(header=header, rows=tuple(rows), widths=widths, marked_rows=frozenset(late))
        )
        return blocks

    def event_list(self) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(translate("Report", "Events"), 1)]
        if not self.events:
            blocks.append(Paragraph(translate("Report", "No events are recorded for the unit.")))
            return blocks
        blocks.append(
            Paragraph(
                translate(
                    "Report", "What happened to the unit that may explain a change in its scores."
                )
            )
        )
        rows = tuple(
            (event.date.isoformat(), event.title, event.description)
            for event in sorted(self.events, key=lambda e: e.date)
        )
        blocks.append(
            Table(
                header=(
                    translate("Report", "Date"),
                    translate("Report", "Event"),
                    translate("Report", "Description"),
                ),
                rows=rows,
                widths=(14, 32, 54),
            )
        )
        return blocks

    def methods(self) -> list[Block]:
        translate = self.translate
        blocks: list[Block] = [Heading(translate("Report", "How this assessment was made"), 1)]
        respondents = self.result.respondents
        if respondents:
            counts = _count_by(r.perspective for r in respondents)
            parts = ", ".join(
                f"{self.perspective_label(p)} {n}" for p, n in _in_pack_order(self.pack, counts)
            )
            agencies = _count_by(r.agency for r in respondents)
            agency_parts = ", ".join(f"{self.agency_label(a)} {n}" for a, n in agencies.items())
            blocks.append(
                Paragraph(
                    translate(
                        "Report",
                        "{count} respondents answered on their own, by perspective: "
                        "{perspectives}; by agency: {agencies}. The team then agreed on one "
                        "answer per criterion.",
                    ).format(count=len(respondents), perspectives=parts, agencies=agency_parts),
                    label=translate("Report", "Who answered:"),
                )
            )
        else:
            blocks.append(
                Paragraph(
                    translate(
                        "Report",
                        "The team answered together; no respondents answered on their own.",
                    ),
                    label=translate("Report", "Who answered:"),
                )
            )
        labels = ", ".join(o.label.get(self.language) for o in self.pack.answer_scale.options)
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "Each criterion is answered with one of: {options}. The score of a standard "
                    "is the share of its applicable answered criteria that are met; a criterion "
                    "that does not apply, with the reason written down, is left out of the "
                    "score. Criteria not answered, and not applicable without a reason, count "
                    "as unanswered: they lower the completeness, not the score. The overall "
                    "score pools every criterion of the round.",
                ).format(options=labels),
                label=translate("Report", "How the score is counted:"),
            )
        )
        blocks.append(Paragraph(self.basis_sentence(), label=translate("Report", "Score basis:")))
        carried = self.carried_count()
        if carried:
            blocks.append(
                Paragraph(
                    translate(
                        "Report",
                        "This round was started from an earlier one. {count} answers carried "
                        "forward from it are not yet confirmed by the team and count as "
                        "unanswered.",
                    ).format(count=carried),
                    label=translate("Report", "Carried forward:"),
                )
            )
        return blocks


def _consensus_scores(pack: Pack, answers: Iterable[Answer]) -> RoundScores:
    from promise_tracker.domain.scoring import score_consensus

    return score_consensus(pack, answers)


def _count_by(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def _in_pack_order(pack: Pack, counts: Mapping[str, int]) -> list[tuple[str, int]]:
    order = [p.id for p in pack.perspectives]
    return sorted(
        counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)
    )
