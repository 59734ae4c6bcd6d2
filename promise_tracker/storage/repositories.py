"""Repositories: read and write domain entities, converting to and from ORM rows."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Select,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

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
from promise_tracker.domain.scoring import ScoreRow
from promise_tracker.errors import NotFoundError
from promise_tracker.storage.conflicts import answer_conflict, check_version, record_conflict
from promise_tracker.storage.models import (
    ActionRow,
    AnswerRow,
    BarrierRow,
    Base,
    EventRow,
    RespondentRow,
    RoundRow,
    UnitRow,
    utc_now,
)

# The Table itself (not the mapped class) so that add_many is a plain Core executemany.
_ANSWERS_TABLE = Base.metadata.tables[AnswerRow.__tablename__]
_BARRIERS_TABLE = Base.metadata.tables[BarrierRow.__tablename__]

_EntityRow = TypeVar("_EntityRow", UnitRow, RoundRow, RespondentRow, EventRow, ActionRow)
_Entity = TypeVar("_Entity", Unit, Round, Respondent, Event, Action)

# Every write flushes at once, so that a broken rule (duplicate id, unknown parent) is reported
# by the call that broke it rather than at commit, and rows reach the database in call order.
# Reads use SELECT rather than Session.get: a row deleted by an ON DELETE CASCADE in the
# database would otherwise still be served from the session's identity map.


class _EntityRepository(Generic[_Entity, _EntityRow]):
    """Add, get, update and delete of one kind of entity, stored one row each by its id."""

    row_type: type[_EntityRow]
    noun: str  # in messages: "No unit with id ..."

    def __init__(self, session: Session) -> None:
        self._session = session

    def _to_entity(self, row: _EntityRow) -> _Entity:
        raise NotImplementedError

    def _copy(self, entity: _Entity, row: _EntityRow) -> None:
        raise NotImplementedError

    def add(self, entity: _Entity) -> None:
        row = self.row_type(id=entity.id)
        self._copy(entity, row)
        self._session.add(row)
        self._session.flush()

    def get(self, entity_id: str) -> _Entity:
        return self._to_entity(self._row(entity_id))

    def update(self, entity: _Entity) -> _Entity:
        """Save the entity; returns it as stored (with its new version).

        An entity read earlier (version > 0) is saved only if its row still has that version:
        otherwise ConflictError, with the row as stored now, and nothing is written.
        """
        row = self._row(entity.id)
        check_version(entity.version, row.version, lambda: self._to_entity(row), self.noun)
        self._copy(entity, row)
        try:
            self._session.flush()
        except StaleDataError as exc:  # changed between the read above and the UPDATE
            raise record_conflict(self.noun, current=None) from exc
        return self._to_entity(row)

    def delete(self, entity_id: str) -> None:
        """Delete the row; the database's ON DELETE rules take its children with it."""
        _delete_one(
            self._session, self.row_type, self.row_type.id == entity_id, self._missing(entity_id)
        )

    def _list(self, statement: Select[_EntityRow]) -> builtins.list[_Entity]:
        return [self._to_entity(row) for row in self._session.scalars(statement)]

    def _row(self, entity_id: str) -> _EntityRow:
        return _one(
            self._session, self.row_type, self.row_type.id == entity_id, self._missing(entity_id)
        )

    def _missing(self, entity_id: str) -> str:
        return f"No {self.noun} with id {entity_id}"


class UnitRepository(_EntityRepository[Unit, UnitRow]):
    """Units (a Barnahus each)."""

    row_type = UnitRow
    noun = "unit"

    def _to_entity(self, row: UnitRow) -> Unit:
        return _unit(row)

    def _copy(self, entity: Unit, row: UnitRow) -> None:
        _copy_unit(entity, row)

    def list(self) -> builtins.list[Unit]:
        """All units by name."""
        return self._list(select(UnitRow).order_by(UnitRow.name, UnitRow.id))

    def delete(self, entity_id: str) -> None:
        """Delete the unit with its rounds, respondents, answers and events."""
        super().delete(entity_id)
        _reload_compare_links(self._session)


