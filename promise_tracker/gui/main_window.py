"""The main window. For now it shows the installed standards packs and the units' latest scores;
the assessment views arrive with the self-assessment window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME, __version__
from promise_tracker.services.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, language: str = "en") -> None:
        super().__init__()
        self.workspace = workspace
        self.language = language
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 700)
        self._build_menus()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        intro = QLabel(
            self.tr(
                "Assess your Barnahus against the Barnahus Quality Standards and follow your "
                "progress from round to round. Your data stays on this computer."
            ),
            central,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.packs_view = QTreeWidget(central)
        self.packs_view.setObjectName("packsView")
        self.packs_view.setAccessibleName(self.tr("Installed standards packs"))
        self.packs_view.setHeaderLabels(
            [self.tr("Standards pack"), self.tr("Criteria"), self.tr("Languages")]
        )
        self.packs_view.setRootIsDecorated(False)
        self.packs_view.currentItemChanged.connect(self._show_provenance)
        layout.addWidget(self.packs_view)
        # The provenance statement must be readable in full wherever a pack is shown.
        self.provenance_label = QLabel(central)
        self.provenance_label.setObjectName("provenanceLabel")
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance_label.setAccessibleName(self.tr("Provenance of the standards pack"))
        layout.addWidget(self.provenance_label)

        self.units_view = QTreeWidget(central)
        self.units_view.setObjectName("unitsView")
        self.units_view.setAccessibleName(self.tr("Units and their rounds"))
        self.units_view.setHeaderLabels(
            [self.tr("Unit / round"), self.tr("Score"), self.tr("Completeness")]
        )
        layout.addWidget(self.units_view, 1)
        self.setCentralWidget(central)
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Data folder: {folder}").format(folder=workspace.paths.data_dir)
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        lang = self.language
        self.packs_view.clear()
        for pack in self.workspace.packs.packs():
            item = QTreeWidgetItem(
                [
                    self.tr("{title}, version {version}").format(
                        title=pack.title.get(lang), version=pack.version
                    ),
                    str(len(pack.criteria())),
                    ", ".join(pack.languages),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, pack.key)
            item.setToolTip(0, pack.source.citation.get(lang))
            self.packs_view.addTopLevelItem(item)
        for column in range(3):
            self.packs_view.resizeColumnToContents(column)
        # Only as tall as its rows: the units below matter more.
        rows = max(1, self.packs_view.topLevelItemCount())
        self.packs_view.setFixedHeight(
            self.packs_view.header().height() + rows * self.packs_view.sizeHintForRow(0) + 6
        )
        first = self.packs_view.topLevelItem(0)
        if first is not None:
            self.packs_view.setCurrentItem(first)

        self.units_view.clear()
        service = self.workspace.assessment
        for unit in service.units():
            unit_item = QTreeWidgetItem([unit.name])
            for assessment_round in service.rounds(unit.id):
                overall = service.round_result(assessment_round.id).consensus.overall
                unit_item.addChild(
                    QTreeWidgetItem(
                        [
                            f"{assessment_round.date.isoformat()}  {assessment_round.title}",
                            _percent(overall.percent),
                            _percent(overall.completeness),
                        ]
                    )
                )
            self.units_view.addTopLevelItem(unit_item)
            unit_item.setExpanded(True)
        self.units_view.resizeColumnToContents(0)

    def _show_provenance(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.provenance_label.clear()
            return
        pack_id, version = item.data(0, Qt.ItemDataRole.UserRole)
        pack = self.workspace.packs.get(pack_id, version)
        self.provenance_label.setText(pack.provenance.get(self.language))

    def show_about(self) -> None:
        packs = "\n\n".join(
            f"{p.title.get(self.language)} {p.version}:\n{p.provenance.get(self.language)}"
            for p in self.workspace.packs.packs()
        )
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("{app} {version}\nData folder: {folder}\n\n{packs}").format(
                app=APP_NAME,
                version=__version__,
                folder=self.workspace.paths.data_dir,
                packs=packs,
            )
        )
        box.exec()


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"
