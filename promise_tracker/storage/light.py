"""Units of work on plain sqlite3, for an SQLite file already at the current schema.

Importing SQLAlchemy takes longer than showing the whole window, so the everyday work of the
app (listing units and rounds, reading a round's answers, saving an answer) runs here on the
standard library's sqlite3 module instead, with the same pragmas, SQL semantics, ordering and
stored values as the SQLAlchemy repositories in repositories.py. SQLAlchemy is still used for
everything that needs more than rows (migrations, server databases, tools and tests that ask
Database for its engine); see Database.unit_of_work for which path a unit of work takes.

tests/unit/storage/test_light_storage.py holds both implementations to one contract: the same
calls leave the same rows and return the same entities.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import functools
import getpass
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, Final, NoReturn, Self
from urllib.parse import unquote

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
from promise_tracker.storage.failures import storage_error

DEFAULT_BUSY_TIMEOUT_MS: Final = 5000
SQLITE_URL_PREFIX: Final = "sqlite:///"

_Params = Sequence[object]


def sqlite_file_of_url(url: str) -> Path | None:
    """The file of a plain "sqlite:///path" URL, or None when SQLAlchemy must parse it.

    Gives the same answer as sqlalchemy.make_url(url).database for the URLs it accepts:
    everything after the prefix, %-escapes decoded (paths.sqlite_url escapes '?', '#', '%'),
    as long as there is no query ("?...", which only SQLAlchemy reads).
    """
    if not url.startswith(SQLITE_URL_PREFIX) or "?" in url:
        return None
    database = unquote(url[len(SQLITE_URL_PREFIX) :])
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def connect(
    path: Path,
    *,
    busy_timeout_ms: int,
    read_only: bool = False,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A sqlite3 connection to the database file at `path`.

    Read-only connections cannot write even where the file system would let them (SQLite's
    mode=ro). In a folder the user may not write, SQLite cannot create the -shm file a
    write-ahead-log database needs for reading; the file is then read as it is
    (immutable=1), which is right as long as nobody else can write it either.
    """
    timeout = busy_timeout_ms / 1000
    if not read_only:
        return sqlite3.connect(path, timeout=timeout, check_same_thread=check_same_thread)
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        return _read_only_connection(uri, timeout, check_same_thread)
    except sqlite3.OperationalError:
        return _read_only_connection(uri + "&immutable=1", timeout, check_same_thread)


def _read_only_connection(uri: str, timeout: float, check_same_thread: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(
        uri, uri=True, timeout=timeout, check_same_thread=check_same_thread
    )
    try:
        # SQLite opens lazily: reading proves the file can be read this way.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("PRAGMA query_only = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def pragma_statements(
    *, busy_timeout_ms: int, foreign_keys: bool = True, read_only: bool = False
) -> tuple[str, ...]:
    """What every connection runs first; engine.py gives SQLAlchemy's connections the same.

    A read-only connection leaves the journal mode as the file has it (setting it writes).
    """
    return (
        # First, so that switching to WAL below waits for other connections instead of failing.
        f"PRAGMA busy_timeout = {int(busy_timeout_ms)}",
        f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}",
        # WAL lets a second window or a backup read while the app writes; it persists in the
        # file, so on an existing database this is a no-op read.
        *(() if read_only else ("PRAGMA journal_mode = WAL",)),
        # NORMAL is safe against corruption in WAL mode; a power cut may lose the last commit.
        "PRAGMA synchronous = NORMAL",
    )


