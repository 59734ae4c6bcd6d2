"""Reads many round/unit export files (no database) and compares their units side by side.

Reading (`read_export_summary`, `read_many`) takes from each file only what a comparison
needs, through `safe_xlsx.read_workbook` like an import (openpyxl in read-only mode, flat
memory, the workbook always closed):

- checks, cheapest first: the file passes `safe_xlsx.check_container` (the same zip,
  size, zip-bomb, macro and encryption checks as an import), the hidden Metadata sheet names our
  format and version, no cell holds a formula beyond what `safe_xlsx` accepts as a spreadsheet
  program's way of writing a plain value (the one rule an import applies too), and the data
  checksum matches. The checksum is always verified: the sheets it covers are read once and
  the rows read are handed to `round_export.data_checksum` (which only iterates rows), so
  verifying costs no second load. A file failing any check is refused ("wrong format", or
  "checksum mismatch" for a file changed after export, a typed formula included), with a
  detail in plain words.
- unit id, name, country and lead agency (the Summary's key/value block; the lead agency
  from the unit record of the hidden Data sheet that newer exports carry; a file without it
  leaves it empty, and a lead-agency filter then excludes the file with a reason), pack
  id/version/hash, round ids, the Summary round's scores per standard (percent and
  completeness), every History row (overall and percent per standard, per round date: the
  trend) and the consensus answer code of every criterion in the Summary round (Criteria).

Comparing (`compare`) decides each file's status across files:
- "duplicate" (refused): the same unit and round ids were seen in an earlier file.
- "other pack" (refused): another pack id than most files; criteria of different packs
  have nothing in common.
- "incomplete" (a warning; the file is accepted): the compared round's completeness is
  below `incomplete_below` (80 %). A round in progress is still worth seeing beside the
  others, and refusing it would hide a unit from the coordinator; the flag says why its
  score may move.
- "other pack version" (a warning; accepted): another version or content of the pack than
  the reference (the most common one). Every unit is compared on the standards and
  criteria all compared units share; the ids left out are listed. Overall scores are the
  files' own (over their pack's criteria), which the flag makes visible. Given the
  crosswalks between the versions, a unit on another version is compared under the
  reference version's ids on the criteria that still mean the same (unchanged or reworded);
  criteria whose meaning changed between the versions are listed apart
  (`changed_criteria`), not counted as met or unmet. Without a crosswalk, criteria are
  matched by id.
- "excluded" (neither): left out by the country or lead-agency filter.
Each unit is compared on its latest round (the latest Summary round over its files); older
files of the same unit add to its trend only. A criterion is unmet when its consensus answer
code is in `UNMET_CODES` ("no" on the shipped scale; N/A and unanswered are not unmet).

Summaries need not come from files: `services.network_compare` builds the same summaries
straight from a database (every unit the connected role may read), with a `source` naming
where each came from, shown instead of a file name. Such a summary may also come EXCLUDED
(a unit without a round matching the rule chosen): it is listed with its reason, like a
filtered file.

Files of format 2 also carry, in their Data sheet, the barriers of each round and the unit's
action plan: the comparison counts the barriers of the units' compared rounds per criterion
and kind (the coordinators' advocacy table), and each unit's open actions, those overdue
(as of `today`) marked. A file of format 1 counts as having neither.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from promise_tracker.bulk import records_kept
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.exchange.round_export import (
    CHECKSUM_KEY,
    CHECKSUM_SHEETS,
    CRITERIA,
    DATA,
    FORMAT_NAME,
    FORMAT_VERSION,
    HISTORY,
    METADATA,
    READABLE_VERSIONS,
    RESPONDENTS,
    SUMMARY,
    data_checksum,
    record_text,
)
from promise_tracker.i18n import translate
from promise_tracker.standards.crosswalk import Crosswalk, chain

INCOMPLETE_BELOW = 80.0
UNMET_CODES = frozenset({"no"})
# Sheets a comparison reads. The checksum covers every sheet of CHECKSUM_SHEETS the file has
# (newer exports add a hidden Data sheet), so those are read too, each once.
REQUIRED_SHEETS = (SUMMARY, CRITERIA, RESPONDENTS, HISTORY, METADATA)

ACCEPTED, REFUSED, EXCLUDED = "accepted", "refused", "excluded"
WRONG_FORMAT = "wrong format"
CHECKSUM_MISMATCH = "checksum mismatch"
NOT_FOUND = "not found"
PASSWORD_NEEDED = "password needed"  # refused until its password is given
DUPLICATE = "duplicate"
OTHER_PACK = "other pack"
INCOMPLETE = "incomplete"
OTHER_PACK_VERSION = "other pack version"
FILTERED = "filtered out"


class ReadCancelledError(PromiseTrackerError):
    """The user cancelled reading the files."""


class _RefusedError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


# --- what one file holds -----------------------------------------------------------------


@dataclass(frozen=True)
class StandardScore:
    number: str
    title: str
    percent: float | None  # 0..100
    completeness: float | None  # 0..100


@dataclass(frozen=True)
class HistoryPoint:
    """One History row: a round of the unit (History rows carry no round id)."""

    date: dt.date | None
    title: str
    status: str
    overall: float | None
    completeness: float | None
    standards: Mapping[str, float | None]  # standard number -> percent


@dataclass(frozen=True)
class PlannedAction:
    """An action of a unit's plan as its export carries it: what the comparison lists."""

    criterion_id: str
    title: str
    lead_agency: str  # an agency code, or "" when not decided
    responsible_role: str
    due_date: dt.date | None
    status: str
    overdue: bool = False  # set by `compare`: still open after its due date


