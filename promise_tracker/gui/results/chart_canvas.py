"""A widget hosting one matplotlib Figure: save, copy, and exact numbers in tooltips on hover."""

from __future__ import annotations

import io
import math
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import Event as MplEvent
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.container import BarContainer
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.projections.polar import PolarAxes
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from promise_tracker.charts.export import save_figure
from promise_tracker.charts.heatmap import STATUS_NAMES
from promise_tracker.charts.tables import ChartTable
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.results.data_table import ChartDataTable
from promise_tracker.gui.shared.accessibility import announce
from promise_tracker.gui.shared.forms import format_date

# How close (in pixels) the pointer must be to a plotted point for its tooltip.
HOVER_TOLERANCE = 8.0
_EVENT_GID = "event"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _date_text(day_number: float) -> str:
    """A matplotlib date number as every date of the interface shows it."""
    return format_date(num2date(day_number).date())


def _tick_text(labels: list[str], index: int) -> str:
    return labels[index] if 0 <= index < len(labels) else ""


def _ticks(axis_labels: list) -> list[str]:  # type: ignore[type-arg]
    return [label.get_text() for label in axis_labels]


def _expand(name: str, names: Mapping[str, str]) -> str:
    """A tick's short text (a standard number) as the full name, when one is known."""
    return names.get(name, name).replace("\n", " ")


def _line_text(ax: Axes, line: Line2D, index: int, names: Mapping[str, str]) -> str | None:
    xs = np.asarray(line.get_xdata(), dtype=float)
    ys = np.asarray(line.get_ydata(), dtype=float)
    value = ys[index]
    if math.isnan(value):
        return None
    series = line.get_label() or ""
    if isinstance(ax, PolarAxes):
        ticks = _ticks(ax.get_xticklabels())
        category = _expand(_tick_text(ticks, index % max(len(ticks), 1)), names)
    else:
        category = _date_text(float(xs[index]))
    return _tr("{series} — {category}: {value} %").format(
        series=series, category=category, value=_number(value)
    )


def _nearest_point(
    fig: Figure, x: float, y: float, tolerance: float, names: Mapping[str, str]
) -> str | None:
    best: tuple[float, str] | None = None
    for ax in fig.axes:
        for line in ax.get_lines():
            gid = line.get_gid() or ""
            if not gid or gid == _EVENT_GID:
                continue
            data = np.column_stack(
                [
                    np.asarray(line.get_xdata(), dtype=float),
                    np.asarray(line.get_ydata(), dtype=float),
                ]
            )
            if not len(data):
                continue
            pixels = line.get_transform().transform(data)
            distances = np.hypot(pixels[:, 0] - x, pixels[:, 1] - y)
            distances[np.isnan(distances)] = np.inf
            index = int(np.argmin(distances))
            distance = float(distances[index])
            if distance <= tolerance and (best is None or distance < best[0]):
                text = _line_text(ax, line, index, names)
                if text is not None:
                    best = (distance, text)
    return best[1] if best else None


def _bar_text(fig: Figure, x: float, y: float, names: Mapping[str, str]) -> str | None:
    # Later containers are drawn on top (the score over the completeness), so look there first.
    for ax in fig.axes:
        for container in reversed(ax.containers):
            if not isinstance(container, BarContainer):
                continue
            for patch in container.patches:
                if not patch.contains_point((x, y)):
                    continue
                horizontal = container.orientation == "horizontal"
                value = patch.get_width() if horizontal else patch.get_height()
                if math.isnan(value):
                    continue
                if horizontal:
                    ticks, centre = _ticks(ax.get_yticklabels()), patch.get_y()
                    centre += patch.get_height() / 2
                else:
                    ticks, centre = _ticks(ax.get_xticklabels()), patch.get_x()
                    centre += patch.get_width() / 2
                category = _expand(_tick_text(ticks, round(centre)), names)
                return _tr("{series} — {category}: {value} %").format(
                    series=container.get_label(), category=category, value=_number(value)
                )
    return None


