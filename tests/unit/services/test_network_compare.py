"""The comparison straight from a database equals the comparison of the same units' exports.

Units are made through the services (the demo's four units, with barriers, actions, a round
only respondents answered and a unit without rounds), exported with the export the
coordinators get files from, and compared both ways: from the files and from the database,
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Action, ActionStatus, Answer, Barrier, BarrierKind
from promise_tracker.exchange.compare import (
    ACCEPTED,
    EXCLUDED,
    INCOMPLETE,
    OTHER_PACK_VERSION,
    REFUSED,
    Comparison,
    ExportSummary,
    compare,
    read_many,
)
from promise_tracker.exchange.round_export import export_round, export_unit
from promise_tracker.paths import resolve_paths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.network_compare import (
    NO_ROUND,
    PACK_MISSING,
    RoundChoice,
    compare_database,
    read_database_summaries,
)
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.registry import PackRegistry
from tests.postgres import ThrowawayServer

PACK_ID = "promise-bqs-2017"
TODAY = dt.date(2026, 6, 1)
DEMO_KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")
POOLED = "solberg"  # one draft round, answered by respondents only
EMPTY = "tomdal"  # a unit without rounds


def _add_network_data(service: AssessmentService) -> None:
    """Barriers in the compared rounds, action plans, a unit scored by its respondents alone
    and a unit without rounds, on top of the demo."""
    pack = service.packs.latest(PACK_ID)
    for number, key in enumerate(DEMO_KEYS):
        rounds = service.rounds(demo_id(key))
        latest = rounds[-1]
        unmet = [
            a.criterion_id
            for a in service.answers(latest.id)
            if a.respondent_id is None and a.value == "no"
        ]
        finalised = latest.is_finalised
        if finalised:
            service.reopen_round(latest.id)
        kinds = (BarrierKind.FUNDING, BarrierKind.LAW_OR_POLICY, BarrierKind.ORGANISATION)
        for place, criterion in enumerate(unmet[: 2 + number % 2]):
            service.set_barrier(Barrier(latest.id, criterion, kinds[(place + number) % 3]))
        if finalised:
            service.finalise_round(latest.id)
        for place, criterion in enumerate(unmet[:3]):
            service.add_action(
                Action(
                    id=demo_id(key, "action", place),
                    unit_id=demo_id(key),
                    criterion_id=criterion,
                    title=f"Plan {place} of {key}",
                    round_id=latest.id,
                    lead_agency="police" if place else "",
                    responsible_role="Coordinator",
                    due_date=dt.date(2026, 1 + place * 8, 15) if place < 2 else None,
                    status=(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)[
                        place
                    ],
                )
            )
    unit = service.create_unit("Solberg", country="NO", unit_id=demo_id(POOLED))
    rnd = service.create_round(unit.id, "First look", dt.date(2026, 3, 1), pack)
    first, second = (
        service.add_respondent(rnd.id, alias, perspective, "police")
        for alias, perspective in (("Manager A", "management"), ("Officer B", "professionals"))
    )
    criteria = [c.id for c in pack.criteria()]
    service.add_answers(
        [
            Answer(rnd.id, criterion, person.id, ("yes", "no")[(place + shift) % 2])
            for shift, person in enumerate((first, second))
            for place, criterion in enumerate(criteria[:50])
        ]
    )
    service.create_unit("Tomdal", country="SE", unit_id=demo_id(EMPTY))


def _build(workspace: Workspace) -> None:
    build_demo(workspace.assessment, workspace.packs.latest(PACK_ID))
    _add_network_data(workspace.assessment)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def workspace(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp(f"network-{request.param}")
    if request.param == "sqlite":
        with open_workspace(resolve_paths(str(folder), None)) as opened:
            _build(opened)
            yield opened
        return
    server: ThrowawayServer = request.getfixturevalue("postgres_server")
    name = server.new_database("compare")
    try:
        with open_workspace(resolve_paths(str(folder), server.url(name))) as opened:
            _build(opened)
            yield opened
    finally:
        server.drop_database(name)


@pytest.fixture(scope="module")
def unit_exports(workspace: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A unit export of every unit with rounds: what the coordinators compare as files."""
    folder = tmp_path_factory.mktemp("unit-exports")
    for key in (*DEMO_KEYS, POOLED):
        export_unit(workspace.assessment, demo_id(key), folder / f"{key}.xlsx")
    return folder


