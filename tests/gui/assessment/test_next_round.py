"""Next round from the last, as a team does it in the main window: start the round from the
latest one in the dialog, see what is carried forward, confirm one by key and a whole
standard at once (and undo it), change a carried answer, and finalise past the warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.assessment.criteria_model import (
    COLUMN_PROGRESS,
    CriterionIdRole,
    StandardNumberRole,
)
from promise_tracker.gui.assessment.filter_mode import FilterMode
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import open_workspace
from tests.gui.assessment.test_assessment_window import (
    click_ok,
    open_window,
    press,
    when_modal,
)

CARRIED = ["BQS-1.1-01", "BQS-1.1-02", "BQS-1.2-01", "BQS-2-01"]


def plural(text: str) -> str:
    """A text with a count above one as the English catalogue shows it ("(s)" resolved):
    applied to both sides, so texts compare alike before and after the catalogue has them."""
    return text.replace("criterion(s)", "criteria").replace("(s)", "s")


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A unit with two rounds; the latest has four team answers (two flagged) and a
    respondent."""
    found = resolve_paths(tmp_path / "data")
    with open_workspace(found) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest("promise-bqs-2017")
        unit = service.create_unit("Barnahus Test")
        older = service.create_round(unit.id, "Review 2023", dt.date(2023, 5, 1), pack)
        service.set_answer(Answer(older.id, "BQS-1.1-01", value="no"))
        latest = service.create_round(unit.id, "Review 2024", dt.date(2024, 5, 1), pack)
        for answer in (
            Answer(latest.id, "BQS-1.1-01", value="yes", note="Routine in the shared folder"),
            Answer(latest.id, "BQS-1.1-02", value="no", flagged=True),
            Answer(latest.id, "BQS-1.2-01", value="na", na_justification="The region does it"),
            Answer(latest.id, "BQS-2-01", value="yes", flagged=True),
        ):
            service.set_answer(answer)
        service.add_respondent(latest.id, "Coordinator A", "management")
    return found


