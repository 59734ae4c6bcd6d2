"""Presenter mode driven by the keys a presentation clicker sends; results without names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.look import contrast_ratio
from promise_tracker.gui.training.presenter import (
    ACCENT,
    BACKGROUND,
    BAR_FILL,
    SECONDARY,
    TEXT,
    PresenterOptions,
    PresenterSetupDialog,
    PresenterWindow,
    SlideMode,
)
from promise_tracker.services.demo import ROSTER, UNITS, demo_id
from promise_tracker.services.presenter_results import latest_results
from promise_tracker.services.workspace import Workspace
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry

NORRVIK = demo_id("norrvik")
FJORDBY = demo_id("fjordby")


@pytest.fixture(scope="module")
def pack() -> Pack:
    return PackRegistry.load(None).latest("promise-bqs-2017")


def _presenter(qtbot, pack: Pack, language: str = "en", **kwargs) -> PresenterWindow:  # type: ignore[no-untyped-def]
    window = PresenterWindow(pack, language, **kwargs)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.setFocus()
    return window


def _shown(window: PresenterWindow) -> str:
    """Everything a person in the room can read on the slide."""
    if window.is_blank():
        return ""
    labels = (
        window.heading,
        window.body,
        window.evidence,
        window.results_label,
        window.notes,
        window.footer,
        window.number_label,
    )
    return "\n".join(label.text() for label in labels if label.isVisible())


def test_clicker_keys_move_through_the_slides(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, pack)
    total = 1 + 13 + len(pack.criteria())  # title, standards, criteria
    assert window.number_label.text() == f"1 / {total}"
    assert pack.provenance.get("en") in _shown(window)  # the title slide says whose words

    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.number_label.text() == f"2 / {total}"
    assert window.heading.text() == "Standard 1"
    assert window.body.text() == "Child's rights"

    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)  # 1.1, then its first criterion
    assert window.number_label.text() == f"4 / {total}"
    assert window.body.text() == pack.criterion("BQS-1.1-01").statement.get("en")
    assert "BQS-1.1-01" in window.heading.text()
    assert pack.criterion("BQS-1.1-01").evidence.get("en") in window.evidence.text()

    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.number_label.text() == f"3 / {total}"
    assert window.body.text() == "Best interests of the child"

    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.number_label.text() == f"{total} / {total}"
    assert window.body.text() == pack.criteria()[-1].statement.get("en")
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # past the end: stays on the last slide
    assert window.number_label.text() == f"{total} / {total}"

    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.number_label.text() == f"1 / {total}"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # before the start: stays on the first
    assert window.number_label.text() == f"1 / {total}"

    # The other keys people use: arrows, Space and Backspace.
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space):
        qtbot.keyClick(window, key)
    assert window.number_label.text() == f"4 / {total}"
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
        qtbot.keyClick(window, key)
    assert window.number_label.text() == f"1 / {total}"


def test_b_blanks_the_screen_and_esc_leaves(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    window = _presenter(qtbot, pack)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.is_blank()
    assert not window.body.isVisible()
    image = window.grab().toImage()
    assert image.pixelColor(960, 540) == QColor("#000000")
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.is_blank()
    assert window.body.text() == "Child's rights"
    qtbot.keyClick(window, Qt.Key.Key_Period)  # some clickers send "." instead
    assert window.is_blank()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the next press brings the slide back first
    assert not window.is_blank()
    assert window.body.text() == "Child's rights"
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_standards_only_and_start_standard(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    options = PresenterOptions(mode=SlideMode.STANDARDS, start_standard="6")
    window = _presenter(qtbot, pack, "sv", options=options)
    assert window.slide_count() == 14
    assert window.body.text() == pack.standard("6").title.get("sv")
    assert window.number_label.text() == "10 / 14"  # title, 1, 1.1-1.3, 2 ... 6
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.body.text() == pack.standard("7").title.get("sv")


def test_contrast_and_type_scale_with_the_screen(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    for colour in (TEXT, ACCENT, SECONDARY, BAR_FILL):
        assert contrast_ratio(colour, BACKGROUND) >= 4.5  # WCAG AA
    window = _presenter(qtbot, pack)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    large = window.body.font().pixelSize()
    assert large >= 60  # a standard's title on a 1080-pixel screen
    window.resize(960, 540)
    qtbot.waitUntil(lambda: window.body.font().pixelSize() < large)
    # The whole slide fits on the screen.
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.content_layout.totalHeightForWidth(window.width()) <= window.height()


@pytest.fixture
def english_dates() -> Iterator[None]:
    """Dates shown as an English (US) user sees them (the tests otherwise run in the C
    locale, whose dates look like ISO ones)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_demo_results_without_names_or_notes_by_default(
    qtbot, pack: Pack, demo_workspace: Workspace, english_dates: None
) -> None:  # type: ignore[no-untyped-def]
    results = latest_results(demo_workspace.assessment, FJORDBY)
    assert results is not None
    assert not results.team_notes
    assert not results.respondent_notes
    options = PresenterOptions(show_results=True, unit_id=FJORDBY)
    window = _presenter(qtbot, pack, options=options, results=results)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    score = demo_workspace.assessment.round_result(
        demo_workspace.assessment.rounds(FJORDBY)[-1].id
    ).official.by_standard["1"]
    shown = _shown(window)
    assert "Barnahus Fjordby (demo)" in shown
    # The round's date as every date of the interface shows it (not ISO in one place).
    assert f"({format_date(results.round_date)}, " in shown
    assert results.round_date.isoformat() not in shown
    assert f"standard 1 {round(score.percent)} % met" in shown
    assert window.bar.isVisible()
    assert window.bar.percent == pytest.approx(score.percent)
    seen: set[str] = set()
    for _ in range(window.slide_count()):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        seen.add(_shown(window))
    text = "\n".join(seen)
    assert "team's answer to this criterion: Yes" in text
    for person in ROSTER:
        assert person.alias not in text
    for note in ("Checked at the team meeting", "Not yet in place", "Written routine in place"):
        assert note not in text


