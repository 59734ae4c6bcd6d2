"""Answers saved on another computer appear in the open round at the next look, on an SQLite
file and on a PostgreSQL server alike, without touching what the user is writing; a change that
clashes with the user's is put to the user, never overwritten silently."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QWidget

from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.assessment.criteria_model import StatusRole
from promise_tracker.gui.assessment.live_refresh import POLL_INTERVAL_MS, LiveRefresh
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.conflict_dialog import ConflictDialog
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.assessment.test_assessment_window import open_window, when_modal

WRITTEN = "BQS-2-01"  # the criterion shown in my window
OTHER = "BQS-2-02"
THIRD = "BQS-2-03"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str | None:
    """Where both computers keep the data: one SQLite file (None: the data folder's), or one
    database on the PostgreSQL server."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def computers(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    database_url: str | None,
) -> Iterator[tuple[MainWindow, Workspace]]:
    """My window on a draft round showing WRITTEN (answered yes), and another computer's
    workspace on the same data."""
    mine_paths = resolve_paths(tmp_path / "mine", database_url)
    other_paths = (
        mine_paths if database_url is None else resolve_paths(tmp_path / "other", database_url)
    )
    window = open_window(qtbot, mine_paths)
    service = window.service
    pack = window.workspace.packs.latest("promise-bqs-2017")  # type: ignore[union-attr]
    unit = service.create_unit("Barnahus Norrvik", country="SE")
    round_ = service.create_round(unit.id, "Spring 2026", dt.date(2026, 3, 1), pack)
    service.set_answer(Answer(round_.id, WRITTEN, value="yes"))
    window.select(unit.id, round_.id)
    window.go_to(WRITTEN)
    other = open_workspace(other_paths)
    yield window, other
    other.close()
    window.close()
    window.workspace.close()  # type: ignore[union-attr]


def live(window: MainWindow) -> LiveRefresh:
    assert window.round_view.live_refresh is not None
    return window.round_view.live_refresh


