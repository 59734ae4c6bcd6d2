"""The answer page as a team uses it: answering by keyboard and mouse, notes, undo, errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.errors import StorageError
from promise_tracker.gui.assessment.criterion_page import CriterionPage, looks_like_personal_number
from promise_tracker.gui.assessment.summary_header import SummaryHeader
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import DRAFT_ROUND_ID, FINALISED_ROUND_ID


class Screen(QWidget):
    """The header above the page, a search box beside it and the window's Undo and Redo, as in
    the self-assessment window."""

    def __init__(self, controller: RoundController) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.header = SummaryHeader(controller, "Barnahus Norrvik (demo)", self)
        self.search = QLineEdit(self)
        self.page = CriterionPage(controller, "en", self)
        layout.addWidget(self.header)
        layout.addWidget(self.search)
        layout.addWidget(self.page, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, controller.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, controller.undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)


def open_screen(qtbot, controller: RoundController, cid: str) -> Screen:  # type: ignore[no-untyped-def]
    screen = Screen(controller)
    qtbot.addWidget(screen)
    screen.resize(900, 650)
    screen.page.show_criterion(cid)
    screen.show()
    qtbot.waitExposed(screen)
    # Page shortcuts work while the keyboard focus is inside the page of the active window.
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.page.statement_label.setFocus()
    qtbot.waitUntil(screen.page.statement_label.hasFocus)
    return screen


def saved_answer(workspace: Workspace, round_id: str, cid: str) -> Answer | None:
    """The team's answer as stored in the database."""
    for answer in workspace.assessment.answers(round_id):
        if answer.criterion_id == cid and answer.respondent_id is None:
            return answer
    return None


def first_with_status(session: RoundSession, status: CriterionStatus) -> str:
    return next(c.id for c in session.criteria() if session.status(c.id) is status)


def checked_option(page: CriterionPage) -> str | None:
    button = page.button_group.checkedButton()
    return None if button is None else button.objectName()


# --- answering -----------------------------------------------------------------------------------


