"""Repositories: read and write domain entities, converting to and from ORM rows."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import Any, Final, Generic, TypeVar
from typing import cast as typing_cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    DateTime,
    Row,
    Select,
    String,
    Table,
    Text,
    bindparam,
    cast,
    delete,
    insert,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Answer,
    Barrier,
    BarrierKind,
    Change,
    ChangeAction,
    Event,
    Respondent,
    Round,
    RoundStatus,
    Unit,
)
from promise_tracker.domain.history import (
    Record,
    added_summary,
    change_keys,
    change_summary,
    moved_summary,
    record_name,
)
from promise_tracker.domain.scoring import ScoreRow
from promise_tracker.errors import NotFoundError
from promise_tracker.storage.conflicts import answer_conflict, check_version, record_conflict
from promise_tracker.storage.light import local_author
from promise_tracker.storage.models import (
    ActionRow,
    AnswerRow,
    BarrierRow,
    Base,
    ChangeRow,
    EventRow,
    RespondentRow,
    RoundRow,
    UnitRow,
    utc_now,
)

# The Table itself (not the mapped class) so that add_many is a plain Core executemany.
_ANSWERS_TABLE = Base.metadata.tables[AnswerRow.__tablename__]
_BARRIERS_TABLE = Base.metadata.tables[BarrierRow.__tablename__]
_CHANGES_TABLE = Base.metadata.tables[ChangeRow.__tablename__]
_ROUNDS_TABLE = Base.metadata.tables[RoundRow.__tablename__]
_CHANGE_COLUMNS = (
    "unit_id",
    "round_id",
    "criterion_id",
    "respondent_id",
    "record",
    "record_id",
    "action",
    "summary",
    "changed_by",
    "changed_at",
)
# Where the author of a connection's changes is kept, read once per connection.
_AUTHOR_KEY = "promise_tracker_author"

_EntityRow = TypeVar("_EntityRow", UnitRow, RoundRow, RespondentRow, EventRow, ActionRow)
_Entity = TypeVar("_Entity", Unit, Round, Respondent, Event, Action)


class text_order(FunctionElement[str]):  # noqa: N801 (used like SQLAlchemy's func.x)
    """A text column to sort by, in the order SQLite sorts text (by the bytes of its UTF-8)
    on every database: a PostgreSQL database's collation (sv_SE, en_US...) would otherwise
    sort "barnahus a" before "Barnahus B" and "10.1" before "2.1" on some servers only."""

    name = "text_order"
    inherit_cache = True


@compiles(text_order)
def _text_order_as_is(element: text_order, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def _is_text(column_type: object) -> bool:
    """Whether a column holds text (also through a decorated type such as PlainText)."""
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    return isinstance(column_type, String)


@compiles(text_order, "postgresql")
def _text_order_in_c(element: text_order, compiler: SQLCompiler, **kw: Any) -> str:
    sql = compiler.process(element.clauses, **kw)
    if not all(_is_text(clause.type) for clause in element.clauses):
        return sql  # numbers and dates have no collation
    return f'({sql}) COLLATE "C"'


# Criterion ids being moved are staged under this prefix, which no criterion id has (not NUL,
# which PostgreSQL's text cannot hold).
_STAGED: Final = "\x01"

# Every write flushes at once, so that a broken rule (duplicate id, unknown parent) is reported
# by the call that broke it rather than at commit, and rows reach the database in call order.
# Reads use SELECT rather than Session.get: a row deleted by an ON DELETE CASCADE in the
# database would otherwise still be served from the session's identity map.


class _History:
    """Records every saved change in the changes table, in the transaction of the change
    (light.py's _record_change and friends write the same rows)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def author(self) -> str:
        """Who is saving: the database role on a server (current_user, read once per
        connection), the person's login name on a database file."""
        connection = self._session.connection()
        author = connection.info.get(_AUTHOR_KEY)
        if author is None:
            if connection.dialect.name == "postgresql":
                author = str(connection.exec_driver_sql("SELECT current_user").scalar_one())
            else:
                author = local_author()
            connection.info[_AUTHOR_KEY] = author
        return str(author)

    def record(
        self,
        action: ChangeAction,
        before: Record | None,
        after: Record | None,
        *,
        record_id: str | None = None,
    ) -> None:
        """Record a change of a record: nothing when a change left everything a person sees
        as it was."""
        record = after if after is not None else before
        assert record is not None
        summary = change_summary(before, after)
        if action is ChangeAction.CHANGED and not summary:
            return
        keys = change_keys(record, removed=action is ChangeAction.REMOVED)
        values: dict[str, object] = {
            "round_id": keys.round_id,
            "criterion_id": keys.criterion_id,
            "respondent_id": keys.respondent_id,
            "record": record_name(record),
            "record_id": record_id if record_id is not None else str(getattr(record, "id", "")),
            "action": action.value,
            "summary": summary,
            "changed_by": self.author(),
            "changed_at": utc_now(),
        }
        if keys.unit_id is not None:
            self._session.execute(insert(_CHANGES_TABLE).values(unit_id=keys.unit_id, **values))
            return
        # Filed under the round's unit, found in the same statement.
        columns: builtins.list[ColumnElement[Any]] = [_ROUNDS_TABLE.c.unit_id]
        for name, value in values.items():
            columns.append(literal(value, _CHANGES_TABLE.c[name].type).label(name))
        self._session.execute(
            insert(_CHANGES_TABLE).from_select(
                _CHANGE_COLUMNS, select(*columns).where(_ROUNDS_TABLE.c.id == keys.round_id)
            )
        )

    def record_added_answers(self, answers: builtins.list[Answer]) -> None:
        """Record answers inserted together (their row ids read by their keys)."""
        table = _ANSWERS_TABLE
        statement = insert(_CHANGES_TABLE).from_select(
            _CHANGE_COLUMNS,
            select(
                _ROUNDS_TABLE.c.unit_id,
                table.c.round_id,
                table.c.criterion_id,
                table.c.respondent_id,
                literal_column("'answer'"),
                cast(table.c.id, Text),
                literal_column("'added'"),
                bindparam("summary", type_=Text),
                bindparam("changed_by", type_=Text),
                bindparam("changed_at", type_=DateTime),
            )
            .join_from(table, _ROUNDS_TABLE, _ROUNDS_TABLE.c.id == table.c.round_id)
            .where(
                table.c.round_id == bindparam("key_round", type_=Text),
                table.c.criterion_id == bindparam("key_criterion", type_=Text),
                table.c.respondent_id.is_not_distinct_from(bindparam("key_respondent", type_=Text)),
            ),
        )
        author, now = self.author(), utc_now()
        summaries: dict[tuple[object, ...], str] = {}
        self._session.execute(
            statement,
            [
                {
                    "summary": added_summary(answer, summaries),
                    "changed_by": author,
                    "changed_at": now,
                    "key_round": answer.round_id,
                    "key_criterion": answer.criterion_id,
                    "key_respondent": answer.respondent_id,
                }
                for answer in answers
            ],
        )

    def record_moves(
        self, record: str, round_id: str, moved: builtins.list[tuple[str, str]]
    ) -> None:
        """After moving a round's records to other criteria: their history moves along
        (through names no criterion has, as the records did), and each move is recorded."""
        table = _CHANGES_TABLE
        in_round = (table.c.round_id == round_id) & (table.c.record == record)
        for old, new in moved:
            self._session.execute(
                update(table)
                .where(in_round, table.c.criterion_id == old)
                .values(criterion_id=_STAGED + new)
            )
        for _old, new in moved:
            self._session.execute(
                update(table)
                .where(in_round, table.c.criterion_id == _STAGED + new)
                .values(criterion_id=new)
            )
        author, now = self.author(), utc_now()
        for old, new in moved:
            self._session.execute(
                insert(table).from_select(
                    _CHANGE_COLUMNS,
                    select(
                        _ROUNDS_TABLE.c.unit_id,
                        literal(round_id, Text),
                        literal(new, Text),
                        literal(None, Text),
                        literal(record, Text),
                        literal("", Text),
                        literal("changed", Text),
                        literal(moved_summary(old, new), Text),
                        literal(author, Text),
                        literal(now, DateTime),
                    ).where(_ROUNDS_TABLE.c.id == round_id),
                )
            )


class _EntityRepository(Generic[_Entity, _EntityRow]):
    """Add, get, update and delete of one kind of entity, stored one row each by its id."""

    row_type: type[_EntityRow]
    noun: str  # in messages: "No unit with id ..."

    def __init__(self, session: Session) -> None:
        self._session = session
        self._history = _History(session)

    def _to_entity(self, row: _EntityRow) -> _Entity:
        raise NotImplementedError

    def _copy(self, entity: _Entity, row: _EntityRow) -> None:
        raise NotImplementedError

    def add(self, entity: _Entity) -> None:
        row = self.row_type(id=entity.id)
        self._copy(entity, row)
        self._session.add(row)
        self._session.flush()
        self._history.record(ChangeAction.ADDED, None, entity)

    def get(self, entity_id: str) -> _Entity:
        return self._to_entity(self._row(entity_id))

    def update(self, entity: _Entity) -> _Entity:
        """Save the entity; returns it as stored (with its new version).

        An entity read earlier (version > 0) is saved only if its row still has that version:
        otherwise ConflictError, with the row as stored now, and nothing is written.
        """
        row = self._row(entity.id)
        check_version(entity.version, row.version, lambda: self._to_entity(row), self.noun)
        before = self._to_entity(row)
        self._copy(entity, row)
        try:
            self._session.flush()
        except StaleDataError as exc:  # changed between the read above and the UPDATE
            raise record_conflict(self.noun, current=None) from exc
        stored = self._to_entity(row)
        self._history.record(ChangeAction.CHANGED, before, stored)
        return stored

    def delete(self, entity_id: str) -> None:
        """Delete the row; the database's ON DELETE rules take its children with it."""
        removed = self.get(entity_id)
        _delete_one(
            self._session, self.row_type, self.row_type.id == entity_id, self._missing(entity_id)
        )
        self._record_removal(removed)

    def _record_removal(self, removed: _Entity) -> None:
        self._history.record(ChangeAction.REMOVED, removed, None)

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
        return self._list(
            select(UnitRow).order_by(text_order(UnitRow.name), text_order(UnitRow.id))
        )

    def delete(self, entity_id: str) -> None:
        """Delete the unit with its rounds, respondents, answers and events."""
        super().delete(entity_id)
        _reload_compare_links(self._session)

    def _record_removal(self, removed: Unit) -> None:
        pass  # a unit's history goes with it (ON DELETE CASCADE)


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
            .order_by(RoundRow.date, text_order(RoundRow.title), text_order(RoundRow.id))
        )

    def list_all(self) -> builtins.list[Round]:
        """Every round of every unit, oldest first."""
        return self._list(
            select(RoundRow).order_by(
                RoundRow.date, text_order(RoundRow.title), text_order(RoundRow.id)
            )
        )

    def change_stamp(self, round_id: str) -> tuple[object, ...]:
        """Values that change whenever the round, or one of its respondents, answers or
        barriers, is changed, added or removed, by anyone: two stamps differ when the round
        changed in between (compare them for equality only). One small query, for windows
        that poll for others' changes.
        """
        from sqlalchemy import Text, func  # here: the import list is shared by many hands

        def newest(column: Any) -> Any:
            # As text, as the plain sqlite3 path reads it; clocks differ between computers,
            # so a time is only ever compared for equality.
            return cast(func.max(column), Text)

        def of_round(expression: Any, row_type: Any) -> Any:
            return select(expression).where(row_type.round_id == round_id).scalar_subquery()

        statement = select(
            select(func.max(RoundRow.version)).where(RoundRow.id == round_id).scalar_subquery(),
            *(
                of_round(expression, row_type)
                for row_type in (AnswerRow, BarrierRow)
                for expression in (
                    func.count(),
                    func.sum(row_type.version),
                    func.max(row_type.id),
                    newest(row_type.updated_at),
                )
            ),
            of_round(func.count(), RespondentRow),
            of_round(func.sum(RespondentRow.version), RespondentRow),
            of_round(newest(RespondentRow.created_at), RespondentRow),
        )
        return tuple(self._session.execute(statement).one())

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
            .order_by(text_order(RespondentRow.alias), text_order(RespondentRow.id))
        )

    def delete(self, entity_id: str) -> None:
        """Delete the respondent with their answers (each answer's removal recorded)."""
        answers = _answers_with_ids(self._session, AnswerRow.respondent_id == entity_id)
        super().delete(entity_id)
        for row_id, answer in answers:
            self._history.record(ChangeAction.REMOVED, answer, None, record_id=str(row_id))