def utc_now() -> dt.datetime:
    """The current time as naive UTC (as models.utc_now, without importing SQLAlchemy)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _timestamp(value: dt.datetime) -> str:
    # SQLAlchemy's DateTime on SQLite stores this exact text.
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def _now() -> str:
    return _timestamp(utc_now())


def _day(value: dt.date) -> str:
    # SQLAlchemy's Date on SQLite stores ISO text.
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def _parse_day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _parse_timestamp(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


@functools.cache
def _process_author() -> str:
    # Read once per process: the login name does not change while the app runs, and the
    # lookup (the password database) would cost as much as saving the answer itself.
    return local_author()


def local_author() -> str:
    """Who is saving on a database file: the operating system's login name.

    (The "Answering as" respondent is not the author: the author is who is at the keyboard.)
    """
    try:
        name = getpass.getuser().strip()
    except (OSError, KeyError, ImportError):  # no login name in the environment nor passwd
        name = ""
    if name:
        return name
    uid = getattr(os, "getuid", None)
    return f"uid {uid()}" if uid is not None else "unknown"


def probe_writable(path: Path, *, busy_timeout_ms: int) -> None:
    """Take the write lock once and let go, so a locked or read-only file is reported now."""
    with contextlib.closing(
        sqlite3.connect(path, timeout=busy_timeout_ms / 1000, isolation_level=None)
    ) as connection:
        connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("UPDATE alembic_version SET version_num = version_num")
        finally:
            connection.execute("ROLLBACK")


class _Connection:
    """One sqlite3 connection; integrity errors leave as SQLAlchemy's IntegrityError.

    Callers (imports, tests) catch sqlalchemy.exc.IntegrityError whichever path stored the
    rows, so a broken constraint is translated, importing SQLAlchemy only then.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._author: str | None = None

    @property
    def author(self) -> str:
        """Who the changes of this unit of work are recorded as."""
        if self._author is None:
            self._author = _process_author()
        return self._author

    def execute(self, sql: str, params: _Params = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, _without_nul(params))
        except sqlite3.IntegrityError as exc:
            _raise_integrity_error(sql, params, exc)

    def executemany(self, sql: str, rows: Iterable[_Params]) -> sqlite3.Cursor:
        """As execute, for many rows; the callers leave NUL out of their texts themselves
        (checking every value of an import's million rows here doubled its time)."""
        try:
            return self.connection.executemany(sql, rows)
        except sqlite3.IntegrityError as exc:
            _raise_integrity_error(sql, (), exc)


def _without_nul(params: _Params) -> _Params:
    """`params` with NUL characters left out of its texts, as models.PlainText leaves them
    out on the SQLAlchemy path (PostgreSQL cannot store them): both paths store the same."""
    if any(isinstance(value, str) and "\x00" in value for value in params):
        return tuple(_no_nul(value) for value in params)
    return params


def _no_nul(value: object) -> object:
    return _text(value) if isinstance(value, str) else value


def _text(value: str) -> str:
    """`value` without NUL characters (see _without_nul)."""
    return value.replace("\x00", "")


def _raise_integrity_error(sql: str, params: _Params, exc: sqlite3.IntegrityError) -> NoReturn:
    from sqlalchemy.exc import IntegrityError

    raise IntegrityError(sql, tuple(params), exc) from exc


