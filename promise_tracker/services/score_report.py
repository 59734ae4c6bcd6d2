"""Scores of every unit, round and standard as plain data (for `score --json` and tests)."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from promise_tracker.domain.entities import Respondent, Round
from promise_tracker.domain.scoring import (
    RoundFigures,
    Score,
    count_block,
    count_cells,
    score_counts,
)
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.model import Pack
from promise_tracker.storage.light import DEFAULT_BUSY_TIMEOUT_MS, sqlite_file_of_url

if TYPE_CHECKING:
    from promise_tracker.storage.database import Database

log = logging.getLogger(__name__)


def score_dict(score: Score) -> dict[str, Any]:
    return {
        "percent": None if score.percent is None else round(score.percent, 2),
        "completeness": None if score.completeness is None else round(score.completeness, 2),
        "met": float(score.met),
        "applicable": score.applicable,
        "not_applicable": score.not_applicable,
        "unanswered": score.unanswered,
    }


class _Shown:
    """score_dict of each Score once: a network's rounds share most of their Scores (the
    scoring functions hand out one object per distinct score)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Score, dict[str, Any]]] = {}

    def __call__(self, score: Score) -> dict[str, Any]:
        found = self._seen.get(id(score))
        if found is None or found[0] is not score:
            found = self._seen[id(score)] = (score, score_dict(score))
        return dict(found[1])  # a copy: no two places of the report share a dict


def build_score_report(
    service: AssessmentService, language: str = "en", *, database: Database | None = None
) -> dict[str, Any]:
    """Every unit with its rounds; each round's consensus score overall and per standard.

    Given the service's database and it is an SQLite file, every round's answers are
    counted in one read of the file (see _counted_figures); otherwise, as on a server, each
    round's figures are read through the service.
    """
    shown = _Shown()
    # per pack, its assessed standards' numbers and titles
    titles: dict[int, tuple[Pack, list[tuple[str, str]]]] = {}
    all_units = service.units()
    rounds_of = {unit.id: service.rounds(unit.id) for unit in all_units}
    counted: dict[str, RoundFigures] = {}
    if database is not None and (path := sqlite_file_of_url(database.url)) is not None:
        every_round = [r for unit in all_units for r in rounds_of[unit.id]]
        counted = _counted_figures(service, path, every_round, read_only=database.read_only)
    units = []
    for unit in all_units:
        rounds = []
        for assessment_round in rounds_of[unit.id]:
            # Plain rows scored in one pass: a network's thousands of rounds would otherwise
            # build an Answer of every row and score every respondent apart for one mean.
            figures = counted.get(assessment_round.id) or service.round_figures(assessment_round)
            pack = service.pack_for(assessment_round)
            known = titles.get(id(pack))
            if known is None or known[0] is not pack:
                named = [(s.number, s.title.get(language)) for s in pack.assessed_units()]
                known = titles[id(pack)] = (pack, named)
            by_standard = figures.consensus.by_standard
            standards = [
                {"number": number, "title": title, **shown(by_standard[number])}
                for number, title in known[1]
            ]
            perspectives = {
                perspective: {
                    "respondents": scores.respondents,
                    **shown(scores.overall),
                }
                for perspective, scores in figures.by_perspective.items()
            }
            mean = figures.respondents_mean
            rounds.append(
                {
                    "id": assessment_round.id,
                    "title": assessment_round.title,
                    "date": assessment_round.date.isoformat(),
                    "status": assessment_round.status.value,
                    "pack": {
                        "id": assessment_round.pack_id,
                        "version": assessment_round.pack_version,
                        "hash": assessment_round.pack_hash,
                    },
                    "score_basis": "consensus",
                    "overall": shown(figures.consensus.overall),
                    "standards": standards,
                    "perspectives": perspectives,
                    "respondents_mean": None if mean is None else round(mean, 2),
                }
            )
        units.append(
            {
                "id": unit.id,
                "name": unit.name,
                "country": unit.country,
                "region": unit.region,
                "lead_agency": unit.lead_agency,
                "year_opened": unit.year_opened,
                "rounds": rounds,
            }
        )
    return {"units": units}


