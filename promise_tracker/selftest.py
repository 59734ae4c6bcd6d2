"""`promise-tracker self-test`: checks that this installation works, in a throwaway data folder.

Meant for a freshly installed bundle (and CI): it proves the shipped packs, the database
migrations, the storage of answers, the Excel library and chart rendering all work here. It
prints one line per check and returns a non-zero exit code if any check did not pass. It
needs no display and never touches the user's data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from promise_tracker import APP_NAME, __version__
from promise_tracker.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.standards.model import Pack
    from promise_tracker.standards.registry import PackRegistry
    from promise_tracker.storage.database import Database

EXIT_OK = 0
EXIT_FAILED = 1

OK, FAILED, SKIPPED = "OK", "FAIL", "SKIP"


class SelfTestError(Exception):
    """A check found something wrong (as opposed to crashing on it)."""


@dataclass(frozen=True)
class StandardScore:
    number: str
    title: str
    percent: float | None
    met: float
    applicable: int


@dataclass
class SelfTestState:
    """What the checks hand on to each other; everything lives inside `folder`."""

    folder: Path
    paths: AppPaths
    packs: PackRegistry | None = None
    database: Database | None = None
    pack: Pack | None = None
    round_id: str | None = None
    scores: list[StandardScore] = field(default_factory=list)

    def close(self) -> None:
        if self.database is not None:
            self.database.close()
            self.database = None


@dataclass(frozen=True)
class Check:
    """One check: `run` returns a short description of what it saw, or raises."""

    name: str
    run: Callable[[SelfTestState], str]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{self.status:<5} {self.name} ({self.seconds:.2f} s): {self.detail}"


# --- the checks ---------------------------------------------------------------------------


def check_packs(state: SelfTestState) -> str:
    """Every shipped standards pack loads and passes validation; the JSON Schema is there."""
    from importlib import resources

    from promise_tracker.standards.registry import (
        SHIPPED_PACKAGE,
        PackRegistry,
        shipped_pack_files,
    )

    files = shipped_pack_files()
    if not files:
        raise SelfTestError("no standards pack is shipped with this installation")
    # The user's packs folder is the empty one in the temporary data folder, so only the
    # shipped packs are loaded; PackRegistry.load validates each one and raises on a bad one.
    registry = PackRegistry.load(state.paths.user_packs_dir)
    if registry.load_errors:
        raise SelfTestError("; ".join(str(error) for error in registry.load_errors))
    if len(registry) != len(files):
        raise SelfTestError(f"{len(files)} pack files shipped but {len(registry)} packs loaded")
    schema = json.loads(resources.files(SHIPPED_PACKAGE).joinpath("pack.schema.json").read_text())
    if not isinstance(schema, dict) or "properties" not in schema:
        raise SelfTestError("pack.schema.json is not a JSON Schema")
    state.packs = registry
    described = [
        f"{pack.id} {pack.version} ({len(pack.assessed_units())} assessed standards, "
        f"{len(pack.criteria())} criteria, {'/'.join(pack.languages)})"
        for pack in registry.packs()
    ]
    return "; ".join(described) + "; pack.schema.json present"


def check_database(state: SelfTestState) -> str:
    """A new database file is created and migrated to the newest schema revision."""
    from promise_tracker.storage.database import Database
    from promise_tracker.storage.migrate import head_revision

    state.paths.ensure()
    if state.paths.database.exists():
        raise SelfTestError(f"{state.paths.database} exists before the check")
    database = Database.open(state.paths.database_url, state.paths.backups_dir)
    state.database = database
    head = head_revision()
    if database.schema_revision != head:
        raise SelfTestError(f"schema revision {database.schema_revision}, expected {head}")
    if not state.paths.database.is_file():
        raise SelfTestError(f"no database file at {state.paths.database}")
    with database.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).scalar_one()
        stamped = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one()
        journal = connection.exec_driver_sql("PRAGMA journal_mode").scalar_one()
    if [row[0] for row in stamped] != [head]:
        raise SelfTestError(f"alembic_version holds {stamped}, expected {head}")
    if foreign_keys != 1:
        raise SelfTestError("foreign keys are not enforced")
    return (
        f"new file at schema revision {head} (the newest), {tables} tables, "
        f"foreign keys on, journal mode {journal}"
    )


def _answer_plan(pack: Pack) -> list[tuple[str, str, str]]:
    """(criterion id, answer id, note) for every criterion: one in three not met."""
    counted = [option for option in pack.answer_scale.options if option.counts_in_score]
    best = max(counted, key=lambda option: option.score or 0.0)
    worst = min(counted, key=lambda option: option.score or 0.0)
    plan = []
    for index, criterion in enumerate(pack.criteria()):
        option = worst if index % 3 == 0 else best
        # Non-ASCII text checks that notes survive the database round trip unchanged.
        plan.append((criterion.id, option.id, f"Självtest {index}: “{option.id}” – åäö"))
    return plan


def check_answers(state: SelfTestState) -> str:
    """Answers for a whole round are saved, read back unchanged after reopening, and scored."""
    from promise_tracker.domain.entities import Answer
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.storage.database import Database

    # Both are set, since this check needs the two before it.
    assert state.packs is not None
    assert state.database is not None
    registry = state.packs
    pack = registry.latest(registry.packs()[0].id)
    service = AssessmentService(state.database, registry)
    unit = service.create_unit("Self-test Barnahus", country="SE")
    assessment_round = service.create_round(unit.id, "Self-test round", dt.date.today(), pack)
    plan = _answer_plan(pack)
    service.add_answers(
        Answer(round_id=assessment_round.id, criterion_id=criterion_id, value=value, note=note)
        for criterion_id, value, note in plan
    )

    # Close and reopen, so the answers are read from the file and not from any cache.
    state.close()
    state.database = Database.open(state.paths.database_url, state.paths.backups_dir)
    service = AssessmentService(state.database, registry)
    stored = {
        (answer.criterion_id, answer.value, answer.note)
        for answer in service.answers(assessment_round.id)
        if answer.respondent_id is None
    }
    if stored != set(plan):
        missing = len(set(plan) - stored)
        raise SelfTestError(f"{missing} of {len(plan)} answers differ after reading them back")

    result = service.round_result(assessment_round.id)
    overall = result.consensus.overall
    scale = pack.answer_scale
    expected_met = sum(Fraction(scale.option(value).score or 0) for _, value, _ in plan)
    if overall.applicable != len(plan) or overall.met != expected_met:
        raise SelfTestError(
            f"score counts {float(overall.met)}/{overall.applicable}, "
            f"expected {float(expected_met)}/{len(plan)}"
        )
    state.pack = pack
    state.round_id = assessment_round.id
    state.scores = _standard_scores(service, assessment_round.id, pack)
    percent = overall.percent or 0.0
    return (
        f"{len(plan)} answers to {pack.id} {pack.version} saved, identical after reopening "
        f"the database; overall score {percent:.1f}%"
    )


def _standard_scores(service: AssessmentService, round_id: str, pack: Pack) -> list[StandardScore]:
    by_standard = service.round_result(round_id).consensus.by_standard
    return [
        StandardScore(
            number=standard.number,
            title=standard.title.get("en"),
            percent=by_standard[standard.number].percent,
            met=float(by_standard[standard.number].met),
            applicable=by_standard[standard.number].applicable,
        )
        for standard in pack.assessed_units()
    ]


def check_excel(state: SelfTestState) -> str:
    """The round is exported to .xlsx, which opens again with its checksum intact."""
    from openpyxl import load_workbook

    from promise_tracker.exchange.round_export import (
        CHECKSUM_KEY,
        CRITERIA,
        METADATA,
        data_checksum,
        export_round,
    )
    from promise_tracker.services.assessment import AssessmentService

    if state.database is None or state.packs is None or state.round_id is None:
        raise SelfTestError("no round to export")
    assert state.pack is not None
    service = AssessmentService(state.database, state.packs)
    path = state.folder / "self-test-export.xlsx"
    export_round(service, state.round_id, path)
    workbook = load_workbook(path)
    try:
        metadata = dict(workbook[METADATA].iter_rows(min_row=2, values_only=True))
        if data_checksum(workbook) != metadata.get(CHECKSUM_KEY):
            raise SelfTestError("the exported data does not match its checksum")
        rows = workbook[CRITERIA].max_row - 1
        sheets = len(workbook.sheetnames)
    finally:
        workbook.close()
    if rows != len(state.pack.criteria()):
        raise SelfTestError(f"{rows} criteria exported, expected {len(state.pack.criteria())}")
    return (
        f"{path.name}: round exported ({rows} criteria, {sheets} sheets), opened again with "
        "openpyxl, checksum intact"
    )


CHART_SIZE = (800, 500)  # pixels
CHART_BAR_COLOUR = "#2c6e86"


def check_chart(state: SelfTestState) -> str:
    """A matplotlib Figure of the scores per standard renders to a PNG with visible bars."""
    import matplotlib.image
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.colors import to_rgb
    from matplotlib.figure import Figure

    if not state.scores:
        raise SelfTestError("no scores to draw")
    width, height = CHART_SIZE
    figure = Figure(figsize=(width / 100, height / 100), dpi=100)
    FigureCanvasAgg(figure)  # attaches itself to the figure
    axes = figure.add_subplot()
    numbers = [score.number for score in state.scores]
    values = [score.percent or 0.0 for score in state.scores]
    axes.bar(numbers, values, color=CHART_BAR_COLOUR)
    axes.set_ylim(0, 100)
    axes.set_xlabel("Standard")
    axes.set_ylabel("Criteria met (%)")
    axes.set_title("Self-test round")
    path = state.folder / "self-test-chart.png"
    figure.savefig(path, format="png", dpi=100)

    pixels = np.asarray(matplotlib.image.imread(path))
    if pixels.shape[:2] != (height, width):
        raise SelfTestError(f"the PNG is {pixels.shape[1]}x{pixels.shape[0]} pixels")
    rgb = pixels[:, :, :3]
    drawn = float(np.mean(np.any(rgb < 0.98, axis=2)))  # anything not (nearly) white
    bar = np.all(np.abs(rgb - np.array(to_rgb(CHART_BAR_COLOUR))) < 0.02, axis=2)
    bar_share = float(np.mean(bar))
    if drawn < 0.02 or bar_share < 0.01:
        raise SelfTestError(
            f"the PNG looks blank ({drawn:.1%} of pixels drawn, {bar_share:.1%} bars)"
        )
    # Charts can also be saved as SVG and PDF (their backends must be in the bundle).
    from promise_tracker.charts.export import save_figure

    signatures = {".svg": (b"<?xml", b"<svg"), ".pdf": (b"%PDF",)}
    for suffix, starts in signatures.items():
        saved = save_figure(figure, state.folder / f"self-test-chart{suffix}")
        if not saved.read_bytes().startswith(starts):
            raise SelfTestError(f"{saved.name} is not a valid {suffix[1:].upper()} file")
    return (
        f"{path.name}: {width}x{height} PNG of {len(numbers)} standards, "
        f"{drawn:.0%} of pixels drawn, {bar_share:.0%} bars; also saved as SVG and PDF"
    )


CHECKS: tuple[Check, ...] = (
    Check("standards packs load and validate", check_packs),
    Check("database created and migrated", check_database),
    Check(
        "answers written and read back",
        check_answers,
        needs=("standards packs load and validate", "database created and migrated"),
    ),
    Check(
        "Excel export written and read back",
        check_excel,
        needs=("answers written and read back",),
    ),
    Check("chart renders and saves", check_chart, needs=("answers written and read back",)),
)


# --- running them ---------------------------------------------------------------------------


@contextmanager
def _offscreen() -> Iterator[None]:
    """No check opens a window; should any library load Qt, it must not need a display."""
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def run_checks(
    checks: Sequence[Check], folder: Path, out: TextIO, err: TextIO
) -> list[CheckResult]:
    """Run the checks in order with the data folder `folder`; print a line for each."""
    state = SelfTestState(folder=folder, paths=resolve_paths(folder / "data"))
    results: list[CheckResult] = []
    passed: set[str] = set()
    try:
        for check in checks:
            missing = [name for name in check.needs if name not in passed]
            started = time.perf_counter()
            if missing:
                result = CheckResult(check.name, SKIPPED, f"needs: {', '.join(missing)}", 0.0)
            else:
                try:
                    detail = check.run(state)
                except Exception as error:
                    detail = f"{type(error).__name__}: {error}"
                    status = FAILED
                    traceback.print_exception(error, file=err)
                else:
                    status = OK
                    passed.add(check.name)
                result = CheckResult(check.name, status, detail, time.perf_counter() - started)
            results.append(result)
            print(result.line(), file=out, flush=True)
    finally:
        state.close()
    return results


def main(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check in a new temporary folder; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    err = err or sys.stderr
    kind = "bundle" if getattr(sys, "frozen", False) else "source"
    print(
        f"{APP_NAME} {__version__} self-test ({kind}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()})",
        file=out,
    )
    with (
        _offscreen(),
        tempfile.TemporaryDirectory(
            prefix="promise-tracker-self-test-", ignore_cleanup_errors=True
        ) as temporary,
    ):
        folder = Path(temporary)
        print(f"Temporary data folder (removed afterwards): {folder}", file=out)
        results = run_checks(CHECKS, folder, out, err)
    failed = [result for result in results if result.status != OK]
    if failed:
        print(f"self-test FAILED: {len(failed)} of {len(results)} checks did not pass", file=out)
        return EXIT_FAILED
    print(f"self-test passed: all {len(results)} checks OK", file=out)
    return EXIT_OK
