"""The Compare window adds the units of the open database, as a coordinator does it: the same
tables as for their export files, each unit on the round chosen, on SQLite and on a server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton, QTableView

from promise_tracker.domain.entities import Action, Barrier, BarrierKind
from promise_tracker.exchange.round_export import export_unit
from promise_tracker.gui.exchange.compare_window import CompareWindow
from promise_tracker.gui.exchange.database_rounds_dialog import DatabaseRoundsDialog
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.network_compare import RoundChoice
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage import server_setup
from tests.gui.a11y import assert_accessible
from tests.integration.server_network import PASSWORD, network_database
from tests.postgres import ThrowawayServer

KEYS = ("norrvik", "fjordby", "lindenau", "vecupe")
TABLES = (
    "unitsTable",
    "statsTable",
    "unmetTable",
    "rankingTable",
    "trendsTable",
    "barriersTable",
    "actionsTable",
)
SCREENSHOT = Path("/tmp/work/s6/h5_compare_database.png")


def texts(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def column(window: CompareWindow, name: str, index: int) -> list[str]:
    return [row[index] for row in texts(window.findChild(QTableView, name))]


def choose_in_dialog(qtbot, window: CompareWindow, steps) -> list[str]:  # type: ignore[no-untyped-def]
    """Replace the window's modal dialog by the same dialog, filled in by `steps(dialog)` and
    confirmed with its Add units button, as a user would; returns the database names shown."""
    shown: list[str] = []

    def ask(database_name: str) -> RoundChoice | None:
        shown.append(database_name)
        dialog = DatabaseRoundsDialog(database_name, window)
        qtbot.addWidget(dialog)
        dialog.show()
        steps(dialog)
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "addDatabaseUnitsButton"), Qt.MouseButton.LeftButton
        )
        return dialog.choice() if dialog.result() == dialog.DialogCode.Accepted else None

    window._ask_round_choice = ask  # type: ignore[method-assign]
    return shown


def add_database_units(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(QPushButton, "addDatabaseButton")
    assert button.isVisible()
    assert button.isEnabled()
    with qtbot.waitSignal(window.readFinished, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def database_window(qtbot, workspace: Workspace) -> CompareWindow:  # type: ignore[no-untyped-def]
    window = CompareWindow(workspace.packs, "en", workspace=lambda: workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def tick_drafts(dialog: DatabaseRoundsDialog) -> None:
    dialog.drafts_box.click()


def plan_improvements(workspace: Workspace) -> None:
    """A barrier and an open action on an unmet criterion of each unit's latest round."""
    service = workspace.assessment
    for key in KEYS:
        latest = service.rounds(demo_id(key))[-1]
        unmet = next(
            a.criterion_id
            for a in service.answers(latest.id)
            if a.respondent_id is None and a.value == "no"
        )
        if latest.is_finalised:
            service.reopen_round(latest.id)
        service.set_barrier(Barrier(latest.id, unmet, BarrierKind.FUNDING))
        if latest.is_finalised:
            service.finalise_round(latest.id)
        service.add_action(
            Action("", demo_id(key), unmet, "Ask for a budget", latest.id, "police", "Head")
        )