class LightConnections:
    """A small pool of sqlite3 connections to one database file, each with the pragmas set."""

    def __init__(self, path: Path, *, busy_timeout_ms: int, read_only: bool = False) -> None:
        self.path = path
        self._busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.checked_out = 0

    def acquire(self) -> sqlite3.Connection:
        with self._lock:
            self.checked_out += 1
            if self._idle:
                return self._idle.pop()
        try:
            return self._connect()
        except BaseException:
            with self._lock:
                self.checked_out -= 1
            raise

    def release(self, connection: sqlite3.Connection) -> None:
        with self._lock:
            self.checked_out -= 1
            self._idle.append(connection)

    def discard(self, connection: sqlite3.Connection) -> None:
        with self._lock:
            self.checked_out -= 1
        connection.close()

    def close(self) -> None:
        """Close the idle connections (SQLite folds the -wal file back in on the last one)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def _connect(self) -> sqlite3.Connection:
        # Like SQLAlchemy's pysqlite dialect: the driver's own transaction handling (BEGIN
        # before the first INSERT, UPDATE or DELETE), usable from the thread that has it.
        connection = connect(
            self.path,
            busy_timeout_ms=self._busy_timeout_ms,
            read_only=self.read_only,
            check_same_thread=False,
        )
        try:
            for statement in pragma_statements(
                busy_timeout_ms=self._busy_timeout_ms, read_only=self.read_only
            ):
                connection.execute(statement)
        except BaseException:
            connection.close()
            raise
        return connection


class LightUnitOfWork:
    """The sqlite3 counterpart of uow.UnitOfWork: same repositories, same transaction rules."""

    units: LightUnitRepository
    rounds: LightRoundRepository
    respondents: LightRespondentRepository
    answers: LightAnswerRepository
    events: LightEventRepository
    actions: LightActionRepository
    barriers: LightBarrierRepository
    changes: LightChangeRepository

    def __init__(self, connections: LightConnections) -> None:
        self._connections = connections
        self._connection: sqlite3.Connection | None = None

    def __enter__(self) -> Self:
        if self._connection is not None:
            raise RuntimeError("This unit of work is already in use")
        try:
            connection = self._connections.acquire()
        except sqlite3.Error as exc:
            raise self._storage_error(exc) from exc
        self._connection = connection
        db = _Connection(connection)
        self.units = LightUnitRepository(db)
        self.rounds = LightRoundRepository(db)
        self.respondents = LightRespondentRepository(db)
        self.answers = LightAnswerRepository(db)
        self.events = LightEventRepository(db)
        self.actions = LightActionRepository(db)
        self.barriers = LightBarrierRepository(db)
        self.changes = LightChangeRepository(db)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            # A no-op after commit(); otherwise discards the uncommitted work.
            connection.rollback()
        except sqlite3.Error:
            self._connections.discard(connection)
        else:
            self._connections.release(connection)
        if isinstance(exc, sqlite3.OperationalError):
            raise self._storage_error(exc) from exc

    def commit(self) -> None:
        """Save everything done so far in this unit of work."""
        self._active().commit()

    def rollback(self) -> None:
        """Discard everything done since the last commit."""
        self._active().rollback()

    def _active(self) -> sqlite3.Connection:
        if self._connection is None:
            raise RuntimeError("Use the unit of work in a with block")
        return self._connection

    def _storage_error(self, exc: sqlite3.Error) -> Exception:
        return storage_error(f"The database {self._connections.path}", exc)


# --- repositories ------------------------------------------------------------------------------


class _LightEntityRepository:
    """Add, get, update and delete of one kind of entity, stored one row each by its id."""

    table: str
    noun: str
    columns: tuple[str, ...]  # without id and the timestamps
    created_at = True

    def __init__(self, db: _Connection) -> None:
        self._db = db

    def _values(self, entity: Any) -> tuple[object, ...]:
        raise NotImplementedError

    def _entity(self, row: Sequence[Any]) -> Any:
        raise NotImplementedError

    def _select(self) -> str:
        return f"SELECT id, {', '.join(self.columns)}, version FROM {self.table}"

    def _add(self, entity: Any, extra: dict[str, object]) -> None:
        names = ["id", *self.columns, *extra]
        values = [entity.id, *self._values(entity), *extra.values()]
        marks = ", ".join("?" * len(names))
        self._db.execute(f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({marks})", values)
        _record_change(self._db, ChangeAction.ADDED, None, entity)

    def _get(self, entity_id: str) -> Any:
        row = self._db.execute(f"{self._select()} WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise NotFoundError(self._missing(entity_id))
        return self._entity(row)

    def _update(self, entity: Any, extra: dict[str, object] | None = None) -> Any:
        """Save the entity if its row still has the version it was read at (0: not read);
        returns it as stored. Like the ORM, a save that changes nothing writes nothing."""
        current = self._get(entity.id)
        check_version(entity.version, current.version, lambda: current, self.noun)
        values = self._values(entity)
        if values == self._values(current):
            return current
        extra = extra or {}
        assignments = ", ".join(f"{name} = ?" for name in (*self.columns, *extra))
        cursor = self._db.execute(
            f"UPDATE {self.table} SET {assignments}, version = version + 1"
            " WHERE id = ? AND version = ?",
            (*values, *extra.values(), entity.id, current.version),
        )
        if cursor.rowcount == 0:  # changed between the read above and this UPDATE
            raise record_conflict(self.noun, current=None)
        _record_change(self._db, ChangeAction.CHANGED, current, entity)
        return replace(entity, version=current.version + 1)

    def delete(self, entity_id: str) -> None:
        """Delete the row; the database's ON DELETE rules take its children with it."""
        removed = self._get(entity_id)
        self._db.execute(f"DELETE FROM {self.table} WHERE id = ?", (entity_id,))
        self._record_removal(removed)

    def _record_removal(self, removed: Any) -> None:
        _record_change(self._db, ChangeAction.REMOVED, removed, None)

    def _list(self, where: str, params: _Params, order: str) -> builtins.list[Any]:
        sql = f"{self._select()}{where} ORDER BY {order}"
        return [self._entity(row) for row in self._db.execute(sql, params)]

    def _missing(self, entity_id: str) -> str:
        return f"No {self.noun} with id {entity_id}"


class LightUnitRepository(_LightEntityRepository):
    table = "units"
    noun = "unit"
    columns = ("name", "country", "region", "lead_agency", "year_opened")

    def _values(self, entity: Unit) -> tuple[object, ...]:
        return (entity.name, entity.country, entity.region, entity.lead_agency, entity.year_opened)

    def _entity(self, row: Sequence[Any]) -> Unit:
        return Unit(*row)

    def add(self, entity: Unit) -> None:
        self._add(entity, {"created_at": _now()})

    def get(self, entity_id: str) -> Unit:
        unit: Unit = self._get(entity_id)
        return unit

    def update(self, entity: Unit) -> Unit:
        updated: Unit = self._update(entity)
        return updated

    def list(self) -> builtins.list[Unit]:
        """All units by name."""
        return self._list("", (), "name, id")

    def _record_removal(self, removed: Any) -> None:
        pass  # a unit's history goes with it (ON DELETE CASCADE)


