"""The coordinators' comparison of a network's units straight from its PostgreSQL server, against
the file-based comparison of the same units' exports.

The network is bench/scale.py's (200 units x 10 rounds x 8 respondents, built through the
services once and cached under --cache, with a unit export of each unit kept beside it). It is
loaded into a database of the throwaway PostgreSQL server (tests/postgres.py) after
`server init` (bench/server.py's server, or one started here), and a coordinator role is
added: the comparison runs as that coordinator, through the server's row-level security, as
on a network (as the superuser, who bypasses it, when the server commands are not there).

Measured, interleaved (what disturbs one disturbs the other), in-process:
- server: services.network_compare.read_database_summaries + compare, each unit on its
  latest round (drafts included: what a unit export's summary shows), as the coordinator;
- files: exchange.compare.read_many + compare of the 200 unit exports.
Medians with the min-max spread, and the ratio server / files. Both give the same
comparison (checked once before timing).

Run: .venv/bin/python bench/server_compare.py [--compare-quick] [--compare-runs 5] [--cache DIR]
     or as the second part of bench/server.py (which calls main_part(server, args)).
"""

from __future__ import annotations

import argparse
import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The tables a comparison reads, parents first (the history of changes is left out).
TABLES = ("units", "rounds", "respondents", "answers", "events", "actions", "barriers")
PASSWORD = "bench coordinator password"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from bench.scale import DEFAULT_CACHE

    parser.add_argument(
        "--compare-runs", type=int, default=5, help="interleaved comparison runs (5)"
    )
    parser.add_argument(
        "--compare-quick", action="store_true", help="20 units instead of 200 (scale.py --quick)"
    )
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="where scale.py keeps its network"
    )


def load(server: Any, sqlite_file: Path, database: str) -> tuple[str, str]:
    """The network's rows copied into `database` after `server init`; returns the URL to
    compare with (a coordinator's) and who that is."""
    import psycopg

    superuser_url = server.url(database)
    try:
        from promise_tracker.storage import server_setup
    except ImportError:
        server_setup = None
    if server_setup is not None:
        prefix = f"bench{int(time.time()) % 100000}"
        server_setup.init_server(superuser_url, prefix)
    else:
        from promise_tracker.storage.database import Database

        with tempfile.TemporaryDirectory() as backups:
            Database.open(superuser_url, Path(backups)).close()
    source = sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True)
    with psycopg.connect(
        host=str(server.socket_dir), dbname=database, user="pt_superuser", autocommit=True
    ) as target:
        for table in TABLES:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            with (
                target.cursor() as cursor,
                cursor.copy(
                    f"COPY {table} ({names}) FROM STDIN"  # type: ignore[arg-type]
                ) as copy,
            ):
                for row in source.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row(row)
        target.execute("ANALYZE")
    source.close()
    if server_setup is None:
        return superuser_url, "the superuser (no server commands: no row-level security)"
    coordinator = f"{prefix}_carl"
    server_setup.add_to_group(superuser_url, coordinator, "coordinator", PASSWORD)
    return server.url(database, coordinator, PASSWORD), f"coordinator {coordinator}"


def main_part(server: Any, args: argparse.Namespace) -> None:
    """Run the comparison part on `server` (a tests.postgres.ThrowawayServer)."""
    from bench.scale import FULL, QUICK, cached_database, interleaved, spread, unit_exports
    from promise_tracker.exchange.compare import compare, read_many
    from promise_tracker.services.network_compare import RoundChoice, read_database_summaries
    from promise_tracker.standards.registry import PackRegistry
    from promise_tracker.storage.database import Database

    size = QUICK if args.compare_quick else FULL
    data = cached_database(args.cache, size)
    exports = unit_exports(data, data.parent / "exports", size["units"])
    database = server.new_database("compare")
    started = time.perf_counter()
    url, who = load(server, data / "promise-tracker.sqlite", database)
    print(
        f"comparison: {size['units']} units loaded into the server in "
        f"{time.perf_counter() - started:.0f} s; compared as {who}",
        flush=True,
    )
    packs = PackRegistry.load()
    choice = RoundChoice(drafts=True)  # a unit export's summary is the unit's latest round
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as backups:
        opened = Database.open(url, Path(backups))
        try:

            def from_server() -> Any:
                summaries = read_database_summaries(opened, packs, choice)
                return compare(summaries, crosswalks=packs.crosswalks)

            def from_files() -> Any:
                return compare(read_many(exports), crosswalks=packs.crosswalks)

            one, other = from_server(), from_files()
            assert len(one.units) == len(other.units) == size["units"]
            assert dataclasses.replace(one, files=()) == dataclasses.replace(other, files=())

            def timed(action: Any) -> Any:
                def run() -> float:
                    began = time.perf_counter()
                    action()
                    return time.perf_counter() - began

                return run

            times = interleaved(
                args.compare_runs,
                **{
                    f"files: read {len(exports)} unit exports + compare": timed(from_files),
                    f"server: {size['units']} units straight from the database + compare": timed(
                        from_server
                    ),
                },
            )
        finally:
            opened.close()
    print(
        f"the coordinators' comparison, {args.compare_runs} interleaved runs, in-process, "
        "median (min-max); both give the same comparison"
    )
    medians = {name: statistics.median(values) for name, values in times.items()}
    files_name, server_name = list(times)
    for name, values in times.items():
        print(f"  {name:<62}{spread(values)}")
    print(f"  ratio server / files: {medians[server_name] / medians[files_name]:.2f}x")
    print()
    server.drop_database(database)


def main() -> int:
    sys.path.insert(0, str(ROOT))  # tests.postgres, bench.scale
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args()

    from tests.postgres import throwaway_server

    started = time.perf_counter()
    with throwaway_server() as server:
        main_part(server, args)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