class AnswerRepository:
    """Answers, keyed by (round, criterion, respondent); respondent None is the consensus."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._history = _History(session)

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
        before = None if row is None else _answer(row)
        if row is None:
            row = AnswerRow(
                round_id=answer.round_id,
                criterion_id=answer.criterion_id,
                respondent_id=answer.respondent_id,
            )
        row.value = answer.value
        row.note = answer.note
        row.na_justification = answer.na_justification
        row.flagged = answer.flagged
        row.dissent = answer.dissent
        row.carried = answer.carried
        # Set explicitly: onupdate only fires when some other column changed.
        row.updated_at = utc_now()
        try:
            _save(self._session, row, new=before is None, guarded=expected_version is not None)
        except StaleDataError as exc:  # changed between the read above and the UPDATE
            raise answer_conflict(None) from exc
        except IntegrityError as exc:  # added by another client since the read above?
            if before is not None or expected_version is None or not _on_server(self._session):
                raise
            theirs = self._find(answer.round_id, answer.criterion_id, answer.respondent_id)
            if theirs is None:
                raise
            raise answer_conflict(_answer(theirs)) from exc
        after = _answer(row)
        action = ChangeAction.ADDED if before is None else ChangeAction.CHANGED
        self._history.record(action, before, after, record_id=str(row.id))
        return after

    def add_many(self, answers: Iterable[Answer]) -> int:
        """Insert many new answers in one statement (imports); returns how many.

        Bypasses the ORM, which is about ten times slower for this; existing keys raise
        IntegrityError rather than being replaced.
        """
        now = utc_now()
        added = builtins.list(answers)
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
            for answer in added
        ]
        if rows:  # executemany with no parameter sets is an error
            self._session.execute(insert(_ANSWERS_TABLE), rows)
            self._history.record_added_answers(added)
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
            .order_by(text_order(AnswerRow.criterion_id))
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
            .order_by(
                text_order(AnswerRow.criterion_id),
                AnswerRow.respondent_id.is_not(None),
                text_order(AnswerRow.respondent_id),
                AnswerRow.id,
            )
        )
        return [_answer(row) for row in rows]

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's answers of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many answers moved."""
        return _move_criteria(self._session, _ANSWERS_TABLE, "answer", round_id, moves)

    def delete(self, round_id: str, criterion_id: str, respondent_id: str | None = None) -> bool:
        """Delete the answer with this key; returns whether there was one."""
        # Unlike the other repositories this does not raise: like get(), it treats a missing
        # answer as an ordinary state (an unanswered criterion).
        row = self._find(round_id, criterion_id, respondent_id)
        if row is None:
            return False
        row_id, before = row.id, _answer(row)
        self._session.execute(delete(AnswerRow).where(AnswerRow.id == row_id))
        self._history.record(ChangeAction.REMOVED, before, None, record_id=str(row_id))
        return True

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
            .order_by(EventRow.date, text_order(EventRow.title), text_order(EventRow.id))
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
                text_order(ActionRow.criterion_id),
                text_order(ActionRow.title),
                text_order(ActionRow.id),
            )
        )


