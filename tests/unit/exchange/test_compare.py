"""Comparing many units' export files: values, statistics, statuses, aliases, workbook."""

from __future__ import annotations

import dataclasses
import gc
import shutil
import statistics
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker.domain.entities import Answer
from promise_tracker.exchange.compare import (
    ACCEPTED,
    CHECKSUM_MISMATCH,
    DUPLICATE,
    EXCLUDED,
    INCOMPLETE,
    OTHER_PACK,
    OTHER_PACK_VERSION,
    REFUSED,
    WRONG_FORMAT,
    ExportSummary,
    ReadCancelledError,
    compare,
    read_export_summary,
    read_many,
)
from promise_tracker.exchange.compare_export import SHEETS, write_comparison
from promise_tracker.exchange.round_export import export_round, export_unit
from promise_tracker.paths import resolve_paths
from promise_tracker.services.assessment import AssessmentService, RoundResult
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.workspace import Workspace, open_workspace

PACK_ID = "promise-bqs-2017"
KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("compare-demo")
    with open_workspace(resolve_paths(str(folder), None)) as opened:
        build_demo(opened.assessment, opened.packs.latest(PACK_ID))
        yield opened


@pytest.fixture(scope="module")
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


@pytest.fixture(scope="module")
def exports(service: AssessmentService, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a unit export of each of the 4 demo units."""
    folder = tmp_path_factory.mktemp("exports")
    for key in KEYS:
        export_unit(service, demo_id(key), folder / f"{key}.xlsx")
    return folder


@pytest.fixture(scope="module")
def summaries(exports: Path) -> list[ExportSummary]:
    return read_many([exports])


def latest_result(service: AssessmentService, key: str) -> RoundResult:
    return service.round_result(service.rounds(demo_id(key))[-1].id)


def test_each_file_is_read_and_accepted(
    service: AssessmentService, summaries: list[ExportSummary]
) -> None:
    assert [s.path.stem for s in summaries] == sorted(KEYS)
    for summary in summaries:
        unit = service.unit(demo_id(summary.path.stem))
        rounds = service.rounds(unit.id)
        assert summary.status == ACCEPTED, summary.detail
        assert (summary.unit_id, summary.unit_name, summary.country) == (
            unit.id,
            unit.name,
            unit.country,
        )
        assert summary.lead_agency == unit.lead_agency
        assert summary.round_ids == tuple(r.id for r in rounds)
        assert (summary.round_id, summary.round_title, summary.round_date) == (
            rounds[-1].id,
            rounds[-1].title,
            rounds[-1].date,
        )
        # The latest round of every demo unit is on the newest version of the pack.
        assert (summary.pack_id, summary.pack_version) == (PACK_ID, "1.1.0")
        consensus = {
            a.criterion_id: a.value
            for a in service.answers(rounds[-1].id)
            if a.respondent_id is None
        }
        assert {k: v for k, v in summary.answers.items() if v is not None} == {
            k: v for k, v in consensus.items() if v is not None
        }
        assert len(summary.answers) == 79


def test_table_values_are_the_scores_of_each_units_latest_round(
    service: AssessmentService, summaries: list[ExportSummary]
) -> None:
    comparison = compare(summaries)
    assert len(comparison.units) == 4
    assert comparison.not_shared_standards == comparison.not_shared_criteria == ()
    for key in KEYS:
        result = latest_result(service, key)
        row = next(r for r in comparison.units if r.unit_id == demo_id(key))
        assert row.round_title == result.round.title
        assert row.overall == pytest.approx(result.consensus.overall.percent, abs=1e-4)
        assert row.completeness == pytest.approx(result.consensus.overall.completeness, abs=1e-4)
        assert set(row.scores) == {u.number for u in result.pack.assessed_units()}
        for number, percent in row.scores.items():
            expected = result.consensus.by_standard[number].percent
            if expected is None:
                assert percent is None
            else:
                assert percent == pytest.approx(expected, abs=1e-4)
    # The draft round of Norrvik is 61 % complete: accepted, with a warning.
    norrvik = next(r for r in comparison.units if r.unit_id == demo_id("norrvik"))
    assert norrvik.flags == (INCOMPLETE,)
    report = next(f for f in comparison.files if f.unit_id == demo_id("norrvik"))
    assert (report.status, report.warnings) == (ACCEPTED, (INCOMPLETE,))


def test_min_median_max_per_standard(
    service: AssessmentService, summaries: list[ExportSummary]
) -> None:
    comparison = compare(summaries)
    results = [latest_result(service, key) for key in KEYS]
    numbers = [u.number for u in results[0].pack.assessed_units()]
    assert [s.number for s in comparison.statistics] == numbers
    for stats in comparison.statistics:
        values = [
            p for r in results if (p := r.consensus.by_standard[stats.number].percent) is not None
        ]
        assert stats.units == len(values)
        assert stats.minimum == pytest.approx(min(values), abs=1e-4)
        assert stats.median == pytest.approx(statistics.median(values), abs=1e-4)
        assert stats.maximum == pytest.approx(max(values), abs=1e-4)
    assert any(s.units < 4 for s in comparison.statistics)  # Norrvik's unanswered standards


def test_most_often_unmet_counts_the_consensus_noes(
    service: AssessmentService, summaries: list[ExportSummary]
) -> None:
    comparison = compare(summaries)
    expected: dict[str, int] = {}
    for key in KEYS:
        rnd = service.rounds(demo_id(key))[-1]
        for answer in service.answers(rnd.id):
            if answer.respondent_id is None and answer.value == "no":
                expected[answer.criterion_id] = expected.get(answer.criterion_id, 0) + 1
    assert {u.criterion_id: u.count for u in comparison.most_unmet} == expected
    counts = [u.count for u in comparison.most_unmet]
    assert counts == sorted(counts, reverse=True)
    top = comparison.most_unmet[0]
    assert top.units == 4
    assert top.share == top.count / 4
    assert len(top.unit_names) == top.count


def test_ranking_and_trends(service: AssessmentService, summaries: list[ExportSummary]) -> None:
    comparison = compare(summaries)
    overall = {key: latest_result(service, key).consensus.overall.percent for key in KEYS}
    expected = sorted(KEYS, key=lambda k: -(overall[k] or 0.0))
    assert [e.unit_id for e in comparison.ranking] == [demo_id(k) for k in expected]
    assert [e.rank for e in comparison.ranking] == [1, 2, 3, 4]
    assert [r.unit_id for r in comparison.units] == [e.unit_id for e in comparison.ranking]
    assert len(comparison.trends) == 4
    for trend in comparison.trends:
        rounds = service.rounds(trend.unit_id)
        assert [p.date for p in trend.points] == [r.date for r in rounds]
        for point, rnd in zip(trend.points, rounds, strict=True):
            percent = service.round_result(rnd.id).consensus.overall.percent
            assert point.overall == pytest.approx(percent, abs=1e-4)


def test_a_round_export_and_an_older_one_of_the_same_unit(
    service: AssessmentService, exports: Path, tmp_path: Path
) -> None:
    rounds = service.rounds(demo_id("fjordby"))
    old = export_round(service, rounds[0].id, tmp_path / "fjordby-old.xlsx")
    summaries = read_many([old, exports / "fjordby.xlsx", exports / "vecupe.xlsx"])
    comparison = compare(summaries)
    fjordby = next(r for r in comparison.units if r.unit_id == demo_id("fjordby"))
    assert fjordby.round_title == rounds[-1].title
    assert comparison.files[0].status == ACCEPTED
    assert "trend only" in comparison.files[0].detail
    old_summary = summaries[0]
    assert old_summary.kind == "round"
    assert old_summary.round_ids == (rounds[0].id,)
    result = service.round_result(rounds[0].id)
    for score in old_summary.standards:
        expected = result.consensus.by_standard[score.number]
        assert score.percent == pytest.approx(expected.percent, abs=1e-4)
        assert score.completeness == pytest.approx(expected.completeness, abs=1e-4)


def test_a_duplicate_is_refused(exports: Path, tmp_path: Path) -> None:
    copy = shutil.copy(exports / "norrvik.xlsx", tmp_path / "copy-of-norrvik.xlsx")
    comparison = compare(read_many([exports, copy]))
    report = comparison.files[-1]
    assert (report.status, report.reason) == (REFUSED, DUPLICATE)
    assert "norrvik.xlsx" in report.detail
    assert len(comparison.units) == 4


def test_non_xlsx_tampered_and_bomb_files_are_refused(exports: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    tampered = tmp_path / "tampered.xlsx"
    wb = load_workbook(exports / "vecupe.xlsx")
    cell = wb["Criteria"]["G2"]
    cell.value = "yes" if cell.value == "no" else "no"
    wb.save(tampered)
    foreign = tmp_path / "foreign.xlsx"
    other = load_workbook(exports / "vecupe.xlsx")
    del other["Metadata"]
    other.save(foreign)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 20_000_000)
    missing = tmp_path / "missing.xlsx"

    results = {p.name: read_export_summary(p) for p in (text, tampered, foreign, bomb, missing)}
    assert {n: (s.status, s.reason) for n, s in results.items()} == {
        "notes.xlsx": (REFUSED, WRONG_FORMAT),
        "tampered.xlsx": (REFUSED, CHECKSUM_MISMATCH),
        "foreign.xlsx": (REFUSED, WRONG_FORMAT),
        "bomb.xlsx": (REFUSED, WRONG_FORMAT),
        "missing.xlsx": (REFUSED, "not found"),
    }
    assert "is not an Excel .xlsx file" in results["notes.xlsx"].detail
    assert "changed after export" in results["tampered.xlsx"].detail
    assert "Metadata" in results["foreign.xlsx"].detail
    assert "looks like a zip bomb" in results["bomb.xlsx"].detail
    comparison = compare(list(results.values()))
    assert comparison.accepted_files == 0
    assert comparison.units == ()
    assert [f.reason for f in comparison.files] == [s.reason for s in results.values()]


def test_filters_by_country_and_lead_agency(
    service: AssessmentService, summaries: list[ExportSummary]
) -> None:
    only_se = compare(summaries, country="se")
    assert [r.unit_id for r in only_se.units] == [demo_id("norrvik")]
    excluded = [f for f in only_se.files if f.status == EXCLUDED]
    assert len(excluded) == 3
    assert only_se.accepted_files == 1

    agency = service.unit(demo_id("lindenau")).lead_agency
    by_agency = compare(summaries, lead_agency=agency)
    assert {r.unit_id for r in by_agency.units} == {
        demo_id(k) for k in KEYS if service.unit(demo_id(k)).lead_agency == agency
    }
    assert compare(summaries, country="XX").accepted_files == 0


def test_other_pack_version_is_compared_on_shared_ids(summaries: list[ExportSummary]) -> None:
    lindenau = next(s for s in summaries if s.unit_id == demo_id("lindenau"))
    dropped = "BQS-10-01"
    newer = dataclasses.replace(
        lindenau,
        pack_version="1.2.0",
        pack_hash="f" * 64,
        standards=tuple(s for s in lindenau.standards if s.number != "10"),
        answers={k: v for k, v in lindenau.answers.items() if k != dropped},
    )
    others = [s for s in summaries if s is not lindenau]
    comparison = compare([*others, newer])
    assert comparison.reference_pack[1] == "1.1.0"
    assert comparison.not_shared_standards == ("10",)
    assert comparison.not_shared_criteria == (dropped,)
    assert "10" not in comparison.standards
    row = next(r for r in comparison.units if r.unit_id == demo_id("lindenau"))
    assert row.flags == (OTHER_PACK_VERSION,)
    assert comparison.files[-1].warnings == (OTHER_PACK_VERSION,)
    assert all(u.criterion_id != dropped for u in comparison.most_unmet)

    foreign = dataclasses.replace(lindenau, pack_id="another-pack")
    mixed = compare([*others, foreign])
    assert (mixed.files[-1].status, mixed.files[-1].reason) == (REFUSED, OTHER_PACK)


def test_progress_and_cancel(exports: Path) -> None:
    calls: list[tuple[int, int]] = []
    read_many([exports], progress=lambda i, n: calls.append((i, n)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]

    seen: list[int] = []

    def cancel_after_two() -> bool:
        return len(seen) >= 2

    with pytest.raises(ReadCancelledError, match="2 of 4"):
        read_many([exports], progress=lambda i, n: seen.append(i), cancelled=cancel_after_two)
    assert seen == [1, 2]
    assert gc.get_freeze_count() == 0  # cancelled, everything went back to the collector


def test_the_summaries_read_stay_out_of_the_collectors_passes_until_all_are_read(
    exports: Path,
) -> None:
    """Each file's summary, once read, is left alone by the garbage collector's full passes
    (a sixth of the time of comparing 200 unit exports went into them), and handed back to
    it once every file is read."""
    frozen: list[int] = []
    summaries = read_many([exports], progress=lambda i, n: frozen.append(gc.get_freeze_count()))
    assert len(summaries) == len(frozen) == 4
    assert 0 < frozen[0] < frozen[1] < frozen[2] < frozen[3]
    assert gc.get_freeze_count() == 0


def test_workbook_sheets_heat_colours_charts_and_no_formulas(
    summaries: list[ExportSummary], tmp_path: Path
) -> None:
    comparison = compare(summaries)
    path = write_comparison(comparison, tmp_path / "comparison.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["comparison.xlsx"]
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    units = wb["Units x standards"]
    rules = [r for rng in units.conditional_formatting for r in rng.rules]
    assert [r.type for r in rules] == ["colorScale"]
    header = [c.value for c in units[1]]
    first = comparison.units[0]
    row = [c.value for c in units[2]]
    assert row[0] == first.name
    assert row[header.index("Standard 1.1")] == pytest.approx(first.scores["1.1"] / 100, abs=1e-6)
    assert wb["Statistics"]._charts[0].tagname == "barChart"
    assert wb["Trends"]._charts[0].tagname == "lineChart"
    ranking = [r[1] for r in wb["Ranking"].iter_rows(min_row=2, values_only=True)]
    assert ranking == [e.name for e in comparison.ranking]
    files = list(wb["Files"].iter_rows(min_row=2, values_only=True))
    assert [f[0] for f in files] == [s.path.name for s in summaries]
    for ws in wb:
        for cells in ws.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


def test_aliases_replace_names_everywhere(
    service: AssessmentService, summaries: list[ExportSummary], tmp_path: Path
) -> None:
    aliases = {demo_id(key): f"Unit {letter}" for key, letter in zip(KEYS, "ABCD", strict=True)}
    comparison = compare(summaries, aliases)
    path = write_comparison(comparison, tmp_path / "aliased.xlsx")
    real_names = [service.unit(demo_id(k)).name for k in KEYS]
    # a distinctive part of each name too ("Norrvik"), not only the full name
    parts = [name.split()[1] for name in real_names]
    texts = [
        str(cell.value)
        for ws in load_workbook(path)
        for cells in ws.iter_rows()
        for cell in cells
        if cell.value is not None
    ]
    for secret in real_names + parts:
        assert not any(secret in text for text in texts), secret
    assert set(aliases.values()) <= set(texts)
    assert {r.name for r in comparison.units} == set(aliases.values())


# --- barriers and action plans across units --------------------------------------------------


def test_barriers_and_open_actions_are_counted_across_units(tmp_path: Path) -> None:
    """Two units name barriers for the same criterion; their action plans hold open, overdue
    and finished actions. An earlier round's barrier does not count."""
    import datetime as dt

    from promise_tracker.domain.entities import Action, ActionStatus, Barrier, BarrierKind

    files = []
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        pack = opened.packs.latest(PACK_ID)
        first, second = (c.id for c in pack.criteria()[:2])
        plans = {
            "Alpha": [(first, BarrierKind.LAW_OR_POLICY), (second, BarrierKind.FUNDING)],
            "Beta": [(first, BarrierKind.LAW_OR_POLICY)],
        }
        for name, barriers in plans.items():
            unit = service.create_unit(name, country="SE")
            old = service.create_round(unit.id, "Old", dt.date(2023, 1, 1), pack)
            service.set_barrier(Barrier(old.id, second, BarrierKind.OTHER, "Earlier"))
            new = service.create_round(unit.id, "New", dt.date(2025, 1, 1), pack)
            service.add_answers([Answer(new.id, c.id, None, "no") for c in pack.criteria()])
            for criterion, kind in barriers:
                service.set_barrier(Barrier(new.id, criterion, kind))
            for n, (status, due) in enumerate(
                [
                    (ActionStatus.PLANNED, dt.date(2025, 6, 1)),  # overdue on 2026-01-01
                    (ActionStatus.IN_PROGRESS, dt.date(2026, 6, 1)),
                    (ActionStatus.DONE, dt.date(2024, 1, 1)),
                ][: 3 if name == "Alpha" else 1]
            ):
                service.add_action(
                    Action(
                        f"{name}-{n}",
                        unit.id,
                        first,
                        f"Step {n}",
                        new.id,
                        status=status,
                        due_date=due,
                    )
                )
            files.append(export_unit(service, unit.id, tmp_path / f"{name}.xlsx"))
    result = compare(read_many(files), today=dt.date(2026, 1, 1))
    counts = {(b.criterion_id, kind): n for b in result.barriers for kind, n in b.by_kind.items()}
    assert counts == {
        (first, "law-or-policy"): 2,
        (second, "funding"): 1,
    }
    assert result.barriers[0].criterion_id == first  # named by most units first
    assert result.barriers[0].unit_names == ("Alpha", "Beta")
    assert {(a.name, a.open, a.overdue) for a in result.actions} == {
        ("Alpha", 2, 1),
        ("Beta", 1, 1),
    }

    path = write_comparison(result, tmp_path / "comparison.xlsx")
    wb = load_workbook(path)
    barriers = list(wb["Barriers"].iter_rows(values_only=True))
    assert barriers[0][:8] == (
        "Criterion",
        "Standard",
        "National law or policy",
        "Funding or resources",
        "Organisation or local practice",
        "Not yet started",
        "Other",
        "Units",
    )
    assert barriers[1][:8] == (first, "1.1", 2, 0, 0, 0, 0, 2)
    actions = sorted(wb["Open actions"].iter_rows(min_row=2, values_only=True))
    assert actions == [("Alpha", 2, 1), ("Beta", 1, 1)]
