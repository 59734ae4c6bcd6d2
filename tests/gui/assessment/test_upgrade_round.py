"""Round > Upgrade to a newer standards version…, as a user does it: the preview of what is
kept, answered again and leaving, OK, and the round shown again on the new version; refusals
and failures as messages, finalised rounds not offered."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QWidget

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.window import Menu
from promise_tracker.paths import AppPaths
from promise_tracker.services.workspace import open_workspace
from tests.gui.assessment.test_assessment_window import click_ok, open_window, when_modal
from tests.unit.services.test_round_upgrade import Rounds, fill_unit, install_made_up_packs


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    # The made-up pack pair and its crosswalk file in the packs folder, as a user adds them.
    return install_made_up_packs(tmp_path)


@pytest.fixture
def rounds(paths: AppPaths) -> Rounds:
    with open_workspace(paths) as workspace:
        return fill_unit(workspace)


@pytest.fixture
def window(qtbot, paths: AppPaths, rounds: Rounds) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    opened = open_window(qtbot, paths)
    opened.select(rounds.unit, rounds.draft)
    yield opened
    opened.workspace.close()


def plural(text: str) -> str:
    """A text with counts as the English catalogue shows it ("(s)" resolved by the count), so
    texts compare alike before and after the catalogue has them."""

    def resolve(match: re.Match[str]) -> str:
        count, word = match[1], match[2]
        if count == "1":
            return f"{count} {word}"
        return f"{count} {'criteria' if word == 'criterion' else word + 's'}"

    return re.sub(r"\b(\d+) (\w+)\(s\)", resolve, text)


def items(dialog: QWidget, name: str) -> list[str]:
    found = dialog.findChild(QListWidget, name)
    assert found is not None
    return [plural(found.item(row).text()) for row in range(found.count())]


def test_the_preview_then_the_upgraded_round(
    qtbot, window: MainWindow, rounds: Rounds, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    action = window.assessment.upgrade_round_action
    assert action in window.menu(Menu.ROUND).actions()
    assert action.isEnabled()
    seen: dict[str, object] = {}

    def look_and_accept(dialog: QWidget) -> None:
        seen["kept"] = items(dialog, "keptList")
        seen["again"] = items(dialog, "toAnswerList")
        seen["retired"] = items(dialog, "retiredList")
        seen["summary"] = dialog.findChild(QLabel, "upgradeSummaryLabel").text()
        seen["backup"] = dialog.findChild(QLabel, "upgradeBackupLabel").text()
        click_ok(dialog)

    when_modal(qtbot, look_and_accept, "upgradeRoundDialog")
    action.trigger()

    assert seen["kept"] == [
        "U-1-01  A written agreement exists.",
        "U-1-02  Every partner has signed the agreement.",
        "U-3-05  Staff have been trained.  (was U-3-02)",
        "U-3-02  Staff receive supervision.  (was U-3-03)",
    ]
    assert seen["again"] == [
        "U-1-03  The agreement is reviewed at an interval the partners agreed.  "
        "(meaning changed, 1 answer removed)",
        "U-2-01  Rooms are child friendly.  (split from U-2-01, 2 answers removed)",
        "U-2-04  Rooms are quiet.  (split from U-2-01, 2 answers removed)",
        "U-2-05  Toys and books are available.  "
        "(merged from U-2-02, merged from U-2-03, 2 answers removed)",
        "U-4-01  Cases are followed up.  (new)",
    ]
    assert seen["retired"] == ["U-3-01  Staff wear uniforms.  (1 answer removed)"]
    assert "moves from version 1.0.0 to version 2.0.0" in str(seen["summary"])
    assert str(paths.backups_dir) in str(seen["backup"])
    assert "undoes the upgrade" in str(seen["backup"])

    # The round is shown again, on the new version, with the criteria to answer again open.
    session = window.controller.session
    assert session.round.id == rounds.draft
    assert session.round.pack_version == "2.0.0"
    assert session.next_unanswered(None) == "U-1-03"
    [backup] = paths.backups_dir.glob("*.sqlite")
    status = plural(window.statusBar().currentMessage())
    assert backup.name in status
    assert "5 criteria to answer again" in status
    assert not action.isEnabled()  # nothing newer now


def test_cancel_changes_nothing(qtbot, window: MainWindow, rounds: Rounds, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    when_modal(qtbot, lambda dialog: dialog.reject(), "upgradeRoundDialog")
    window.assessment.upgrade_round_action.trigger()
    assert window.controller.session.round.pack_version == "1.0.0"
    assert not list(paths.backups_dir.glob("*.sqlite"))


def test_a_finalised_round_is_not_offered(window: MainWindow, rounds: Rounds) -> None:
    window.select(rounds.unit, rounds.finalised)
    assert window.controller.session.round.id == rounds.finalised
    assert not window.assessment.upgrade_round_action.isEnabled()


def test_a_failed_backup_is_a_message_and_the_round_stays(
    qtbot, window: MainWindow, rounds: Rounds, paths: AppPaths
) -> None:  # type: ignore[no-untyped-def]
    paths.backups_dir.parent.mkdir(parents=True, exist_ok=True)
    if paths.backups_dir.exists():
        paths.backups_dir.rmdir()
    paths.backups_dir.write_text("a file where the backups folder should be")
    seen: dict[str, str] = {}

    def read_warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.accept()

    when_modal(qtbot, click_ok, "upgradeRoundDialog")
    when_modal(qtbot, read_warning, "warningBox")
    window.assessment.upgrade_round_action.trigger()

    assert "Traceback" not in seen["text"]
    assert str(paths.backups_dir) in seen["text"]
    assert window.controller.session.round.pack_version == "1.0.0"
    assert window.workspace.assessment.round(rounds.draft).pack_version == "1.0.0"