class RoundRepository(_EntityRepository[Round, RoundRow]):
    """Assessment rounds."""

    row_type = RoundRow
    noun = "round"

    def _to_entity(self, row: RoundRow) -> Round:
        return _round(row)

    def _copy(self, entity: Round, row: RoundRow) -> None:
        _copy_round(entity, row)

    def list_for_unit(self, unit_id: str) -> builtins.list[Round]:
        """The unit's rounds, oldest first."""
        return self._list(
            select(RoundRow)
            .where(RoundRow.unit_id == unit_id)
            .order_by(RoundRow.date, RoundRow.title, RoundRow.id)
        )

    def list_all(self) -> builtins.list[Round]:
        """Every round of every unit, oldest first."""
        return self._list(select(RoundRow).order_by(RoundRow.date, RoundRow.title, RoundRow.id))

    def delete(self, entity_id: str) -> None:
        """Delete the round with its respondents and answers.

        Rounds that compared with it stay, with compare_round_id None.
        """
        super().delete(entity_id)
        _reload_compare_links(self._session)


class RespondentRepository(_EntityRepository[Respondent, RespondentRow]):
    """Respondents of rounds (deleting one deletes their answers)."""

    row_type = RespondentRow
    noun = "respondent"

    def _to_entity(self, row: RespondentRow) -> Respondent:
        return _respondent(row)

    def _copy(self, entity: Respondent, row: RespondentRow) -> None:
        _copy_respondent(entity, row)

    def list_for_round(self, round_id: str) -> builtins.list[Respondent]:
        """The round's respondents by alias."""
        return self._list(
            select(RespondentRow)
            .where(RespondentRow.round_id == round_id)
            .order_by(RespondentRow.alias, RespondentRow.id)
        )


