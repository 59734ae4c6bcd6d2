"""Reads a PROMISE tracker export back into plain records, refusing anything not trustworthy.

The checks, in order: the file is a safe, readable .xlsx (see `safe_xlsx`); it has the
Metadata sheet of our format in a version this app reads (a respondent's questionnaire is
named as such, with the command that imports it); no cell holds a formula a person typed
(`safe_xlsx` accepts what spreadsheet programs write for the export's own values, the same
rule for an import and a comparison); the data checksum matches (nothing was changed after
export); the hidden Data sheet holds well-formed records (a record may span several cells,
see `round_export`); every round's pack is installed, with the criteria, answer codes and
perspectives the records use. Every refusal says in plain words what is wrong, never an
exception's own text. Nothing here writes: `services.importing` decides what to store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.exchange.round_export import (
    CHECKSUM_KEY,
    DATA,
    DATA_HEADER,
    FORMAT_NAME,
    FORMAT_VERSION,
    METADATA,
    READABLE_VERSIONS,
    checksum_of_values,
    record_text,
)
from promise_tracker.exchange.safe_xlsx import (
    ImportFileError,
    WorkbookData,
    check_no_formulas,
    read_workbook,
)
from promise_tracker.i18n import translate
from promise_tracker.standards.model import Pack


class PackLookup(Protocol):
    """What reading needs of `standards.registry.PackRegistry`."""

    def find(self, pack_id: str, version: str, content_hash: str) -> Pack | None: ...


@dataclass(frozen=True)
class ImportedRound:
    round: Round
    respondents: tuple[Respondent, ...]
    answers: tuple[Answer, ...]  # consensus and respondents' answers
    barriers: tuple[Barrier, ...] = ()


@dataclass(frozen=True)
class ExportFile:
    """Everything an export file holds that an import stores, checked and typed."""

    path: Path
    kind: str  # "round" or "unit"
    unit: Unit
    rounds: tuple[ImportedRound, ...]
    events: tuple[Event, ...]
    redacted: bool
    language: str
    # The unit's action plan (files of format 1 have none).
    actions: tuple[Action, ...] = ()


def read_export(
    path: Path | str, packs: PackLookup, *, passwords: Sequence[str] = ()
) -> ExportFile:
    """Read and check one export file; raises ImportFileError naming the file and the reason
    (PasswordNeededError for a protected file none of `passwords` opens)."""
    path = Path(path)
    workbook = read_workbook(path, passwords=passwords)
    meta = _metadata(path, workbook)
    check_no_formulas(path, workbook)
    _check_checksum(path, workbook, meta)
    if DATA not in workbook.sheets:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "was made by an older version of PROMISE tracker and lacks the data an import "
                "needs; export it again with this version",
            ),
        )
    records = _records(path, workbook)
    content = _build(path, meta, records)
    for imported in content.rounds:
        _check_against_pack(path, imported, packs)
    return content


# --- metadata, formulas, checksum ----------------------------------------------------------


def _metadata(path: Path, workbook: WorkbookData) -> dict[str, object]:
    if METADATA not in workbook.sheets:
        raise ImportFileError(
            path,
            translate(
                "ImportFile", "has no Metadata sheet; it is not an export made by PROMISE tracker"
            ),
        )
    meta: dict[str, object] = {}
    # From the first row: an export's starts with a "key"/"value" heading, a
    # questionnaire's with its format.
    for row in workbook.sheets[METADATA].rows:
        if row and isinstance(row[0], str):
            meta[row[0]] = row[1] if len(row) > 1 else None
    if meta.get("format") == QUESTIONNAIRE_FORMAT:
        raise ImportFileError(path, questionnaire_given())
    if meta.get("format") != FORMAT_NAME:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "is not an export made by PROMISE tracker (its Metadata names no known format)",
            ),
        )
    version = meta.get("format_version")
    if isinstance(version, str) and version.strip().isdigit():
        version = int(version)
    if not isinstance(version, int | float) or isinstance(version, bool) or version < 1:
        raise ImportFileError(
            path,
            translate("ImportFile", "has an unknown export format version ({version})").format(
                version=repr(version)
            ),
        )
    if version > FORMAT_VERSION:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "was made by a newer version of PROMISE tracker (export format {version:g}; this "
                "version reads format {supported}); update PROMISE tracker to import it",
            ).format(version=version, supported=FORMAT_VERSION),
        )
    if version not in READABLE_VERSIONS:
        raise ImportFileError(
            path,
            translate("ImportFile", "has an unknown export format version ({version})").format(
                version=f"{version:g}"
            ),
        )
    return meta


# The format name of a respondent's questionnaire (exchange.questionnaire.FORMAT_NAME; not
# imported from there, which reads exports' names from here).
QUESTIONNAIRE_FORMAT = "promise-tracker-questionnaire"


def questionnaire_given() -> str:
    """Why a questionnaire is refused where an export is expected, and what imports it."""
    return translate(
        "ImportFile",
        "is a respondent's questionnaire, not a round or unit export; import it into its round "
        "with Team > Import questionnaires… in the app, or with the command "
        "“promise-tracker questionnaire import”",
    )


def _check_checksum(path: Path, workbook: WorkbookData, meta: dict[str, object]) -> None:
    stored = meta.get(CHECKSUM_KEY)
    actual = checksum_of_values({name: s.rows for name, s in workbook.sheets.items()})
    if stored != actual:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "the file was changed after export (its data checksum does not match); "
                "import the file as it was exported",
            ),
        )


# --- records -------------------------------------------------------------------------------


def _records(path: Path, workbook: WorkbookData) -> list[tuple[int, str, dict[str, Any]]]:
    rows = workbook.sheets[DATA].rows
    if not rows or tuple(rows[0][:2]) != DATA_HEADER:
        raise ImportFileError(
            path, translate("ImportFile", "has a damaged Data sheet (no header row)")
        )
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(value is not None for value in row):
            continue
        kind = row[0]
        text = record_text(row)  # one cell, or several for a long record
        if kind not in _SPECS or text is None:
            raise ImportFileError(path, _damaged_row(number))
        try:
            fields = json.loads(text)
        except ValueError as error:  # a cut or edited record; json's own words help nobody
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has a damaged record in the Data sheet, row {row}: it is cut short or "
                    "not in the export's format; export the file again",
                ).format(row=number),
            ) from error
        if not isinstance(fields, dict):
            raise ImportFileError(path, _damaged_row(number))
        records.append((number, str(kind), _typed(path, number, str(kind), fields)))
    return records


def _damaged_row(number: int) -> str:
    return translate("ImportFile", "has a damaged record in the Data sheet, row {row}").format(
        row=number
    )


def _kind_name(kind: str) -> str:
    """The name of a kind of record in the interface language."""
    names = {
        "unit": translate("ImportFile", "unit"),
        "round": translate("ImportFile", "round"),
        "respondent": translate("ImportFile", "respondent"),
        "answer": translate("ImportFile", "answer"),
        "event": translate("ImportFile", "event"),
        "action": translate("ImportFile", "action"),
        "barrier": translate("ImportFile", "barrier"),
    }
    return names.get(kind, kind)


class _FieldError(Exception):
    """A field of a record holds the wrong kind of value; `expected` says what it should."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _FieldError(translate("ImportFile", "text"))
    return value


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _optional_int(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _FieldError(translate("ImportFile", "a whole number"))
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _FieldError(translate("ImportFile", "true or false"))
    return value


def _optional_date(value: object) -> dt.date | None:
    return None if value is None else _date(value)


def _action_status(value: object) -> ActionStatus:
    statuses = {status.value: status for status in ActionStatus}
    if isinstance(value, str) and value in statuses:
        return statuses[value]
    raise _FieldError(
        translate("ImportFile", "an action status ({statuses})").format(
            statuses=", ".join(statuses)
        )
    )


def _barrier_kind(value: object) -> BarrierKind:
    kinds = {kind.value: kind for kind in BarrierKind}
    if isinstance(value, str) and value in kinds:
        return kinds[value]
    raise _FieldError(
        translate("ImportFile", "a kind of barrier ({kinds})").format(kinds=", ".join(kinds))
    )


def _date(value: object) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _FieldError(translate("ImportFile", "a date (year-month-day)"))


def _status(value: object) -> RoundStatus:
    statuses = {status.value: status for status in RoundStatus}
    if isinstance(value, str) and value in statuses:
        return statuses[value]
    raise _FieldError(
        translate("ImportFile", "a round status ({statuses})").format(statuses=", ".join(statuses))
    )


_Convert = Callable[[object], object]
_SPECS: dict[str, dict[str, _Convert]] = {
    "unit": {
        "id": _text,
        "name": _text,
        "country": _text,
        "region": _text,
        "lead_agency": _text,
        "year_opened": _optional_int,
    },
    "round": {
        "id": _text,
        "unit_id": _text,
        "title": _text,
        "date": _date,
        "pack_id": _text,
        "pack_version": _text,
        "pack_hash": _text,
        "status": _status,
        "compare_round_id": _optional_text,
    },
    "respondent": {
        "id": _text,
        "round_id": _text,
        "alias": _text,
        "perspective": _text,
        "agency": _text,
    },
    "answer": {
        "round_id": _text,
        "criterion_id": _text,
        "respondent_id": _optional_text,
        "value": _optional_text,
        "note": _text,
        "na_justification": _text,
        "flagged": _flag,
        "dissent": _text,
        "carried": _flag,
    },
    "event": {
        "id": _text,
        "unit_id": _text,
        "date": _date,
        "title": _text,
        "description": _text,
    },
    "barrier": {
        "round_id": _text,
        "criterion_id": _text,
        "kind": _barrier_kind,
        "text": _text,
    },
    "action": {
        "id": _text,
        "unit_id": _text,
        "criterion_id": _text,
        "title": _text,
        "round_id": _optional_text,
        "lead_agency": _text,
        "responsible_role": _text,
        "due_date": _optional_date,
        "status": _action_status,
        "progress_note": _text,
    },
}


# Fields added after the first release of the format, with the value older files mean.
_ADDED_LATER: dict[str, dict[str, object]] = {"answer": {"dissent": "", "carried": False}}


def _typed(path: Path, number: int, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    spec = _SPECS[kind]
    fields = {**_ADDED_LATER.get(kind, {}), **fields}
    if set(fields) != set(spec):
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "has a damaged {kind} record in the Data sheet, row {row} (wrong fields)",
            ).format(kind=_kind_name(kind), row=number),
        )
    typed: dict[str, Any] = {}
    for name, convert in spec.items():
        try:
            typed[name] = convert(fields[name])
        except _FieldError as error:
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has a damaged {kind} record in the Data sheet, row {row}: its field "
                    "{field} should hold {expected}",
                ).format(kind=_kind_name(kind), row=number, field=name, expected=error.expected),
            ) from error
    return typed


