"""Two windows on one data folder (two app instances, or two colleagues): a change saved in one
is never overwritten unseen by the other; where both changed the same thing, the user decides.

A second instance on the same data folder is allowed: SQLite in WAL mode serialises the writes,
and every write checks the version of what it changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from promise_tracker.domain.entities import Answer
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared import conflict_dialog
from promise_tracker.paths import AppPaths, resolve_paths
from tests.gui.assessment.test_assessment_window import open_window

CRITERION = "BQS-2-01"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def windows(qtbot, paths: AppPaths) -> Iterator[tuple[MainWindow, MainWindow]]:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, paths)
    service = first.service
    pack = first.workspace.packs.latest("promise-bqs-2017")  # type: ignore[union-attr]
    unit = service.create_unit("Barnahus Norrvik", country="SE")
    round_ = service.create_round(unit.id, "Spring 2026", dt.date(2026, 3, 1), pack)
    service.set_answer(Answer(round_.id, CRITERION, value="yes"))
    first.select(unit.id, round_.id)
    second = open_window(qtbot, paths)
    second.select(unit.id, round_.id)
    for window in (first, second):
        window.go_to(CRITERION)
        assert window.page is not None
        assert window.page.current_criterion() == CRITERION
    yield first, second
    for window in (first, second):
        window.close()
        window.workspace.close()  # type: ignore[union-attr]


def stored(window: MainWindow) -> Answer:
    assert window.controller is not None
    round_id = window.controller.session.round.id
    found = [a for a in window.service.answers(round_id) if a.criterion_id == CRITERION]
    return found[0]


def test_flagging_in_one_window_keeps_the_note_saved_in_the_other(qtbot, windows) -> None:  # type: ignore[no-untyped-def]
    first, second = windows
    asked: list[object] = []
    original = conflict_dialog.ask_keep_mine
    conflict_dialog.ask_keep_mine = lambda *args: asked.append(args) or False  # type: ignore[assignment]
    try:
        second.page.note_edit.setFocus()  # type: ignore[union-attr]
        qtbot.keyClicks(second.page.note_edit, "Signed in March")  # type: ignore[union-attr]
        # The first window still shows no note; its user merely flags the criterion.
        assert first.page.note_edit.toPlainText() == ""  # type: ignore[union-attr]
        qtbot.mouseClick(first.page.flag_check, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    finally:
        conflict_dialog.ask_keep_mine = original  # type: ignore[assignment]
    assert asked == []  # nothing to decide: different parts of the answer changed
    answer = stored(first)
    assert (answer.note, answer.flagged) == ("Signed in March", True)
    # The first window now shows the other's note beside its flag.
    assert first.page.note_edit.toPlainText() == "Signed in March"  # type: ignore[union-attr]
    assert first.page.flag_check.isChecked()  # type: ignore[union-attr]


@pytest.mark.parametrize("keep_mine", [False, True])
def test_two_different_notes_are_shown_side_by_side_and_the_user_decides(  # type: ignore[no-untyped-def]
    qtbot, windows, monkeypatch: pytest.MonkeyPatch, keep_mine: bool
) -> None:
    first, second = windows
    second.page.note_edit.setFocus()  # type: ignore[union-attr]
    qtbot.keyClicks(second.page.note_edit, "Theirs")  # type: ignore[union-attr]
    shown: list[tuple[str, list[tuple[str, str, str]]]] = []

    def answer_dialog(parent, message: str, rows) -> bool:  # type: ignore[no-untyped-def]
        shown.append((message, list(rows)))
        return keep_mine

    monkeypatch.setattr(conflict_dialog, "ask_keep_mine", answer_dialog)
    first.page.note_edit.setFocus()  # type: ignore[union-attr]
    qtbot.keyClicks(first.page.note_edit, "M")  # type: ignore[union-attr]
    assert len(shown) == 1
    message, rows = shown[0]
    assert "changed elsewhere" in message
    assert rows == [("Note", "M", "Theirs")]
    expected = "M" if keep_mine else "Theirs"
    assert stored(first).note == expected
    assert first.page.note_edit.toPlainText() == expected  # type: ignore[union-attr]
    if keep_mine:
        # Undo goes back to their note, not to the empty one this window first showed.
        first.controller.undo_stack.undo()  # type: ignore[union-attr]
        assert stored(first).note == "Theirs"


def test_the_conflict_dialog_shows_both_and_defaults_to_theirs(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = conflict_dialog.ConflictDialog(
        "The answer was changed elsewhere.", [("Note", "Mine", "Theirs")]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert [table.item(0, c).text() for c in range(3)] == ["Note", "Mine", "Theirs"]
    assert dialog.theirs_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.keep_mine
