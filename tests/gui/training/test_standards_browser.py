"""The standards browser: pack header, tree, details, search, room/agency filter, two
languages side by side, handout action, and the menu entries of the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.settings import Settings, documents_folder
from promise_tracker.gui.shared.window import Menu
from promise_tracker.gui.training import standards_browser
from promise_tracker.gui.training.standards_browser import StandardsBrowser
from promise_tracker.gui.training.standards_models import (
    COLUMN_ID,
    KEY_ROLE,
    BilingualModel,
    StandardsFilterProxy,
    StandardsTreeModel,
)
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry
from tests.gui.a11y import assert_accessible

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def pack() -> Pack:
    return PackRegistry.load(None).latest(PACK_ID)


@pytest.fixture
def browser(qtbot, pack: Pack) -> StandardsBrowser:  # type: ignore[no-untyped-def]
    window = StandardsBrowser([pack], "en")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _criteria_shown(window: StandardsBrowser) -> list[str]:
    """Criterion ids visible in the tree, top to bottom."""
    found: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, COLUMN_ID, parent)
            if index.data(KEY_ROLE).startswith("BQS-"):
                found.append(index.data(KEY_ROLE))
            visit(index)

    visit(QModelIndex())
    return found


def test_header_shows_provenance_and_source_as_plain_text(
    browser: StandardsBrowser, pack: Pack
) -> None:
    header = browser.header
    assert header.title_label.text().startswith("Barnahus Quality Standards (PROMISE, 2017)")
    assert "1.1.0" in header.title_label.text()
    assert header.provenance_label.text() == pack.provenance.get("en")
    source = header.source_label.text()
    assert pack.source.citation.get("en") in source
    assert pack.source.url in source
    assert "ISBN: 978-91-980572-9-4" in source
    # An address is shown, never a link the app would open.
    assert header.source_label.textFormat() == Qt.TextFormat.PlainText
    assert not header.source_label.openExternalLinks()


def test_tree_and_details_of_a_criterion(qtbot, browser: StandardsBrowser, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    assert browser.pack_combo.currentText() == f"{PACK_ID} 1.1.0"
    assert len(_criteria_shown(browser)) == len(pack.criteria())
    assert browser.count_label.text() == "79 criteria"
    # Walk down the tree with the keyboard: 1, then 1.1 (opened), then its first criterion.
    browser.tree.setFocus()
    browser.tree.setCurrentIndex(browser.proxy.index(0, COLUMN_ID))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(browser.tree, key)
    assert browser.current_item() == ("criterion", "BQS-1.1-01")
    text = browser.detail.toPlainText()
    criterion = pack.criterion("BQS-1.1-01")
    assert criterion.statement.get("en") in text
    assert criterion.evidence.get("en") in text
    assert "Police" in text
    assert "Prosecution" in text
    assert pack.standard("1.1").summary.get("en") in text  # what the standard is about


def test_search_finds_interview_criteria_and_highlights(
    qtbot, browser: StandardsBrowser, pack: Pack
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(browser.search_edit, "interview")
    shown = _criteria_shown(browser)
    expected = [
        c.id
        for c in pack.criteria()
        if "interview" in (c.statement.get("en") + c.evidence.get("en")).lower()
    ]
    assert shown == expected
    assert "BQS-6-01" in shown
    assert "BQS-1.1-01" not in shown
    assert browser.count_label.text().startswith(f"{len(expected)} of 79 criteria match")
    # The detail of a found criterion marks the word.
    browser.select("criterion", "BQS-6-01")
    assert "interview" in browser.detail.toPlainText().lower()
    assert "background-color:#ffe066" in browser.detail.toHtml().replace(" ", "")
    # Search by id.
    browser.search_edit.clear()
    qtbot.keyClicks(browser.search_edit, "BQS-4-0")
    assert _criteria_shown(browser) == [c.id for c in pack.criteria() if c.id.startswith("BQS-4-0")]


def test_filter_by_agency_police(browser: StandardsBrowser, pack: Pack) -> None:
    browser.concern_combo.setCurrentIndex(browser.concern_combo.findText("    Police"))
    shown = _criteria_shown(browser)
    assert shown == [c.id for c in pack.criteria() if "police" in c.concerns]
    assert 0 < len(shown) < len(pack.criteria())
    assert browser.count_label.text() == f"{len(shown)} of 79 criteria match"
    # Both together: police criteria about interviews.
    browser.search_edit.setText("interview")
    both = _criteria_shown(browser)
    assert set(both) < set(shown)
    assert all(
        "interview" in pack.criterion(i).statement.get("en").lower()
        or "interview" in pack.criterion(i).evidence.get("en").lower()
        for i in both
    )


def test_language_choice_changes_texts(browser: StandardsBrowser, pack: Pack) -> None:
    browser.select("criterion", "BQS-1.2-01")
    browser.language_combo.setCurrentIndex(browser.language_combo.findData("sv"))
    assert pack.criterion("BQS-1.2-01").statement.get("sv") in browser.detail.toPlainText()
    assert browser.header.provenance_label.text() == pack.provenance.get("sv")
    assert browser.concern_combo.findText("    Polis") > 0


def test_bilingual_view_shows_both_languages_in_one_row(
    browser: StandardsBrowser, pack: Pack
) -> None:
    browser.show_bilingual()
    model = browser.bilingual_view.model()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "English"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Svenska"
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = rows["BQS-1.1-02"]
    criterion = pack.criterion("BQS-1.1-02")
    assert model.index(row, 1).data() == criterion.statement.get("en")
    assert model.index(row, 2).data() == criterion.statement.get("sv")
    heading = rows["1.1"]
    assert model.index(heading, 2).data() == "Barnets bästa"
    assert browser.missing_label.text() == "Every text is in both languages"
    # Evidence hints on request, aligned under their criterion.
    browser.evidence_check.setChecked(True)
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    after = rows.index("BQS-1.1-02") + 1
    assert rows[after] == "BQS-1.1-02 evidence"
    assert model.index(after, 2).data() == "Evidence: " + criterion.evidence.get("sv")


def test_missing_translations_are_marked(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from promise_tracker.standards.model import LocalizedText

    first = pack.standards[0]
    untranslated = replace(first, title=LocalizedText.of({"en": first.title.get("en")}))
    partial = replace(pack, standards=(untranslated, *pack.standards[1:]))
    model = BilingualModel(partial, "en", "sv")
    assert model.missing_count() == 1
    assert model.index(0, 2).data() == "⚠ Missing translation (Svenska)"
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_models_pass_the_model_tester(qtmodeltester, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    tree = StandardsTreeModel(pack, "en")
    qtmodeltester.check(tree)
    proxy = StandardsFilterProxy()
    proxy.setSourceModel(tree)
    proxy.set_filter("interview", "police")
    qtmodeltester.check(proxy)
    bilingual = BilingualModel(pack, "en", "sv", with_evidence=True)
    qtmodeltester.check(bilingual)
    qtmodeltester.check(bilingual, force_py=True)


def test_handout_action(qtbot, browser: StandardsBrowser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    written: list[tuple[Path, list[str], str | None]] = []

    def fake_writer(
        path: Path, pack: Pack, languages: list[str], standard: str | None = None
    ) -> None:
        written.append((path, list(languages), standard))

    import promise_tracker.reports.handout as handout

    monkeypatch.setattr(handout, "write_handout", fake_writer)
    browser.save_file_dialog = lambda *_: str(tmp_path / "handout")
    browser.select("standard", "6")

    def fill_dialog() -> None:
        dialog = browser.findChild(standards_browser.HandoutDialog)
        dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("sv"))
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_dialog)
    assert browser.export_handout() == tmp_path / "handout.pdf"
    assert written == [(tmp_path / "handout.pdf", ["en", "sv"], "6")]


def test_menu_entries_open_with_no_unit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        window = MainWindow(workspace, settings=Settings(paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        assert window.current_unit() is None  # the welcome page
        menu: QMenu = window.menu(Menu.STANDARDS)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert texts == [
            "&Browse standards…",
            "B&ilingual view…",
            "&Presenter mode",
            "Export &handout (PDF)…",
        ]
        actions = window.training_actions
        assert actions.browse_action.shortcut().toString() == "Ctrl+B"
        assert actions.presenter_action.shortcut().toString() == "F5"
        help_texts = [a.text() for a in window.menu(Menu.HELP).actions()]
        assert help_texts.index("&Reset demo…") == help_texts.index("Open the &demo data") + 1
        # No shortcut of ours is taken twice in the window.
        shortcuts = [s.toString() for a in window.actions() for s in a.shortcuts()]
        assert len(shortcuts) == len(set(shortcuts))
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        browser = actions.browser
        assert browser is not None
        assert browser.isVisible()
        assert len(_criteria_shown(browser)) == 79
        actions.bilingual_action.trigger()
        assert browser.tabs.currentIndex() == browser.TAB_BILINGUAL
        browser.close()
        window.close()


def test_browser_opens_before_the_data_is_open(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "data")
    window = MainWindow(None, settings=Settings(paths.settings_file))
    qtbot.addWidget(window)
    browser = window.training_actions.show_browser()
    assert browser.pack.id == PACK_ID
    browser.close()


def test_handout_writes_a_pdf(qtbot, browser: StandardsBrowser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    browser.save_file_dialog = lambda *_: str(tmp_path / "police.pdf")
    browser.select("standard", "6")

    def accept() -> None:
        browser.findChild(standards_browser.HandoutDialog).accept()

    QTimer.singleShot(0, accept)
    assert browser.export_handout() == tmp_path / "police.pdf"
    assert (tmp_path / "police.pdf").read_bytes().startswith(b"%PDF")


def test_browser_fits_a_1024x600_screen(qtbot, pack: Pack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(0, 0, 1024, 600))
    window = StandardsBrowser([pack], "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1024
    assert window.height() <= 600
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 600


def test_handout_says_where_it_was_saved_and_remembers_the_folder(  # type: ignore[no-untyped-def]
    qtbot, pack: Pack, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QDesktopServices

    import promise_tracker.reports.handout as handout

    monkeypatch.setattr(handout, "write_handout", lambda path, *_, **__: path.write_bytes(b"%PDF"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    settings = Settings(tmp_path / "settings.ini")
    window = StandardsBrowser([pack], "en", settings=settings)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    out = tmp_path / "training"
    out.mkdir()

    def save_dialog(parent, caption, start, filters) -> str:  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(out / "standards.pdf")

    window.save_file_dialog = save_dialog

    def accept() -> None:
        dialogs = window.findChildren(standards_browser.HandoutDialog)
        next(d for d in dialogs if d.isVisible()).accept()

    QTimer.singleShot(0, accept)
    assert window.export_handout() == out / "standards.pdf"
    # The first time it starts in Documents.
    assert Path(asked[0]).parent == documents_folder()
    # It says where the file went, until the user closes the notice.
    box = window.saved_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == f"The handout was saved as “standards.pdf” in {out}."
    open_button = box.findChild(QPushButton, "handoutOpenFolderButton")
    assert open_button.text() == "&Open folder"
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out))]

    # The next handout starts in that folder, also after a restart.
    QTimer.singleShot(0, accept)
    window.export_handout()
    assert Path(asked[1]).parent == out
    assert Settings(tmp_path / "settings.ini").last_folder("handout") == out


def test_the_browser_and_handout_dialog_are_named_as_seen(
    browser: StandardsBrowser, pack: Pack
) -> None:
    assert_accessible(browser)
    dialog = standards_browser.HandoutDialog(pack, "en", None, browser)
    dialog.show()
    assert_accessible(dialog)
    dialog.close()