class AnswerRepository:
    """Answers, keyed by (round, criterion, respondent); respondent None is the consensus."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def upsert(self, answer: Answer, *, expected_version: int | None = None) -> Answer:
        """Insert the answer, or replace the one with the same key; returns it as stored.

        With expected_version (0: there was no answer when it was read), nothing is written
        and ConflictError says what is stored now if the answer was changed, added or removed
        since; None writes whatever is there (imports, which check their own way).
        """
        row = self._find(answer.round_id, answer.criterion_id, answer.respondent_id)
        if expected_version is not None:
            stored = None if row is None else row.version
            if stored != (expected_version or None):
                raise answer_conflict(None if row is None else _answer(row))
        if row is None:
            row = AnswerRow(
                round_id=answer.round_id,
                criterion_id=answer.criterion_id,
                respondent_id=answer.respondent_id,
            )
            self._session.add(row)
        row.value = answer.value
        row.note = answer.note
        row.na_justification = answer.na_justification
        row.flagged = answer.flagged
        row.dissent = answer.dissent
        row.carried = answer.carried
        # Set explicitly: onupdate only fires when some other column changed.
        row.updated_at = utc_now()
        try:
            self._session.flush()
        except StaleDataError as exc:  # changed between the read above and the UPDATE
            raise answer_conflict(None) from exc
        return _answer(row)

    def add_many(self, answers: Iterable[Answer]) -> int:
        """Insert many new answers in one statement (imports); returns how many.

        Bypasses the ORM, which is about ten times slower for this; existing keys raise
        IntegrityError rather than being replaced.
        """
        now = utc_now()
        rows: builtins.list[dict[str, Any]] = [
            {
                "round_id": answer.round_id,
                "criterion_id": answer.criterion_id,
                "respondent_id": answer.respondent_id,
                "value": answer.value,
                "note": answer.note,
                "na_justification": answer.na_justification,
                "flagged": answer.flagged,
                "dissent": answer.dissent,
                "carried": answer.carried,
                "updated_at": now,
            }
            for answer in answers
        ]
        if rows:  # executemany with no parameter sets is an error
            self._session.execute(insert(_ANSWERS_TABLE), rows)
        return len(rows)

    def get(
        self, round_id: str, criterion_id: str, respondent_id: str | None = None
    ) -> Answer | None:
        """The answer with this key, or None if there is none."""
        row = self._find(round_id, criterion_id, respondent_id)
        return None if row is None else _answer(row)

    def list_consensus_for_round(self, round_id: str) -> builtins.list[Answer]:
        """The team's agreed answers of the round (no respondents'), by criterion id."""
        rows = self._session.scalars(
            select(AnswerRow)
            .where(AnswerRow.round_id == round_id, AnswerRow.respondent_id.is_(None))
            .order_by(AnswerRow.criterion_id)
        )
        return [_answer(row) for row in rows]

    def score_rows_for_round(self, round_id: str) -> builtins.list[ScoreRow]:
        """What a score reads of the round's answers, as plain rows (domain.scoring.ScoreRow):
        a summary of thousands of rounds need not build an Answer of each."""
        rows = self._session.execute(
            select(
                AnswerRow.respondent_id,
                AnswerRow.criterion_id,
                AnswerRow.value,
                AnswerRow.na_justification,
                AnswerRow.carried,
            ).where(AnswerRow.round_id == round_id)
        )
        return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    def list_for_round(self, round_id: str) -> builtins.list[Answer]:
        """The round's answers by criterion id, the consensus answer before respondents'."""
        # Plain column rows rather than ORM objects: a round holds hundreds of answers and
        # every score, chart and export reads them, so skipping the identity map pays.
        rows = self._session.execute(
            select(
                AnswerRow.round_id,
                AnswerRow.criterion_id,
                AnswerRow.respondent_id,
                AnswerRow.value,
                AnswerRow.note,
                AnswerRow.na_justification,
                AnswerRow.flagged,
                AnswerRow.dissent,
                AnswerRow.carried,
                AnswerRow.version,
            )
            .where(AnswerRow.round_id == round_id)
            .order_by(AnswerRow.criterion_id, AnswerRow.respondent_id.nulls_first(), AnswerRow.id)
        )
        return [
            Answer(
                round_id=row.round_id,
                criterion_id=row.criterion_id,
                respondent_id=row.respondent_id,
                value=row.value,
                note=row.note,
                na_justification=row.na_justification,
                flagged=row.flagged,
                dissent=row.dissent,
                carried=row.carried,
                version=row.version,
            )
            for row in rows
        ]

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's answers of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many answers moved."""
        return _move_criteria(self._session, _ANSWERS_TABLE, round_id, moves)

    def delete(self, round_id: str, criterion_id: str, respondent_id: str | None = None) -> bool:
        """Delete the answer with this key; returns whether there was one."""
        # Unlike the other repositories this does not raise: like get(), it treats a missing
        # answer as an ordinary state (an unanswered criterion).
        result = self._session.execute(
            delete(AnswerRow)
            .where(_answer_key(round_id, criterion_id, respondent_id))
            .returning(AnswerRow.id)
        )
        return result.first() is not None

    def _find(
        self, round_id: str, criterion_id: str, respondent_id: str | None
    ) -> AnswerRow | None:
        return self._session.scalars(
            select(AnswerRow).where(_answer_key(round_id, criterion_id, respondent_id))
        ).one_or_none()


class EventRepository(_EntityRepository[Event, EventRow]):
    """Events in the life of units."""

    row_type = EventRow
    noun = "event"

    def _to_entity(self, row: EventRow) -> Event:
        return _event(row)

    def _copy(self, entity: Event, row: EventRow) -> None:
        _copy_event(entity, row)

    def list_for_unit(self, unit_id: str) -> builtins.list[Event]:
        """The unit's events, oldest first."""
        return self._list(
            select(EventRow)
            .where(EventRow.unit_id == unit_id)
            .order_by(EventRow.date, EventRow.title, EventRow.id)
        )


class ActionRepository(_EntityRepository[Action, ActionRow]):
    """The action plans of units."""

    row_type = ActionRow
    noun = "action"

    def _to_entity(self, row: ActionRow) -> Action:
        return _action(row)

    def _copy(self, entity: Action, row: ActionRow) -> None:
        _copy_action(entity, row)

    def list_for_unit(self, unit_id: str) -> builtins.list[Action]:
        """The unit's actions: by due date (none last), then criterion and title."""
        return self._list(
            select(ActionRow)
            .where(ActionRow.unit_id == unit_id)
            .order_by(
                ActionRow.due_date.is_(None),
                ActionRow.due_date,
                ActionRow.criterion_id,
                ActionRow.title,
                ActionRow.id,
            )
        )


