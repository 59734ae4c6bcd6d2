"""Respondents in the main window: managed in Team > Respondents, answered as, by keyboard."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMessageBox, QWidget

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.window import Menu
from promise_tracker.gui.team.respondents_dialog import (
    RespondentEditDialog,
    RespondentsDialog,
    RespondentsTableModel,
)
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import FINALISED_ROUND_ID

PACK_ID = "promise-bqs-2017"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


def make_round(paths: AppPaths, respondents: tuple[tuple[str, str, str], ...] = ()) -> str:
    """A unit with one draft round (and respondents), written before the window opens."""
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        unit = service.create_unit("Barnahus Test")
        pack = workspace.packs.latest(PACK_ID)
        round_id = service.create_round(unit.id, "Spring review", dt.date(2026, 4, 1), pack).id
        for alias, perspective, agency in respondents:
            service.add_respondent(round_id, alias, perspective, agency)
        return round_id


def open_window(qtbot, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    workspace = open_workspace(paths)
    window = MainWindow(workspace, settings=Settings(paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.page is not None and window.page.hasFocus())
    return window


def press(qtbot, widget: QWidget, sequence: str) -> None:  # type: ignore[no-untyped-def]
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def when_modal(qtbot, handler: Callable[[QWidget], None], name: str) -> None:  # type: ignore[no-untyped-def]
    """Run handler on the next modal dialog called `name` once its exec() loop runs."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        # Keys reach a dialog's shortcuts once it is the active window.
        if dialog is None or dialog.objectName() != name or not dialog.isActiveWindow():
            QTimer.singleShot(10, poll)
            return
        try:
            handler(dialog)
        except BaseException:
            # A failed check must not leave dialogs open and the test hanging in exec().
            while (modal := QApplication.activeModalWidget()) is not None:
                modal.close()
            raise

    QTimer.singleShot(0, poll)


def saved(paths: AppPaths, sql: str) -> list[tuple[object, ...]]:
    """Rows as another program reading the database file sees them."""
    with sqlite3.connect(paths.database) as connection:
        return connection.execute(sql).fetchall()


def respondents_table(dialog: QWidget) -> list[list[str]]:
    model = dialog.findChild(QWidget, "respondentsTable").model()  # type: ignore[union-attr]
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# --- managing respondents --------------------------------------------------------------------


