"""The coordinators' comparison straight from a database: every unit the connected role may read.

`read_database_summaries` gives, for each unit of the database, the summary
`exchange.compare.compare` takes: the same fields, with the same values, as reading that
unit's export file would give (`exchange.compare.read_export_summary`), so the comparison,
its tables, charts, flags and crosswalks between pack versions are one and the same whether
the units come from files or from the database. On a server, the database decides what the
connected role may read (row-level security): a coordinator gets every unit of the network,
a unit's member only that unit.

Which round of a unit is compared (`RoundChoice`): its latest finalised round by default; a
round in progress only when drafts are asked for; the latest dated on or before a day, or the
latest of a title. The unit's trend runs up to that round (the comparison "as of" it). A unit
without such a round is listed, EXCLUDED with the reason NO_ROUND, rather than left out
unseen; a unit whose compared round uses a pack not installed here is REFUSED (PACK_MISSING),
since scores are counted from the pack.

Everything is read in a handful of queries over all units (not a few per round), in one
transaction (on PostgreSQL one snapshot, REPEATABLE READ), and scored from plain rows as
`score --json` does: a network of 200 units compares in about the time of reading their files.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from promise_tracker.domain.entities import Answer, RoundStatus
from promise_tracker.domain.scoring import (
    RoundScores,
    ScoreBasis,
    official_basis,
    score_respondents,
    score_rows,
)
from promise_tracker.exchange.cells import SHARE_DECIMALS
from promise_tracker.exchange.compare import (
    EXCLUDED,
    REFUSED,
    Comparison,
    ExportSummary,
    HistoryPoint,
    PlannedAction,
    StandardScore,
    compare,
)
from promise_tracker.i18n import translate
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.database import Database

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

NO_ROUND = "no round"  # EXCLUDED: the unit has no round the rule chosen takes
PACK_MISSING = "pack not installed"  # REFUSED: the compared round's pack is not installed here
# Round ids asked for at once in an IN (...) list: well below every database's limit.
_CHUNK = 500


@dataclass(frozen=True)
class RoundChoice:
    """Which round of each unit is compared.

    By default the unit's latest finalised round; with `drafts` its latest round whatever
    its status. `on_or_before` takes the latest dated on or before that day, `title` the
    latest with that title (case and surrounding spaces ignored); both narrow the rounds
    the rule takes from.
    """

    drafts: bool = False
    on_or_before: dt.date | None = None
    title: str = ""

    def takes(self, status: str, date: dt.date, title: str) -> bool:
        if not self.drafts and status != RoundStatus.FINALISED.value:
            return False
        if self.on_or_before is not None and date > self.on_or_before:
            return False
        return not self.title.strip() or title.strip().casefold() == self.title.strip().casefold()

    def missing(self) -> str:
        """Why a unit that has rounds has none this rule takes, in a few words."""
        dated = self.on_or_before is not None
        titled = bool(self.title.strip())
        if self.drafts:
            if dated and titled:
                text = translate("NetworkCompare", "no round titled “{title}” by the date chosen")
            elif titled:
                text = translate("NetworkCompare", "no round titled “{title}”")
            else:
                text = translate("NetworkCompare", "no round by the date chosen")
        elif dated and titled:
            text = translate(
                "NetworkCompare", "no finalised round titled “{title}” by the date chosen"
            )
        elif titled:
            text = translate("NetworkCompare", "no finalised round titled “{title}”")
        elif dated:
            text = translate("NetworkCompare", "no finalised round by the date chosen")
        else:
            text = translate(
                "NetworkCompare", "no finalised round yet (rounds in progress are left out)"
            )
        return text.format(title=self.title.strip())


@dataclass(frozen=True)
class _Round:
    id: str
    unit_id: str
    title: str
    date: dt.date
    pack_id: str
    pack_version: str
    pack_hash: str
    status: str


def _database_name(database: Database) -> str:
    """The database's file name, or the server database's name (never its address or
    password)."""
    path = database.path
    if path is not None:
        return path.name
    from sqlalchemy import make_url

    return make_url(database.url).database or ""


def database_label(database: Database) -> str:
    """How the database is named where a file's name would be."""
    return translate("NetworkCompare", "Database {name}").format(name=_database_name(database))