def _same_content(summary: ExportSummary) -> ExportSummary:
    """A summary without where it came from."""
    return dataclasses.replace(summary, path=Path("x"), source="")


def _without_files(comparison: Comparison) -> Comparison:
    return dataclasses.replace(comparison, files=())


def test_summaries_from_the_database_are_those_read_from_unit_exports(
    workspace: Workspace, unit_exports: Path
) -> None:
    files = {s.unit_id: s for s in read_many([unit_exports])}
    choice = RoundChoice(drafts=True)  # a unit export's summary is its latest round
    from_database = read_database_summaries(workspace.database, workspace.packs, choice)

    accepted = {s.unit_id: s for s in from_database if s.status == ACCEPTED}
    assert set(accepted) == set(files) == {demo_id(k) for k in (*DEMO_KEYS, POOLED)}
    for unit_id, summary in accepted.items():
        assert _same_content(summary) == _same_content(files[unit_id]), unit_id
    # What the comparison counts is really there: barriers, the plan, a pooled score.
    assert sum(len(s.barriers) for s in accepted.values()) == 10
    assert sum(len(s.plan) for s in accepted.values()) == 12
    pooled = accepted[demo_id(POOLED)]
    assert pooled.overall == 50.0
    assert pooled.answers
    assert set(pooled.answers.values()) == {None}
    # Where each came from is named instead of a file.
    assert {s.source for s in from_database} == {
        f"Database {workspace.database.path.name}"
        if workspace.database.path is not None
        else f"Database {workspace.database.url.split('@/', 1)[1].split('?', 1)[0]}"
    }


def test_the_comparison_equals_the_comparison_of_the_exports(
    workspace: Workspace, unit_exports: Path
) -> None:
    from_files = compare(
        read_many([unit_exports]), today=TODAY, crosswalks=workspace.packs.crosswalks
    )
    from_database = compare_database(
        workspace.database, workspace.packs, RoundChoice(drafts=True), today=TODAY
    )

    assert _without_files(from_database) == _without_files(from_files)
    # Scores, ranking, completeness, flags, barriers and actions, spelled out.
    assert [(r.unit_id, r.overall, r.completeness, r.flags) for r in from_database.units] == [
        (r.unit_id, r.overall, r.completeness, r.flags) for r in from_files.units
    ]
    assert from_database.ranking == from_files.ranking
    assert from_database.barriers == from_files.barriers
    assert from_database.barriers
    assert from_database.actions == from_files.actions
    assert sum(a.open for a in from_database.actions) == 8
    assert sum(a.overdue for a in from_database.actions) == 4
    assert from_database.most_unmet == from_files.most_unmet
    assert from_database.most_unmet
    assert from_database.trends == from_files.trends
    assert len(from_database.trends) == 4
    norrvik = next(r for r in from_database.units if r.unit_id == demo_id("norrvik"))
    assert INCOMPLETE in norrvik.flags
    # The unit without rounds is listed with the reason, not left out unseen.
    reports = {f.unit_id: f for f in from_database.files}
    assert (reports[demo_id(EMPTY)].status, reports[demo_id(EMPTY)].reason) == (EXCLUDED, NO_ROUND)
    assert reports[demo_id(EMPTY)].detail == "the unit has no round yet"
    assert reports[demo_id(EMPTY)].unit_name == "Tomdal"
    assert [f.status for f in from_database.files].count(ACCEPTED) == 5


def test_latest_finalised_rounds_compare_as_their_round_exports_across_pack_versions(
    workspace: Workspace, tmp_path: Path
) -> None:
    """By default each unit's latest finalised round: Norrvik's is on the older version of
    the standards, compared with the others through the crosswalk, as its round export is."""
    service = workspace.assessment
    for key in DEMO_KEYS:
        finalised = [r for r in service.rounds(demo_id(key)) if r.is_finalised]
        export_round(service, finalised[-1].id, tmp_path / f"{key}.xlsx")
    from_files = compare(read_many([tmp_path]), today=TODAY, crosswalks=workspace.packs.crosswalks)
    from_database = compare_database(workspace.database, workspace.packs, today=TODAY)

    norrvik = next(r for r in from_database.units if r.unit_id == demo_id("norrvik"))
    assert norrvik.flags == (OTHER_PACK_VERSION,)
    assert norrvik.round_title == "Self-assessment 2023"
    assert from_database.changed_criteria == from_files.changed_criteria
    assert from_database.changed_criteria
    for field in (
        "units",
        "standards",
        "statistics",
        "most_unmet",
        "ranking",
        "reference_pack",
        "not_shared_standards",
        "not_shared_criteria",
        "barriers",
        "actions",
    ):
        assert getattr(from_database, field) == getattr(from_files, field), field
    # A round export's trend also holds the rounds after it; the database's runs up to the
    # round compared.
    trend = next(t for t in from_database.trends if t.unit_id == demo_id("norrvik"))
    assert trend.points[-1].title == "Self-assessment 2023"
    # Solberg has only a round in progress, Tomdal none: both listed, neither compared.
    reports = {f.unit_id: f for f in from_database.files}
    assert reports[demo_id(POOLED)].status == EXCLUDED
    assert reports[demo_id(POOLED)].detail == (
        "no finalised round yet (rounds in progress are left out)"
    )