class BarrierRepository:
    """Barriers, keyed by (round, criterion): at most one per criterion of a round."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def upsert(self, barrier: Barrier) -> Barrier:
        """Record the barrier, replacing the criterion's earlier one; returns it as stored.

        A version other than 0 must match the stored one (ConflictError otherwise).
        """
        row = self._find(barrier.round_id, barrier.criterion_id)
        if row is None:
            row = BarrierRow(round_id=barrier.round_id, criterion_id=barrier.criterion_id)
            self._session.add(row)
        else:
            check_version(barrier.version, row.version, lambda: _barrier(row), "barrier")
        row.kind = BarrierKind(barrier.kind).value
        row.text = barrier.text
        row.updated_at = utc_now()
        try:
            self._session.flush()
        except StaleDataError as exc:
            raise record_conflict("barrier", current=None) from exc
        return _barrier(row)

    def get(self, round_id: str, criterion_id: str) -> Barrier | None:
        row = self._find(round_id, criterion_id)
        return None if row is None else _barrier(row)

    def list_for_round(self, round_id: str) -> builtins.list[Barrier]:
        """The round's barriers by criterion id."""
        rows = self._session.scalars(
            select(BarrierRow)
            .where(BarrierRow.round_id == round_id)
            .order_by(BarrierRow.criterion_id)
        )
        return [_barrier(row) for row in rows]

    def delete(self, round_id: str, criterion_id: str) -> bool:
        """Remove the criterion's barrier; returns whether there was one."""
        result = self._session.execute(
            delete(BarrierRow)
            .where(BarrierRow.round_id == round_id, BarrierRow.criterion_id == criterion_id)
            .returning(BarrierRow.id)
        )
        return result.first() is not None

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's barrier of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many barriers moved."""
        return _move_criteria(self._session, _BARRIERS_TABLE, round_id, moves)

    def _find(self, round_id: str, criterion_id: str) -> BarrierRow | None:
        return self._session.scalars(
            select(BarrierRow).where(
                BarrierRow.round_id == round_id, BarrierRow.criterion_id == criterion_id
            )
        ).one_or_none()


def _one(
    session: Session, row_type: type[_EntityRow], where: ColumnElement[bool], missing: str
) -> _EntityRow:
    row = session.scalars(select(row_type).where(where)).one_or_none()
    if row is None:
        raise NotFoundError(missing)
    return row


def _delete_one(
    session: Session,
    row_type: type[UnitRow | RoundRow | RespondentRow | EventRow | ActionRow],
    where: ColumnElement[bool],
    missing: str,
) -> None:
    # A bulk DELETE lets the database's ON DELETE CASCADE remove the children without the
    # ORM loading them first; RETURNING tells whether the row existed.
    result = session.execute(delete(row_type).where(where).returning(row_type.id))
    if result.first() is None:
        raise NotFoundError(missing)


def _move_criteria(session: Session, table: Table, round_id: str, moves: Mapping[str, str]) -> int:
    """Rename criterion ids of one round's rows of `table` (answers, barriers).

    Through names no criterion has first, so that moves may chain or swap ids (A -> B while
    B -> C) without breaking the unique keys on the way. Each moved row's version goes up, so
    a window still showing it as it was is told of the change rather than overwriting it.
    """
    staged = {old: "\x00" + new for old, new in moves.items() if old != new}
    moved = 0
    now = utc_now()
    for old, temporary in staged.items():
        result = session.execute(
            update(table)
            .where(table.c.round_id == round_id, table.c.criterion_id == old)
            .values(criterion_id=temporary, version=table.c.version + 1, updated_at=now)
        )
        moved += cast("CursorResult[Any]", result).rowcount
    for temporary in staged.values():
        session.execute(
            update(table)
            .where(table.c.round_id == round_id, table.c.criterion_id == temporary)
            .values(criterion_id=temporary[1:])
        )
    return moved


