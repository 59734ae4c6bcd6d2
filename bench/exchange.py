"""Exports and comparisons, as ratios to bare openpyxl doing the same amount of work.

(a) export: a unit with 10 rounds of the shipped pack (79 criteria; the brief's "80" is the
    shipped pack's size give or take one), 8 respondents a round, every criterion answered
    by each respondent and the team, built through the services in a temporary data folder.
    Timed: export_round of the latest round (its History holds all 10 rounds) and
    export_unit (all 10 rounds), each against bare openpyxl writing the same values into
    the same cells, sheet by sheet, to a file, without styles, charts or layout (ratio;
    target <= 2x). The earlier floor (placeholder texts in as many cells) is shown too.
(b) compare: N unit-export files (copies of the 4 demo units' exports, each with a new unit
    id and a recomputed, valid checksum) read with `read_many` and compared, against bare
    openpyxl opening the same files read-only and reading the same sheets (ratio; target:
    time grows linearly with N, and 200 files within 2x of the bare reading). Runs are
    interleaved (ours, bare, ours, bare...) and shown as medians with the min-max spread.

Run: .venv/bin/python bench/exchange.py [--quick] [--runs N]   (--quick: 50 and 100 files)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

from promise_tracker.domain.entities import Answer
from promise_tracker.exchange.compare import _CachedBook, compare, read_many
from promise_tracker.exchange.round_export import (
    CHECKSUM_KEY,
    CHECKSUM_SHEETS,
    data_checksum,
    export_round,
    export_unit,
)
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.workspace import open_workspace

PACK_ID = "promise-bqs-2017"
PERSPECTIVES = ("management", "professionals", "professionals", "professionals")
PERSPECTIVES += ("professionals", "professionals", "clients", "clients")


def timed(action: Callable[[], object], runs: int = 3) -> float:
    """Best of `runs` (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def sheet_values(path: Path) -> list[tuple[str, list[list[tuple[int, object]]]]]:
    """Per sheet and row, the (column, value) of every filled cell, as a reader sees them."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    sheets = []
    for ws in wb:
        rows = [
            [(c, v) for c, v in enumerate(row, start=1) if v is not None]
            for row in ws.iter_rows(values_only=True)
        ]
        sheets.append((ws.title, rows))
    wb.close()
    return sheets


def bare_write(sheets: list[tuple[str, list[list[tuple[int, object]]]]], path: Path) -> None:
    """The floor: the same values in the same cells, written with bare openpyxl (no styles,
    no charts, no layout), then saved."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, cells in enumerate(rows, start=1):
            for c, value in cells:
                ws.cell(row=r, column=c).value = value
    wb.save(path)


def placeholder_write(sheets: list[tuple[str, list[list[tuple[int, object]]]]], path: Path) -> None:
    """The earlier floor, for comparison: as many cells per row, but short placeholder texts
    and numbers instead of the real values (less to compress than the real texts)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, cells in enumerate(rows, start=1):
            for c in range(1, len(cells) + 1):
                ws.cell(row=r, column=c).value = f"value {r}-{c}" if c % 2 else r * 0.5
    wb.save(path)


def bench_export(folder: Path) -> list[tuple[str, int, float, float, float]]:
    rng = random.Random(7)
    with open_workspace(resolve_paths(str(folder / "data"), None)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        unit = service.create_unit("Bench unit", country="SE", lead_agency="police")
        round_ids = []
        for index in range(10):
            rnd = service.create_round(
                unit.id, f"Round {index + 1}", dt.date(2016 + index, 3, 1), pack
            )
            round_ids.append(rnd.id)
            answers = []
            for number, perspective in enumerate(PERSPECTIVES, start=1):
                person = service.add_respondent(rnd.id, f"Respondent {number}", perspective)
                answers += [
                    Answer(rnd.id, c.id, person.id, rng.choice(("yes", "yes", "no")))
                    for c in pack.criteria()
                ]
            answers += [
                Answer(rnd.id, c.id, None, rng.choice(("yes", "no"))) for c in pack.criteria()
            ]
            service.add_answers(answers)
        gather = timed(lambda: [service.round_result(i).answers for i in round_ids], runs=2)
        print(f"(reading the 10 rounds' results and answers from the database: {gather:.3f} s)")
        rows = []
        for label, run in (
            ("export_round", lambda p: export_round(service, round_ids[-1], p)),
            ("export_unit", lambda p: export_unit(service, unit.id, p)),
        ):
            target = folder / f"{label}.xlsx"
            ours = timed(lambda run=run, target=target: run(target), runs=2)
            sheets = sheet_values(target)
            cells = sum(len(r) for _, rows_ in sheets for r in rows_)
            bare = timed(lambda sheets=sheets: bare_write(sheets, folder / "bare.xlsx"), runs=2)
            placeholder = timed(
                lambda sheets=sheets: placeholder_write(sheets, folder / "bare.xlsx"), runs=2
            )
            rows.append((label, cells, ours, bare, placeholder))
    return rows


def demo_exports(folder: Path) -> list[Path]:
    with open_workspace(resolve_paths(str(folder / "demo"), None)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest(PACK_ID))
        paths = []
        for key in ("norrvik", "fjordby", "lindenau", "vecupe"):
            paths.append(export_unit(workspace.assessment, demo_id(key), folder / f"{key}.xlsx"))
    return paths


def copies(bases: list[Path], count: int, folder: Path) -> list[Path]:
    """`count` valid exports: a base file with every occurrence of its unit id replaced by a
    new one in the zip's XML, and its checksum recomputed from the base's values."""
    from openpyxl import load_workbook

    folder.mkdir()
    prepared = []
    for base in bases:
        wb = load_workbook(base, read_only=True)
        sheets = {n: list(wb[n].iter_rows(values_only=True)) for n in wb.sheetnames}
        wb.close()
        meta = {row[0]: row[1] for row in sheets["Metadata"]}
        with zipfile.ZipFile(base) as archive:
            members = [(info, archive.read(info)) for info in archive.infolist()]
        prepared.append((meta["unit_id"], meta[CHECKSUM_KEY], sheets, members))
    paths = []
    for index in range(count):
        old_id, old_sum, sheets, members = prepared[index % len(prepared)]
        new_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-unit-{index}"))

        def swap(value: object, old_id: str = old_id, new_id: str = new_id) -> object:
            return value.replace(old_id, new_id) if isinstance(value, str) else value

        book = _CachedBook(
            {
                name: [tuple(swap(v) for v in row) for row in rows]
                for name, rows in sheets.items()
                if name in CHECKSUM_SHEETS
            }
        )
        new_sum = data_checksum(book)
        path = folder / f"unit-{index:04d}.xlsx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                if info.filename.endswith(".xml"):
                    data = data.replace(old_id.encode(), new_id.encode())
                    data = data.replace(old_sum.encode(), new_sum.encode())
                archive.writestr(info, data)
        paths.append(path)
    return paths


def bare_read(paths: list[Path]) -> None:
    from openpyxl import load_workbook

    for path in paths:
        wb = load_workbook(path, read_only=True, data_only=True)
        for name in CHECKSUM_SHEETS:
            if name in wb.sheetnames:
                list(wb[name].iter_rows(values_only=True))
        wb.close()


def bench_compare(
    folder: Path, sizes: list[int], runs: int
) -> list[tuple[int, list[float], list[float], int]]:
    """Per size, `runs` interleaved runs of ours and of the bare reading (ours, bare, ours,
    bare, ...): whatever else the machine does disturbs both alike."""
    bases = demo_exports(folder)
    warm = copies(bases, 4, folder / "warm-up")  # imports and caches, not timed
    compare(read_many(warm))
    bare_read(warm)
    rows = []
    for size in sizes:
        paths = copies(bases, size, folder / f"n{size}")
        result = None

        def ours(paths: list[Path] = paths) -> None:
            nonlocal result
            result = compare(read_many(paths))

        mine: list[float] = []
        bare: list[float] = []
        for _ in range(runs):
            mine.append(timed(ours, runs=1))
            bare.append(timed(lambda paths=paths: bare_read(paths), runs=1))
        assert result is not None
        rows.append((size, mine, bare, len(result.units)))
    return rows


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="compare 50 and 100 files only")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs of each compare")
    args = parser.parse_args()
    sizes = [50, 100] if args.quick else [50, 100, 200, 400]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        folder = Path(tmp)
        print("(a) export, 79 criteria x 8 respondents x 10 rounds (best of 2)")
        print("    bare: the same values in the same cells with bare openpyxl (the target's floor)")
        print("    placeholder: the earlier floor, short placeholder values in as many cells")
        print(
            f"{'what':<14}{'cells':>8}{'ours s':>9}{'bare s':>9}{'ratio':>7}"
            f"{'placeholder s':>15}{'ratio':>7}"
        )
        for label, cells, ours, bare, placeholder in bench_export(folder):
            print(
                f"{label:<14}{cells:>8}{ours:>9.3f}{bare:>9.3f}{ours / bare:>7.2f}"
                f"{placeholder:>15.3f}{ours / placeholder:>7.2f}"
            )
        print()
        print(
            f"(b) compare N unit exports (read + verify + compare) vs bare read-only reading;"
            f" {args.runs} interleaved runs, median (min-max) in s"
        )
        print(f"{'files':>6}{'units':>7}{'ours':>22}{'bare':>22}{'ratio':>7}{'ms/file':>9}")
        for size, mine, bare, units in bench_compare(folder, sizes, args.runs):
            ratio = statistics.median(mine) / statistics.median(bare)
            print(
                f"{size:>6}{units:>7}{spread(mine):>22}{spread(bare):>22}{ratio:>7.2f}"
                f"{1000 * statistics.median(mine) / size:>9.1f}"
            )
    print(f"\ntotal {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
