"""A unit's history across two versions of its pack: since the last round and the bridges
the heat map reads, through the installed crosswalk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.domain.entities import Answer
from promise_tracker.paths import resolve_paths
from promise_tracker.services.results import unit_history
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.registry import PackRegistry
from tests.unit.domain.test_progress_versions import CROSSWALK, NEW, OLD


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    registry = PackRegistry([OLD, NEW], crosswalks=[CROSSWALK])
    with open_workspace(resolve_paths(tmp_path), registry) as opened:
        yield opened


def answer_all(workspace: Workspace, round_id: str, values: dict[str, str]) -> None:
    workspace.assessment.add_answers([Answer(round_id, c, None, v) for c, v in values.items()])


def test_since_the_last_round_on_an_older_version_names_the_changed_criterion(
    workspace: Workspace,
) -> None:
    service = workspace.assessment
    unit = service.create_unit("Barnahus Ö")
    first = service.create_round(unit.id, "2024", dt.date(2024, 3, 1), OLD)
    answer_all(
        workspace, first.id, {"C-1-01": "no", "C-1-02": "no", "C-1-03": "no", "C-1-04": "no"}
    )
    second = service.create_round(unit.id, "2026", dt.date(2026, 3, 1), NEW)
    answer_all(
        workspace, second.id, {"C-1-01": "yes", "C-1-02": "no", "C-1-03": "yes", "C-1-05": "yes"}
    )

    history = unit_history(service, unit.id)
    progress = history.progress()
    assert progress is not None
    assert progress.newly_met == ("C-1-01", "C-1-05")
    assert progress.not_comparable == ("C-1-03",)
    old_round, new_round = history.rounds
    assert old_round.to_latest is not None
    assert old_round.to_latest.not_comparable == {"C-1-03"}
    assert new_round.to_latest is None  # the latest round is on the latest version
    assert new_round.from_previous is not None
    assert old_round.from_previous is None


def test_the_unit_export_matches_an_older_version_s_answers_through_the_crosswalk(
    workspace: Workspace, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from promise_tracker.exchange.round_export import CRITERIA_HISTORY, export_unit

    service = workspace.assessment
    unit = service.create_unit("Barnahus Ö")
    first = service.create_round(unit.id, "2024", dt.date(2024, 3, 1), OLD)
    answer_all(
        workspace, first.id, {"C-1-01": "no", "C-1-02": "no", "C-1-03": "no", "C-1-04": "no"}
    )
    second = service.create_round(unit.id, "2026", dt.date(2026, 3, 1), NEW)
    answer_all(workspace, second.id, {"C-1-01": "yes", "C-1-03": "yes", "C-1-05": "yes"})

    path = export_unit(service, unit.id, tmp_path / "unit.xlsx")
    rows = list(load_workbook(path)[CRITERIA_HISTORY].iter_rows(values_only=True))
    assert rows[0][3] == "2024-03-01\n2024\nstandards version 1.0.0"
    assert rows[0][4] == "2026-03-01\n2026"
    by_criterion = {row[1]: (row[3], row[4]) for row in rows[1:]}
    assert by_criterion == {
        "C-1-01": ("No", "Yes"),
        "C-1-02": ("No", None),  # reworded: the same criterion
        "C-1-03": ("No (meaning changed since)", "Yes"),
        "C-1-05": ("No", "Yes"),  # C-1-04 in version 1.0.0
    }
