"""What a screen reader is given: the main window, every Results tab and every window the
menus open, in English and in Swedish, walked through Qt's accessibility tree.

The walker (tests/gui/a11y.py) fails on a focusable control with an empty or meaningless
name, a label whose visible text is not exposed, a name that does not contain a button's
visible text, an "&" left in a name and a chart without a table of its numbers. The test
lists every finding, grouped by the file that owns the control.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from promise_tracker import i18n
from promise_tracker.domain.entities import Answer
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared import translation
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace
from tests.gui import a11y
from tests.gui.conftest import DRAFT_ROUND_ID

# Menu entries that open nothing to walk, and why.
NOT_WALKED = {
    "quitAction": "ends the application",
    "openDemoAction": "switches to another data folder (disabled without an opener here)",
    "undoAction": "changes data, opens nothing",
    "redoAction": "changes data, opens nothing",
    "findAction": "moves the focus to the search box of the main window (walked there)",
    "previousCriterionAction": "moves to another criterion, opens nothing",
    "nextCriterionAction": "moves to another criterion, opens nothing",
    "nextUnansweredAction": "moves to another criterion, opens nothing",
}
# Views shown inside the main window in place of the round (checkable actions): walked with
# the main window while shown; the Results with each of its tabs.
IN_WINDOW_VIEWS = {"resultsAction", "actionPlanAction"}


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in English, then in Swedish (installed as at startup, removed after)."""
    code: str = request.param
    translators = translation.load_translators(code)
    for translator in translators:
        qapp.installTranslator(translator)
    i18n.install(translation._qt_translate, code)
    QLocale.setDefault(translation.locale_for(code))
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()
    QLocale.setDefault(QLocale.c())


