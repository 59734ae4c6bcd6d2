"""What the window says at startup about the data folder: opened read-only, a drive that is
nearly full, or standards packs that could not be loaded. Each is shown over the window without
holding up the start."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from promise_tracker.gui.shared.accessibility import announce
from promise_tracker.standards.problems import escape_controls


def show_read_only_notice(window: QWidget, problem: str) -> QMessageBox:
    """Say why the data cannot be changed, that it is shown read-only, and what to do."""
    text = QCoreApplication.translate(
        "StartupNotice",
        "{problem}\n\nYour data is shown read-only: you can look at it and export it, but "
        "PROMISE tracker refuses every change until it can save in that folder.",
    ).format(problem=problem)
    # Modal to the window, without waiting: the data loads behind it.
    return _notice(
        window,
        "readOnlyNotice",
        QCoreApplication.translate("StartupNotice", "Opened read-only"),
        text,
        modal=True,
    )


def show_low_space_notice(window: QWidget, message: str) -> QMessageBox:
    """Warn that the drive is nearly full, once per start, without blocking the window."""
    return _notice(
        window,
        "lowDiskSpaceNotice",
        QCoreApplication.translate("StartupNotice", "The drive is nearly full"),
        message,
    )


def show_pack_problems_notice(window: QWidget, problems: Sequence[str]) -> QMessageBox:
    """Say which of the user's standards packs could not be loaded and why, without blocking
    the window: the other packs and the data are usable meanwhile.

    Each of `problems` is the text of one load error, which names its file. The text names
    each file with its first problem; "Show Details" has every problem.
    """
    # Line by line: the lines of one error are its problems (each already escaped by the
    # loader; escaping again keeps anything else from reordering or hiding text).
    shown = [
        "\n".join(escape_controls(line) for line in problem.strip().split("\n"))
        for problem in problems
    ]
    summary = "\n\n".join(_first_lines(problem) for problem in shown)
    text = QCoreApplication.translate(
        "StartupNotice",
        "These standards packs in your packs folder were not loaded. Correct each file as "
        "described, or remove it from the folder; then restart PROMISE tracker. Your other "
        "packs and your data are not affected.\n\n{problems}",
    ).format(problems=summary)
    return _notice(
        window,
        "packProblemsNotice",
        QCoreApplication.translate("StartupNotice", "Some standards packs were not loaded"),
        text,
        details="\n\n".join(shown),
    )


def _notice(
    window: QWidget,
    name: str,
    title: str,
    text: str,
    *,
    modal: bool = False,
    details: str | None = None,
) -> QMessageBox:
    """A warning over `window` that does not hold up the start (modal to the window when
    `modal`, but never waited for), deleted when closed and read out by screen readers.
    With `details`, the text is plain (file names and problems are never markup) and
    "Show Details" has `details`."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName(name)
    if details is not None:
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if modal:
        box.open()
    else:
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
    _read_out(box)
    return box


def _read_out(box: QMessageBox) -> None:
    """Have a screen reader say the notice when it appears: it opens over a window that is
    still loading, where the focus may stay, so its appearing alone may go unheard."""
    announce(box, f"{box.windowTitle()}. {box.text()}")


def _first_lines(problem: str, count: int = 2) -> str:
    """The heading of a load error (it names the file) and its first problem."""
    lines = problem.split("\n")
    more = "\n  …" if len(lines) > count else ""
    return "\n".join(lines[:count]) + more