def _build(
    path: Path, meta: dict[str, object], records: list[tuple[int, str, dict[str, Any]]]
) -> ExportFile:
    units = [Unit(**fields) for _, kind, fields in records if kind == "unit"]
    if len(units) != 1:
        raise ImportFileError(
            path,
            translate("ImportFile", "holds {count} units in its Data sheet; expected 1").format(
                count=len(units)
            ),
        )
    unit = units[0]
    rounds = [Round(**fields) for _, kind, fields in records if kind == "round"]
    respondents = [Respondent(**fields) for _, kind, fields in records if kind == "respondent"]
    answers = [Answer(**fields) for _, kind, fields in records if kind == "answer"]
    events = [Event(**fields) for _, kind, fields in records if kind == "event"]
    barriers = [Barrier(**fields) for _, kind, fields in records if kind == "barrier"]
    actions = [Action(**fields) for _, kind, fields in records if kind == "action"]
    if not rounds:
        raise ImportFileError(path, translate("ImportFile", "holds no rounds"))
    _unique(path, "round", (r.id for r in rounds))
    _unique(path, "respondent", (r.id for r in respondents))
    _unique(path, "event", (e.id for e in events))
    _unique(path, "answer", (f"{a.round_id}/{a.criterion_id}/{a.respondent_id}" for a in answers))
    _unique(path, "barrier", (f"{b.round_id}/{b.criterion_id}" for b in barriers))
    _unique(path, "action", (a.id for a in actions))
    if meta.get("unit_id") != unit.id or str(meta.get("round_ids")) != ",".join(
        r.id for r in rounds
    ):
        raise ImportFileError(
            path, translate("ImportFile", "has a Data sheet that does not match its Metadata")
        )
    round_ids = {r.id for r in rounds}
    respondent_round = {r.id: r.round_id for r in respondents}
    inconsistent = (
        any(r.unit_id != unit.id for r in rounds)
        or any(e.unit_id != unit.id for e in events)
        or any(r.round_id not in round_ids for r in respondents)
        or any(a.round_id not in round_ids for a in answers)
        or any(b.round_id not in round_ids for b in barriers)
        # An action may name a round the file does not hold (a round export carries the
        # unit's whole action plan); it belongs to the unit.
        or any(a.unit_id != unit.id for a in actions)
        or any(
            a.respondent_id is not None and respondent_round.get(a.respondent_id) != a.round_id
            for a in answers
        )
    )
    if inconsistent:
        raise ImportFileError(
            path,
            translate("ImportFile", "has records in its Data sheet that do not belong together"),
        )
    imported = tuple(
        ImportedRound(
            round=r,
            respondents=tuple(p for p in respondents if p.round_id == r.id),
            answers=tuple(a for a in answers if a.round_id == r.id),
            barriers=tuple(b for b in barriers if b.round_id == r.id),
        )
        for r in rounds
    )
    return ExportFile(
        path=path,
        kind=str(meta.get("export_kind")),
        unit=unit,
        rounds=imported,
        events=tuple(events),
        redacted=meta.get("redacted") == "true",
        language=str(meta.get("language") or ""),
        actions=tuple(actions),
    )