def test_alt_1_answers_yes_saves_it_and_updates_the_score(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    before = session.scores.overall
    assert checked_option(screen.page) is None

    with qtbot.waitSignal(controller.saved):
        qtbot.keyClick(screen.page.statement_label, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)

    stored = saved_answer(demo_workspace, DRAFT_ROUND_ID, cid)
    assert stored is not None
    assert stored.value == "yes"
    assert checked_option(screen.page) == "answer_yes"
    after = session.scores.overall
    assert after.applicable == before.applicable + 1
    assert after.percent is not None
    assert screen.header.overall_score_label.text() == f"{after.percent:.0f} %"
    assert "Alt+1" in screen.page.findChild(QWidget, "answer_yes").toolTip()


def test_not_applicable_counts_only_once_justified(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert not page.justification_edit.isVisible()
    before = session.scores.overall

    na_button = page.findChild(QWidget, "answer_na")
    qtbot.mouseClick(na_button, Qt.MouseButton.LeftButton)

    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).value == "na"  # type: ignore[union-attr]
    assert page.justification_edit.isVisible()
    assert page.justification_warning.isVisible()
    assert page.justification_warning.text().startswith("⚠ Not counted")
    # Not yet counted: neither applicable nor answered.
    assert session.scores.overall.applicable == before.applicable
    assert session.scores.overall.answered == before.answered
    assert session.status(cid) is CriterionStatus.NEEDS_JUSTIFICATION
    # The reason is what is missing, so the cursor waits there.
    assert page.justification_edit.hasFocus()

    qtbot.keyClicks(page.justification_edit, "No medical staff work in our building")

    stored = saved_answer(demo_workspace, DRAFT_ROUND_ID, cid)
    assert stored is not None
    assert stored.na_justification == "No medical staff work in our building"
    assert not page.justification_warning.isVisible()
    assert session.scores.overall.answered == before.answered + 1
    assert session.scores.overall.not_applicable == before.not_applicable + 1
    assert "1 not applicable" in screen.header.counts_label.text()


def test_a_note_is_saved_while_typing(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert page.note_edit.placeholderText().startswith("What shows this?")

    qtbot.keyClicks(page.note_edit, "Routine reviewed in May")

    stored = saved_answer(demo_workspace, DRAFT_ROUND_ID, cid)
    assert stored is not None
    assert stored.note == "Routine reviewed in May"
    assert stored.value is None  # a note alone does not answer the criterion
    assert screen_saved_text(page).startswith("✓ Saved")


def screen_saved_text(page: CriterionPage) -> str:
    screen = page.parentWidget()
    assert isinstance(screen, Screen)
    return screen.header.saved_indicator.text()


def test_undo_takes_back_a_note_typed_in_one_go(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = next(c.id for c in session.criteria() if session.answer(c.id).note)
    old_note = session.answer(cid).note
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert page.note_edit.toPlainText() == old_note
    page.note_edit.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClicks(page.note_edit, " Checked again in 2025.")
    assert page.note_edit.toPlainText() == old_note + " Checked again in 2025."

    controller.undo_stack.undo()

    assert page.note_edit.toPlainText() == old_note
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).note == old_note  # type: ignore[union-attr]

    controller.undo_stack.redo()
    assert page.note_edit.toPlainText() == old_note + " Checked again in 2025."


def test_ctrl_z_in_the_note_uses_the_rounds_history(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = next(c.id for c in session.criteria() if session.answer(c.id).note)
    old_note = session.answer(cid).note
    screen = open_screen(qtbot, controller, cid)
    note = screen.page.note_edit
    note.setFocus()
    note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(note, " More.")
    steps = controller.undo_stack.count()

    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert note.toPlainText() == old_note
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).note == old_note  # type: ignore[union-attr]
    # The window's undo went back one step; the box did not record an edit of its own.
    assert controller.undo_stack.index() == steps - 1
    assert controller.undo_stack.count() == steps

    qtbot.keyClick(
        note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert note.toPlainText() == old_note + " More."


def test_answer_keys_work_with_the_focus_beside_the_page(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    screen.search.setFocus()
    qtbot.waitUntil(screen.search.hasFocus)

    qtbot.keyClick(screen.search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).value == "no"  # type: ignore[union-attr]
    assert checked_option(screen.page) == "answer_no"
    assert screen.search.text() == ""


def test_a_change_from_elsewhere_keeps_the_cursor_in_the_note(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = next(c.id for c in session.criteria() if len(session.answer(c.id).note) > 10)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    cursor = page.note_edit.textCursor()
    cursor.setPosition(5)
    page.note_edit.setTextCursor(cursor)
    undo_steps = controller.undo_stack.count()

    answer = session.answer(cid)
    controller.set_answer(replace(answer, flagged=not answer.flagged), "flagged")

    assert page.flag_check.isChecked() is (not answer.flagged)
    assert page.note_edit.textCursor().position() == 5
    # Loading the change did not save anything on its own.
    assert controller.undo_stack.count() == undo_steps + 1


def test_flag_for_discussion_by_mouse_and_keyboard(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = next(c.id for c in session.criteria() if not session.answer(c.id).flagged)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert "Alt+D" in page.flag_check.toolTip()

    qtbot.mouseClick(page.flag_check, Qt.MouseButton.LeftButton)
    assert page.flag_check.isChecked()
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).flagged is True  # type: ignore[union-attr]

    qtbot.keyClick(page.flag_check, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert not page.flag_check.isChecked()
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).flagged is False  # type: ignore[union-attr]


def test_clear_answer_leaves_no_choice(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.MET)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert checked_option(page) == "answer_yes"
    answered = session.scores.overall.answered

    qtbot.keyClick(page.statement_label, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)

    assert checked_option(page) is None
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).value is None  # type: ignore[union-attr]
    assert session.scores.overall.answered == answered - 1

    # After clearing, a choice can be made again (the group is exclusive once more).
    qtbot.mouseClick(page.findChild(QWidget, "answer_no"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QWidget, "answer_yes"), Qt.MouseButton.LeftButton)
    assert checked_option(page) == "answer_yes"
    assert not page.findChild(QWidget, "answer_no").isChecked()


# --- what is shown -------------------------------------------------------------------------------


def test_the_page_shows_where_the_criterion_stands(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, "BQS-2-01")
    page = screen.page
    criterion = controller.session.pack.criterion("BQS-2-01")
    assert page.breadcrumb_label.text() == (
        "Standard 2 · Multidisciplinary and interagency collaboration"
    )
    assert page.position_label.text() == "Criterion 20 of 79"
    assert page.statement_label.text() == criterion.statement.get("en")
    assert page.evidence_label.text() == (
        f"What counts as evidence: {criterion.evidence.get('en')}"
    )
    assert "Police" in page.concerns_label.text()
    assert page.current_criterion() == "BQS-2-01"

    page.show_criterion("BQS-1.2-01")
    assert page.breadcrumb_label.text().startswith("Standard 1 · Child's rights › 1.2 ")

    page.set_language("sv")
    assert page.findChild(QWidget, "answer_yes").text() == "Ja"
    assert page.statement_label.text() == controller.session.pack.criterion(
        "BQS-1.2-01"
    ).statement.get("sv")


def test_previous_round_shows_the_earlier_answer(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = next(
        c.id
        for c in session.criteria()
        if (p := session.previous_answer(c.id)) is not None and p.value is not None and p.note
    )
    previous = session.previous_answer(cid)
    assert previous is not None
    assert previous.value is not None
    screen = open_screen(qtbot, controller, cid)
    page = screen.page

    label = session.pack.answer_scale.option(previous.value).label.get("en")
    assert session.compare_round is not None
    assert page.previous_round_label.text() == (
        # the date as every date in the interface is shown (the date fields' format)
        f"{session.compare_round.title} ({format_date(session.compare_round.date)})"
    )
    assert page.previous_answer_label.text() == f"Answer: {label}"
    assert previous.note in page.previous_note_label.text()


def test_a_round_without_comparison_says_so(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = demo_workspace.assessment
    draft = service.round(DRAFT_ROUND_ID)
    fresh = service.create_round(
        draft.unit_id, "Fresh start", dt.date(2026, 1, 15), service.pack_for(draft)
    )
    controller = RoundController(RoundSession(service, fresh.id))
    screen = open_screen(qtbot, controller, "BQS-2-01")
    page = screen.page
    assert page.previous_round_label.text() == "This round is not compared with an earlier one."
    assert not page.previous_answer_label.isVisible()


def test_a_finalised_round_is_read_only(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    controller = RoundController(RoundSession(demo_workspace.assessment, FINALISED_ROUND_ID))
    cid = "BQS-2-01"
    before = saved_answer(demo_workspace, FINALISED_ROUND_ID, cid)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page

    assert page.read_only_banner.isVisible()
    assert "finalised and read-only" in page.read_only_banner.text()
    for name in ("answer_yes", "answer_no", "answer_na", "clearAnswerButton", "flagCheck"):
        assert not page.findChild(QWidget, name).isEnabled(), name
    assert page.note_edit.isReadOnly()
    assert page.justification_edit.isReadOnly()

    qtbot.keyClick(page.statement_label, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.statement_label, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(page.note_edit, "typed anyway")
    assert saved_answer(demo_workspace, FINALISED_ROUND_ID, cid) == before
    assert controller.undo_stack.count() == 0


def test_the_page_can_switch_to_another_round(
    qtbot, controller: RoundController, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, "BQS-2-01")
    page = screen.page
    finalised = RoundController(RoundSession(demo_workspace.assessment, FINALISED_ROUND_ID))

    page.set_controller(finalised)
    assert page.current_criterion() is None
    page.show_criterion("BQS-2-01")

    assert page.read_only_banner.isVisible()
    buttons = page.findChildren(QRadioButton)
    assert sorted(b.objectName() for b in buttons) == ["answer_na", "answer_no", "answer_yes"]
    assert not page.findChild(QRadioButton, "answer_yes").isEnabled()
    # The draft round's changes no longer reach the page.
    draft_answer = controller.session.answer("BQS-2-01")
    controller.set_answer(replace(draft_answer, note="Only in the draft"), "note")
    assert page.note_edit.toPlainText() == finalised.session.answer("BQS-2-01").note


def test_a_draft_round_has_no_banner(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, "BQS-2-01")
    page = screen.page
    assert not page.read_only_banner.isVisible()
    assert page.findChild(QWidget, "answer_yes").isEnabled()


def test_a_failed_save_is_shown_and_the_saved_answer_stays(
    qtbot, controller: RoundController, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    cid = first_with_status(session, CriterionStatus.NOT_MET)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert checked_option(page) == "answer_no"

    def disk_full(answer: Answer, **_: object) -> Answer:
        raise StorageError("disk full")

    monkeypatch.setattr(demo_workspace.assessment, "set_answer", disk_full)
    qtbot.mouseClick(page.findChild(QWidget, "answer_yes"), Qt.MouseButton.LeftButton)

    box = page.findChild(QMessageBox, "saveErrorBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "disk full" in box.text()
    # The page shows what is saved, not what was clicked.
    assert checked_option(page) == "answer_no"
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).value == "no"  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 0
    box.accept()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "saveErrorBox") is None)


def test_an_identity_number_in_the_note_is_warned_about(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    assert "Never write a child's name" in page.privacy_hint.text()
    assert not page.privacy_warning.isVisible()

    qtbot.keyClicks(page.note_edit, "Checked file of 120315-1234")
    assert page.privacy_warning.isVisible()

    for _ in range(len("120315-1234")):
        qtbot.keyClick(page.note_edit, Qt.Key.Key_Backspace)
    assert page.note_edit.toPlainText() == "Checked file of "
    assert not page.privacy_warning.isVisible()


# --- spotting identity numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "850709-9805",  # Swedish personnummer
        "child 850709+9805 (over 100)",  # Swedish, + for people over 100
        "8507099805",  # Swedish without separator
        "19850709-9805",  # Swedish with century
        "198507099805",
        "850769-9805",  # Swedish coordination number (day + 60)
        "010203-1234",  # Danish CPR / Icelandic kennitala (DDMMYY)
        "01020312345",  # Norwegian fødselsnummer
        "010203 12345",
        "410203 12345",  # Norwegian D-number (day + 40)
        "131052-308T",  # Finnish henkilötunnus
        "131052A308T",
        "see 0701234567",  # a phone number written without spaces reads as a date: warned
    ],
)
def test_identity_numbers_are_spotted(text: str) -> None:
    assert looks_like_personal_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Reviewed on 2024-05-01",  # an ISO date
        "20240501",  # a compact date
        "Since 2019, 12 cases a year",  # years and counts
        "Call 112 or 116 111",  # short numbers
        "070-123 45 67",  # a phone number written the usual way
        "08-123 456 78",
        "Dnr 2023-1234",  # a diary number
        "ISBN 978-91-980572-9-4",
        "BQS-2-01",
        "123456-7890",  # not a possible date
        "0731234567",  # month 31 does not exist, as YYMMDD or DDMMYY
        "9789198057294",  # 13 digits
    ],
)
def test_other_numbers_are_not_mistaken_for_identity_numbers(text: str) -> None:
    assert not looks_like_personal_number(text)


def test_secondary_text_stays_readable_in_a_high_contrast_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QLabel

    from promise_tracker.gui.shared.look import contrast_ratio, set_secondary_text

    label = QLabel("BQS-2-01")
    qtbot.addWidget(label)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("black"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("yellow"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#202020"))
    label.setPalette(palette)
    set_secondary_text(label)
    assert label.foregroundRole() == QPalette.ColorRole.WindowText
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0"))
    label.setPalette(palette)
    set_secondary_text(label)
    assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert round(contrast_ratio(QColor("black"), QColor("white"))) == 21


def test_a_note_that_cannot_be_saved_stays_in_the_box_until_it_can(
    qtbot, controller: RoundController, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    working = demo_workspace.assessment.set_answer

    def disk_full(answer: Answer, **_: object) -> Answer:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(demo_workspace.assessment, "set_answer", disk_full)
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Routine signed")
    # The error is shown once; the typed text stays, marked as not saved.
    box = page.findChild(QMessageBox, "saveErrorBox")
    assert box is not None
    assert page.note_edit.toPlainText() == "Routine signed"
    assert page.unsaved_label.isVisible()
    assert "Not saved yet" in page.unsaved_label.text()
    assert "The disk is full." in page.unsaved_label.text()
    assert page.has_unsaved_text()
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid) is None
    # Going to another criterion and back keeps the text too.
    other = controller.session.neighbour(cid, 1)
    assert other is not None
    page.show_criterion(other)
    page.show_criterion(cid)
    assert page.note_edit.toPlainText() == "Routine signed"
    box.accept()

    # Space again: the next retry saves it, and the mark goes.
    monkeypatch.setattr(demo_workspace.assessment, "set_answer", working)
    page._retry_timer.timeout.emit()
    assert not page.has_unsaved_text()
    assert not page.unsaved_label.isVisible()
    assert saved_answer(demo_workspace, DRAFT_ROUND_ID, cid).note == "Routine signed"  # type: ignore[union-attr]


# --- where the criterion's wording comes from ------------------------------------------------


def _criterion_of(session: RoundSession, standard: str) -> str:
    return next(c.id for c in session.criteria() if c.standard == standard)


def test_the_page_says_who_worded_the_criterion_under_which_standard(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    screen = open_screen(qtbot, controller, _criterion_of(session, "6"))
    line = screen.page.findChild(QWidget, "criterionProvenance")
    assert line is not None
    assert line.isVisible()
    assert screen.page.provenance_line.text() == (
        "Criterion worded by PROMISE tracker under Standard 6 of "
        "Barnahus Quality Standards (PROMISE, 2017)"
    )
    screen.page.show_criterion(_criterion_of(session, "1.2"))
    assert "under Standard 1.2 of" in screen.page.provenance_line.text()
    # The pack's title follows the language of the standards.
    screen.page.set_language("sv")
    assert screen.page.provenance_line.text().endswith(
        "Standard 1.2 of Kvalitetsstandarder för Barnahus (PROMISE, 2017)"
    )


def test_the_full_provenance_statement_opens_with_a_click(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    pack = controller.session.pack
    screen = open_screen(qtbot, controller, _criterion_of(controller.session, "6"))
    line = screen.page.provenance_line
    assert line.box is None
    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: line.box is not None and line.box.isVisible())
    assert line.box is not None
    assert line.box.windowTitle() == "Where the criteria come from"
    assert line.box.text() == pack.title.get("en")
    assert pack.provenance.get("en").strip() in line.box.informativeText()
    assert pack.source.citation.get("en") in line.box.informativeText()
    line.box.close()
    qtbot.waitUntil(lambda: line.box is None)


def test_the_full_provenance_statement_opens_from_the_keyboard(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, _criterion_of(controller.session, "6"))
    line = screen.page.provenance_line
    assert line.button.accessibleDescription() == "Where the criteria's wording comes from"
    # Tab from the statement reaches the link first; Space opens the statement.
    qtbot.keyClick(screen.page.statement_label, Qt.Key.Key_Tab)
    qtbot.waitUntil(line.button.hasFocus)
    qtbot.keyClick(line.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: line.box is not None and line.box.isVisible())
    assert line.box is not None
    assert controller.session.pack.provenance.get("en").strip() in line.box.informativeText()
    qtbot.keyClick(line.box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: line.box is None)