def test_respondents_are_added_edited_and_removed_from_the_keyboard(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    round_id = make_round(paths)
    window = open_window(qtbot, paths)
    assert window.team.respondents_action in window.menu(Menu.TEAM).actions()
    assert "Ctrl+Shift+R" in window.team.respondents_action.toolTip()
    warnings_seen: list[bool] = []
    confirm_texts: list[str] = []

    def fill(alias: str, perspective_steps: int, agency_steps: int) -> Callable[[QWidget], None]:
        def handler(dialog: QWidget) -> None:
            edit = dialog.findChild(QLineEdit, "respondentAliasEdit")
            assert edit.hasFocus()
            edit.selectAll()
            qtbot.keyClicks(edit, alias)
            warnings_seen.append(dialog.findChild(QWidget, "aliasNameWarning").isVisible())
            press(qtbot, edit, "Tab")
            perspective = dialog.findChild(QComboBox, "respondentPerspectiveCombo")
            assert perspective.hasFocus()
            press(qtbot, perspective, "Home")
            for _ in range(perspective_steps):
                press(qtbot, perspective, "Down")
            press(qtbot, perspective, "Tab")
            agency = dialog.findChild(QComboBox, "respondentAgencyCombo")
            assert agency.hasFocus()
            press(qtbot, agency, "Home")
            for _ in range(agency_steps):
                press(qtbot, agency, "Down")
            press(qtbot, agency, "Return")  # OK, the default button

        return handler

    def confirm(choice: str) -> Callable[[QWidget], None]:
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            confirm_texts.append(box.text())
            for button in box.buttons():
                if button.text().replace("&", "") == choice:
                    button.click()
                    return
            raise AssertionError(choice)

        return handler

    def manage(dialog: QWidget) -> None:
        assert isinstance(dialog, RespondentsDialog)
        assert dialog.findChild(QWidget, "respondentsEmptyLabel").isVisible()
        for alias, perspective, agency in (
            ("R1", 1, 0),  # Professionals, Police
            ("Anna Svensson", 2, 6),  # Clients, Other
            ("Management A", 0, 5),  # Management, Barnahus staff
        ):
            when_modal(qtbot, fill(alias, perspective, agency), "respondentEditDialog")
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert respondents_table(dialog) == [
            ["Anna Svensson", "Clients (children and families)", "Other", "0"],
            ["Management A", "Management", "Barnahus staff", "0"],
            ["R1", "Professionals", "Police", "0"],
        ]
        # Edit "Anna Svensson" (the first row) into an alias: Enter on the row edits it.
        press(qtbot, dialog.table, "Home")
        press(qtbot, dialog.table, "Up")
        assert dialog.selected().alias == "Anna Svensson"
        when_modal(qtbot, fill("Client 1", 2, 6), "respondentEditDialog")
        press(qtbot, dialog.table, "Return")
        # Remove "Management A": cancelled once (Delete key), then confirmed (the button).
        press(qtbot, dialog.table, "Down")
        assert dialog.selected().alias == "Management A"
        when_modal(qtbot, confirm("Cancel"), "removeRespondentBox")
        press(qtbot, dialog.table, "Delete")
        assert len(respondents_table(dialog)) == 3
        when_modal(qtbot, confirm("Remove"), "removeRespondentBox")
        assert dialog.remove_button.isEnabled(), confirm_texts
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert len(confirm_texts) == 2, confirm_texts
        assert [row[0] for row in respondents_table(dialog)] == ["Client 1", "R1"]
        assert dialog.isVisible()  # Enter on a row and the confirmations kept it open
        press(qtbot, dialog.table, "Escape")

    when_modal(qtbot, manage, "respondentsDialog")
    press(qtbot, window.page, "Ctrl+Shift+R")
    qtbot.waitUntil(lambda: window.team.respondents_dialog is None)

    # The name warning showed for "Anna Svensson" only, and did not stop adding her.
    assert warnings_seen == [False, True, False, False]
    assert len(confirm_texts) == 2
    assert confirm_texts[0].startswith("Remove Management A and the 0 answer")
    assert "cannot be undone" in confirm_texts[0]
    assert saved(
        paths,
        f"SELECT alias, perspective, agency FROM respondents WHERE round_id = '{round_id}' "
        "ORDER BY alias",
    ) == [("Client 1", "clients", "other"), ("R1", "professionals", "police")]
    # The window's "Answering as" list follows.
    combo = window.team.answer_as_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Team (consensus)",
        "Client 1 — Clients (children and families)",
        "R1 — Professionals",
    ]
    window.workspace.close()


