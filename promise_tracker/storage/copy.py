"""Copy every row of one PROMISE tracker database into another (an SQLite file, a server).

The copy is of the app's tables only (those of models.Base.metadata), in foreign-key order,
read in batches from one consistent snapshot of the source and written in ONE transaction
of the target: if anything fails, the target is left exactly as it was. Both databases must
be at this version's schema revision; the target is created or upgraded by Database.open
first, an older or newer source is refused (it is upgraded by opening it with its own app).

Tables the server set-up adds beside the app's (members of the network, for example) are
left alone. Units are therefore replaced in place (updated by id, the ones not in the source
removed) rather than all deleted and inserted again, so that whatever the server keeps about
a unit that is copied again stays with it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from promise_tracker.errors import DatabaseTooNewError, PromiseTrackerError, StorageError
from promise_tracker.i18n import translate
from promise_tracker.paths import sqlite_url
from promise_tracker.storage.failures import storage_error

if TYPE_CHECKING:
    from sqlalchemy import Column, Connection, Engine, Table

# Rows read and written at once: a network's 1.4 million answers never sit in memory together.
DEFAULT_BATCH_SIZE: Final = 5000
SUPPORTED_BACKENDS: Final = ("sqlite", "postgresql")
# The table every other one belongs to (see the module docstring).
_ROOT_TABLE: Final = "units"

# Told after each batch written: the table's name and how many of its rows are written so far.
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class CopyReport:
    """What copy_data did: the rows copied per table, in the order they were copied."""

    source: str  # as shown to people: any password hidden
    target: str
    revision: str
    rows: tuple[tuple[str, int], ...]
    replaced: bool


class CopyRefusedError(StorageError):
    """The copy was not started: the target holds data, a database is at another revision..."""


def shown_url(url: str) -> str:
    """The URL as shown to people, the password (if any) hidden."""
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True)


def database_url(given: str, option: str) -> str:
    """The URL of the database given on the command line: a URL, or the path of a file.

    A URL SQLAlchemy cannot read, or of a database other than SQLite or PostgreSQL, raises a
    PromiseTrackerError naming the option it was given with and what is expected there.
    """
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    text = given.strip()
    if "://" not in text:
        if not text:
            raise PromiseTrackerError(_not_a_url(option, given))
        return sqlite_url(Path(text).expanduser().resolve())
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise PromiseTrackerError(_not_a_url(option, _hide_password_in_text(given))) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        # As libpq and psql write it: the driver installed with the app is psycopg.
        parsed = parsed.set(drivername="postgresql+psycopg")
        text = parsed.render_as_string(hide_password=False)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS or parsed.drivername not in (
        "sqlite",
        "sqlite+pysqlite",
        "postgresql+psycopg",
    ):
        raise PromiseTrackerError(_not_a_url(option, parsed.render_as_string(hide_password=True)))
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise PromiseTrackerError(_not_a_url(option, parsed.render_as_string()))
        return sqlite_url(Path(parsed.database).expanduser().resolve())
    return text


def _hide_password_in_text(text: str) -> str:
    """A text that looked like a URL to nobody but its writer, with anything after a ':' in
    its credentials hidden (it may be a password)."""
    scheme, _, rest = text.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return text
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


def _not_a_url(option: str, given: str) -> str:
    return translate(
        "CopyData",
        "{option} {given}: that is not a database PROMISE tracker can copy. Give a database "
        "file (a path, or sqlite:///path/to/promise-tracker.sqlite) or a PostgreSQL server "
        "database (postgresql+psycopg://user@host/database).",
    ).format(option=option, given=given)


def copy_data(
    source_url: str,
    target_url: str,
    *,
    backup_dir: Path,
    replace: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy every row of the app's tables from source_url into target_url.

    The target is opened (created, or upgraded after a backup into backup_dir) through
    Database.open. A target holding data is refused unless `replace`, which replaces all its
    rows in the same transaction as the copy. Raises CopyRefusedError when nothing was
    started, StorageError when a database cannot be used (nothing is then changed).
    """
    source_shown, target_shown = shown_url(source_url), shown_url(target_url)
    if _same_database(source_url, target_url):
        raise CopyRefusedError(
            translate(
                "CopyData",
                "{source} is both the source and the target. Nothing was copied.",
            ).format(source=source_shown)
        )
    with _source_snapshot(source_url, source_shown) as source:
        revision = _check_source_revision(source, source_shown)
        with _opened_target(target_url, target_shown, backup_dir) as target_engine:
            try:
                rows = _copy_into(
                    source,
                    target_engine,
                    target_shown,
                    replace=replace,
                    batch_size=batch_size,
                    progress=progress,
                )
            except PromiseTrackerError:
                raise
            except Exception as exc:
                if not _is_driver_failure(exc):
                    raise
                if _is_refusal(exc):
                    raise StorageError(
                        translate(
                            "CopyData",
                            "Copying into {target} failed, so nothing was changed there: the "
                            "role it connects as may not write every row ({reason}). Copy as "
                            "the owner of the database's tables (the role that ran "
                            "promise-tracker server init).",
                        ).format(target=target_shown, reason=_driver_reason(exc))
                    ) from exc
                raise StorageError(
                    translate(
                        "CopyData",
                        "Copying into {target} failed, so nothing was changed there: {reason}",
                    ).format(target=target_shown, reason=_driver_reason(exc))
                ) from exc
    return CopyReport(source_shown, target_shown, revision, rows, replace)