class LightRoundRepository(_LightEntityRepository):
    table = "rounds"
    noun = "round"
    columns = (
        "unit_id",
        "title",
        "date",
        "pack_id",
        "pack_version",
        "pack_hash",
        "status",
        "compare_round_id",
    )

    def _values(self, entity: Round) -> tuple[object, ...]:
        return (
            entity.unit_id,
            entity.title,
            _day(entity.date),
            entity.pack_id,
            entity.pack_version,
            entity.pack_hash,
            RoundStatus(entity.status).value,
            entity.compare_round_id,
        )

    def _entity(self, row: Sequence[Any]) -> Round:
        return Round(
            id=row[0],
            unit_id=row[1],
            title=row[2],
            date=_parse_day(row[3]),
            pack_id=row[4],
            pack_version=row[5],
            pack_hash=row[6],
            status=RoundStatus(row[7]),
            compare_round_id=row[8],
            version=row[9],
        )

    def add(self, entity: Round) -> None:
        self._add(entity, {"created_at": _now(), "updated_at": _now()})

    def get(self, entity_id: str) -> Round:
        found: Round = self._get(entity_id)
        return found

    def update(self, entity: Round) -> Round:
        """Save the round; updated_at moves only when something changed (as with the ORM)."""
        updated: Round = self._update(entity, {"updated_at": _now()})
        return updated

    def list_for_unit(self, unit_id: str) -> builtins.list[Round]:
        """The unit's rounds, oldest first."""
        return self._list(" WHERE unit_id = ?", (unit_id,), "date, title, id")

    def list_all(self) -> builtins.list[Round]:
        """Every round of every unit, oldest first."""
        return self._list("", (), "date, title, id")

    def change_stamp(self, round_id: str) -> tuple[object, ...]:
        """Values that change whenever the round, or one of its respondents, answers or
        barriers, is changed, added or removed, by anyone (see RoundRepository)."""
        parts = ["(SELECT max(version) FROM rounds WHERE id = ?)"]
        for table in ("answers", "barriers"):
            parts += [
                f"(SELECT {expression} FROM {table} WHERE round_id = ?)"
                for expression in (
                    "count(*)",
                    "sum(version)",
                    "max(id)",
                    "CAST(max(updated_at) AS TEXT)",
                )
            ]
        parts += [
            f"(SELECT {expression} FROM respondents WHERE round_id = ?)"
            for expression in ("count(*)", "sum(version)", "CAST(max(created_at) AS TEXT)")
        ]
        row = self._db.execute("SELECT " + ", ".join(parts), (round_id,) * len(parts)).fetchone()
        return tuple(row)


class LightRespondentRepository(_LightEntityRepository):
    table = "respondents"
    noun = "respondent"
    columns = ("round_id", "alias", "perspective", "agency")

    def _values(self, entity: Respondent) -> tuple[object, ...]:
        return (entity.round_id, entity.alias, entity.perspective, entity.agency)

    def _entity(self, row: Sequence[Any]) -> Respondent:
        return Respondent(*row)

    def add(self, entity: Respondent) -> None:
        self._add(entity, {"created_at": _now()})

    def get(self, entity_id: str) -> Respondent:
        found: Respondent = self._get(entity_id)
        return found

    def update(self, entity: Respondent) -> Respondent:
        updated: Respondent = self._update(entity)
        return updated

    def list_for_round(self, round_id: str) -> builtins.list[Respondent]:
        """The round's respondents by alias."""
        return self._list(" WHERE round_id = ?", (round_id,), "alias, id")

    def delete(self, entity_id: str) -> None:
        """Delete the respondent with their answers (each answer's removal recorded)."""
        answers = [
            (row[0], _answer(row[1:]))
            for row in self._db.execute(
                f"SELECT id, {_ANSWER_READ} FROM answers WHERE respondent_id = ? ORDER BY id",
                (entity_id,),
            )
        ]
        super().delete(entity_id)
        for row_id, answer in answers:
            _record_change(self._db, ChangeAction.REMOVED, answer, None, record_id=str(row_id))