def _unique(path: Path, kind: str, keys: Iterable[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ImportFileError(
                path,
                translate("ImportFile", "holds the {kind} {key} twice").format(
                    kind=_kind_name(kind), key=key
                ),
            )
        seen.add(key)


def _check_against_pack(path: Path, imported: ImportedRound, packs: PackLookup) -> None:
    rnd = imported.round
    pack = packs.find(rnd.pack_id, rnd.pack_version, rnd.pack_hash)
    if pack is None:
        raise ImportFileError(
            path,
            translate(
                "ImportFile",
                "needs the standards pack {pack} {version} (content {hash}) for the round "
                "'{round}', which is not installed here; add that pack file to the packs "
                "folder and import again",
            ).format(
                pack=rnd.pack_id, version=rnd.pack_version, hash=rnd.pack_hash[:12], round=rnd.title
            ),
        )
    perspectives = {p.id for p in pack.perspectives}
    for respondent in imported.respondents:
        if respondent.perspective not in perspectives:
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has the respondent perspective {perspective}, which the pack {pack} "
                    "{version} does not have",
                ).format(
                    perspective=repr(respondent.perspective), pack=pack.id, version=pack.version
                ),
            )
    for barrier in imported.barriers:
        if not pack.has_criterion(barrier.criterion_id):
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has a barrier for the criterion {criterion}, which the pack {pack} "
                    "{version} does not have",
                ).format(criterion=repr(barrier.criterion_id), pack=pack.id, version=pack.version),
            )
    allowed = pack.answer_scale.ids
    for answer in imported.answers:
        if not pack.has_criterion(answer.criterion_id):
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "answers the criterion {criterion}, which the pack {pack} {version} does "
                    "not have",
                ).format(criterion=repr(answer.criterion_id), pack=pack.id, version=pack.version),
            )
        if answer.value is not None and answer.value not in allowed:
            raise ImportFileError(
                path,
                translate(
                    "ImportFile",
                    "has the answer code {code} for {criterion}, which the pack's scale does "
                    "not allow (allowed: {allowed})",
                ).format(
                    code=repr(answer.value),
                    criterion=answer.criterion_id,
                    allowed=", ".join(allowed),
                ),
            )


__all__ = ["ExportFile", "ImportFileError", "ImportedRound", "PackLookup", "read_export"]