# Where each answer is counted (score_counts' blocks), worked out by SQLite: every row of the
# answers table comes back as one integer rather than five texts, which is most of the work of
# reading 1.3 million of them. The tables of cells and slots live in a database in memory, the
# data file attached to it read-only. The first character of an N/A reason decides most rows
# without Python: a printable ASCII character that is not a space means it is not blank.
_CELLS_TABLE = (
    "CREATE TABLE score_cells (pack INTEGER NOT NULL, criterion_id TEXT NOT NULL,"
    " value TEXT NOT NULL, cell INTEGER NOT NULL, needs_reason INTEGER NOT NULL,"
    " PRIMARY KEY (pack, criterion_id, value)) WITHOUT ROWID"
)
_SLOTS_TABLE = (
    "CREATE TABLE score_slots (round_id TEXT NOT NULL, respondent_id TEXT,"
    " pack INTEGER NOT NULL, start INTEGER NOT NULL)"
)
# Holding every column, the index answers the join without reading the table.
_SLOTS_INDEX = (
    "CREATE UNIQUE INDEX score_slots_key ON score_slots (round_id, respondent_id, pack, start)"
)
# Each round's respondents in the order the repositories list them (by alias).
_RESPONDENTS = (
    "SELECT id, round_id, alias, perspective, agency FROM data.respondents"
    " ORDER BY round_id, alias, id"
)
_COUNTED = (
    # CROSS JOIN keeps SQLite to one pass over the answers table in its own order.
    "SELECT s.start + c.cell FROM data.answers AS a"
    " CROSS JOIN score_slots AS s CROSS JOIN score_cells AS c"
    " WHERE s.round_id = a.round_id AND s.respondent_id IS a.respondent_id"
    " AND c.pack = s.pack AND c.criterion_id = a.criterion_id AND c.value = a.value"
    " AND NOT a.carried AND (NOT c.needs_reason"
    " OR substr(a.na_justification, 1, 1) BETWEEN '!' AND '~'"
    " OR score_reason_written(a.na_justification))"
)


def _reason_written(text: object) -> bool:
    # The rule of domain.scoring: a reason of only spaces is no reason.
    return isinstance(text, str) and bool(text.strip())


