"""A PostgreSQL server database stores and returns what an SQLite file does, call for call.

The same day of work through every repository method (test_light_storage.scenario) runs on
an SQLite file and on a server database whose collation is Swedish: the entities read back
and the rows left behind must be the same, types included (naive UTC datetimes, dates,
booleans, integer ids).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from promise_tracker.domain.entities import Change, ChangeAction
from promise_tracker.storage.database import Database
from promise_tracker.storage.engine import sqlite_url
from promise_tracker.storage.models import Base
from tests.postgres import ThrowawayServer
from tests.unit.storage.helpers import read_rows, server_database_url
from tests.unit.storage.test_light_storage import TIMESTAMP_COLUMNS, scenario

# Who saved a change is the database role on a server and the login name on a file.
_WHO_AND_WHEN = {"changed_by", "changed_at"}
# A server's integer ids come from sequences, which a rolled-back transaction leaves
# advanced: they give the same order, with gaps where SQLite would reuse the number.
_NUMBERED = "changes"


def without_authors(seen: object) -> object:
    """The scenario's results with every change's author left out (see _WHO_AND_WHEN)."""
    if isinstance(seen, Change):
        return dataclasses.replace(seen, id=0, changed_by="")
    if isinstance(seen, tuple) and len(seen) > 9 and isinstance(seen[7], ChangeAction):
        return (0, *seen[1:9], "", *seen[10:])  # a change read as a plain row
    if isinstance(seen, list | tuple):
        return type(seen)(without_authors(item) for item in seen)
    return seen


def run_scenario(
    url: str, backups: Path
) -> tuple[list[object], dict[str, list[dict[str, object]]]]:
    with Database.open(url, backups) as database:
        seen = scenario(database.unit_of_work)
    return seen, read_rows(url, tuple(Base.metadata.tables))


def test_a_server_database_returns_and_stores_what_a_file_does(
    postgres_server: ThrowawayServer, tmp_path: Path
) -> None:
    on_file = run_scenario(sqlite_url(tmp_path / "promise.sqlite"), tmp_path / "backups")
    with server_database_url(postgres_server) as url:
        on_server = run_scenario(url, tmp_path / "backups")

    assert without_authors(on_server[0]) == without_authors(on_file[0])
    rows = {"file": on_file[1], "server": on_server[1]}
    for where_rows in rows.values():
        for table_rows in where_rows.values():
            for row in table_rows:
                for column in (TIMESTAMP_COLUMNS | _WHO_AND_WHEN) & row.keys():
                    value = row.pop(column)
                    assert isinstance(value, dt.datetime | str), (column, value)
                    if isinstance(value, dt.datetime):
                        assert value.tzinfo is None  # naive UTC, as everywhere
        for number, row in enumerate(where_rows.get(_NUMBERED, []), start=1):
            row["id"] = number
    assert rows["server"] == rows["file"]
    # The scenario reached the tables, with values of the same Python types.
    answers = rows["server"]["answers"]
    assert answers
    assert all(isinstance(row["id"], int) for row in answers)
    assert {type(row["flagged"]) for row in answers} == {bool}
    assert {type(row["date"]) for row in rows["server"]["rounds"]} == {dt.date}
