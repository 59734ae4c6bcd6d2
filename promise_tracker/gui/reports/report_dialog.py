"""The dialog that writes a round's report (PDF or Word) for the steering group.

The round's data is read on the GUI thread (a few milliseconds); the charts, the layout and
the file are made on a worker thread behind a progress dialog, so the window stays
responsive. When done, the report can be opened or its folder shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, QTranslator, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import i18n
from promise_tracker.domain.entities import Action, Barrier, Event, Round, Unit
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    action_and_close_buttons,
    add_form_row,
    format_date,
    name_fields_by_labels,
    spoken_label,
)
from promise_tracker.gui.shared.settings import (
    Settings,
    documents_folder,
    last_folder,
    remember_folder,
)
from promise_tracker.reports.round_report import (
    ReportRoundResult,
    ReportSource,
    Translate,
)
from promise_tracker.standards.registry import PackRegistry

# Languages are named in their own language, so a reader finds theirs whatever the UI shows.
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}
FORMATS = (("pdf", ".pdf"), ("docx", ".docx"))
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


# The settings key of the folder reports were last written to.
REPORT_FOLDER = "report"


def safe_file_name(text: str) -> str:
    """`text` as a file name every system accepts: no separators, no trailing dots."""
    name = re.sub(r"\s+", " ", _UNSAFE.sub("-", text)).strip(" .-")
    return name[:120].rstrip(" .-") or "report"


def report_translate(language: str) -> Translate:
    """The report's fixed texts in `language`, whatever the interface language is."""
    from promise_tracker.gui.shared.translation import SOURCE_LANGUAGE, catalog_bytes

    if language == i18n.language():
        return lambda context, text: i18n.translate(context, text)
    if language == SOURCE_LANGUAGE:
        return lambda context, text: text
    data = catalog_bytes(language)
    translator = QTranslator()
    if data is None or not translator.load(data):
        return lambda context, text: text

    def translate(context: str, text: str) -> str:
        # The closure keeps `data` alive: the translator reads from it.
        return (translator.translate(context, text) or text) if data else text

    return translate


class _Snapshot:
    """The round's data read once on the GUI thread; the worker reads only this."""

    def __init__(self, service: ReportSource, round_id: str) -> None:
        chosen = service.round(round_id)
        self._unit = service.unit(chosen.unit_id)
        self._rounds = list(service.rounds(chosen.unit_id))
        self._results = {r.id: service.round_result(r.id) for r in self._rounds}
        self._events = list(service.events(chosen.unit_id))
        self._barriers = list(service.barriers(round_id))
        self._actions = list(service.actions(chosen.unit_id))
        self._service = service
        self._packs = service.packs  # loaded once and never changed: safe to read anywhere

    def unit(self, unit_id: str) -> Unit:
        return self._unit

    def round(self, round_id: str) -> Round:
        for found in self._rounds:
            if found.id == round_id:
                return found
        return self._service.round(round_id)  # another unit's: refused by the report

    def rounds(self, unit_id: str) -> Sequence[Round]:
        return self._rounds

    def round_result(self, round_id: str) -> ReportRoundResult:
        return self._results[round_id]

    def events(self, unit_id: str) -> Sequence[Event]:
        return self._events

    def barriers(self, round_id: str) -> Sequence[Barrier]:
        return self._barriers

    def actions(self, unit_id: str) -> Sequence[Action]:
        return self._actions

    @property
    def packs(self) -> PackRegistry:
        return self._packs


class ReportWorker(QObject):
    """Makes the report on a worker thread; talks to the dialog only through signals."""

    progress = Signal(int, int)
    written = Signal(str)
    failed = Signal(str)
    done = Signal()

    def __init__(self, make: Callable[[Callable[[int, int], None]], Path]) -> None:
        super().__init__()
        self._make = make

    @Slot()
    def run(self) -> None:
        try:
            path = self._make(lambda done, total: self.progress.emit(done, total))
        except PromiseTrackerError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(
                self.tr("The file could not be written: {reason}").format(
                    reason=error.strerror or error
                )
            )
        else:
            self.written.emit(str(path))
        self.done.emit()