def read_database_summaries(
    database: Database,
    packs: PackRegistry,
    choice: RoundChoice | None = None,
    *,
    language: str = "en",
) -> list[ExportSummary]:
    """One summary per unit the connection may read (by name), as `compare` takes them.

    Titles of standards are in `language`, as an export in that language carries them.
    A failure of the database (server gone, permission refused) is a StorageError.
    """
    choice = choice or RoundChoice()
    from sqlalchemy.exc import DBAPIError

    try:
        rows = _read(database)
    except DBAPIError as error:
        from promise_tracker.storage.failures import storage_error

        subject = f"The database {_database_name(database)}"
        raise storage_error(subject, error) from error
    return _summaries(rows, packs, choice, language, database)


def compare_database(
    database: Database,
    packs: PackRegistry,
    choice: RoundChoice | None = None,
    aliases: Mapping[str, str] | None = None,
    *,
    country: str | None = None,
    lead_agency: str | None = None,
    language: str = "en",
    today: dt.date | None = None,
) -> Comparison:
    """The comparison of the database's units: `compare` over `read_database_summaries`,
    with the installed crosswalks between pack versions."""
    summaries = read_database_summaries(database, packs, choice, language=language)
    return compare(
        summaries,
        aliases,
        country=country,
        lead_agency=lead_agency,
        today=today,
        crosswalks=packs.crosswalks,
    )


# --- reading ----------------------------------------------------------------------------


@dataclass
class _Rows:
    units: list[Any]
    rounds: list[_Round]
    consensus: dict[str, list[tuple[str, str | None, str, bool]]]  # round -> answers
    respondents: dict[str, list[Answer]]  # round -> respondents' answers (no agreement yet)
    barriers: dict[str, dict[str, str]]  # round -> criterion -> kind
    actions: dict[str, list[Any]]  # unit -> actions, in the action plan's order


def _read(database: Database) -> _Rows:
    with _engine_of(database) as engine:
        connection = engine.connect()
        if engine.dialect.name == "postgresql":
            # Every query sees the same moment, whatever others save meanwhile.
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection, connection.begin():
            return _read_rows(connection)


@contextmanager
def _engine_of(database: Database) -> Iterator[Engine]:
    """The database's engine; for an SQLite file the app works on with plain sqlite3
    (storage/light.py), a read-only engine of this read's own, which leaves the app's
    connections as they are and may run on another thread than theirs."""
    if database.path is None or database.uses_sqlalchemy:
        yield database.engine
        return
    from promise_tracker.storage.engine import make_engine

    engine = make_engine(database.url, read_only=True)
    try:
        yield engine
    finally:
        engine.dispose()


