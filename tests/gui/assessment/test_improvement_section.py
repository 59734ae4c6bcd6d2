"""The criterion page's Improvement section, in the main window: the barrier of a criterion
not met (chosen, described, changed, cleared; read-only once finalised) and the unit's
actions for it, which the page asks the action plan to open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTreeWidget, QWidget

from promise_tracker.domain.entities import Action, ActionStatus, Answer, Barrier, BarrierKind
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.workspace import open_workspace
from tests.gui.assessment.test_assessment_window import open_window, press

NOT_MET = "BQS-2-01"
PARTLY = "BQS-2-02"  # answered "no" too: the BQS scale has no "partly"
MET = "BQS-2-03"


@dataclass(frozen=True)
class Data:
    paths: AppPaths
    unit_id: str
    round_id: str


@pytest.fixture
def data(tmp_path: Path) -> Data:
    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Test")
        assessment_round = service.create_round(unit.id, "Review 2025", dt.date(2025, 5, 1), pack)
        service.set_answer(Answer(assessment_round.id, NOT_MET, value="no"))
        service.set_answer(Answer(assessment_round.id, PARTLY, value="no"))
        service.set_answer(Answer(assessment_round.id, MET, value="yes"))
        for title, status, due in (
            ("Ask the region for a second interview room", ActionStatus.IN_PROGRESS, None),
            ("Write the joint routine", ActionStatus.PLANNED, dt.date(2001, 1, 31)),
        ):
            service.add_action(
                Action(
                    "",
                    unit.id,
                    NOT_MET,
                    title,
                    round_id=assessment_round.id,
                    status=status,
                    due_date=due,
                )
            )
    return Data(paths, unit.id, assessment_round.id)


@pytest.fixture
def window(qtbot, data: Data) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    opened = open_window(qtbot, data.paths)
    yield opened
    opened.workspace.close()


def section(window: MainWindow) -> QWidget:
    found = window.page.findChild(QWidget, "improvementBox")
    assert found is not None
    return found


def stored_barrier(data: Data, cid: str) -> Barrier | None:
    with open_workspace(data.paths) as other:
        return {b.criterion_id: b for b in other.assessment.barriers(data.round_id)}.get(cid)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)  # as a pick from the list does (activated, then changed)


def test_the_section_shows_only_where_the_answer_falls_short(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.go_to(MET)
    assert not section(window).isVisibleTo(window.page)
    window.go_to(PARTLY)
    assert section(window).isVisibleTo(window.page)
    assert (
        not section(window).findChild(QTreeWidget, "criterionActionsList").isVisibleTo(window.page)
    )
    assert section(window).findChild(QLabel, "noActionsLabel").isVisibleTo(window.page)
    # Answering yes takes it away; no brings it back.
    press(qtbot, window.page, "Alt+1")
    assert not section(window).isVisibleTo(window.page)
    press(qtbot, window.page, "Alt+2")
    assert section(window).isVisibleTo(window.page)


def test_set_and_change_a_barrier(qtbot, window: MainWindow, data: Data) -> None:  # type: ignore[no-untyped-def]
    window.go_to(NOT_MET)
    box = section(window)
    combo = box.findChild(QComboBox, "barrierCombo")
    detail = box.findChild(QLineEdit, "barrierTextEdit")
    problem = box.findChild(QLabel, "barrierProblemLabel")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not recorded",
        "National law or policy",
        "Funding or resources",
        "Organisation or local practice",
        "Not started yet",
        "Other (describe it)",
    ]
    assert combo.currentText() == "Not recorded"
    assert not detail.isEnabled()

    choose(combo, "Funding or resources")
    assert stored_barrier(data, NOT_MET) == Barrier(data.round_id, NOT_MET, BarrierKind.FUNDING)
    detail.setFocus()
    qtbot.keyClicks(detail, "No budget for a room")
    assert stored_barrier(data, NOT_MET).text == "No budget for a room"

    # "Other" needs words: until it has them the funding barrier stays stored, and says so.
    detail.clear()
    choose(combo, "Other (describe it)")
    assert detail.placeholderText() == "What stands in the way (needed for “Other”)"
    assert problem.isVisibleTo(window.page)
    assert stored_barrier(data, NOT_MET).kind is BarrierKind.FUNDING
    qtbot.keyClicks(detail, "The court refuses")
    barrier = stored_barrier(data, NOT_MET)
    assert (barrier.kind, barrier.text) == (BarrierKind.OTHER, "The court refuses")
    assert not problem.isVisibleTo(window.page)

    # Another criterion and back: the stored barrier is shown.
    window.go_to(PARTLY)
    assert combo.currentText() == "Not recorded"
    window.go_to(NOT_MET)
    assert (combo.currentText(), detail.text()) == ("Other (describe it)", "The court refuses")

    choose(combo, "Not recorded")
    assert stored_barrier(data, NOT_MET) is None
    assert detail.text() == ""


def test_a_finalised_round_shows_its_barrier_read_only(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    data: Data,
) -> None:
    window.go_to(NOT_MET)
    choose(section(window).findChild(QComboBox, "barrierCombo"), "National law or policy")
    window.controller.finalise()
    combo = section(window).findChild(QComboBox, "barrierCombo")
    assert combo.currentText() == "National law or policy"
    assert not combo.isEnabled()
    assert section(window).findChild(QLineEdit, "barrierTextEdit").isReadOnly()


def test_actions_are_listed_and_opened_through_the_action_plan(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    data: Data,
) -> None:
    window.go_to(NOT_MET)
    actions = section(window).findChild(QTreeWidget, "criterionActionsList")
    rows = [
        [actions.topLevelItem(i).text(c) for c in range(3)]
        for i in range(actions.topLevelItemCount())
    ]
    # By due date (undated last); the overdue one is marked in words, not colour alone.
    assert rows[0][:2] == ["Write the joint routine", "Planned"]
    assert rows[0][2].startswith("⚠ ")
    assert rows[0][2].endswith(" overdue")
    assert "2001" in rows[0][2]
    assert rows[1] == ["Ask the region for a second interview room", "In progress", "No date"]

    asked: list[tuple[str, str]] = []
    window.actionRequested.connect(lambda cid, aid: asked.append((cid, aid)))
    add = section(window).findChild(QPushButton, "addActionButton")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert asked == [(NOT_MET, "")]

    open_button = section(window).findChild(QPushButton, "openActionButton")
    assert not open_button.isEnabled()
    actions.setCurrentItem(actions.topLevelItem(1))
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    with open_workspace(data.paths) as other:
        ids = {a.title: a.id for a in other.assessment.actions(data.unit_id)}
    assert asked[-1] == (NOT_MET, ids["Ask the region for a second interview room"])
    item = actions.topLevelItem(0)
    actions.itemActivated.emit(item, 0)  # Enter or a double click
    assert asked[-1] == (NOT_MET, ids["Write the joint routine"])

    # The action plan saves an action and says the data changed: the list follows.
    window.service.add_action(
        Action("", data.unit_id, NOT_MET, "Train the new staff", round_id=data.round_id)
    )
    assert actions.topLevelItemCount() == 2
    window.dataChanged.emit()
    assert actions.topLevelItemCount() == 3
