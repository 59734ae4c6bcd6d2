"""The navigator panel as a user drives it: keys, clicks, filter box, search box, languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTreeView

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.assessment.navigator import FilterMode, NavigatorPanel
from promise_tracker.gui.shared.round_controller import RoundController
from tests.gui.conftest import DRAFT_ROUND_ID


@pytest.fixture
def panel(qtbot, controller: RoundController) -> NavigatorPanel:  # type: ignore[no-untyped-def]
    panel = NavigatorPanel(controller, "en")
    qtbot.addWidget(panel)
    panel.resize(480, 650)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def tree(panel: NavigatorPanel) -> QTreeView:
    return panel.findChild(QTreeView, "criteriaTree")


def combo(panel: NavigatorPanel) -> QComboBox:
    return panel.findChild(QComboBox, "filterCombo")


def search_box(panel: NavigatorPanel) -> QLineEdit:
    return panel.findChild(QLineEdit, "searchBox")


def shown_criteria(panel: NavigatorPanel) -> list[str]:
    """The criterion ids listed in the tree, top to bottom, as the user reads them."""
    view = tree(panel)
    model = view.model()
    found: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            text = index.data()
            if text.startswith("BQS-"):
                found.append(text.split()[0])
            visit(index)

    visit(QModelIndex())
    return found


def current_text(panel: NavigatorPanel) -> str | None:
    index = tree(panel).currentIndex()
    return index.data() if index.isValid() else None


def combo_texts(panel: NavigatorPanel) -> list[str]:
    box = combo(panel)
    return [box.itemText(row) for row in range(box.count())]


def answer(controller: RoundController, criterion_id: str, **changes: object) -> None:
    current = controller.session.answer(criterion_id)
    values = {
        "round_id": DRAFT_ROUND_ID,
        "criterion_id": criterion_id,
        "value": current.value,
        "note": current.note,
        "na_justification": current.na_justification,
        "flagged": current.flagged,
    }
    values.update(changes)
    controller.set_answer(Answer(**values))  # type: ignore[arg-type]


def first_unanswered(controller: RoundController) -> str:
    found = controller.session.next_unanswered(None)
    assert found is not None
    return found


def test_controls_are_named_labelled_and_ready(panel) -> None:  # type: ignore[no-untyped-def]
    box = search_box(panel)
    assert box.placeholderText() == "Search criteria and notes"
    assert box.isClearButtonEnabled()
    find = QKeySequence(QKeySequence.StandardKey.Find)
    assert find.toString(QKeySequence.SequenceFormat.NativeText) in box.toolTip()
    view = tree(panel)
    assert view.uniformRowHeights()
    assert view.alternatingRowColors()
    assert view.editTriggers() == QTreeView.EditTrigger.NoEditTriggers
    for widget in (box, combo(panel), view, panel.findChild(QPushButton, "showAllButton")):
        assert widget.accessibleName()
    assert view.isExpanded(view.model().index(0, 0))
    assert not panel.findChild(QLabel, "emptyLabel").isVisible()


def test_tab_goes_through_the_controls_top_to_bottom(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    box = combo(panel)
    assert box.nextInFocusChain() is search_box(panel)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    qtbot.waitUntil(search_box(panel).hasFocus)
    qtbot.keyClick(search_box(panel), Qt.Key.Key_Tab)  # the show-all button is hidden
    qtbot.waitUntil(tree(panel).hasFocus)


def test_filter_box_counts_match_the_round(panel, draft_session) -> None:  # type: ignore[no-untyped-def]
    statuses = [draft_session.status(c.id) for c in draft_session.criteria()]
    flagged = sum(draft_session.answer(c.id).flagged for c in draft_session.criteria())
    waiting = statuses.count(CriterionStatus.UNANSWERED)
    not_met = statuses.count(CriterionStatus.NOT_MET)
    assert combo_texts(panel) == [
        f"All criteria ({len(statuses)})",
        f"Unanswered ({waiting})",
        f"Not met ({not_met})",
        "Not applicable (0)",
        f"Flagged for discussion ({flagged})",
        "To confirm (0)",
    ]
    # The demo round as a user sees it.
    assert combo_texts(panel)[1] == "Unanswered (31)"


def test_counts_follow_answers(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    cid = first_unanswered(controller)
    answer(controller, cid, value="na")  # N/A without a reason is still to do
    assert combo_texts(panel)[1] == "Unanswered (31)"
    assert combo_texts(panel)[3] == "Not applicable (1)"
    answer(controller, cid, na_justification="Handled by the regional hospital.")
    assert combo_texts(panel)[1] == "Unanswered (30)"
    answer(controller, cid, flagged=True)
    assert combo_texts(panel)[4] == "Flagged for discussion (10)"
    controller.undo_stack.undo()
    assert combo_texts(panel)[4] == "Flagged for discussion (9)"


def test_arrow_keys_select_criteria_in_order(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    session = controller.session
    panel.select_criterion("BQS-1.1-05")
    view = tree(panel)
    view.setFocus()
    selected: list[str] = []
    panel.criterionSelected.connect(selected.append)
    with qtbot.waitSignal(panel.criterionSelected):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected == ["BQS-1.1-06"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # onto the row of standard 1.2: nothing to open
    assert current_text(panel).startswith("1.2  ")
    assert panel.current_criterion() == "BQS-1.1-06"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected == ["BQS-1.1-06", "BQS-1.2-01"]
    assert selected[-1] == session.neighbour("BQS-1.1-06", 1)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert selected[-1] == "BQS-1.1-06"
    assert panel.current_criterion() == "BQS-1.1-06"


def test_clicking_a_criterion_selects_it_and_enter_activates_it(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    view = tree(panel)
    proxy = view.model()
    target = panel.proxy.mapFromSource(panel.model.index_for_criterion("BQS-1.2-02"))
    assert target.model() is proxy
    rect = view.visualRect(target)
    with qtbot.waitSignal(panel.criterionSelected) as selected:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == ["BQS-1.2-02"]
    with qtbot.waitSignal(panel.criterionActivated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == ["BQS-1.2-02"]


def test_typing_in_the_search_box_filters_and_escape_clears(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    answer(controller, "BQS-8-03", note="Ask the kaffemaskin group to follow up")
    box = search_box(panel)
    box.setFocus()
    qtbot.keyClicks(box, "Kaffemaskin")
    assert shown_criteria(panel) == ["BQS-8-03"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert len(shown_criteria(panel)) == len(controller.session.criteria())

    qtbot.keyClicks(box, "may find frightening")
    assert "BQS-4-01" in shown_criteria(panel)
    assert len(shown_criteria(panel)) < len(controller.session.criteria())


def test_no_match_says_so_and_offers_to_show_all(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    empty = panel.findChild(QLabel, "emptyLabel")
    button = panel.findChild(QPushButton, "showAllButton")
    qtbot.keyClicks(search_box(panel), "xylophone")
    assert shown_criteria(panel) == []
    assert empty.isVisible()
    assert empty.text() == "No criterion matches."
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert search_box(panel).text() == ""
    assert len(shown_criteria(panel)) == len(controller.session.criteria())
    assert not empty.isVisible()


def test_down_from_the_search_box_enters_the_results(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    box = search_box(panel)
    qtbot.keyClicks(box, "bqs-9")
    with qtbot.waitSignal(panel.criterionSelected) as selected:
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert selected.args == ["BQS-9-01"]
    qtbot.waitUntil(tree(panel).hasFocus)


def test_choosing_a_filter_from_the_box(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    box = combo(panel)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # the next entry: Unanswered
    assert panel.mode() is FilterMode.UNANSWERED
    session = controller.session
    expected = [c.id for c in session.criteria() if session.status(c.id) == "unanswered"]
    assert shown_criteria(panel) == expected


def test_select_criterion_hidden_by_the_filter_resets_it(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    panel.set_mode(FilterMode.FLAGGED)
    assert "BQS-7-01" not in shown_criteria(panel)
    with qtbot.assertNotEmitted(panel.criterionSelected):
        panel.select_criterion("BQS-7-01")
    assert combo(panel).currentText() == "All criteria (79)"
    assert panel.mode() is FilterMode.ALL
    assert panel.current_criterion() == "BQS-7-01"
    assert current_text(panel).startswith("BQS-7-01  ")
    assert tree(panel).selectionModel().isSelected(tree(panel).currentIndex())

    qtbot.keyClicks(search_box(panel), "bqs-2-0")
    panel.select_criterion("BQS-5-01")
    assert search_box(panel).text() == ""
    assert current_text(panel).startswith("BQS-5-01  ")


def test_select_criterion_keeps_a_filter_that_shows_it(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    panel.set_mode(FilterMode.FLAGGED)
    panel.select_criterion("BQS-3-03")  # flagged in the demo
    assert panel.mode() is FilterMode.FLAGGED
    assert current_text(panel).startswith("BQS-3-03 ⚑  ")
    with pytest.raises(KeyError):
        panel.select_criterion("BQS-99-99")


def test_selection_survives_filter_changes_while_visible(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    answer(controller, "BQS-3-01", value="no", flagged=True)  # flagged and not met
    panel.select_criterion("BQS-3-01")
    with qtbot.assertNotEmitted(panel.criterionSelected):
        panel.set_mode(FilterMode.NOT_MET)
        assert current_text(panel).startswith("BQS-3-01")
        panel.set_mode(FilterMode.FLAGGED)
        assert current_text(panel).startswith("BQS-3-01")
        panel.set_mode(FilterMode.UNANSWERED)
        # Hidden now: nothing else is highlighted in its place.
        assert current_text(panel) is None
        assert not tree(panel).selectionModel().hasSelection()
        panel.set_mode(FilterMode.ALL)
    assert current_text(panel).startswith("BQS-3-01")
    assert panel.current_criterion() == "BQS-3-01"


def test_answered_criterion_stays_listed_until_the_user_moves_on(qtbot, panel, controller) -> None:  # type: ignore[no-untyped-def]
    panel.set_mode(FilterMode.UNANSWERED)
    first = first_unanswered(controller)
    second = controller.session.next_unanswered(first)
    panel.select_criterion(first)
    with qtbot.assertNotEmitted(panel.criterionSelected):
        answer(controller, first, value="yes")
    assert first in shown_criteria(panel)
    assert current_text(panel).startswith(first)
    assert combo(panel).currentText() == "Unanswered (30)"

    view = tree(panel)
    view.setFocus()
    with qtbot.waitSignal(panel.criterionSelected) as selected:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert selected.args == [second]
    assert first not in shown_criteria(panel)
    assert current_text(panel).startswith(second)


def test_focus_search(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    panel.activateWindow()
    qtbot.keyClicks(search_box(panel), "abc")
    tree(panel).setFocus()
    panel.focus_search()
    qtbot.waitUntil(search_box(panel).hasFocus)
    assert search_box(panel).selectedText() == "abc"


def test_swedish_titles_and_selection_kept(qtbot, panel, draft_session) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    panel.select_criterion("BQS-2-03")
    panel.set_language("sv")
    view = tree(panel)
    model = view.model()
    first = model.index(0, 0)
    assert first.data() == "1  " + pack.standard("1").title.get("sv")
    assert model.index(0, 0, first).data() == "1.1  Barnets bästa"
    assert current_text(panel) == "BQS-2-03  " + pack.criterion("BQS-2-03").statement.get("sv")
    # QTest cannot type "ö" (it aborts on keys outside Latin-1 key codes); an input method would.
    search_box(panel).setText("barnförhör")
    assert shown_criteria(panel)
    assert all(
        "barnförhör"
        in (pack.criterion(c).statement.get("sv") + pack.criterion(c).evidence.get("sv")).lower()
        or "barnförhör" in pack.standard(pack.criterion(c).standard).title.get("sv").lower()
        for c in shown_criteria(panel)
    )