def _read_rows(connection: Connection) -> _Rows:
    from sqlalchemy import select

    from promise_tracker.storage.models import (
        ActionRow,
        AnswerRow,
        BarrierRow,
        RoundRow,
        UnitRow,
    )

    units = list(
        connection.execute(
            select(UnitRow.id, UnitRow.name, UnitRow.country, UnitRow.lead_agency).order_by(
                UnitRow.name, UnitRow.id
            )
        )
    )
    rounds = [
        _Round(*row)
        for row in connection.execute(
            select(
                RoundRow.id,
                RoundRow.unit_id,
                RoundRow.title,
                RoundRow.date,
                RoundRow.pack_id,
                RoundRow.pack_version,
                RoundRow.pack_hash,
                RoundRow.status,
            ).order_by(RoundRow.date, RoundRow.title, RoundRow.id)  # as a unit's rounds
        )
    ]
    consensus: dict[str, list[tuple[str, str | None, str, bool]]] = defaultdict(list)
    for round_id, criterion_id, value, justification, carried in connection.execute(
        select(
            AnswerRow.round_id,
            AnswerRow.criterion_id,
            AnswerRow.value,
            AnswerRow.na_justification,
            AnswerRow.carried,
        ).where(AnswerRow.respondent_id.is_(None))
    ):
        consensus[round_id].append((criterion_id, value, justification, bool(carried)))
    # A round's score is its respondents' pooled only until the team agrees an answer:
    # their answers are read for those rounds alone.
    unagreed = [
        r.id
        for r in rounds
        if not any(v is not None and not c for _, v, _, c in consensus.get(r.id, ()))
    ]
    respondents: dict[str, list[Answer]] = defaultdict(list)
    for chunk in _chunks(unagreed):
        for row in connection.execute(
            select(
                AnswerRow.round_id,
                AnswerRow.criterion_id,
                AnswerRow.respondent_id,
                AnswerRow.value,
                AnswerRow.na_justification,
                AnswerRow.carried,
            ).where(AnswerRow.respondent_id.is_not(None), AnswerRow.round_id.in_(chunk))
        ):
            respondents[row.round_id].append(
                Answer(
                    round_id=row.round_id,
                    criterion_id=row.criterion_id,
                    respondent_id=row.respondent_id,
                    value=row.value,
                    na_justification=row.na_justification,
                    carried=bool(row.carried),
                )
            )
    barriers: dict[str, dict[str, str]] = defaultdict(dict)
    for round_id, criterion_id, kind in connection.execute(
        select(BarrierRow.round_id, BarrierRow.criterion_id, BarrierRow.kind)
    ):
        barriers[round_id][criterion_id] = kind
    actions: dict[str, list[Any]] = defaultdict(list)
    for action in connection.execute(
        select(
            ActionRow.unit_id,
            ActionRow.criterion_id,
            ActionRow.title,
            ActionRow.lead_agency,
            ActionRow.responsible_role,
            ActionRow.due_date,
            ActionRow.status,
        ).order_by(  # the order of the unit's action plan (and of its export)
            ActionRow.due_date.is_(None),
            ActionRow.due_date,
            ActionRow.criterion_id,
            ActionRow.title,
            ActionRow.id,
        )
    ):
        actions[action.unit_id].append(action)
    return _Rows(units, rounds, consensus, respondents, barriers, actions)


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


# --- summaries ---------------------------------------------------------------------------


def _percent(percent: float | None) -> float | None:
    """A percentage as a comparison reads it back from an export: stored as a share of 6
    decimals (exchange.cells), read as a percentage of 4; the same figures either way."""
    if percent is None:
        return None
    return round(round(percent / 100, SHARE_DECIMALS) * 100, 4)


def _official(rows: _Rows, rnd: _Round, pack: Pack) -> RoundScores:
    """The round's official score (RoundResult.official): the team's agreed answers, or all
    respondents pooled while the team has agreed none."""
    agreed = rows.consensus.get(rnd.id, ())
    own = rows.respondents.get(rnd.id)
    if own:
        answers = [
            *(
                Answer(rnd.id, criterion, None, value, na_justification=reason, carried=carried)
                for criterion, value, reason, carried in agreed
            ),
            *own,
        ]
        if official_basis(answers) is ScoreBasis.RESPONDENTS:
            return score_respondents(pack, answers)
    score_input = ((None, c, v, reason, carried) for c, v, reason, carried in agreed)
    return score_rows(pack, (), score_input).consensus


