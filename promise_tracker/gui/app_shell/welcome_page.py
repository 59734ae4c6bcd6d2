"""The first page a new user sees: what the app does, and a way to start or to try the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from promise_tracker import APP_NAME
from promise_tracker.gui.shared.look import app_icon, scaled_font


class WelcomePage(QWidget):
    """Explains the app in two sentences and offers two large buttons."""

    createUnitRequested = Signal()
    openDemoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        line = self.fontMetrics().height()
        char = self.fontMetrics().averageCharWidth()

        # Everything sits in one column of readable width, centred on any screen size.
        column = QWidget(self)
        column.setObjectName("welcomeColumn")
        column.setMaximumWidth(char * 110)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        content = QVBoxLayout(column)
        content.setSpacing(line)

        icon = app_icon(line * 5)
        if icon is not None:
            icon_label = QLabel(column)
            icon_label.setPixmap(icon)
            icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            icon_label.setAccessibleName(self.tr("{app} logo").format(app=APP_NAME))
            content.addWidget(icon_label)

        self.heading = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME), column)
        self.heading.setObjectName("welcomeHeading")
        self.heading.setFont(scaled_font(self.font(), 1.8, bold=True))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        content.addWidget(self.heading)

        self.intro = QLabel(
            self.tr(
                "Assess your Barnahus against the Barnahus Quality Standards, one criterion "
                "at a time, and follow your progress from one round to the next. Everything "
                "you enter stays on this computer."
            ),
            column,
        )
        self.intro.setObjectName("welcomeIntro")
        self.intro.setFont(scaled_font(self.font(), 1.15))
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setWordWrap(True)
        content.addWidget(self.intro)
        content.addSpacing(line)

        self.create_button, create_column = self._choice(
            column,
            "createUnitButton",
            self.tr("&Create your unit"),
            self.tr("Create your unit"),
            self.tr("Enter your Barnahus's name and start its first self-assessment."),
            self.tr("Set up the Barnahus you assess."),
        )
        self.create_button.clicked.connect(self.createUnitRequested)

        self.demo_button, demo_column = self._choice(
            column,
            "openDemoButton",
            self.tr("Open the &demo data"),
            self.tr("Open the demo data"),
            self.tr(
                "The demo has its own database: nothing you try there mixes with your real data."
            ),
            self.tr("Look around with made-up units and answers first."),
        )
        self.demo_button.clicked.connect(self.openDemoRequested)

        choices = QHBoxLayout()
        choices.setSpacing(line * 2)
        choices.addLayout(create_column, 1)
        choices.addLayout(demo_column, 1)
        content.addLayout(choices)

        # The column takes up to its maximum width; the margins share what is left.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        for label in column.findChildren(QLabel):
            if label.wordWrap():
                label.installEventFilter(self)

        QWidget.setTabOrder(self.create_button, self.demo_button)
        self.setFocusProxy(self.create_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page sits in a stacked widget, which does not pass height-for-width on: each
        # wrapped text asks, whenever its width changes, for the height it needs at that
        # width, or a longer language is cut off.
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            watched.setMinimumHeight(watched.heightForWidth(watched.width()))
        return False

    def _choice(
        self,
        parent: QWidget,
        name: str,
        text: str,
        accessible_name: str,
        note: str,
        tip: str,
    ) -> tuple[QPushButton, QVBoxLayout]:
        """A large button with a wrapped note under it."""
        line = self.fontMetrics().height()
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setAccessibleName(accessible_name)
        button.setAccessibleDescription(note)
        button.setFont(scaled_font(self.font(), 1.3, bold=True))
        button.setMinimumHeight(line * 3)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        shortcut = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
        if shortcut:
            tip = self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=shortcut)
        button.setToolTip(tip)

        note_label = QLabel(note, parent)
        note_label.setObjectName(f"{name}Note")
        note_label.setWordWrap(True)
        note_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        box = QVBoxLayout()
        box.setSpacing(line // 2)  # the note belongs to its button (the row spaces more)
        box.addWidget(button)
        box.addWidget(note_label)
        box.addStretch(1)
        return button, box