class LightEventRepository(_LightEntityRepository):
    table = "events"
    noun = "event"
    columns = ("unit_id", "date", "title", "description")

    def _values(self, entity: Event) -> tuple[object, ...]:
        return (entity.unit_id, _day(entity.date), entity.title, entity.description)

    def _entity(self, row: Sequence[Any]) -> Event:
        return Event(row[0], row[1], _parse_day(row[2]), row[3], row[4], version=row[5])

    def add(self, entity: Event) -> None:
        self._add(entity, {})

    def get(self, entity_id: str) -> Event:
        found: Event = self._get(entity_id)
        return found

    def update(self, entity: Event) -> Event:
        updated: Event = self._update(entity)
        return updated

    def list_for_unit(self, unit_id: str) -> builtins.list[Event]:
        """The unit's events, oldest first."""
        return self._list(" WHERE unit_id = ?", (unit_id,), "date, title, id")


_ANSWER_COLUMNS: Final = (
    "round_id, criterion_id, respondent_id, value, note, na_justification, flagged, dissent,"
    " carried"
)
_ANSWER_READ: Final = f"{_ANSWER_COLUMNS}, version"
_ANSWER_KEY: Final = "round_id = ? AND criterion_id = ? AND respondent_id IS ?"


def _answer(row: Sequence[Any]) -> Answer:
    return Answer(
        round_id=row[0],
        criterion_id=row[1],
        respondent_id=row[2],
        value=row[3],
        note=row[4],
        na_justification=row[5],
        flagged=bool(row[6]),
        dissent=row[7],
        carried=bool(row[8]),
        version=row[9],
    )


