"""The Compare window: reading export files off the GUI thread, tables, aliases, filters."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
)

from promise_tracker.domain.entities import (
    Action,
    ActionStatus,
    Agency,
    Answer,
    Barrier,
    BarrierKind,
)
from promise_tracker.exchange.compare import compare, read_many
from promise_tracker.exchange.compare_export import SHEETS
from promise_tracker.exchange.round_export import export_unit
from promise_tracker.gui.exchange.compare_window import CompareWindow, ValueRole
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.action_dialog import short_statement
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.registry import PackRegistry
from tests.gui.a11y import assert_accessible

KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")


@pytest.fixture(scope="module")
def export_files(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> list[Path]:
    """A unit export of each of the 4 demo units, and a text file that is not an export."""
    data = tmp_path_factory.mktemp("compare-data")
    shutil.copytree(demo_template, data, dirs_exist_ok=True)
    folder = tmp_path_factory.mktemp("compare-exports")
    files = [folder / f"{key}.xlsx" for key in KEYS]
    with open_workspace(resolve_paths(data)) as workspace:
        for key, path in zip(KEYS, files, strict=True):
            export_unit(workspace.assessment, demo_id(key), path)
    notes = folder / "notes.txt"
    notes.write_text("not a workbook", encoding="utf-8")
    return [*files, notes]


@pytest.fixture
def window(qtbot, export_files: list[Path], monkeypatch: pytest.MonkeyPatch) -> CompareWindow:  # type: ignore[no-untyped-def]
    compare_window = CompareWindow(PackRegistry.load(), "en")
    qtbot.addWidget(compare_window)
    monkeypatch.setattr(compare_window, "_ask_files", lambda: [str(p) for p in export_files])
    compare_window.show()
    return compare_window


def texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def headers(view: QTableView) -> list[str]:
    """The column headings as read (a heading broken over two lines read as one)."""
    model = view.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole).replace(
            "\n", " "
        )
        for c in range(model.columnCount())
    ]


def add_files(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(QPushButton, "addFilesButton")
    with qtbot.waitSignal(window.readFinished, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_files_are_read_and_listed_with_the_refusal_reason(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    files = window.findChild(QTableView, "filesTable")
    assert texts(files, 0) == [*(f"{k}.xlsx" for k in KEYS), "notes.txt"]
    statuses = texts(files, 1)
    assert sum("Accepted" in s for s in statuses) == 4
    assert statuses[-1] == "✗ Refused"
    assert texts(files, 2)[-1] == "Wrong format"
    assert texts(files, 3)[-1]  # the detail says why
    # Norrvik's draft round is incomplete: accepted, with the warning shown.
    assert statuses[0] == "⚠ Accepted with a warning"
    assert texts(files, 2)[0] == "Incomplete round"
    assert window.findChild(QProgressBar, "readProgress").isHidden()
    assert "4 accepted, 1 refused" in window.status_label.text()


def test_units_table_shows_what_compare_computes(
    qtbot, window: CompareWindow, export_files: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    expected = compare(read_many(export_files))
    units = window.findChild(QTableView, "unitsTable")
    model = units.model()
    assert headers(units) == ["Unit", "Country", "Overall", *expected.standards, "Notes"]
    assert texts(units, 0) == [u.name for u in expected.units]
    assert texts(units, 1) == [u.country for u in expected.units]
    for row, unit in enumerate(expected.units):
        overall = model.index(row, 2)
        assert overall.data(ValueRole) == pytest.approx(unit.overall)
        assert overall.data() == f"{round(unit.overall)} %"
        assert overall.data(Qt.ItemDataRole.BackgroundRole) is not None
        for column, number in enumerate(expected.standards, start=3):
            cell = model.index(row, column)
            value = unit.scores[number]
            if value is None:
                assert cell.data() == "–"
            else:
                assert cell.data(ValueRole) == pytest.approx(value)
                assert cell.data() == f"{round(value)} %"
    stats = window.findChild(QTableView, "statsTable")
    assert texts(stats, 0) == [s.number for s in expected.statistics]
    medians = [stats.model().index(r, 4).data(ValueRole) for r in range(len(expected.statistics))]
    assert medians == pytest.approx([s.median for s in expected.statistics])
    unmet = window.findChild(QTableView, "unmetTable")
    assert texts(unmet, 0) == [u.criterion_id for u in expected.most_unmet]
    assert texts(unmet, 1)[0] == f"{expected.most_unmet[0].count} of 4"
    pack = PackRegistry.load().find(*expected.reference_pack)
    assert pack is not None
    first = expected.most_unmet[0].criterion_id
    assert texts(unmet, 3)[0] == pack.criterion(first).statement.get("en")
    ranking = window.findChild(QTableView, "rankingTable")
    assert texts(ranking, 1) == [e.name for e in expected.ranking]
    trends = window.findChild(QTableView, "trendsTable")
    assert trends.model().rowCount() == sum(len(t.points) for t in expected.trends)
    assert "Every unit has the same standards" in window.notes_label.text()


def test_an_alias_replaces_the_unit_name_everywhere(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    aliases = window.findChild(QTableView, "aliasesTable")
    names = texts(aliases, 0)
    row = next(i for i, name in enumerate(names) if "Fjordby" in name)
    original = names[row]
    index = aliases.model().index(row, 1)
    aliases.setCurrentIndex(index)
    qtbot.keyClick(aliases, Qt.Key.Key_F2)
    editor = aliases.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "Unit B")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    units = window.findChild(QTableView, "unitsTable")
    ranking = window.findChild(QTableView, "rankingTable")
    # The delegate commits the edit on the next turn of the event loop.
    qtbot.waitUntil(lambda: "Unit B" in texts(units, 0))
    assert original not in texts(units, 0)
    assert "Unit B" in texts(ranking, 1)
    assert original not in texts(ranking, 1)
    assert texts(aliases, 1)[row] == "Unit B"


def test_country_filter_reduces_the_units(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    combo = window.findChild(QComboBox, "countryFilter")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All countries",
        "DE",
        "LV",
        "NO",
        "SE",
    ]
    combo.setFocus()
    qtbot.keyClicks(combo, "SE")
    units = window.findChild(QTableView, "unitsTable")
    assert combo.currentText() == "SE"
    assert units.model().rowCount() == 1
    assert texts(units, 1) == ["SE"]
    assert texts(window.findChild(QTableView, "filesTable"), 1).count("– Filtered out") == 3
    agency = window.findChild(QComboBox, "leadAgencyFilter")
    assert agency.count() == 4  # "All lead agencies" and the 3 agencies of the demo units


def test_remove_takes_a_file_out(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    files = window.findChild(QTableView, "filesTable")
    files.selectRow(4)
    qtbot.mouseClick(window.findChild(QPushButton, "removeFilesButton"), Qt.MouseButton.LeftButton)
    assert "notes.txt" not in texts(files, 0)
    files.selectRow(0)
    files.setFocus()
    qtbot.keyClick(files, Qt.Key.Key_Delete)
    assert texts(files, 0) == [f"{k}.xlsx" for k in KEYS[1:]]
    assert window.findChild(QTableView, "unitsTable").model().rowCount() == 3


def test_cancel_stops_reading_and_returns_to_idle(
    qtbot,
    window: CompareWindow,
    export_files: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    many = []
    for copy in range(10):
        for path in export_files[:4]:
            target = tmp_path / f"{copy}-{path.name}"
            shutil.copyfile(path, target)
            many.append(str(target))
    monkeypatch.setattr(window, "_ask_files", lambda: many)
    progress = window.findChild(QProgressBar, "readProgress")
    cancel = window.findChild(QPushButton, "cancelReadButton")
    qtbot.mouseClick(window.findChild(QPushButton, "addFilesButton"), Qt.MouseButton.LeftButton)
    assert cancel.isVisible()
    assert progress.isVisible()
    assert not window.findChild(QPushButton, "addFilesButton").isEnabled()
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=60_000)
    with qtbot.waitSignal(window.readFinished, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    done, total = window.last_progress
    assert total == 40
    assert done < total
    assert not window.is_reading
    assert cancel.isHidden()
    assert progress.isHidden()
    assert window.findChild(QPushButton, "addFilesButton").isEnabled()
    assert window.findChild(QTableView, "filesTable").model().rowCount() == 0
    assert "cancelled" in window.status_label.text()


def test_export_writes_a_workbook(
    qtbot, window: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    export = window.findChild(QPushButton, "exportComparisonButton")
    assert not export.isEnabled()
    add_files(qtbot, window)
    target = tmp_path / "comparison.xlsx"
    monkeypatch.setattr(window, "_ask_save_path", lambda: str(target))
    assert export.isEnabled()
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    workbook = load_workbook(target)
    assert workbook.sheetnames == list(SHEETS)
    assert workbook["Ranking"].max_row == 5
    workbook.close()
    assert "comparison.xlsx" in window.status_label.text()


def test_add_folder_reads_its_workbooks(
    qtbot, window: CompareWindow, export_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window, "_ask_folder", lambda: str(export_files[0].parent))
    with qtbot.waitSignal(window.readFinished, timeout=60_000):
        qtbot.mouseClick(
            window.findChild(QPushButton, "addFolderButton"), Qt.MouseButton.LeftButton
        )
    assert sorted(texts(window.findChild(QTableView, "filesTable"), 0)) == sorted(
        f"{k}.xlsx" for k in KEYS
    )


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    names = ("filesTable", "aliasesTable", "unitsTable", "statsTable", "unmetTable")
    for name in (*names, "rankingTable", "trendsTable"):
        model = window.findChild(QTableView, name).model()
        assert isinstance(model, QAbstractItemModel)
        assert model.rowCount() > 0, name
        qtmodeltester.check(model)
    aliases = window.findChild(QTableView, "aliasesTable")
    assert aliases.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed


def test_screenshot_at_laptop_size(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    assert window.grab().save("/tmp/compare-window.png")
    tabs = window.findChild(QTabWidget, "compareTabs")
    for page in range(1, tabs.count()):
        tabs.setCurrentIndex(page)
        assert window.grab().save(f"/tmp/compare-window-{page}.png")
    tabs.setCurrentIndex(0)
    units = window.findChild(QTableView, "unitsTable")
    assert units.isVisible()
    assert units.columnWidth(0) >= units.fontMetrics().horizontalAdvance(texts(units, 0)[0])


# --- barriers and open actions across units ---------------------------------------------------

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], list[str]]:
    """Unit exports of three units whose latest rounds name barriers and whose action plans
    hold open, overdue and finished actions; and the first three criteria of the pack."""
    data = tmp_path_factory.mktemp("plan-data")
    folder = tmp_path_factory.mktemp("plan-exports")
    files = []
    with open_workspace(resolve_paths(data)) as workspace:
        service = workspace.assessment
        pack = workspace.packs.latest(PACK_ID)
        criteria = [c.id for c in pack.criteria()[:3]]
        first, second, third = criteria
        barriers = {
            "Alpha": [(first, BarrierKind.LAW_OR_POLICY), (second, BarrierKind.FUNDING)],
            "Beta": [(first, BarrierKind.LAW_OR_POLICY), (third, BarrierKind.ORGANISATION)],
            "Gamma": [(first, BarrierKind.FUNDING)],
        }
        actions = {
            "Alpha": [
                (
                    first,
                    "Ask the ministry for a protocol",
                    ActionStatus.PLANNED,
                    dt.date(2020, 3, 1),
                    Agency.POLICE,
                    "Barnahus coordinator",
                ),
                (
                    second,
                    "Train the staff",
                    ActionStatus.IN_PROGRESS,
                    dt.date(2099, 6, 30),
                    Agency.HEALTH,
                    "Head of unit",
                ),
                (second, "An old step", ActionStatus.DONE, dt.date(2020, 1, 1), Agency.HEALTH, ""),
            ],
            "Beta": [(third, "Find funding", ActionStatus.PLANNED, None, None, "Steering group")],
            "Gamma": [(first, "A dropped idea", ActionStatus.DROPPED, None, None, "")],
        }
        for name in ("Alpha", "Beta", "Gamma"):
            unit = service.create_unit(name, country="SE")
            round_ = service.create_round(unit.id, "2025", dt.date(2025, 1, 1), pack)
            service.add_answers([Answer(round_.id, c.id, None, "no") for c in pack.criteria()])
            for criterion, kind in barriers[name]:
                service.set_barrier(Barrier(round_.id, criterion, kind))
            for n, (criterion, title, status, due, agency, role) in enumerate(actions[name]):
                service.add_action(
                    Action(
                        f"{name}-{n}",
                        unit.id,
                        criterion,
                        title,
                        round_.id,
                        lead_agency=agency.value if agency else "",
                        responsible_role=role,
                        due_date=due,
                        status=status,
                    )
                )
            files.append(export_unit(service, unit.id, folder / f"{name}.xlsx"))
    return files, criteria


def open_tab(qtbot, window: CompareWindow, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click the tab called `title` (mnemonic ampersands left out)."""
    tabs = window.findChild(QTabWidget, "compareTabs")
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def add_plan_files(qtbot, window: CompareWindow, files: list[Path], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window, "_ask_files", lambda: [str(p) for p in files])
    add_files(qtbot, window)


