"""View > History of this criterion… (Ctrl+H): who changed the criterion, when, and what."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from promise_tracker.domain.entities import Change, ChangeAction
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.assessment.history_dialog import CriterionHistoryDialog
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.workspace import open_workspace


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A unit with a round and one respondent, Zoë, and nothing answered yet."""
    found = resolve_paths(tmp_path / "data")
    with open_workspace(found) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Test")
        assessment_round = service.create_round(unit.id, "Spring review", dt.date(2026, 3, 1), pack)
        service.add_respondent(assessment_round.id, "Zoë", pack.perspectives[0].id)
    return found


@pytest.fixture
def window(qtbot, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    workspace = open_workspace(paths)
    opened = MainWindow(workspace, settings=Settings(paths.settings_file))
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    qtbot.waitUntil(lambda: opened.controller is not None and opened.page is not None)
    yield opened
    opened.workspace.close()


def press(qtbot, widget: QWidget, sequence: str) -> None:  # type: ignore[no-untyped-def]
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def open_history(qtbot, window: MainWindow) -> CriterionHistoryDialog:  # type: ignore[no-untyped-def]
    assert window.page is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window.page, "Ctrl+H")
    qtbot.waitUntil(lambda: window.findChild(CriterionHistoryDialog) is not None)
    dialog = window.findChild(CriterionHistoryDialog)
    assert isinstance(dialog, CriterionHistoryDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # what a window manager does (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_history_lists_both_answers_saved_newest_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.page
    controller = window.controller
    assert page is not None
    assert controller is not None
    criterion = page.current_criterion()
    press(qtbot, page, "Alt+1")  # the team's answer: yes
    qtbot.waitUntil(lambda: controller.session.answer(criterion).value == "yes")
    combo = window.findChild(QWidget, "answerAsCombo")
    combo.setCurrentIndex(1)  # answering as Zoë from now on (she is not the author)
    qtbot.waitUntil(lambda: controller.session.respondent_id is not None)
    press(qtbot, page, "Alt+2")  # Zoë's answer: no
    qtbot.waitUntil(lambda: controller.session.answer(criterion).value == "no")

    dialog = open_history(qtbot, window)

    assert dialog.windowTitle() == f"History of criterion {criterion}"
    table = dialog.findChild(QTableView, "historyTable")
    assert table.isVisible()
    assert not dialog.findChild(QLabel, "historyEmptyLabel").isVisible()
    rows = cells(table)
    me = getpass.getuser()
    assert [row[1:] for row in rows] == [
        [me, "Zoë", "Added: answer No"],
        [me, "Team", "Added: answer Yes"],
    ]
    today = format_date(dt.datetime.now().astimezone().date())
    assert all(row[0].startswith(today + " ") for row in rows)
    # A named table whose cells a screen reader reads, with its column names.
    assert table.accessibleName() == f"Changes to criterion {criterion}, newest first"
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["When", "Who", "What", "Change"]
    assert table.model().index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "Zoë"
    assert QApplication.focusWidget() is table  # ready to walk with the arrow keys

    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(CriterionHistoryDialog) is None)


def test_a_criterion_never_changed_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_history(qtbot, window)
    empty = dialog.findChild(QLabel, "historyEmptyLabel")
    assert empty.isVisible()
    assert empty.text().startswith("No change to this criterion has been saved yet.")
    assert not dialog.findChild(QTableView, "historyTable").isVisible()
    assert QApplication.focusWidget() is dialog.findChild(QWidget, "historyCloseButton")


def test_the_entry_is_in_the_view_menu_with_its_own_letter_and_shortcut(
    window: MainWindow,
) -> None:
    actions = window.findChild(QObject, "assessmentActions")
    entry = actions.history_action
    assert entry.shortcut() == QKeySequence("Ctrl+H")
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert entry in view.actions()
    letters = [
        QKeySequence.mnemonic(a.text()).toString()
        for a in view.actions()
        if not a.isSeparator() and a.text()
    ]
    assert QKeySequence.mnemonic(entry.text()).toString() == "Alt+S"
    assert letters.count("Alt+S") == 1
    others = [
        s.toString()
        for a in window.findChildren(QObject)
        if hasattr(a, "shortcuts") and a is not entry
        for s in a.shortcuts()
    ]
    assert "Ctrl+H" not in others


@pytest.mark.parametrize(
    ("summary", "action", "said"),
    [
        (
            "value: yes → no; note; flagged: no → yes",
            ChangeAction.CHANGED,
            "Changed: answer from Yes to No, evidence note, flagged for discussion",
        ),
        (
            "value: na → -; na_justification; flagged: yes → -",
            ChangeAction.REMOVED,
            "Removed: answer was Not applicable, reason for not applicable, flag removed",
        ),
        ("carried: yes → no", ChangeAction.CHANGED, "Changed: confirmed"),
        (
            "kind: law-or-policy → funding",
            ChangeAction.CHANGED,
            "Changed: barrier from National law or policy to Funding or resources",
        ),
        ("criterion_id: 2.1 → 2.2", ChangeAction.CHANGED, "Changed: moved from criterion 2.1"),
        ("", ChangeAction.REMOVED, "Removed"),
    ],
)
def test_what_changed_is_said_in_plain_words(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, summary: str, action: ChangeAction, said: str
) -> None:
    with open_workspace(paths) as workspace:
        pack = workspace.packs.latest("promise-bqs-2017")
    when = dt.datetime(2026, 3, 1, 12, 30)
    change = Change(1, "u", "r", "1.1", "gone", "answer", "1", action, summary, "anna", when)
    dialog = CriterionHistoryDialog("1.1", "Spring review", [change], pack, {}, "en")
    qtbot.addWidget(dialog)
    [row] = cells(dialog.findChild(QTableView, "historyTable"))
    assert row[1:] == ["anna", "A removed respondent", said]
    local = when.replace(tzinfo=dt.UTC).astimezone()
    assert row[0].startswith(format_date(local.date()) + " ")