@pytest.fixture
def window(qtbot, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    opened = open_window(qtbot, paths)
    yield opened
    opened.workspace.close()


def start_from_last(qtbot, window: MainWindow, *, respondents: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Round > New round…, keeping "start from" on the latest round; returns the new id."""
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        start_from = dialog.findChild(QRadioButton, "startFromRadio")
        chooser = dialog.findChild(QComboBox, "startFromCombo")
        seen["checked"] = start_from.isChecked()
        seen["choices"] = [chooser.itemText(i) for i in range(chooser.count())]
        seen["chosen"] = chooser.currentText()
        if respondents:
            dialog.findChild(QCheckBox, "carryRespondentsCheck").setChecked(True)
        title = dialog.findChild(QLineEdit, "roundTitleEdit")
        title.selectAll()
        qtbot.keyClicks(title, "Review 2025")
        click_ok(dialog)

    created: list[str] = []
    window.roundCreated.connect(created.append)
    when_modal(qtbot, fill, "roundDialog")
    window.assessment.new_round_action.trigger()
    qtbot.waitUntil(lambda: bool(created))
    qtbot.waitUntil(lambda: window.header is not None and window.header.isVisible())
    # The latest round is offered first and chosen; starting from it is the default.
    assert seen == {
        "checked": True,
        "choices": ["Review 2024 (2024-05-01)", "Review 2023 (2023-05-01)"],
        "chosen": "Review 2024 (2024-05-01)",
    }
    assert window.controller is not None
    assert window.controller.session.round.id == created[0]  # created, then opened
    assert window.controller.session.round.title == "Review 2025"
    return created[0]


def stored(paths: AppPaths, round_id: str, cid: str) -> Answer:
    with open_workspace(paths) as other:
        return RoundSession(other.assessment, round_id).answer(cid)


def progress_text(window: MainWindow, cid: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = window.navigator.model
    index = model.index_for_criterion(cid).siblingAtColumn(COLUMN_PROGRESS)
    return str(model.data(index, role))


def to_confirm_label(window: MainWindow) -> QLabel:
    label = window.header.findChild(QLabel, "toConfirmLabel")
    assert label is not None
    return label


def test_a_round_started_from_the_last_shows_what_is_carried_forward(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    round_id = start_from_last(qtbot, window)
    session = window.controller.session
    assert session.to_confirm() == CARRIED
    assert stored(paths, round_id, "BQS-1.1-01").carried
    # Respondents come along without their answers.
    with open_workspace(paths) as other:
        assert [r.alias for r in other.assessment.respondents(round_id)] == ["Coordinator A"]

    # Header: the count in words; carried answers are not counted yet.
    assert to_confirm_label(window).isVisible()
    assert plural(to_confirm_label(window).text()) == plural("↻ 4 answer(s) to confirm")
    assert session.scores.overall.answered == 0
    assert window.header.findChild(QLabel, "overallScoreLabel").text() == "–"

    # Tree: symbol, words and tooltip.
    assert progress_text(window, "BQS-1.1-01") == "↻ Yes?"
    assert progress_text(window, "BQS-1.2-01") == "↻ Not applicable?"
    assert "carried forward" in progress_text(window, "BQS-1.1-01", Qt.ItemDataRole.ToolTipRole)
    assert progress_text(window, "BQS-1.1-01", Qt.ItemDataRole.AccessibleTextRole) == (
        "Yes, to confirm"
    )
    # The "To confirm" filter lists exactly those.
    window.assessment.filter_actions[FilterMode.TO_CONFIRM].trigger()
    assert window.navigator.filter_combo.currentText() == "To confirm (4)"

    # The page: the banner names the round it came from; the earlier answer shows beside.
    window.go_to("BQS-1.1-01")
    page = window.page
    assert page.findChild(QWidget, "carriedBanner").isVisible()
    assert page.findChild(QLabel, "carriedLabel").text() == (
        "↻ Carried forward from “Review 2024”: confirm or change it"
    )
    assert page.findChild(QLabel, "previousRoundLabel").text() == "Review 2024 (2024-05-01)"
    assert page.findChild(QLabel, "previousAnswerLabel").text() == "Answer: Yes"
    assert page.findChild(QPlainTextEdit, "noteEdit").toPlainText() == (
        "Routine in the shared folder"
    )


def test_confirm_one_answer_with_the_key_and_undo_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    round_id = start_from_last(qtbot, window, respondents=False)
    window.go_to("BQS-1.1-01")
    page = window.page
    session = window.controller.session

    press(qtbot, page, "Alt+C")
    assert not stored(paths, round_id, "BQS-1.1-01").carried
    assert session.status("BQS-1.1-01") is CriterionStatus.MET
    assert not page.findChild(QWidget, "carriedBanner").isVisible()
    assert plural(to_confirm_label(window).text()) == plural("↻ 3 answer(s) to confirm")
    assert progress_text(window, "BQS-1.1-01") == "✓ Yes"
    assert window.header.findChild(QLabel, "overallScoreLabel").text().startswith("100")

    press(qtbot, page, "Ctrl+Z")
    assert stored(paths, round_id, "BQS-1.1-01").carried
    assert page.findChild(QWidget, "carriedBanner").isVisible()
    assert plural(to_confirm_label(window).text()) == plural("↻ 4 answer(s) to confirm")
    press(qtbot, page, "Ctrl+Shift+Z")
    assert not stored(paths, round_id, "BQS-1.1-01").carried


def _standard_row(window: MainWindow, number: str) -> QModelIndex:
    proxy = window.navigator.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(StandardNumberRole) == number and index.data(CriterionIdRole) is None:
            return index
    raise AssertionError(f"no standard {number}")


def test_confirm_all_in_a_standard_then_undo_from_the_message(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    round_id = start_from_last(qtbot, window, respondents=False)
    navigator = window.navigator
    menu = navigator.context_menu(_standard_row(window, "1"))
    assert menu is not None
    confirm_all = next(a for a in menu.actions() if a.objectName() == "confirmStandardMenuAction")
    assert confirm_all.text().replace("&", "") == "Confirm all in standard 1 (3 to confirm)"
    confirm_all.trigger()

    in_standard_1 = ["BQS-1.1-01", "BQS-1.1-02", "BQS-1.2-01"]
    assert all(not stored(paths, round_id, cid).carried for cid in in_standard_1)
    assert stored(paths, round_id, "BQS-2-01").carried  # another standard: left alone
    assert to_confirm_label(window).text() in {"↻ 1 answer to confirm", "↻ 1 answer(s) to confirm"}
    bar = window.round_view.message_bar
    assert bar.isVisible()
    assert plural(bar.label.text()) == plural(
        "Confirmed 3 answer(s) carried forward: counted in the score from now on."
    )

    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert all(stored(paths, round_id, cid).carried for cid in in_standard_1)
    assert not bar.isVisible()
    assert window.controller.session.to_confirm() == CARRIED

    # The same from the page's button, undone with Ctrl+Z this time.
    window.go_to("BQS-1.2-01")
    button = window.page.findChild(QPushButton, "confirmStandardButton")
    assert button.text() == "Confirm all 3 in standard 1"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.controller.session.to_confirm() == ["BQS-2-01"]
    press(qtbot, window.page, "Ctrl+Z")
    assert window.controller.session.to_confirm() == CARRIED
    assert not bar.isVisible()


def test_changing_a_carried_answer_confirms_it_but_flagging_does_not(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    round_id = start_from_last(qtbot, window, respondents=False)
    page = window.page

    window.go_to("BQS-1.1-02")  # carried "no": the team says yes now
    press(qtbot, page, "Alt+1")
    answer = stored(paths, round_id, "BQS-1.1-02")
    assert (answer.value, answer.carried) == ("yes", False)

    window.go_to("BQS-1.2-01")  # a note added to a carried N/A confirms it too
    note = page.findChild(QPlainTextEdit, "noteEdit")
    note.setFocus()
    qtbot.keyClicks(note, "Checked")
    answer = stored(paths, round_id, "BQS-1.2-01")
    assert (answer.note, answer.carried) == ("Checked", False)
    assert window.controller.session.status("BQS-1.2-01") is CriterionStatus.NOT_APPLICABLE

    window.go_to("BQS-2-01")  # taking the flag off is no agreement on the answer
    press(qtbot, page, "Alt+D")
    answer = stored(paths, round_id, "BQS-2-01")
    assert (answer.flagged, answer.carried) == (False, True)

    # Undo of the change that confirmed the answer carries it forward again.
    window.go_to("BQS-1.1-02")
    press(qtbot, page, "Ctrl+Z")  # the flag
    press(qtbot, page, "Ctrl+Z")  # the note
    press(qtbot, page, "Ctrl+Z")  # yes
    answer = stored(paths, round_id, "BQS-1.1-02")
    assert (answer.value, answer.carried) == ("no", True)


def _answer_box(button_name: str, seen: dict[str, str]):  # type: ignore[no-untyped-def]
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().objectName()
        box.findChild(QPushButton, button_name).click()

    return handle


def test_finalising_warns_about_answers_to_confirm_and_flags(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    start_from_last(qtbot, window, respondents=False)
    session = window.controller.session
    window.go_to("BQS-3-01")

    # Going back leaves the round open and shows the first answer to confirm.
    seen: dict[str, str] = {}
    when_modal(qtbot, _answer_box("goBackButton", seen), "finaliseWarningBox")
    window.assessment.finalise_action.trigger()
    assert not session.read_only
    assert seen["default"] == "goBackButton"
    lines = [plural(line) for line in seen["text"].split("\n")]
    assert lines[0] == "Finalise “Review 2025”? Its answers become read-only."
    assert (
        plural(
            "Not confirmed yet: 4 answer(s) carried forward from an earlier round, counted as "
            "unanswered."
        )
        in lines
    )
    assert plural("2 criterion(s) are still flagged for discussion.") in lines
    unanswered = len(session.criteria()) - 4
    assert plural(f"Besides those, {unanswered} criterion(s) are still unanswered.") in lines
    assert window.navigator.mode() is FilterMode.TO_CONFIRM
    assert window.page.current_criterion() == "BQS-1.1-01"

    # Finalise anyway: read-only, as it was.
    when_modal(qtbot, _answer_box("finaliseAnywayButton", {}), "finaliseWarningBox")
    window.assessment.finalise_action.trigger()
    assert session.read_only
    assert not window.page.findChild(QPushButton, "confirmAnswerButton").isEnabled()
    with open_workspace(paths) as other:
        assert other.assessment.round(session.round.id).is_finalised
