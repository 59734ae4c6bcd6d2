"""What a screen reader hears on the assessment's views and dialogs: the texts shown (not only
their captions), names without "&", and changes said as they happen (an answer by shortcut, a
move to the next criterion, warnings, validation messages, the row the tree lands on)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.assessment.navigator import NavigatorPanel
from promise_tracker.gui.assessment.round_dialog import RoundDialog
from promise_tracker.gui.assessment.unit_dialog import UnitDialog
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry
from tests.gui.assessment.test_criterion_page import first_with_status, open_screen

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return PackRegistry.load().latest("promise-bqs-2017")


def name(widget: QWidget) -> str:
    """What a screen reader says for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def accessible_tree(widget: QWidget) -> Iterator[QAccessibleInterface]:
    """Every visible node of `widget`'s accessibility tree."""
    stack = [QAccessible.queryAccessibleInterface(widget)]
    while stack:
        node = stack.pop()
        if node is None or not node.isValid() or node.state().invisible:
            continue
        yield node
        stack.extend(node.child(i) for i in range(node.childCount()))


# --- labels that show content are read as shown -------------------------------------------------


def test_the_criterion_page_reads_its_texts_not_their_captions(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    cid = controller.session.criteria()[3].id
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    statement = controller.session.pack.criterion(cid).statement.get("en")

    assert name(page.statement_label) == statement
    assert description(page.statement_label) == "Criterion statement"
    for label, caption in (
        (page.breadcrumb_label, "Standard"),
        (page.criterion_id_label, "Criterion id"),
        (page.position_label, "Position in the round"),
        (page.evidence_label, "What counts as evidence"),
    ):
        assert label.text()
        assert name(label) == label.text(), caption
        assert description(label) == caption
    assert name(page.criterion_id_label) == cid
    assert name(page.provenance_line.label) == page.provenance_line.text()


def test_the_page_has_no_unnamed_focusable_scroll_area_and_no_ampersand_in_names(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    page = screen.page

    assert name(page.scroll_area) == "Criterion"
    assert page.scroll_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    names = [node.text(QAccessible.Text.Name) for node in accessible_tree(page)]
    assert "Evidence note" in names
    assert not [text for text in names if "&" in text]


def test_the_header_reads_its_figures(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    header = screen.header
    overall = controller.session.official_scores.overall
    assert overall.percent is not None

    assert name(header.overall_score_label) == f"{overall.percent:.0f} %"
    assert description(header.overall_score_label).startswith("Overall score.")
    assert name(header.unit_label) == "Barnahus Norrvik (demo)"
    assert description(header.unit_label) == "Unit"
    assert name(header.round_title_label) == header.round_title_label.text()
    assert name(header.counts_label) == header.counts_label.text()
    assert name(header.status_label) == "Draft"
    assert name(header.score_caption) == header.score_caption.text()


def test_a_shortened_header_line_is_read_whole(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    header = screen.header
    controller.rename("A very long title for the round " * 6)
    screen.resize(500, screen.height())
    qtbot.waitUntil(lambda: header.round_title_label.width() < 400)

    shown = QLabel.text(header.round_title_label)  # the shortened text on screen
    assert shown.endswith("…")
    assert name(header.round_title_label) == header.round_title_label.text()
    assert name(header.round_title_label).startswith("A very long title for the round " * 6)


def test_dialog_problems_are_read_as_the_problem(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert name(dialog.problem_label) == "Enter a name for the unit."
    assert description(dialog.problem_label) == "What is missing"


def test_unit_dialog_fields_are_named_as_their_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    country = dialog.findChild(QComboBox, "unitCountryCombo")
    lead_agency = dialog.findChild(QComboBox, "unitLeadAgencyCombo")

    assert name(dialog.name_edit) == "Name"
    assert name(country) == "Country"
    assert name(country.lineEdit()) == "Country"  # the text field a screen reader lands on
    assert name(dialog.year_spin) == "Year opened"
    # On Linux a combo box is read by its value, and its label through a relation.
    assert name(lead_agency) == "Not given"
    interface = QAccessible.queryAccessibleInterface(lead_agency)
    labels = interface.relations(QAccessible.RelationFlag.Label)
    assert [other.text(QAccessible.Text.Name) for other, _ in labels] == ["Lead agency:"]
    names = [node.text(QAccessible.Text.Name) for node in accessible_tree(dialog)]
    assert "—" not in names
    assert not [text for text in names if "&" in text]


# --- changes are said -------------------------------------------------------------------------


def test_an_answer_given_by_shortcut_is_said(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(page.statement_label, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert said.args == [f"{cid}: answer Yes"]

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(page.statement_label, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert said.args == [f"{cid}: answer Not applicable · not counted until you write why"]

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(page.statement_label, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert said.args == [f"{cid}: no answer"]


def test_moving_on_from_the_note_says_the_criterion_now_shown(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    criteria = controller.session.criteria()
    screen = open_screen(qtbot, controller, criteria[0].id)
    page = screen.page
    page.note_edit.setFocus()
    qtbot.waitUntil(page.note_edit.hasFocus)

    with qtbot.waitSignal(announcer().announced) as said:
        page.show_criterion(criteria[1].id)  # what Ctrl+PgDown does
    text = said.args[0]
    assert text.startswith(f"Criterion 2 of {len(criteria)}: {criteria[1].id}, ")
    assert criteria[1].statement.get("en") in text


def test_a_personal_number_warning_is_said_and_describes_the_note(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    warning = page.privacy_warning.text()
    qtbot.keyClicks(page.note_edit, "Seen in case ")
    assert warning not in description(page.note_edit)

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClicks(page.note_edit, "19850412-1234")
    assert said.args == [warning]
    assert description(page.note_edit) == warning

    page.note_edit.selectAll()
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Delete)
    assert not page.privacy_warning.isVisible()
    assert warning not in description(page.note_edit)


def test_a_missing_reason_is_said_and_describes_the_reason_box(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    warning = page.justification_warning.text()

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.mouseClick(page.findChild(QWidget, "answer_na"), Qt.MouseButton.LeftButton)
    assert said.args == [warning]
    assert page.justification_edit.hasFocus()
    assert description(page.justification_edit) == warning

    qtbot.keyClicks(page.justification_edit, "No court in the region")
    assert warning not in description(page.justification_edit)


def test_validation_messages_are_said_when_they_appear(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    dialog = RoundDialog([pack], "en", False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.findChild(QLineEdit, "roundTitleEdit")

    with qtbot.waitSignal(announcer().announced) as said:
        title.selectAll()
        qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert said.args == ["Enter a title for the round."]
    assert name(dialog.problem_label) == "Enter a title for the round."


def test_unit_dialog_says_an_unknown_country(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Barnahus Norrvik")
    country = dialog.findChild(QComboBox, "unitCountryCombo")

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClicks(country.lineEdit(), "Atlantis")
    assert said.args[0].startswith("“A")
    assert "is not a country in the list" in said.args[0]


# --- the criteria tree ----------------------------------------------------------------------------


def test_tabbing_into_the_tree_says_the_row_it_lands_on(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    navigator = NavigatorPanel(controller, "en")
    qtbot.addWidget(navigator)
    navigator.resize(500, 600)
    navigator.show()
    qtbot.waitExposed(navigator)
    cid = controller.session.criteria()[2].id
    navigator.select_criterion(cid)
    navigator.show_all_button.hide()
    navigator.search_box.setFocus()
    qtbot.waitUntil(navigator.search_box.hasFocus)

    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(navigator.search_box, Qt.Key.Key_Tab)
    assert navigator.tree.hasFocus()
    assert navigator.tree.currentIndex().isValid()
    text = said.args[0]
    assert text.startswith(f"{cid}")
    assert "Criterion of standard 1.1 Best interests of the child" in text


def test_tree_rows_say_their_level(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    navigator = NavigatorPanel(controller, "en")
    qtbot.addWidget(navigator)
    model = navigator.model
    role = Qt.ItemDataRole.AccessibleDescriptionRole
    first = controller.session.criteria()[0].id
    standard = model.index(0, 0)
    sub_standard = model.index(0, 0, standard)

    assert standard.data(role) == "Standard"
    assert sub_standard.data(role) == "Part of standard 1 Child's rights"
    assert (
        model.index_for_criterion(first).data(role)
        == "Criterion of standard 1.1 Best interests of the child"
    )


def test_the_upgrade_dialog_says_why_a_version_cannot_be_used(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.errors import PromiseTrackerError
    from promise_tracker.gui.assessment.upgrade_dialog import UpgradeDialog

    def plan_for(version: str):  # type: ignore[no-untyped-def]
        raise PromiseTrackerError(f"No crosswalk leads to version {version}; add its file.")

    dialog = UpgradeDialog(["1.1.0", "1.2.0"], plan_for, "en", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert name(dialog.problem) == "No crosswalk leads to version 1.2.0; add its file."

    with qtbot.waitSignal(announcer().announced) as said:
        dialog.version_combo.setCurrentIndex(0)
    assert said.args == ["No crosswalk leads to version 1.1.0; add its file."]
    assert name(dialog.version_combo.parentWidget().findChild(QLabel, "upgradeProblemLabel")) == (
        "No crosswalk leads to version 1.1.0; add its file."
    )


def test_an_answer_ticked_by_a_screen_readers_action_is_saved(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    """Orca ticks a radio button through its accessible action, without a click: the answer
    is saved as by a click, once (one step to undo)."""
    cid = first_with_status(controller.session, CriterionStatus.UNANSWERED)
    screen = open_screen(qtbot, controller, cid)
    page = screen.page
    no = next(b for b in page.button_group.buttons() if b.property("optionId") == "no")
    actions = QAccessible.queryAccessibleInterface(no).actionInterface()
    assert actions is not None
    names = actions.actionNames()
    action = (
        QAccessibleActionInterface.toggleAction()
        if QAccessibleActionInterface.toggleAction() in names
        else QAccessibleActionInterface.pressAction()
    )
    actions.doAction(action)
    qtbot.waitUntil(lambda: controller.session.answer(cid).value == "no")
    assert no.isChecked()
    controller.undo_stack.undo()
    assert controller.session.answer(cid).value is None


def test_the_page_is_read_in_the_order_it_is_seen(qtbot, controller: RoundController) -> None:  # type: ignore[no-untyped-def]
    """Statement, then the answer, then what counts as evidence, then the note: the order of
    the page's accessible children is the order on screen."""
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    page = screen.page
    content = page.answer_box.parentWidget()
    iface = QAccessible.queryAccessibleInterface(content)
    order = [iface.child(i).object() for i in range(iface.childCount())]
    wanted = [page.statement_label, page.answer_box, page.evidence_label, page.note_box]
    positions = [order.index(widget) for widget in wanted]
    assert positions == sorted(positions)
    shown = [widget.mapTo(content, widget.rect().topLeft()).y() for widget in wanted]
    assert shown == sorted(shown)
