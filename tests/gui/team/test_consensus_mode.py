"""Consensus meeting mode, driven from the keyboard as a facilitator would."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from promise_tracker.domain.disagreement import criterion_spreads, discussion_order
from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus, criterion_status
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.team.consensus_mode import ConsensusMode
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import DRAFT_ROUND_ID, FINALISED_ROUND_ID

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def open_meeting(qtbot, workspace: Workspace, round_id: str = DRAFT_ROUND_ID) -> ConsensusMode:  # type: ignore[no-untyped-def]
    mode = ConsensusMode(workspace.assessment, round_id, "en")
    qtbot.addWidget(mode)
    mode.resize(1600, 900)
    mode.show()
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.next_button.setFocus()  # somewhere that is not a text box
    qtbot.waitUntil(mode.next_button.hasFocus)
    return mode


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A key typed wherever the keyboard focus is, as a person would."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def expected_order(workspace: Workspace, round_id: str = DRAFT_ROUND_ID) -> list[str]:
    service = workspace.assessment
    pack = service.pack_for(service.round(round_id))
    spreads = criterion_spreads(pack, service.respondents(round_id), service.answers(round_id))
    return discussion_order(pack, spreads)


def agreed_rows(workspace: Workspace) -> dict[str, Answer]:
    """The team's answers as stored, read through a service of its own."""
    with open_workspace(workspace.paths) as fresh:
        rows = fresh.assessment.answers(DRAFT_ROUND_ID)
    return {a.criterion_id: a for a in rows if a.respondent_id is None}


def agreed_count(workspace: Workspace) -> int:
    pack = workspace.assessment.pack_for(workspace.assessment.round(DRAFT_ROUND_ID))
    waiting = {CriterionStatus.UNANSWERED, CriterionStatus.NEEDS_JUSTIFICATION}
    return sum(
        1
        for a in agreed_rows(workspace).values()
        if criterion_status(a, pack.answer_scale) not in waiting
    )


def test_keys_move_in_the_order_of_disagreement(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    order = expected_order(demo_workspace)
    mode = open_meeting(qtbot, demo_workspace)
    assert mode.current_criterion() == order[0]
    assert mode.position_label.text().startswith(f"Criterion 1 of {len(order)} · {order[0]}")
    statement = mode.pack.criterion(order[0]).statement.get("en")
    assert mode.statement_label.text() == statement

    press(qtbot, Qt.Key.Key_PageDown)
    assert mode.current_criterion() == order[1]
    press(qtbot, Qt.Key.Key_Right)
    assert mode.current_criterion() == order[2]
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_Left)
    assert mode.current_criterion() == order[0]
    press(qtbot, Qt.Key.Key_PageUp)  # before the first: stays
    assert mode.current_criterion() == order[0]
    press(qtbot, Qt.Key.Key_End)
    assert mode.current_criterion() == order[-1]
    assert mode.position_label.text().startswith(f"Criterion {len(order)} of {len(order)}")
    press(qtbot, Qt.Key.Key_PageDown)  # past the last: stays
    assert mode.current_criterion() == order[-1]
    press(qtbot, Qt.Key.Key_Home)
    assert mode.current_criterion() == order[0]

    # Pack order instead: the same walk, in the order of the standards.
    mode.set_order(ConsensusMode.ORDER_PACK)
    mode.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    pack_ids = [c.id for c in mode.pack.criteria()]
    assert mode.current_criterion() == pack_ids[0]
    press(qtbot, Qt.Key.Key_PageDown)
    assert mode.current_criterion() == pack_ids[1]


