"""The main window as a user sees it: the pack with its provenance, units with their scores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from promise_tracker.gui.main_window import MainWindow
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo
from promise_tracker.services.workspace import Workspace, open_workspace


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    with open_workspace(resolve_paths(tmp_path)) as workspace:
        build_demo(workspace.assessment, workspace.packs.latest("promise-bqs-2017"))
        yield workspace


def test_window_shows_pack_provenance_and_unit_scores(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    packs = window.packs_view
    pack_item = packs.topLevelItem(0)
    assert pack_item.text(0) == "Barnahus Quality Standards (PROMISE, 2017), version 1.0.0"
    assert pack_item.text(1) == "79"
    assert pack_item.text(2) == "en, sv"
    provenance = window.provenance_label.text()
    assert "Criteria worded by PROMISE tracker" in provenance
    assert provenance == demo_workspace.packs.latest("promise-bqs-2017").provenance.get("en")

    units = window.units_view
    assert units.topLevelItemCount() == 4
    service = demo_workspace.assessment
    first_unit = service.units()[0]
    unit_item = units.topLevelItem(0)
    assert unit_item.text(0) == first_unit.name
    first_round = service.rounds(first_unit.id)[0]
    expected = service.round_result(first_round.id).consensus.overall.percent
    assert unit_item.child(0).text(1) == f"{expected:.0f} %"
    assert str(demo_workspace.paths.data_dir) in window.statusBar().currentMessage()
