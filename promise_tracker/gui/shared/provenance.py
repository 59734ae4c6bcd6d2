"""Where a pack's criteria come from, shown where they are answered and scored: a compact line
naming who worded them under which standard, and the pack's full provenance one click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from promise_tracker.gui.shared.accessibility import describe
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.standards.model import Pack
from promise_tracker.standards.registry import SHIPPED_ORIGIN_PREFIX


def is_shipped(pack: Pack) -> bool:
    """Whether `pack` is one of the packs bundled with the app (worded by the project)."""
    return pack.origin.startswith(SHIPPED_ORIGIN_PREFIX)


def provenance_line(pack: Pack, language: str, standard: str | None = None) -> str:
    """One line saying who worded the criteria and under which publication: for the criterion
    of `standard` (a number such as "6" or "1.2"), or for the scores of the pack's criteria
    (None). The pack's title is in `language`, the standards' language."""
    title = pack.title.get(language)
    # Only the bundled packs are worded by the project; a pack added on this computer is
    # someone else's wording, and the line must not claim otherwise.
    if standard is not None:
        if is_shipped(pack):
            text = QCoreApplication.translate(
                "Provenance",
                "Criterion worded by PROMISE tracker under Standard {number} of {title}",
            )
        else:
            text = QCoreApplication.translate(
                "Provenance",
                "Criterion under Standard {number} of {title}, from a standards pack added on "
                "this computer",
            )
        return text.format(number=standard, title=title)
    if is_shipped(pack):
        text = QCoreApplication.translate(
            "Provenance",
            "Scores of criteria worded by PROMISE tracker under {title}, pack version {version}",
        )
    else:
        text = QCoreApplication.translate(
            "Provenance",
            "Scores of the criteria of {title}, pack version {version}, a standards pack "
            "added on this computer",
        )
    return text.format(title=title, version=pack.version)


def provenance_statement(pack: Pack, language: str) -> str:
    """The pack's full provenance statement and its source, as the popup shows them."""
    parts = [pack.provenance.get(language).strip()]
    source = QCoreApplication.translate("Provenance", "Source: {citation}").format(
        citation=pack.source.citation.get(language)
    )
    if pack.source.url:
        source += f"\n{pack.source.url}"
    parts.append(source)
    return "\n\n".join(part for part in parts if part)


class ProvenanceLine(QWidget):
    """The compact provenance line and a button that shows the full statement in a box.

    The button takes the keyboard focus (Tab) and opens the box with Space or Enter; the box
    is window-modal and its text can be selected and copied.
    """

    def __init__(self, parent: QWidget | None = None, *, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._pack: Pack | None = None
        self._language = "en"
        self._standard: str | None = None
        self.box: QMessageBox | None = None

        self.label = QLabel(self)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A wrapped label may narrow (down to its minimum) so that its page never needs a
        # horizontal scroll bar; the link stays at the end of the line.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        set_secondary_text(self.label)
        font = self.label.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        self.label.setFont(font)

        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}Button")
        # Drawn as a link (it opens a text, it changes nothing), but a real button: it takes
        # the keyboard focus and screen readers announce it with its name.
        self.button.setFlat(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoDefault(False)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        palette = self.button.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.button.setPalette(palette)
        link_font = self.label.font()
        link_font.setUnderline(True)
        self.button.setFont(link_font)
        self.button.clicked.connect(self.show_statement)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._pack is not None:
                self.show_pack(self._pack, self._language, self._standard)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("Provenance", "About the wording…"))
        # Named by its visible text (what a speech-input user says to press it); what it
        # opens is its description.
        self.button.setAccessibleName("")
        describe(
            self.button,
            QCoreApplication.translate("Provenance", "Where the criteria's wording comes from"),
        )
        self.button.setToolTip(
            QCoreApplication.translate(
                "Provenance",
                "Show who worded the criteria, on what they are based and which text is "
                "authoritative",
            )
        )

    def show_pack(self, pack: Pack | None, language: str, standard: str | None = None) -> None:
        """Name `pack`'s provenance (for the criterion of `standard`, or for its scores)."""
        self._pack = pack
        self._language = language
        self._standard = standard
        self.setVisible(pack is not None)
        if pack is None:
            self.label.clear()
            return
        text = provenance_line(pack, language, standard)
        self.label.setText(text)
        self.label.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def statement(self) -> str:
        """The full statement the button shows ("" without a pack)."""
        pack = self._pack
        return provenance_statement(pack, self._language) if pack is not None else ""

    def show_statement(self) -> None:
        """Show the pack's full provenance statement (one box at a time)."""
        if self._pack is None:
            return
        if self.box is not None:
            self.box.raise_()
            self.box.activateWindow()
            return
        box = QMessageBox(self)
        box.setObjectName("provenanceBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Provenance", "Where the criteria come from"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self._pack.title.get(self._language))
        box.setInformativeText(self.statement())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_box_closed)
        self.box = box
        box.open()

    def _on_box_closed(self) -> None:
        self.box = None
