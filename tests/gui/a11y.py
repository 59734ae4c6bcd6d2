"""The accessibility walker: what a screen reader is given for a window, and what is wrong with it.

`walk(window)` goes through the window's QAccessible tree (the same tree the AT-SPI bridge
hands to Orca on Linux) and returns a `Finding` for each of these problems:

- a focusable control whose name is empty, meaningless (no letter or digit: "—", "…"),
  equal to its objectName (a developer's name, never meant for people), or only its value
  (a combo box named by its current entry, with no label and no accessible name);
- a button whose name does not start with its visible text ("Export…" read as "Choose where
  to save, then export": a speech-input user saying what they see would not find it;
  shortcut hints such as "(PgUp)" and key caps such as "1  Yes" are left out);
- an "&" mnemonic left in any name ("&Unit");
- a label whose visible text is not in its name (a caption such as "Overall score" read in
  place of "78 %");
- a chart (a matplotlib FigureCanvas) without a named table of its numbers beside it: see
  `chart_table`.

Qt-specific notes, checked against Qt 6.11 on Linux:
- a combo box's Name on Linux is always its current text (Qt leaves the label to the
  "labelled by" relation, which Orca reads first); so a combo is named when it has a label
  relation (a buddy QLabel) or an accessible name (used on Windows and macOS);
- a control without a Name but with a "labelled by" relation to a named label is named (Orca
  reads the label).

Used by tests/gui/test_accessibility.py and test_keyboard_only.py; other tests may call
`walk` or `assert_accessible` on the dialogs they open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)
from shiboken6 import isValid

Role = QAccessible.Role

# A chart's table of numbers: found beside the canvas by this objectName, or named by this
# property on the canvas or a parent of it (see `chart_table`).
CHART_TABLE_PROPERTY = "chartDataTable"
CHART_TABLE_LEVELS = 4  # how far above a canvas its table may be kept

# Roles whose children are items (rows, cells, list entries), not controls: the walk checks
# the view itself and does not descend (a criteria tree has hundreds of cells).
_ITEM_VIEWS = {Role.List, Role.Tree, Role.Table}
# Focusable roles that need no name of their own: their parts carry the names.
_NO_NAME_NEEDED = {Role.PageTabList, Role.ScrollBar, Role.MenuBar, Role.ToolBar}
_BUTTONS = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ButtonMenu, Role.Button}
_MNEMONIC = re.compile(r"&[^&\s]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Finding:
    """One problem: where (the window, the control's path and the file of its owner), what."""

    window: str
    owner: str  # the module of the nearest enclosing class of ours: who should fix it
    path: str  # objectNames from the window down, "?" for unnamed widgets
    role: str
    name: str
    problem: str

    def __str__(self) -> str:
        return f"{self.window}: {self.path} [{self.role} {self.name!r}]: {self.problem}"


def normalised(text: str) -> str:
    """Text as compared: mnemonics and ellipses dropped, spaces collapsed, case folded."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.replace("…", "").replace("...", "")
    return _SPACE.sub(" ", text).strip().casefold()


_HINT = re.compile(r"\([^()]*\)|^\d\s+")  # "(Ctrl+Enter)", a key cap "1  Yes"


def words(text: str) -> str:
    """A button's text as words only: shortcut hints, arrows and punctuation dropped, so
    "◀ Previous (PgUp)" compares as "previous" and "&Export…" as "export"."""
    text = _HINT.sub(" ", normalised(text))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def label_text(label: QLabel) -> str:
    """What a sighted user reads on `label` (markup removed, mnemonic "&" dropped)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    elif label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("\u2029", "\n").replace("\u2028", "\n").strip()


def meaningless(name: str) -> bool:
    """A name with no letter or digit ("—", "…", ":") says nothing."""
    return not any(ch.isalnum() for ch in name)


def _owner(widget: QObject | None) -> str:
    while widget is not None:
        module = type(widget).__module__
        if module.startswith("promise_tracker"):
            return module
        widget = widget.parent()
    return "?"


def _path(widget: QObject | None, window: QObject) -> str:
    parts: list[str] = []
    while widget is not None and widget is not window:
        parts.append(widget.objectName() or f"?{type(widget).__name__}")
        widget = widget.parent()
    return "/".join(reversed(parts)) or (window.objectName() or type(window).__name__)


def _is_canvas(widget: QObject) -> bool:
    return any(cls.__name__ == "FigureCanvasQTAgg" for cls in type(widget).__mro__)


def chart_table(canvas: QWidget, window: QWidget) -> QAbstractItemView | None:
    """The table holding `canvas`'s numbers, by the convention of this project.

    Going up from the canvas (at most CHART_TABLE_LEVELS parents, never past `window`), the
    first widget that either has the property `chartDataTable` (the table itself, or its
    objectName in the window) or has a descendant table (a QAbstractItemView) whose
    objectName is "chartDataTable" holds it: the chart widget of
    gui/results/chart_canvas.py keeps its canvas and its ChartDataTable together in this way,
    one shown at a time (the "Data" button switches).
    """
    widget: QObject | None = canvas
    for _ in range(CHART_TABLE_LEVELS + 1):
        if widget is None:
            return None
        value = widget.property(CHART_TABLE_PROPERTY)
        if isinstance(value, QAbstractItemView):
            return value
        if isinstance(value, str) and value:  # named: anywhere in the window
            return window.findChild(QAbstractItemView, value)
        for found in widget.findChildren(QAbstractItemView, CHART_TABLE_PROPERTY):
            return found
        if widget is window:
            return None
        widget = widget.parent()
    return None


def _labelled_by(iface: QAccessibleInterface) -> str:
    """The name of the label relation ("labelled by"), as Orca falls back to it."""
    for other, relation in iface.relations(QAccessible.RelationFlag.Label):
        if relation & QAccessible.RelationFlag.Label and other is not None and other.isValid():
            text = other.text(QAccessible.Text.Name).strip()
            if text:
                return text
    return ""


class _Walk:
    def __init__(self, window: QWidget, title: str) -> None:
        self.window = window
        self.title = title
        self.findings: list[Finding] = []

    def add(self, widget: QObject | None, iface: QAccessibleInterface, problem: str) -> None:
        self.findings.append(
            Finding(
                window=self.title,
                owner=_owner(widget),
                path=_path(widget, self.window),
                role=iface.role().name,
                name=iface.text(QAccessible.Text.Name),
                problem=problem,
            )
        )

    def visit(self, iface: QAccessibleInterface, depth: int = 0) -> None:
        if not iface.isValid() or depth > 60:
            return
        state = iface.state()
        if state.invisible:
            return
        widget = iface.object()
        if isinstance(widget, QWidget) and not widget.isVisible():
            return
        self.check(iface, widget)
        if iface.role() in _ITEM_VIEWS:
            return
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None:
                self.visit(child, depth + 1)

    def check(self, iface: QAccessibleInterface, widget: QObject | None) -> None:
        role = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        if _MNEMONIC.search(name.replace("&&", "")):
            self.add(widget, iface, 'an "&" mnemonic is left in the name')
        if isinstance(widget, QLabel) and role == Role.StaticText:
            self.check_label(iface, widget, name)
        if isinstance(widget, QWidget) and _is_canvas(widget):
            table = chart_table(widget, self.window)
            if table is None:
                self.add(widget, iface, "a chart without a table of its numbers")
            elif not table.accessibleName().strip():
                self.add(widget, iface, "the chart's table of numbers has no name")
        if not iface.state().focusable or role in _NO_NAME_NEEDED:
            return
        if isinstance(widget, QWidget) and isinstance(widget.parent(), QComboBox):
            return  # an editable combo's line edit: the combo is what is focused and named
        if isinstance(widget, QComboBox) and iface.object() is widget:
            self.check_combo(iface, widget)
            return
        if not name:
            name = _labelled_by(iface)
        if not name:
            self.add(widget, iface, "a focusable control without a name")
        elif meaningless(name):
            self.add(widget, iface, "a focusable control whose name says nothing")
        elif isinstance(widget, QWidget) and widget.objectName() == name:
            self.add(widget, iface, "named by its objectName, not for people")
        if (
            role in _BUTTONS
            and isinstance(widget, QAbstractButton)
            and iface.object() is widget
            and widget.text()
        ):
            visible = words(widget.text())
            if visible and not f"{words(name)} ".startswith(f"{visible} "):
                self.add(
                    widget,
                    iface,
                    f"the name does not start with the visible text {widget.text()!r}",
                )

    def check_label(self, iface: QAccessibleInterface, label: QLabel, name: str) -> None:
        if label.pixmap() is not None and not label.pixmap().isNull():
            return
        visible = normalised(label_text(label))
        if not visible:
            return
        if visible not in normalised(name):
            self.add(label, iface, f"the visible text {label_text(label)[:60]!r} is not exposed")

    def check_combo(self, iface: QAccessibleInterface, combo: QComboBox) -> None:
        label = _labelled_by(iface)
        own = combo.accessibleName().strip()
        if not label and not own:
            self.add(combo, iface, "a combo box named only by its current value (no label)")
            return
        for text, where in ((label, "label"), (own, "accessible name")):
            if text and meaningless(text):
                self.add(combo, iface, f"the combo box's {where} {text!r} says nothing")
            if text and text == combo.objectName():
                self.add(combo, iface, f"the combo box's {where} is its objectName")
            if _MNEMONIC.search(text.replace("&&", "")):
                self.add(combo, iface, f'an "&" mnemonic is left in the {where}')


def walk(window: QWidget, title: str | None = None) -> list[Finding]:
    """Every problem a screen reader user meets in the visible part of `window`."""
    iface = QAccessible.queryAccessibleInterface(window)
    title = title or window.objectName() or type(window).__name__
    if iface is None:
        return [Finding(title, _owner(window), title, "?", "", "no accessible interface")]
    walker = _Walk(window, title)
    if not window.windowTitle().strip() and window.isWindow():
        walker.add(window, iface, "a window without a title")
    walker.visit(iface)
    return walker.findings


def report(findings: Iterable[Finding]) -> str:
    """The findings grouped by the file whose class owns the control, one line per problem
    (a problem seen in several windows or states is listed once, with where it was seen)."""
    by_owner: dict[str, dict[str, list[str]]] = {}
    for finding in findings:
        line = f"{finding.path} [{finding.role} {finding.name!r}]: {finding.problem}"
        where = by_owner.setdefault(finding.owner, {}).setdefault(line, [])
        if finding.window not in where:
            where.append(finding.window)
    lines: list[str] = []
    for owner in sorted(by_owner):
        lines.append(f"{owner}:")
        for line, where in by_owner[owner].items():
            more = f" and {len(where) - 1} more" if len(where) > 1 else ""
            lines.append(f"  {line}  (in {where[0]}{more})")
    return "\n".join(lines)


def assert_accessible(window: QWidget, title: str | None = None) -> None:
    """Fail with the readable list of findings, if there are any."""
    findings = walk(window, title)
    assert not findings, "accessibility problems:\n" + report(findings)


# --- windows opened by an action ---------------------------------------------------------


def is_file_dialog(window: QWidget) -> bool:
    from PySide6.QtWidgets import QFileDialog

    return isinstance(window, QFileDialog)


class WindowWalker(QObject):
    """Walks every window that appears while it is installed, then closes it.

    Installed on the application, it sees each top-level window (dialog, message box, a
    feature's own window) when it is shown, walks it once the event loop turns (inside the
    dialog's own exec() loop for modal ones) and closes it the way a user cancelling would:
    a message box by its escape button (No, Cancel), a dialog by reject(), a window by
    close(). Qt's own file dialogs are closed unwalked (not ours) and listed in `skipped`.
    """

    def __init__(self, title_prefix: str) -> None:
        super().__init__()
        self.prefix = title_prefix
        self.findings: list[Finding] = []
        self.seen: list[str] = []
        self.skipped: list[str] = []
        self._pending: list[QWidget] = []
        self.keep: set[int] = set()  # windows left alone (the main window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and id(watched) not in self.keep
            and watched not in self._pending
        ):
            self._pending.append(watched)
            QTimer.singleShot(0, self._handle)
        return False

    def _handle(self) -> None:
        while self._pending:
            window = self._pending.pop(0)
            if not isValid(window) or not window.isVisible():
                continue
            name = f"{self.prefix} {type(window).__name__}"
            title = window.windowTitle() or window.objectName()
            if is_file_dialog(window):
                self.skipped.append(f"{name} {title!r}: Qt's own file dialog, not walked")
            else:
                QApplication.processEvents()  # let it finish laying out and loading
                self.seen.append(f"{name} {title!r}")
                self.findings.extend(walk(window, f"{name} {title!r}"))
            close_like_a_user(window)
            QApplication.processEvents()
            if isValid(window) and window.isVisible():
                # Never leave a modal loop running: that would hang the test run.
                self.skipped.append(f"{name} {title!r}: did not close when cancelled")
                if isinstance(window, QDialog):
                    window.done(0)
                window.hide()