def _summaries(
    rows: _Rows, packs: PackRegistry, choice: RoundChoice, language: str, database: Database
) -> list[ExportSummary]:
    source = database_label(database)
    path = database.path or Path(source)
    by_unit: dict[str, list[_Round]] = defaultdict(list)
    for rnd in rows.rounds:
        by_unit[rnd.unit_id].append(rnd)
    found: dict[tuple[str, str, str], Pack | None] = {}

    def pack_of(rnd: _Round) -> Pack | None:
        key = (rnd.pack_id, rnd.pack_version, rnd.pack_hash)
        if key not in found:
            found[key] = packs.find(*key)
        return found[key]

    summaries: list[ExportSummary] = []
    for unit in rows.units:
        rounds = by_unit.get(unit.id, [])
        taken = [i for i, r in enumerate(rounds) if choice.takes(r.status, r.date, r.title)]
        base = {
            "path": path,
            "source": source,
            "unit_id": unit.id,
            "unit_name": unit.name,
            "country": unit.country,
            "lead_agency": unit.lead_agency,
        }
        if not taken:
            detail = (
                choice.missing()
                if rounds
                else translate("NetworkCompare", "the unit has no round yet")
            )
            summaries.append(ExportSummary(status=EXCLUDED, reason=NO_ROUND, detail=detail, **base))
            continue
        history = rounds[: taken[-1] + 1]
        chosen = history[-1]
        pack = pack_of(chosen)
        if pack is None:
            summaries.append(
                ExportSummary(
                    status=REFUSED,
                    reason=PACK_MISSING,
                    detail=translate(
                        "NetworkCompare",
                        "its round “{round}” uses the standards pack {pack} {version}, which "
                        "is not installed here; add that pack file to the packs folder",
                    ).format(round=chosen.title, pack=chosen.pack_id, version=chosen.pack_version),
                    **base,
                )
            )
            continue
        summaries.append(_summary(rows, base, history, pack, pack_of, language))
    return summaries


def _summary(
    rows: _Rows,
    base: Mapping[str, Any],
    history: Sequence[_Round],
    pack: Pack,
    pack_of: Any,
    language: str,
) -> ExportSummary:
    chosen = history[-1]
    units = pack.assessed_units()
    points: list[HistoryPoint] = []
    official: RoundScores | None = None
    for rnd in history:
        round_pack = pack if rnd is chosen else pack_of(rnd)
        scores = _official(rows, rnd, round_pack) if round_pack is not None else None
        if rnd is chosen:
            official = scores
        by_standard = scores.by_standard if scores is not None else {}
        points.append(
            HistoryPoint(
                rnd.date,
                rnd.title,
                rnd.status,
                _percent(scores.overall.percent) if scores else None,
                _percent(scores.overall.completeness) if scores else None,
                {
                    u.number: _percent(by_standard[u.number].percent)
                    if u.number in by_standard
                    else None
                    for u in units
                },
            )
        )
    assert official is not None  # the chosen round's pack is installed
    agreed = {c: v for c, v, _, _ in rows.consensus.get(chosen.id, ())}
    answers = {c.id: agreed.get(c.id) for c in pack.criteria()}
    plan = tuple(
        PlannedAction(
            criterion_id=a.criterion_id,
            title=a.title,
            lead_agency=a.lead_agency,
            responsible_role=a.responsible_role,
            due_date=a.due_date,
            status=a.status,
        )
        for a in rows.actions.get(chosen.unit_id, ())
    )
    return ExportSummary(
        kind="unit",  # the unit's rounds up to the one compared, as a unit export holds them
        pack_id=chosen.pack_id,
        pack_version=chosen.pack_version,
        pack_hash=chosen.pack_hash,
        round_ids=tuple(r.id for r in history),
        round_id=chosen.id,
        round_title=chosen.title,
        round_date=chosen.date,
        round_status=chosen.status,
        overall=_percent(official.overall.percent),
        completeness=_percent(official.overall.completeness),
        standards=tuple(
            StandardScore(
                u.number,
                u.title.get(language),
                _percent(official.by_standard[u.number].percent),
                _percent(official.by_standard[u.number].completeness),
            )
            for u in units
        ),
        history=tuple(points),
        answers=answers,
        criterion_standard={c.id: c.standard for c in pack.criteria()},
        barriers=dict(rows.barriers.get(chosen.id, {})),
        actions=tuple((a.status, a.due_date) for a in plan),
        plan=plan,
        **base,
    )


__all__ = [
    "NO_ROUND",
    "PACK_MISSING",
    "RoundChoice",
    "compare_database",
    "database_label",
    "read_database_summaries",
]