def test_barriers_tab_counts_each_kind_across_units_most_blocked_first(
    qtbot, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, (first, second, third) = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    open_tab(qtbot, window, "Barriers")
    view = window.findChild(QTableView, "barriersTable")
    assert view.isVisible()
    assert not window.findChild(QLabel, "barriersEmptyLabel").isVisible()
    assert window.findChild(QLabel, "barriersLegend").isVisible()
    assert headers(view) == [
        "Criterion",
        "Standard",
        "National law or policy",
        "Funding or resources",
        "Organisation or local practice",
        "Not yet started",
        "Other",
        "Total",
        "Statement",
    ]
    # The long kinds' headings take two lines, so the narrow columns of counts keep them whole.
    heading = view.model().headerData(4, Qt.Orientation.Horizontal)
    assert heading == "Organisation or\nlocal practice"
    header = view.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()
    assert header.sectionSize(4) >= header.fontMetrics().horizontalAdvance("local practice")
    rows = [[view.model().index(r, c).data() for c in range(8)] for r in range(3)]
    assert view.model().rowCount() == 3
    # The criterion three units name comes first; the other two, named once, by criterion.
    assert rows[0] == [first, "1.1", "2", "1", "0", "0", "0", "3"]
    assert rows[1] == [second, "1.1", "0", "1", "0", "0", "0", "1"]
    assert rows[2] == [third, "1.1", "0", "0", "1", "0", "0", "1"]
    pack = PackRegistry.load().latest(PACK_ID)
    statement = pack.criterion(first).statement.get("en")
    assert texts(view, 8)[0] == short_statement(statement)
    assert view.model().index(0, 8).data(Qt.ItemDataRole.ToolTipRole) == statement
    # Who named them, for the coordinator who wants to follow up.
    assert view.model().index(0, 7).data(Qt.ItemDataRole.ToolTipRole) == "Alpha; Beta; Gamma"


def sort_by(qtbot, view: QTableView, title: str, order: Qt.SortOrder) -> None:  # type: ignore[no-untyped-def]
    """Click the header of column `title` until the table is sorted in `order`."""
    header = view.horizontalHeader()
    column = headers(view).index(title)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
            return
    raise AssertionError(f"{title} does not sort")


def test_barriers_tab_sorts_by_a_kind_when_its_header_is_clicked(
    qtbot, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, criteria = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    open_tab(qtbot, window, "Barriers")
    view = window.findChild(QTableView, "barriersTable")
    sort_by(qtbot, view, "Organisation or local practice", Qt.SortOrder.DescendingOrder)
    assert texts(view, 0)[0] == criteria[2]
    sort_by(qtbot, view, "Criterion", Qt.SortOrder.AscendingOrder)
    assert texts(view, 0) == criteria


def test_open_actions_tab_lists_each_units_open_actions_overdue_marked(
    qtbot, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, (first, second, third) = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    open_tab(qtbot, window, "Open actions")
    view = window.findChild(QTableView, "actionsTable")
    assert view.isVisible()
    assert not window.findChild(QLabel, "actionsEmptyLabel").isVisible()
    assert headers(view) == [
        "Unit",
        "Criterion",
        "Due",
        "Status",
        "Lead agency",
        "Responsible role",
        "What will be done",
    ]
    model = view.model()
    rows = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    # Done and dropped actions are not open: left out.
    assert rows == [
        [
            "Alpha",
            first,
            "⚠ 2020-03-01 overdue",
            "Planned",
            "Police",
            "Barnahus coordinator",
            "Ask the ministry for a protocol",
        ],
        [
            "Alpha",
            second,
            "2099-06-30",
            "In progress",
            "Health care",
            "Head of unit",
            "Train the staff",
        ],
        ["Beta", third, "No date", "Planned", "Not decided", "Steering group", "Find funding"],
    ]
    # The overdue row is tinted as well as marked; the others are not.
    assert all(model.index(0, c).data(Qt.ItemDataRole.BackgroundRole) for c in range(7))
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    pack = PackRegistry.load().latest(PACK_ID)
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == pack.criterion(
        first
    ).statement.get("en")
    counts = window.findChild(QLabel, "actionsCounts")
    assert counts.isVisible()
    assert counts.text() == "Open actions: 3 in 2 of 3 units; overdue: 1."


def test_open_actions_sort_by_the_clicked_column(
    qtbot, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, _ = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    open_tab(qtbot, window, "Open actions")
    view = window.findChild(QTableView, "actionsTable")
    sort_by(qtbot, view, "Due", Qt.SortOrder.AscendingOrder)
    # Earliest first; an action without a date comes last.
    assert texts(view, 6) == ["Ask the ministry for a protocol", "Train the staff", "Find funding"]
    sort_by(qtbot, view, "Due", Qt.SortOrder.DescendingOrder)
    assert texts(view, 6)[0] == "Find funding"
    sort_by(qtbot, view, "Unit", Qt.SortOrder.DescendingOrder)
    assert texts(view, 0) == ["Beta", "Alpha", "Alpha"]
    sort_by(qtbot, view, "Unit", Qt.SortOrder.AscendingOrder)
    assert texts(view, 0) == ["Alpha", "Alpha", "Beta"]


def test_an_alias_names_the_unit_in_the_open_actions_and_barriers(
    qtbot, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, _ = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    aliases = window.findChild(QTableView, "aliasesTable")
    row = texts(aliases, 0).index("Beta")
    aliases.model().setData(aliases.model().index(row, 1), "Unit B")
    open_tab(qtbot, window, "Open actions")
    actions = window.findChild(QTableView, "actionsTable")
    assert "Beta" not in texts(actions, 0)
    assert "Unit B" in texts(actions, 0)
    barriers = window.findChild(QTableView, "barriersTable")
    assert barriers.model().index(0, 7).data(Qt.ItemDataRole.ToolTipRole) == "Alpha; Gamma; Unit B"


def test_without_barriers_or_open_actions_the_tabs_say_so(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    add_files(qtbot, window)  # the demo units record neither
    open_tab(qtbot, window, "Barriers")
    empty = window.findChild(QLabel, "barriersEmptyLabel")
    assert empty.isVisible()
    assert empty.text().startswith("No unit recorded a barrier.")
    assert not window.findChild(QTableView, "barriersTable").isVisible()
    assert not window.findChild(QLabel, "barriersLegend").isVisible()
    open_tab(qtbot, window, "Open actions")
    empty = window.findChild(QLabel, "actionsEmptyLabel")
    assert empty.isVisible()
    assert empty.text().startswith("No unit has an open action.")
    assert not window.findChild(QTableView, "actionsTable").isVisible()
    assert not window.findChild(QLabel, "actionsCounts").isVisible()


def test_before_any_file_the_new_tabs_show_no_empty_message(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    open_tab(qtbot, window, "Barriers")
    assert not window.findChild(QLabel, "barriersEmptyLabel").isVisible()
    open_tab(qtbot, window, "Open actions")
    assert not window.findChild(QLabel, "actionsEmptyLabel").isVisible()


def test_barrier_and_action_models_pass_the_model_tester(
    qtbot, qtmodeltester, window: CompareWindow, plan_files, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    files, _ = plan_files
    add_plan_files(qtbot, window, files, monkeypatch)
    for name in ("barriersTable", "actionsTable"):
        view = window.findChild(QTableView, name)
        assert view.model().rowCount() > 0, name
        assert view.accessibleName()
        qtmodeltester.check(view.model())


# --- everyone can use it: screen readers, one date format, small screens --------------------


def test_trend_dates_are_shown_as_everywhere_and_the_status_is_read_out(  # type: ignore[no-untyped-def]
    qtbot, window: CompareWindow, us_english: QLocale
) -> None:
    with qtbot.waitSignal(announcer().announced, timeout=10_000) as said:
        add_files(qtbot, window)
    dates = [value for value in texts(window.trends_view, 1) if value != "–"]
    assert dates
    # Month/day/four-digit year as the date fields show it, never ISO beside it.
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", value) for value in dates), dates
    status = window.findChild(QLabel, "compareStatus")
    assert said.args[0] == "Reading…"
    name = QAccessible.queryAccessibleInterface(status).text(QAccessible.Text.Name)
    assert name == status.text()
    assert_accessible(window)


def test_file_compare_units_opens_a_window_that_fits_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared import window_size
    from promise_tracker.gui.shared.settings import Settings

    small = QRect(0, 0, 1024, 576)  # 1024x600 with a panel
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(small))
    main = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(main)
    main.exchange.compare_action.trigger()
    compare_window = main.exchange.compare_window
    qtbot.waitExposed(compare_window)
    assert_accessible(compare_window)  # before any file: no empty, unnamed notes line
    qtbot.waitUntil(lambda: small.contains(compare_window.frameGeometry()))
    assert compare_window.minimumSizeHint().height() <= small.height()
    compare_window.close()


def test_esc_closes_at_once_when_empty_and_asks_once_files_are_read(  # type: ignore[no-untyped-def]
    qtbot, window: CompareWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc leaves the window like a dialog; with files read (a coordinator's list and aliases
    are not kept) it asks first, and Cancel keeps everything."""
    from promise_tracker.gui.exchange import compare_window as module

    asked: list[str] = []

    def answer(parent, title, text, confirm_text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False  # Cancel

    monkeypatch.setattr(module, "confirm", answer)
    add_files(qtbot, window)
    files = len(window.summaries)
    assert files > 0
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert len(window.summaries) == files
    assert len(asked) == 1
    assert f"The {files} file" in asked[0]

    monkeypatch.setattr(module, "confirm", lambda *args: True)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_esc_closes_an_empty_comparison_without_asking(  # type: ignore[no-untyped-def]
    qtbot, window: CompareWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from promise_tracker.gui.exchange import compare_window as module

    monkeypatch.setattr(module, "confirm", lambda *args: pytest.fail("asked"))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