def _draft_window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, settings=Settings(workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    draft = workspace.assessment.round(DRAFT_ROUND_ID)
    window.select(draft.unit_id, draft.id)
    assert window.controller is not None
    return window


def _criterion_states(window: MainWindow) -> Iterator[str]:
    """Show the criterion page as it looks unanswered, not met (with the barriers and
    actions), and not applicable without a reason (with the reason field and its warning)."""
    controller = window.controller
    assert controller is not None
    session = controller.session
    criteria = [c.id for c in session.criteria()]
    unanswered = next(c for c in criteria if session.answer(c).value is None)
    window.go_to(unanswered)
    yield "criterion unanswered"
    for value, state in (("no", "not met"), ("na", "not applicable without a reason")):
        target = next(c for c in criteria if c != unanswered and session.answer(c).value is None)
        controller.set_answer(Answer(session.round.id, target, value=value, note="Seen."))
        window.go_to(target)
        yield f"criterion {state}"


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                collect(action.menu())
            elif not action.isSeparator() and action not in found:
                found.append(action)

    for action in window.menuBar().actions():
        if action.menu() is not None:
            collect(action.menu())
    return found


def test_every_window_is_named_and_labelled_for_a_screen_reader(
    qtbot,  # type: ignore[no-untyped-def]
    language: str,
    demo_workspace: Workspace,
) -> None:
    window = _draft_window(qtbot, demo_workspace)
    findings: list[a11y.Finding] = []
    walked: list[str] = []
    for state in _criterion_states(window):
        QApplication.processEvents()
        findings += a11y.walk(window, f"[{language}] main window, {state}")
        walked.append(state)

    walker = a11y.WindowWalker(f"[{language}]")
    walker.keep.add(id(window))
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(walker)
    not_walked: list[str] = []
    try:
        for action in _menu_actions(window):
            name = action.objectName() or action.text()
            if name in NOT_WALKED:
                not_walked.append(f"{name}: {NOT_WALKED[name]}")
                continue
            if name.startswith("language_") or name.startswith("filter"):
                continue  # choose what the page shows; the page is walked above
            if not action.isEnabled():
                not_walked.append(f"{name}: disabled on the demo's draft round")
                continue
            if name in IN_WINDOW_VIEWS:
                findings += _walk_in_window_view(qtbot, window, action, language)
                walked.append(name)
                continue
            before = len(walker.seen) + len(walker.skipped)
            action.trigger()
            QApplication.processEvents()
            QApplication.processEvents()
            walked.append(name)
            if len(walker.seen) + len(walker.skipped) == before:
                not_walked.append(f"{name}: opened no window")
            # A window shown without exec() is walked and closed on the next turns.
            qtbot.waitUntil(lambda: not _other_windows(window))
    finally:
        app.removeEventFilter(walker)
    findings += walker.findings
    assert walker.seen, "no dialog was opened from the menus"
    assert not findings, (
        f"{len(findings)} accessibility problems ({language}):\n"
        + a11y.report(findings)
        + "\n\nwindows walked:\n  "
        + "\n  ".join(walker.seen)
        + "\nnot walked:\n  "
        + "\n  ".join(walker.skipped + not_walked)
    )


def _other_windows(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w is not window and w.isVisible() and w.isWindow() and not isinstance(w, QMenu)
    ]


def _walk_in_window_view(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    action: QAction,
    language: str,
) -> list[a11y.Finding]:
    """Show the view, walk it (each tab of the Results), and go back to the round."""
    from PySide6.QtWidgets import QPushButton, QTabWidget

    findings: list[a11y.Finding] = []
    action.trigger()
    QApplication.processEvents()
    view = window.pages.currentWidget()
    assert view is not None
    tabs = view.findChild(QTabWidget)
    if tabs is None:
        findings += a11y.walk(window, f"[{language}] {action.objectName()}")
    else:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            where = f"[{language}] {action.objectName()} tab {tabs.tabText(index)!r}"
            findings += a11y.walk(window, where)
            # Each chart's numbers, shown instead of the chart by its "Data" button.
            toggles = [
                button
                for button in tabs.currentWidget().findChildren(QPushButton, "chartDataButton")
                if button.isVisible() and button.isCheckable()
            ]
            for button in toggles:
                button.setChecked(True)
            if toggles:
                QApplication.processEvents()
                findings += a11y.walk(window, f"{where}, data tables")
            for button in toggles:
                button.setChecked(False)
    if action.isChecked():
        action.trigger()
    QApplication.processEvents()
    return findings


def test_the_walker_finds_what_a_screen_reader_user_would_miss(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each rule of the walker fires on a made-up window and stays quiet on a good one."""
    from PySide6.QtWidgets import (
        QComboBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QPushButton,
        QScrollArea,
    )

    bad = QWidget()
    bad.setWindowTitle("Bad")
    form = QFormLayout(bad)
    caption = QLabel("78 %")
    caption.setAccessibleName("Overall score")  # the caption in place of the content
    form.addRow(caption)
    unnamed = QLineEdit()
    form.addRow(unnamed)
    dash = QComboBox()
    dash.addItems(["—", "Police"])
    form.addRow(QLabel("Lead agency"), dash)  # a label, but not its buddy
    mnemonic = QPushButton("Save")
    mnemonic.setAccessibleName("&Save")
    form.addRow(mnemonic)
    different = QPushButton("Export…")
    different.setAccessibleName("Choose where to save, then export")
    form.addRow(different)
    by_object = QPushButton("")
    by_object.setObjectName("okButton")
    by_object.setAccessibleName("okButton")
    form.addRow(by_object)
    symbol = QPushButton("…")
    form.addRow(symbol)
    form.addRow(QScrollArea())
    qtbot.addWidget(bad)
    bad.show()
    problems = sorted(f.problem.split(" '")[0] for f in a11y.walk(bad))
    assert problems == sorted(
        [
            "the visible text",
            "a focusable control without a name",
            "a combo box named only by its current value (no label)",
            'an "&" mnemonic is left in the name',
            "the name does not start with the visible text",
            "named by its objectName, not for people",
            "a focusable control whose name says nothing",
            "a focusable control without a name",
        ]
    ), a11y.report(a11y.walk(bad))

    good = QWidget()
    good.setWindowTitle("Good")
    form = QFormLayout(good)
    score = QLabel("78 %")
    score.setAccessibleDescription("Overall score")
    form.addRow(score)
    for text in ("&Country:", "&Lead agency:"):
        label = QLabel(text)
        field: QWidget = QLineEdit() if "Country" in text else QComboBox()
        if isinstance(field, QComboBox):
            field.addItems(["—", "Police"])
        label.setBuddy(field)
        form.addRow(label, field)
    export = QPushButton("&Export…")
    export.setAccessibleName("Export to Excel")
    form.addRow(export)
    qtbot.addWidget(good)
    good.show()
    assert a11y.walk(good) == [], a11y.report(a11y.walk(good))


def test_a_chart_needs_its_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout

    window = QWidget()
    window.setWindowTitle("Chart")
    layout = QVBoxLayout(window)
    canvas = FigureCanvasQTAgg(Figure())
    canvas.setAccessibleName("Radar chart of the scores")
    layout.addWidget(canvas)
    qtbot.addWidget(window)
    window.show()
    assert [f.problem for f in a11y.walk(window)] == ["a chart without a table of its numbers"]
    table = QTableWidget(2, 2, window)
    table.setObjectName("radarTable")
    layout.addWidget(table)
    # A table elsewhere in the window is not the chart's.
    assert [f.problem for f in a11y.walk(window)] == ["a chart without a table of its numbers"]
    canvas.setProperty(a11y.CHART_TABLE_PROPERTY, "radarTable")
    assert "the chart's table of numbers has no name" in [f.problem for f in a11y.walk(window)]
    table.setAccessibleName("Scores per standard")
    assert a11y.walk(window) == [], a11y.report(a11y.walk(window))

    # The way gui/results keeps them: the canvas and a table named "chartDataTable" together
    # in the chart's widget (the table shown instead of the chart by a "Data" button).
    chart = QWidget(window)
    chart_layout = QVBoxLayout(chart)
    other = FigureCanvasQTAgg(Figure())
    other.setAccessibleName("Bar chart of the scores")
    chart_layout.addWidget(other)
    beside = QTableWidget(1, 1, chart)
    beside.setObjectName(a11y.CHART_TABLE_PROPERTY)
    beside.setAccessibleName("Bar chart of the scores: the numbers")
    beside.hide()
    layout.addWidget(chart)
    assert a11y.walk(window) == [], a11y.report(a11y.walk(window))


def test_the_shared_dialogs_are_named_and_labelled(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Dialogs of gui/shared that no menu opens directly: a change saved elsewhere, and the
    password of a protected file (first ask and retry), and the password option of exports."""
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout

    from promise_tracker.gui.shared.conflict_dialog import ConflictDialog
    from promise_tracker.gui.shared.passwords import PasswordOption, PasswordPromptDialog

    host = QWidget()
    host.setWindowTitle("Export")
    PasswordOption(host)
    QVBoxLayout(host).addWidget(host.findChild(PasswordOption))
    windows: list[QWidget] = [
        ConflictDialog("Someone changed this answer.", [("Answer", "Yes", "No")]),
        PasswordPromptDialog(tmp_path / "round.xlsx"),
        PasswordPromptDialog(tmp_path / "round.xlsx", retry=True),
        host,
    ]
    findings: list[a11y.Finding] = []
    for window in windows:
        qtbot.addWidget(window)
        window.show()
        for tick in window.findChildren(QCheckBox):
            tick.setChecked(True)  # the password fields appear
        QApplication.processEvents()
        findings += a11y.walk(window)
    assert not findings, a11y.report(findings)
