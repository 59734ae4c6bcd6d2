"""Starting on a database server: the password is asked for when none is at hand (and kept in
memory only), a wrong one is said plainly, Cancel quits, and a server that cannot be used gets
a plain message while the window stays alive."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from promise_tracker import app as app_module
from promise_tracker.gui.app_shell import crash
from promise_tracker.gui.app_shell import server_login as server_login_module
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.app_shell.server_login import (
    Refusal,
    ServerLogin,
    ServerLoginRefusedError,
    ServerPasswordDialog,
    ServerSide,
)
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.workspace import open_workspace
from tests.gui.app_runs import undo_run_gui
from tests.gui.test_startup import _ready_at_once
from tests.postgres import ThrowawayServer

PASSWORD = "Kanelbulle-42"


@pytest.fixture(autouse=True)
def _no_quit_left_behind(qapp: QApplication) -> Iterator[None]:
    yield
    undo_run_gui(qapp)


@pytest.fixture
def member(
    postgres_server: ThrowawayServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """A role with a password owning a new database that holds one unit: (role, database)."""
    database = postgres_server.new_database()
    role = f"member_{database}"
    postgres_server.execute(
        f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'",
        f'ALTER DATABASE "{database}" OWNER TO {role}',
    )
    postgres_server.execute(f"ALTER SCHEMA public OWNER TO {role}", database=database)
    url = postgres_server.url(database, user=role, password=PASSWORD)
    # The schema is made by the role's first open, as on a network's first day.
    workspace = open_workspace(_paths_for(tmp_path_factory.mktemp("seed"), url))
    try:
        workspace.assessment.create_unit("Barnahus Nord", country="SE")
    finally:
        workspace.close()
    yield role, database
    postgres_server.drop_database(database)
    postgres_server.execute(f"DROP ROLE IF EXISTS {role}")


def _paths_for(data: Path, url: str) -> AppPaths:
    return AppPaths(data_dir=data, config_dir=data / "settings", database_url_override=url)


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, *passwords: str | None) -> list[dict]:  # type: ignore[type-arg]
    """Type each password in turn into the server's password dialog (None: Cancel), recording
    what the dialog showed before each."""
    seen: list[dict] = []  # type: ignore[type-arg]
    queue = list(passwords)
    real_open = ServerPasswordDialog.open
    real_wrong = ServerPasswordDialog.show_wrong_password

    def record(dialog: ServerPasswordDialog) -> None:
        seen.append(
            {
                "message": dialog.message_label.text(),
                "wrong": dialog.wrong_label.isVisibleTo(dialog),
                "wrong_text": dialog.wrong_label.text(),
                "echo": dialog.password_edit.echoMode(),
                "name": dialog.password_edit.accessibleName(),
                "description": dialog.password_edit.accessibleDescription(),
                "modal": dialog.isModal(),
            }
        )

    def next_answer(dialog: ServerPasswordDialog) -> None:
        record(dialog)
        answer = queue.pop(0)
        if answer is None:
            dialog.cancel_button.click()
            return
        dialog.password_edit.setText(answer)
        dialog.connect_button.click()

    def opened(dialog: ServerPasswordDialog) -> None:
        real_open(dialog)
        QTimer.singleShot(0, lambda: next_answer(dialog))

    def wrong(dialog: ServerPasswordDialog) -> None:
        real_wrong(dialog)
        if dialog.isVisible():  # a retry after the dialog was shown
            QTimer.singleShot(0, lambda: next_answer(dialog))

    monkeypatch.setattr(ServerPasswordDialog, "open", opened)
    monkeypatch.setattr(ServerPasswordDialog, "show_wrong_password", wrong)
    return seen


def _text_of_folder(folder: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    )


def test_the_password_is_asked_for_said_wrong_plainly_and_kept_only_in_memory(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: ThrowawayServer,
    member: tuple[str, str],
) -> None:
    role, database = member
    url = postgres_server.url(database, user=role)  # no password, and no ~/.pgpass
    paths = resolve_paths(tmp_path / "data", url)
    boxes = _ready_at_once(monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", errors.append)
    seen = _answer_dialog(monkeypatch, "not-the-password", PASSWORD)
    windows: list[MainWindow] = []
    real_notices = app_module._show_startup_notices
    monkeypatch.setattr(
        app_module,
        "_show_startup_notices",
        lambda window, workspace: windows.append(window) or real_notices(window, workspace),
    )

    assert app_module.run_gui(paths) == 0

    assert (boxes, errors) == ([], [])
    assert len(seen) == 2
    first, retry = seen
    assert first["message"] == (
        f"The database server on this computer asks for the password of “{role}” to open "
        f"the database “{database}”."
    )
    assert first["echo"] == QLineEdit.EchoMode.Password
    assert first["name"] == f"Password of {role} on this computer"
    assert first["modal"]
    assert not first["wrong"]
    assert retry["wrong"]
    assert retry["wrong_text"] == (
        f"Wrong password: the server did not accept it for “{role}”. Check it (capital "
        "letters count) and type it again."
    )
    assert retry["description"] == retry["wrong_text"]  # a screen reader says it too
    window = windows[0]
    assert window.unit_combo.currentText() == "Barnahus Nord"
    window.close()  # the window's layout and the last unit go into the settings

    settings = paths.settings_file.read_text(encoding="utf-8")
    assert "unit" in settings.lower()  # the session did write its settings
    assert PASSWORD not in settings
    logs = _text_of_folder(paths.log_dir)
    assert "Opened" in logs  # the log tells which database was opened...
    assert database in logs
    assert PASSWORD not in logs
    assert not any(
        isinstance(widget, QLineEdit) and widget.text() for widget in QApplication.allWidgets()
    )  # no field holds it either


def test_cancel_quits_without_an_error(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: ThrowawayServer,
    member: tuple[str, str],
) -> None:
    role, database = member
    paths = resolve_paths(tmp_path / "data", postgres_server.url(database, user=role))
    boxes = _ready_at_once(monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", errors.append)
    seen = _answer_dialog(monkeypatch, None)

    assert app_module.run_gui(paths) == 0

    assert len(seen) == 1
    assert (boxes, errors) == ([], [])


def test_a_password_in_pgpass_is_used_without_asking(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: ThrowawayServer,
    member: tuple[str, str],
) -> None:
    role, database = member
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    pgpass.write_text(f"*:*:{database}:{role}:{PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    paths = resolve_paths(tmp_path / "data", postgres_server.url(database, user=role))
    boxes = _ready_at_once(monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", errors.append)
    seen = _answer_dialog(monkeypatch)

    assert app_module.run_gui(paths) == 0

    assert (seen, boxes, errors) == ([], [], [])


@pytest.mark.parametrize("problem", ["server down", "no such database", "no permission"])
def test_a_server_that_cannot_be_used_gets_a_plain_message(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: ThrowawayServer,
    member: tuple[str, str],
    problem: str,
) -> None:
    role, database = member
    if problem == "server down":
        nothing = tmp_path / "no-server-here"
        nothing.mkdir()
        url = f"postgresql+psycopg://{role}:{PASSWORD}@/{database}?host={nothing}"
    elif problem == "no such database":
        url = postgres_server.url("no_such_database", user=role, password=PASSWORD)
    else:
        postgres_server.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
        outsider = f"outsider_{database}"
        postgres_server.execute(f"CREATE ROLE {outsider} LOGIN PASSWORD '{PASSWORD}'")
        url = postgres_server.url(database, user=outsider, password=PASSWORD)
    paths = resolve_paths(tmp_path / "data", url)
    boxes = _ready_at_once(monkeypatch)
    errors: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", errors.append)
    seen = _answer_dialog(monkeypatch)
    try:
        assert app_module.run_gui(paths) == 1
    finally:
        if problem == "no permission":
            postgres_server.execute(f"DROP ROLE IF EXISTS outsider_{database}")

    assert (seen, boxes) == ([], [])  # no password asked for, no crash dialog
    assert len(errors) == 1
    message = errors[0]
    assert "database server" in message  # names what failed...
    assert "administrator" in message or "Check" in message  # ...and what to do
    for raw in ("Traceback", "psycopg", "OperationalError", "FATAL", PASSWORD):
        assert raw not in message


# --- the window while connecting -------------------------------------------------------------


def test_the_window_stays_alive_while_connecting_and_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    started = threading.Event()

    def slow_attempt(password: str | None) -> object:
        started.set()
        release.wait(30)  # a server slow to answer, released by the test below
        return "the workspace"

    login = ServerLogin(window, slow_attempt)
    login.start()
    assert started.wait(10)
    # The event loop runs on while the attempt waits: a timer fires, the page says why.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    assert login.working
    assert window.pages.currentWidget() is window.loading_label
    assert window.loading_label.text() == "Connecting to the database server…"
    with qtbot.waitSignal(login.connected) as connected:
        release.set()
    assert connected.args == ["the workspace"]


def test_a_wrong_password_can_be_typed_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(None, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    side = ServerSide(server="db.example.org", user="anna", database="barnahus")
    tried: list[str | None] = []

    def attempt(password: str | None) -> object:
        tried.append(password)
        if password != "right":
            wanted = Refusal.PASSWORD_NEEDED if password is None else Refusal.PASSWORD_WRONG
            raise ServerLoginRefusedError(wanted, side)
        return "the workspace"

    login = ServerLogin(window, attempt)
    login.start()
    qtbot.waitUntil(lambda: login.dialog is not None and login.dialog.isVisible())
    dialog = login.dialog
    assert dialog is not None
    for typed in ("wrong", "still wrong"):
        dialog.password_edit.setText(typed)
        dialog.connect_button.click()
        assert not dialog.connect_button.isEnabled()  # busy until the server answers
        qtbot.waitUntil(lambda: dialog.wrong_label.isVisibleTo(dialog) and not login.working)
        assert dialog.password_edit.isEnabled()
    dialog.password_edit.setText("right")
    with qtbot.waitSignal(login.connected):
        dialog.connect_button.click()
    assert tried == [None, "wrong", "still wrong", "right"]
    assert login.dialog is None
    assert dialog.password_edit.text() == ""  # forgotten by the field


def test_the_connection_attempt_is_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from psycopg import pq

    tried: list[bytes] = []

    class FakeConnection:
        @staticmethod
        def connect(conninfo: bytes) -> object:
            tried.append(conninfo)
            raise RuntimeError("stop here")

    monkeypatch.setattr(pq, "PGconn", FakeConnection)
    with pytest.raises(RuntimeError):
        app_module.probe_server(f"postgresql+psycopg://anna@/barnahus?host={tmp_path}")
    assert b"connect_timeout=10" in tried[0]
    with pytest.raises(RuntimeError):
        app_module.probe_server(
            f"postgresql+psycopg://anna@/barnahus?host={tmp_path}&connect_timeout=3"
        )
    assert b"connect_timeout=3" in tried[1]


def test_urls_are_logged_and_shown_without_their_password() -> None:
    url = f"postgresql+psycopg://anna:{PASSWORD}@/barnahus?host=/run/pg"
    assert PASSWORD not in app_module.shown_url(url)
    assert app_module.shown_url(app_module.with_password(url, "x@y/z")) == (
        "postgresql+psycopg://anna:***@/barnahus?host=%2Frun%2Fpg"
    )
    assert (
        server_login_module.ServerLoginRefusedError(
            Refusal.PASSWORD_WRONG, ServerSide("s", "anna", "d")
        ).refusal
        is Refusal.PASSWORD_WRONG
    )