def look(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    """What the timer does every few seconds, once, now: how many answers were taken in."""
    with qtbot.waitSignal(live(window).looked, timeout=10000) as looked:
        live(window).look()
    return int(looked.args[0])


def save_elsewhere(other: Workspace, window: MainWindow, criterion: str, **changes: object) -> None:
    """The other computer changes an answer as it reads it now."""
    round_id = window.controller.session.round.id  # type: ignore[union-attr]
    service = other.assessment
    current = next(
        (
            a
            for a in service.answers(round_id)
            if a.criterion_id == criterion and a.respondent_id is None
        ),
        Answer(round_id, criterion),
    )
    service.set_answer(dataclasses.replace(current, **changes), expected_version=current.version)


def stored_answer(other: Workspace, window: MainWindow) -> Answer:
    """The team's answer to WRITTEN as stored now."""
    round_id = window.controller.session.round.id  # type: ignore[union-attr]
    return next(
        a
        for a in other.assessment.answers(round_id)
        if a.criterion_id == WRITTEN and a.respondent_id is None
    )


def test_answers_saved_elsewhere_appear_at_the_next_look(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    window, other = computers
    page, header, navigator = window.page, window.header, window.navigator
    assert page is not None
    assert header is not None
    assert navigator is not None
    timer = live(window).timer
    assert timer.isActive()
    assert timer.interval() == POLL_INTERVAL_MS
    score_before = header.overall_score_label.text()
    model = navigator.model
    other_row = model.index_for_criterion(OTHER)
    assert model.data(other_row, StatusRole) is CriterionStatus.UNANSWERED
    said: list[str] = []
    announcer().announced.connect(said.append)

    save_elsewhere(other, window, WRITTEN, value="no", note="Checked again in May.")
    save_elsewhere(other, window, OTHER, value="yes")

    assert look(qtbot, window) == 2
    session = window.controller.session  # type: ignore[union-attr]
    assert session.answer(WRITTEN).value == "no"
    assert session.status(OTHER) is CriterionStatus.MET
    # The page shown follows (the user was not writing), and so do the list and the score.
    assert page._option_buttons["no"].isChecked()
    assert page.note_edit.toPlainText() == "Checked again in May."
    assert header.overall_score_label.text() != score_before
    assert model.data(model.index_for_criterion(OTHER), StatusRole) is CriterionStatus.MET
    assert "Answers updated from another computer: 2" in said
    # Nothing more changed: the next look takes nothing in and says nothing.
    said.clear()
    assert look(qtbot, window) == 0
    assert said == []


def test_a_look_with_nothing_changed_reads_only_the_stamp(qtbot, computers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, _other = computers
    read: list[str] = []
    service = window.service
    real_answers = service.answers
    monkeypatch.setattr(
        service, "answers", lambda round_id: read.append(round_id) or real_answers(round_id)
    )
    assert look(qtbot, window) == 0
    assert read == []


def test_no_look_while_the_round_is_not_shown(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    window, _other = computers
    window.hide()
    refresh = live(window)
    refresh.look()
    assert not refresh._looking  # nothing started while nobody can see the round


def test_the_answer_being_written_is_left_alone_with_a_notice(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    window, other = computers
    page = window.page
    assert page is not None
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Mine")  # saved at each key
    save_elsewhere(other, window, WRITTEN, value="no")
    save_elsewhere(other, window, OTHER, value="yes")

    assert look(qtbot, window) == 1  # OTHER; WRITTEN waits until the user is done with it
    assert page.note_edit.toPlainText() == "Mine"
    assert page.note_edit.textCursor().position() == len("Mine")
    assert page._option_buttons["yes"].isChecked()
    notice = live(window).notice
    assert notice.isVisibleTo(window)
    assert "changed on another computer while you were writing" in notice.label.text()

    # Writing on: the change elsewhere (the answer) and mine (the note) are both kept.
    qtbot.keyClicks(page.note_edit, ", signed")
    stored = stored_answer(other, window)
    assert (stored.value, stored.note) == ("no", "Mine, signed")
    assert page._option_buttons["no"].isChecked()
    assert page.note_edit.toPlainText() == "Mine, signed"

    # Done with it (another criterion shown): the notice goes.
    window.go_to(THIRD)
    assert not notice.isVisibleTo(window)


def test_an_answer_set_aside_is_taken_in_once_the_user_stops_writing(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    window, other = computers
    page = window.page
    assert page is not None
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Mine")
    save_elsewhere(other, window, WRITTEN, flagged=True)
    assert look(qtbot, window) == 0
    assert not page.flag_check.isChecked()

    page.flag_check.setFocus()  # the user leaves the note
    look(qtbot, window)
    assert page.flag_check.isChecked()
    assert page.note_edit.toPlainText() == "Mine"
    assert not live(window).notice.isVisibleTo(window)


# --- a clash is put to the user --------------------------------------------------------------


@pytest.mark.parametrize("keep", ["theirs", "mine"])
def test_a_clash_with_a_change_elsewhere_opens_the_conflict_dialog(  # type: ignore[no-untyped-def]
    qtbot, computers, keep: str
) -> None:
    window, other = computers
    page = window.page
    assert page is not None
    save_elsewhere(other, window, WRITTEN, note="Theirs")  # not seen here yet
    shown: list[list[str]] = []

    def decide(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        shown.append([table.item(0, column).text() for column in range(3)])
        (dialog.mine_button if keep == "mine" else dialog.theirs_button).click()

    when_modal(qtbot, decide, "conflictDialog")
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "M")

    assert shown == [["Note", "M", "Theirs"]]
    expected = "M" if keep == "mine" else "Theirs"
    stored = stored_answer(other, window)
    assert stored.note == expected
    assert page.note_edit.toPlainText() == expected


def test_a_respondent_added_and_removed_elsewhere_comes_and_goes(qtbot, computers) -> None:  # type: ignore[no-untyped-def]
    window, other = computers
    controller = window.controller
    assert controller is not None
    round_id = controller.session.round.id
    added = other.assessment.add_respondent(round_id, "Social services A", "professionals")
    other.assessment.set_answer(Answer(round_id, OTHER, respondent_id=added.id, value="no"))
    combo = window.findChild(QComboBox, "answerAsCombo")
    assert combo is not None

    assert look(qtbot, window) == 1
    assert [r.alias for r in controller.session.respondents] == ["Social services A"]
    assert any("Social services A" in combo.itemText(i) for i in range(combo.count()))

    # Answering as them here when they are removed there: back to the team's answers.
    controller.answer_as(added.id)
    assert controller.session.answer(OTHER).value == "no"
    other.assessment.delete_respondent(added.id)
    assert look(qtbot, window) == 1  # their answer, gone with them
    assert controller.session.respondent_id is None
    assert controller.session.respondents == ()
    assert not any("Social services A" in combo.itemText(i) for i in range(combo.count()))