def _image_text(fig: Figure, x: float, y: float) -> str | None:
    for ax in fig.axes:
        for image in ax.get_images():
            if not isinstance(image, AxesImage) or not ax.contains_point((round(x), round(y))):
                continue
            column, row = ax.transData.inverted().transform((x, y))
            col, r = round(column), round(row)
            array: np.ndarray = np.ma.filled(np.ma.asarray(image.get_array(), dtype=float), np.nan)
            if not (0 <= r < array.shape[0] and 0 <= col < array.shape[1]):
                return None
            value = array[r, col]
            status = (
                _tr("Not in this round") if math.isnan(value) else _tr(STATUS_NAMES[int(value)])
            )
            return _tr("{criterion}, {round}: {status}").format(
                criterion=_tick_text(_ticks(ax.get_yticklabels()), r),
                round=_tick_text(_ticks(ax.get_xticklabels()), col),
                status=status,
            )
    return None


def _event_text(fig: Figure, x: float, y: float, tolerance: float) -> str | None:
    for ax in fig.axes:
        if not ax.contains_point((round(x), round(y))):
            continue
        for line in ax.get_lines():
            if line.get_gid() != _EVENT_GID:
                continue
            day_number = float(np.asarray(line.get_xdata(), dtype=float)[0])
            px = ax.transData.transform((day_number, 0))[0]
            if abs(px - x) <= tolerance / 2:
                titles = [
                    t.get_text().strip()
                    for t in ax.texts
                    if t.get_gid() == _EVENT_GID and abs(t.get_position()[0] - day_number) < 1e-9
                ]
                return _tr("Event on {date}: {title}").format(
                    date=_date_text(day_number),
                    title="; ".join(titles),
                )
    return None


def hover_text(
    fig: Figure,
    x: float,
    y: float,
    names: Mapping[str, str] | None = None,
    *,
    tolerance: float = HOVER_TOLERANCE,
) -> str | None:
    """The tooltip for the pointer at display pixel (x, y) (matplotlib's, from the bottom left).

    The nearest plotted point within `tolerance` pixels wins, then a bar under the pointer, a
    heat-map cell, an event marker. `names` expands a tick's short text (a standard number)
    into the full label shown. The figure must have been drawn.
    """
    names = names or {}
    return (
        _nearest_point(fig, x, y, tolerance, names)
        or _bar_text(fig, x, y, names)
        or _image_text(fig, x, y)
        or _event_text(fig, x, y, tolerance)
    )


class _FigureCanvas(FigureCanvasQTAgg):
    """A figure canvas that draws only once it can be seen: a chart on a page not shown (a
    tab not chosen, the chart replaced a moment later) is drawn when it first shows."""

    def _draw_idle(self) -> None:
        if isValid(self) and not self.isVisible():
            return  # the draw stays pending: the first paint, once shown, makes it
        super()._draw_idle()  # (which lets a canvas already deleted be)


# A focus frame for the scrolling chart, in the theme's highlight colour.
SCROLL_FOCUS_STYLE = (
    "QScrollArea#chartScroll { border: 2px solid transparent; }"
    "QScrollArea#chartScroll:focus { border: 2px solid palette(highlight); }"
)
CHART_PAGE, DATA_PAGE = 0, 1


