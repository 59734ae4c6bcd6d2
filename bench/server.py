"""A network's PostgreSQL server under 20 client PCs: how long saving an answer takes.

A throwaway PostgreSQL server is started (tests/postgres.py: initdb into a temporary folder,
Unix socket only) and set up as a network's (`server init`: row-level security on), with one
unit, one round, and per client a respondent and a member role of the unit (--superuser: the
clients connect as the superuser instead, without row-level security). Each client is its
own process with its own workspace and connections, as a PC of the network is; it saves its
respondent's answers criterion after criterion through AssessmentService.set_answer with
the version it holds, exactly as the GUI saves one (open a unit of work, check the round and
the respondent, write the answer and its history row, commit), and times each save.

Measured, interleaved in one run so that what disturbs one disturbs all:
- alone: one client saving while the 19 others wait;
- 20 at once: every client saving at the same time;
- alone again.
p50 and p95 of the save latency in each, and the ratio of "20 at once" to "alone" (both
alone phases pooled). Target: p95 at most 3x alone.

The clients pause between saves (--pause, 0.5 s on average, drawn at random): a person
answering flat out saves about once a second, so 20 clients then save about 40 answers a
second together, a heavy hour of a network's work. The 20 processes share this machine's
cores, as the PCs of a network would not; with much shorter pauses they wait for a processor
rather than for the server (a save costs the client about 4 ms of processor time, the server
a few more; --pause 0.1 shows that case on a 2-core machine).

A second part, the coordinators' comparison of 200 units straight from the server against
the file-based compare of the same units' exports, lives in bench/server_compare.py: when
that module is there, this script calls its `main_part(server, args)` with the running
server (a tests.postgres.ThrowawayServer) and the parsed arguments, after calling its
`add_arguments(parser)` (if it has one) to add its own options. --only saves|compare runs
one part.

Run: .venv/bin/python bench/server.py [--clients 20] [--saves 40] [--pause 0.5] [--runs 1]
     [--superuser] [--only saves|compare]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACK_ID = "promise-bqs-2017"
TARGET_P95_RATIO = 3.0
MEMBER_PASSWORD = "bench-password"  # a throwaway server's roles
# How long a client waits for an order or the others before giving up (a client that died).
WAIT_S = 300.0


# --- the clients ----------------------------------------------------------------------------


def client(
    number: int,
    url: str,
    data_dir: str,
    round_id: str,
    respondent_id: str,
    orders: Any,
    results: Any,
) -> None:
    """One PC: opens its workspace, then saves answers whenever told to, timing each save."""
    from promise_tracker.domain.entities import Answer
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    with open_workspace(resolve_paths(data_dir, url)) as workspace:
        service = workspace.assessment
        criteria = [c.id for c in service.pack_for(service.round(round_id)).criteria()]
        # What the client shows: the version of each of its answers (0: none yet).
        versions = {
            a.criterion_id: a.version
            for a in service.answers(round_id)
            if a.respondent_id == respondent_id
        }
        rng = random.Random(number)
        position = number * 7  # the clients do not all start at the same criterion
        results.put(("ready", number, []))
        while True:
            order = orders.get(timeout=WAIT_S)
            if order is None:
                return
            phase, saves, pause, start_at = order
            # Every client of the phase starts at the same moment.
            time.sleep(max(0.0, start_at - time.time()))
            latencies: list[float] = []
            for _ in range(saves):
                if pause:
                    time.sleep(rng.uniform(0.5, 1.5) * pause)
                criterion = criteria[position % len(criteria)]
                position += 1
                answer = Answer(
                    round_id,
                    criterion,
                    respondent_id,
                    value=rng.choice(("yes", "no")),
                    note=f"client {number}, {phase}, save {len(latencies) + 1}",
                )
                started = time.perf_counter()
                saved = service.set_answer(answer, expected_version=versions.get(criterion, 0))
                latencies.append(time.perf_counter() - started)
                versions[criterion] = saved.version
            results.put((phase, number, latencies))


class Clients:
    """The client processes, started once and told what to do phase after phase."""

    def __init__(
        self, urls: list[str], folder: Path, round_id: str, respondents: list[str]
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._results = context.Queue()
        self._orders = [context.Queue() for _ in respondents]
        self._processes = [
            context.Process(
                target=client,
                args=(
                    number,
                    urls[number],
                    str(folder / f"client-{number}"),
                    round_id,
                    respondent,
                    self._orders[number],
                    self._results,
                ),
                daemon=True,
            )
            for number, respondent in enumerate(respondents)
        ]
        for process in self._processes:
            process.start()
        for _ in self._processes:
            kind, _number, _latencies = self._results.get(timeout=WAIT_S)
            assert kind == "ready"

    def run(self, phase: str, count: int, saves: int, pause: float) -> list[float]:
        """The first `count` clients save `saves` answers each at once; every latency."""
        start_at = time.time() + 0.2
        for number in range(count):
            self._orders[number].put((phase, saves, pause, start_at))
        latencies: list[float] = []
        for _ in range(count):
            got_phase, _number, values = self._results.get(timeout=WAIT_S)
            assert got_phase == phase
            latencies.extend(values)
        return latencies

    def close(self) -> None:
        for queue in self._orders:
            queue.put(None)
        for process in self._processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()


# --- the server and its data ----------------------------------------------------------------


def prepare(url: str, folder: Path, clients: int) -> tuple[str, str, list[str]]:
    """One unit, one round, a respondent per client; returns the unit's, the round's and
    the respondents' ids."""
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    with open_workspace(resolve_paths(folder / "setup", url)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        unit = service.create_unit("Barnahus Bench", country="SE", lead_agency="police")
        round_ = service.create_round(unit.id, "2026", dt.date(2026, 3, 1), pack)
        respondents = [
            service.add_respondent(round_.id, f"PC {number + 1}", "professionals", "police").id
            for number in range(clients)
        ]
    return unit.id, round_.id, respondents


def member_urls(server: Any, database: str, unit_id: str, clients: int) -> list[str]:
    """`server init` on the database, and a member of the unit per client (row-level
    security on, as on a network's server); the URL each client connects with."""
    from promise_tracker.storage import server_setup

    url = server.url(database)
    server_setup.init_server(url, database)
    urls = []
    for number in range(clients):
        role = f"pc{number + 1:02d}"
        server_setup.add_member(url, role, [unit_id], MEMBER_PASSWORD)
        urls.append(server.url(database, user=role, password=MEMBER_PASSWORD))
    return urls


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def line(name: str, values: list[float]) -> str:
    return (
        f"  {name:<34}p50 {percentile(values, 0.5) * 1000:7.1f} ms   "
        f"p95 {percentile(values, 0.95) * 1000:7.1f} ms   ({len(values)} saves)"
    )


def bench_saves(server: Any, args: argparse.Namespace, folder: Path) -> None:
    database = server.new_database("bench")
    url = server.url(database)
    unit_id, round_id, respondents = prepare(url, folder, args.clients)
    if args.superuser:
        urls = [url] * args.clients
        who = "each client as the server's superuser (no row-level security)"
    else:
        urls = member_urls(server, database, unit_id, args.clients)
        who = "each client as a member of the unit (server init's row-level security)"
    print(f"starting {args.clients} client processes, {who}...", flush=True)
    clients = Clients(urls, folder, round_id, respondents)
    try:
        clients.run("warm-up", args.clients, 5, 0.0)  # connections, compiled statements
        alone: list[float] = []
        together: list[float] = []
        for run in range(args.runs):
            alone += clients.run(f"alone {run}a", 1, args.saves, args.pause)
            together += clients.run(f"together {run}", args.clients, args.saves, args.pause)
            alone += clients.run(f"alone {run}b", 1, args.saves, args.pause)
    finally:
        clients.close()
    print(
        f"saving an answer (open a unit of work, save, commit), {args.runs} run(s) of: one "
        f"client alone, {args.clients} at once, one alone again; pause "
        f"{args.pause:g} s on average between a client's saves"
    )
    print(line("one client alone", alone))
    print(line(f"{args.clients} clients at once", together))
    ratio50 = percentile(together, 0.5) / percentile(alone, 0.5)
    ratio95 = percentile(together, 0.95) / percentile(alone, 0.95)
    verdict = "met" if ratio95 <= TARGET_P95_RATIO else "NOT met"
    print(
        f"  ratio to alone                    p50 {ratio50:6.2f}x     p95 {ratio95:6.2f}x"
        f"   (target p95 <= {TARGET_P95_RATIO:g}x: {verdict})"
    )
    print()
    server.drop_database(database)


def server_version(server: Any) -> str:
    import subprocess

    found = subprocess.run(
        [str(server.bin_dir / "postgres"), "--version"], capture_output=True, text=True
    )
    return found.stdout.strip() or "PostgreSQL"


# --- the comparison part (bench/server_compare.py) ------------------------------------------


def compare_part() -> ModuleType | None:
    """bench/server_compare.py, if it is there (see the module docstring)."""
    if importlib.util.find_spec("bench.server_compare") is None:
        return None
    return importlib.import_module("bench.server_compare")


def main() -> int:
    sys.path.insert(0, str(ROOT))  # tests.postgres, and bench.server_compare
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="client processes (20)")
    parser.add_argument("--saves", type=int, default=40, help="saves per client a phase (40)")
    parser.add_argument(
        "--pause", type=float, default=0.5, help="seconds between a client's saves (0.5)"
    )
    parser.add_argument("--runs", type=int, default=1, help="alone / all / alone cycles (1)")
    parser.add_argument(
        "--superuser",
        action="store_true",
        help="clients connect as the superuser instead of as members (no row-level security)",
    )
    parser.add_argument("--only", choices=("saves", "compare"), action="append")
    part = compare_part()
    if part is not None and hasattr(part, "add_arguments"):
        part.add_arguments(parser)
    args = parser.parse_args()
    only = set(args.only or ("saves", "compare"))

    from tests.postgres import throwaway_server

    started = time.perf_counter()
    with throwaway_server() as server, tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        print(f"{server_version(server)}, throwaway server on a Unix socket\n", flush=True)
        if "saves" in only:
            bench_saves(server, args, Path(tmp))
        if "compare" in only:
            if part is None:
                print("compare: bench/server_compare.py is not there yet; skipped\n")
            else:
                part.main_part(server, args)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