class LightAnswerRepository:
    """Answers, keyed by (round, criterion, respondent); respondent None is the consensus."""

    def __init__(self, db: _Connection) -> None:
        self._db = db

    def upsert(self, answer: Answer, *, expected_version: int | None = None) -> Answer:
        """Insert the answer, or replace the one with the same key; returns it as stored.

        With expected_version (0: there was no answer when it was read), nothing is written
        and ConflictError says what is stored now if the answer was changed, added or removed
        since; None writes whatever is there (imports, which check their own way).
        """
        key = (answer.round_id, answer.criterion_id, answer.respondent_id)
        found = self._db.execute(
            f"SELECT id, {_ANSWER_READ} FROM answers WHERE {_ANSWER_KEY}", key
        ).fetchone()
        if expected_version is not None:
            stored = None if found is None else found[10]
            if stored != (expected_version or None):
                raise answer_conflict(None if found is None else _answer(found[1:]))
        fields = (
            answer.value,
            answer.note,
            answer.na_justification,
            answer.flagged,
            answer.dissent,
            answer.carried,
            _now(),
        )
        if found is None:
            cursor = self._db.execute(
                f"INSERT INTO answers ({_ANSWER_COLUMNS}, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, *fields),
            )
            _record_change(
                self._db, ChangeAction.ADDED, None, answer, record_id=str(cursor.lastrowid)
            )
            return replace(answer, version=1)
        cursor = self._db.execute(
            "UPDATE answers SET value = ?, note = ?, na_justification = ?, flagged = ?,"
            " dissent = ?, carried = ?, updated_at = ?, version = version + 1"
            " WHERE id = ? AND version = ?",
            (*fields, found[0], found[10]),
        )
        if cursor.rowcount == 0:  # changed between the read above and this UPDATE
            raise answer_conflict(None)
        _record_change(
            self._db, ChangeAction.CHANGED, _answer(found[1:]), answer, record_id=str(found[0])
        )
        return replace(answer, version=found[10] + 1)

    def add_many(self, answers: Iterable[Answer]) -> int:
        """Insert many new answers in one statement; existing keys raise IntegrityError."""
        now = _now()
        added = builtins.list(answers)
        rows = [
            (
                answer.round_id,
                answer.criterion_id,
                answer.respondent_id,
                answer.value,
                _text(answer.note),
                _text(answer.na_justification),
                answer.flagged,
                _text(answer.dissent),
                answer.carried,
                now,
            )
            for answer in added
        ]
        if rows:
            self._db.executemany(
                f"INSERT INTO answers ({_ANSWER_COLUMNS}, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            _record_added_answers(self._db, added)
        return len(rows)

    def get(
        self, round_id: str, criterion_id: str, respondent_id: str | None = None
    ) -> Answer | None:
        """The answer with this key, or None if there is none."""
        row = self._db.execute(
            f"SELECT {_ANSWER_READ} FROM answers WHERE {_ANSWER_KEY}",
            (round_id, criterion_id, respondent_id),
        ).fetchone()
        return None if row is None else _answer(row)

    def list_consensus_for_round(self, round_id: str) -> builtins.list[Answer]:
        """The team's agreed answers of the round (no respondents'), by criterion id."""
        rows = self._db.execute(
            f"SELECT {_ANSWER_READ} FROM answers"
            " WHERE round_id = ? AND respondent_id IS NULL ORDER BY criterion_id",
            (round_id,),
        )
        return [_answer(row) for row in rows]

    def list_for_round(self, round_id: str) -> builtins.list[Answer]:
        """The round's answers by criterion id, the consensus answer before respondents'."""
        rows = self._db.execute(
            f"SELECT {_ANSWER_READ} FROM answers WHERE round_id = ?"
            " ORDER BY criterion_id, respondent_id NULLS FIRST, id",
            (round_id,),
        )
        return [_answer(row) for row in rows]

    def score_rows_for_round(self, round_id: str) -> builtins.list[ScoreRow]:
        """What a score reads of the round's answers, as plain rows (domain.scoring.ScoreRow):
        a summary of thousands of rounds need not build an Answer of each."""
        rows: builtins.list[ScoreRow] = self._db.execute(
            "SELECT respondent_id, criterion_id, value, na_justification, carried"
            " FROM answers WHERE round_id = ?",
            (round_id,),
        ).fetchall()
        return rows

    def delete(self, round_id: str, criterion_id: str, respondent_id: str | None = None) -> bool:
        """Delete the answer with this key; returns whether there was one."""
        found = self._db.execute(
            f"SELECT id, {_ANSWER_READ} FROM answers WHERE {_ANSWER_KEY}",
            (round_id, criterion_id, respondent_id),
        ).fetchone()
        if found is None:
            return False
        self._db.execute("DELETE FROM answers WHERE id = ?", (found[0],))
        _record_change(
            self._db, ChangeAction.REMOVED, _answer(found[1:]), None, record_id=str(found[0])
        )
        return True

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's answers of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many answers moved."""
        return _move_criteria(self._db, "answers", "answer", round_id, moves)


class LightActionRepository(_LightEntityRepository):
    table = "actions"
    noun = "action"
    columns = (
        "unit_id",
        "criterion_id",
        "title",
        "round_id",
        "lead_agency",
        "responsible_role",
        "due_date",
        "status",
        "progress_note",
    )

    def _values(self, entity: Action) -> tuple[object, ...]:
        return (
            entity.unit_id,
            entity.criterion_id,
            entity.title,
            entity.round_id,
            entity.lead_agency,
            entity.responsible_role,
            None if entity.due_date is None else _day(entity.due_date),
            ActionStatus(entity.status).value,
            entity.progress_note,
        )

    def _entity(self, row: Sequence[Any]) -> Action:
        return Action(
            id=row[0],
            unit_id=row[1],
            criterion_id=row[2],
            title=row[3],
            round_id=row[4],
            lead_agency=row[5],
            responsible_role=row[6],
            due_date=None if row[7] is None else _parse_day(row[7]),
            status=ActionStatus(row[8]),
            progress_note=row[9],
            version=row[10],
        )

    def add(self, entity: Action) -> None:
        now = _now()
        self._add(entity, {"created_at": now, "updated_at": now})

    def get(self, entity_id: str) -> Action:
        found: Action = self._get(entity_id)
        return found

    def update(self, entity: Action) -> Action:
        updated: Action = self._update(entity, {"updated_at": _now()})
        return updated

    def list_for_unit(self, unit_id: str) -> builtins.list[Action]:
        """The unit's actions: by due date (none last), then criterion and title."""
        return self._list(
            " WHERE unit_id = ?",
            (unit_id,),
            "due_date IS NULL, due_date, criterion_id, title, id",
        )


_BARRIER_READ: Final = "round_id, criterion_id, kind, text, version"


def _barrier(row: Sequence[Any]) -> Barrier:
    return Barrier(row[0], row[1], BarrierKind(row[2]), row[3], version=row[4])


class LightBarrierRepository:
    """Barriers, keyed by (round, criterion): at most one per criterion of a round."""

    def __init__(self, db: _Connection) -> None:
        self._db = db

    def upsert(self, barrier: Barrier) -> Barrier:
        """Record the barrier, replacing the criterion's earlier one; returns it as stored.

        A version other than 0 must match the stored one (ConflictError otherwise).
        """
        row_id, found = self._find(barrier.round_id, barrier.criterion_id)
        kind = BarrierKind(barrier.kind).value
        stored = replace(barrier, kind=BarrierKind(kind))
        if found is None:
            cursor = self._db.execute(
                "INSERT INTO barriers (round_id, criterion_id, kind, text, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (barrier.round_id, barrier.criterion_id, kind, barrier.text, _now()),
            )
            _record_change(
                self._db, ChangeAction.ADDED, None, stored, record_id=str(cursor.lastrowid)
            )
            return replace(stored, version=1)
        check_version(barrier.version, found.version, lambda: found, "barrier")
        cursor = self._db.execute(
            "UPDATE barriers SET kind = ?, text = ?, updated_at = ?, version = version + 1"
            " WHERE round_id = ? AND criterion_id = ? AND version = ?",
            (kind, barrier.text, _now(), barrier.round_id, barrier.criterion_id, found.version),
        )
        if cursor.rowcount == 0:  # changed between the read above and this UPDATE
            raise record_conflict("barrier", current=None)
        _record_change(self._db, ChangeAction.CHANGED, found, stored, record_id=str(row_id))
        return replace(stored, version=found.version + 1)

    def _find(self, round_id: str, criterion_id: str) -> tuple[int, Barrier | None]:
        row = self._db.execute(
            f"SELECT id, {_BARRIER_READ} FROM barriers WHERE round_id = ? AND criterion_id = ?",
            (round_id, criterion_id),
        ).fetchone()
        return (0, None) if row is None else (row[0], _barrier(row[1:]))

    def get(self, round_id: str, criterion_id: str) -> Barrier | None:
        row = self._db.execute(
            f"SELECT {_BARRIER_READ} FROM barriers WHERE round_id = ? AND criterion_id = ?",
            (round_id, criterion_id),
        ).fetchone()
        return None if row is None else _barrier(row)

    def list_for_round(self, round_id: str) -> builtins.list[Barrier]:
        """The round's barriers by criterion id."""
        rows = self._db.execute(
            f"SELECT {_BARRIER_READ} FROM barriers WHERE round_id = ? ORDER BY criterion_id",
            (round_id,),
        )
        return [_barrier(row) for row in rows]

    def delete(self, round_id: str, criterion_id: str) -> bool:
        """Remove the criterion's barrier; returns whether there was one."""
        row_id, found = self._find(round_id, criterion_id)
        if found is None:
            return False
        self._db.execute("DELETE FROM barriers WHERE id = ?", (row_id,))
        _record_change(self._db, ChangeAction.REMOVED, found, None, record_id=str(row_id))
        return True

    def move_criteria(self, round_id: str, moves: Mapping[str, str]) -> int:
        """Give the round's barrier of each criterion in `moves` the criterion it maps to
        (the round moves to a new pack version); returns how many barriers moved."""
        return _move_criteria(self._db, "barriers", "barrier", round_id, moves)


# --- the history of changes -------------------------------------------------------------------

_CHANGE_COLUMNS: Final = (
    "unit_id, round_id, criterion_id, respondent_id, record, record_id, action, summary,"
    " changed_by, changed_at"
)
_CHANGE_READ: Final = f"id, {_CHANGE_COLUMNS}"


def _record_change(
    db: _Connection,
    action: ChangeAction,
    before: Record | None,
    after: Record | None,
    *,
    record_id: str | None = None,
) -> None:
    """Record a change of a record (as repositories._History.record): nothing when a change
    left everything a person sees as it was."""
    record = after if after is not None else before
    assert record is not None
    summary = change_summary(before, after)
    if action is ChangeAction.CHANGED and not summary:
        return
    keys = change_keys(record, removed=action is ChangeAction.REMOVED)
    row_id = record_id if record_id is not None else str(getattr(record, "id", ""))
    values = (
        keys.round_id,
        keys.criterion_id,
        keys.respondent_id,
        record_name(record),
        row_id,
        action.value,
        summary,
        db.author,
        _now(),
    )
    if keys.unit_id is not None:
        db.execute(
            f"INSERT INTO changes ({_CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (keys.unit_id, *values),
        )
    else:  # filed under the round's unit, found in the same statement
        db.execute(
            f"INSERT INTO changes ({_CHANGE_COLUMNS})"
            " SELECT unit_id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM rounds WHERE id = ?",
            (*values, keys.round_id),
        )


def _record_added_answers(db: _Connection, answers: Sequence[Answer]) -> None:
    """Record answers inserted together, in their order: their row ids and their round's
    unit are read once per round."""
    author, now = db.author, _now()
    summaries: dict[tuple[object, ...], str] = {}
    units: dict[str, str] = {}
    ids: dict[tuple[str, str, str | None], int] = {}
    for round_id in dict.fromkeys(answer.round_id for answer in answers):
        found = db.execute("SELECT unit_id FROM rounds WHERE id = ?", (round_id,)).fetchone()
        units[round_id] = found[0]
        ids.update(
            ((round_id, criterion_id, respondent_id), row_id)
            for row_id, criterion_id, respondent_id in db.execute(
                "SELECT id, criterion_id, respondent_id FROM answers WHERE round_id = ?",
                (round_id,),
            )
        )
    db.executemany(
        f"INSERT INTO changes ({_CHANGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                units[answer.round_id],
                answer.round_id,
                answer.criterion_id,
                answer.respondent_id,
                "answer",
                str(ids[answer.round_id, answer.criterion_id, answer.respondent_id]),
                "added",
                _text(added_summary(answer, summaries)),
                author,
                now,
            )
            for answer in answers
        ],
    )