class ChartCanvas(QWidget):
    """One chart at a time, with "Show data table", "Save as…" and "Copy" buttons above it.

    The data table is the chart's text alternative: the same numbers, read as a table by a
    screen reader and copyable; the button switches between the two.
    """

    def __init__(self, parent: QWidget | None = None, *, scrollable: bool = False) -> None:
        """With `scrollable`, a chart taller than the widget scrolls under the buttons."""
        super().__init__(parent)
        self.setObjectName("chartCanvas")
        self._names: Mapping[str, str] = {}
        self._file_stem = "chart"
        self._last_tip: str | None = None
        self._chart_name = ""
        self._scroll: QScrollArea | None = None

        self.data_button = QPushButton(self)
        self.data_button.setObjectName("chartDataButton")
        self.data_button.setCheckable(True)
        self.data_button.toggled.connect(self.show_data)
        self.data_table = ChartDataTable(self)

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveChartButton")
        self.save_button.clicked.connect(self.save_as)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyChartButton")
        self.copy_button.clicked.connect(self.copy_to_clipboard)

        self.canvas: FigureCanvasQTAgg = _FigureCanvas(Figure())
        self.canvas.setParent(self)
        self._connect_canvas()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.data_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("chartStack")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.stack, 1)
        if scrollable:
            self._scroll = QScrollArea(self)
            self._scroll.setObjectName("chartScroll")
            self._scroll.setWidgetResizable(True)
            self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Reached by Tab, then scrolled with the arrow and page keys; it shows its focus.
            self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._scroll.setStyleSheet(SCROLL_FOCUS_STYLE)
            self._scroll.setWidget(self.canvas)
            self.canvas.installEventFilter(self)
            self.stack.addWidget(self._scroll)
        else:
            self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.data_table)
        self.set_minimum_chart_size(360, 260)
        self.setTabOrder(self.data_button, self.save_button)
        self.setTabOrder(self.save_button, self.copy_button)
        self._retranslate()

    # --- the figure ------------------------------------------------------------------------

    @property
    def figure(self) -> Figure:
        return self.canvas.figure

    def set_figure(
        self,
        fig: Figure,
        accessible_name: str = "",
        *,
        names: Mapping[str, str] | None = None,
        file_stem: str = "chart",
        table: ChartTable | None = None,
        stretch_first: bool = True,
    ) -> None:
        """Show `fig` instead of the current figure (which is only dropped, not closed:
        there is no pyplot state to close), and `table`, its numbers, in the data table.

        `names` maps tick texts to full names for the tooltips; `file_stem` is the default
        file name offered by "Save as…"; `stretch_first` as in ChartDataTable.set_table.
        """
        old = self.canvas
        self.canvas = _FigureCanvas(fig)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(old.sizePolicy())
        self.canvas.setMinimumSize(old.minimumSize())
        if self._scroll is not None:
            self._scroll.takeWidget()
            self._scroll.setWidget(self.canvas)
        else:
            self.stack.insertWidget(CHART_PAGE, self.canvas)
            self.stack.removeWidget(old)
            if not self.data_button.isChecked():
                self.stack.setCurrentIndex(CHART_PAGE)
        old.hide()
        old.deleteLater()
        self._connect_canvas()
        self._names = dict(names or {})
        self._file_stem = file_stem
        if accessible_name:
            self._chart_name = accessible_name
            self.canvas.setAccessibleName(accessible_name)
            self.setAccessibleName(accessible_name)
            if self._scroll is not None:
                self._scroll.setAccessibleName(accessible_name)
        if table is not None:
            self.data_table.set_table(table, self._chart_name, stretch_first=stretch_first)
        self.canvas.draw_idle()

    def show_data(self, shown: bool = True) -> None:
        """Show the chart's numbers as a table (True) or the chart (False)."""
        if self.data_button.isChecked() != shown:
            self.data_button.setChecked(shown)  # comes back here through `toggled`
            return
        self.stack.setCurrentIndex(DATA_PAGE if shown else CHART_PAGE)
        self._retranslate()

    @property
    def showing_data(self) -> bool:
        return self.stack.currentIndex() == DATA_PAGE

    def set_minimum_chart_size(self, width: int, height: int) -> None:
        """The smallest size the chart itself may shrink to (kept readable)."""
        self.canvas.setMinimumSize(width, height)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _connect_canvas(self) -> None:
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("figure_leave_event", self._on_leave)
        if self._scroll is not None:
            self.canvas.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # matplotlib's canvas takes every wheel event for itself; in a scrolling chart the
        # wheel scrolls, as everywhere else.
        if (
            self._scroll is not None
            and watched is self.canvas
            and event.type() == QEvent.Type.Wheel
        ):
            QApplication.sendEvent(self._scroll.verticalScrollBar(), event)
            return True
        return super().eventFilter(watched, event)

    # --- tooltips --------------------------------------------------------------------------

    def _on_motion(self, event: MplEvent) -> None:
        if not isinstance(event, MouseEvent):
            return
        text = hover_text(self.figure, event.x, event.y, self._names)
        if text == self._last_tip:
            return
        self._last_tip = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self.canvas)
        else:
            QToolTip.hideText()

    def _on_leave(self, _event: MplEvent) -> None:
        self._last_tip = None
        QToolTip.hideText()

    # --- save and copy ---------------------------------------------------------------------

    def _filters(self) -> dict[str, str]:
        return {
            self.tr("PNG image (*.png)"): ".png",
            self.tr("SVG drawing (*.svg)"): ".svg",
            self.tr("PDF document (*.pdf)"): ".pdf",
        }

    def _ask_save_path(self) -> Path | None:
        """Ask where to save (tests replace this method); None when cancelled."""
        filters = self._filters()
        first = next(iter(filters))
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart as"),
            f"{self._file_stem}.png",
            ";;".join(filters),
            first,
        )
        if not path:
            return None
        result = Path(path)
        if result.suffix.lower() not in filters.values():
            result = result.with_suffix(filters.get(chosen, ".png"))
        return result

    def save_as(self) -> Path | None:
        """Save the chart as PNG, SVG or PDF (by the file's suffix); the path, or None."""
        path = self._ask_save_path()
        if path is None:
            return None
        try:
            return save_figure(self.figure, path)
        except (OSError, PromiseTrackerError) as error:
            QMessageBox.warning(
                self,
                self.tr("Could not save the chart"),
                self.tr("The chart could not be saved to {path}:\n{error}").format(
                    path=str(path), error=str(error)
                ),
            )
            return None

    def image(self, dpi: float = 150) -> QImage:
        """The chart as an image, rendered afresh (not a screenshot of the widget)."""
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi)
        return QImage.fromData(buffer.getvalue())  # the PNG header names the format

    def copy_to_clipboard(self) -> None:
        """Put the chart on the clipboard as an image, to paste into a report or slides; with
        the data table shown, the whole table as tab-separated text, for a spreadsheet."""
        if self.showing_data:
            QApplication.clipboard().setText(self.data_table.all_text())
        else:
            QApplication.clipboard().setImage(self.image())
        # Say it worked where the user looks, for a moment (a tooltip would vanish at once).
        self.copy_button.setText(self.tr("Copied ✓"))
        announce(self.copy_button, self.copy_button.text())
        QTimer.singleShot(2000, self, self._retranslate)

    # --- texts -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        if self.data_button.isChecked():
            self.data_button.setText(self.tr("Show chart"))
            self.data_button.setToolTip(self.tr("Show the chart instead of its numbers"))
        else:
            self.data_button.setText(self.tr("Show data table"))
            self.data_button.setToolTip(
                self.tr("Show the chart's numbers as a table, to read or copy")
            )
        self.data_button.setAccessibleName(self.data_button.text())
        self.save_button.setText(self.tr("Save as…"))
        # The name a screen reader says starts with what is written on the button.
        self.save_button.setAccessibleName(self.save_button.text())
        self.save_button.setToolTip(self.tr("Save this chart as a PNG image, SVG or PDF file"))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.copy_button.setText(self.tr("Copy"))
        if self.showing_data:
            self.copy_button.setToolTip(
                self.tr("Copy the whole table as text, to paste into a spreadsheet")
            )
        else:
            self.copy_button.setToolTip(
                self.tr("Copy this chart as an image, to paste into a document or slides")
            )
        # Named by what it shows ("Copy"); what it copies is its description.
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setAccessibleDescription(self.copy_button.toolTip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
