"""The Action plan as a user meets it: the view of the unit's actions (filters, overdue marks),
the action editor (add, edit, close, delete; asked for from the criterion page), and the
review of open actions when a round starts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from promise_tracker.domain.entities import Action, ActionStatus
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.improvement.action_plan_view import (
    ANY,
    COLUMN_DUE,
    COLUMN_STATUS,
    COLUMN_WHAT,
    OPEN,
    ActionPlanView,
    PlanFilter,
)
from promise_tracker.gui.improvement.review_dialog import Outcome, ReviewDialog
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.action_dialog import ActionDialog
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.window import Menu
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.workspace import open_workspace
from tests.gui.a11y import assert_accessible

PACK_ID = "promise-bqs-2017"
TODAY = dt.date(2026, 5, 1)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def plan(paths: AppPaths) -> dict[str, str]:
    """A unit with a finalised 2025 round and a 2026 draft, and three actions: one overdue
    (in progress, police), one planned (health, another standard), one done without a date."""
    with open_workspace(paths) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        unit = service.create_unit("Barnahus Test")
        first = service.create_round(unit.id, "2025", dt.date(2025, 3, 1), pack).id
        service.finalise_round(first)
        second = service.create_round(unit.id, "2026", dt.date(2026, 4, 1), pack).id
        criteria = pack.criteria()
        other_standard = next(c for c in criteria if c.standard != criteria[0].standard)
        late = service.add_action(
            Action(
                "",
                unit.id,
                criteria[0].id,
                "Agree a joint protocol with the police",
                first,
                "police",
                "Barnahus coordinator",
                dt.date(2026, 1, 31),
                ActionStatus.IN_PROGRESS,
                "Draft sent to the police.",
            )
        )
        planned = service.add_action(
            Action(
                "",
                unit.id,
                other_standard.id,
                "Train the interviewers",
                first,
                "health",
                "Unit manager",
                dt.date(2026, 9, 30),
            )
        )
        done = service.add_action(
            Action(
                "",
                unit.id,
                criteria[1].id,
                "Find funding for a second room",
                first,
                status=ActionStatus.DONE,
            )
        )
        return {
            "unit": unit.id,
            "first": first,
            "second": second,
            "late": late.id,
            "planned": planned.id,
            "done": done.id,
            "c0": criteria[0].id,
            "c1": criteria[1].id,
            "other": other_standard.id,
            "other_standard": other_standard.standard,
        }


def open_window(qtbot, paths: AppPaths) -> MainWindow:  # type: ignore[no-untyped-def]
    workspace = open_workspace(paths)
    window = MainWindow(workspace, settings=Settings(paths.settings_file))
    qtbot.addWidget(window)
    window.improvement.today = lambda: TODAY
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def saved_actions(paths: AppPaths) -> dict[str, tuple[object, ...]]:
    """Actions as another program reading the database file sees them."""
    with sqlite3.connect(paths.database) as connection:
        rows = connection.execute(
            "SELECT id, title, status, lead_agency, responsible_role, due_date, progress_note,"
            " round_id, criterion_id FROM actions"
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


def shown(view: ActionPlanView, column: int = COLUMN_WHAT) -> list[str]:
    model = view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def when_modal(qtbot, handler: Callable[[QWidget], None], name: str) -> None:  # type: ignore[no-untyped-def]
    """Run handler on the next modal dialog called `name` once its exec() loop runs."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(10, poll)
            return
        try:
            handler(dialog)
        except BaseException:
            while (modal := QApplication.activeModalWidget()) is not None:
                modal.close()
            raise

    QTimer.singleShot(0, poll)


