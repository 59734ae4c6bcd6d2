"""The disagreement window: scores side by side, what needs discussion, spread and notes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QApplication, QWidget

from promise_tracker.domain.disagreement import (
    compare_scores,
    criterion_spreads,
    needs_discussion,
)
from promise_tracker.domain.entities import Answer
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.spread_bar import SpreadRole
from promise_tracker.gui.shared.window import Menu
from promise_tracker.gui.team.disagreement_view import DisagreementView
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import DRAFT_ROUND_ID

ALT = Qt.KeyboardModifier.AltModifier


def open_view(qtbot, workspace: Workspace) -> DisagreementView:  # type: ignore[no-untyped-def]
    view = DisagreementView(workspace.assessment, DRAFT_ROUND_ID, "en")
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def domain_data(workspace: Workspace):  # type: ignore[no-untyped-def]
    service = workspace.assessment
    pack = service.pack_for(service.round(DRAFT_ROUND_ID))
    respondents = service.respondents(DRAFT_ROUND_ID)
    answers = service.answers(DRAFT_ROUND_ID)
    spreads = criterion_spreads(pack, respondents, answers)
    return pack, respondents, answers, spreads


def cell(model, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # type: ignore[no-untyped-def]
    return model.data(model.index(row, column), role)


@pytest.fixture
def unregistered_view(qtbot, demo_workspace: Workspace) -> Iterator[DisagreementView]:  # type: ignore[no-untyped-def]
    # Not handed to qtbot, which would delete it (and its models) before the model tester
    # lets go of them; requested before qtmodeltester, it is torn down after it.
    view = DisagreementView(demo_workspace.assessment, DRAFT_ROUND_ID, "en")
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.close()
    view.deleteLater()


def test_models_pass_the_model_tester(unregistered_view: DisagreementView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = unregistered_view
    for model in (
        view.scores_model,
        view.discussion_model,
        view.perspective_model,
        view.notes_model,
    ):
        qtmodeltester.check(model)
        qtmodeltester.check(model, force_py=True)
    # Choosing another criterion and hiding names refills the detail models under the tester.
    view.select_criterion(view.discussion_ids()[3])
    view.hide_names_check.setChecked(False)
    view.refresh()


def test_needs_discussion_in_the_domain_order(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    pack, _, _, spreads = domain_data(demo_workspace)
    expected = needs_discussion(pack, spreads)
    view = open_view(qtbot, demo_workspace)
    view.hide_agreed_check.setChecked(False)  # every criterion, agreed or not
    assert view.discussion_ids() == [item.criterion_id for item in expected]
    assert view.discussion_box.title() == f"Needs discussion ({len(expected)} criteria)"
    model = view.discussion_model
    first = expected[0]
    assert cell(model, 0, 0) == first.criterion_id
    assert cell(model, 0, 2) == f"{first.disagreement:.2f}"
    # The bar's counts, also in words for screen readers.
    spread = spreads[first.criterion_id].overall
    assert cell(model, 0, 3, SpreadRole) == spread
    assert cell(model, 0, 3) == "Yes 2, No 1, Not applicable 1, no answer 4"
    assert cell(model, 0, 3, Qt.ItemDataRole.AccessibleTextRole) == cell(model, 0, 3)
    flagged = [row for row, item in enumerate(expected) if item.perspectives_disagree]
    assert flagged
    assert cell(model, flagged[0], 4) == "disagree"


def test_scores_side_by_side(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    pack, respondents, answers, spreads = domain_data(demo_workspace)
    comparison = compare_scores(pack, respondents, answers, spreads)
    view = open_view(qtbot, demo_workspace)
    model = view.scores_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Standard",
        "Management",
        "Professionals",
        "Clients (children\nand families)",
        "Respondents'\nmean",
        "Consensus",
        "Disagreement",
    ]
    assert model.rowCount() == len(pack.assessed_units()) + 1
    assert cell(model, 0, 0) == "1.1  Best interests of the child"
    last = model.rowCount() - 1
    overall = comparison.overall
    assert cell(model, last, 0) == "All standards"
    assert cell(model, last, 1) == f"{round(overall.by_perspective['management'])}%"
    assert cell(model, last, 4) == f"{round(overall.respondents_mean)}%"
    assert cell(model, last, 5) == f"{round(overall.consensus)}%"
    # A perspective without a score for a standard (clients answering N/A) shows a dash.
    dashes = [r for r in range(last) if cell(model, r, 3) == "–"]
    assert dashes


def test_selecting_a_criterion_shows_its_spread_and_notes(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, demo_workspace)
    view.hide_agreed_check.setChecked(False)
    ids = view.discussion_ids()
    view.select_criterion(ids[0])
    table = view.discussion_table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert view.selected_criterion() == ids[1]
    assert view.statement_label.text().startswith(ids[1])
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert view.selected_criterion() == ids[0]
    perspectives = [cell(view.perspective_model, r, 0) for r in range(4)]
    assert perspectives == [
        "Management",
        "Professionals",
        "Clients (children and families)",
        "All respondents",
    ]
    assert cell(view.perspective_model, 1, 1) == "Yes 2, No 1, no answer 2"

    # A criterion respondents wrote notes on; names hidden by default, shown on request.
    with_notes = next(cid for cid in ids if view.data.notes(cid))
    note = view.data.notes(with_notes)[0]
    view.select_criterion(with_notes)
    assert cell(view.notes_model, 0, 0) == f"Respondent {note.number}"
    assert (note.note or note.na_justification) in str(cell(view.notes_model, 0, 3))
    assert view.hide_names_check.isChecked()
    qtbot.keyClick(table, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: not view.hide_names_check.isChecked())
    assert cell(view.notes_model, 0, 0) == note.alias
    assert view.selected_criterion() == with_notes


def test_team_menu_opens_the_window_and_follows_answers(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
    window.round_combo.setCurrentIndex(window.round_combo.findData(DRAFT_ROUND_ID))
    action = window.findChild(QAction, "disagreementAction")
    assert action in window.menu(Menu.TEAM).actions()
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    assert action.isEnabled()
    action.trigger()
    view = window.team_views.disagreement
    assert view is not None
    assert view.isVisible()
    assert view.round_id == DRAFT_ROUND_ID

    # An answer agreed in the main window reaches the consensus column.
    controller = window.controller
    last = view.scores_model.rowCount() - 1
    before = cell(view.scores_model, last, 5)
    session = controller.session
    target = next(c.id for c in session.criteria() if session.answer(c.id).value is None)
    controller.set_answer(Answer(DRAFT_ROUND_ID, target, value="no"))
    qtbot.waitUntil(lambda: cell(view.scores_model, last, 5) != before)

    # Enter on a listed criterion shows it in the main window.
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    table = view.discussion_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    chosen = view.selected_criterion()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.page.current_criterion() == chosen

    # Another round in the main window: the window follows.
    other = window.round_combo.findData(DRAFT_ROUND_ID) - 1
    window.round_combo.setCurrentIndex(other)
    assert view.round_id == window.current_round().id


def test_actions_are_disabled_without_an_open_round(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(resolve_paths(tmp_path / "empty")) as workspace:
        window = MainWindow(workspace, settings=Settings(workspace.paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        assert window.controller is None
        for name in ("disagreementAction", "consensusMeetingAction"):
            assert not window.findChild(QAction, name).isEnabled()
        assert window.team_views.show_disagreement() is None
        assert window.team_views.start_meeting() is None
        window.close()


def test_window_closes_when_other_data_is_opened(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(
        demo_workspace,
        settings=Settings(demo_workspace.paths.settings_file),
        open_workspace=lambda demo: open_workspace(resolve_paths(tmp_path / "mine")),
        is_demo=True,
    )
    qtbot.addWidget(window)
    window.show()
    view = window.team_views.show_disagreement()
    assert view is not None
    assert view.isVisible()
    window.demo_action.trigger()  # back to the user's own (empty) data
    assert window.team_views.disagreement is None
    assert not view.isVisible()
    assert not window.findChild(QAction, "disagreementAction").isEnabled()
    window.close()
    window.workspace.close()


def test_the_basis_of_the_score_is_called_agreed_never_official(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    from tests.swedish import swedish_interface

    view = open_view(qtbot, demo_workspace)
    assert view.basis_label.text() == (
        "The round's score is the team's agreed score: the answers the team agreed on."
    )
    with swedish_interface():
        swedish = DisagreementView(demo_workspace.assessment, DRAFT_ROUND_ID, "sv")
        qtbot.addWidget(swedish)
        text = swedish.basis_label.text()
    assert "teamets överenskomna resultat" in text
    assert "officiell" not in text.casefold()


def test_criteria_the_team_agreed_are_left_out_until_asked_for(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    pack, _, answers, spreads = domain_data(demo_workspace)
    consensus = {a.criterion_id: a for a in answers if a.respondent_id is None}
    needing = [item.criterion_id for item in needs_discussion(pack, spreads)]
    agreed = [cid for cid in needing if cid in consensus and consensus[cid].value is not None]
    assert agreed  # the demo team has agreed some of the disputed criteria
    view = open_view(qtbot, demo_workspace)
    assert view.hide_agreed_check.isChecked()
    listed = view.discussion_ids()
    assert listed == [cid for cid in needing if cid not in agreed]
    assert view.discussion_box.title() == f"Needs discussion ({len(listed)} criteria)"

    # Ticked off with the keyboard (its mnemonic), the agreed ones come back with their answer.
    view.discussion_table.setFocus()
    qtbot.keyClick(view.discussion_table, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: not view.hide_agreed_check.isChecked())
    assert view.discussion_ids() == needing
    row = view.discussion_model.row_of(agreed[0])
    label = pack.answer_scale.option(consensus[agreed[0]].value).label.get("en")
    assert cell(view.discussion_model, row, 5) == label
    assert not view.discussion_table.isColumnHidden(5)
    assert cell(view.discussion_model, view.discussion_model.row_of(listed[0]), 5) == ""


def test_without_respondents_it_says_how_to_add_them(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = demo_workspace.assessment
    for respondent in service.respondents(DRAFT_ROUND_ID):
        service.delete_respondent(respondent.id)
    view = open_view(qtbot, demo_workspace)
    assert view.empty_label.isVisible()
    assert "Team > Respondents… (Ctrl+Shift+R)" in view.empty_label.text()
    assert not view.discussion_table.isVisible()  # no empty list to puzzle over
    assert view.statement_label.text() == "No respondents yet."


def test_window_fits_a_1024x600_screen(qtbot, demo_workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(0, 0, 1024, 600))
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    window.unit_combo.setCurrentIndex(window.unit_combo.findText("Barnahus Norrvik (demo)"))
    window.round_combo.setCurrentIndex(window.round_combo.findData(DRAFT_ROUND_ID))
    view = window.team_views.show_disagreement()
    assert view is not None
    qtbot.waitExposed(view)
    frame = view.frameGeometry()
    assert frame.width() <= 1024
    assert frame.height() <= 600
    assert view.minimumSizeHint().height() <= view.height()
    # Nothing in the selected criterion's box is drawn over anything else.
    QApplication.processEvents()
    box = view.detail_box
    parts = [w for w in box.findChildren(QWidget) if w.parentWidget() is box and w.isVisible()]
    for first, second in itertools.combinations(parts, 2):
        assert not first.geometry().intersects(second.geometry()), (
            first.objectName() or first.metaObject().className(),
            second.objectName() or second.metaObject().className(),
        )
    for part in parts:
        assert part.height() >= min(part.minimumSizeHint().height(), part.maximumHeight())

    # The notes respondents wrote stay readable: on this screen the note column keeps most of
    # the table's width (it was left a few letters wide beside "Clients (children and
    # families)"), and grows with the window.
    view.hide_agreed_check.setChecked(False)
    with_clients_note = next(
        cid
        for cid in view.discussion_ids()
        if any(n.perspective == "clients" and n.note for n in view.data.notes(cid))
    )
    view.select_criterion(with_clients_note)
    QApplication.processEvents()
    table = view.notes_table
    header = table.horizontalHeader()
    assert [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Respondent",
        "Perspective",
        "Answer",
        "Note",
    ]
    assert header.sectionSize(3) >= 0.4 * table.viewport().width()
    assert header.sectionSize(1) >= table.fontMetrics().horizontalAdvance("Professionals")
    narrow = header.sectionSize(3)
    view.resize(view.width() + 300, view.height())
    QApplication.processEvents()
    assert header.sectionSize(3) > narrow


def test_a_screen_reader_hears_what_is_shown(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        view = open_view(qtbot, demo_workspace)
    finally:
        QLocale.setDefault(before)
    shown = demo_workspace.assessment.round(DRAFT_ROUND_ID).date
    # The round's date as every date of the interface shows it.
    assert f"({shown.month}/{shown.day}/{shown.year})" in view.title_label.text()
    for label, caption in (
        (view.title_label, "Round"),
        (view.statement_label, "Criterion statement"),
    ):
        iface = QAccessible.queryAccessibleInterface(label)
        assert iface.text(QAccessible.Text.Name) == label.text()
        assert iface.text(QAccessible.Text.Description) == caption
    # Tabbing into any table lands on a row a screen reader can read.
    for table in (
        view.scores_table,
        view.discussion_table,
        view.perspective_table,
        view.notes_table,
    ):
        assert table.currentIndex().isValid(), table.objectName()
    assert_accessible(view)


def test_disagreement_levels_are_written_the_swedish_way_in_swedish(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """A Swedish reader takes "0.95" for a misprint: decimals have a comma there."""
    import re

    from promise_tracker.gui.team.consensus_mode import ConsensusMode
    from tests.swedish import swedish_interface

    view = open_view(qtbot, demo_workspace)
    model = view.discussion_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Disagreement")
    assert re.fullmatch(r"[01]\.\d\d", model.index(0, column).data())  # English: 0.95
    view.close()
    with swedish_interface():
        swedish = DisagreementView(demo_workspace.assessment, DRAFT_ROUND_ID, "sv")
        qtbot.addWidget(swedish)
        listed = swedish.discussion_model
        levels = [listed.index(row, column).data() for row in range(listed.rowCount())]
        meeting = ConsensusMode(demo_workspace.assessment, DRAFT_ROUND_ID, "sv")
        qtbot.addWidget(meeting)
        position = meeting.position_label.text()
    assert levels
    assert all(re.fullmatch(r"[01],\d\d", level) for level in levels), levels
    assert re.search(r"oenighet [01],\d\d", position), position
