"""Repositories: read and write domain entities, converting to and from ORM rows."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from promise_tracker.domain.entities import Answer, Event, Respondent, Round, RoundStatus, Unit
from promise_tracker.errors import NotFoundError
from promise_tracker.storage.models import (
    AnswerRow,
    Base,
    EventRow,
    RespondentRow,
    RoundRow,
    UnitRow,
    utc_now,
)

# The Table itself (not the mapped class) so that add_many is a plain Core executemany.
_ANSWERS_TABLE = Base.metadata.tables[AnswerRow.__tablename__]

_EntityRow = TypeVar("_EntityRow", UnitRow, RoundRow, RespondentRow, EventRow)

# Every write flushes at once, so that a broken rule (duplicate id, unknown parent) is reported
# by the call that broke it rather than at commit, and rows reach the database in call order.
# Reads use SELECT rather than Session.get: a row deleted by an ON DELETE CASCADE in the
# database would otherwise still be served from the session's identity map.


class UnitRepository:
    """Units (a Barnahus each)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, unit: Unit) -> None:
        row = UnitRow(id=unit.id)
        _copy_unit(unit, row)
        self._session.add(row)
        self._session.flush()

    def get(self, unit_id: str) -> Unit:
        return _unit(self._row(unit_id))

    def list(self) -> builtins.list[Unit]:
        """All units by name."""
        rows = self._session.scalars(select(UnitRow).order_by(UnitRow.name, UnitRow.id))
        return [_unit(row) for row in rows]

    def update(self, unit: Unit) -> None:
        _copy_unit(unit, self._row(unit.id))
        self._session.flush()

    def delete(self, unit_id: str) -> None:
        """Delete the unit with its rounds, respondents, answers and events."""
        _delete_one(self._session, UnitRow, UnitRow.id == unit_id, f"No unit with id {unit_id}")
        _reload_compare_links(self._session)

    def _row(self, unit_id: str) -> UnitRow:
        return _one(self._session, UnitRow, UnitRow.id == unit_id, f"No unit with id {unit_id}")


class RoundRepository:
    """Assessment rounds."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, round_: Round) -> None:
        row = RoundRow(id=round_.id)
        _copy_round(round_, row)
        self._session.add(row)
        self._session.flush()

    def get(self, round_id: str) -> Round:
        return _round(self._row(round_id))

    def list_for_unit(self, unit_id: str) -> builtins.list[Round]:
        """The unit's rounds, oldest first."""
        rows = self._session.scalars(
            select(RoundRow)
            .where(RoundRow.unit_id == unit_id)
            .order_by(RoundRow.date, RoundRow.title, RoundRow.id)
        )
        return [_round(row) for row in rows]

    def list_all(self) -> builtins.list[Round]:
        """Every round of every unit, oldest first."""
        rows = self._session.scalars(
            select(RoundRow).order_by(RoundRow.date, RoundRow.title, RoundRow.id)
        )
        return [_round(row) for row in rows]

    def update(self, round_: Round) -> None:
        _copy_round(round_, self._row(round_.id))
        self._session.flush()

    def delete(self, round_id: str) -> None:
        """Delete the round with its respondents and answers.

        Rounds that compared with it stay, with compare_round_id None.
        """
        _delete_one(
            self._session, RoundRow, RoundRow.id == round_id, f"No round with id {round_id}"
        )
        _reload_compare_links(self._session)

    def _row(self, round_id: str) -> RoundRow:
        return _one(
            self._session, RoundRow, RoundRow.id == round_id, f"No round with id {round_id}"
        )


class RespondentRepository:
    """Respondents of rounds."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, respondent: Respondent) -> None:
        row = RespondentRow(id=respondent.id)
        _copy_respondent(respondent, row)
        self._session.add(row)
        self._session.flush()

    def get(self, respondent_id: str) -> Respondent:
        return _respondent(self._row(respondent_id))

    def list_for_round(self, round_id: str) -> builtins.list[Respondent]:
        """The round's respondents by alias."""
        rows = self._session.scalars(
            select(RespondentRow)
            .where(RespondentRow.round_id == round_id)
            .order_by(RespondentRow.alias, RespondentRow.id)
        )
        return [_respondent(row) for row in rows]

    def update(self, respondent: Respondent) -> None:
        _copy_respondent(respondent, self._row(respondent.id))
        self._session.flush()

    def delete(self, respondent_id: str) -> None:
        """Delete the respondent with their answers."""
        _delete_one(
            self._session,
            RespondentRow,
            RespondentRow.id == respondent_id,
            f"No respondent with id {respondent_id}",
        )

    def _row(self, respondent_id: str) -> RespondentRow:
        return _one(
            self._session,
            RespondentRow,
            RespondentRow.id == respondent_id,
            f"No respondent with id {respondent_id}",
        )


class AnswerRepository:
    """Answers, keyed by (round, criterion, respondent); respondent None is the consensus."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def upsert(self, answer: Answer) -> None:
        """Insert the answer, or replace the one with the same key."""
        row = self._find(answer.round_id, answer.criterion_id, answer.respondent_id)
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
        # Set explicitly: onupdate only fires when some other column changed.
        row.updated_at = utc_now()
        self._session.flush()

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
            )
            for row in rows
        ]

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


class EventRepository:
    """Events in the life of units."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, event: Event) -> None:
        row = EventRow(id=event.id)
        _copy_event(event, row)
        self._session.add(row)
        self._session.flush()

    def get(self, event_id: str) -> Event:
        return _event(self._row(event_id))

    def list_for_unit(self, unit_id: str) -> builtins.list[Event]:
        """The unit's events, oldest first."""
        rows = self._session.scalars(
            select(EventRow)
            .where(EventRow.unit_id == unit_id)
            .order_by(EventRow.date, EventRow.title, EventRow.id)
        )
        return [_event(row) for row in rows]

    def update(self, event: Event) -> None:
        _copy_event(event, self._row(event.id))
        self._session.flush()

    def delete(self, event_id: str) -> None:
        _delete_one(
            self._session, EventRow, EventRow.id == event_id, f"No event with id {event_id}"
        )

    def _row(self, event_id: str) -> EventRow:
        return _one(
            self._session, EventRow, EventRow.id == event_id, f"No event with id {event_id}"
        )


def _one(
    session: Session, row_type: type[_EntityRow], where: ColumnElement[bool], missing: str
) -> _EntityRow:
    row = session.scalars(select(row_type).where(where)).one_or_none()
    if row is None:
        raise NotFoundError(missing)
    return row


def _delete_one(
    session: Session,
    row_type: type[UnitRow | RoundRow | RespondentRow | EventRow],
    where: ColumnElement[bool],
    missing: str,
) -> None:
    # A bulk DELETE lets the database's ON DELETE CASCADE remove the children without the
    # ORM loading them first; RETURNING tells whether the row existed.
    result = session.execute(delete(row_type).where(where).returning(row_type.id))
    if result.first() is None:
        raise NotFoundError(missing)


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
    )