# The prefix of criterion ids being moved, which no criterion id has: repositories._STAGED
# (not NUL, which is left out of every text stored).
_STAGED: Final = "\x01"


def _record_moves(
    db: _Connection, record: str, round_id: str, moved: Sequence[tuple[str, str]]
) -> None:
    """After moving a round's records to other criteria: their history moves along (through
    names no criterion has, as the records did), and each move is recorded."""
    for old, new in moved:
        db.execute(
            "UPDATE changes SET criterion_id = ? WHERE round_id = ? AND record = ?"
            " AND criterion_id = ?",
            (_STAGED + new, round_id, record, old),
        )
    for _old, new in moved:
        db.execute(
            "UPDATE changes SET criterion_id = ? WHERE round_id = ? AND record = ?"
            " AND criterion_id = ?",
            (new, round_id, record, _STAGED + new),
        )
    author, now = db.author, _now()
    for old, new in moved:
        db.execute(
            f"INSERT INTO changes ({_CHANGE_COLUMNS})"
            " SELECT unit_id, ?, ?, NULL, ?, '', 'changed', ?, ?, ? FROM rounds WHERE id = ?",
            (round_id, new, record, moved_summary(old, new), author, now, round_id),
        )


def _change(row: Sequence[Any]) -> Change:
    return Change(
        id=row[0],
        unit_id=row[1],
        round_id=row[2],
        criterion_id=row[3],
        respondent_id=row[4],
        record=row[5],
        record_id=row[6],
        action=ChangeAction(row[7]),
        summary=row[8],
        changed_by=row[9],
        changed_at=_parse_timestamp(row[10]),
    )