def close_like_a_user(window: QWidget) -> None:
    """Cancel `window`: No/Cancel on a message box, reject() a dialog, close() a window."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(window, QMessageBox):
        button = window.escapeButton()
        if button is None:
            for candidate in window.buttons():
                role = window.buttonRole(candidate)
                if role in (
                    QMessageBox.ButtonRole.RejectRole,
                    QMessageBox.ButtonRole.NoRole,
                ):
                    button = candidate
                    break
        if button is not None:
            button.click()
            return
        if len(window.buttons()) == 1:
            window.buttons()[0].click()
            return
    if isinstance(window, QDialog):
        window.reject()  # only a cancel, never an accept
        return
    window.close()


def focus_problem(widget: QWidget | None) -> str | None:
    """Why the keyboard focus on `widget` would leave a user lost (nothing focused, hidden,
    unnamed), or None when it is on a visible, named control."""
    if widget is None:
        return "no control has the keyboard focus"
    where = f"{type(widget).__name__}({widget.objectName() or '?'})"
    if not widget.isVisible():
        return f"the focus is on a hidden control {where}"
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return f"the focused {where} has no accessible interface"
    walker = _Walk(widget.window(), "focus")
    if not iface.state().focusable:
        return f"the focus is on {where}, which does not take the focus"
    walker.check(iface, widget)
    naming = [f.problem for f in walker.findings]
    if naming:
        return f"the focused {where}: {'; '.join(naming)}"
    return None


def tab_to(qtbot, dialog: QWidget, target: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Tab (as a user does, so the style knows the focus came from the keyboard) until
    `target` has the focus."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    for _ in range(20):
        if target.hasFocus():
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")