def _same_database(first: str, second: str) -> bool:
    from sqlalchemy import make_url

    a, b = make_url(first), make_url(second)
    if a.get_backend_name() == "sqlite" and b.get_backend_name() == "sqlite":
        return bool(a.database and b.database) and (
            Path(a.database).resolve() == Path(b.database).resolve()  # type: ignore[arg-type]
        )
    return a.render_as_string(hide_password=True) == b.render_as_string(hide_password=True)


@contextlib.contextmanager
def _source_snapshot(url: str, shown: str) -> Iterator[Connection]:
    """A connection reading the source from one snapshot, as it was when the copy began."""
    from sqlalchemy import make_url

    from promise_tracker.storage.engine import make_engine

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not path.is_file():
            raise CopyRefusedError(
                translate(
                    "CopyData", "{source} does not exist (or is not a file). Nothing was copied."
                ).format(source=path)
            )
    engine = make_engine(url, read_only=parsed.get_backend_name() == "sqlite")
    try:
        try:
            connection = engine.connect()
        except Exception as exc:
            if not _is_driver_failure(exc):
                raise
            raise storage_error(shown, exc) from exc
        with connection:
            try:
                if connection.dialect.name == "sqlite":
                    # sqlite3 begins no transaction for reading: without one, each table
                    # would be read as it is at that moment.
                    connection.exec_driver_sql("BEGIN")
                else:
                    connection.execution_options(isolation_level="REPEATABLE READ")
                    connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                yield connection
            except PromiseTrackerError:
                raise
            except Exception as exc:
                if not _is_driver_failure(exc):
                    raise
                raise StorageError(
                    translate("CopyData", "{source} could not be read: {reason}").format(
                        source=shown, reason=_driver_reason(exc)
                    )
                ) from exc
            finally:
                with contextlib.suppress(Exception):
                    connection.rollback()
    finally:
        engine.dispose()


def _check_source_revision(source: Connection, shown: str) -> str:
    """The source's schema revision, which must be this version's newest."""
    from sqlalchemy import inspect

    from promise_tracker.storage.migrate import current_revisions, head_revision, known_revisions

    tables = set(inspect(source).get_table_names())
    revisions = current_revisions(source) if "alembic_version" in tables else ()
    head = head_revision()
    if revisions == (head,):
        return head
    if not revisions:
        raise CopyRefusedError(
            translate(
                "CopyData",
                "{source} is not a PROMISE tracker database (or holds no data yet). Nothing "
                "was copied.",
            ).format(source=shown)
        )
    known = known_revisions()
    if any(revision not in known for revision in revisions):
        raise DatabaseTooNewError(
            translate(
                "CopyData",
                "{source} was saved by a newer version of PROMISE tracker (database format "
                "{revision}). Update PROMISE tracker on this computer, then copy again. Nothing "
                "was copied.",
            ).format(source=shown, revision=", ".join(revisions))
        )
    raise CopyRefusedError(
        translate(
            "CopyData",
            "{source} was saved by an older version of PROMISE tracker (database format "
            "{revision}; this version writes {head}). Upgrade it first: open it once with this "
            "version of PROMISE tracker (a server database: promise-tracker server upgrade), "
            "then copy again. Nothing was copied.",
        ).format(source=shown, revision=", ".join(revisions), head=head)
    )