def test_removing_a_respondent_takes_their_answers_and_shows_the_team(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    make_round(paths, (("R1", "professionals", "police"), ("R2", "clients", "other")))
    window = open_window(qtbot, paths)
    controller = window.controller
    r1 = controller.session.respondents[0]
    window.team.answer_as(r1.id)
    for _ in range(3):
        press(qtbot, window.page, "Alt+1")
        press(qtbot, window.page, "Alt+Right")
    assert saved(paths, "SELECT COUNT(*) FROM answers") == [(3,)]
    texts: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Remove").click()

    def manage(dialog: QWidget) -> None:
        assert isinstance(dialog, RespondentsDialog)
        assert respondents_table(dialog)[0] == ["R1", "Professionals", "Police", "3"]
        dialog.table.selectRow(0)
        when_modal(qtbot, confirm, "removeRespondentBox")
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        dialog.reject()

    when_modal(qtbot, manage, "respondentsDialog")
    window.team.respondents_action.trigger()

    assert texts[0].startswith("Remove R1 and the 3 answer")
    assert saved(paths, "SELECT COUNT(*) FROM answers") == [(0,)]  # nothing orphaned
    assert saved(paths, "SELECT alias FROM respondents") == [("R2",)]
    # R1's answers were shown: the team's are now, with its own (empty) history.
    assert controller.session.respondent_id is None
    assert window.team.answer_as_combo.currentText() == "Team (consensus)"
    assert window.header.answers_shown_label.text().startswith("Answers shown: team consensus")
    assert not window.assessment.undo_action.isEnabled()
    window.workspace.close()


def test_a_finalised_rounds_respondents_are_read_only(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    controller = RoundController(RoundSession(demo_workspace.assessment, FINALISED_ROUND_ID))
    dialog = RespondentsDialog(controller, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(respondents_table(dialog)) == len(controller.session.respondents) >= 6
    assert dialog.read_only_label.isVisible()
    for button in (dialog.add_button, dialog.edit_button, dialog.remove_button):
        assert not button.isEnabled()
    press(qtbot, dialog.table, "Delete")  # nothing to confirm, nothing removed
    assert QApplication.activeModalWidget() is None
    assert len(controller.session.respondents) == len(
        demo_workspace.assessment.respondents(FINALISED_ROUND_ID)
    )


def test_the_alias_is_required_and_unique(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    taken = {r.alias for r in session.respondents}
    dialog = RespondentEditDialog(session.pack, "en", taken)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QWidget, "respondentOkButton")
    problem = dialog.findChild(QWidget, "respondentProblemLabel")
    assert not ok.isEnabled()
    assert problem.text() == "Enter an alias for the respondent."
    qtbot.keyClicks(dialog.alias_edit, "police LIAISON")  # an alias of the demo round
    assert not ok.isEnabled()
    assert "already has this alias" in problem.text()
    assert not dialog.name_warning.isVisible()
    dialog.alias_edit.clear()
    qtbot.keyClicks(dialog.alias_edit, "john smith")
    assert ok.isEnabled()
    assert dialog.name_warning.isVisible()  # a warning only: OK stays enabled
    assert dialog.alias_edit.toolTip().endswith("(Alt+A)")


def test_respondents_model_passes_the_model_tester(qtmodeltester, controller) -> None:  # type: ignore[no-untyped-def]
    model = RespondentsTableModel(controller, "en")
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(controller.session.respondents) > 0
    first = controller.session.respondents[0]
    assert model.index(0, 0).data() == first.alias
    assert model.index(0, 3).data() == str(controller.session.answer_count(first.id))
    controller.add_respondent("Zeta 9", "clients")
    qtmodeltester.check(model, force_py=True)
    assert model.index(model.rowCount() - 1, 0).data() == "Zeta 9"


# --- answering as a respondent ---------------------------------------------------------------


def test_answering_as_a_respondent_by_keyboard(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    make_round(paths, (("R1", "professionals", "police"), ("R2", "clients", "other")))
    window = open_window(qtbot, paths)
    controller = window.controller
    session = controller.session
    r1 = next(r for r in session.respondents if r.alias == "R1")
    first, second = (c.id for c in session.criteria()[:2])
    header = window.header
    combo = window.team.answer_as_combo
    assert combo.currentText() == "Team (consensus)"
    assert "Alt+W" in combo.toolTip()
    assert header.answers_shown_label.text() == (
        "Answers shown: team consensus · Score shown: the team's agreed score"
    )

    # Alt+W reaches the box (its label's mnemonic; Qt's offscreen test platform does not
    # deliver mnemonics, so the focus is put there as the key would); the arrow key
    # chooses R1.
    label = window.toolbar().findChild(QLabel, "answerAsLabel")
    assert label.buddy() is combo
    assert QKeySequence.mnemonic(label.text()).toString() == "Alt+W"
    combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
    press(qtbot, combo, "Down")
    assert combo.currentText() == "R1 — Professionals"
    assert session.respondent_id == r1.id
    assert header.answers_shown_label.text() == (
        "Answers shown: R1 — Professionals · Score shown: this respondent's answers only"
    )
    assert window.page.answer_box.title() == "Answer of R1"

    window.go_to(first)
    press(qtbot, window.page, "Alt+1")  # yes
    press(qtbot, window.page, "Alt+Right")
    press(qtbot, window.page, "Alt+2")  # no
    assert saved(paths, "SELECT respondent_id, criterion_id, value FROM answers") == [
        (r1.id, first, "yes"),
        (r1.id, second, "no"),
    ]
    assert header.overall_score_label.text() == "50 %"
    # The tree and the filters show R1's answers.
    tree = window.navigator.model
    assert tree.index_for_criterion(first).siblingAtColumn(1).data() == "✓ Yes"
    press(qtbot, window.page, "Ctrl+2")  # Show unanswered only
    assert window.navigator.filter_combo.currentText() == "Unanswered (77)"
    press(qtbot, window.page, "Ctrl+1")

    # Undo takes back R1's last answer.
    press(qtbot, window.page, "Ctrl+Z")
    assert saved(paths, f"SELECT value FROM answers WHERE criterion_id = '{second}'") == [(None,)]
    assert header.overall_score_label.text() == "100 %"

    # Back to the team: nothing agreed yet, so the score is all respondents pooled.
    combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
    press(qtbot, combo, "Up")
    assert combo.currentText() == "Team (consensus)"
    assert session.respondent_id is None
    assert header.answers_shown_label.text() == (
        "Answers shown: team consensus · "
        "Score shown: all respondents pooled (no agreed answers yet)"
    )
    assert header.overall_score_label.text() == "100 %"
    # The figure pools the respondents; what is left to agree is the team's.
    assert header.counts_label.text() == (
        "1 of 1 respondents' answers met · 0 not applicable · 79 unanswered"
    )
    assert header.completeness_bar.text() == "0 of 79 answered (0 %)"
    assert tree.index_for_criterion(first).siblingAtColumn(1).data() == ""
    assert window.page.answer_box.title() == "Your team's answer"
    # The team's own history is empty: undo does not reach R1's answers.
    assert not window.assessment.undo_action.isEnabled()
    press(qtbot, window.page, "Ctrl+Z")
    assert saved(paths, f"SELECT value FROM answers WHERE criterion_id = '{first}'") == [("yes",)]

    # The team agrees "no" on the first criterion: the consensus is now the agreed score.
    window.go_to(first)
    press(qtbot, window.page, "Alt+2")
    assert header.answers_shown_label.text() == (
        "Answers shown: team consensus · Score shown: the team's agreed score"
    )
    assert header.overall_score_label.text() == "0 %"
    assert saved(paths, "SELECT respondent_id, value FROM answers WHERE respondent_id IS NULL") == [
        (None, "no")
    ]
    assert saved(paths, f"SELECT value FROM answers WHERE respondent_id = '{r1.id}'") == [
        ("yes",),
        (None,),
    ]

    # R1's history is still there: redo brings their "no" back.
    window.team.answer_as(r1.id)
    assert window.assessment.redo_action.isEnabled()
    press(qtbot, window.page, "Ctrl+Shift+Z")
    assert saved(
        paths,
        f"SELECT value FROM answers WHERE respondent_id = '{r1.id}' AND criterion_id = '{second}'",
    ) == [("no",)]
    # The team's consensus answer is untouched by all of this.
    assert saved(paths, "SELECT value FROM answers WHERE respondent_id IS NULL") == [("no",)]
    window.workspace.close()


def test_a_fresh_session_reads_what_a_respondent_answered(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    round_id = make_round(paths, (("R1", "professionals", "police"),))
    window = open_window(qtbot, paths)
    r1 = window.controller.session.respondents[0]
    window.team.answer_as(r1.id)
    press(qtbot, window.page, "Alt+3")  # not applicable: focus goes to the reason
    qtbot.keyClicks(window.page.justification_edit, "No such cases here")
    criterion = window.page.current_criterion()
    window.workspace.close()

    with open_workspace(paths) as other:
        fresh = RoundSession(other.assessment, round_id)
        assert fresh.answer(criterion).value is None  # the team's answer is untouched
        fresh.answer_as(r1.id)
        answer = fresh.answer(criterion)
        assert (answer.respondent_id, answer.value, answer.na_justification) == (
            r1.id,
            "na",
            "No such cases here",
        )


def test_the_name_warning_is_said_and_the_dialog_makes_room_for_it(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    dialog = RespondentEditDialog(session.pack, "en", set())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height_before = dialog.height()
    fields = (dialog.alias_edit, dialog.perspective_combo, dialog.agency_combo)
    with qtbot.waitSignal(announcer().announced) as heard:
        qtbot.keyClicks(dialog.alias_edit, "john smith")
    warning = dialog.name_warning.text()
    assert heard.args == [warning]
    assert "looks like a person's name" in warning
    # A screen reader reads it with the field, and the label itself says the warning.
    assert dialog.alias_edit.accessibleDescription() == warning
    assert dialog.name_warning.accessibleName() == ""  # its visible text is its name
    QApplication.processEvents()
    assert dialog.height() > height_before
    for field in fields:
        assert field.height() >= field.sizeHint().height()
    label = dialog.name_warning
    assert label.height() >= label.heightForWidth(label.width())
    # Gone again once the alias is one: so is the description.
    dialog.alias_edit.clear()
    qtbot.keyClicks(dialog.alias_edit, "Police 2")
    assert not dialog.name_warning.isVisible()
    assert dialog.alias_edit.accessibleDescription() == ""


def test_the_respondent_dialogs_are_named_as_seen(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    dialog = RespondentEditDialog(controller.session.pack, "en", set())
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QWidget, "respondentOkButton")
    assert QAccessible.queryAccessibleInterface(ok).text(QAccessible.Text.Name) == "OK"
    assert_accessible(dialog)
