"""A network's worth of data: score, Results, compare and import against floors doing the same work.

The database is built through the services (units, rounds, respondents, answers, events as the
app writes them) and cached between runs under --cache, keyed by its size and by a hash of the
builder's source, so a change to the builder builds it again and nothing else does.

Measured (interleaved runs; medians with the min-max spread; ratios of medians):
- score: `promise-tracker score --json` in a fresh process, against a fresh process reading
  the same answer rows with bare sqlite3 (the floor); as in bench/startup.py, the app's
  modules start from compiled bytecode (kept in a private temporary folder), as installed;
- results: services.results.unit_history of one unit (all its rounds) in-process, against
  bare sqlite3 reading that unit's answer rows;
- compare: read_many + compare of unit exports, against bare openpyxl reading the same
  sheets read-only;
- import: importing unit exports into an empty database, against bare openpyxl reading the
  same sheets plus a bare sqlite3 insert of the same answer rows.

Run: .venv/bin/python bench/scale.py [--quick] [--runs N] [--cache DIR] [--only WHAT]
     full: 200 units x 10 rounds x 8 respondents x 79 criteria (1.3 million answers, built
     in about 20 s), compare of 1,000 exports (copies of the units' exports), import of 200;
     --quick: 20 units, compare of 30 exports, import of 10, for everyday use (a few
     minutes). --only score|results|compare|import (repeatable) runs only those.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import inspect
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PACK_ID = "promise-bqs-2017"
PERSPECTIVES = ("management", "professionals", "professionals", "professionals")
PERSPECTIVES += ("professionals", "professionals", "clients", "clients")
FULL = {"units": 200, "rounds": 10, "respondents": 8}
QUICK = {"units": 20, "rounds": 10, "respondents": 8}
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "promise-bench"


def build_database(data_dir: Path, units: int, rounds: int, respondents: int) -> None:
    """Units of `rounds` rounds each (all finalised but the last, a draft half answered),
    `respondents` respondents a round answering yes, no or N/A (mostly justified), a few
    criteria left unanswered, the team's consensus on every criterion, and two events a unit."""
    from promise_tracker.domain.entities import Answer
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    rng = random.Random(2017)
    with open_workspace(resolve_paths(str(data_dir), None)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        criteria = [c.id for c in pack.criteria()]
        for u in range(units):
            unit = service.create_unit(f"Barnahus {u + 1:03d}", country="SE", lead_agency="police")
            service.add_event(unit.id, dt.date(2018, 5, 1), "Moved house")
            service.add_event(unit.id, dt.date(2021, 9, 1), "New protocol")
            level = rng.uniform(0.3, 0.7)
            for r in range(rounds):
                draft = r == rounds - 1
                rnd = service.create_round(unit.id, f"Round {r + 1}", dt.date(2015 + r, 3, 1), pack)
                answers = []
                for number in range(respondents):
                    perspective = PERSPECTIVES[number % len(PERSPECTIVES)]
                    person = service.add_respondent(rnd.id, f"R{number + 1}", perspective)
                    for criterion in criteria:
                        if rng.random() < 0.04 or (draft and rng.random() < 0.5):
                            continue  # not answered
                        answers.append(_answer(Answer, rng, rnd.id, criterion, person.id, level))
                for criterion in criteria:
                    if draft and rng.random() < 0.5:
                        continue
                    answers.append(_answer(Answer, rng, rnd.id, criterion, None, level))
                service.add_answers(answers)
                if not draft:
                    service.finalise_round(rnd.id, expected_version=1)
                level = min(0.95, level + rng.uniform(0.0, 0.05))


def _answer(answer_type, rng, round_id, criterion, respondent, level):  # type: ignore[no-untyped-def]
    draw = rng.random()
    if draw < 0.06:
        # N/A, justified four times in five (an unjustified one counts as unanswered)
        reason = "Handled by the regional hospital." if rng.random() < 0.8 else ""
        return answer_type(round_id, criterion, respondent, "na", na_justification=reason)
    value = "yes" if rng.random() < level else "no"
    return answer_type(round_id, criterion, respondent, value)


def cached_database(cache: Path, size: dict[str, int]) -> Path:
    """The data folder of a database of this size, built once per version of the builder."""
    source = inspect.getsource(build_database) + inspect.getsource(_answer) + repr(PERSPECTIVES)
    key = hashlib.sha256(source.encode()).hexdigest()[:12]
    name = "u{units}-r{rounds}-p{respondents}".format(**size) + f"-{key}"
    folder = cache / name
    if (folder / "complete").exists():
        return folder / "data"
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted build
    folder.mkdir(parents=True)
    started = time.perf_counter()
    print(f"building the database ({name}) through the services...", flush=True)
    build_database(folder / "data", **size)
    (folder / "complete").write_text(f"{time.perf_counter() - started:.0f} s\n")
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    return folder / "data"


# --- measuring ------------------------------------------------------------------------------


def spread(values: list[float]) -> str:
    """Median with the min-max spread, in seconds."""
    return f"{statistics.median(values):7.3f} s ({min(values):.3f}-{max(values):.3f})"


def interleaved(runs: int, **actions: Callable[[], float]) -> dict[str, list[float]]:
    """Each action once per round, in turn, `runs` rounds: what disturbs one disturbs all."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            times[name].append(action())
    return times


def report(title: str, times: dict[str, list[float]], floor: str, target: float | None) -> None:
    print(title)
    base = statistics.median(times[floor])
    for name, values in times.items():
        ratio = statistics.median(values) / base
        mark = "" if name == floor else f"  = {ratio:.2f}x floor"
        if name != floor and target is not None:
            mark += f" (target <= {target:g}x)"
        print(f"  {name:<44}{spread(values)}{mark}")
    print()


def process_seconds(*argv: str, env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh process (what the user waits for), output discarded."""
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def cached_bytecode(folder: Path) -> dict[str, str]:
    """The environment of fresh processes that start from compiled bytecode kept in
    `folder`, as an installed app does (PYTHONDONTWRITEBYTECODE would have them compile the
    app's modules from source at every start)."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


SCORE_FLOOR = r"""
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
for (round_id,) in connection.execute("SELECT id FROM rounds").fetchall():
    connection.execute(
        "SELECT respondent_id, criterion_id, value, na_justification, carried"
        " FROM answers WHERE round_id = ?", (round_id,)
    ).fetchall()
"""


def bench_score(data: Path, runs: int, *, full: bool, env: dict[str, str]) -> None:
    database = str(data / "promise-tracker.sqlite")
    cli = [sys.executable, "-m", "promise_tracker", "score", "--json", "--data-dir", str(data)]
    floor = [sys.executable, "-c", SCORE_FLOOR, database]
    process_seconds(*floor, env=env)  # the file in the page cache for both
    process_seconds(*cli, env=env)  # and the bytecode cache filled
    times = interleaved(
        runs,
        **{
            "floor: sqlite3 reads the rows a score needs": lambda: process_seconds(*floor, env=env),
            "promise-tracker score --json": lambda: process_seconds(*cli, env=env),
        },
    )
    # The target is for a network's database: at --quick size the start of the process
    # (imports, the packs) weighs more than the rows.
    title = "score: every unit, round and standard (fresh processes)"
    report(title, times, next(iter(times)), 2 if full else None)


def bench_results(data: Path, runs: int) -> None:
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.results import unit_history
    from promise_tracker.services.workspace import open_workspace

    with open_workspace(resolve_paths(str(data), None)) as workspace:
        service = workspace.assessment
        unit = service.units()[len(service.units()) // 2]
        round_ids = [r.id for r in service.rounds(unit.id)]
        connection = sqlite3.connect(str(data / "promise-tracker.sqlite"))

        def floor() -> float:
            started = time.perf_counter()
            for round_id in round_ids:
                connection.execute(
                    "SELECT * FROM answers WHERE round_id = ?", (round_id,)
                ).fetchall()
                connection.execute(
                    "SELECT * FROM respondents WHERE round_id = ?", (round_id,)
                ).fetchall()
            return time.perf_counter() - started

        def history() -> float:
            started = time.perf_counter()
            built = unit_history(service, unit.id)
            for entry in built.rounds:  # what the Results view shows of each round
                entry.perspectives.respondents_mean()
            built.progress()
            return time.perf_counter() - started

        floor()
        times = interleaved(
            runs,
            **{
                f"floor: sqlite3 reads the unit's rows ({len(round_ids)} rounds)": floor,
                "unit_history (the Results view's data)": history,
            },
        )
        connection.close()
    report("results: one unit's history, in-process", times, next(iter(times)), None)


def unit_exports(data: Path, folder: Path, count: int) -> list[Path]:
    """Exports of the first `count` units of the database (made once, kept beside it)."""
    from promise_tracker.exchange.round_export import export_unit
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    folder.mkdir(exist_ok=True)
    paths = sorted(folder.glob("unit-*.xlsx"))
    if len(paths) >= count:
        return paths[:count]
    with open_workspace(resolve_paths(str(data), None)) as workspace:
        units = workspace.assessment.units()
        for index, unit in enumerate(units[:count]):
            path = folder / f"unit-{index:04d}.xlsx"
            if not path.exists():
                export_unit(workspace.assessment, unit.id, path)
    return sorted(folder.glob("unit-*.xlsx"))[:count]


def bench_compare(exports: list[Path], folder: Path, files: int, runs: int) -> None:
    from exchange import bare_read, copies  # type: ignore[import-not-found]

    from promise_tracker.exchange.compare import compare, read_many

    target = folder / f"compare-{files}"
    if target.exists():
        shutil.rmtree(target)
    paths = copies(exports, files, target)

    def ours() -> float:
        started = time.perf_counter()
        result = compare(read_many(paths))
        elapsed = time.perf_counter() - started
        assert result.accepted_files == files, "every copy is a valid export"
        return elapsed

    def floor() -> float:
        started = time.perf_counter()
        bare_read(paths)
        return time.perf_counter() - started

    floor()
    times = interleaved(
        runs,
        **{
            "floor: bare openpyxl reads the same sheets": floor,
            f"compare {files} exports (read, verify, compare)": ours,
        },
    )
    report(f"compare: {files} unit exports, in-process", times, next(iter(times)), 1.0)


def bench_import(data: Path, exports: list[Path], folder: Path, runs: int) -> None:
    from exchange import bare_read

    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.importing import apply_import, preview_import
    from promise_tracker.services.workspace import open_workspace

    source = sqlite3.connect(str(data / "promise-tracker.sqlite"))
    columns = "round_id, criterion_id, respondent_id, value, note, na_justification, flagged"
    columns += ", updated_at, dissent, version, carried"
    with open_workspace(resolve_paths(str(data), None)) as workspace:
        units = [u.id for u in workspace.assessment.units()[: len(exports)]]
    marks = ",".join("?" * len(units))
    tables = {
        "units": source.execute(f"SELECT * FROM units WHERE id IN ({marks})", units).fetchall(),
        "rounds": source.execute(
            f"SELECT * FROM rounds WHERE unit_id IN ({marks})", units
        ).fetchall(),
    }
    rounds = [row[0] for row in tables["rounds"]]
    round_marks = ",".join("?" * len(rounds))
    tables["respondents"] = source.execute(
        f"SELECT * FROM respondents WHERE round_id IN ({round_marks})", rounds
    ).fetchall()
    answers = source.execute(
        f"SELECT {columns} FROM answers WHERE round_id IN ({round_marks})", rounds
    ).fetchall()
    source.close()
    run = iter(range(10**6))

    def empty_data() -> Path:
        target = folder / f"import-{next(run)}"
        if target.exists():
            shutil.rmtree(target)
        with open_workspace(resolve_paths(str(target), None)):
            pass
        return target

    def ours() -> float:
        target = empty_data()
        started = time.perf_counter()
        with open_workspace(resolve_paths(str(target), None)) as workspace:
            preview = preview_import(workspace.database, workspace.packs, exports)
            assert preview.accepted
            apply_import(preview, "keep-both")
        elapsed = time.perf_counter() - started
        shutil.rmtree(target)
        return elapsed

    def floor() -> float:
        target = empty_data()
        started = time.perf_counter()
        bare_read(exports)
        connection = sqlite3.connect(str(target / "promise-tracker.sqlite"))
        with connection:
            for table, rows in tables.items():
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            connection.executemany(
                f"INSERT INTO answers ({columns}) VALUES ({','.join('?' * 11)})", answers
            )
        connection.close()
        elapsed = time.perf_counter() - started
        shutil.rmtree(target)
        return elapsed

    times = interleaved(
        runs,
        **{
            "floor: bare openpyxl read + sqlite3 insert": floor,
            f"import {len(exports)} exports (preview + apply)": ours,
        },
    )
    report(
        f"import: {len(exports)} unit exports ({len(answers):,} answers) into an empty database",
        times,
        next(iter(times)),
        1.2,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 units, 30 and 10 exports")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each (3)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where to keep it")
    parser.add_argument(
        "--only", choices=("score", "results", "compare", "import"), action="append"
    )
    args = parser.parse_args()
    size = QUICK if args.quick else FULL
    runs = args.runs
    files = 30 if args.quick else 1000
    imported = 10 if args.quick else 200
    only = set(args.only or ("score", "results", "compare", "import"))
    sys.path.insert(0, str(Path(__file__).parent))  # bench/exchange.py's helpers
    started = time.perf_counter()
    data = cached_database(args.cache, size)
    answers = sqlite3.connect(str(data / "promise-tracker.sqlite"))
    count = answers.execute("SELECT count(*) FROM answers").fetchone()[0]
    answers.close()
    print(
        "{units} units x {rounds} rounds x {respondents} respondents:".format(**size)
        + f" {count:,} answers; {runs} interleaved runs, median (min-max)\n"
    )
    if "score" in only:
        with tempfile.TemporaryDirectory(prefix="bench-scale-pycache-") as pycache:
            env = cached_bytecode(Path(pycache))
            bench_score(data, runs, full=not args.quick, env=env)
    if "results" in only:
        bench_results(data, runs)
    if only & {"compare", "import"}:
        exports = unit_exports(data, data.parent / "exports", min(imported, size["units"]))
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            if "compare" in only:
                bench_compare(exports, Path(tmp), files, runs)
            if "import" in only:
                bench_import(data, exports, Path(tmp), runs)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
