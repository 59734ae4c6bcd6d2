"""The dialog that previews export files and imports them into this computer's data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.file_list import FileListDialog, FileListInput
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    action_and_close_buttons,
    busy_cursor,
    problem_label,
    with_shortcut,
)
from promise_tracker.gui.shared.passwords import PasswordKeeper, ask_file_password, unlock_files
from promise_tracker.gui.shared.window_size import fit_to_screen, grow_to_fit
from promise_tracker.services.importing import (
    ConflictPolicy,
    FilePreview,
    ImportPreview,
    ImportResult,
    apply_import,
    preview_import,
)

if TYPE_CHECKING:
    from promise_tracker.services.workspace import Workspace

# The file's path on each top-level row, so removing a row knows which file it was.
PATH_ROLE = Qt.ItemDataRole.UserRole


class ImportDialog(FileListDialog, QDialog):
    """Add files, read what each would change, choose what to do with conflicts, import."""

    imported = Signal()  # after an import that was stored; the window reloads its data

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.workspace = workspace
        self.file_list = FileListInput(self)
        self.file_list.changed.connect(self._files_changed)
        self.preview: ImportPreview | None = None
        self.last_result: ImportResult | None = None
        # Passwords that opened a file, for the dialog's life: one password for many
        # files is typed once, and every check of the list uses them.
        self.passwords = PasswordKeeper()
        # Asked for after the list is shown, never inside a drop (the file manager that
        # dropped the files would wait for the prompt).
        self._password_timer = QTimer(self)
        self._password_timer.setSingleShot(True)
        self._password_timer.setInterval(0)
        self._password_timer.timeout.connect(self._ask_passwords)

        intro = QLabel(
            self.tr(
                "Add Excel files exported by PROMISE tracker, on this or another computer. "
                "Each file is checked first and the list shows what it would add or change. "
                "Nothing is stored until you press Import, and then all files or none."
            ),
            self,
        )
        intro.setWordWrap(True)

        add_text = self.tr("&Add files…")
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName("addImportFilesButton")
        # Every button is named by its visible label (what a speech-input user says); what
        # it does is its description.
        self.add_button.setAccessibleDescription(self.tr("Add files to import"))
        self.add_button.setToolTip(with_shortcut(self.tr("Choose export files (.xlsx)."), add_text))
        self.add_button.clicked.connect(self.add_files)
        folder_text = self.tr("Add &folder…")
        self.add_folder_button = QPushButton(folder_text, self)
        self.add_folder_button.setObjectName("addImportFolderButton")
        self.add_folder_button.setAccessibleDescription(self.tr("Add the export files of a folder"))
        self.add_folder_button.setToolTip(
            with_shortcut(
                self.tr(
                    "Choose a folder: every export file (.xlsx) in it is added. You can also "
                    "drop files and folders on this window."
                ),
                folder_text,
            )
        )
        self.add_folder_button.clicked.connect(self.add_folder)
        remove_text = self.tr("&Remove")
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setObjectName("removeImportFileButton")
        self.remove_button.setAccessibleDescription(
            self.tr("Remove the selected file from the list")
        )
        self.remove_button.setToolTip(
            with_shortcut(self.tr("Take the selected file off the list (Delete)."), remove_text)
        )
        self.remove_button.clicked.connect(self.remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.add_folder_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)

        self.files_view = QTreeWidget(self)
        self.files_view.setObjectName("importFilesView")
        self.files_view.setAccessibleName(self.tr("Files to import and what each would do"))
        self.files_view.setHeaderHidden(True)
        self.files_view.setColumnCount(1)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files_view.setUniformRowHeights(True)
        self.files_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.files_view.itemSelectionChanged.connect(self._update_buttons)
        self.file_list.remove_on_delete_key(self.files_view, self.remove_selected)

        self.policy_group = QGroupBox(
            self.tr("When a round is already stored here with other content"), self
        )
        self.policy_group.setObjectName("importPolicyGroup")
        keep_text = self.tr("&Keep both: store the imported copy with “(imported)” after its title")
        self.keep_both_radio = QRadioButton(keep_text, self.policy_group)
        self.keep_both_radio.setObjectName("keepBothRadio")
        self.keep_both_radio.setToolTip(
            with_shortcut(
                self.tr("Nothing stored is lost; you can delete a copy later."), keep_text
            )
        )
        replace_text = self.tr("Re&place the stored round with the imported one")
        self.replace_radio = QRadioButton(replace_text, self.policy_group)
        self.replace_radio.setObjectName("replaceRadio")
        self.replace_radio.setToolTip(
            with_shortcut(
                self.tr("The stored answers of that round are overwritten."), replace_text
            )
        )
        skip_text = self.tr("&Skip: leave the stored round as it is")
        self.skip_radio = QRadioButton(skip_text, self.policy_group)
        self.skip_radio.setObjectName("skipRadio")
        self.skip_radio.setToolTip(
            with_shortcut(self.tr("Conflicting rounds in the files are not imported."), skip_text)
        )
        self.keep_both_radio.setChecked(True)
        self.policy_buttons = QButtonGroup(self)
        for radio in (self.keep_both_radio, self.replace_radio, self.skip_radio):
            self.policy_buttons.addButton(radio)
        policy_layout = QVBoxLayout(self.policy_group)
        policy_layout.addWidget(self.keep_both_radio)
        policy_layout.addWidget(self.replace_radio)
        policy_layout.addWidget(self.skip_radio)

        self.problem_label = problem_label(self, "importProblemLabel")
        content_label(self.problem_label, self.tr("Why Import is not available"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("importResultLabel")
        content_label(self.result_label, self.tr("Result of the import"))
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        import_text = self.tr("&Import")
        self.import_button = QPushButton(import_text, self)
        self.import_button.setObjectName("runImportButton")
        self.import_button.setAccessibleDescription(self.tr("Import the files"))
        self.import_button.setToolTip(
            with_shortcut(self.tr("Store every file in the list, all or nothing."), import_text)
        )
        self.import_button.setDefault(True)
        show_focus(self.import_button)  # a default button shows its focus too
        self.import_button.clicked.connect(self.run_import)
        self.buttons, _close = action_and_close_buttons(
            self, self.import_button, QDialogButtonBox.ButtonRole.ActionRole, "importCloseButton"
        )
        self.buttons.setObjectName("importButtons")

        layout = QVBoxLayout(self)
        # Never narrower than the longest unwrapped text, so a longer language is not clipped.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(file_buttons)
        layout.addWidget(self.files_view, 1)
        layout.addWidget(self.policy_group)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.add_button, self.add_folder_button)
        self.setTabOrder(self.add_folder_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.files_view)
        self.setTabOrder(self.files_view, self.keep_both_radio)
        # The button box's buttons stay where the box put them, after it: the box passes the
        # focus on to its first button, so moved before the box they trapped Tab.
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(width * 80)
        # Never larger than a small screen (1024x600 and its panel).
        fit_to_screen(self, QSize(width * 95, self.fontMetrics().lineSpacing() * 34))
        self.file_list.accept_drops(self)
        self._refresh()
        self.add_button.setFocus()

    # --- the list of files --------------------------------------------------------------

    def remove_selected(self) -> None:
        item = self.files_view.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is not None:
            self.file_list.remove(Path(item.data(0, PATH_ROLE)))

    def _files_changed(self) -> None:
        # A file removed and added again is asked for again.
        self.passwords.forget_files(self.files)
        self._refresh()
        # What the change left out (files that are not workbooks, an empty folder), if any.
        self._show_result(self.file_list.note)

    def _refresh(self) -> None:
        """Check every file again (fast for a handful) and show what each would do."""
        if self.files:
            with busy_cursor():
                self.preview = preview_import(
                    self.workspace.database,
                    self.workspace.packs,
                    self.files,
                    passwords=self.passwords.passwords,
                )
        else:
            self.preview = None
        if self.preview is not None and any(f.needs_password for f in self.preview.files):
            self._password_timer.start()
        self.files_view.clear()
        for file in self.preview.files if self.preview else ():
            self.files_view.addTopLevelItem(self._file_item(file))
        self.files_view.expandAll()
        first = self.files_view.topLevelItem(0)
        if first is not None:
            self.files_view.setCurrentItem(first)
        self._update_buttons()

    def _file_item(self, file: FilePreview) -> QTreeWidgetItem:
        style = self.style()
        item = QTreeWidgetItem()
        item.setData(0, PATH_ROLE, str(file.path))
        item.setToolTip(0, str(file.path))
        # The words say accepted or refused; the symbol and icon only repeat it.
        if not file.accepted:
            item.setText(0, self.tr("{file}: refused").format(file=file.path.name))
            item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            for reason in file.reasons:
                self._child(item, reason)
            if file.needs_password:
                self._child(item, self.tr("Remove the file and add it again to type its password."))
            return item
        if file.changes_nothing:
            item.setText(
                0,
                self.tr("{file}: already imported, nothing would change").format(
                    file=file.path.name
                ),
            )
        else:
            item.setText(0, self.tr("{file}: accepted").format(file=file.path.name))
        item.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        if file.new_unit:
            self._child(item, self.tr("New unit: {name}").format(name=file.unit_name))
        else:
            self._child(item, self.tr("Unit: {name} (already here)").format(name=file.unit_name))
        for plan in file.rounds:
            if plan.state == "new":
                text = self.tr("New round: {title}")
            elif plan.state == "unchanged":
                text = self.tr("Unchanged round: {title}")
            else:
                text = self.tr("Conflict: {title} is stored here with other content")
            child = self._child(item, text.format(title=plan.title))
            if plan.state == "conflict":
                child.setIcon(0, style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        if file.new_events:
            self._child(item, self.tr("New events: {count}").format(count=file.new_events))
        if file.content is not None and file.content.redacted:
            self._child(
                item,
                self.tr(
                    "A file made to share: it has no notes, justifications or real aliases "
                    "(those stored here are kept)"
                ),
            )
        return item

    @staticmethod
    def _child(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
        child = QTreeWidgetItem(parent, [text])
        child.setToolTip(0, text)
        child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return child

    # --- state of the controls ----------------------------------------------------------

    @property
    def has_conflicts(self) -> bool:
        return self.preview is not None and any(
            plan.state == "conflict" for file in self.preview.files for plan in file.rounds
        )

    @property
    def policy(self) -> ConflictPolicy:
        if self.replace_radio.isChecked():
            return "replace"
        if self.skip_radio.isChecked():
            return "skip"
        return "keep-both"

    def _problem(self) -> str:
        """Why Import is disabled, in words; empty when it is enabled."""
        if self.preview is None:
            return self.tr("Add one or more export files to import.")
        refused = self.preview.refused
        if len(refused) == 1:
            return self.tr(
                "{file} is refused (see the reason in the list). Remove it to import the "
                "other files."
            ).format(file=refused[0].path.name)
        if refused:
            return self.tr(
                "{count} files are refused (see the reasons in the list). Remove them to "
                "import the other files."
            ).format(count=len(refused))
        if all(f.changes_nothing for f in self.preview.files):
            return self.tr("Nothing to import: everything in these files is already here.")
        return ""

    def _update_buttons(self) -> None:
        problem = self._problem()
        self.import_button.setEnabled(not problem)
        shown_before = self.problem_label.text()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if problem and problem != shown_before and self.isVisible():
            announce(self.problem_label, problem)
        self.policy_group.setEnabled(self.has_conflicts)
        self.remove_button.setEnabled(self.files_view.currentItem() is not None)

    # --- importing ----------------------------------------------------------------------

    def run_import(self) -> ImportResult | None:
        if self.preview is None or self._problem():
            return None
        try:
            with busy_cursor():
                result = apply_import(self.preview, self.policy)
        except PromiseTrackerError as error:
            self._show_result(self.tr("Nothing was imported. {reason}").format(reason=str(error)))
            return None
        self.last_result = result
        self._show_result(self.describe(result))  # heard first, before what is left to do
        # Checked again: the list now says what is stored, and Import what is left to do.
        self._refresh()
        if result.changed:
            self.imported.emit()
        return result

    def _show_result(self, text: str) -> None:
        """Show (and have a screen reader say) what was done; hide the line when empty."""
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))
        if text and self.isVisible():
            grow_to_fit(self)
            announce(self.result_label, text)

    def describe(self, result: ImportResult) -> str:
        """The outcome in words, one translated line per kind of change."""
        if not result.changed and not result.rounds_skipped:
            return self.tr("Nothing changed: everything was already imported.")
        lines = [
            self.tr("Import finished.")
            if result.changed
            else self.tr("Nothing changed: the conflicting rounds were skipped.")
        ]
        counts = (
            (result.units_added, self.tr("New units: {count}")),
            (result.rounds_added, self.tr("New rounds: {count}")),
            (result.rounds_replaced, self.tr("Rounds replaced: {count}")),
            (result.rounds_kept_both, self.tr("Rounds kept as imported copies: {count}")),
            (result.rounds_skipped, self.tr("Conflicting rounds skipped: {count}")),
            (result.rounds_unchanged, self.tr("Rounds already here, unchanged: {count}")),
            (result.events_added, self.tr("New events: {count}")),
        )
        lines.extend(text.format(count=count) for count, text in counts if count)
        return "\n".join(lines)

    # --- passwords ----------------------------------------------------------------------

    def _ask_passwords(self) -> None:
        """Ask for the password of each file refused for want of it (up to three times
        each; Skip leaves it refused), then check the list again with the passwords that
        opened a file."""
        if self.preview is None:
            return
        locked = [f.path for f in self.preview.files if f.needs_password]
        if locked and unlock_files(self.passwords, locked, self._still_locked, self._ask_password):
            self._refresh()

    def _still_locked(self, paths: Sequence[Path], passwords: Sequence[str]) -> list[Path]:
        with busy_cursor():
            found = preview_import(
                self.workspace.database, self.workspace.packs, paths, passwords=passwords
            )
        return [f.path for f in found.files if f.needs_password]

    # Separate, so tests replace it: no modal prompt in tests.
    def _ask_password(self, path: Path, retry: bool) -> str | None:
        return ask_file_password(self, path, retry)

    # Separate, so tests replace it: no file dialog in tests.
    def _ask_files(self) -> list[str]:
        return self.file_list.ask(
            self.tr("Add files to import"), self.tr("Excel workbook (*.xlsx)")
        )

    # Separate, so tests replace it: no folder dialog in tests.
    def _ask_folder(self) -> str:
        return self.file_list.ask_folder(self.tr("Add the export files of a folder"))

    @staticmethod
    def show_for(
        parent: QWidget | None,
        workspace: Workspace,
        on_imported: Callable[[], None] | None = None,
    ) -> ImportDialog:
        """Open the dialog (window-modal, not blocking); `on_imported` runs after an import."""
        dialog = ImportDialog(workspace, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_imported is not None:
            dialog.imported.connect(on_imported)
        dialog.open()
        return dialog