def answer_box(qtbot, button_text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Answer the next message box by the button with `button_text`, noting its text."""

    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    when_modal(qtbot, handle, "confirmBox")


def open_plan(window: MainWindow) -> ActionPlanView:
    window.improvement.action.trigger()
    view = window.improvement.view
    assert view is not None
    assert window.pages.currentWidget() is view
    return view


# --- the view -----------------------------------------------------------------------------------


def test_the_plan_lists_every_action_by_due_date_and_marks_the_overdue_one_in_words(
    qtbot, paths, plan
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    action = window.improvement.action
    assert action in window.menu(Menu.VIEW).actions()
    assert "Ctrl+Shift+A" in action.toolTip()
    view = open_plan(window)
    assert view.title_label.text() == "Action plan of Barnahus Test"
    assert view.counts_label.text() == "3 action(s), 1 overdue"
    # Actions of the finalised round are there too, by due date, the undated last.
    assert shown(view) == [
        "Agree a joint protocol with the police",
        "Train the interviewers",
        "Find funding for a second room",
    ]
    due = shown(view, COLUMN_DUE)
    assert due[0].startswith("⚠")
    assert due[0].endswith("overdue")
    assert "2026" in due[0]
    assert "overdue" not in due[1]
    assert due[2] == "No date"
    assert shown(view, COLUMN_STATUS) == ["In progress", "Planned", "Done"]
    first = view.model.index(0, 0)
    assert first.data().startswith(plan["c0"] + "  ")
    assert view.model.index(0, COLUMN_DUE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.model.index(1, COLUMN_DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.table.accessibleName() == "Actions of the unit"

    # Pressed again: back to the round.
    action.trigger()
    assert window.pages.currentIndex() == window.PAGE_ASSESS


def test_filters_by_status_agency_standard_and_overdue(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)
    view.set_filter(PlanFilter(status=OPEN))
    assert shown(view) == ["Agree a joint protocol with the police", "Train the interviewers"]
    assert view.counts_label.text() == "3 action(s), 1 overdue (2 shown)"
    view.set_filter(PlanFilter(status=ActionStatus.DONE.value))
    assert shown(view) == ["Find funding for a second room"]
    view.set_filter(PlanFilter(agency="health"))
    assert shown(view) == ["Train the interviewers"]
    view.set_filter(PlanFilter(agency=""))  # not decided
    assert shown(view) == ["Find funding for a second room"]
    view.set_filter(PlanFilter(standard=plan["other_standard"]))
    assert shown(view) == ["Train the interviewers"]
    view.set_filter(PlanFilter(overdue_only=True))
    assert shown(view) == ["Agree a joint protocol with the police"]
    # Nothing left: a sentence says how to see more.
    view.set_filter(PlanFilter(status=ActionStatus.DROPPED.value))
    assert view.model.rowCount() == 0
    assert view.table.isHidden()
    assert view.empty_label.isVisible()
    assert "No action matches these filters" in view.empty_label.text()
    view.set_filter(PlanFilter(status=ANY))
    assert view.model.rowCount() == 3
    # The filters are real boxes a user changes.
    view.overdue_check.click()
    assert view.model.rowCount() == 1


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """The interface in Swedish, as installed at startup (removed after)."""
    from PySide6.QtCore import QLocale

    from promise_tracker import i18n
    from promise_tracker.gui.shared import translation

    translators = translation.load_translators("sv")
    for translator in translators:
        qapp.installTranslator(translator)
    i18n.install(translation._qt_translate, "sv")
    QLocale.setDefault(translation.locale_for("sv"))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()


def test_the_plan_fits_a_small_screen_in_swedish_with_every_filter_entry_readable(
    qtbot, paths, plan, swedish
) -> None:  # type: ignore[no-untyped-def]
    """In Swedish the filter boxes, each as wide as its longest entry, made the plan (and so
    the main window) over 1040 pixels wide: wider than a 1024x600 screen."""
    with open_workspace(paths) as workspace:
        view = ActionPlanView(workspace.assessment, plan["unit"], "sv", lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(1000, 560)  # the main window's page on a 1024x600 screen
        view.show()
        qtbot.waitExposed(view)
        assert view.status_combo.itemText(1) == "Öppna (planerade eller pågående)"
        assert view.minimumSizeHint().width() <= 1000
        boxes = (view.status_combo, view.agency_combo, view.standard_combo)
        right = max(box.geometry().right() for box in [*boxes, view.overdue_check])
        assert right < view.width()  # nothing is cut off at the right edge
        for box in boxes:
            # Its list shows every entry whole, however narrow the box is.
            metrics = box.view().fontMetrics()
            longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
            assert box.view().minimumWidth() >= longest
        # Where there is room, a box shows its whole entry.
        view.resize(1600, 560)
        qtbot.waitUntil(lambda: view.status_combo.width() >= view.status_combo.maximumWidth())
        view.close()


def test_an_empty_plan_says_what_to_do(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(paths) as workspace:
        unit = workspace.assessment.create_unit("Barnahus Empty")
        pack = workspace.packs.latest(PACK_ID)
        workspace.assessment.create_round(unit.id, "2026", dt.date(2026, 4, 1), pack)
    window = open_window(qtbot, paths)
    view = open_plan(window)
    assert view.counts_label.text() == "0 action(s), 0 overdue"
    assert view.empty_label.isVisible()
    assert "No actions yet" in view.empty_label.text()
    assert "New…" in view.empty_label.text()
    assert view.new_button.isEnabled()
    assert not view.open_button.isEnabled()
    assert not view.delete_button.isEnabled()


def test_the_model_passes_the_model_tester(qtmodeltester, qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)
    qtmodeltester.check(view.model)


# --- editing --------------------------------------------------------------------------------------


def test_add_edit_close_and_delete_an_action_from_the_plan(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)

    # New… with the overdue action selected: its criterion is proposed, the open round is used.
    view.select(plan["late"])
    view.new_button.click()
    editor = window.improvement.editor
    assert isinstance(editor, ActionDialog)
    assert editor.windowTitle() == "New action"
    assert editor.criterion_combo.isVisible()
    assert editor.criterion_id() == plan["c0"]
    assert editor.criterion_label.text().startswith(plan["c0"] + "  ")
    assert not editor.save_button.isEnabled()
    assert editor.problem_label.text() == "Say what will be done to save the action."
    qtbot.keyClicks(editor.title_edit, "Write a routine for medical examinations")
    assert editor.save_button.isEnabled()
    editor.agency_combo.setCurrentIndex(editor.agency_combo.findText("Health care"))
    qtbot.keyClicks(editor.role_edit, "Anna Svensson")
    assert editor.role_warning.isVisible()  # a person's name: warned, not refused
    assert editor.save_button.isEnabled()
    editor.role_edit.clear()
    qtbot.keyClicks(editor.role_edit, "Paediatric nurse")
    assert not editor.role_warning.isVisible()
    editor.due_check.setChecked(True)
    editor.due_edit.setDate(editor.due_edit.date().fromString("2026-12-01", "yyyy-MM-dd"))
    with qtbot.waitSignal(window.dataChanged):
        editor.save_button.click()
    added = [
        (key, row)
        for key, row in saved_actions(paths).items()
        if row[0] == "Write a routine for medical examinations"
    ]
    assert len(added) == 1
    new_id, row = added[0]
    assert row[1:] == (
        "planned",
        "health",
        "Paediatric nurse",
        "2026-12-01",
        "",
        plan["second"],
        plan["c0"],
    )
    assert "Write a routine for medical examinations" in shown(view)
    assert view.selected() is not None
    assert view.selected().id == new_id

    # Enter on a row opens it; the user closes it as done with a note.
    view.select(plan["planned"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = window.improvement.editor
    assert editor is not None
    assert editor.windowTitle() == "Edit action"
    assert editor.title_edit.text() == "Train the interviewers"
    assert not editor.criterion_combo.isVisible()
    editor.status_combo.setCurrentIndex(editor.status_combo.findText("Done"))
    editor.note_edit.setPlainText("Four interviewers trained in March.")
    editor.save_button.click()
    assert saved_actions(paths)[plan["planned"]][1] == "done"
    assert saved_actions(paths)[plan["planned"]][5] == "Four interviewers trained in March."
    assert view.model.index(view.model.row_of(plan["planned"]), COLUMN_STATUS).data() == "Done"

    # The Delete key asks first; Cancel keeps it, Delete removes it.
    seen: list[str] = []
    view.select(new_id)
    view.table.setFocus()
    answer_box(qtbot, "Cancel", seen)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert new_id in saved_actions(paths)
    answer_box(qtbot, "Delete", seen)
    press_delete(qtbot, view)
    assert new_id not in saved_actions(paths)
    assert seen[0].startswith("Delete the action “Write a routine for medical examinations”")
    assert view.counts_label.text() == "3 action(s), 1 overdue"


def press_delete(qtbot, view: ActionPlanView) -> None:  # type: ignore[no-untyped-def]
    sequence = QKeySequence(QKeySequence.StandardKey.Delete)[0]
    qtbot.keyClick(view.table, sequence.key(), sequence.keyboardModifiers())


def test_the_editor_deletes_after_asking(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)
    view.select(plan["done"])
    view.open_button.click()
    editor = window.improvement.editor
    assert editor is not None
    assert editor.delete_button.isVisible()
    seen: list[str] = []
    answer_box(qtbot, "Delete", seen)
    with qtbot.waitSignal(window.dataChanged):
        editor.delete_button.click()
    assert plan["done"] not in saved_actions(paths)
    assert "Find funding for a second room" not in shown(view)


def test_a_change_saved_elsewhere_is_shown_and_not_overwritten(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    editor = window.improvement.open_action(plan["other"], plan["planned"])
    assert editor is not None
    # Another window saves a change to the same action meanwhile.
    with open_workspace(paths) as other:
        stored = other.assessment.action(plan["planned"])
        other.assessment.update_action(
            Action(**{**stored.__dict__, "title": "Train all interviewers"})  # type: ignore[arg-type]
        )
    editor.title_edit.setText("Train two interviewers")
    messages: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.accept()

    when_modal(qtbot, read, "warningBox")
    editor.save_button.click()
    assert messages
    assert "changed elsewhere" in messages[0]
    assert "KeyError" not in messages[0]
    assert "Conflict" not in messages[0]
    assert editor.isVisible()  # still open, showing what is stored now
    assert editor.title_edit.text() == "Train all interviewers"
    assert saved_actions(paths)[plan["planned"]][0] == "Train all interviewers"
    # Saving again (now from the stored version) works.
    editor.status_combo.setCurrentIndex(editor.status_combo.findText("In progress"))
    editor.save_button.click()
    assert saved_actions(paths)[plan["planned"]][:2] == ("Train all interviewers", "in-progress")


# --- asked for from elsewhere ---------------------------------------------------------------------


def test_action_requested_opens_the_editor_for_a_new_or_an_existing_action(
    qtbot, paths, plan
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    assert window.controller is not None
    assert window.controller.session.round.id == plan["second"]
    window.actionRequested.emit(plan["c1"], "")
    editor = window.improvement.editor
    assert isinstance(editor, ActionDialog)
    assert editor.windowTitle() == "New action"
    assert not editor.criterion_combo.isVisible()
    assert editor.criterion_label.text().startswith(plan["c1"] + "  ")
    assert editor.title_edit.hasFocus() or not editor.isActiveWindow()
    qtbot.keyClicks(editor.title_edit, "Ask the prosecutor to join the steering group")
    with qtbot.waitSignal(window.dataChanged):
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # Enter saves
    assert not editor.isVisible()
    rows = [r for r in saved_actions(paths).values() if r[0].startswith("Ask the prosecutor")]
    assert rows
    assert rows[0][6:] == (plan["second"], plan["c1"])

    window.actionRequested.emit(plan["c0"], plan["late"])
    editor = window.improvement.editor
    assert editor is not None
    assert editor.windowTitle() == "Edit action"
    assert editor.title_edit.text() == "Agree a joint protocol with the police"
    assert editor.role_edit.text() == "Barnahus coordinator"
    assert editor.agency_combo.currentText() == "Police"
    assert editor.note_edit.toPlainText() == "Draft sent to the police."
    editor.reject()


# --- review when a round starts -------------------------------------------------------------------


def test_a_new_round_offers_the_review_of_open_actions_and_stores_the_choices(
    qtbot, paths, plan
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    service = window.service
    pack = service.pack_for(service.round(plan["second"]))
    new = service.create_round(plan["unit"], "2027", dt.date(2027, 3, 1), pack)
    window.select(plan["unit"], new.id)
    window.roundCreated.emit(new.id)
    review = window.improvement.review
    assert isinstance(review, ReviewDialog)
    assert review.isVisible()
    assert "2 open action(s)" in review.intro_label.text()
    assert [row.action.id for row in review.rows] == [plan["late"], plan["planned"]]
    texts = [w.text() for w in review.findChildren(QWidget) if hasattr(w, "text")]
    assert any("⚠ overdue" in str(text).replace("\u00a0", " ") for text in texts)

    # Each row links to its criterion in the new round.
    review.rows[1].go_to.click()
    assert window.page is not None
    assert window.page.current_criterion() == plan["other"]

    review.choose(plan["late"], Outcome.DONE, "Protocol signed in April.")
    review.choose(plan["planned"], Outcome.PARTLY, "")
    assert not review.save_button.isEnabled()  # "partly" needs a note
    assert "Partly" in review.problem_label.text()
    review.rows[1].note.setText("Two of four trained.")
    assert review.save_button.isEnabled()
    with qtbot.waitSignal(window.dataChanged):
        review.save_button.click()
    stored = saved_actions(paths)
    assert stored[plan["late"]][1:2] == ("done",)
    assert stored[plan["late"]][5] == "Protocol signed in April."
    assert stored[plan["planned"]][1] == "in-progress"
    assert stored[plan["planned"]][5] == "Two of four trained."
    assert stored[plan["done"]][1] == "done"  # not offered, untouched


def test_carry_on_and_dropped_in_the_review(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    review = window.improvement.offer_review(plan["second"])
    assert review is not None
    review.choose(plan["late"], Outcome.CARRY_ON, "A note that is not saved")
    review.choose(plan["planned"], Outcome.DROPPED)
    review.save_button.click()
    stored = saved_actions(paths)
    assert stored[plan["late"]][1:2] == ("in-progress",)
    assert stored[plan["late"]][5] == "Draft sent to the police."
    assert stored[plan["planned"]][1] == "dropped"


def test_no_review_without_open_actions(qtbot, paths) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(paths) as workspace:
        unit = workspace.assessment.create_unit("Barnahus Empty")
        pack = workspace.packs.latest(PACK_ID)
        round_id = workspace.assessment.create_round(unit.id, "2026", dt.date(2026, 4, 1), pack).id
    window = open_window(qtbot, paths)
    window.roundCreated.emit(round_id)
    assert window.improvement.review is None


# --- with the rest of the window ------------------------------------------------------------------


def test_go_to_criterion_leaves_the_plan_for_the_open_round(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)
    view.select(plan["planned"])
    view.go_to_button.click()
    assert not window.improvement.action.isChecked()
    assert window.pages.currentIndex() == window.PAGE_ASSESS
    assert window.page is not None
    assert window.page.current_criterion() == plan["other"]


def test_results_and_the_action_plan_take_turns(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    window.results.action.trigger()
    assert window.results.action.isChecked()
    view = open_plan(window)
    assert not window.results.action.isChecked()
    # Choosing another round keeps the plan in front (not the Results).
    window.round_combo.setCurrentIndex(0)
    assert window.pages.currentWidget() is view
    window.results.action.trigger()
    assert not window.improvement.action.isChecked()
    assert window.pages.currentWidget() is window.results.view


# --- everyone can use it: screen readers, small screens --------------------------------------


def name_of(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_the_plan_and_its_editor_speak_what_they_show(qtbot, paths, plan) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, paths)
    view = open_plan(window)
    assert name_of(view.counts_label) == view.counts_label.text()
    assert view.counts_label.accessibleDescription() == "Number of actions"
    assert name_of(view.overdue_check) == "Overdue only"
    assert_accessible(window)

    view.select(plan["late"])
    view.new_button.click()
    editor = window.improvement.editor
    assert isinstance(editor, ActionDialog)
    assert name_of(editor.criterion_label) == editor.criterion_label.text()
    assert name_of(editor.problem_label) == "Say what will be done to save the action."
    assert name_of(editor.due_check) == "Due by:"
    assert_accessible(editor)

    # A person's name as the role: warned aloud at once, and the warning stays with the field.
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClicks(editor.role_edit, "Anna Svensson")
    assert said.args == [editor.role_warning.text()]
    assert editor.role_edit.accessibleDescription() == editor.role_warning.text()
    assert name_of(editor.role_warning) == editor.role_warning.text()
    editor.role_edit.clear()
    assert editor.role_edit.accessibleDescription() == ""
    editor.reject()


def test_the_review_fits_a_small_screen_and_reads_out_what_is_missing(  # type: ignore[no-untyped-def]
    qtbot, paths, plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = QRect(0, 0, 1024, 576)  # 1024x600 with a panel
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(small))
    window = open_window(qtbot, paths)
    service = window.service
    pack = service.pack_for(service.round(plan["second"]))
    new = service.create_round(plan["unit"], "2027", dt.date(2027, 3, 1), pack)
    window.select(plan["unit"], new.id)
    window.roundCreated.emit(new.id)
    review = window.improvement.review
    assert isinstance(review, ReviewDialog)
    qtbot.waitExposed(review)
    qtbot.waitUntil(lambda: small.contains(review.frameGeometry()))
    scroll = review.findChild(QWidget, "reviewScroll")
    assert name_of(scroll) == "Open actions to review"

    with qtbot.waitSignal(announcer().announced) as said:
        review.choose(plan["planned"], Outcome.PARTLY, "")
    assert said.args == ["Add a note to each action marked “Partly”: say what is still to be done."]
    assert name_of(review.problem_label) == said.args[0]
    assert_accessible(review)
    review.reject()