def test_the_spread_and_the_previous_answer_are_shown(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    cid = mode.current_criterion()
    spread = mode.data.spreads[cid]
    # One bar per perspective and one for everyone, each saying the counts in words too.
    bar = mode.findChild(QWidget, "spread_all")
    words = mode.findChild(QWidget, "spreadText_all")
    expected = ", ".join(
        f"{mode.pack.answer_scale.option(o).label.get('en')} {n}"
        for o, n in spread.overall.counts
        if n
    )
    if spread.overall.unanswered:
        expected += f", no answer {spread.overall.unanswered}"
    assert words.text() == expected
    assert bar.accessibleName() == expected
    # The demo's most disputed criterion, perspective by perspective.
    assert cid == "BQS-3-03"
    shown = {p: mode.findChild(QWidget, f"spreadText_{p}").text() for p in spread.by_perspective}
    assert shown == {
        "management": "no answer 1",
        "professionals": "Yes 2, No 1, no answer 2",
        "clients": "Not applicable 1, no answer 1",
    }
    # The draft round is compared with 2023: its agreed answer is shown.
    previous = mode.data.previous[cid]
    label = mode.pack.answer_scale.option(previous.value).label.get("en")
    assert mode.previous_label.text().startswith(f"Agreed in Self-assessment 2023: {label}")


def test_facilitator_records_answers_rationale_and_dissent(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    before = agreed_count(demo_workspace)
    mode = open_meeting(qtbot, demo_workspace)
    total = len(mode.pack.criteria())
    assert mode.progress_label.text() == f"{before} of {total} agreed"

    # Ctrl+Enter: the next criterion the team has not agreed on yet.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    first = mode.current_criterion()
    assert first not in agreed_rows(demo_workspace)
    assert mode.status_label.text() == "Not agreed yet"

    press(qtbot, Qt.Key.Key_2)  # "No", with the focus on a button
    assert mode.option_buttons["no"].isChecked()
    assert mode.status_label.text() == "Agreed: No"
    assert mode.progress_label.text() == f"{before + 1} of {total} agreed"

    mode.rationale_edit.setFocus()
    qtbot.keyClicks(mode.rationale_edit, "No written routine yet")
    # Return alone is a new line; with Ctrl it moves on, even from the text box.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert mode.current_criterion() != first
    mode.show_criterion(first)
    mode.rationale_edit.setFocus()
    press(qtbot, Qt.Key.Key_End)
    # Keys that edit text stay in the box: Home goes to the start of the line, digits type.
    press(qtbot, Qt.Key.Key_Home)
    qtbot.keyClicks(mode.rationale_edit, "2025: ")
    assert mode.current_criterion() == first
    assert mode.rationale_edit.toPlainText() == "2025: No written routine yet"
    assert not mode.option_buttons["yes"].isChecked()

    mode.dissent_edit.setFocus()
    qtbot.keyClicks(mode.dissent_edit, "Police see it as done")
    press(qtbot, Qt.Key.Key_1, ALT)  # Alt+1 works inside a text box too
    assert mode.option_buttons["yes"].isChecked()
    press(qtbot, Qt.Key.Key_2, ALT)

    # PageDown inside a text box still moves on; the next one is agreed with plain keys.
    press(qtbot, Qt.Key.Key_PageDown)
    second = mode.current_criterion()
    assert second != first
    second_was_agreed = agreed_rows(demo_workspace).get(second, Answer("", "")).value is not None
    assert (
        mode.dissent_edit.toPlainText()
        == agreed_rows(demo_workspace).get(second, Answer(DRAFT_ROUND_ID, second)).dissent
    )
    mode.next_button.setFocus()
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_0)  # 0 clears...
    assert mode.status_label.text() == "Not agreed yet"
    press(qtbot, Qt.Key.Key_1)  # ...and 1 agrees again

    press(qtbot, Qt.Key.Key_PageUp)
    assert mode.current_criterion() == first
    assert mode.rationale_edit.toPlainText() == "2025: No written routine yet"
    assert mode.dissent_edit.toPlainText() == "Police see it as done"

    # Esc leaves without asking anything: everything is already saved.
    mode.dissent_edit.setFocus()
    with qtbot.waitSignal(mode.left):
        press(qtbot, Qt.Key.Key_Escape)
    assert not mode.isVisible()
    rows = agreed_rows(demo_workspace)
    assert rows[first].value == "no"
    assert rows[first].note == "2025: No written routine yet"
    assert rows[first].dissent == "Police see it as done"
    assert rows[second].value == "yes"
    assert agreed_count(demo_workspace) == before + 1 + (0 if second_was_agreed else 1)


def test_not_applicable_needs_its_reason(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    cid = mode.current_criterion()
    before = mode.agreed_count()
    # 3 on the number pad: not applicable, and the cursor goes to the reason.
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert mode.justification_edit.isVisible()
    assert mode.justification_edit.hasFocus()
    assert mode.agreed_count() == before  # not counted without a reason
    qtbot.keyClicks(mode.justification_edit, "Done by the hospital by law")
    assert mode.agreed_count() == before + 1
    saved = agreed_rows(demo_workspace)[cid]
    assert (saved.value, saved.na_justification) == ("na", "Done by the hospital by law")


def test_names_are_hidden_until_shown(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    # A criterion on which a named respondent wrote something.
    with_notes = next(c for c in mode.order() if mode.data.notes(c))
    mode.show_criterion(with_notes)
    note = mode.data.notes(with_notes)[0]
    assert mode.hide_names_check.isChecked()
    assert f"Respondent {note.number}" in mode.notes_label.text()
    assert note.alias not in mode.notes_label.text()
    press(qtbot, Qt.Key.Key_H, ALT)  # the box's mnemonic; it clicks after a short flash
    qtbot.waitUntil(lambda: not mode.hide_names_check.isChecked())
    assert note.alias in mode.notes_label.text()


def test_finalised_round_is_read_only(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    rows_before = demo_workspace.assessment.answers(FINALISED_ROUND_ID)
    mode = open_meeting(qtbot, demo_workspace, FINALISED_ROUND_ID)
    assert mode.read_only_banner.isVisible()
    assert mode.rationale_edit.isReadOnly()
    assert not mode.option_buttons["yes"].isEnabled()
    cid = mode.current_criterion()
    shown = mode.agreed_answer(cid).value
    press(qtbot, Qt.Key.Key_0)
    press(qtbot, Qt.Key.Key_2, ALT)
    assert mode.agreed_answer(cid).value == shown
    press(qtbot, Qt.Key.Key_PageDown)  # moving around still works
    assert mode.current_criterion() != cid
    assert demo_workspace.assessment.answers(FINALISED_ROUND_ID) == rows_before


def test_main_window_shows_the_agreed_answers_after_the_meeting(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
    window.round_combo.setCurrentIndex(window.round_combo.findData(DRAFT_ROUND_ID))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    action = window.findChild(type(window.results.action), "consensusMeetingAction")
    assert action.isEnabled()
    assert action.shortcut().toString() == "F9"
    action.trigger()
    mode = window.team_views.meeting
    assert mode is not None
    assert mode.isFullScreen()
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    cid = mode.current_criterion()
    press(qtbot, Qt.Key.Key_1)
    with qtbot.waitSignal(mode.left):
        press(qtbot, Qt.Key.Key_Escape)
    assert window.team_views.meeting is None
    session = window.controller.session
    assert session.answer(cid).value == "yes"
    assert window.page.current_criterion() == cid  # where the meeting ended
    assert window.page.findChild(QWidget, "answer_yes").isChecked()


def test_a_rationale_saved_elsewhere_during_the_meeting_is_not_overwritten(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.shared import conflict_dialog

    mode = open_meeting(qtbot, demo_workspace)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the next criterion not agreed yet
    cid = mode.current_criterion()
    # Meanwhile someone flags it in the main window (another instance, another connection).
    with open_workspace(demo_workspace.paths) as other:
        other.assessment.set_answer(Answer(DRAFT_ROUND_ID, cid, flagged=True, note="Ask HR"))
    asked: list[list[tuple[str, str, str]]] = []

    def keep_theirs(parent, message, rows) -> bool:  # type: ignore[no-untyped-def]
        asked.append(list(rows))
        return False

    monkeypatch.setattr(conflict_dialog, "ask_keep_mine", keep_theirs)
    # Agreeing on "No" touches another part of the answer: combined, nothing to ask.
    press(qtbot, Qt.Key.Key_2)
    assert asked == []
    stored = agreed_rows(demo_workspace)[cid]
    assert (stored.value, stored.flagged, stored.note) == ("no", True, "Ask HR")
    assert mode.rationale_edit.toPlainText() == "Ask HR"  # shown in the meeting now

    # Both change the rationale: the meeting is asked, and keeping theirs shows theirs.
    with open_workspace(demo_workspace.paths) as other:
        other.assessment.set_answer(
            Answer(DRAFT_ROUND_ID, cid, value="no", flagged=True, note="Ask HR first")
        )
    mode.rationale_edit.setFocus()
    press(qtbot, Qt.Key.Key_End)
    qtbot.keyClicks(mode.rationale_edit, "!")
    assert asked == [[("Note", "Ask HR!", "Ask HR first")]]
    assert agreed_rows(demo_workspace)[cid].note == "Ask HR first"
    assert mode.rationale_edit.toPlainText() == "Ask HR first"


def test_pagedown_from_a_text_box_leaves_the_keys_for_answering(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    mode.set_order(ConsensusMode.ORDER_PACK)
    mode.go_to_index(0)
    mode.rationale_edit.setFocus()
    qtbot.waitUntil(mode.rationale_edit.hasFocus)
    qtbot.keyClicks(mode.rationale_edit, "Checked the routine")
    first = mode.current_criterion()

    # The screen reader hears the criterion now shown, with its statement.
    with qtbot.waitSignal(announcer().announced) as heard:
        press(qtbot, Qt.Key.Key_PageDown)
    second = mode.current_criterion()
    assert second != first
    statement = mode.pack.criterion(second).statement.get("en")
    assert heard.args[0].startswith(f"Criterion 2 of {len(mode.order())} · {second}")
    assert statement in heard.args[0]
    # The keyboard is on the answer buttons, not in the next criterion's note...
    assert not isinstance(QApplication.focusWidget(), QPlainTextEdit)
    assert QApplication.focusWidget() in mode.option_buttons.values()

    # ...so the next "2" agrees on "No" (and says so) instead of being typed.
    note_before = mode.rationale_edit.toPlainText()
    with qtbot.waitSignal(announcer().announced) as heard:
        press(qtbot, Qt.Key.Key_2)
    assert heard.args == ["Agreed: No"]
    assert mode.rationale_edit.toPlainText() == note_before
    assert agreed_rows(demo_workspace)[second].value == "no"
    assert agreed_rows(demo_workspace)[first].note.endswith("Checked the routine")

    # Ctrl+Enter from the dissent box likewise.
    mode.dissent_edit.setFocus()
    qtbot.waitUntil(mode.dissent_edit.hasFocus)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert mode.current_criterion() != second
    assert QApplication.focusWidget() in mode.option_buttons.values()


def test_at_1024x600_the_spread_keeps_its_labels(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    mode = ConsensusMode(demo_workspace.assessment, DRAFT_ROUND_ID, "en")
    qtbot.addWidget(mode)
    mode.resize(1024, 600)
    mode.show()
    qtbot.waitExposed(mode)
    mode.show_criterion("BQS-3-03")  # a long statement and four rows of spread
    QApplication.processEvents()
    side = mode.findChild(QWidget, "criterionSide")
    for name, bar, words in mode._spread_rows:
        boxes = [
            w.geometry().translated(w.parentWidget().mapTo(side, QPoint(0, 0)))
            for w in (name, bar, words)
        ]
        # Nothing drawn over anything else, and each shows all of its text.
        for first, second in itertools.combinations(boxes, 2):
            assert not first.intersects(second), (name.text(), first, second)
        assert bar.height() >= bar.minimumHeight()
        for label in (name, words):
            needed = label.heightForWidth(label.width())
            assert label.height() >= max(needed, label.fontMetrics().height()), label.text()
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width() or (
                label.wordWrap() and needed > label.fontMetrics().height()
            ), label.text()
    # The navigation buttons show their whole text.
    for button in (mode.previous_button, mode.skip_button, mode.next_button):
        assert button.width() >= button.sizeHint().width(), button.text()


def test_a_screen_reader_hears_the_criterion_and_the_controls_as_seen(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    for label, caption in (
        (mode.statement_label, "Criterion statement"),
        (mode.position_label, "Position in the meeting"),
        (mode.status_label, "Agreed answer"),
    ):
        iface = QAccessible.queryAccessibleInterface(label)
        assert iface.text(QAccessible.Text.Name) == label.text()
        assert iface.text(QAccessible.Text.Description) == caption
    assert_accessible(mode)


def test_the_focused_answer_button_shows_its_focus(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    mode = open_meeting(qtbot, demo_workspace)
    button = mode.option_buttons["no"]
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage()
    # Its style sheet (the chosen answer's look) would otherwise hide the focus frame.
    assert focused != unfocused
    edge = focused.pixelColor(0, focused.height() // 2)
    assert edge.name() == button.palette().color(QPalette.ColorRole.Highlight).name()
    # A chosen answer is never cut: its bold label fits.
    press(qtbot, Qt.Key.Key_2)
    bold = QFont(button.font())
    bold.setBold(True)
    assert button.width() >= QFontMetrics(bold).horizontalAdvance(button.text())