@contextlib.contextmanager
def _opened_target(url: str, shown: str, backup_dir: Path) -> Iterator[Engine]:
    """The target's engine, once Database.open has created or upgraded its schema."""
    from promise_tracker.storage.database import Database

    database = Database.open(url, backup_dir)
    try:
        yield database.engine
    finally:
        database.close()


def _copy_into(
    source: Connection,
    target_engine: Engine,
    target_shown: str,
    *,
    replace: bool,
    batch_size: int,
    progress: Progress | None,
) -> tuple[tuple[str, int], ...]:
    from promise_tracker.storage.models import Base

    tables = list(Base.metadata.sorted_tables)
    copied: list[tuple[str, int]] = []
    with target_engine.connect() as target, target.begin():
        held = _counts(target, tables)
        if any(held.values()) and not replace:
            raise CopyRefusedError(_holds_data_message(target_shown, held))
        if replace:
            # Children first; units are replaced in place (see the module docstring).
            for table in reversed(tables):
                if table.name != _ROOT_TABLE:
                    target.execute(table.delete())
        for table in tables:
            count = _copy_table(source, target, table, batch_size, progress)
            copied.append((table.name, count))
        if target.dialect.name == "postgresql":
            _advance_sequences(target, tables)
        _check_counts(target, tables, dict(copied), target_shown)
    return tuple(copied)


def _counts(connection: Connection, tables: Sequence[Table]) -> dict[str, int]:
    from sqlalchemy import func, select

    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
        for table in tables
    }


def _holds_data_message(target: str, held: dict[str, int]) -> str:
    contents = ", ".join(
        [
            translate("CopyData", "%n units", None, held.get("units", 0)),
            translate("CopyData", "%n rounds", None, held.get("rounds", 0)),
            translate("CopyData", "%n answers", None, held.get("answers", 0)),
        ]
    )
    return translate(
        "CopyData",
        "{target} already holds data ({contents}). Nothing was copied. To delete everything "
        "in it and put the copied data in its place, run the command again with --replace.",
    ).format(target=target, contents=contents)


def _copy_table(
    source: Connection,
    target: Connection,
    table: Table,
    batch_size: int,
    progress: Progress | None,
) -> int:
    """Copy one table in batches; returns the number of rows copied."""
    from sqlalchemy import select

    # A column referring to the same table (a round compared with an earlier one) is filled
    # once every row is in, since the row it refers to may come later.
    self_references = [
        fk.parent for fk in table.foreign_keys if fk.column.table is table and fk.parent.nullable
    ]
    later: list[dict[str, Any]] = []
    write = _writer(target, table)
    query = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(yield_per=batch_size).execute(query)
    count = 0
    source_ids: set[object] = set()
    for batch in result.partitions():
        rows = [dict(row._mapping) for row in batch]
        if self_references:
            for row in rows:
                if any(row[column.name] is not None for column in self_references):
                    later.append(dict(row))
                    for column in self_references:
                        row[column.name] = None
        if table.name == _ROOT_TABLE:
            source_ids.update(row["id"] for row in rows)
        write(rows)
        count += len(rows)
        if progress is not None:
            progress(table.name, count)
    if later:
        _fill_self_references(target, table, self_references, later)
    if table.name == _ROOT_TABLE:
        _remove_units_not_copied(target, table, source_ids)
    return count


def _writer(target: Connection, table: Table) -> Callable[[list[dict[str, Any]]], None]:
    """What writes a batch of rows into the table: PostgreSQL's COPY where it can (faster
    than INSERT for a network's million answers), else INSERT."""
    if (
        target.dialect.name != "postgresql"
        or table.name == _ROOT_TABLE
        or _row_security_applies(target, table)
    ):
        insert = _insert_statement(target, table)

        def execute(rows: list[dict[str, Any]]) -> None:
            target.execute(insert, rows)

        return execute

    columns = [column.name for column in table.columns]
    sql = "COPY {table} ({columns}) FROM STDIN".format(
        table=_quoted(table.name), columns=", ".join(_quoted(name) for name in columns)
    )
    # The driver's own connection, inside the transaction SQLAlchemy has begun on it.
    driver = target.connection.driver_connection

    def copy(rows: list[dict[str, Any]]) -> None:
        with driver.cursor() as cursor, cursor.copy(sql) as stream:  # type: ignore[union-attr]
            for row in rows:
                stream.write_row([row[name] for name in columns])

    return copy


