"""The main window on the demo data: units, rounds, scores and the pack's provenance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace


def test_demo_data_in_the_window(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    service = demo_workspace.assessment
    units = service.units()
    assert [window.unit_combo.itemText(i) for i in range(window.unit_combo.count())] == [
        u.name for u in units
    ]
    # The newest round of the first unit opens, with its official (consensus) score.
    rounds = service.rounds(units[0].id)
    assert window.round_combo.count() == len(rounds)
    assert window.controller is not None
    assert window.controller.session.round.id == rounds[-1].id
    expected = service.round_result(rounds[-1].id).consensus.overall.percent
    score = window.header.findChild(QWidget, "overallScoreLabel").text()
    assert score == f"{expected:.0f} %"

    # Choosing another round opens it.
    window.round_combo.setCurrentIndex(0)
    assert window.controller.session.round.id == rounds[0].id

    # The pack's provenance is stated where its criteria are shown.
    pack = window.controller.session.pack
    label = window.statusBar().findChild(QWidget, "packLabel")
    assert label.text() == f"{pack.title.get('en')} {pack.version}"
    assert "Criteria worded by PROMISE tracker" in label.toolTip()