class LightChangeRepository:
    """The history of saved changes (written by the other repositories, read here)."""

    def __init__(self, db: _Connection) -> None:
        self._db = db

    def for_criterion(self, round_id: str, criterion_id: str) -> builtins.list[Change]:
        """Every recorded change of a criterion in a round (answers, barrier, actions),
        newest first."""
        rows = self._db.execute(
            f"SELECT {_CHANGE_READ} FROM changes WHERE round_id = ? AND criterion_id = ?"
            " ORDER BY changed_at DESC, id DESC",
            (round_id, criterion_id),
        )
        return [_change(row) for row in rows]

    def for_round(self, round_id: str) -> builtins.list[Change]:
        """Every recorded change in a round, newest first."""
        rows = self._db.execute(
            f"SELECT {_CHANGE_READ} FROM changes WHERE round_id = ?"
            " ORDER BY changed_at DESC, id DESC",
            (round_id,),
        )
        return [_change(row) for row in rows]


def _move_criteria(
    db: _Connection, table: str, record: str, round_id: str, moves: Mapping[str, str]
) -> int:
    """As repositories._move_criteria: through names no criterion has, versions raised."""
    staged = {old: _STAGED + new for old, new in moves.items() if old != new}
    moved: list[tuple[str, str]] = []
    count = 0
    now = _now()
    for old, temporary in staged.items():
        cursor = db.execute(
            f"UPDATE {table} SET criterion_id = ?, version = version + 1, updated_at = ?"
            " WHERE round_id = ? AND criterion_id = ?",
            (temporary, now, round_id, old),
        )
        count += cursor.rowcount
        if cursor.rowcount:
            moved.append((old, temporary[1:]))
    for temporary in staged.values():
        db.execute(
            f"UPDATE {table} SET criterion_id = ? WHERE round_id = ? AND criterion_id = ?",
            (temporary[1:], round_id, temporary),
        )
    _record_moves(db, record, round_id, moved)
    return count
