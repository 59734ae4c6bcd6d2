"""Numbers nobody misreads (a score with what it is a share of, one date format, a new round's
own title) and the assessment at 1024x600 and in Swedish (the answer options stay put, the
criteria keep their titles, every list of the unit dialog is Swedish)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from promise_tracker import i18n
from promise_tracker.domain.entities import Agency, Round, Unit
from promise_tracker.gui.assessment.criteria_model import COLUMN_TITLE
from promise_tracker.gui.assessment.navigator import NavigatorPanel
from promise_tracker.gui.assessment.round_dialog import RoundDialog
from promise_tracker.gui.assessment.unit_dialog import UnitDialog
from promise_tracker.gui.shared import translation
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import RoundSession
from promise_tracker.services.workspace import Workspace
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import PackRegistry
from tests.gui.assessment.test_criterion_page import open_screen
from tests.gui.assessment.test_summary_header import make_header
from tests.gui.conftest import DRAFT_ROUND_ID

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture(scope="module")
def pack() -> Pack:
    return PackRegistry.load().latest("promise-bqs-2017")


@pytest.fixture
def british_dates() -> Iterator[None]:
    """Dates as the English interface shows them in the UK (day first)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """The Swedish interface, as a user who chose it has it; English again afterwards."""
    before = QLocale()
    translators = translation.load_translators("sv")
    for translator in translators:
        qapp.installTranslator(translator)
    QLocale.setDefault(translation.locale_for("sv"))
    i18n.install(translation._qt_translate, "sv")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()
    QLocale.setDefault(before)


def fresh_round(workspace: Workspace) -> RoundController:
    service = workspace.assessment
    draft = service.round(DRAFT_ROUND_ID)
    created = service.create_round(
        draft.unit_id, "Fresh start", dt.date(2026, 1, 15), service.pack_for(draft)
    )
    return RoundController(RoundSession(service, created.id))


# --- the score says what it is a share of ---------------------------------------------------