@dataclass(frozen=True)
class ExportSummary:
    """What the comparison needs of one export file; `status` is REFUSED with a reason if
    the file could not be read or verified (the other fields are then empty)."""

    path: Path
    status: str = ACCEPTED
    reason: str = ""
    detail: str = ""
    kind: str = ""  # "round" or "unit"
    unit_id: str = ""
    unit_name: str = ""
    country: str = ""
    lead_agency: str = ""
    pack_id: str = ""
    pack_version: str = ""
    pack_hash: str = ""
    round_ids: tuple[str, ...] = ()
    round_id: str = ""  # the round the Summary shows: the one compared
    round_title: str = ""
    round_date: dt.date | None = None
    round_status: str = ""
    overall: float | None = None
    completeness: float | None = None
    standards: tuple[StandardScore, ...] = ()
    history: tuple[HistoryPoint, ...] = ()
    answers: Mapping[str, str | None] = field(default_factory=dict)  # criterion -> code
    criterion_standard: Mapping[str, str] = field(default_factory=dict)
    # The Summary round's barriers (criterion -> kind) and the unit's actions (status, due).
    barriers: Mapping[str, str] = field(default_factory=dict)
    actions: tuple[tuple[str, dt.date | None], ...] = ()
    plan: tuple[PlannedAction, ...] = ()  # the same actions, in full
    # Where a summary not read from a file came from (e.g. "Database promise.db"), shown
    # instead of the file's name; "" for a file.
    source: str = ""

    @property
    def accepted(self) -> bool:
        return self.status == ACCEPTED

    @property
    def name(self) -> str:
        """What the summary is called in lists: its source, or its file's name."""
        return self.source or self.path.name


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given; a folder becomes its *.xlsx files (sorted; no lock or temp files)."""
    files: list[Path] = []
    for item in map(Path, paths):
        if item.is_dir():
            files.extend(
                p
                for p in sorted(item.glob("*.xlsx"))
                if p.is_file() and not p.name.startswith(("~$", "."))
            )
        else:
            files.append(item)
    return files


def read_many(
    paths: Iterable[Path | str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    passwords: Sequence[str] = (),
) -> list[ExportSummary]:
    """Read every file (folders expand to *.xlsx); safe to run off the GUI thread.

    `progress(i, n)` is called after the i-th of n files; `cancelled()` is asked before
    each file and ReadCancelledError is raised as soon as it returns True.
    """
    files = expand_paths(paths)
    summaries: list[ExportSummary] = []
    with records_kept() as keep:
        for index, path in enumerate(files, start=1):
            if cancelled is not None and cancelled():
                raise ReadCancelledError(
                    translate("Compare", "Cancelled after {done} of {total} files.").format(
                        done=index - 1, total=len(files)
                    )
                )
            summaries.append(read_export_summary(path, passwords=passwords))
            keep()  # the summaries read so far stay to the end
            if progress is not None:
                progress(index, len(files))
    return summaries


def read_export_summary(path: Path | str, *, passwords: Sequence[str] = ()) -> ExportSummary:
    """Read one export file; never raises for a bad file, which comes back REFUSED
    (reason PASSWORD_NEEDED for a protected file none of `passwords` opens)."""
    path = Path(path)
    try:
        return _read(path, passwords)
    except _RefusedError as refusal:
        return ExportSummary(path, REFUSED, refusal.reason, refusal.detail)


def _read(path: Path, passwords: Sequence[str]) -> ExportSummary:
    from promise_tracker.exchange.round_import import QUESTIONNAIRE_FORMAT
    from promise_tracker.exchange.safe_xlsx import (
        ImportFileError,
        PasswordNeededError,
        check_no_formulas,
        read_workbook,
    )

    if not path.is_file():
        raise _RefusedError(
            NOT_FOUND, translate("Compare", "{file}: no such file").format(file=path.name)
        )
    try:
        # The same checks and the same reading as an import (zip, size, macros, encryption,
        # entities), so a file one accepts the other accepts too.
        workbook = read_workbook(path, passwords=passwords)
    except PasswordNeededError as error:
        raise _RefusedError(PASSWORD_NEEDED, error.reason) from error
    except ImportFileError as error:
        raise _RefusedError(WRONG_FORMAT, error.reason) from error
    if METADATA not in workbook.sheets:
        raise _RefusedError(
            WRONG_FORMAT,
            translate("Compare", "no Metadata sheet: not a PROMISE tracker export"),
        )
    meta = {
        str(row[0]): row[1] if len(row) > 1 else None
        for row in workbook.sheets[METADATA].rows
        if row and row[0] is not None
    }
    if meta.get("format") == QUESTIONNAIRE_FORMAT:
        raise _RefusedError(
            WRONG_FORMAT,
            translate(
                "Compare",
                "a respondent's questionnaire, not an export; a comparison reads round or unit "
                "exports (a questionnaire is imported into its round with Team > Import "
                "questionnaires…)",
            ),
        )
    if meta.get("format") != FORMAT_NAME:
        raise _RefusedError(WRONG_FORMAT, translate("Compare", "not a PROMISE tracker export"))
    if meta.get("format_version") not in READABLE_VERSIONS:
        raise _RefusedError(
            WRONG_FORMAT,
            translate(
                "Compare", "export format version {version}; this version reads {supported}"
            ).format(version=repr(meta.get("format_version")), supported=FORMAT_VERSION),
        )
    present = [name for name in CHECKSUM_SHEETS if name in workbook.sheets]
    missing = [name for name in REQUIRED_SHEETS if name not in present]
    if missing:
        raise _RefusedError(
            WRONG_FORMAT,
            translate("Compare", "sheets missing: {sheets}").format(sheets=", ".join(missing)),
        )
    try:
        check_no_formulas(path, workbook)
    except ImportFileError as error:
        raise _RefusedError(CHECKSUM_MISMATCH, error.reason) from error
    book = _CachedBook({name: list(workbook.sheets[name].rows) for name in present})
    if data_checksum(book) != meta.get(CHECKSUM_KEY):
        raise _RefusedError(
            CHECKSUM_MISMATCH,
            translate("Compare", "the data checksum does not match: changed after export"),
        )
    return _parse(path, meta, book)


class _CachedSheet:
    """Rows already read, offered as `data_checksum` reads a sheet (title and iter_rows)."""

    def __init__(self, title: str, rows: list[tuple[Any, ...]]) -> None:
        self.title, self.rows = title, rows

    def iter_rows(self, values_only: bool = True) -> Iterator[tuple[Any, ...]]:
        assert values_only
        return iter(self.rows)


class _CachedBook:
    """The sheets read, offered as `data_checksum` reads a workbook (sheetnames and [name])."""

    def __init__(self, sheets: dict[str, list[tuple[Any, ...]]]) -> None:
        self.sheets = {name: _CachedSheet(name, rows) for name, rows in sheets.items()}
        self.sheetnames = list(self.sheets)

    def __getitem__(self, name: str) -> _CachedSheet:
        return self.sheets[name]


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _percent(value: object) -> float | None:
    """A share cell (0..1) as a percentage; anything else is no score."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    # Shares are stored with 6 decimals (cells.SHARE_DECIMALS): 4 decimals of a percentage.
    return round(float(value) * 100, 4)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _columns(header: Sequence[object]) -> dict[str, int]:
    return {_text(title): index for index, title in enumerate(header) if title is not None}