def test_notes_only_when_asked_for(qtbot, pack: Pack, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    results = latest_results(demo_workspace.assessment, FJORDBY, include_notes=True)
    assert results is not None
    assert results.respondent_notes
    criterion = next(iter(results.respondent_notes))
    options = PresenterOptions(show_results=True, unit_id=FJORDBY, show_notes=True)
    window = _presenter(qtbot, pack, options=options, results=results)
    while window.current_slide().criterion is None or (
        window.current_slide().criterion.id != criterion
    ):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    alias, note = results.respondent_notes[criterion][0]
    assert f"{alias}: {note}" in window.notes.text()
    assert window.notes.isVisible()
    # The same data with "Show notes" off shows none of it.
    off = _presenter(
        qtbot, pack, options=PresenterOptions(show_results=True, unit_id=FJORDBY), results=results
    )
    off.go_to(window.position)
    assert alias not in _shown(off)
    assert note not in _shown(off)


def test_setup_dialog_defaults(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    units = [(demo_id(plan.key), plan.name) for plan in UNITS]
    dialog = PresenterSetupDialog([pack], pack, "sv", units, "2")
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options == PresenterOptions(mode=SlideMode.CRITERIA, start_standard="2", screen_index=0)
    assert dialog.language() == "sv"
    assert not dialog.notes_check.isEnabled()
    dialog.results_check.setChecked(True)
    assert not dialog.notes_check.isChecked()  # notes stay off until ticked
    dialog.standards_radio.setChecked(True)
    options = dialog.options()
    assert options.show_results
    assert options.unit_id == NORRVIK
    assert not options.show_notes
    assert options.mode is SlideMode.STANDARDS


def _accept_setup(qtbot, choose=None) -> None:  # type: ignore[no-untyped-def]
    """Answer the setup dialog once it is shown (it is modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PresenterSetupDialog)
        )
        if choose is not None:
            choose(dialog)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_f5_presents_from_the_welcome_page(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        window = MainWindow(workspace, settings=Settings(paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        assert window.current_unit() is None
        _accept_setup(qtbot)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        presenter = window.training_actions.presenter
        assert presenter is not None
        assert presenter.isFullScreen()
        assert presenter.number_label.text() == "1 / 93"
        assert not presenter.results_label.isVisible()
        with qtbot.waitSignal(presenter.closed):
            qtbot.keyClick(presenter, Qt.Key.Key_Escape)
        window.close()


def test_f5_with_demo_results_from_the_users_data(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.workspace import open_workspace

    paths = resolve_paths(tmp_path / "data")
    with open_workspace(paths) as workspace:
        window = MainWindow(workspace, settings=Settings(paths.settings_file))
        qtbot.addWidget(window)

        def choose(dialog: PresenterSetupDialog) -> None:
            dialog.standards_radio.setChecked(True)
            dialog.results_check.setChecked(True)
            dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(FJORDBY))

        _accept_setup(qtbot, choose)
        presenter = window.training_actions.start_presenter()
        assert presenter is not None
        qtbot.addWidget(presenter)
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
        assert "Barnahus Fjordby (demo)" in presenter.results_label.text()
        assert presenter.bar.isVisible()
        # The demo was built in its own folder; the user's data still has no unit.
        assert paths.demo().database.exists()
        assert workspace.assessment.units() == []
        presenter.close()
        window.close()
