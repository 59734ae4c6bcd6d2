"""The navigator beside the criterion page: the round's criteria by standard, filtered, searched."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.gui.assessment.criteria_model import (
    COLUMN_PROGRESS,
    COLUMN_SCORE,
    COLUMN_TITLE,
    CriteriaFilterProxy,
    CriteriaTreeModel,
    StandardNumberRole,
    filter_matches,
)
from promise_tracker.gui.assessment.filter_mode import FilterMode
from promise_tracker.gui.shared.accessibility import announce
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.gui.shared.window import guarded

__all__ = ["FilterMode", "NavigatorPanel"]


class NavigatorPanel(QWidget):
    """Lists the round's standards and criteria with their answers and scores.

    Moving to a criterion (arrow keys or a click) emits criterionSelected; the window calls
    select_criterion when the criterion page moves on by itself. The criterion the user is on
    stays listed while its answer changes, even when the filter no longer takes it in; it
    drops out once the user moves to another one.
    """

    criterionSelected = Signal(str)
    # Enter or a double click on a criterion: the user wants to work on it now.
    criterionActivated = Signal(str)

    def __init__(
        self, controller: RoundController, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigatorPanel")
        self._controller = controller
        self._current: str | None = None
        # True while the panel itself changes the filter or the current row, so that the
        # view's moves are not taken for the user's.
        self._quiet = False

        self.model = CriteriaTreeModel(controller, language, self)
        self.proxy = CriteriaFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search criteria and notes"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search criteria and notes"))
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_box.setToolTip(
            self.tr(
                "Shows the criteria whose statement, evidence, note or standard contains every "
                "word you type ({shortcut}). Escape clears the search."
            ).format(shortcut=find)
        )
        self.search_box.installEventFilter(self)
        self.search_box.textChanged.connect(self._on_search_changed)

        self.filter_label = QLabel(self.tr("Show:"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("filterCombo")
        self.filter_combo.setAccessibleName(self.tr("Which criteria to show"))
        self.filter_combo.setToolTip(self.tr("Show all criteria, or only those still to discuss"))
        self.filter_label.setBuddy(self.filter_combo)
        for mode in FilterMode:
            self.filter_combo.addItem("", mode)
        self.filter_combo.currentIndexChanged.connect(self._on_mode_chosen)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_combo, 1)
        layout.addLayout(top)
        layout.addWidget(self.search_box)

        self.empty_label = QLabel(self.tr("No criterion matches."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_all_button = QPushButton(self.tr("Show all criteria"), self)
        self.show_all_button.setObjectName("showAllButton")
        self.show_all_button.setAccessibleName(self.tr("Show all criteria"))
        self.show_all_button.setToolTip(self.tr("Clear the search and the filter"))
        self.show_all_button.clicked.connect(self.show_all)
        empty = QHBoxLayout()
        empty.addStretch(1)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.show_all_button)
        empty.addStretch(1)
        layout.addLayout(empty)

        self.tree = QTreeView(self)
        self.tree.setObjectName("criteriaTree")
        self.tree.setAccessibleName(self.tr("Standards and criteria"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        # A narrow indentation leaves the titles more room (the levels still show clearly).
        self.tree.setIndentation(max(12, self.fontMetrics().horizontalAdvance("MM")))
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized once from every text the columns can hold: measuring the contents after each
        # change would walk the whole tree every time, which slows opening a round.
        header.setSectionResizeMode(COLUMN_PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COLUMN_SCORE, QHeaderView.ResizeMode.Fixed)
        # The widest text of the answer and score columns, measured once per language.
        self._widest: dict[int, int] = {}
        self._fit_columns()
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self._on_activated)
        # Tabbing into the tree says the row the cursor is on (Qt puts it on the first row
        # when there is none).
        self.tree.installEventFilter(self)
        self.tree.viewport().installEventFilter(self)  # its width shares out the columns
        # Right click, the Menu key or Shift+F10: confirm carried-forward answers.
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        # Rows the filter brings back arrive collapsed; open them like the rest.
        self.proxy.rowsInserted.connect(self._expand_inserted)
        self.proxy.modelReset.connect(self.tree.expandAll)
        layout.addWidget(self.tree, 1)

        # Top to bottom, as laid out (the search box was made before the filter box).
        QWidget.setTabOrder(self.filter_combo, self.search_box)
        QWidget.setTabOrder(self.search_box, self.show_all_button)
        QWidget.setTabOrder(self.show_all_button, self.tree)

        controller.answerChanged.connect(self._on_answer_changed)
        controller.answeringAsChanged.connect(self._on_answering_as_changed)
        self._update_counts()
        self._update_empty()

    # --- public API ---------------------------------------------------------------------------

    def current_criterion(self) -> str | None:
        """The criterion last selected, by the user or by select_criterion."""
        return self._current

    def select_criterion(self, criterion_id: str) -> None:
        """Select and show a criterion (without emitting criterionSelected).

        If the filter or the search hides it, both are cleared first, so that the criterion
        being worked on is never out of sight.
        """
        source = self.model.index_for_criterion(criterion_id)
        if not source.isValid():
            raise KeyError(criterion_id)
        self._current = criterion_id
        if not self.proxy.mapFromSource(source).isValid():
            self._reset_filter()
        self._show_current()

    def set_mode(self, mode: FilterMode) -> None:
        """Show only the criteria of one kind (as choosing it in the filter box does)."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(mode))

    def mode(self) -> FilterMode:
        return self.proxy.mode

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self._fit_columns()
        self._show_current()

    def _fit_columns(self) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)  # standard rows are bold
        metrics = QFontMetrics(bold)
        # Room for the status dot and the cell margins besides the text.
        padding = self.tree.iconSize().width() + metrics.height() + 12
        for column, texts in zip(
            (COLUMN_PROGRESS, COLUMN_SCORE), self.model.widest_texts(), strict=True
        ):
            titles = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, titles])
            self._widest[column] = widest + padding
        self._size_columns()

    def _size_columns(self) -> None:
        """The answer and score columns as wide as their widest text, except in a narrow
        panel: there the titles keep at least 60 % of the width (in Swedish the answers'
        words are long enough to squeeze the titles out), and the answers are shortened
        ("…", whole in the tooltip and for screen readers)."""
        header = self.tree.header()
        wanted = self._widest
        available = self.tree.viewport().width()
        room = max(available * 2 // 5, 1)
        total = sum(wanted.values())
        for column, width in wanted.items():
            if total > room:
                width = max(room * width // total, self.fontMetrics().horizontalAdvance("M") * 3)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # --- confirming carried-forward answers ---------------------------------------------------

    def standard_of(self, criterion_id: str) -> str:
        """The top standard a criterion belongs to ("3" for a criterion of 3.2)."""
        return self._controller.session.pack.criterion(criterion_id).standard.split(".")[0]

    def to_confirm_in_standard(self, number: str) -> list[str]:
        """The carried-forward answers of a standard (sub-standards included) not confirmed."""
        session = self._controller.session
        criteria = [c.id for c in session.pack.standard(number).all_criteria()]
        return session.to_confirm(criteria)

    def confirm_standard(self, number: str) -> list[str]:
        """Confirm every carried-forward answer of a standard in one step (undone as one)."""
        session = self._controller.session
        if session.read_only:
            return []
        description = self.tr("Confirm the answers of standard {number}").format(number=number)
        return self._controller.confirm_many(self.to_confirm_in_standard(number), description)

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for a row of the tree (None when it would be empty)."""
        source = self.proxy.mapToSource(index)
        if not source.isValid() or self._controller.session.read_only:
            return None
        criterion_id = self.model.criterion_id(source)
        number = str(source.data(StandardNumberRole))
        if criterion_id is not None:
            number = self.standard_of(criterion_id)
        elif "." in number:
            number = number.split(".")[0]
        menu = QMenu(self)
        menu.setObjectName("criteriaContextMenu")
        if criterion_id is not None:
            confirm_one = menu.addAction(self.tr("&Confirm this answer"))
            confirm_one.setObjectName("confirmAnswerMenuAction")
            confirm_one.setEnabled(self._controller.session.answer(criterion_id).to_confirm)
            confirm_one.triggered.connect(lambda: self._confirm_one(criterion_id))
        waiting = len(self.to_confirm_in_standard(number))
        text = self.tr("Confirm &all in standard {number} (%n to confirm)", "", waiting)
        confirm_all = menu.addAction(text.format(number=number))
        confirm_all.setObjectName("confirmStandardMenuAction")
        confirm_all.setEnabled(waiting > 0)
        confirm_all.triggered.connect(lambda: self._confirm_standard_guarded(number))
        return menu

    def _confirm_one(self, criterion_id: str) -> None:
        guarded(self, lambda: self._controller.confirm(criterion_id))

    def _confirm_standard_guarded(self, number: str) -> None:
        guarded(self, lambda: self.confirm_standard(number))

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            index = self.tree.currentIndex()
        menu = self.context_menu(index)
        if menu is None:
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    @Slot()
    def show_all(self) -> None:
        self._reset_filter()
        self._show_current()

    # --- reacting -----------------------------------------------------------------------------

    def _reset_filter(self) -> None:
        was_quiet = self._quiet
        self._quiet = True
        try:
            self.set_mode(FilterMode.ALL)
            self.search_box.clear()
        finally:
            self._quiet = was_quiet

    @Slot(int)
    def _on_mode_chosen(self, row: int) -> None:
        mode = self.filter_combo.itemData(row)
        if isinstance(mode, FilterMode):
            self._refilter(lambda: self.proxy.set_mode(mode))

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_search(text))

    def _refilter(self, change: Callable[[], None]) -> None:
        was_quiet = self._quiet
        self._quiet = True
        try:
            # A new filter shows exactly what matches it: the pin would keep a stray row.
            self.proxy.set_pinned(None)
            change()
        finally:
            self._quiet = was_quiet
        self._show_current()

    def _show_current(self) -> None:
        """Put the view's current row on the remembered criterion, or on nothing if hidden."""
        was_quiet = self._quiet
        self._quiet = True
        try:
            index = QModelIndex()
            if self._current is not None:
                index = self.proxy.mapFromSource(self.model.index_for_criterion(self._current))
            selection = self.tree.selectionModel()
            if index.isValid():
                self.proxy.set_pinned(self._current)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                # Later, so that a panel just built has its size when the row is placed.
                QTimer.singleShot(0, self, self._scroll_to_current)
            else:
                # Leaving the view on a neighbour would suggest that one is being worked on.
                selection.clear()
        finally:
            self._quiet = was_quiet
        self._update_empty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._scroll_to_current)

    @Slot()
    def _scroll_to_current(self) -> None:
        """A row out of sight, or at an edge of the view, comes to the middle of it."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        edge = self.tree.viewport().height() // 6
        middle = self.tree.viewport().rect().adjusted(0, edge, 0, -edge)
        if not middle.contains(self.tree.visualRect(index)):
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        criterion_id = self.model.criterion_id(self.proxy.mapToSource(current))
        if criterion_id is None or criterion_id == self._current:
            return
        self._current = criterion_id
        self.criterionSelected.emit(criterion_id)
        # The criterion left behind may no longer match the filter; it goes now.
        self._quiet = True
        try:
            self.proxy.set_pinned(criterion_id)
        finally:
            self._quiet = False
        self._update_empty()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        criterion_id = self.model.criterion_id(self.proxy.mapToSource(index))
        if criterion_id is not None:
            self.criterionActivated.emit(criterion_id)

    @Slot(QModelIndex, int, int)
    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expandRecursively(self.proxy.index(row, 0, parent))

    @Slot(str)
    def _on_answer_changed(self, _criterion_id: str) -> None:
        self._update_counts()
        self._update_empty()

    @Slot()
    def _on_answering_as_changed(self) -> None:
        # The model has announced every row; the counts and the current row follow.
        self._update_counts()
        self._show_current()

    def _update_counts(self) -> None:
        session = self._controller.session
        counts = dict.fromkeys(FilterMode, 0)
        for criterion in session.criteria():
            status = session.status(criterion.id)
            flagged = session.answer(criterion.id).flagged
            for mode in FilterMode:
                if filter_matches(mode, status, flagged):
                    counts[mode] += 1
        texts = {
            FilterMode.ALL: self.tr("All criteria ({count})"),
            FilterMode.UNANSWERED: self.tr("Unanswered ({count})"),
            FilterMode.NOT_MET: self.tr("Not met ({count})"),
            FilterMode.NOT_APPLICABLE: self.tr("Not applicable ({count})"),
            FilterMode.FLAGGED: self.tr("Flagged for discussion ({count})"),
            FilterMode.TO_CONFIRM: self.tr("To confirm ({count})"),
        }
        for row in range(self.filter_combo.count()):
            mode = self.filter_combo.itemData(row)
            self.filter_combo.setItemText(row, texts[mode].format(count=counts[mode]))

    def _update_empty(self) -> None:
        empty = self.proxy.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.show_all_button.setVisible(empty)

    # --- keys in the search box ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()
        if (
            watched is self.tree
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() != Qt.FocusReason.MouseFocusReason
        ):
            # After the view has handled the focus (and set its current row).
            QTimer.singleShot(0, self, self._announce_current_row)
        if watched is self.search_box and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                # Escape belongs to the search box while it holds text, not to the window.
                if self.search_box.text():
                    event.accept()
                    return True
            elif event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape and self.search_box.text():
                    self.search_box.clear()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._enter_tree()
                    return True
        return super().eventFilter(watched, event)

    @Slot()
    def _announce_current_row(self) -> None:
        """Say the row the tree's cursor is on: the criterion or standard, its answer or
        progress, and its score."""
        if not self.tree.hasFocus():
            return
        index = self.tree.currentIndex()
        if not index.isValid():
            announce(self.tree, self.empty_label.text())
            return
        role = Qt.ItemDataRole.AccessibleTextRole
        parts = [str(index.siblingAtColumn(COLUMN_TITLE).data(role) or "")]
        parts.append(
            str(
                index.siblingAtColumn(COLUMN_TITLE).data(Qt.ItemDataRole.AccessibleDescriptionRole)
                or ""
            )
        )
        for column in (COLUMN_PROGRESS, COLUMN_SCORE):
            parts.append(str(index.siblingAtColumn(column).data(role) or ""))
        announce(self.tree, ", ".join(part for part in parts if part))

    def _enter_tree(self) -> None:
        """From the search box into the results, on the current or else the first criterion."""
        current = self.tree.currentIndex()
        if self.model.criterion_id(self.proxy.mapToSource(current)) is None:
            index = self.proxy.index(0, 0)
            while (
                index.isValid() and self.model.criterion_id(self.proxy.mapToSource(index)) is None
            ):
                index = self.proxy.index(0, 0, index)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
