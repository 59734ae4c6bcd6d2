"""The Compare window: reading export files off the GUI thread, tables, aliases, filters."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
)

from promise_tracker.exchange.compare import compare, read_many
from promise_tracker.exchange.compare_export import SHEETS
from promise_tracker.exchange.round_export import export_unit
from promise_tracker.gui.exchange.compare_window import CompareWindow, ValueRole
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
from promise_tracker.standards.registry import PackRegistry

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
    model = view.model()
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
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
