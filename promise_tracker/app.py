"""Composition root: builds paths, logging, packs, database and services, then the window."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from promise_tracker.paths import AppPaths, create_private_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.app_shell.server_login import ServerLoginRefusedError
    from promise_tracker.services.workspace import Workspace

log = logging.getLogger(__name__)

# Set by bench/startup.py: "paint" ends the app at the first paint, "ready" once data is shown.
EXIT_AFTER_ENV = "PROMISE_TRACKER_EXIT_AFTER"


def run_gui(paths: AppPaths, *, demo: bool = False) -> int:
    """Open the main window on the data folder in `paths` (or its demo folder); exit code."""
    from PySide6.QtWidgets import QApplication

    from promise_tracker import APP_NAME, __version__
    from promise_tracker.gui.app_shell.crash import install_crash_handler, show_startup_error
    from promise_tracker.logging_setup import setup_logging

    # Nothing here may stop the window from appearing (a read-only or forbidden data folder,
    # started from a desktop icon with no terminal to print to): problems with the folders
    # are reported in a dialog when the data is opened.
    log_path = setup_logging(paths.log_dir)
    log.info("Starting %s %s with data in %s", APP_NAME, __version__, paths.data_dir)
    try:
        paths.ensure()
        create_private_file(paths.settings_file)  # QSettings keeps the mode of a file
    except OSError as exc:
        log.warning("Cannot prepare the data folder %s: %s", paths.data_dir, exc)

    # Ctrl+C in the terminal ends the app (Qt's event loop would otherwise swallow it).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    owns_app = QApplication.instance() is None
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from promise_tracker.gui.shared.look import install_readable_palette

    # Subdued text and the selected row readable (4.5:1) in any light or dark theme.
    install_readable_palette(app)
    install_crash_handler(log_path)

    from PySide6.QtCore import QTimer

    from promise_tracker.errors import PromiseTrackerError
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.gui.shared.translation import install_language

    settings = Settings(paths.settings_file)
    # Before any window exists, so every text is built in the chosen language.
    install_language(app, settings)

    # The paths of the user's data; on a server, once connected, with the password given
    # (in memory only), so that coming back from the demo data needs no second login.
    data_paths = [paths]

    def opener(want_demo: bool) -> Workspace:
        return open_data(data_paths[0], demo=want_demo)

    # The window is painted first; the data (and with it SQLAlchemy) loads right after, so
    # the user sees the app at once even on a slow office PC.
    window = MainWindow(None, settings=settings, open_workspace=opener, is_demo=demo)
    exit_after = os.environ.get(EXIT_AFTER_ENV, "")

    def refuse(message: str) -> None:
        # An expected problem (a newer or damaged database, a server that cannot be
        # reached, ...): say what it is and stop before anything can be written.
        log.error("Could not open the data folder: %s", message)
        show_startup_error(message)
        app.exit(1)

    def attach(workspace: Workspace) -> None:
        if not demo:
            data_paths[0] = workspace.paths
        window.attach_workspace(workspace, is_demo=demo)
        _show_startup_notices(window, workspace)
        if exit_after == "ready":
            _report_stage("ready")
            QTimer.singleShot(0, app.quit)
        on_server = is_server_url(workspace.paths.database_url)
        if not demo and not workspace.read_only and not on_server:
            # A backup if the data changed (worker thread); a server's are its administrator's.
            from promise_tracker.services.backups import start_session_backup

            app.aboutToQuit.connect(start_session_backup(workspace.paths).join)

    def load() -> None:
        if not demo and is_server_url(paths.database_url):
            # Connecting may take seconds (or ask for a password): the window stays alive.
            _connect_in_background(window, paths, attach, refuse, lambda: app.exit(0))
            return
        try:
            workspace = opener(demo)
        except PromiseTrackerError as error:
            refuse(str(error))
            return
        attach(workspace)

    if exit_after == "paint":

        def painted() -> None:
            _report_stage("paint")
            QApplication.quit()

        _after_first_paint(window, painted)
    else:
        _after_first_paint(window, lambda: QTimer.singleShot(0, load))
    window.show()
    try:
        return app.exec()
    finally:
        if window.workspace is not None:
            window.workspace.close()
        if owns_app:
            # The process ends with this app (the settings were synced when the window
            # closed, the database is closed now): spare the interpreter's last garbage
            # collections a walk over every object of the session, which made quitting
            # tens of milliseconds slower.
            gc.freeze()


def _report_stage(stage: str) -> None:
    """Tell bench/startup.py when a stage was reached, apart from when the process ends."""
    sys.stderr.write(f"{EXIT_AFTER_ENV} {stage} {time.time():.6f}\n")
    sys.stderr.flush()


def _after_first_paint(window: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` once, right after the window is first painted."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                callback()
            return False

    # Parented to the window, so it lives as long as the window does.
    window.installEventFilter(FirstPaint(window))


def open_data(paths: AppPaths, *, demo: bool) -> Workspace:
    """The user's data, or the demo data in its own folder (written there on first use).

    The user's data in a folder they may not write is opened read-only if its database can
    be read (the workspace then says why in read_only_reason); otherwise the problem is
    raised as DataReadOnlyError.
    """
    from promise_tracker.errors import DataReadOnlyError, PromiseTrackerError
    from promise_tracker.services.workspace import open_workspace

    if demo:
        from promise_tracker.services.demo_reset import open_demo

        return open_demo(paths.demo())
    try:
        return open_workspace(paths)
    except DataReadOnlyError as problem:
        try:
            workspace = open_workspace(paths, read_only=True)
        except PromiseTrackerError as other:
            log.info("Cannot open %s read-only either: %s", shown_url(paths.database_url), other)
            raise problem from None
        log.warning("Opened the data read-only: %s", problem)
        workspace.read_only_reason = str(problem)
        return workspace


def _show_startup_notices(window: QWidget, workspace: Workspace) -> None:
    """Say over the window that the data is read-only, or that the drive is nearly full, and
    which standards packs could not be loaded."""
    from promise_tracker.gui.app_shell.startup_notices import (
        show_low_space_notice,
        show_pack_problems_notice,
        show_read_only_notice,
    )
    from promise_tracker.services.workspace import low_disk_space_warning

    pack_problems = [str(error) for error in workspace.packs.load_errors]
    for problem in pack_problems:
        log.warning("Standards pack not loaded: %s", problem)
    if pack_problems:
        show_pack_problems_notice(window, pack_problems)
    if workspace.read_only:
        show_read_only_notice(window, workspace.read_only_reason)
        return  # nothing is written, so the free space does not matter
    warning = low_disk_space_warning(workspace.paths)
    if warning is not None:
        show_low_space_notice(window, warning)


# --- a database on a server ------------------------------------------------------------------


def is_server_url(url: str) -> bool:
    """Whether url names a database on a PostgreSQL server (rather than an SQLite file)."""
    return url.split(":", 1)[0].split("+", 1)[0] == "postgresql"


def shown_url(url: str) -> str:
    """The URL as written to logs and shown to people: never with its password."""
    if not is_server_url(url):
        return url  # a file URL holds no password
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True)


def with_password(url: str, password: str) -> str:
    """url with password as the role's password (in memory only: see connect_to_server)."""
    from sqlalchemy import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def probe_server(url: str) -> ServerLoginRefusedError | None:
    """Try to log in to the server at url, with the password the URL holds or libpq finds
    (~/.pgpass, PGPASSFILE, a service file): why the server refused the login, if it did.

    One plain libpq connection, closed at once, bounded by the connect timeout. Other
    failures (no server, no such database) are left to Database.open, which explains them.
    """
    from promise_tracker.storage.engine import require_driver

    require_driver(url)
    from psycopg import conninfo, pq
    from sqlalchemy import make_url
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    from promise_tracker.gui.app_shell.server_login import (
        Refusal,
        ServerLoginRefusedError,
        ServerSide,
    )
    from promise_tracker.storage.engine import server_connect_args
    from promise_tracker.storage.failures import ServerAddress

    _, params = PGDialect_psycopg().create_connect_args(make_url(url))
    params.update(server_connect_args(url))
    connection = pq.PGconn.connect(conninfo.make_conninfo(**params).encode())
    try:
        if connection.status == pq.ConnStatus.OK:
            return None
        if connection.needs_password:  # libpq's own test, in any language
            refusal = Refusal.PASSWORD_NEEDED
        elif connection.used_password and b"authentication failed" in (
            connection.error_message.lower()  # the server's words: English unless set up otherwise
        ):
            refusal = Refusal.PASSWORD_WRONG
        else:
            return None
    finally:
        connection.finish()
    address = ServerAddress.of(url)
    side = ServerSide(server=address.server, user=address.user, database=address.database)
    return ServerLoginRefusedError(refusal, side)


def connect_to_server(paths: AppPaths, password: str | None) -> Workspace:
    """Open the workspace on the server database of paths (with password, if given).

    Raises ServerLoginRefusedError when the server wants a password that was not given, or did
    not accept it; other problems as Database.open reports them. The password goes into the
    URL the workspace keeps in memory, and nowhere else: URLs are logged and shown without it.
    """
    url = paths.database_url if password is None else with_password(paths.database_url, password)
    refused = probe_server(url)
    if refused is not None:
        raise refused
    return open_data(paths._replace(database_url_override=url), demo=False)


def _connect_in_background(
    window: MainWindow,
    paths: AppPaths,
    attach: Callable[[Workspace], None],
    refuse: Callable[[str], None],
    cancel: Callable[[], None],
) -> None:
    """Connect to the server on a worker thread, asking for the password if needed."""
    from promise_tracker.gui.app_shell.server_login import ServerLogin

    login = ServerLogin(window, lambda password: connect_to_server(paths, password))
    login.connected.connect(attach)
    login.failed.connect(refuse)
    login.cancelled.connect(cancel)
    login.start()