def _row_security_applies(target: Connection, table: Table) -> bool:
    """Whether row-level security policies check the rows written (COPY cannot be used then:
    on a network's server set up by `server init` even the owner goes through them)."""
    from sqlalchemy import text

    return bool(
        target.execute(
            text(
                "SELECT c.relrowsecurity AND NOT r.rolsuper AND NOT r.rolbypassrls "
                "AND (c.relforcerowsecurity OR c.relowner <> r.oid) "
                "FROM pg_class c, pg_roles r "
                "WHERE c.oid = CAST(:table AS regclass) AND r.rolname = current_user"
            ),
            {"table": _quoted(table.name)},
        ).scalar_one()
    )


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _insert_statement(target: Connection, table: Table) -> Any:
    """INSERT for most tables; for units an upsert by id (see the module docstring)."""
    if table.name != _ROOT_TABLE:
        return table.insert()
    if target.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    statement = upsert(table)
    keys = [column.name for column in table.primary_key.columns]
    return statement.on_conflict_do_update(
        index_elements=keys,
        set_={
            column.name: statement.excluded[column.name]
            for column in table.columns
            if column.name not in keys
        },
    )


def _remove_units_not_copied(target: Connection, table: Table, kept: set[object]) -> None:
    """After an upsert of the source's units: remove the target's other units."""
    from sqlalchemy import select

    stale = [
        unit_id for unit_id in target.execute(select(table.c.id)).scalars() if unit_id not in kept
    ]
    for start in range(0, len(stale), 500):
        target.execute(table.delete().where(table.c.id.in_(stale[start : start + 500])))


def _fill_self_references(
    target: Connection, table: Table, columns: list[Column[Any]], rows: list[dict[str, Any]]
) -> None:
    from sqlalchemy import and_, bindparam

    keys = list(table.primary_key.columns)
    # Columns updated automatically on UPDATE (updated_at) keep the copied value too.
    kept = [column for column in table.columns if column.onupdate is not None]
    statement = (
        table.update()
        .where(and_(*(key == bindparam(f"key_{key.name}") for key in keys)))
        .values({column.name: bindparam(f"new_{column.name}") for column in (*columns, *kept)})
    )
    parameters = [
        {
            **{f"key_{key.name}": row[key.name] for key in keys},
            **{f"new_{column.name}": row[column.name] for column in (*columns, *kept)},
        }
        for row in rows
    ]
    target.execute(statement, parameters)


def _advance_sequences(target: Connection, tables: Sequence[Table]) -> None:
    """Move each id sequence past the highest id copied, or the next insert would fail."""
    from sqlalchemy import Integer, text

    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        target.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE((SELECT MAX("{keys[0].name}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name, "column": keys[0].name},
        )


def _check_counts(
    target: Connection, tables: Sequence[Table], copied: dict[str, int], shown: str
) -> None:
    """Every row copied is there to read (a row-level policy could hide some)."""
    held = _counts(target, tables)
    missing = [name for name, count in copied.items() if held[name] != count]
    if missing:
        raise StorageError(
            translate(
                "CopyData",
                "After copying, {target} does not show every row copied (in {tables}), so the "
                "copy was undone and nothing was changed there. Copy as the owner of the "
                "database's tables (the role that ran promise-tracker server init).",
            ).format(target=shown, tables=", ".join(missing))
        )


def _is_driver_failure(exc: BaseException) -> bool:
    import sqlite3
    import sys

    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError | sqlite3.Error | OSError):
        return True
    # COPY goes through psycopg itself, whose errors SQLAlchemy does not wrap.
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.Error)


def _is_refusal(exc: BaseException) -> bool:
    """Whether the server refused for want of privileges (a grant or a row-level policy)."""
    # SQLSTATE 42501, insufficient_privilege: "permission denied for table ..." and "new row
    # violates row-level security policy ..." alike.
    driver_error = getattr(exc, "orig", None) or exc
    return getattr(driver_error, "sqlstate", None) == "42501"


def _driver_reason(exc: BaseException) -> str:
    from promise_tracker.storage.failures import driver_message

    return driver_message(exc).strip().splitlines()[0] if driver_message(exc).strip() else ""