def _parse(path: Path, meta: Mapping[str, object], book: _CachedBook) -> ExportSummary:
    try:
        return _parse_sheets(path, meta, book)
    except (KeyError, IndexError, TypeError, ValueError, StopIteration) as error:
        raise _RefusedError(
            WRONG_FORMAT,
            translate(
                "Compare",
                "its sheets are not laid out as an export's (a heading or a column the "
                "comparison reads is missing); export the file again",
            ),
        ) from error


def _unit_record(book: _CachedBook) -> dict[str, Any]:
    """The unit record of the Data sheet, which newer exports carry (lead agency included)."""
    if DATA not in book.sheetnames:
        return {}
    for row in book[DATA].rows:
        text = record_text(row) if row and row[0] == "unit" else None
        if text is not None:
            try:
                record = json.loads(text)
            except ValueError:
                return {}
            return record if isinstance(record, dict) else {}
    return {}


def _plan_records(book: _CachedBook, kinds: frozenset[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The Data sheet's records of `kinds` (the checksum has vouched for them)."""
    if DATA not in book.sheetnames:
        return
    for row in book[DATA].rows:
        if not row or row[0] not in kinds:
            continue
        text = record_text(row)
        try:
            record = json.loads(text) if text is not None else None
        except ValueError:
            continue
        if isinstance(record, dict):
            yield str(row[0]), record


def _parse_sheets(path: Path, meta: Mapping[str, object], book: _CachedBook) -> ExportSummary:
    # Summary: a key/value block from row 3, then the table under a "Standard" header.
    values: dict[str, object] = {}
    standards: list[StandardScore] = []
    rows = book[SUMMARY].rows
    index = 2
    while index < len(rows) and rows[index] and rows[index][0] is not None:
        row = rows[index]
        values[_text(row[0])] = row[1] if len(row) > 1 else None
        index += 1
    header_at = next(i for i, row in enumerate(rows) if row and row[0] == "Standard")
    columns = _columns(rows[header_at])
    for row in rows[header_at + 1 :]:
        if not row or row[0] is None:
            break
        standards.append(
            StandardScore(
                _text(row[columns["Standard"]]),
                _text(row[columns["Title"]]),
                _percent(row[columns["Score"]]),
                _percent(row[columns["Completeness"]]),
            )
        )

    history: list[HistoryPoint] = []
    history_rows = book[HISTORY].rows
    columns = _columns(history_rows[0])
    standard_columns = {
        title.removeprefix("Standard "): column
        for title, column in columns.items()
        if title.startswith("Standard ")
    }
    for row in history_rows[1:]:
        if not row or all(v is None for v in row):
            continue
        history.append(
            HistoryPoint(
                _date(row[columns["Date"]]),
                _text(row[columns["Round"]]),
                _text(row[columns["Status"]]),
                _percent(row[columns["Overall"]]),
                _percent(row[columns["Completeness"]]),
                {
                    n: _percent(row[c]) if c < len(row) else None
                    for n, c in standard_columns.items()
                },
            )
        )

    round_title = _text(values.get("Round"))
    round_date = _date(values.get("Round date"))
    answers: dict[str, str | None] = {}
    criterion_standard: dict[str, str] = {}
    criteria_rows = book[CRITERIA].rows
    columns = _columns(criteria_rows[0])
    for row in criteria_rows[1:]:
        if not row or row[columns["Criterion"]] is None:
            continue
        if _date(row[columns["Round date"]]) != round_date:
            continue
        if _text(row[columns["Round"]]) != round_title:
            continue
        criterion = _text(row[columns["Criterion"]])
        code = row[columns["Answer code"]]
        answers[criterion] = None if code is None else _text(code)
        criterion_standard[criterion] = _text(row[columns["Standard"]])

    unit_record = _unit_record(book)
    round_ids = tuple(i for i in _text(meta.get("round_ids")).split(",") if i)
    kind = _text(meta.get("export_kind"))
    unit_id = _text(meta.get("unit_id"))
    if not unit_id or not round_ids:
        raise ValueError("no unit or round ids in the Metadata sheet")
    barriers: dict[str, str] = {}
    actions: list[tuple[str, dt.date | None]] = []
    plan: list[PlannedAction] = []
    for record_kind, record in _plan_records(book, frozenset({"barrier", "action"})):
        if record_kind == "barrier" and record.get("round_id") == round_ids[-1]:
            barriers[_text(record.get("criterion_id"))] = _text(record.get("kind"))
        elif record_kind == "action":
            actions.append((_text(record.get("status")), _date(record.get("due_date"))))
            plan.append(
                PlannedAction(
                    criterion_id=_text(record.get("criterion_id")),
                    title=_text(record.get("title")),
                    lead_agency=_text(record.get("lead_agency")),
                    responsible_role=_text(record.get("responsible_role")),
                    due_date=actions[-1][1],
                    status=actions[-1][0],
                )
            )
    return ExportSummary(
        path=path,
        kind=kind,
        unit_id=unit_id,
        unit_name=_text(values.get("Unit")),
        # The codes from the unit record (the Summary shows names since format 2).
        country=_text(unit_record.get("country", values.get("Country"))),
        lead_agency=_text(
            unit_record.get("lead_agency") or meta.get("lead_agency") or values.get("Lead agency")
        ),
        pack_id=_text(meta.get("pack_id")),
        pack_version=_text(meta.get("pack_version")),
        pack_hash=_text(meta.get("pack_content_hash")),
        round_ids=round_ids,
        round_id=round_ids[-1],  # a unit export's Summary shows its latest round
        round_title=round_title,
        round_date=round_date,
        round_status=_text(values.get("Round status")),
        overall=_percent(values.get("Overall score")),
        completeness=_percent(values.get("Completeness")),
        standards=tuple(standards),
        history=tuple(history),
        answers=answers,
        criterion_standard=criterion_standard,
        barriers=barriers,
        actions=tuple(actions),
        plan=tuple(plan),
    )


# --- the comparison ---------------------------------------------------------------------


@dataclass(frozen=True)
class FileReport:
    path: Path
    status: str  # ACCEPTED, REFUSED or EXCLUDED
    reason: str = ""  # why refused or excluded
    detail: str = ""
    unit_id: str = ""
    unit_name: str = ""  # the alias, if one was given
    round_title: str = ""
    warnings: tuple[str, ...] = ()  # INCOMPLETE, OTHER_PACK_VERSION
    source: str = ""  # as ExportSummary.source

    @property
    def accepted(self) -> bool:
        return self.status == ACCEPTED

    @property
    def name(self) -> str:
        """What the report is called in lists: its source, or its file's name."""
        return self.source or self.path.name


@dataclass(frozen=True)
class UnitRow:
    """A unit's latest round: one row of the units x standards table."""

    unit_id: str
    name: str
    country: str
    lead_agency: str
    pack: str  # "id version (hash)"
    round_title: str
    round_date: dt.date | None
    overall: float | None
    completeness: float | None
    scores: Mapping[str, float | None]  # shared standard number -> percent
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class StandardStats:
    number: str
    title: str
    units: int  # units with a score for the standard
    minimum: float | None
    median: float | None
    maximum: float | None


@dataclass(frozen=True)
class UnmetCriterion:
    criterion_id: str
    standard: str
    count: int  # units whose consensus answer is unmet
    units: int  # units compared on the criterion
    unit_names: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.count / self.units if self.units else 0.0


BARRIER_KINDS = ("law-or-policy", "funding", "organisation", "not-started", "other")
OPEN_ACTION_STATUSES = frozenset({"planned", "in-progress"})


@dataclass(frozen=True)
class BarrierCount:
    """How many compared units name each kind of barrier for a criterion."""

    criterion_id: str
    standard: str
    by_kind: Mapping[str, int]  # barrier kind -> units
    unit_names: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class UnitActions:
    """A unit's action plan at a glance: actions still open, and those past their due date."""

    unit_id: str
    name: str
    open: int
    overdue: int
    items: tuple[PlannedAction, ...] = ()  # the open actions, overdue marked, by due date


@dataclass(frozen=True)
class RankEntry:
    rank: int
    unit_id: str
    name: str
    overall: float | None


@dataclass(frozen=True)
class TrendPoint:
    date: dt.date | None
    title: str
    overall: float | None


@dataclass(frozen=True)
class Trend:
    unit_id: str
    name: str
    points: tuple[TrendPoint, ...]  # oldest first


@dataclass(frozen=True)
class Comparison:
    units: tuple[UnitRow, ...]  # in ranking order
    standards: tuple[str, ...]  # standard numbers compared (shared by every unit)
    standard_titles: Mapping[str, str]
    statistics: tuple[StandardStats, ...]
    most_unmet: tuple[UnmetCriterion, ...]  # most often unmet first; only count > 0
    ranking: tuple[RankEntry, ...]
    trends: tuple[Trend, ...]  # units with two or more rounds
    files: tuple[FileReport, ...]  # one per summary, in the order given
    reference_pack: tuple[str, str, str]  # (id, version, hash) most units use
    not_shared_standards: tuple[str, ...]
    not_shared_criteria: tuple[str, ...]
    country: str | None = None
    lead_agency: str | None = None
    barriers: tuple[BarrierCount, ...] = ()  # most often named first
    actions: tuple[UnitActions, ...] = ()  # in ranking order
    # Criteria of the reference version whose meaning differs in another compared unit's
    # version (by the crosswalks): left out of the counts of unmet criteria and barriers.
    changed_criteria: tuple[str, ...] = ()

    @property
    def accepted_files(self) -> int:
        return sum(f.accepted for f in self.files)


def _sort_key(standard: str) -> tuple[int, str]:
    head = standard.split(".")[0]
    return (int(head) if head.isdigit() else 10**6, standard)


def compare(
    summaries: Sequence[ExportSummary],
    aliases: Mapping[str, str] | None = None,
    *,
    country: str | None = None,
    lead_agency: str | None = None,
    incomplete_below: float = INCOMPLETE_BELOW,
    today: dt.date | None = None,
    crosswalks: Sequence[Crosswalk] = (),
) -> Comparison:
    """Compare the units of the accepted files (see the module docstring for the rules);
    actions due before `today` (the current date by default) and still open are overdue.
    `crosswalks` lead between the versions of the pack (the installed ones)."""
    today = today or dt.date.today()
    aliases = dict(aliases or {})

    def name_of(summary: ExportSummary) -> str:
        return aliases.get(summary.unit_id) or summary.unit_name or summary.unit_id

    reports: dict[int, FileReport] = {}
    candidates: list[tuple[int, ExportSummary]] = []
    seen: dict[tuple[str, frozenset[str]], str] = {}
    for index, summary in enumerate(summaries):
        if not summary.accepted:
            # Refused when read, or left out where it came from (a unit of a database without
            # the round asked for): listed with its reason.
            status = EXCLUDED if summary.status == EXCLUDED else REFUSED
            reports[index] = _report(
                summary, name_of(summary), status, summary.reason, summary.detail
            )
            continue
        key = (summary.unit_id, frozenset(summary.round_ids))
        if key in seen:
            reports[index] = _report(
                summary,
                name_of(summary),
                REFUSED,
                DUPLICATE,
                translate("Compare", "same unit and rounds as {file}").format(file=seen[key]),
            )
            continue
        seen[key] = summary.name
        if country and summary.country.casefold() != country.casefold():
            reports[index] = _report(
                summary,
                name_of(summary),
                EXCLUDED,
                FILTERED,
                translate("Compare", "country {country}").format(
                    country=summary.country or translate("Compare", "not given")
                ),
            )
            continue
        if lead_agency and summary.lead_agency.casefold() != lead_agency.casefold():
            given = summary.lead_agency or translate("Compare", "not in the file")
            reports[index] = _report(
                summary,
                name_of(summary),
                EXCLUDED,
                FILTERED,
                translate("Compare", "lead agency {agency}").format(agency=given),
            )
            continue
        candidates.append((index, summary))

    pack_ids = Counter(s.pack_id for _, s in candidates)
    main_pack = min(pack_ids, key=lambda p: (-pack_ids[p], p)) if pack_ids else ""
    kept: list[tuple[int, ExportSummary]] = []
    for index, summary in candidates:
        if summary.pack_id != main_pack:
            reports[index] = _report(
                summary,
                name_of(summary),
                REFUSED,
                OTHER_PACK,
                translate("Compare", "pack {pack}; most files use {main}").format(
                    pack=summary.pack_id, main=main_pack
                ),
            )
        else:
            kept.append((index, summary))

    # Each unit's latest round; a unit export wins a tie with a round export of that round.
    by_unit: dict[str, list[ExportSummary]] = {}
    for _, summary in kept:
        by_unit.setdefault(summary.unit_id, []).append(summary)
    latest = {
        unit_id: max(
            files, key=lambda s: (s.round_date or dt.date.min, s.kind == "unit", len(s.round_ids))
        )
        for unit_id, files in by_unit.items()
    }
    packs = Counter((s.pack_id, s.pack_version, s.pack_hash) for s in latest.values())
    reference = min(packs, key=lambda p: (-packs[p], p)) if packs else ("", "", "")

    # What each unit answered, under the reference version's criterion ids.
    changed: set[str] = set()
    answered = dict(latest)
    for unit_id, summary in latest.items():
        if summary.pack_id == reference[0] and summary.pack_version != reference[1]:
            mapping, not_comparable = _to_reference(
                crosswalks, summary.pack_id, summary.pack_version, reference[1]
            )
            if mapping is not None:
                changed |= not_comparable
                answered[unit_id] = replace(
                    summary,
                    answers={mapping[c]: v for c, v in summary.answers.items() if c in mapping},
                    barriers={mapping[c]: k for c, k in summary.barriers.items() if c in mapping},
                    criterion_standard={
                        mapping[c]: n for c, n in summary.criterion_standard.items() if c in mapping
                    },
                )
    all_standards = [{s.number for s in summary.standards} for summary in latest.values()]
    all_criteria = [set(summary.answers) for summary in answered.values()]
    shared_standards = set.intersection(*all_standards) if all_standards else set()
    shared_criteria = set.intersection(*all_criteria) if all_criteria else set()
    union_standards = set().union(*all_standards)
    union_criteria: set[str] = set().union(*all_criteria)
    titles: dict[str, str] = {}
    for summary in latest.values():
        for score in summary.standards:
            titles.setdefault(score.number, score.title)
    standards = tuple(sorted(shared_standards, key=_sort_key))

    rows: list[UnitRow] = []
    for unit_id, summary in latest.items():
        flags: list[str] = []
        if (summary.completeness or 0.0) < incomplete_below:
            flags.append(INCOMPLETE)
        if (summary.pack_id, summary.pack_version, summary.pack_hash) != reference:
            flags.append(OTHER_PACK_VERSION)
        by_number = {s.number: s.percent for s in summary.standards}
        rows.append(
            UnitRow(
                unit_id=unit_id,
                name=name_of(summary),
                country=summary.country,
                lead_agency=summary.lead_agency,
                pack=f"{summary.pack_id} {summary.pack_version} ({summary.pack_hash[:12]})",
                round_title=summary.round_title,
                round_date=summary.round_date,
                overall=summary.overall,
                completeness=summary.completeness,
                scores={n: by_number.get(n) for n in standards},
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda r: (r.overall is None, -(r.overall or 0.0), r.name.casefold(), r.unit_id))
    ranking = tuple(
        RankEntry(rank, r.unit_id, r.name, r.overall) for rank, r in enumerate(rows, start=1)
    )
    flags_by_unit = {r.unit_id: r.flags for r in rows}

    for index, summary in kept:
        chosen = latest[summary.unit_id] is summary
        detail = (
            ""
            if chosen
            else translate("Compare", "an older round of the unit; used for its trend only")
        )
        warnings = flags_by_unit[summary.unit_id] if chosen else ()
        reports[index] = _report(summary, name_of(summary), ACCEPTED, "", detail, warnings)

    stats = []
    for number in standards:
        values = sorted(v for r in rows if (v := r.scores.get(number)) is not None)
        stats.append(
            StandardStats(
                number,
                titles.get(number, ""),
                len(values),
                values[0] if values else None,
                statistics.median(values) if values else None,
                values[-1] if values else None,
            )
        )

    unmet: list[UnmetCriterion] = []
    # A criterion that changed meaning counts over the units that answered its present one.
    for criterion in shared_criteria | changed:
        having = [s for s in answered.values() if criterion in s.answers]
        names = tuple(sorted(name_of(s) for s in having if s.answers[criterion] in UNMET_CODES))
        if names:
            standard = having[0].criterion_standard.get(criterion, "")
            unmet.append(UnmetCriterion(criterion, standard, len(names), len(having), names))
    unmet.sort(key=lambda u: (-u.count, _sort_key(u.standard), u.criterion_id))

    trends = []
    for row in rows:
        points: dict[tuple[dt.date | None, str], TrendPoint] = {}
        for summary in by_unit[row.unit_id]:
            for point in summary.history:
                points[(point.date, point.title)] = TrendPoint(
                    point.date, point.title, point.overall
                )
        ordered = sorted(points.values(), key=lambda p: (p.date or dt.date.min, p.title))
        if len(ordered) >= 2:
            trends.append(Trend(row.unit_id, row.name, tuple(ordered)))

    shown_names = {row.unit_id: row.name for row in rows}
    barrier_units: dict[str, dict[str, list[str]]] = {}
    for unit_id, summary in answered.items():
        for criterion, kind in summary.barriers.items():
            by_kind = barrier_units.setdefault(criterion, {})
            by_kind.setdefault(kind, []).append(shown_names[unit_id])
    standards_of = {
        c: s for summary in answered.values() for c, s in summary.criterion_standard.items()
    }
    barriers = [
        BarrierCount(
            criterion,
            standards_of.get(criterion, ""),
            {kind: len(units) for kind, units in sorted(by_kind.items())},
            tuple(sorted(n for units in by_kind.values() for n in units)),
        )
        for criterion, by_kind in barrier_units.items()
    ]
    barriers.sort(key=lambda b: (-b.total, _sort_key(b.standard), b.criterion_id))
    actions = []
    for row in rows:
        plan = latest[row.unit_id].actions
        open_due = [due for status, due in plan if status in OPEN_ACTION_STATUSES]
        overdue = sum(1 for due in open_due if due is not None and due < today)
        items = sorted(
            (
                replace(a, overdue=a.due_date is not None and a.due_date < today)
                for a in latest[row.unit_id].plan
                if a.status in OPEN_ACTION_STATUSES
            ),
            key=lambda a: (a.due_date is None, a.due_date or dt.date.max, a.criterion_id, a.title),
        )
        actions.append(UnitActions(row.unit_id, row.name, len(open_due), overdue, tuple(items)))

    return Comparison(
        units=tuple(rows),
        standards=standards,
        standard_titles={n: titles.get(n, "") for n in sorted(union_standards, key=_sort_key)},
        statistics=tuple(stats),
        most_unmet=tuple(unmet),
        ranking=ranking,
        trends=tuple(trends),
        files=tuple(reports[i] for i in range(len(summaries))),
        reference_pack=reference,
        not_shared_standards=tuple(sorted(union_standards - shared_standards, key=_sort_key)),
        not_shared_criteria=tuple(sorted(union_criteria - shared_criteria - changed)),
        country=country,
        lead_agency=lead_agency,
        barriers=tuple(barriers),
        actions=tuple(actions),
        changed_criteria=tuple(sorted(changed)),
    )


def _to_reference(
    crosswalks: Sequence[Crosswalk], pack_id: str, version: str, reference: str
) -> tuple[dict[str, str] | None, set[str]]:
    """A unit's criterion ids -> the reference version's ids, for the criteria that mean the
    same in both versions, and the reference ids that do not; (None, {}) without a crosswalk
    (the ids are then matched as they are)."""
    forward = chain(crosswalks, pack_id, version, reference)
    if forward is not None:  # the unit is on an older version
        carried = forward.carried()
        return carried, set(forward.not_comparable())
    backward = chain(crosswalks, pack_id, reference, version)
    if backward is not None:  # the unit is on a newer version
        carried = backward.carried()
        not_comparable = {c.old_id for c in backward.changes if c.old_id not in carried}
        return {new: old for old, new in carried.items()}, not_comparable
    return None, set()


def _report(
    summary: ExportSummary,
    name: str,
    status: str,
    reason: str,
    detail: str,
    warnings: tuple[str, ...] = (),
) -> FileReport:
    return FileReport(
        summary.path,
        status,
        reason,
        detail,
        summary.unit_id,
        name,
        summary.round_title,
        warnings,
        summary.source,
    )


__all__ = [
    "BarrierCount",
    "Comparison",
    "ExportSummary",
    "FileReport",
    "PlannedAction",
    "ReadCancelledError",
    "UnitActions",
    "compare",
    "expand_paths",
    "read_export_summary",
    "read_many",
]
