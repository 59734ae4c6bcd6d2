"""The interface in Swedish, the language preference, and no clipped text in a longer language.

The pseudo-language test installs a translator that makes every text 40 % longer (accented,
bracketed), opens the main views and dialogs, and checks that each visible label, button,
check box, group box title and tab is wide enough for its text. Screenshots of the views in
that language are saved to $PROMISE_TRACKER_SHOTS (default: the system temp folder).
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from promise_tracker import i18n
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.app_shell.preferences_dialog import PreferencesDialog
from promise_tracker.gui.shared import translation
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.window import Menu
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.conftest import DRAFT_ROUND_ID


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[translation.InstalledLanguage]:
    """The app in Swedish for one test, then back to English."""
    installed = _install("sv", qapp)
    yield installed
    _uninstall(installed, qapp)


def _install(language: str, app: QApplication) -> translation.InstalledLanguage:
    translators = translation.load_translators(language)
    for translator in translators:
        app.installTranslator(translator)
    i18n.install(translation._qt_translate, language)
    locale = translation.locale_for(language)
    QLocale.setDefault(locale)
    return translation.InstalledLanguage(language, locale, translators)


def _uninstall(installed: translation.InstalledLanguage, app: QApplication) -> None:
    for translator in installed.translators:
        app.removeTranslator(translator)
    i18n.reset()
    QLocale.setDefault(QLocale.c())


# --- choosing the language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("preference", "expected"),
    [("sv", "sv"), ("sv_FI", "sv"), ("en", "en"), ("de", "en"), (None, "en"), ("", "en")],
)
def test_the_preference_wins_and_unknown_languages_fall_back(
    preference: str | None, expected: str
) -> None:
    # The test platform's system locale is C, which is not a language we ship.
    assert translation.choose_language(preference) == expected


def test_the_system_language_is_followed_when_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    swedish_system = QLocale(QLocale.Language.Swedish, QLocale.Country.Finland)
    monkeypatch.setattr(translation.QLocale, "system", staticmethod(lambda: swedish_system))
    assert translation.choose_language(None) == "sv"
    # Dates and numbers then keep the system's own conventions (Finland's Swedish).
    assert translation.locale_for("sv").name() == "sv_FI"
    assert translation.choose_language("en") == "en"


def test_startup_installs_the_chosen_language(qapp: QApplication, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.interface_language = "sv"
    installed = translation.install_language(qapp, settings)
    try:
        assert installed.language == "sv"
        assert i18n.language() == "sv"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
        # The Qt-free layers translate through the same catalog.
        assert i18n.translate("Charts", "Consensus") == "Konsensus"
        assert i18n.translate("Import", "%n new rounds", None, 3) == "3 nya omgångar"
        assert i18n.translate("Import", "%n new rounds", None, 1) == "1 ny omgång"
        # Standards texts follow the interface language unless chosen otherwise.
        assert settings.standards_language == "sv"
        settings.language = "en"
        assert settings.standards_language == "en"
    finally:
        _uninstall(installed, qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_command_line_translates_without_an_application() -> None:
    try:
        assert translation.install_for_output("sv") == "sv"
        assert i18n.translate("Charts", "Score by standard (%)") == "Resultat per standard (%)"
        assert translation.install_for_output("xx") == "en"
        assert i18n.translate("Charts", "Score by standard (%)") == "Score by standard (%)"
    finally:
        i18n.reset()
        QLocale.setDefault(QLocale.c())


def test_the_compiled_catalog_is_package_data() -> None:
    data = translation.catalog_bytes("sv")
    assert data is not None
    assert len(data) > 10_000
    # English is the source language: its catalogue holds only plural forms, so it is small.
    english = translation.catalog_bytes("en")
    assert english is not None
    assert len(english) < len(data) / 5


# --- Swedish -------------------------------------------------------------------------------


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.menu() is not None]


def test_the_main_window_in_swedish(
    qtbot, swedish: translation.InstalledLanguage, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    titles = _menu_titles(window)
    assert titles[:3] == ["&Arkiv", "&Redigera", "&Visa"]
    assert "&Hjälp" in titles
    assert window.menu(Menu.EDIT).title() == "&Redigera"
    # Each menu's mnemonics are unique, so Alt+letter reaches one entry.
    for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
        letters = [
            m.group(1).lower()
            for action in menu.actions()
            if (m := re.search(r"&([^&\s])", action.text().replace("&&", "")))
        ]
        duplicates = {x for x in letters if letters.count(x) > 1}
        assert not duplicates, f"{menu.title() or 'menu bar'}: mnemonics {duplicates} repeat"
    # The standards texts follow the interface language.
    assert window.language == "sv"


def test_standard_buttons_and_dates_in_swedish(
    qtbot, swedish: translation.InstalledLanguage
) -> None:  # type: ignore[no-untyped-def]
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Avbryt", "Stäng"} <= texts
    assert QLocale().toString(QDate(2025, 3, 7), QLocale.FormatType.ShortFormat) == "2025-03-07"
    assert QLocale().toString(QDate(2025, 3, 7), "d MMMM yyyy") == "7 mars 2025"
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"


# --- preferences ---------------------------------------------------------------------------


def test_preferences_are_saved_and_a_restart_is_announced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.interface_combo.currentIndex() == 0  # system default
    assert not dialog.restart_note.isVisible()
    dialog.interface_combo.setFocus()
    qtbot.keyClick(dialog.interface_combo, Qt.Key.Key_End)  # the last entry: Svenska
    assert dialog.interface_combo.currentText() == "Svenska"
    assert dialog.restart_note.isVisible()
    qtbot.keyClick(dialog.standards_combo, Qt.Key.Key_Down)  # English
    dialog.save()
    again = Settings(settings.path)
    assert again.interface_language == "sv"
    assert again.language == "en"


def test_edit_menu_opens_preferences(
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    action = window.preferences_action
    assert action in window.menu(Menu.EDIT).actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))

    def choose_swedish() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("sv"))
        dialog.standards_combo.setCurrentIndex(dialog.standards_combo.findData("sv"))
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, choose_swedish)
    action.trigger()
    assert window.settings.interface_language == "sv"
    assert window.language == "sv"  # standards texts switch at once
    assert shown
    assert "restart" in shown[0]


# --- pseudo-language: nothing clipped --------------------------------------------------------

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíöüýÁÉÍÖÜÝçñšž")
_PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%n|%\d|%[vm]|&&|&.|<[^>]*>|\n)")


def pseudo(text: str) -> str:
    """`text` 40 % longer, accented and bracketed; placeholders, & and markup kept."""
    if not text.strip():
        return text
    parts = _PLACEHOLDER.split(text)
    changed = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    extra = max(1, math.ceil(len(text) * 0.4) - 2)
    if " " in text.strip():
        # Longer words as well as more of them: padding that wraps like real text.
        padding = " " + " ".join("~" * 6 for _ in range(max(1, math.ceil(extra / 7))))
    else:
        padding = "~" * extra
    return f"[{changed}{padding}]"


class PseudoTranslator(QTranslator):
    """Every interface text (ours and Qt's) in the pseudo-language."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    i18n.install(translation._qt_translate, "en")
    yield
    qapp.removeTranslator(translator)
    i18n.reset()


def test_pseudo_translation_keeps_what_code_relies_on() -> None:
    assert pseudo("&File") == "[&Fílé~]"
    assert "{name}" in pseudo("Saved {name}")
    assert "%n" in pseudo("%n rounds")
    assert len(pseudo("Preferences")) >= len("Preferences") * 1.4
    assert len(pseudo("Save the chart as a file")) >= len("Save the chart as a file") * 1.4


SHOTS = Path(os.environ.get("PROMISE_TRACKER_SHOTS", tempfile.gettempdir()))
# Widgets that shorten their text on purpose (with "…" and the full text in a tooltip).
ELIDED_BY_DESIGN: dict[str, str] = {
    "answersShownLabel": "the summary header elides whose answers are shown; tooltip has all",
    "roundTitleLabel": "the summary header elides a long round title; tooltip has all",
}


def _visible_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _clipped(top: QWidget) -> list[str]:
    """Visible labels, buttons, group boxes and tabs too narrow for their text."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in ELIDED_BY_DESIGN:
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '?'})"
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                # A wrapped label needs the height of its text at its width.
                height = widget.heightForWidth(widget.width())
                if height > widget.height() + 1:
                    problems.append(
                        f"{name} {text[:50]!r}: needs {height}px high, has {widget.height()}px"
                    )
                continue
            if widget.textFormat() == Qt.TextFormat.RichText or ("<" in text and ">" in text):
                continue
            lines = _visible_text(text).split("\n")
            needed = max(metrics.horizontalAdvance(line) for line in lines)
            room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
            if needed > room + 1:
                problems.append(f"{name} {text!r}: needs {needed}px, has {room}px")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if widget.width() + 1 < hint:
                problems.append(f"{name} {widget.text()!r}: needs {hint}px, has {widget.width()}px")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = metrics.horizontalAdvance(_visible_text(widget.title())) + 16
            if widget.width() < needed:
                problems.append(f"{name} {widget.title()!r}: needs {needed}px")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = _visible_text(widget.tabText(index))
                needed = metrics.horizontalAdvance(text)
                if widget.tabRect(index).width() < needed or (
                    widget.elideMode() != Qt.TextElideMode.ElideNone
                    and widget.tabRect(index).width() < needed + 8
                ):
                    problems.append(
                        f"{name} tab {text!r}: needs {needed}px, "
                        f"has {widget.tabRect(index).width()}px"
                    )
    return problems


def _look(qtbot, widget: QWidget, name: str, problems: dict[str, list[str]]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"pseudo-{name}.png"))
    found = _clipped(widget)
    if found:
        problems[name] = found


def test_no_text_is_clipped_in_a_longer_language(
    qtbot, pseudo_language: None, demo_workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.assessment.round_dialog import RoundDialog
    from promise_tracker.gui.assessment.unit_dialog import UnitDialog
    from promise_tracker.gui.exchange.export_dialog import ExportDialog
    from promise_tracker.gui.exchange.import_dialog import ImportDialog

    problems: dict[str, list[str]] = {}
    service = demo_workspace.assessment

    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    _look(qtbot, window, "main-window", problems)

    window.results.action.trigger()
    qtbot.waitUntil(lambda: window.results.view is not None and window.results.view.isVisible())
    tabs = window.results.view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _look(qtbot, window, f"results-{index}", problems)
    tabs.setCurrentIndex(0)
    window.results.action.trigger()

    with open_workspace(resolve_paths(tmp_path / "empty")) as empty:
        welcome = MainWindow(empty, settings=Settings(empty.paths.settings_file))
        qtbot.addWidget(welcome)
        welcome.resize(1280, 760)
        welcome.show()
        _look(qtbot, welcome, "welcome", problems)
        welcome.close()

    packs = list(demo_workspace.packs.packs())
    round_dialog = RoundDialog(packs, "en", True, "Self-assessment 2023")
    qtbot.addWidget(round_dialog)
    round_dialog.show()
    _look(qtbot, round_dialog, "round-dialog", problems)

    unit_dialog = UnitDialog(None)
    qtbot.addWidget(unit_dialog)
    unit_dialog.show()
    _look(qtbot, unit_dialog, "unit-dialog", problems)

    current = service.round(DRAFT_ROUND_ID)
    export = ExportDialog(service, service.unit(current.unit_id), current, ("en", "sv"), "en")
    qtbot.addWidget(export)
    export.show()
    _look(qtbot, export, "export-dialog", problems)

    preferences = PreferencesDialog(window.settings)
    qtbot.addWidget(preferences)
    preferences.show()
    _look(qtbot, preferences, "preferences", problems)

    importing = ImportDialog(demo_workspace)
    qtbot.addWidget(importing)
    importing.show()
    _look(qtbot, importing, "import-dialog", problems)

    report = "\n".join(f"{view}:\n  " + "\n  ".join(found) for view, found in problems.items())
    assert not problems, f"text clipped in the pseudo-language:\n{report}"


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _window_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button and buddied label of `top`."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            letter = _mnemonic(widget.text())
            if letter:
                found.append((letter, widget.text()))
    return found


def _repeated(found: list[tuple[str, str]]) -> list[str]:
    letters = [letter for letter, _ in found]
    return [f"{letter}: {text}" for letter, text in found if letters.count(letter) > 1]


def test_swedish_mnemonics_do_not_repeat_within_a_window(
    qtbot, swedish: translation.InstalledLanguage, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.assessment.round_dialog import RoundDialog
    from promise_tracker.gui.assessment.unit_dialog import UnitDialog
    from promise_tracker.gui.exchange.export_dialog import ExportDialog

    service = demo_workspace.assessment
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    menus = [
        (letter, action.text())
        for action in window.menuBar().actions()
        if (letter := _mnemonic(action.text()))
    ]
    # The menu bar and the toolbar's labels share the window's Alt+letter keys.
    assert not _repeated(menus + _window_mnemonics(window.toolbar()))

    current = service.round(DRAFT_ROUND_ID)
    dialogs: list[QWidget] = [
        RoundDialog(list(demo_workspace.packs.packs()), "sv", True, "Självskattning 2023"),
        UnitDialog(None),
        ExportDialog(service, service.unit(current.unit_id), current, ("en", "sv"), "sv"),
        PreferencesDialog(window.settings),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not _repeated(_window_mnemonics(dialog)), dialog.objectName()


def test_english_counts_read_one_criterion_and_three_criteria(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from promise_tracker.gui.shared.translation import load_translators

    translators = load_translators("en")
    assert translators, "the English plural catalogue is not shipped"
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    try:
        text = "%n criterion(s)"
        assert QCoreApplication.translate("PresenterWindow", text, "", 1) == "1 criterion"
        assert QCoreApplication.translate("PresenterWindow", text, "", 3) == "3 criteria"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_agencies_action_statuses_and_barrier_kinds_are_shown_in_swedish(
    swedish: translation.InstalledLanguage,
) -> None:
    """These labels are shown in the unit dialog, the action editor and plan, and the
    criterion page's Improvement section; they must reach the catalogue like any text."""
    from promise_tracker.domain.entities import ActionStatus, Agency, BarrierKind
    from promise_tracker.gui.assessment.improvement_section import ImprovementSection
    from promise_tracker.gui.shared.action_dialog import status_label
    from promise_tracker.gui.shared.labels import agency_label

    assert agency_label(Agency.POLICE) == "Polis"
    assert agency_label(Agency.CHILD_PROTECTION) == "Socialtjänst"
    assert status_label(ActionStatus.IN_PROGRESS) != "In progress"
    assert status_label(ActionStatus.DONE) != "Done"
    assert ImprovementSection.status_label(ActionStatus.DROPPED) == status_label(
        ActionStatus.DROPPED
    )
    assert ImprovementSection.kind_label(BarrierKind.FUNDING) != "Funding or resources"