def test_one_answer_is_not_shown_as_a_final_result(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    controller = fresh_round(demo_workspace)
    header = make_header(qtbot, controller)
    session = controller.session
    first = session.criteria()[0].id
    total = len(session.criteria())
    assert header.score_caption.text() == "no score yet"

    controller.set_answer(replace(session.answer(first), value="yes"), "value")

    assert header.overall_score_label.text() == "100 %"
    assert header.score_caption.text() == "met of 1 answered so far"
    assert header.score_caption.text() != "met overall"
    assert header.completeness_bar.text() == f"1 of {total} answered (1 %)"


def test_met_overall_once_every_criterion_is_answered(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    controller = fresh_round(demo_workspace)
    header = make_header(qtbot, controller)
    session = controller.session
    criteria = session.criteria()
    for number, criterion in enumerate(criteria):
        value = "no" if number % 4 == 0 else "yes"
        controller.set_answer(replace(session.answer(criterion.id), value=value), "value")

    assert header.score_caption.text() == "met overall"
    assert header.completeness_bar.text() == f"{len(criteria)} of {len(criteria)} answered (100 %)"


# --- one date format ----------------------------------------------------------------------------


def test_the_header_and_the_page_show_dates_as_the_date_fields_do(
    qtbot, controller: RoundController, british_dates: None
) -> None:  # type: ignore[no-untyped-def]
    screen = open_screen(qtbot, controller, controller.session.criteria()[0].id)
    compared = controller.session.compare_round
    assert compared is not None

    assert screen.header.round_title_label.text() == "Self-assessment 2025 · 20/03/2025"
    day = compared.date
    assert screen.page.previous_round_label.text() == (
        f"{compared.title} ({day.day:02d}/{day.month:02d}/{day.year})"
    )


def test_the_round_dialog_lists_earlier_rounds_with_the_same_dates(
    qtbot, pack: Pack, british_dates: None
) -> None:  # type: ignore[no-untyped-def]
    earlier = Round("r1", "u1", "Spring review", dt.date(2025, 3, 20), pack.id, pack.version, "h")
    dialog = RoundDialog([pack], "en", True, None, earlier_rounds=[earlier])
    qtbot.addWidget(dialog)
    assert dialog.start_from_combo.itemText(0) == "Spring review (20/03/2025)"


def test_a_new_rounds_title_is_its_own_years(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    this_year = dt.date.today().year
    last_year = Round(
        "r1", "u1", f"Self-assessment {this_year - 1}", dt.date(this_year - 1, 3, 1), pack.id,
        pack.version, "h",
    )  # fmt: skip
    dialog = RoundDialog([pack], "en", True, None, earlier_rounds=[last_year])
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    assert title.text() == f"Self-assessment {this_year}"


def test_a_second_round_in_one_year_is_not_named_as_the_first(qtbot, pack: Pack) -> None:  # type: ignore[no-untyped-def]
    this_year = dt.date.today().year
    first = Round(
        "r1", "u1", f"Self-assessment {this_year}", dt.date(this_year, 1, 10), pack.id,
        pack.version, "h",
    )  # fmt: skip
    dialog = RoundDialog([pack], "en", True, None, earlier_rounds=[first])
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLineEdit, "roundTitleEdit")
    assert title.text() == f"Self-assessment {this_year} (2)"
    # Still the suggestion, so it follows the date to another year.
    dialog.date_edit.setDate(dialog.date_edit.date().addYears(1))
    assert title.text() == f"Self-assessment {this_year + 1}"


# --- small screens --------------------------------------------------------------------------------


def test_the_answer_options_stay_put_from_one_criterion_to_the_next(
    qtbot, controller: RoundController
) -> None:  # type: ignore[no-untyped-def]
    criteria = controller.session.criteria()
    by_length = sorted(criteria, key=lambda c: len(c.statement.get("en")))
    shortest, longest = by_length[0].id, by_length[-1].id
    screen = open_screen(qtbot, controller, shortest)
    screen.resize(1024 - 420, 600)
    page = screen.page
    content = page.scroll_area.widget()

    def options_at() -> QPoint:
        qtbot.waitUntil(lambda: page.statement_label.width() > 0)
        QApplication.processEvents()
        return page.answer_box.mapTo(content, QPoint(0, 0))

    short_at = options_at()
    page.show_criterion(longest)
    assert page.statement_label.heightForWidth(page.statement_label.width()) > (
        page.statement_label.fontMetrics().lineSpacing() * 2
    )
    assert options_at() == short_at
    # The evidence and the provenance of every criterion come after the options, never
    # pushing them down.
    assert page.evidence_label.mapTo(content, QPoint(0, 0)).y() > short_at.y()


def test_criteria_keep_their_titles_in_a_narrow_list_in_swedish(
    qtbot, controller: RoundController, swedish: None
) -> None:  # type: ignore[no-untyped-def]
    navigator = NavigatorPanel(controller, "sv")
    qtbot.addWidget(navigator)
    navigator.resize(400, 500)
    navigator.show()
    qtbot.waitExposed(navigator)
    viewport = navigator.tree.viewport().width()

    title_width = navigator.tree.header().sectionSize(COLUMN_TITLE)
    assert title_width >= viewport * 3 // 5
    assert navigator.model.headerData(1, Qt.Orientation.Horizontal) != "Progress"  # Swedish

    navigator.resize(1000, 500)
    qtbot.waitUntil(lambda: navigator.tree.viewport().width() > 900)
    # With room, the answers are shown whole again.
    assert navigator.tree.header().sectionSize(1) >= navigator._widest[1]


# --- Swedish lists in the unit dialog ------------------------------------------------------------


def test_the_unit_dialogs_lists_are_swedish(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    dialog = UnitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lead = dialog.findChild(QComboBox, "unitLeadAgencyCombo")
    countries = dialog.findChild(QComboBox, "unitCountryCombo")

    agencies = [lead.itemText(i) for i in range(lead.count())]
    assert agencies[0] == "Inte angivet"
    assert "Polis" in agencies
    names = [countries.itemText(i) for i in range(countries.count())]
    assert "Sverige" in names
    assert "Tyskland" in names
    assert "Sweden" not in names
    assert names.index("Österrike") > names.index("Ungern")  # Swedish order: Ö after Z

    qtbot.keyClicks(dialog.name_edit, "Barnahus Norrvik")
    qtbot.keyClicks(countries.lineEdit(), "Sve")
    popup = countries.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert "Sverige" in offered
    countries.lineEdit().setText("Sverige")
    assert dialog.ok_button.isEnabled()
    assert dialog.fields().country == "SE"  # stored as the code, as before


def test_a_stored_country_is_shown_in_swedish_and_kept(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    unit = Unit(
        id="u1", name="Barnahus Norrvik", country="SE", region="",
        lead_agency=Agency.POLICE.value, year_opened=None,
    )  # fmt: skip
    dialog = UnitDialog(unit)
    qtbot.addWidget(dialog)
    countries = dialog.findChild(QComboBox, "unitCountryCombo")
    assert countries.currentText() == "Sverige"
    assert dialog.findChild(QComboBox, "unitLeadAgencyCombo").currentText() == "Polis"
    assert dialog.fields().country == "SE"
    assert dialog.fields().lead_agency == "police"


def test_english_country_names_are_still_understood(qtbot) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker.gui.assessment.unit_dialog import country_code

    assert country_code("Sweden") == "SE"
    assert country_code("Sverige") == "SE"
    assert country_code("se") == "SE"
    assert country_code("Atlantis") is None