def test_the_units_of_the_open_data_show_as_their_exports_do(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With rounds in progress included, every table equals the one the units' exports give."""
    plan_improvements(demo_workspace)
    files = []
    for key in KEYS:
        files.append(tmp_path / f"{key}.xlsx")
        export_unit(demo_workspace.assessment, demo_id(key), files[-1])
    from_files = CompareWindow(demo_workspace.packs, "en")
    qtbot.addWidget(from_files)
    monkeypatch.setattr(from_files, "_ask_files", lambda: [str(p) for p in files])
    from_files.show()
    with qtbot.waitSignal(from_files.readFinished, timeout=60_000):
        qtbot.mouseClick(
            from_files.findChild(QPushButton, "addFilesButton"), Qt.MouseButton.LeftButton
        )

    window = database_window(qtbot, demo_workspace)
    shown = choose_in_dialog(qtbot, window, tick_drafts)
    add_database_units(qtbot, window)

    assert shown == ["Database promise-tracker.sqlite"]
    for name in TABLES:
        view = window.findChild(QTableView, name)
        assert texts(view) == texts(from_files.findChild(QTableView, name)), name
        assert view.model().rowCount() > 0, name
    assert window.notes_label.text() == from_files.notes_label.text()
    # Each row names its unit; where it came from is in its tooltip.
    assert column(window, "filesTable", 0) == [
        f"Barnahus {name} (demo) (database)"
        for name in ("Fjordby", "Lindenau", "Norrvik", "Vecupe")
    ]
    files = window.findChild(QTableView, "filesTable").model()
    assert files.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Database promise-tracker.sqlite"
    assert "4 accepted, 0 refused" in window.status_label.text()
    assert window.export_button.isEnabled()


def test_each_unit_on_its_latest_finalised_round_by_default(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    window = database_window(qtbot, demo_workspace)
    assert "or the units in this database" in window.status_label.text()
    choose_in_dialog(qtbot, window, lambda dialog: None)
    add_database_units(qtbot, window)

    units = {row[0]: row for row in texts(window.findChild(QTableView, "unitsTable"))}
    assert set(units) == {
        "Barnahus Norrvik (demo)",
        "Barnahus Fjordby (demo)",
        "Barnahus Lindenau (demo)",
        "Barnahus Vecupe (demo)",
    }
    # Norrvik's latest round is in progress: its 2023 round, on the older standards.
    assert units["Barnahus Norrvik (demo)"][-1] == "Other pack version"
    model = window.findChild(QTableView, "unitsTable").model()
    norrvik = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Barnahus N")
    )
    assert (
        model.index(norrvik, 0)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Self-assessment 2023 (")
    )
    assert "Changed meaning between the versions" in window.notes_label.text()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    window.tabs.setCurrentIndex(0)
    window.grab().save(str(SCREENSHOT))
    assert_accessible(window)


def test_a_round_by_title_and_adding_again_replaces_the_units(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    window = database_window(qtbot, demo_workspace)
    choose_in_dialog(qtbot, window, lambda dialog: None)
    add_database_units(qtbot, window)
    assert len(window.summaries) == 4

    def by_title(dialog: DatabaseRoundsDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "self-assessment 2021")  # picks the title rule

    choose_in_dialog(qtbot, window, by_title)
    add_database_units(qtbot, window)

    assert len(window.summaries) == 4  # read afresh, not added twice
    statuses = dict(
        zip(column(window, "filesTable", 3), column(window, "filesTable", 1), strict=True)
    )
    assert statuses["no finalised round titled “self-assessment 2021”"] == "– Left out"
    reasons = column(window, "filesTable", 2)
    assert reasons.count("No round to compare") == 1  # Fjordby assessed itself in 2020
    assert len(column(window, "unitsTable", 0)) == 3
    assert "3 accepted, 0 refused, 1 filtered out" in window.status_label.text()


def test_the_dialog_asks_for_a_title_and_takes_a_date(qtbot, us_english) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseRoundsDialog("Database promise-tracker.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice() == RoundChoice()
    assert (
        "Database promise-tracker.sqlite"
        in dialog.findChild(type(dialog.problem), "databaseRoundsIntro").text()
    )

    dialog.by_title_button.click()
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "addDatabaseUnitsButton"), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()  # not accepted without a title
    assert dialog.problem.text() == "Type the title of the rounds to compare."
    assert dialog.problem.isVisible()

    dialog.date_edit.setDate(QDate(2024, 12, 31))  # picks the date rule
    assert dialog.by_date_button.isChecked()
    assert not dialog.problem.isVisible()
    dialog.drafts_box.click()
    assert dialog.choice() == RoundChoice(drafts=True, on_or_before=dt.date(2024, 12, 31))
    assert dialog.date_edit.text() == "12/31/2024"  # as every date field shows dates
    assert_accessible(dialog)


def test_a_date_typed_in_full_is_read_as_shown(qtbot, us_english) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseRoundsDialog("Database promise-tracker.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab enters it: on the month
    qtbot.waitUntil(dialog.date_edit.hasFocus)
    qtbot.keyClicks(dialog.date_edit, "06/01/2027")
    assert dialog.date_edit.text() == "06/01/2027"
    assert dialog.choice() == RoundChoice(on_or_before=dt.date(2027, 6, 1))


def test_the_default_button_shows_when_it_has_the_focus(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = DatabaseRoundsDialog("Database promise-tracker.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    add = dialog.findChild(QPushButton, "addDatabaseUnitsButton")
    dialog.drafts_box.setFocus()
    qtbot.keyClick(dialog.drafts_box, Qt.Key.Key_Tab)
    assert add.hasFocus()
    focused = add.grab().toImage()
    dialog.drafts_box.setFocus()
    assert not add.hasFocus()
    unfocused = add.grab().toImage()
    # Add units is the default button either way: only a focus mark tells them apart.
    assert add.isDefault()
    assert focused != unfocused


def test_a_database_that_cannot_be_read_is_a_plain_message(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    window = database_window(qtbot, demo_workspace)
    choose_in_dialog(qtbot, window, lambda dialog: None)
    demo_workspace.paths.database.rename(demo_workspace.paths.database.with_suffix(".moved"))
    add_database_units(qtbot, window)

    status = window.status_label.text()
    assert status.startswith("The units in the database could not be read: ")
    assert "promise-tracker.sqlite" in status
    assert "Traceback" not in status
    assert "Error" not in status
    assert window.summaries == []
    assert window.findChild(QPushButton, "addDatabaseButton").isEnabled()


def test_without_open_data_there_is_no_database_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = CompareWindow(PackRegistry.load(), "en")
    qtbot.addWidget(window)
    window.show()
    assert not window.findChild(QPushButton, "addDatabaseButton").isVisible()
    assert window.status_label.text() == "Add the export files of the units to compare."


def test_compare_units_in_the_main_window_reaches_its_open_data(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace
) -> None:
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.settings import Settings

    main = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(main)
    main.exchange.compare_action.trigger()
    window = main.exchange.compare_window
    qtbot.waitExposed(window)
    choose_in_dialog(qtbot, window, tick_drafts)
    add_database_units(qtbot, window)
    assert len(column(window, "unitsTable", 0)) == 4
    window.close()


# --------------------------------------------------------------------------- on a server


@pytest.fixture
def coordinator(postgres_server: ThrowawayServer, tmp_path: Path) -> Iterator[Workspace]:
    """The demo's units on a network's server, opened as its coordinator carl."""
    with network_database(postgres_server) as network:
        server_setup.init_server(network.owner_url, network.roles.prefix)
        with open_workspace(resolve_paths(str(tmp_path / "owner"), network.owner_url)) as owner:
            build_demo(owner.assessment, owner.packs.latest("promise-bqs-2017"))
        carl = network.role("carl")
        server_setup.add_to_group(network.owner_url, carl, "coordinator", PASSWORD)
        paths = resolve_paths(str(tmp_path / "carl"), network.url(carl))
        with open_workspace(paths) as workspace:
            yield workspace


def test_a_coordinator_on_the_server_adds_every_unit(  # type: ignore[no-untyped-def]
    qtbot, coordinator: Workspace
) -> None:
    window = database_window(qtbot, coordinator)
    shown = choose_in_dialog(qtbot, window, tick_drafts)
    add_database_units(qtbot, window)

    assert shown[0].startswith("Database net_")
    assert PASSWORD not in shown[0]
    assert len(column(window, "unitsTable", 0)) == 4
    assert "4 accepted, 0 refused" in window.status_label.text()