class BarrierRepository:
    """Barriers, keyed by (round, criterion): at most one per criterion of a round."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._history = _History(session)

    def upsert(self, barrier: Barrier) -> Barrier:
        """Record the barrier, replacing the criterion's earlier one; returns it as stored.

        A version other than 0 must match the stored one (ConflictError otherwise).
        """
        row = self._find(barrier.round_id, barrier.criterion_id)
        before = None if row is None else _barrier(row)
        if row is None:
            row = BarrierRow(round_id=barrier.round_id, criterion_id=barrier.criterion_id)
        else:
            check_version(barrier.version, row.version, lambda: _barrier(row), "barrier")
        row.kind = BarrierKind(barrier.kind).value
        row.text = barrier.text
        row.updated_at = utc_now()
        try:
            _save(self._session, row, new=before is None, guarded=True)
        except StaleDataError as exc:
            raise record_conflict("barrier", current=None) from exc
        except IntegrityError as exc:  # added by another client since the read above?
            if before is not None or not _on_server(self._session):
                raise
            theirs = self._find(barrier.round_id, barrier.criterion_id)
            if theirs is None:
                raise
            raise record_conflict("barrier", current=_barrier(theirs)) from exc
        after = _barrier(row)
        action = ChangeAction.ADDED if before is None else ChangeAction.CHANGED
        self._history.record(action, before, after, record_id=str(row.id))
        return after

    def get(self, round_id: str, criterion_id: str) -> Barrier | None:
        row = self._find(round_id, criterion_id)
        return None if row is None else _barrier(row)

    def list_for_round(self, round_id: str) -> builtins.list[Barrier]:
        """The round's barriers by criterion id."""
        rows = self._session.scalars(
            select(BarrierRow)
            .where(BarrierRow.round_id == round_id)
            .order_by(text_order(BarrierRow.criterion_id))
        )
        return [_barrier(row) for row in rows]

    def delete(self, round_id: str, criterion_id: str) -> bool:
        """Remove the criterion's barrier; returns whether there was one."""
        row = self._find(round_id, criterion_id)
        if row is None:
            return False
        row_id, before = row.id, _barrier(row)
        self._session.execute(delete(BarrierRow).where(BarrierRow.id == row_id))
        self._history.record(ChangeAction.REMOVED, before, None, record_id=str(row_id))
        return True

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's barrier of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many barriers moved."""
        return _move_criteria(self._session, _BARRIERS_TABLE, "barrier", round_id, moves)

    def _find(self, round_id: str, criterion_id: str) -> BarrierRow | None:
        return self._session.scalars(
            select(BarrierRow).where(
                BarrierRow.round_id == round_id, BarrierRow.criterion_id == criterion_id
            )
        ).one_or_none()


