"""The About dialog: versions, folders, each pack's provenance, and details for support."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from promise_tracker import __version__
from promise_tracker.errors import PackError
from promise_tracker.gui.app_shell.about_dialog import AboutDialog
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.services.workspace import Workspace
from promise_tracker.standards.registry import PackRegistry
from tests.gui.a11y import assert_accessible


def _dialog(
    qtbot, workspace: Workspace, packs: PackRegistry | None = None, language: str = "en"
) -> AboutDialog:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(workspace.paths, packs or workspace.packs, language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: QDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_shows_versions_folders_and_provenance(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_workspace)
    assert dialog.objectName() == "aboutDialog"
    assert dialog.windowTitle() == "About PROMISE tracker"
    assert dialog.findChild(QLabel, "aboutVersionLabel").text() == f"Version {__version__}"
    paths = demo_workspace.paths
    data_label = dialog.findChild(QLabel, "dataFolderLabel")
    assert data_label.text() == str(paths.data_dir)
    assert data_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.findChild(QLabel, "logFolderLabel").text() == str(paths.log_dir)
    texts = _texts(dialog)
    assert qVersion() in texts

    pack = demo_workspace.packs.latest("promise-bqs-2017")
    assert pack.title.get("en") in texts
    assert f"Version 1.1.0 · identifier promise-bqs-2017 · content {pack.short_hash}" in texts
    # Every installed pack with its own provenance: 1.0.0 (kept for its rounds) and 1.1.0.
    labels = dialog.findChildren(QLabel, "aboutProvenanceLabel")
    assert [label.text() for label in labels] == [
        p.provenance.get("en") for p in demo_workspace.packs
    ]
    assert pack.provenance.get("en") in [label.text() for label in labels]
    assert all("worded by PROMISE tracker" in label.text() for label in labels)
    assert all(label.wordWrap() for label in labels)
    citation = dialog.findChild(QLabel, "aboutCitationLabel").text()
    assert pack.source.citation.get("en") in citation
    assert pack.source.url is not None
    assert pack.source.url in citation


def test_copy_details_puts_versions_and_folders_on_the_clipboard(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_workspace)
    QApplication.clipboard().clear()
    button = dialog.findChild(QPushButton, "copyDetailsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"PROMISE tracker {__version__}" in copied
    assert f"Qt {qVersion()}" in copied
    assert f"Data folder: {demo_workspace.paths.data_dir}" in copied
    assert f"Log folder: {demo_workspace.paths.log_dir}" in copied
    pack = demo_workspace.packs.latest("promise-bqs-2017")
    assert f"Pack: promise-bqs-2017 1.1.0 ({pack.short_hash})" in copied
    assert dialog.findChild(QLabel, "copiedLabel").text() == "Details copied to the clipboard."


def test_every_pack_and_every_pack_problem_is_listed(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    pack = demo_workspace.packs.latest("promise-bqs-2017")
    newer = dataclasses.replace(pack, version="1.2.0")
    problem = PackError("/somewhere/packs/broken.yaml:3: version: must be dotted numbers")
    registry = PackRegistry([pack, newer], [problem])
    dialog = _dialog(qtbot, demo_workspace, registry, language="sv")
    provenances = [label.text() for label in dialog.findChildren(QLabel, "aboutProvenanceLabel")]
    assert provenances == [pack.provenance.get("sv")] * 2
    texts = _texts(dialog)
    assert "Packs that could not be loaded:" in texts
    assert str(problem) in texts
    assert dialog.details_text().endswith(f"Pack problem: {problem}")


def test_close_button_closes(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_workspace)
    close = dialog.findChild(QPushButton, "aboutCloseButton")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_screen_reader_reads_the_versions_and_folders(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, demo_workspace)
    data_label = dialog.findChild(QLabel, "dataFolderLabel")
    iface = QAccessible.queryAccessibleInterface(data_label)
    assert iface.text(QAccessible.Text.Name) == str(demo_workspace.paths.data_dir)
    assert iface.text(QAccessible.Text.Description) == "Data folder"
    version = QAccessible.queryAccessibleInterface(dialog.findChild(QLabel, "aboutVersionLabel"))
    assert version.text(QAccessible.Text.Name) == f"Version {__version__}"
    assert_accessible(dialog)
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "copyDetailsButton"), Qt.MouseButton.LeftButton
        )
    assert said.args == ["Details copied to the clipboard."]