def _attached(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A database in memory with the file at `path` attached as `data`, for reading only.

    As storage.light.connect does for a database opened read-only: where SQLite cannot
    read it so (its folder may not be written), the file is read as it is (immutable)."""
    connection = sqlite3.connect("file::memory:", uri=True, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        try:
            _attach(connection, uri)
        except sqlite3.OperationalError:
            if not read_only:
                raise
            _attach(connection, uri + "&immutable=1")
    except BaseException:
        connection.close()
        raise
    return connection


def _attach(connection: sqlite3.Connection, uri: str) -> None:
    connection.execute("ATTACH DATABASE ? AS data", (uri,))
    try:
        # SQLite opens lazily: reading proves the file can be read this way.
        connection.execute("SELECT count(*) FROM data.sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.execute("DETACH DATABASE data")
        raise


def _counted_figures(
    service: AssessmentService, path: Path, rounds: Sequence[Round], *, read_only: bool
) -> dict[str, RoundFigures]:
    """Each round's figures (as service.round_figures gives them), its respondents and
    answers read in one pass over the SQLite file at `path`; {} when the file cannot be read
    that way (the caller then reads round by round, which reports any problem as usual)."""
    round_packs = [(r, service.pack_for(r)) for r in rounds]
    packs: dict[int, tuple[int, Pack]] = {}  # id(pack) -> (number, pack)
    for _, pack in round_packs:
        packs.setdefault(id(pack), (len(packs), pack))
    cells = [
        (number, criterion_id, value, cell, needs_reason)
        for number, pack in packs.values()
        for (criterion_id, value), (cell, needs_reason) in count_cells(pack).items()
        if value is not None
    ]
    try:
        connection = _attached(path, read_only=read_only)
        try:
            connection.execute("BEGIN")  # the respondents and answers of one moment
            people_of: dict[str, list[Respondent]] = {}
            for row in connection.execute(_RESPONDENTS):
                people_of.setdefault(row[1], []).append(Respondent(*row))
            slots: list[tuple[str, str | None, int, int]] = []
            plans: list[tuple[Round, Pack, list[Respondent], dict[str | None, int]]] = []
            size = 0
            for assessment_round, pack in round_packs:
                people = people_of.get(assessment_round.id, [])
                block = count_block(pack)
                start_of: dict[str | None, int] = {}
                for key in (None, *(person.id for person in people)):
                    if key not in start_of:
                        start_of[key] = size
                        slots.append((assessment_round.id, key, packs[id(pack)][0], size))
                        size += block
                plans.append((assessment_round, pack, people, start_of))
            connection.create_function(
                "score_reason_written", 1, _reason_written, deterministic=True
            )
            connection.execute(_CELLS_TABLE)
            connection.execute(_SLOTS_TABLE)
            connection.execute(_SLOTS_INDEX)
            connection.executemany("INSERT INTO score_cells VALUES (?, ?, ?, ?, ?)", cells)
            connection.executemany("INSERT INTO score_slots VALUES (?, ?, ?, ?)", slots)
            counts = [0] * size
            for (cell,) in connection.execute(_COUNTED):
                counts[cell] += 1
        finally:
            connection.close()
    except sqlite3.Error:
        log.warning("Counting answers in one pass failed; reading round by round", exc_info=True)
        return {}
    return {
        assessment_round.id: score_counts(pack, people, counts, start_of)
        for assessment_round, pack, people, start_of in plans
    }


def report_json(report: dict[str, Any]) -> str:
    """`json.dumps(report, ensure_ascii=False, indent=2)`, text for text, written faster.

    The standard library writes indented JSON in pure Python, one piece at a time; a
    network's report (2,000 rounds) is 10 MB of it. Dicts whose keys are text and whose
    values are all plain (the scores, most of the report) are written in one go here, by
    json's encoder written in C. Anything else the report never holds (a tuple, a key that
    is not text...) and json writes the whole of it, as before.
    """
    out: list[str] = []
    try:
        _write(report, 0, out)
    except _UnusualError:
        return json.dumps(report, ensure_ascii=False, indent=2)
    return "".join(out)


class _UnusualError(Exception):
    """Something report_json leaves to json."""


_text = json.encoder.encode_basestring  # ensure_ascii=False: only quotes and controls escaped


def _scalar(value: object) -> str | None:
    """A plain value as JSON, or None for a dict or list (_UnusualError for anything else)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    kind = type(value)
    if kind is str:
        return _text(cast(str, value))
    if kind is int:
        return int.__repr__(cast(int, value))
    if kind is float:
        number = cast(float, value)
        if number != number or number in (float("inf"), float("-inf")):
            raise _UnusualError
        return float.__repr__(number)
    if kind is dict or kind is list:
        return None
    raise _UnusualError


_PLAIN_TYPES: Final = frozenset({str, int, float, bool, type(None)})
_flat_encoders: dict[int, json.JSONEncoder] = {}


def _flat_encoder(level: int) -> json.JSONEncoder:
    """json's own encoder (the one written in C) for a dict of plain values at `level`: with
    the line break and indent of that level between items, it writes the items as
    json.dumps(..., indent=2) does."""
    encoder = _flat_encoders.get(level)
    if encoder is None:
        separator = ",\n" + "  " * (level + 1)
        encoder = _flat_encoders[level] = json.JSONEncoder(
            ensure_ascii=False, separators=(separator, ": ")
        )
    return encoder


def _write(value: object, level: int, out: list[str]) -> None:
    plain = _scalar(value)
    if plain is not None:
        out.append(plain)
        return
    if not value:
        out.append("{}" if type(value) is dict else "[]")
        return
    inner = "\n" + "  " * (level + 1)
    end = "\n" + "  " * level
    if (
        type(value) is dict
        and set(map(type, value)) == {str}
        and _PLAIN_TYPES.issuperset(map(type, value.values()))
    ):
        # Most of a report: a score's figures, written at once ("{...}" less its braces).
        out.append("{" + inner + _flat_encoder(level).encode(value)[1:-1] + end + "}")
        return
    if isinstance(value, dict):
        if not all(type(key) is str for key in value):
            raise _UnusualError
        out.append("{")
        for number, (key, item) in enumerate(value.items()):
            out.append(("," if number else "") + inner + _text(key) + ": ")
            _write(item, level + 1, out)
        out.append(end + "}")
        return
    assert isinstance(value, list)  # _scalar let only exact dicts and lists through
    out.append("[")
    for number, item in enumerate(value):
        out.append(("," if number else "") + inner)
        _write(item, level + 1, out)
    out.append(end + "]")