class ReportDialog(QDialog):
    """Choose the format, language, redaction, round to compare with, paper and file."""

    reportWritten = Signal(str)  # the path written
    reportFailed = Signal(str)  # the message shown

    _last_folder: str = ""  # shared by the dialogs of one session

    def __init__(
        self,
        service: ReportSource,
        current_round: Round,
        unit: Unit,
        rounds: Sequence[Round],
        languages: Sequence[str],
        language: str,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Round report"))
        self.service = service
        self.round = current_round
        self.unit = unit
        self.written_path: Path | None = None
        self.result_box: QMessageBox | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._thread: QThread | None = None
        self._worker: ReportWorker | None = None

        intro = QLabel(
            self.tr(
                "A report of “{round}” for the steering group: the summary with the charts, "
                "every standard, the criteria not met with their barriers and actions, the "
                "action plan and how the score is counted."
            ).format(round=current_round.title),
            self,
        )
        intro.setWordWrap(True)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("reportFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.addItem(self.tr("PDF, to print or send"), "pdf")
        self.format_combo.addItem(self.tr("Word, to edit before sending"), "docx")

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        for code in languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))

        self.redacted_check = QCheckBox(
            self.tr("Leave out notes, N/A reasons and progress notes (to share)"), self
        )
        self.redacted_check.setObjectName("reportRedactedCheck")

        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("reportCompareCombo")
        self.compare_combo.setAccessibleName(self.tr("Round to compare with"))
        self.compare_combo.addItem(self.tr("The round before (automatic)"), "")
        for other in rounds:
            if other.id != current_round.id:
                self.compare_combo.addItem(f"{other.title} ({format_date(other.date)})", other.id)

        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("reportPaperCombo")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("reportFileEdit")
        self.file_edit.setAccessibleName(self.tr("File to write"))
        # The folder used last time (kept in the settings), else the user's Documents.
        if settings is not None:
            folder = last_folder(settings, REPORT_FOLDER)
        else:
            folder = Path(self._last_folder or documents_folder())
        self.file_edit.setText(str(Path(folder) / self.suggested_name()))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("reportBrowseButton")
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        file_widget = QWidget(self)
        file_widget.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        add_form_row(form, self.tr("&Format:"), self.format_combo, self.tr("PDF or Word"))
        add_form_row(
            form,
            self.tr("&Language:"),
            self.language_combo,
            self.tr("The language of the standards and of the report's headings"),
        )
        add_form_row(
            form,
            self.tr("&Compare with:"),
            self.compare_combo,
            self.tr("The earlier round the summary and the radar compare with"),
        )
        add_form_row(form, self.tr("&Paper:"), self.paper_combo, self.tr("The paper size"))
        add_form_row(form, self.tr("F&ile:"), file_widget, self.tr("Where the report is written"))
        form.addRow("", self.redacted_check)
        # Each field is named by its label, as it is seen (and said to voice control).
        name_fields_by_labels(form)
        file_label = form.labelForField(file_widget)
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.file_edit)  # Alt+I goes to the file name
            self.file_edit.setAccessibleName(spoken_label(file_label.text()))
        file_widget.setAccessibleName("")

        self.write_button = QPushButton(self.tr("&Write report"), self)
        self.write_button.setObjectName("reportWriteButton")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        buttons, _close = action_and_close_buttons(
            self, self.write_button, QDialogButtonBox.ButtonRole.AcceptRole, "reportCloseButton"
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format_combo.currentIndexChanged.connect(self._follow_format)
        self.redacted_check.toggled.connect(self._follow_format)
        self.setMinimumWidth(560)
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    # --- choices -------------------------------------------------------------------------

    @property
    def suffix(self) -> str:
        return ".docx" if self.format_combo.currentData() == "docx" else ".pdf"

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    @property
    def compare_with(self) -> str | None:
        return str(self.compare_combo.currentData() or "") or None

    @property
    def paper(self) -> str:
        return str(self.paper_combo.currentData() or "a4")

    def suggested_name(self) -> str:
        text = self.tr("{unit} - {round} - report").format(
            unit=self.unit.name, round=self.round.title
        )
        if self.redacted_check.isChecked():
            text = self.tr("{name} (to share)").format(name=text)
        return safe_file_name(text) + self.suffix

    def _follow_format(self, *_: object) -> None:
        """The file name's suffix (and its "to share") follows the choices."""
        current = Path(self.file_edit.text().strip() or self.suggested_name())
        self.file_edit.setText(str(current.with_name(self.suggested_name())))

    def chosen_path(self) -> Path:
        path = Path(self.file_edit.text().strip())
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def browse(self) -> None:
        chosen = self._ask_save_path(self.file_edit.text())
        if chosen:
            self.file_edit.setText(chosen)

    # --- writing -------------------------------------------------------------------------

    def write(self) -> None:
        """Read the round, then make the report on a worker thread with a progress dialog."""
        if self._thread is not None or not self.file_edit.text().strip():
            return
        path = self.chosen_path()
        from promise_tracker.gui.reports.report_charts import report_charts
        from promise_tracker.reports.round_report import write_round_report

        try:
            snapshot = _Snapshot(self.service, self.round.id)
        except PromiseTrackerError as error:
            self._show_error(error.message)
            return
        translate = report_translate(self.language)
        options = {
            "language": self.language,
            "redacted": self.redacted_check.isChecked(),
            "compare_with": self.compare_with,
            "paper": self.paper,
        }

        def make(progress: Callable[[int, int], None]) -> Path:
            return write_round_report(
                snapshot,
                self.round.id,
                path,
                language=str(options["language"]),
                redacted=bool(options["redacted"]),
                compare_with=options["compare_with"],  # type: ignore[arg-type]
                paper=str(options["paper"]),
                translate=translate,
                charts=report_charts,
                progress=progress,
            )

        progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 4, self)
        progress.setObjectName("reportProgress")
        progress.setCancelButton(None)  # a file half made is never left behind anyway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress_dialog = progress
        thread = QThread(self)
        worker = ReportWorker(make)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.written.connect(self._on_written)
        worker.failed.connect(self._on_failed)
        worker.done.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.write_button.setEnabled(False)
        thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    @Slot(str)
    def _on_written(self, path: str) -> None:
        self.written_path = Path(path)
        ReportDialog._last_folder = str(self.written_path.parent)
        remember_folder(self.settings, REPORT_FOLDER, self.written_path.parent)
        self._close_progress()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report written"),
            self.tr("The report is written to {path}.").format(path=path),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("reportWrittenBox")
        open_button = box.addButton(self.tr("&Open the report"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("reportOpenButton")
        folder_button = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        folder_button.setObjectName("reportFolderButton")
        open_button.clicked.connect(self.open_report)
        folder_button.clicked.connect(self.show_folder)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.finished.connect(lambda _=0: setattr(self, "result_box", None))
        box.open()
        self.reportWritten.emit(path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self._show_error(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self.write_button.setEnabled(True)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Could not write the report"),
            self.tr("The report was not written.\n\n{reason}").format(reason=message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("reportErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.finished.connect(lambda _=0: setattr(self, "result_box", None))
        box.open()
        self.reportFailed.emit(message)

    def open_report(self) -> None:
        if self.written_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.written_path)))

    def show_folder(self) -> None:
        if self.written_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self.written_path.parent)))

    # Separate methods, so tests replace them: no file dialog, nothing opened for real.
    def _ask_save_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Write the report"),
            suggested,
            self.tr("PDF document (*.pdf);;Word document (*.docx)"),
        )
        return path

    def _open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)

    @staticmethod
    def show_for(
        parent: QWidget | None,
        service: ReportSource,
        current_round: Round,
        language: str,
        settings: Settings | None = None,
    ) -> ReportDialog:
        """Open the dialog (window-modal, not blocking) for `current_round`; returns it."""
        unit = service.unit(current_round.unit_id)
        rounds = service.rounds(unit.id)
        languages: Sequence[str] = ("en", "sv")
        with suppress(PromiseTrackerError):  # a missing pack: the report then says what is wrong
            languages = service.round_result(current_round.id).pack.languages
        dialog = ReportDialog(
            service, current_round, unit, rounds, languages, language, parent, settings=settings
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
