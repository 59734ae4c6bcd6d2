"""The Export questionnaires and Import questionnaires dialogs: files respondents fill in
offline (the Team menu entries that open them are in team.actions)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QTranslator, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.file_list import FileListDialog, FileListInput
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    action_and_close_buttons,
    add_form_row,
    busy_cursor,
    name_fields_by_labels,
    problem_label,
    show_problem,
    spoken_label,
    with_shortcut,
)
from promise_tracker.gui.shared.passwords import (
    PasswordKeeper,
    PasswordOption,
    ask_file_password,
    unlock_files,
)
from promise_tracker.gui.shared.settings import (
    Settings,
    documents_folder,
    last_folder,
    remember_folder,
)
from promise_tracker.gui.shared.translation import LANGUAGE_NAMES
from promise_tracker.gui.shared.window_size import grow_to_fit

# The settings key of the folder questionnaires were last written to.
QUESTIONNAIRE_FOLDER = "questionnaires"

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Respondent, Round, Unit

    # The services (and through them SQLAlchemy) load when a dialog is first opened, not
    # when the window builds its menus.
    from promise_tracker.exchange.questionnaire import Translate
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.services.questionnaires import (
        ExportedQuestionnaire,
        PdfWriter,
        QuestionnaireFilePreview,
        QuestionnaireImportSummary,
        QuestionnairePreview,
    )
    from promise_tracker.standards.model import Pack

PATH_ROLE = Qt.ItemDataRole.UserRole
RESPONDENT_ROLE = Qt.ItemDataRole.UserRole


def pdf_writer() -> PdfWriter | None:
    """The questionnaire PDF writer, if this installation has it (loaded when first needed)."""
    try:
        from promise_tracker.reports.questionnaire_pdf import write_questionnaire_pdf
    except ImportError:
        return None
    return write_questionnaire_pdf


def questionnaire_texts(language: str) -> Translate | None:
    """The questionnaire's fixed texts (instructions, headings) in `language`.

    None means the interface language (i18n.translate), used when it is that language or
    when no translation into it is shipped.
    """
    from promise_tracker import i18n
    from promise_tracker.gui.shared.translation import SOURCE_LANGUAGE, catalog_bytes

    if language == i18n.language():
        return None
    if language == SOURCE_LANGUAGE:
        return lambda context, text: text
    data = catalog_bytes(language)
    translator = QTranslator()
    if data is None or not translator.load(data):
        return None

    def translate(context: str, text: str) -> str:
        # The closure keeps `data` alive: the translator reads from it.
        return translator.translate(context, text) or text if data else text

    return translate


# --- export --------------------------------------------------------------------------------


class QuestionnaireExportDialog(QDialog):
    """Choose respondents, language, formats and a folder; write one file per respondent."""

    def __init__(
        self,
        service: AssessmentService,
        unit: Unit,
        assessment_round: Round,
        pack: Pack,
        language: str,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireExportDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Export questionnaires"))
        self.service = service
        self.unit = unit
        self.round = assessment_round
        self.pack = pack
        self.written: list[ExportedQuestionnaire] = []
        self.respondents: list[Respondent] = service.respondents(assessment_round.id)

        intro = QLabel(
            self.tr(
                "Write one questionnaire per respondent of “{round}”. Each person fills in "
                "their file in Excel or LibreOffice, without PROMISE tracker, and returns it; "
                "Team > Import questionnaires reads the answers back. Answers already saved "
                "are filled in."
            ).format(round=assessment_round.title),
            self,
        )
        intro.setWordWrap(True)

        respondents_label = QLabel(self.tr("&Respondents:"), self)
        self.respondent_list = QListWidget(self)
        self.respondent_list.setObjectName("questionnaireRespondentList")
        self.respondent_list.setAccessibleName(self.tr("Respondents to write a questionnaire for"))
        respondents_label.setBuddy(self.respondent_list)
        for respondent in self.respondents:
            try:
                perspective = pack.perspective(respondent.perspective).label.get(language)
            except KeyError:
                perspective = respondent.perspective
            item = QListWidgetItem(
                self.tr("{alias} ({perspective})").format(
                    alias=respondent.alias, perspective=perspective
                )
            )
            item.setData(RESPONDENT_ROLE, respondent.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.respondent_list.addItem(item)
        self.respondent_list.itemChanged.connect(self._update_buttons)
        lines = min(max(len(self.respondents), 4), 10)
        self.respondent_list.setMinimumHeight(self.fontMetrics().lineSpacing() * (lines + 1))
        all_text = self.tr("Select &all")
        self.all_button = QPushButton(all_text, self)
        self.all_button.setObjectName("questionnaireSelectAllButton")
        self.all_button.setAccessibleDescription(self.tr("Select every respondent"))
        self.all_button.setToolTip(with_shortcut(self.tr("Check every respondent."), all_text))
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_text = self.tr("Select &none")
        self.none_button = QPushButton(none_text, self)
        self.none_button.setObjectName("questionnaireSelectNoneButton")
        self.none_button.setAccessibleDescription(self.tr("Select no respondent"))
        self.none_button.setToolTip(with_shortcut(self.tr("Uncheck every respondent."), none_text))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        select_row = QHBoxLayout()
        select_row.addWidget(self.all_button)
        select_row.addWidget(self.none_button)
        select_row.addStretch(1)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("questionnaireLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the questionnaires"))
        for code in pack.languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self.language_combo.findData(language)
        if index < 0:
            index = self.language_combo.findData(pack.default_language)
        self.language_combo.setCurrentIndex(max(index, 0))

        self.excel_check = QCheckBox(self.tr("E&xcel workbook (.xlsx), to fill in"), self)
        self.excel_check.setObjectName("questionnaireExcelCheck")
        self.excel_check.setAccessibleDescription(self.tr("Write Excel questionnaires"))
        self.excel_check.setChecked(True)
        self.excel_check.setToolTip(
            with_shortcut(
                self.tr("The file respondents fill in and return."), self.excel_check.text()
            )
        )
        self.pdf_writer = pdf_writer()
        self.pdf_check = QCheckBox(self.tr("&PDF, to print"), self)
        self.pdf_check.setObjectName("questionnairePdfCheck")
        self.pdf_check.setAccessibleDescription(self.tr("Write PDF questionnaires"))
        if self.pdf_writer is None:
            self.pdf_check.setEnabled(False)
            self.pdf_check.setToolTip(self.tr("PDF questionnaires are not available here."))
        else:
            self.pdf_check.setToolTip(
                with_shortcut(
                    self.tr("A paper copy to fill in by hand; it is not imported."),
                    self.pdf_check.text(),
                )
            )
        for check in (self.excel_check, self.pdf_check):
            check.toggled.connect(self._update_buttons)
        formats = QGroupBox(self.tr("Formats"), self)
        formats.setObjectName("questionnaireFormatsGroup")
        formats_layout = QHBoxLayout(formats)
        formats_layout.addWidget(self.excel_check)
        formats_layout.addWidget(self.pdf_check)
        formats_layout.addStretch(1)

        # Only the Excel files can be protected; the PDF forms are printed, not sent.
        self.password_option = PasswordOption(self)
        self.password_option.check.setToolTip(
            with_shortcut(
                self.tr(
                    "Excel and LibreOffice ask for the password before opening each "
                    "questionnaire. The PDF forms are not protected."
                ),
                self.password_option.check.text(),
            )
        )
        self.password_option.changed.connect(self._update_buttons)
        self.excel_check.toggled.connect(self.password_option.setEnabled)
        self.excel_check.toggled.connect(self._update_buttons)  # after the line above

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("questionnaireFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder to write the questionnaires to"))
        # The folder used last time (kept in the settings), else the user's Documents.
        if settings is not None:
            start_folder = last_folder(settings, QUESTIONNAIRE_FOLDER)
        else:
            start_folder = Path(QuestionnaireExportDialog._last_folder or documents_folder())
        self.folder_edit.setText(str(start_folder))
        self.folder_edit.textChanged.connect(self._update_buttons)
        browse_text = self.tr("&Browse…")
        self.browse_button = QPushButton(browse_text, self)
        self.browse_button.setObjectName("questionnaireBrowseButton")
        self.browse_button.setAccessibleDescription(self.tr("Choose the folder"))
        self.browse_button.setToolTip(with_shortcut(self.tr("Choose the folder."), browse_text))
        self.browse_button.clicked.connect(self.browse)
        folder_row = QWidget(self)
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.folder_edit, 1)
        folder_layout.addWidget(self.browse_button)

        form = QFormLayout()
        add_form_row(
            form,
            self.tr("&Language:"),
            self.language_combo,
            self.tr("The language of the statements, answers and evidence hints."),
        )
        add_form_row(
            form,
            self.tr("&Folder:"),
            folder_row,
            self.tr("One file per respondent is written here, named after unit, round and alias."),
        )
        # Each field is named by its label, as it is seen (and said to voice control).
        name_fields_by_labels(form)
        folder_row.setAccessibleName("")
        folder_label = form.labelForField(folder_row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.folder_edit)
            self.folder_edit.setAccessibleName(spoken_label(folder_label.text()))

        self.problem_label = problem_label(self, "questionnaireExportProblemLabel")
        self.result_view = QPlainTextEdit(self)
        self.result_view.setObjectName("questionnaireExportResult")
        self.result_view.setAccessibleName(self.tr("Files written"))
        self.result_view.setReadOnly(True)
        self.result_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.result_view.hide()
        open_text = self.tr("&Open folder")
        self.open_folder_button = QPushButton(open_text, self)
        self.open_folder_button.setObjectName("questionnaireOpenFolderButton")
        self.open_folder_button.setAccessibleDescription(
            self.tr("Open the folder the questionnaires were written to")
        )
        self.open_folder_button.setToolTip(
            with_shortcut(self.tr("Show the folder in the file manager."), open_text)
        )
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.written_folder: Path | None = None

        export_text = self.tr("&Export")
        self.export_button = QPushButton(export_text, self)
        self.export_button.setObjectName("questionnaireExportButton")
        self.export_button.setAccessibleDescription(self.tr("Write the questionnaires"))
        self.export_button.setToolTip(
            with_shortcut(self.tr("Write one file per checked respondent."), export_text)
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons, close = action_and_close_buttons(
            self,
            self.export_button,
            QDialogButtonBox.ButtonRole.ActionRole,
            "questionnaireExportCloseButton",
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(respondents_label)
        layout.addWidget(self.respondent_list, 1)
        layout.addLayout(select_row)
        layout.addLayout(form)
        layout.addWidget(formats)
        layout.addWidget(self.password_option)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.result_view)
        layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)

        for first, second in zip(
            (
                self.respondent_list,
                self.all_button,
                self.none_button,
                self.language_combo,
                self.folder_edit,
                self.browse_button,
                self.excel_check,
                self.pdf_check,
                self.password_option.check,
                self.password_option.password_edit,
                self.password_option.repeat_edit,
                self.open_folder_button,
                self.export_button,
            ),
            (
                self.all_button,
                self.none_button,
                self.language_combo,
                self.folder_edit,
                self.browse_button,
                self.excel_check,
                self.pdf_check,
                self.password_option.check,
                self.password_option.password_edit,
                self.password_option.repeat_edit,
                self.open_folder_button,
                self.export_button,
                close,
            ),
            strict=True,
        ):
            self.setTabOrder(first, second)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._update_buttons()
        self.respondent_list.setFocus()
        if self.respondent_list.count():
            self.respondent_list.setCurrentRow(0)
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    _last_folder: str = ""  # shared by the dialogs of one session

    # --- choices ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or self.pack.default_language)

    def checked_respondent_ids(self) -> list[str]:
        ids = []
        for row in range(self.respondent_list.count()):
            item = self.respondent_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(RESPONDENT_ROLE)))
        return ids

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.respondent_list.count()):
            self.respondent_list.item(row).setCheckState(state)

    def _problem(self) -> str:
        if not self.respondents:
            return self.tr(
                "This round has no respondents yet. Add them first; each gets a questionnaire."
            )
        if not self.checked_respondent_ids():
            return self.tr("Check at least one respondent.")
        if not (self.excel_check.isChecked() or self.pdf_check.isChecked()):
            return self.tr("Choose Excel, PDF or both.")
        if not self.folder_edit.text().strip():
            return self.tr("Choose the folder to write the files to.")
        return self.password_option.problem()

    def _update_buttons(self, *_: object) -> None:
        problem = self._problem()
        self.export_button.setEnabled(not problem)
        shown_before = self.problem_label.isVisibleTo(self)
        show_problem(self.problem_label, problem)
        if problem and not shown_before and self.isVisible():
            grow_to_fit(self)

    # --- actions ------------------------------------------------------------------------

    def browse(self) -> None:
        chosen = self._ask_folder(self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def export(self) -> list[ExportedQuestionnaire]:
        """Write the files with a progress dialog; returns what was written."""
        if self._problem():
            return []
        folder = Path(self.folder_edit.text().strip())
        ids = self.checked_respondent_ids()
        excel = self.excel_check.isChecked()
        password = self.password_option.password() if excel else None
        progress = QProgressDialog(
            self.tr("Writing questionnaires…"), self.tr("Cancel"), 0, len(ids), self
        )
        progress.setObjectName("questionnaireExportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        from promise_tracker.services.questionnaires import export_questionnaires

        try:
            written = export_questionnaires(
                self.service,
                self.round.id,
                folder,
                respondent_ids=ids,
                language=self.language,
                excel=excel,
                pdf=self.pdf_writer if self.pdf_check.isChecked() else None,
                texts=questionnaire_texts(self.language),
                progress=step,
                password=password,
            )
        except PromiseTrackerError as error:
            progress.close()
            self._show_result(
                self.tr("Nothing more was written. {reason}").format(reason=error.message)
            )
            return []
        except OSError:
            progress.close()
            self._show_result(
                self.tr(
                    "Nothing more was written: the files could not be saved in {folder}. "
                    "Check that the folder exists and that you may save files there, or "
                    "choose another folder."
                ).format(folder=folder)
            )
            return []
        progress.close()
        QuestionnaireExportDialog._last_folder = str(folder)
        remember_folder(self.settings, QUESTIONNAIRE_FOLDER, folder)
        self.written_folder = folder
        self.written = written
        count = sum(len(item.paths) for item in written)
        lines = [
            self.tr("Wrote {count} files for {people} respondents to {folder}:").format(
                count=count, people=len(written), folder=folder
            )
        ]
        if password and self.pdf_check.isChecked():
            lines.append(
                self.tr(
                    "The Excel questionnaires are protected with a password; the PDFs are "
                    "not. Give the password to the respondents another way than the files."
                )
            )
        elif password:
            lines.append(
                self.tr(
                    "The questionnaires are protected with a password. Give it to the "
                    "respondents another way than the files."
                )
            )
        lines += [path.name for item in written for path in item.paths]
        if len(written) < len(ids):
            lines.append(
                self.tr("Stopped before the last {count}.").format(count=len(ids) - len(written))
            )
        self._show_result("\n".join(lines))
        if written:
            self.open_folder_button.show()
        return written

    def _show_result(self, text: str) -> None:
        """Show what happened below the choices, say its first line, make room for it."""
        self.result_view.setPlainText(text)
        self.result_view.show()
        grow_to_fit(self)
        announce(self.result_view, text.splitlines()[0] if text else "")

    def open_folder(self) -> None:
        """Show the folder the questionnaires were written to in the file manager."""
        if self.written_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written_folder)))

    # Separate, so tests replace it: no folder dialog in tests.
    def _ask_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the questionnaires"), start
        )


# --- import --------------------------------------------------------------------------------


class QuestionnaireImportDialog(FileListDialog, QDialog):
    """Add filled questionnaires, see what each would do, accept changes, import."""

    imported = Signal()  # after an import that stored something; the window reloads

    COLUMNS = 4

    def __init__(
        self, service: AssessmentService, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("questionnaireImportDialog")
        self.setWindowTitle(self.tr("Import questionnaires"))
        self.service = service
        self.language = language
        self.file_list = FileListInput(self)
        self.file_list.changed.connect(self._files_changed)
        self.preview: QuestionnairePreview | None = None
        self.last_summary: QuestionnaireImportSummary | None = None
        self._accepted: set[Path] = set()
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
                "Add the questionnaires respondents returned. Each file is checked and "
                "compared with the answers saved here. New answers are imported; a file "
                "that would change saved answers is imported only if you check it. Rejected "
                "files are never imported."
            ),
            self,
        )
        intro.setWordWrap(True)

        add_text = self.tr("&Add files…")
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName("questionnaireAddFilesButton")
        self.add_button.setAccessibleDescription(self.tr("Add questionnaires to import"))
        self.add_button.setToolTip(
            with_shortcut(self.tr("Choose filled questionnaires (.xlsx)."), add_text)
        )
        self.add_button.clicked.connect(self.add_files)
        folder_text = self.tr("Add &folder…")
        self.add_folder_button = QPushButton(folder_text, self)
        self.add_folder_button.setObjectName("questionnaireAddFolderButton")
        self.add_folder_button.setAccessibleDescription(
            self.tr("Add the questionnaires of a folder")
        )
        self.add_folder_button.setToolTip(
            with_shortcut(
                self.tr(
                    "Choose a folder: every questionnaire (.xlsx) in it is added. You can also "
                    "drop files and folders on this window."
                ),
                folder_text,
            )
        )
        self.add_folder_button.clicked.connect(self.add_folder)
        remove_text = self.tr("&Remove")
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setObjectName("questionnaireRemoveFileButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected file from the list"))
        self.remove_button.setToolTip(
            with_shortcut(self.tr("Take the selected file off the list."), remove_text)
        )
        self.remove_button.clicked.connect(self.remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.add_folder_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("questionnaireImportTable")
        self.table.setAccessibleName(self.tr("Questionnaires and what each would do"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Respondent"), self.tr("Status"), self.tr("Details")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.table.itemChanged.connect(self._on_item_changed)

        details_label = QLabel(self.tr("&Details of the selected file:"), self)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("questionnaireImportDetails")
        self.details.setAccessibleName(self.tr("Problems, warnings or differences of the file"))
        self.details.setReadOnly(True)
        details_label.setBuddy(self.details)
        details_box = QWidget(self)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(details_label)
        details_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details_box)
        splitter.setChildrenCollapsible(False)

        self.problem_label = problem_label(self, "questionnaireImportProblemLabel")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("questionnaireImportResultLabel")
        content_label(self.result_label, self.tr("Result of the import"))
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        import_text = self.tr("&Import")
        self.import_button = QPushButton(import_text, self)
        self.import_button.setObjectName("questionnaireImportButton")
        self.import_button.setAccessibleName(self.tr("Import the questionnaires"))
        self.import_button.setToolTip(
            with_shortcut(
                self.tr("Store the new files and the checked changed ones, all in one step."),
                import_text,
            )
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        self.buttons, close = action_and_close_buttons(
            self,
            self.import_button,
            QDialogButtonBox.ButtonRole.ActionRole,
            "questionnaireImportCloseButton",
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.add_button, self.add_folder_button)
        self.setTabOrder(self.add_folder_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.table)
        self.setTabOrder(self.table, self.details)
        self.setTabOrder(self.details, self.import_button)
        self.setTabOrder(self.import_button, close)
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(width * 90)
        self.resize(width * 110, self.fontMetrics().lineSpacing() * 34)
        self.file_list.accept_drops(self)
        self._refresh()
        self.add_button.setFocus()
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    # --- the list -----------------------------------------------------------------------

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        files = self.files
        if 0 <= row < len(files):
            # Its check goes too: the file, added again, starts unchecked.
            self._accepted.discard(files[row])
            self.file_list.remove(files[row])

    def _files_changed(self) -> None:
        # A file removed and added again is asked for again.
        self.passwords.forget_files(self.files)
        self._refresh()
        # What the change left out (files that are not workbooks, an empty folder), if any.
        self.result_label.setText(self.file_list.note)
        self.result_label.setVisible(bool(self.file_list.note))

    def _refresh(self) -> None:
        from promise_tracker.services.questionnaires import preview_questionnaires

        if self.files:
            with busy_cursor():
                self.preview = preview_questionnaires(
                    self.service, self.files, passwords=self.passwords.passwords
                )
        else:
            self.preview = None
        if self.preview is not None and any(f.needs_password for f in self.preview.files):
            self._password_timer.start()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, file in enumerate(self.preview.files if self.preview else ()):
            self.table.insertRow(row)
            self._fill_row(row, file)
        self.table.blockSignals(False)
        if self.table.rowCount():
            self.table.selectRow(0)
        self._show_details()
        self._update_buttons()

    def _fill_row(self, row: int, file: QuestionnaireFilePreview) -> None:
        name = QTableWidgetItem(file.path.name)
        name.setData(PATH_ROLE, str(file.path))
        name.setToolTip(str(file.path))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if file.status == "changed":
            name.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            checked = file.path in self._accepted
            name.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            name.setToolTip(
                self.tr("{path}\nCheck to import the changes of this file.").format(path=file.path)
            )
        else:
            name.setFlags(flags)
        status_text = {
            "new": self.tr("New"),
            "unchanged": self.tr("Unchanged: already imported"),
            "changed": self.tr("Changed: check to import"),
            "rejected": self.tr("Rejected"),
        }[file.status]
        if file.status == "rejected":
            detail = self.tr("Problems: {count}").format(count=len(file.problems))
        elif file.status == "unchanged":
            detail = ""
        elif file.status == "new":
            detail = self.tr("Answers: {count}").format(count=len(file.changes))
        else:
            detail = self.tr("Differences: {count}").format(count=len(file.changes))
        if file.warnings:
            warning = self.tr("Warnings: {count}").format(count=len(file.warnings))
            detail = f"{detail}, {warning}" if detail else warning
        respondent = file.respondent.alias if file.respondent else ""
        for column, item in enumerate(
            (
                name,
                QTableWidgetItem(respondent),
                QTableWidgetItem(status_text),
                QTableWidgetItem(detail),
            )
        ):
            if column:
                item.setFlags(flags)
            self.table.setItem(row, column, item)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        path = Path(str(item.data(PATH_ROLE)))
        if item.checkState() == Qt.CheckState.Checked:
            self._accepted.add(path)
        else:
            self._accepted.discard(path)
        self._update_buttons()

    def set_accepted(self, path: Path | str, accepted: bool) -> None:
        """Check or uncheck a changed file, as a click on its box does."""
        wanted = Path(path).resolve()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and Path(str(item.data(PATH_ROLE))) == wanted:
                item.setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def selected_file(self) -> QuestionnaireFilePreview | None:
        row = self.table.currentRow()
        if self.preview is None or not 0 <= row < len(self.preview.files):
            return None
        return self.preview.files[row]

    def _show_details(self) -> None:
        file = self.selected_file()
        lines = file.describe() if file else []
        if file is not None and file.needs_password:
            lines.append(self.tr("Remove the file and add it again to type its password."))
        self.details.setPlainText("\n".join(lines))
        self.remove_button.setEnabled(file is not None)

    # --- importing ----------------------------------------------------------------------

    def _to_import(self) -> list[QuestionnaireFilePreview]:
        if self.preview is None:
            return []
        return [
            f
            for f in self.preview.files
            if f.status == "new" or (f.status == "changed" and f.path in self._accepted)
        ]

    def _problem(self) -> str:
        if self.preview is None:
            return self.tr("Add the questionnaires to import.")
        if self._to_import():
            return ""
        if self.preview.changed:
            return self.tr(
                "Nothing new to import. Check the changed files whose differences you want "
                "to store."
            )
        if self.preview.rejected:
            return self.tr("Nothing to import: the files are rejected or already imported.")
        return self.tr("Nothing to import: these questionnaires are already imported.")

    def _update_buttons(self) -> None:
        problem = self._problem()
        self.import_button.setEnabled(not problem)
        show_problem(self.problem_label, problem)

    def run_import(self) -> QuestionnaireImportSummary | None:
        if self.preview is None or self._problem():
            return None
        from promise_tracker.services.questionnaires import apply_questionnaires

        try:
            with busy_cursor():
                summary = apply_questionnaires(
                    self.service, self.preview, accept_changed=set(self._accepted)
                )
        except PromiseTrackerError as error:
            self._show_import_result(
                self.tr("Nothing was imported. {reason}").format(reason=error.message)
            )
            return None
        self.last_summary = summary
        self._accepted.clear()
        self._refresh()  # the list now says what is stored
        self._show_import_result(self.describe(summary))
        if summary.changed:
            self.imported.emit()
        return summary

    def _show_import_result(self, text: str) -> None:
        """Show what the import did under the list, and say it."""
        self.result_label.setText(text)
        self.result_label.show()
        grow_to_fit(self)
        announce(self.result_label, text)

    def describe(self, summary: QuestionnaireImportSummary) -> str:
        if summary.files_imported:
            text = self.tr(
                "Questionnaires imported: {files}; answers saved: {answers}, cleared: {cleared}."
            ).format(
                files=len(summary.files_imported),
                answers=summary.answers_written,
                cleared=summary.answers_cleared,
            )
        else:
            text = self.tr("Nothing was imported.")
        if summary.files_rejected:
            text += " " + self.tr("Rejected files left out: {count}.").format(
                count=len(summary.files_rejected)
            )
        return text

    # --- passwords ----------------------------------------------------------------------

    def _ask_passwords(self) -> None:
        """Ask for the password of each file rejected for want of it (up to three times
        each; Skip leaves it rejected), then check the list again with the passwords that
        opened a file."""
        if self.preview is None:
            return
        locked = [f.path for f in self.preview.files if f.needs_password]
        if locked and unlock_files(self.passwords, locked, self._still_locked, self._ask_password):
            self._refresh()

    def _still_locked(self, paths: Sequence[Path], passwords: Sequence[str]) -> list[Path]:
        from promise_tracker.services.questionnaires import preview_questionnaires

        with busy_cursor():
            found = preview_questionnaires(self.service, paths, passwords=passwords)
        return [f.path for f in found.files if f.needs_password]

    # Separate, so tests replace it: no modal prompt in tests.
    def _ask_password(self, path: Path, retry: bool) -> str | None:
        return ask_file_password(self, path, retry)

    # Separate, so tests replace it: no file dialog in tests.
    def _ask_files(self) -> list[str]:
        # Opens in the folder questionnaires were last exported to this session, else Documents.
        return self.file_list.ask(
            self.tr("Add questionnaires to import"),
            self.tr("Excel workbook (*.xlsx)"),
            QuestionnaireExportDialog._last_folder,
        )

    # Separate, so tests replace it: no folder dialog in tests.
    def _ask_folder(self) -> str:
        return self.file_list.ask_folder(
            self.tr("Add the questionnaires of a folder"), QuestionnaireExportDialog._last_folder
        )


__all__: Sequence[str] = [
    "QuestionnaireExportDialog",
    "QuestionnaireImportDialog",
    "pdf_writer",
]