def test_a_round_is_chosen_by_date_or_title(workspace: Workspace) -> None:
    service = workspace.assessment
    dates = {key: [r.date for r in service.rounds(demo_id(key))] for key in DEMO_KEYS}
    cutoff = sorted(dates["fjordby"])[1]
    summaries = read_database_summaries(
        workspace.database, workspace.packs, RoundChoice(on_or_before=cutoff)
    )
    for summary in summaries:
        if summary.status == ACCEPTED:
            assert summary.round_date is not None
            assert summary.round_date <= cutoff
            assert summary.history[-1].date == summary.round_date
    fjordby = next(s for s in summaries if s.unit_id == demo_id("fjordby"))
    assert fjordby.round_date == cutoff

    title = service.rounds(demo_id("lindenau"))[0].title
    titled = read_database_summaries(
        workspace.database, workspace.packs, RoundChoice(title=f"  {title.upper()} ")
    )
    lindenau = next(s for s in titled if s.unit_id == demo_id("lindenau"))
    assert (lindenau.status, lindenau.round_title) == (ACCEPTED, title)
    missing = read_database_summaries(
        workspace.database, workspace.packs, RoundChoice(title="Round 1999")
    )
    assert {s.status for s in missing} == {EXCLUDED}
    assert {s.detail for s in missing if s.unit_id == demo_id("vecupe")} == {
        "no finalised round titled “Round 1999”"
    }


def test_a_round_on_a_pack_not_installed_is_refused_with_the_reason(workspace: Workspace) -> None:
    newest = workspace.packs.latest(PACK_ID)
    only_newest = PackRegistry([newest])  # the older version of the standards is missing
    comparison = compare_database(workspace.database, only_newest, today=TODAY)

    norrvik = next(f for f in comparison.files if f.unit_id == demo_id("norrvik"))
    assert (norrvik.status, norrvik.reason) == (REFUSED, PACK_MISSING)
    assert "promise-bqs-2017 1.0.0" in norrvik.detail
    assert "not installed here" in norrvik.detail
    assert demo_id("norrvik") not in {r.unit_id for r in comparison.units}
    # The other units' earlier rounds on the missing version leave gaps in their trends.
    fjordby = next(t for t in comparison.trends if t.unit_id == demo_id("fjordby"))
    assert [p.overall is None for p in fjordby.points][-1] is False
    assert any(p.overall is None for p in fjordby.points)


def test_reading_leaves_the_apps_own_sqlite_connections_as_they_are(tmp_path: Path) -> None:
    """The app works on an SQLite file with plain sqlite3; a comparison read (which may run
    on another thread) uses a read-only engine of its own and closes it."""
    with open_workspace(resolve_paths(str(tmp_path), None)) as opened:
        service = opened.assessment
        unit = service.create_unit("Ekdal", country="SE")
        rnd = service.create_round(
            unit.id, "Baseline", dt.date(2026, 2, 1), opened.packs.latest(PACK_ID)
        )
        criterion = opened.packs.latest(PACK_ID).criteria()[0].id
        service.set_answer(Answer(rnd.id, criterion, None, "yes"))
        service.finalise_round(rnd.id)
        assert not opened.database.uses_sqlalchemy

        (summary,) = read_database_summaries(opened.database, opened.packs)

        assert (summary.status, summary.round_title, summary.answers[criterion]) == (
            ACCEPTED,
            "Baseline",
            "yes",
        )
        assert not opened.database.uses_sqlalchemy
