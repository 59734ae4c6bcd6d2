"""The dialog that writes a round or a unit's whole history to an Excel file to share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Round, Unit
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    action_and_close_buttons,
    add_form_row,
    busy_cursor,
    problem_label,
    with_shortcut,
)
from promise_tracker.gui.shared.passwords import PasswordOption
from promise_tracker.gui.shared.settings import Settings, last_folder, remember_folder
from promise_tracker.gui.shared.window_size import grow_to_fit

if TYPE_CHECKING:
    from promise_tracker.exchange.round_export import ExportSource
    from promise_tracker.services.workspace import Workspace

# Languages are named in their own language, so a reader finds theirs whatever the UI shows.
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}
# The settings key of the folder exports go to (shared by every export of the app).
EXPORT_FOLDER = "export"
# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def safe_file_name(text: str, fallback: str = "export") -> str:
    """`text` as a file name every system accepts: no separators, no trailing dots."""
    name = re.sub(r"\s+", " ", _UNSAFE.sub("-", text)).strip(" .-")
    return name[:120].rstrip(" .-") or fallback


class ExportDialog(QDialog):
    """Choose a round or the whole unit, the language and redaction; then write the file."""

    def __init__(
        self,
        service: ExportSource,
        unit: Unit,
        current_round: Round | None,
        languages: Sequence[str],
        language: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Export to Excel"))
        self.service = service
        self.unit = unit
        self.current_round = current_round
        self.written_path: Path | None = None
        self.error_box: QMessageBox | None = None

        intro = QLabel(
            self.tr(
                "Write the results of {unit} to an Excel workbook: scores per standard, "
                "every criterion's answer and charts. The file can be opened in any "
                "spreadsheet program and imported into PROMISE tracker elsewhere."
            ).format(unit=unit.name),
            self,
        )
        intro.setWordWrap(True)
        # The layout sets the dialog's minimum size (SetMinimumSize below, which overrides a
        # minimum width set on the dialog itself), so the intro's width keeps it roomy.
        intro.setMinimumWidth(self.fontMetrics().averageCharWidth() * 86)

        what = QGroupBox(self.tr("What to export"), self)
        what.setObjectName("exportWhatGroup")
        if current_round is not None:
            round_text = self.tr("&This round: {title}").format(title=current_round.title)
        else:
            round_text = self.tr("&This round (no round is open)")
        self.round_radio = QRadioButton(round_text, what)
        self.round_radio.setObjectName("exportRoundRadio")
        self.round_radio.setToolTip(
            with_shortcut(
                self.tr("The open round's answers, with the unit's earlier scores for context."),
                round_text,
            )
        )
        unit_text = self.tr("The unit's whole &history (every round)")
        self.unit_radio = QRadioButton(unit_text, what)
        self.unit_radio.setObjectName("exportUnitRadio")
        self.unit_radio.setToolTip(
            with_shortcut(self.tr("Every round of the unit, oldest first."), unit_text)
        )
        self.what_group = QButtonGroup(self)
        self.what_group.addButton(self.round_radio)
        self.what_group.addButton(self.unit_radio)
        self.round_radio.setEnabled(current_round is not None)
        (self.round_radio if current_round is not None else self.unit_radio).setChecked(True)
        what_layout = QVBoxLayout(what)
        what_layout.addWidget(self.round_radio)
        what_layout.addWidget(self.unit_radio)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("exportLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the standards in the file"))
        for code in languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        add_form_row(
            form,
            self.tr("&Language:"),
            self.language_combo,
            self.tr("The language the standards and criteria are written in, in the file."),
        )

        redacted_text = self.tr("Leave out notes and &justifications (to share)")
        self.redacted_check = QCheckBox(redacted_text, self)
        self.redacted_check.setObjectName("exportRedactedCheck")
        self.redacted_check.setToolTip(
            with_shortcut(
                self.tr("Make a file that is safe to share outside the team."), redacted_text
            )
        )
        redacted_help = QLabel(
            self.tr(
                "Scores and answers stay; evidence notes and N/A justifications are left out "
                "and respondents are shown as Respondent 1, 2, …"
            ),
            self,
        )
        redacted_help.setObjectName("exportRedactedHelp")
        redacted_help.setWordWrap(True)
        # Indented under its checkbox, so it reads as that option's explanation.
        indent = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth)
        redacted_help.setContentsMargins(indent + 6, 0, 0, 0)
        self.redacted_check.setAccessibleDescription(redacted_help.text())

        self.password_option = PasswordOption(self)
        self.password_option.changed.connect(self._update_buttons)
        self.problem_label = problem_label(self, "exportProblemLabel")
        content_label(self.problem_label, self.tr("Why Export is not available"))

        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("exportButton")
        # Its name is its visible label (what a speech-input user says); what it does next
        # is the description.
        self.export_button.setAccessibleDescription(self.tr("Choose where to save, then export"))
        self.export_button.setToolTip(
            with_shortcut(
                self.tr("Choose a file name and write the workbook."), self.tr("&Export…")
            )
        )
        self.export_button.setDefault(True)
        show_focus(self.export_button)  # its default frame alone does not show the focus
        self.export_button.clicked.connect(self.export)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResultLabel")
        content_label(self.result_label, self.tr("Where the file was saved"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.setObjectName("openExportFolderButton")
        self.open_folder_button.setAccessibleDescription(
            self.tr("Open the folder of the exported file")
        )
        self.open_folder_button.setToolTip(
            with_shortcut(self.tr("Show the folder in the file manager."), self.tr("&Open folder"))
        )
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.result_label.hide()
        self.open_folder_button.hide()

        self.buttons, _close = action_and_close_buttons(
            self, self.export_button, QDialogButtonBox.ButtonRole.AcceptRole, "exportCloseButton"
        )
        self.buttons.setObjectName("exportButtons")

        layout = QVBoxLayout(self)
        # Never narrower than the longest unwrapped text, so a longer language is not clipped.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.redacted_check)
        layout.addWidget(redacted_help)
        layout.addWidget(self.password_option)
        layout.addLayout(result_row)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.round_radio, self.unit_radio)
        self.setTabOrder(self.unit_radio, self.language_combo)
        self.setTabOrder(self.language_combo, self.redacted_check)
        self.setTabOrder(self.redacted_check, self.password_option.check)
        self.setTabOrder(self.password_option.check, self.password_option.password_edit)
        self.setTabOrder(self.password_option.password_edit, self.password_option.repeat_edit)
        self.setTabOrder(self.password_option.last_widget(), self.open_folder_button)
        # The button box's own buttons are left where the box put them: the box forwards
        # the focus to its first button, so a box placed after its buttons (which
        # setTabOrder on them does) sent Tab from Close back to Export, trapping it there.
        self._update_buttons()
        (self.round_radio if self.round_radio.isChecked() else self.unit_radio).setFocus()

    # --- choices ------------------------------------------------------------------------

    @property
    def exports_round(self) -> bool:
        return self.round_radio.isChecked() and self.current_round is not None

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    @property
    def redacted(self) -> bool:
        return self.redacted_check.isChecked()

    def _problem(self) -> str:
        """Why Export is disabled, in words; empty when it is enabled."""
        return self.password_option.problem()

    def _update_buttons(self) -> None:
        problem = self._problem()
        self.export_button.setEnabled(not problem)
        shown_before = self.problem_label.text()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if problem and problem != shown_before and self.isVisible():
            announce(self.problem_label, problem)
            grow_to_fit(self)

    def suggested_name(self) -> str:
        """A file name from the unit and the round (or "all rounds"), safe on every system."""
        if self.exports_round:
            assert self.current_round is not None
            text = self.tr("{unit} - {round}").format(
                unit=self.unit.name, round=self.current_round.title
            )
        else:
            text = self.tr("{unit} - all rounds").format(unit=self.unit.name)
        if self.redacted:
            text = self.tr("{name} (to share)").format(name=text)
        return safe_file_name(text) + ".xlsx"

    # --- actions ------------------------------------------------------------------------

    def export(self) -> Path | None:
        """Ask for a file, write it; the path written, or None if cancelled or failed."""
        if self._problem():
            return None
        password = self.password_option.password()
        chosen = self._ask_save_path(self.suggested_name())
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        # openpyxl and the export code load when the first export is written.
        from promise_tracker.exchange.round_export import export_round, export_unit

        try:
            with busy_cursor():
                if self.exports_round:
                    assert self.current_round is not None
                    written = export_round(
                        self.service,
                        self.current_round.id,
                        path,
                        language=self.language,
                        redacted=self.redacted,
                        password=password,
                    )
                else:
                    written = export_unit(
                        self.service,
                        self.unit.id,
                        path,
                        language=self.language,
                        redacted=self.redacted,
                        password=password,
                    )
        except PromiseTrackerError as error:
            self._show_error(str(error))
            return None
        self.written_path = written
        if password:
            saved = self.tr(
                "Saved to {path}, protected with a password. Give the password to the "
                "recipient another way than the file."
            )
        else:
            saved = self.tr("Saved to {path}")
        self.result_label.setText(saved.format(path=written))
        self.result_label.show()
        self.open_folder_button.show()
        grow_to_fit(self)
        self.open_folder_button.setFocus()
        announce(self.result_label, self.result_label.text())
        return written

    def open_folder(self) -> None:
        if self.written_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.written_path.parent)))

    def _show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Could not export"),
            self.tr("The file was not written.\n\n{reason}").format(reason=message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("exportErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.finished.connect(lambda _=0: setattr(self, "error_box", None))
        box.open()  # window-modal without a nested event loop

    # Separate methods, so tests replace them: no file dialog, nothing opened for real.
    def start_path(self, suggested_name: str) -> Path:
        """Where the save dialog starts: the folder of the last export (remembered across
        sessions), the documents folder the first time."""
        return last_folder(self.settings, EXPORT_FOLDER) / suggested_name

    def _ask_save_path(self, suggested_name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            str(self.start_path(suggested_name)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            remember_folder(self.settings, EXPORT_FOLDER, Path(path).parent)
        return path

    def _open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    @staticmethod
    def show_for(
        parent: QWidget | None,
        workspace: Workspace,
        unit: Unit,
        current_round: Round | None,
        language: str = "en",
        settings: Settings | None = None,
    ) -> ExportDialog:
        """Open the dialog (window-modal, not blocking) for `unit`; returns it."""
        service = workspace.assessment
        languages: Sequence[str] = ("en",)
        rounds = service.rounds(unit.id)
        shown = current_round or (rounds[-1] if rounds else None)
        if shown is not None:
            # A missing pack keeps the default; the export itself then says what is wrong.
            with suppress(PromiseTrackerError):
                languages = service.pack_for(shown).languages
        dialog = ExportDialog(service, unit, current_round, languages, language, parent, settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
