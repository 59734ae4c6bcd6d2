"""The Results view of a unit: charts of a round and of all rounds, events, and what changed.

Importing this module imports matplotlib; the main window imports it the first time Results
is opened, so startup does not pay for it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from matplotlib.figure import Figure
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.charts.bars import bars_figure
from promise_tracker.charts.colours import CHANGED_COLOUR, GLYPH_COLOURS, STATUS_COLOURS
from promise_tracker.charts.heatmap import changed_matrix, heatmap_figure, status_legend
from promise_tracker.charts.perspectives import perspectives_figure
from promise_tracker.charts.radar import radar_figure
from promise_tracker.charts.style import standard_label
from promise_tracker.charts.tables import (
    bars_table,
    heatmap_table,
    perspectives_table,
    radar_table,
    trend_table,
)
from promise_tracker.charts.trend import trend_figure
from promise_tracker.domain.entities import Event
from promise_tracker.domain.progress import MessageKind, ProgressMessage, progress_messages
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.results.chart_canvas import ChartCanvas
from promise_tracker.gui.results.event_dialog import EventDialog
from promise_tracker.gui.shared.conflict_dialog import save_resolving_conflicts
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.provenance import ProvenanceLine
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.results import HistoryRound, UnitHistory, unit_history
from promise_tracker.standards.model import Pack

OVERVIEW_TAB, PROGRESS_TAB, PERSPECTIVES_TAB, CRITERIA_TAB = range(4)
# How many criteria the "since last round" panel names per list before "and N more".
LIST_LIMIT = 5
# Pixels per criterion row of the heat map: it scrolls rather than squeezing its labels.
HEATMAP_ROW_PIXELS = 13
# The "since the last round" panel shows when it has the keyboard focus.
SINCE_PANEL_STYLE = (
    "QTextBrowser#sinceLastRoundPanel { border: 2px solid transparent; }"
    "QTextBrowser#sinceLastRoundPanel:focus { border: 2px solid palette(highlight); }"
)


def chart_translate(text: str) -> str:
    """The `translate` passed to the chart builders: their texts in the "Charts" context."""
    return QCoreApplication.translate("Charts", text)


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ResultsView(QWidget):
    """Charts and progress of one unit, centred on a selected round."""

    eventsChanged = Signal()

    def __init__(
        self,
        service: AssessmentService,
        unit_id: str,
        round_id: str | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.service = service
        self.unit_id = unit_id
        self.round_id = round_id
        self.language = language
        self.history: UnitHistory | None = None
        self._stale: set[int] = set()
        self._drawn_font_size = 0.0
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(200)
        self._resize_timer.timeout.connect(self._redraw_for_size)
        self._build()
        self._retranslate()
        self._reload(reset_compare=True)

    # --- public API ------------------------------------------------------------------------

    def set_selection(self, unit_id: str, round_id: str | None) -> None:
        """Show another unit or round (None: the unit's latest round)."""
        unit_changed = unit_id != self.unit_id
        self.unit_id = unit_id
        self.round_id = round_id
        if unit_changed:
            self._checked_standards_reset()
        self._reload(reset_compare=True)

    def set_language(self, language: str) -> None:
        """Redraw the charts and texts with standards text in `language`."""
        self.language = language
        self._retranslate()
        self._reload(reset_compare=False)

    def refresh(self) -> None:
        """Read the unit's data again (after answers or rounds changed elsewhere)."""
        self._reload(reset_compare=False)

    @property
    def selected_round(self) -> HistoryRound | None:
        history = self.history
        if history is None or not history.rounds:
            return None
        for item in history.rounds:
            if item.round.id == self.round_id:
                return item
        return history.rounds[-1]

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("resultsHeading")
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Whose wording the scores are measured against, with the full statement a click away.
        self.provenance_line = ProvenanceLine(self, object_name="resultsProvenance")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("resultsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_overview(), "")
        self.tabs.addTab(self._build_progress(), "")
        self.tabs.addTab(self._build_perspectives(), "")
        self.tabs.addTab(self._build_criteria(), "")
        self.tabs.currentChanged.connect(self._build_current)

        self.since_panel = QTextBrowser(self)
        self.since_panel.setObjectName("sinceLastRoundPanel")
        self.since_panel.setOpenLinks(False)
        self.since_panel.setStyleSheet(SINCE_PANEL_STYLE)
        self.since_panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 36)
        # The default list indent wastes a narrow panel's width.
        self.since_panel.document().setIndentWidth(self.fontMetrics().averageCharWidth() * 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.since_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.provenance_line)
        layout.addWidget(self.splitter, 1)

    def _empty_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMargin(self.fontMetrics().height() * 2)
        return label

    def _build_overview(self) -> QWidget:
        page = QWidget(self)
        self.compare_label = QLabel(page)
        self.compare_combo = QComboBox(page)
        self.compare_combo.setObjectName("compareCombo")
        self.compare_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.compare_combo.setMinimumContentsLength(32)
        self.compare_label.setBuddy(self.compare_combo)
        self.compare_combo.currentIndexChanged.connect(self._on_compare_changed)
        row = QHBoxLayout()
        row.addWidget(self.compare_label)
        row.addWidget(self.compare_combo)
        row.addStretch(1)

        self.radar_canvas = ChartCanvas(page)
        self.radar_canvas.setObjectName("radarChart")
        self.bars_canvas = ChartCanvas(page)
        self.bars_canvas.setObjectName("barsChart")
        charts = QWidget(page)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.radar_canvas, 1)
        charts_layout.addWidget(self.bars_canvas, 1)
        self.overview_empty = self._empty_label("overviewEmptyLabel")
        self.overview_stack = QStackedWidget(page)
        self.overview_stack.addWidget(charts)
        self.overview_stack.addWidget(self.overview_empty)

        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.overview_stack, 1)
        return page

    def _build_progress(self) -> QWidget:
        page = QWidget(self)
        self.trend_canvas = ChartCanvas(page)
        self.trend_canvas.setObjectName("trendChart")

        self.trend_label = QLabel(page)
        self.trend_standards = QListWidget(page)
        self.trend_standards.setObjectName("trendStandards")
        self.trend_standards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.trend_standards.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.trend_label.setBuddy(self.trend_standards)
        self.trend_standards.itemChanged.connect(self._on_trend_standard_toggled)

        self.events_label = QLabel(page)
        self.events_list = QListWidget(page)
        self.events_list.setObjectName("eventsList")
        self.events_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.events_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_label.setBuddy(self.events_list)
        self.events_list.itemSelectionChanged.connect(self._update_event_buttons)
        self.events_list.itemActivated.connect(lambda _item: self.edit_event())

        self.add_event_button = QPushButton(page)
        self.add_event_button.setObjectName("addEventButton")
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button = QPushButton(page)
        self.edit_event_button.setObjectName("editEventButton")
        self.edit_event_button.clicked.connect(self.edit_event)
        self.remove_event_button = QPushButton(page)
        self.remove_event_button.setObjectName("removeEventButton")
        self.remove_event_button.clicked.connect(self.remove_event)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_event_button)
        buttons.addWidget(self.edit_event_button)
        buttons.addWidget(self.remove_event_button)

        side = QWidget(page)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.trend_label)
        side_layout.addWidget(self.trend_standards, 3)
        side_layout.addWidget(self.events_label)
        side_layout.addWidget(self.events_list, 2)
        side_layout.addLayout(buttons)
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        side.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)

        layout = QHBoxLayout(page)
        layout.addWidget(self.trend_canvas, 1)
        layout.addWidget(side)
        self.setTabOrder(self.trend_standards, self.events_list)
        self.setTabOrder(self.events_list, self.add_event_button)
        self.setTabOrder(self.add_event_button, self.edit_event_button)
        self.setTabOrder(self.edit_event_button, self.remove_event_button)
        return page

    def _build_perspectives(self) -> QWidget:
        page = QWidget(self)
        self.perspectives_canvas = ChartCanvas(page)
        self.perspectives_canvas.setObjectName("perspectivesChart")
        self.perspectives_empty = self._empty_label("perspectivesEmptyLabel")
        self.perspectives_stack = QStackedWidget(page)
        self.perspectives_stack.addWidget(self.perspectives_canvas)
        self.perspectives_stack.addWidget(self.perspectives_empty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.perspectives_stack)
        return page

    def _build_criteria(self) -> QWidget:
        page = QWidget(self)
        self.heatmap_canvas = ChartCanvas(page, scrollable=True)
        self.heatmap_canvas.setObjectName("heatmapChart")
        # The colour key stays in view above the rows, which scroll.
        self.heatmap_legend = QLabel(page)
        self.heatmap_legend.setObjectName("heatmapLegend")
        self.heatmap_legend.setTextFormat(Qt.TextFormat.RichText)
        self.heatmap_legend.setWordWrap(True)
        self.criteria_empty = self._empty_label("criteriaEmptyLabel")
        self.criteria_stack = QStackedWidget(page)
        self.criteria_stack.addWidget(self.heatmap_canvas)
        self.criteria_stack.addWidget(self.criteria_empty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heatmap_legend)
        layout.addWidget(self.criteria_stack, 1)
        return page

    def _heatmap_legend_html(self, changed: bool) -> str:
        """The heat map's key: each status's cell colour with its glyph, then its name."""
        entries = []
        for colour, glyph_colour, text in zip(
            STATUS_COLOURS, GLYPH_COLOURS, status_legend(chart_translate), strict=True
        ):
            glyph, name = text.split(" ", 1)
            entries.append(
                f'<span style="background-color:{colour}; color:{glyph_colour};">'
                f"&nbsp;{html.escape(glyph)}&nbsp;</span>&nbsp;{html.escape(name)}"
            )
        if changed:
            entries.append(
                f'<span style="color:{CHANGED_COLOUR};">╱╱</span>&nbsp;'
                + html.escape(chart_translate("Changed meaning since (not comparable)"))
            )
        return "&nbsp;&nbsp;&nbsp; ".join(entries)

    # --- texts -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.tabs.setTabText(OVERVIEW_TAB, self.tr("Overview"))
        self.tabs.setTabText(PROGRESS_TAB, self.tr("Progress"))
        self.tabs.setTabText(PERSPECTIVES_TAB, self.tr("Perspectives"))
        self.tabs.setTabText(CRITERIA_TAB, self.tr("Criteria over time"))
        self.tabs.setAccessibleName(self.tr("Results"))
        self.since_panel.setAccessibleName(self.tr("Since the last round"))
        self.since_panel.setToolTip(self.tr("What changed since the round before this one"))

        self.compare_label.setText(self.tr("&Compare with:"))
        self.compare_combo.setAccessibleName(self.tr("Compare with round"))
        self.compare_combo.setToolTip(self.tr("Overlay another round on the radar chart (Alt+C)"))
        self.trend_label.setText(self.tr("&Standards in the chart:"))
        self.trend_standards.setAccessibleName(self.tr("Standards shown over time"))
        self.trend_standards.setToolTip(
            self.tr("Tick standards to add their lines to the chart (Alt+S)")
        )
        self.events_label.setText(self.tr("E&vents:"))
        self.events_list.setAccessibleName(self.tr("Events of the unit"))
        self.events_list.setToolTip(
            self.tr("Things that happened to the unit, drawn as dashed lines (Alt+V)")
        )
        self.add_event_button.setText(self.tr("&Add…"))
        self.add_event_button.setAccessibleName(self.tr("Add an event"))
        self.add_event_button.setToolTip(self.tr("Add an event of the unit (Alt+A)"))
        self.edit_event_button.setText(self.tr("&Edit…"))
        self.edit_event_button.setAccessibleName(self.tr("Edit the selected event"))
        self.edit_event_button.setToolTip(self.tr("Edit the selected event (Alt+E)"))
        self.remove_event_button.setText(self.tr("&Remove"))
        self.remove_event_button.setAccessibleName(self.tr("Remove the selected event"))
        self.remove_event_button.setToolTip(self.tr("Remove the selected event (Alt+R)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.history is not None:
                self._fill_texts()
                self._stale = {OVERVIEW_TAB, PROGRESS_TAB, PERSPECTIVES_TAB, CRITERIA_TAB}
                self._build_current()
        super().changeEvent(event)

    # --- data ------------------------------------------------------------------------------

    def _reload(self, *, reset_compare: bool) -> None:
        self.history = unit_history(self.service, self.unit_id)
        self._fill_compare_combo(reset_compare)
        self._fill_trend_standards()
        self._fill_events()
        self._fill_texts()
        self._stale = {OVERVIEW_TAB, PROGRESS_TAB, PERSPECTIVES_TAB, CRITERIA_TAB}
        self._build_current()

    def _reload_events(self) -> None:
        self.history = unit_history(self.service, self.unit_id)
        self._fill_events()
        self._stale.add(PROGRESS_TAB)
        self._build_current()
        self.eventsChanged.emit()

    def _locale(self) -> QLocale:
        # Numbers follow the interface's language, as dates do (not the standards').
        return QLocale()

    def _percent(self, value: float) -> str:
        return self._locale().toString(float(value), "f", 0)

    def _date(self, item: HistoryRound | Event) -> str:
        # As the date fields show and read dates (the interface's locale, not the standards'
        # language), so an event is listed the way it was typed.
        return format_date(item.date)

    def _pack(self) -> Pack | None:
        selected = self.selected_round
        return selected.pack if selected else None

    def _fill_compare_combo(self, reset: bool) -> None:
        previous_choice = self.compare_combo.currentData()
        selected = self.selected_round
        history = self.history
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("None"), None)
        others: list[HistoryRound] = []
        if history is not None and selected is not None:
            others = [r for r in reversed(history.rounds) if r.round.id != selected.round.id]
        for item in others:
            self.compare_combo.addItem(
                self.tr("{title} ({date})").format(title=item.label, date=self._date(item)),
                item.round.id,
            )
        choice = None if reset else previous_choice
        if reset and history is not None and selected is not None:
            position = history.rounds.index(selected)
            if position > 0:
                choice = history.rounds[position - 1].round.id
        index = self.compare_combo.findData(choice) if choice else 0
        self.compare_combo.setCurrentIndex(max(index, 0))
        self.compare_combo.setEnabled(bool(others))
        self.compare_combo.blockSignals(False)

    def _checked_standards(self) -> list[str]:
        numbers = []
        for row in range(self.trend_standards.count()):
            item = self.trend_standards.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                numbers.append(item.data(Qt.ItemDataRole.UserRole))
        return numbers

    def _checked_standards_reset(self) -> None:
        self.trend_standards.clear()

    def _fill_trend_standards(self) -> None:
        checked = set(self._checked_standards())
        pack = self._latest_pack()
        self.trend_standards.blockSignals(True)
        self.trend_standards.clear()
        for unit in pack.assessed_units() if pack is not None else ():
            assert pack is not None
            item = QListWidgetItem(standard_label(pack, unit.number, self.language, width=44))
            item.setData(Qt.ItemDataRole.UserRole, unit.number)
            item.setToolTip(f"{unit.number}  {unit.title.get(self.language)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if unit.number in checked else Qt.CheckState.Unchecked
            )
            self.trend_standards.addItem(item)
        self.trend_standards.blockSignals(False)

    def _latest_pack(self) -> Pack | None:
        history = self.history
        return history.rounds[-1].pack if history and history.rounds else None

    def _fill_events(self) -> None:
        current = self._selected_event_id()
        self.events_list.clear()
        for event in self.history.events if self.history else ():
            item = QListWidgetItem(
                self.tr("{date}  {title}").format(date=self._date(event), title=event.title)
            )
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(event.description or event.title)
            self.events_list.addItem(item)
            if event.id == current:
                item.setSelected(True)
                self.events_list.setCurrentItem(item)
        self._update_event_buttons()

    def _update_event_buttons(self) -> None:
        has_selection = self._selected_event_id() is not None
        self.edit_event_button.setEnabled(has_selection)
        self.remove_event_button.setEnabled(has_selection)

    def _selected_event_id(self) -> str | None:
        items = self.events_list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _selected_event(self) -> Event | None:
        event_id = self._selected_event_id()
        for event in self.history.events if self.history else ():
            if event.id == event_id:
                return event
        return None

    # --- texts from the data ---------------------------------------------------------------

    def _fill_texts(self) -> None:
        history = self.history
        selected = self.selected_round
        unit_name = history.unit.name if history else ""
        if selected is None:
            self.heading.setText(unit_name)
        else:
            self.heading.setText(
                self.tr("{unit}: {round} ({date})").format(
                    unit=unit_name, round=selected.label, date=self._date(selected)
                )
            )
        self.heading.setAccessibleName(self.heading.text())
        self.provenance_line.show_pack(selected.pack if selected else None, self.language)
        self.since_panel.setHtml(self._since_html())

        if selected is None:
            empty = self.tr(
                "This unit has no rounds yet. Start a round and answer its criteria; "
                "the charts appear here."
            )
        else:
            empty = self.tr(
                "No scores yet for {round}. Answer at least one criterion that applies "
                "(yes or no) and the charts appear here."
            ).format(round=selected.label)
        self.overview_empty.setText(empty)
        self.perspectives_empty.setText(empty)
        self.criteria_empty.setText(empty)

    def _since_html(self) -> str:
        history = self.history
        selected = self.selected_round
        parts = [f"<h3>{html.escape(self.tr('Since the last round'))}</h3>"]
        if history is None or selected is None:
            no_rounds = self.tr("This unit has no rounds yet.")  # not in the f-string: lupdate
            parts.append(f"<p>{html.escape(no_rounds)}</p>")
            return "".join(parts)
        position = history.rounds.index(selected)
        if position == 0:
            text = (
                self.tr(
                    "This is the unit's only round, so there is no earlier round to compare with."
                )
                if len(history.rounds) == 1
                else self.tr(
                    "{round} is the unit's first round: there is no earlier round to compare with."
                ).format(round=selected.label)
            )
            parts.append(f"<p>{html.escape(text)}</p>")
            return "".join(parts)
        previous = history.rounds[position - 1]
        parts.append(
            "<p><i>{}</i></p>".format(
                html.escape(
                    self.tr("{current} compared with {previous}").format(
                        current=selected.label, previous=previous.label
                    )
                )
            )
        )
        progress = history.progress(position)
        messages = progress_messages(progress) if progress else []
        if not messages:
            nothing = self.tr("Nothing to compare yet.")  # not in the f-string: lupdate
            parts.append(f"<p>{html.escape(nothing)}</p>")
        for message in messages:
            parts.append(self._message_html(message, selected.pack))
        return "".join(parts)

    def _criteria_list(self, ids: tuple[str, ...], pack: Pack) -> str:
        items = []
        for criterion_id in ids[:LIST_LIMIT]:
            statement = (
                _shortened(pack.criterion(criterion_id).statement.get(self.language), 90)
                if pack.has_criterion(criterion_id)
                else ""
            )
            items.append(f"<li><b>{html.escape(criterion_id)}</b> {html.escape(statement)}</li>")
        more = len(ids) - LIST_LIMIT
        if more > 0:
            text = self.tr("and %n more", "", more)
            items.append(f"<li>{html.escape(text)}</li>")
        return "<ul>{}</ul>".format("".join(items))

    def _message_html(self, message: ProgressMessage, pack: Pack) -> str:
        n = message.numbers
        count = round(n[0]) if n else 0
        match message.kind:
            case MessageKind.OVERALL_UP:
                text = self.tr(
                    "Overall score rose from {before} % to {after} % (+{change} points)."
                ).format(
                    before=self._percent(n[0]),
                    after=self._percent(n[1]),
                    change=self._percent(n[2]),
                )
                return f"<p>▲ {html.escape(text)}</p>"
            case MessageKind.OVERALL_DOWN:
                text = self.tr(
                    "Overall score fell from {before} % to {after} % ({change} points)."
                ).format(
                    before=self._percent(n[0]),
                    after=self._percent(n[1]),
                    change=self._percent(n[2]),
                )
                return f"<p>▼ {html.escape(text)}</p>"
            case MessageKind.OVERALL_SAME:
                text = self.tr("Overall score stayed at {value} %.").format(
                    value=self._percent(n[0])
                )
                return f"<p>■ {html.escape(text)}</p>"
            case MessageKind.MOST_IMPROVED:
                standards = [
                    self.tr("{standard} (+{gain} points)").format(
                        standard=standard_label(pack, number, self.language, width=40),
                        gain=self._percent(gain),
                    )
                    for number, gain in zip(message.ids, n, strict=True)
                ]
                text = self.tr("Most improved: {standards}.").format(
                    standards=self.tr(", ").join(standards)
                )
                return f"<p>{html.escape(text)}</p>"
            case MessageKind.NEWLY_MET:
                heading = self.tr("Newly met: %n criteria", "", count)
            case MessageKind.NEWLY_UNMET:
                heading = self.tr("No longer met: %n criteria", "", count)
            case MessageKind.PERSISTENT_GAPS:
                heading = self.tr("Still not met: %n criteria", "", count)
            case MessageKind.NOT_COMPARABLE:
                heading = self.tr(
                    "Changed meaning in the new version of the standards, not compared: "
                    "%n criteria",
                    "",
                    count,
                )
        return f"<p><b>{html.escape(heading)}</b></p>{self._criteria_list(message.ids, pack)}"

    # --- charts ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Charts are built when they are first seen, at the size they are seen at: building
        # them before (at a guessed size) meant building them all again a moment later.
        self._build_current()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Charts are drawn with a text size that follows the view's width; after a real
        # change of size they are drawn again, once the resizing has settled. Nothing is
        # drawn before the view is shown (showEvent builds at the size it is shown at).
        drawn = self._drawn_font_size > 0
        if drawn and self.isVisible() and abs(self._font_size() - self._drawn_font_size) >= 0.5:
            self._resize_timer.start()

    def _redraw_for_size(self) -> None:
        self._stale = {OVERVIEW_TAB, PROGRESS_TAB, PERSPECTIVES_TAB, CRITERIA_TAB}
        self._build_current()

    def _font_size(self) -> float:
        size = self.font().pointSizeF()
        size = max(size if size > 0 else 9.0, 8.0)
        # On a large screen or a projector the charts grow, so their text grows with them.
        scale = min(1.6, max(1.0, self.width() / 1200))
        return size * scale

    def _build_current(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale or not self.isVisible():
            return  # a hidden view builds when it is shown
        self._stale.discard(index)
        self._drawn_font_size = self._font_size()
        builders: dict[int, Callable[[], None]] = {
            OVERVIEW_TAB: self._draw_overview,
            PROGRESS_TAB: self._draw_progress,
            PERSPECTIVES_TAB: self._draw_perspectives,
            CRITERIA_TAB: self._draw_criteria,
        }
        builders[index]()

    def _has_scores(self, item: HistoryRound | None) -> bool:
        return item is not None and item.consensus.overall.percent is not None

    def _draw_overview(self) -> None:
        selected = self.selected_round
        if selected is None or not self._has_scores(selected):
            self.overview_stack.setCurrentWidget(self.overview_empty)
            return
        self.overview_stack.setCurrentIndex(0)
        pack = selected.pack
        series = [(selected.label, selected.consensus)]
        other = self._compare_round()
        if other is not None:
            series.append((other.label, other.consensus))
        size = self._font_size()
        radar = radar_figure(
            pack,
            series,
            self.language,
            translate=chart_translate,
            font_size=size,
            titles=True,
            figsize=(6.0, 5.0),
        )
        self.radar_canvas.set_figure(
            radar,
            self.tr("Radar chart of scores per standard"),
            names=self._radar_names(radar, pack),
            file_stem="radar",
            table=radar_table(pack, series, self.language, chart_translate),
        )
        bars = bars_figure(
            pack,
            selected.consensus,
            self.language,
            translate=chart_translate,
            font_size=size,
            figsize=(6.0, 5.0),
        )
        self.bars_canvas.set_figure(
            bars,
            self.tr("Bar chart of score and completeness per standard"),
            file_stem="bars",
            table=bars_table(pack, selected.consensus, self.language, chart_translate),
        )

    def _radar_names(self, fig: Figure, pack: Pack) -> dict[str, str]:
        ticks = [label.get_text() for label in fig.axes[0].get_xticklabels()]
        units = pack.assessed_units()
        return {
            tick: f"{unit.number}  {_shortened(unit.title.get(self.language), 50)}"
            for tick, unit in zip(ticks, units, strict=False)
        }

    def _compare_round(self) -> HistoryRound | None:
        round_id = self.compare_combo.currentData()
        for item in self.history.rounds if self.history else ():
            if item.round.id == round_id:
                return item
        return None

    def _draw_progress(self) -> None:
        history = self.history
        if history is None:
            return
        pack = self._latest_pack()
        standards = self._checked_standards()
        fig = trend_figure(
            history,
            standards,
            self.language,
            pack=pack,
            translate=chart_translate,
            font_size=self._font_size(),
            figsize=(8.0, 5.0),
        )
        self.trend_canvas.set_figure(
            fig,
            self.tr("Line chart of scores over time, with events"),
            file_stem="trend",
            table=trend_table(
                history, standards, self.language, pack=pack, translate=chart_translate
            ),
        )

    def _draw_perspectives(self) -> None:
        selected = self.selected_round
        if selected is None or not self._has_scores(selected):
            self.perspectives_stack.setCurrentWidget(self.perspectives_empty)
            return
        self.perspectives_stack.setCurrentIndex(0)
        pack = selected.pack
        fig = perspectives_figure(
            pack,
            selected.result,
            self.language,
            translate=chart_translate,
            font_size=self._font_size(),
            figsize=(9.0, 5.0),
        )
        names = {
            u.number: standard_label(pack, u.number, self.language, width=60)
            for u in pack.assessed_units()
        }
        self.perspectives_canvas.set_figure(
            fig,
            self.tr("Bar chart of scores per perspective"),
            names=names,
            file_stem="perspectives",
            table=perspectives_table(pack, selected.result, self.language, chart_translate),
        )

    def _draw_criteria(self) -> None:
        history = self.history
        # Rows are the criteria of the latest round's version: older rounds are matched to
        # them through the crosswalk, and answers given under another meaning are marked.
        latest = history.latest if history is not None else None
        pack = latest.pack if latest is not None else None
        if history is None or pack is None or not history.rounds:
            self.criteria_stack.setCurrentWidget(self.criteria_empty)
            self.heatmap_legend.hide()
            return
        self.criteria_stack.setCurrentIndex(0)
        self.heatmap_legend.show()
        fig = heatmap_figure(
            pack,
            history,
            self.language,
            translate=chart_translate,
            font_size=self._font_size() * 1.4,
            figsize=(8.0, 10.0),
            legend=False,  # shown above, where it does not scroll away
        )
        self.heatmap_legend.setText(
            self._heatmap_legend_html(bool(changed_matrix(pack, history).any()))
        )
        rows = len(pack.criteria())
        self.heatmap_canvas.set_minimum_chart_size(360, rows * HEATMAP_ROW_PIXELS + 100)
        self.heatmap_canvas.set_figure(
            fig,
            self.tr("Heat map of each criterion's status per round"),
            file_stem="criteria",
            table=heatmap_table(pack, history, chart_translate),
            stretch_first=False,  # criterion ids are short; the statuses need their width
        )

    # --- events ----------------------------------------------------------------------------

    def _show_error(self, error: PromiseTrackerError) -> None:
        QMessageBox.warning(self, self.tr("Could not save the event"), str(error))

    def add_event(self) -> None:
        fields = EventDialog.ask(self, None)
        if fields is None:
            return
        try:
            self.service.add_event(self.unit_id, fields.date, fields.title, fields.description)
        except PromiseTrackerError as error:
            self._show_error(error)
            return
        self._reload_events()

    def edit_event(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        fields = EventDialog.ask(self, event)
        if fields is None:
            return
        changed = replace(
            event, date=fields.date, title=fields.title, description=fields.description
        )
        try:
            # Changed meanwhile in another window: both are shown and the user decides.
            save_resolving_conflicts(
                self,
                self.service.update_event,
                changed,
                lambda mine, theirs: replace(mine, version=theirs.version),
            )
        except PromiseTrackerError as error:
            self._show_error(error)
            return
        self._reload_events()

    def remove_event(self) -> None:
        event = self._selected_event()
        if event is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove event"),
            self.tr("Remove the event “{title}” of {date}? This cannot be undone.").format(
                title=event.title, date=self._date(event)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("removeEventConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_event(event.id)
        except PromiseTrackerError as error:
            self._show_error(error)
            return
        self._reload_events()

    # --- reactions -------------------------------------------------------------------------

    def _on_compare_changed(self, _index: int) -> None:
        self._stale.add(OVERVIEW_TAB)
        self._build_current()

    def _on_trend_standard_toggled(self, _item: QListWidgetItem) -> None:
        self._stale.add(PROGRESS_TAB)
        self._build_current()