class ChangeRepository:
    """The history of saved changes (written by the other repositories, read here)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_criterion(self, round_id: str, criterion_id: str) -> builtins.list[Change]:
        """Every recorded change of a criterion in a round (answers, barrier, actions),
        newest first."""
        return self._list(
            (ChangeRow.round_id == round_id) & (ChangeRow.criterion_id == criterion_id)
        )

    def for_round(self, round_id: str) -> builtins.list[Change]:
        """Every recorded change in a round, newest first."""
        return self._list(ChangeRow.round_id == round_id)

    def _list(self, where: ColumnElement[bool]) -> builtins.list[Change]:
        rows = self._session.scalars(
            select(ChangeRow)
            .where(where)
            .order_by(ChangeRow.changed_at.desc(), ChangeRow.id.desc())
        )
        return [_change(row) for row in rows]


def _change(row: ChangeRow) -> Change:
    return Change(
        id=row.id,
        unit_id=row.unit_id,
        round_id=row.round_id,
        criterion_id=row.criterion_id,
        respondent_id=row.respondent_id,
        record=row.record,
        record_id=row.record_id,
        action=ChangeAction(row.action),
        summary=row.summary,
        changed_by=row.changed_by,
        changed_at=row.changed_at,
    )


def _answers_with_ids(
    session: Session, where: ColumnElement[bool]
) -> builtins.list[tuple[int, Answer]]:
    """The answers matching `where` with their row ids, oldest row first (plain rows: the
    session's identity map is left alone)."""
    rows = session.execute(
        select(
            AnswerRow.id,
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
        .where(where)
        .order_by(AnswerRow.id)
    )
    return [(row.id, _answer(row)) for row in rows]


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _save(session: Session, row: AnswerRow | BarrierRow, *, new: bool, guarded: bool) -> None:
    """Flush the row, adding it first if it is new.

    A guarded new row on a server is added inside a savepoint: if another client added one
    with the same key meanwhile (IntegrityError), the transaction stays usable to read theirs.
    (SQLite lets only one client write at a time.)
    """
    if new and guarded and _on_server(session):
        with session.begin_nested():
            session.add(row)
            session.flush()
        return
    if new:
        session.add(row)
    session.flush()


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


def _move_criteria(
    session: Session, table: Table, record: str, round_id: str, moves: Mapping[str, str]
) -> int:
    """Rename criterion ids of one round's rows of `table` (answers, barriers).

    Through names no criterion has first, so that moves may chain or swap ids (A -> B while
    B -> C) without breaking the unique keys on the way. Each moved row's version goes up, so
    a window still showing it as it was is told of the change rather than overwriting it.
    """
    staged = {old: _STAGED + new for old, new in moves.items() if old != new}
    moved: builtins.list[tuple[str, str]] = []
    count = 0
    now = utc_now()
    for old, temporary in staged.items():
        result = session.execute(
            update(table)
            .where(table.c.round_id == round_id, table.c.criterion_id == old)
            .values(criterion_id=temporary, version=table.c.version + 1, updated_at=now)
        )
        rowcount = typing_cast("CursorResult[Any]", result).rowcount
        count += rowcount
        if rowcount:
            moved.append((old, temporary.removeprefix(_STAGED)))
    for temporary in staged.values():
        session.execute(
            update(table)
            .where(table.c.round_id == round_id, table.c.criterion_id == temporary)
            .values(criterion_id=temporary.removeprefix(_STAGED))
        )
    _History(session).record_moves(record, round_id, moved)
    return count


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


def _answer(row: AnswerRow | Row[*tuple[Any, ...]]) -> Answer:
    """The answer held by a mapped row, or by a row of the same selected columns."""
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
