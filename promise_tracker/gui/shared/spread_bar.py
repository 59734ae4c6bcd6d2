"""A bar of coloured segments showing how a team's answers to one criterion split.

Shared by the disagreement view (as an item delegate) and the consensus meeting (as a widget).
Colours come from the Okabe & Ito palette, which stays distinguishable with the common colour
vision deficiencies; every segment large enough also carries its count, and the same facts are
given as text (tooltip, accessible name, the model's display text) for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from promise_tracker.charts.style import OKABE_ITO
from promise_tracker.domain.disagreement import Spread
from promise_tracker.gui.shared.look import contrast_ratio
from promise_tracker.standards.model import AnswerScale

# Blue for the first option (yes), orange for the second (no), reddish purple for the third
# (not applicable), then the rest of the palette: the pairs stay apart for every common colour
# vision deficiency.
OPTION_COLOURS: tuple[str, ...] = (
    OKABE_ITO[0],
    OKABE_ITO[1],
    OKABE_ITO[5],
    OKABE_ITO[2],
    OKABE_ITO[4],
    OKABE_ITO[3],
    OKABE_ITO[6],
)
UNANSWERED_COLOUR = "#D9D9D9"

# The Spread of an item, for the delegate (the display text is the spread in words).
SpreadRole = int(Qt.ItemDataRole.UserRole) + 17


def option_colour(index: int) -> QColor:
    return QColor(OPTION_COLOURS[index % len(OPTION_COLOURS)])


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return (
        black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white
    )


def spread_text(spread: Spread, scale: AnswerScale, language: str) -> str:
    """The spread in words, e.g. "Yes 3, No 2, no answer 2" (options nobody chose left out)."""
    parts = [
        QCoreApplication.translate("SpreadBar", "{option} {count}").format(
            option=scale.option(option_id).label.get(language), count=count
        )
        for option_id, count in spread.counts
        if count
    ]
    if spread.unanswered:
        parts.append(
            QCoreApplication.translate("SpreadBar", "no answer {count}").format(
                count=spread.unanswered
            )
        )
    if not parts:
        return QCoreApplication.translate("SpreadBar", "nobody answered")
    return ", ".join(parts)


def paint_spread(
    painter: QPainter, rect: QRect, spread: Spread, *, show_unanswered: bool = True
) -> None:
    """Segments proportional to each option's count (unanswered hatched at the end)."""
    total = spread.total if show_unanswered else spread.answered
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    outline = QColor("#4D4D4D")
    if total <= 0:
        painter.setPen(QPen(outline, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()
        return
    segments: list[tuple[int, QColor, Qt.BrushStyle]] = [
        (count, option_colour(index), Qt.BrushStyle.SolidPattern)
        for index, (_, count) in enumerate(spread.counts)
    ]
    if show_unanswered:
        segments.append((spread.unanswered, QColor(UNANSWERED_COLOUR), Qt.BrushStyle.SolidPattern))
    x = rect.left()
    used = 0
    font = painter.font()
    metrics = painter.fontMetrics()
    for position, (count, colour, style) in enumerate(segments):
        if count <= 0:
            continue
        used += count
        # Cumulative rounding, so the segments always fill the bar exactly.
        right = rect.left() + round(rect.width() * used / total)
        segment = QRect(x, rect.top(), max(0, right - x), rect.height())
        painter.fillRect(segment, QBrush(colour, style))
        if position == len(segments) - 1 and show_unanswered:
            painter.fillRect(segment, QBrush(QColor("#9E9E9E"), Qt.BrushStyle.BDiagPattern))
        label = str(count)
        if segment.width() >= metrics.horizontalAdvance(label) + 6:
            painter.setPen(text_colour_on(colour))
            painter.setFont(font)
            painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
        # A thin white divider keeps neighbouring segments apart in greyscale too.
        if x > rect.left():
            painter.setPen(QPen(QColor("#FFFFFF"), 1))
            painter.drawLine(x, rect.top(), x, rect.bottom())
        x = right
    painter.setPen(QPen(outline, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    painter.restore()


class SpreadBar(QWidget):
    """A standalone spread bar; its tooltip and accessible name say the same in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spread: Spread | None = None
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_spread(self, spread: Spread | None, text: str) -> None:
        self._spread = spread
        self._text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        height = round(self.fontMetrics().height() * 1.5)
        return QSize(240, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._spread is None:
            return
        painter = QPainter(self)
        paint_spread(painter, self.rect(), self._spread)
        painter.end()


class SpreadDelegate(QStyledItemDelegate):
    """Paints the Spread of an item's SpreadRole as a bar instead of its (spoken) text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        spread = index.data(SpreadRole)
        if not isinstance(spread, Spread):
            super().paint(painter, option, index)
            return
        # The selection background first, so a selected row still looks selected.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(4, 4, -4, -4)
        paint_spread(painter, rect, spread)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(max(160, min(base.width(), 260)), max(base.height(), 26))