def _reload_compare_links(session: Session) -> None:
    """Make rounds the session still holds reread compare_round_id after a delete.

    The database's ON DELETE SET NULL clears links to a deleted round behind the ORM's back,
    and a SELECT does not overwrite attributes of a row already in the identity map.
    """
    for row in builtins.list(session.identity_map.values()):
        if isinstance(row, RoundRow):
            session.expire(row, ["compare_round_id"])


def _answer_key(round_id: str, criterion_id: str, respondent_id: str | None) -> ColumnElement[bool]:
    respondent = (
        AnswerRow.respondent_id.is_(None)
        if respondent_id is None
        else AnswerRow.respondent_id == respondent_id
    )
    return (AnswerRow.round_id == round_id) & (AnswerRow.criterion_id == criterion_id) & respondent


def _copy_unit(unit: Unit, row: UnitRow) -> None:
    row.name = unit.name
    row.country = unit.country
    row.region = unit.region
    row.lead_agency = unit.lead_agency
    row.year_opened = unit.year_opened


def _unit(row: UnitRow) -> Unit:
    return Unit(
        id=row.id,
        name=row.name,
        country=row.country,
        region=row.region,
        lead_agency=row.lead_agency,
        year_opened=row.year_opened,
        version=row.version,
    )


def _copy_round(round_: Round, row: RoundRow) -> None:
    row.unit_id = round_.unit_id
    row.title = round_.title
    row.date = round_.date
    row.pack_id = round_.pack_id
    row.pack_version = round_.pack_version
    row.pack_hash = round_.pack_hash
    row.status = RoundStatus(round_.status).value
    row.compare_round_id = round_.compare_round_id


def _round(row: RoundRow) -> Round:
    return Round(
        id=row.id,
        unit_id=row.unit_id,
        title=row.title,
        date=row.date,
        pack_id=row.pack_id,
        pack_version=row.pack_version,
        pack_hash=row.pack_hash,
        status=RoundStatus(row.status),
        compare_round_id=row.compare_round_id,
        version=row.version,
    )


def _copy_respondent(respondent: Respondent, row: RespondentRow) -> None:
    row.round_id = respondent.round_id
    row.alias = respondent.alias
    row.perspective = respondent.perspective
    row.agency = respondent.agency


def _respondent(row: RespondentRow) -> Respondent:
    return Respondent(
        id=row.id,
        round_id=row.round_id,
        alias=row.alias,
        perspective=row.perspective,
        agency=row.agency,
        version=row.version,
    )


def _answer(row: AnswerRow) -> Answer:
    return Answer(
        round_id=row.round_id,
        criterion_id=row.criterion_id,
        respondent_id=row.respondent_id,
        value=row.value,
        note=row.note,
        na_justification=row.na_justification,
        flagged=row.flagged,
        dissent=row.dissent,
        carried=row.carried,
        version=row.version,
    )


def _copy_event(event: Event, row: EventRow) -> None:
    row.unit_id = event.unit_id
    row.date = event.date
    row.title = event.title
    row.description = event.description


def _event(row: EventRow) -> Event:
    return Event(
        id=row.id,
        unit_id=row.unit_id,
        date=row.date,
        title=row.title,
        description=row.description,
        version=row.version,
    )


def _copy_action(action: Action, row: ActionRow) -> None:
    row.unit_id = action.unit_id
    row.round_id = action.round_id
    row.criterion_id = action.criterion_id
    row.title = action.title
    row.lead_agency = action.lead_agency
    row.responsible_role = action.responsible_role
    row.due_date = action.due_date
    row.status = ActionStatus(action.status).value
    row.progress_note = action.progress_note


def _action(row: ActionRow) -> Action:
    return Action(
        id=row.id,
        unit_id=row.unit_id,
        criterion_id=row.criterion_id,
        title=row.title,
        round_id=row.round_id,
        lead_agency=row.lead_agency,
        responsible_role=row.responsible_role,
        due_date=row.due_date,
        status=ActionStatus(row.status),
        progress_note=row.progress_note,
        version=row.version,
    )


def _barrier(row: BarrierRow) -> Barrier:
    return Barrier(
        round_id=row.round_id,
        criterion_id=row.criterion_id,
        kind=BarrierKind(row.kind),
        text=row.text,
        version=row.version,
    )
