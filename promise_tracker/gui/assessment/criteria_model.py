"""Item model of a round's standards and criteria for the navigator, and its filter proxy."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.gui.assessment.filter_mode import FilterMode
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.standards.model import Criterion, Standard

# Roles beyond Qt's, for the proxy, the navigator and tests.
CriterionIdRole = Qt.ItemDataRole.UserRole + 1  # str on criterion rows, None on standards
StandardNumberRole = Qt.ItemDataRole.UserRole + 2  # the standard's number; a criterion's own
StatusRole = Qt.ItemDataRole.UserRole + 3  # CriterionStatus (criterion rows only)
FlaggedRole = Qt.ItemDataRole.UserRole + 4  # bool (criterion rows only)
SearchTextRole = Qt.ItemDataRole.UserRole + 5  # lower-cased text the search box looks in

COLUMN_TITLE = 0
COLUMN_PROGRESS = 1
COLUMN_SCORE = 2
_COLUMN_COUNT = 3

FLAG_SYMBOL = "⚑"

_ROOT = QModelIndex()  # the invisible root, as a default argument

# Status colours only add to the symbol and the words, which carry the meaning; they are
# mid-tone so that the dots stay visible on light, dark and high-contrast backgrounds.
_STATUS_COLOURS = {
    CriterionStatus.MET: "#2e9d4f",
    CriterionStatus.PARTLY_MET: "#d08a12",
    CriterionStatus.NOT_MET: "#d2413a",
    CriterionStatus.NOT_APPLICABLE: "#8a8f98",
    CriterionStatus.NEEDS_JUSTIFICATION: "#d08a12",
    CriterionStatus.TO_CONFIRM: "#3a78c9",
}

_STATUS_SYMBOLS = {
    CriterionStatus.MET: "✓",
    CriterionStatus.PARTLY_MET: "◐",
    CriterionStatus.NOT_MET: "✗",
    CriterionStatus.NOT_APPLICABLE: "–",
    CriterionStatus.NEEDS_JUSTIFICATION: "!",
    CriterionStatus.TO_CONFIRM: "↻",
}


_MODE_STATUSES: dict[FilterMode, frozenset[CriterionStatus]] = {
    # An N/A still waiting for its reason, or an answer carried forward and not confirmed,
    # does not count yet, so it is still to do.
    FilterMode.UNANSWERED: frozenset(
        {
            CriterionStatus.UNANSWERED,
            CriterionStatus.NEEDS_JUSTIFICATION,
            CriterionStatus.TO_CONFIRM,
        }
    ),
    FilterMode.TO_CONFIRM: frozenset({CriterionStatus.TO_CONFIRM}),
    # A partly met criterion is not met in full either.
    FilterMode.NOT_MET: frozenset({CriterionStatus.NOT_MET, CriterionStatus.PARTLY_MET}),
    # Every criterion answered N/A, with or without its reason yet.
    FilterMode.NOT_APPLICABLE: frozenset(
        {CriterionStatus.NOT_APPLICABLE, CriterionStatus.NEEDS_JUSTIFICATION}
    ),
}


def filter_matches(mode: FilterMode, status: CriterionStatus, flagged: bool) -> bool:
    """Whether a criterion with this status and flag is shown in `mode`."""
    if mode is FilterMode.ALL:
        return True
    if mode is FilterMode.FLAGGED:
        return flagged
    return status in _MODE_STATUSES[mode]


@dataclass
class _Node:
    """One row of the tree: a standard (key = number) or a criterion (key = id)."""

    key: str
    is_criterion: bool
    parent: int  # position of the parent node in the model's node list; -1 at the top
    row: int
    children: list[int] = field(default_factory=list)


def _status_icon(colour: str) -> QIcon:
    size = 12
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # An outline in the text colour keeps the dot apart from any background.
    painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.Text))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class CriteriaTreeModel(QAbstractItemModel):
    """Standards, sub-standards and criteria of the round's pack, in pack order, read-only.

    Texts come from the pack in `language`; answers, statuses and scores from the session
    (never computed here). Rows never change, only their data: an answer change refreshes
    the criterion and every standard above it.
    """

    def __init__(
        self, controller: RoundController, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._language = language
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._by_key: dict[tuple[bool, str], int] = {}
        # Each criterion's standard and the standards above it, nearest first.
        self._ancestors: dict[str, tuple[Standard, ...]] = {}
        for row, standard in enumerate(controller.session.pack.standards):
            self._top.append(self._add_standard(standard, -1, row, ()))
        self._icons: dict[CriterionStatus, QIcon] = {}
        controller.answerChanged.connect(self.on_answer_changed)
        controller.answeringAsChanged.connect(self.on_answering_as_changed)

    def _add_node(self, key: str, is_criterion: bool, parent: int, row: int) -> int:
        position = len(self._nodes)
        self._nodes.append(_Node(key, is_criterion, parent, row))
        self._by_key[(is_criterion, key)] = position
        if parent >= 0:
            self._nodes[parent].children.append(position)
        return position

    def _add_standard(
        self, standard: Standard, parent: int, row: int, above: tuple[Standard, ...]
    ) -> int:
        position = self._add_node(standard.number, False, parent, row)
        chain = (standard, *above)
        # Pack order: a standard's own criteria first, then its sub-standards'.
        for criterion in standard.criteria:
            self._add_node(criterion.id, True, position, len(self._nodes[position].children))
            self._ancestors[criterion.id] = chain
        for child in standard.children:
            self._add_standard(child, position, len(self._nodes[position].children), chain)
        return position

    # --- public helpers -----------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """Show the pack's texts in another language (rows stay as they are)."""
        if language == self._language:
            return
        self._language = language
        self._emit_all_changed(QModelIndex(), self._top)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, _COLUMN_COUNT - 1)

    def _emit_all_changed(self, parent: QModelIndex, rows: list[int]) -> None:
        if not rows:
            return
        last = len(rows) - 1
        self.dataChanged.emit(self.index(0, 0, parent), self.index(last, _COLUMN_COUNT - 1, parent))
        for row, position in enumerate(rows):
            if self._nodes[position].children:
                self._emit_all_changed(self.index(row, 0, parent), self._nodes[position].children)

    def index_for_criterion(self, criterion_id: str) -> QModelIndex:
        """The column-0 index of a criterion, or an invalid index for an unknown id."""
        position = self._by_key.get((True, criterion_id))
        return QModelIndex() if position is None else self._index_of(position)

    def criterion_id(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The criterion id of a row, or None for a standard or an invalid index."""
        node = self._node(index)
        return node.key if node is not None and node.is_criterion else None

    def _index_of(self, position: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._nodes[position].row, column, position)

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._nodes[index.internalId()]

    @Slot()
    def on_answering_as_changed(self) -> None:
        """Another answer set is shown: every row's answer, status and score may differ."""
        self._emit_all_changed(QModelIndex(), self._top)

    @Slot(str)
    def on_answer_changed(self, criterion_id: str) -> None:
        position = self._by_key.get((True, criterion_id))
        while position is not None and position >= 0:
            node = self._nodes[position]
            self.dataChanged.emit(
                self._index_of(position, 0), self._index_of(position, _COLUMN_COUNT - 1)
            )
            position = node.parent

    # --- structure ----------------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._children(parent)
        return self.createIndex(row, column, siblings[row])

    def parent(self, index=None):  # QObject.parent() and QAbstractItemModel.parent(index)
        if index is None:  # QObject.parent()
            return super().parent()
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self._index_of(node.parent)

    def _children(self, parent: QModelIndex | QPersistentModelIndex) -> list[int]:
        if not parent.isValid():
            return self._top
        node = self._node(parent)
        if node is None or parent.column() != 0:
            return []
        return node.children

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(self._children(parent))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return _COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._children(index):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COLUMN_TITLE: self.tr("Standard / criterion"),
            COLUMN_PROGRESS: self.tr("Progress"),
            COLUMN_SCORE: self.tr("Score"),
        }
        return titles.get(section)

    # --- data ---------------------------------------------------------------------------------

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        node = self._node(index)
        if node is None:
            return None
        if node.is_criterion:
            return self._criterion_data(node.key, index.column(), role)
        return self._standard_data(node.key, index.column(), role)

    def _criterion_data(self, criterion_id: str, column: int, role: int) -> object:
        session = self._controller.session
        criterion = session.pack.criterion(criterion_id)
        answer = session.answer(criterion_id)
        if role == CriterionIdRole:
            return criterion_id
        if role == StandardNumberRole:
            return criterion.standard
        if role == StatusRole:
            return session.status(criterion_id)
        if role == FlaggedRole:
            return answer.flagged
        if role == SearchTextRole:
            return self._search_text(criterion)
        statement = criterion.statement.get(self._language)
        if column == COLUMN_TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                if answer.flagged:
                    return self.tr("{id} {flag}  {statement}").format(
                        id=criterion_id, flag=FLAG_SYMBOL, statement=statement
                    )
                return self.tr("{id}  {statement}").format(id=criterion_id, statement=statement)
            if role == Qt.ItemDataRole.ToolTipRole:
                # Rich text, so that the tooltip wraps instead of running off the screen.
                text = html.escape(statement, quote=False)
                if answer.flagged:
                    text += "<br><br>" + html.escape(
                        self.tr("{flag} Flagged for discussion").format(flag=FLAG_SYMBOL),
                        quote=False,
                    )
                return f"<p>{text}</p>"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if answer.flagged:
                    return self.tr("{id}, flagged for discussion: {statement}").format(
                        id=criterion_id, statement=statement
                    )
                return self.tr("{id}: {statement}").format(id=criterion_id, statement=statement)
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                # The tree's level, which screen readers are not told otherwise: the standard
                # the criterion belongs to.
                standard = self._ancestors[criterion_id][0]
                return self.tr("Criterion of standard {number} {title}").format(
                    number=standard.number, title=standard.title.get(self._language)
                )
            return None
        if column == COLUMN_PROGRESS:
            status = session.status(criterion_id)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._answer_text(answer.value, status)
            if role == Qt.ItemDataRole.ToolTipRole:
                if status is CriterionStatus.TO_CONFIRM:
                    return self.tr(
                        "{answer}: carried forward from an earlier round. Not counted until "
                        "your team confirms or changes it."
                    ).format(answer=self._option_label(answer.value))
                return self._answer_words(answer.value, status) or self.tr("Not answered yet")
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._answer_words(answer.value, status) or self.tr("Unanswered")
            if role == Qt.ItemDataRole.DecorationRole and status in _STATUS_COLOURS:
                return self._icon(status)
            return None
        if column == COLUMN_SCORE and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return ""
        return None

    def _answer_words(self, value: str | None, status: CriterionStatus) -> str:
        """The answer in words: the scale's label in the language (empty when unanswered)."""
        if status is CriterionStatus.UNANSWERED or value is None:
            return ""
        label = self._option_label(value)
        if status is CriterionStatus.NEEDS_JUSTIFICATION:
            return self.tr("{answer}: reason needed").format(answer=label)
        if status is CriterionStatus.TO_CONFIRM:
            return self.tr("{answer}, to confirm").format(answer=label)
        return label

    def _option_label(self, value: str | None) -> str:
        scale = self._controller.session.pack.answer_scale
        if value is None or value not in scale.ids:
            return value or ""
        return scale.option(value).label.get(self._language)

    def widest_texts(self) -> tuple[list[str], list[str]]:
        """Every text the progress and score columns can show, to size them once."""
        scale = self._controller.session.pack.answer_scale
        progress = [
            self._answer_text(None, CriterionStatus.NEEDS_JUSTIFICATION),
            *(self._answer_text(option.id, CriterionStatus.TO_CONFIRM) for option in scale.options),
            *(
                self.tr("{symbol} {answer}").format(
                    symbol=_STATUS_SYMBOLS[CriterionStatus.MET],
                    answer=option.label.get(self._language),
                )
                for option in scale.options
            ),
            "888/888",
        ]
        return progress, [self.tr("{percent} %").format(percent=100), "–"]

    def _answer_text(self, value: str | None, status: CriterionStatus) -> str:
        """The answer as a symbol telling the status, then in words, e.g. "✓ Yes"."""
        if status is CriterionStatus.NEEDS_JUSTIFICATION:
            # Short, as the column is narrow: the missing reason is what needs doing.
            return self.tr("{symbol} Reason needed").format(symbol=_STATUS_SYMBOLS[status])
        if status is CriterionStatus.TO_CONFIRM:
            # Short too: the question mark says "still to confirm", the tooltip says it all.
            return self.tr("{symbol} {answer}?").format(
                symbol=_STATUS_SYMBOLS[status], answer=self._option_label(value)
            )
        words = self._answer_words(value, status)
        if not words:
            return ""
        return self.tr("{symbol} {answer}").format(symbol=_STATUS_SYMBOLS[status], answer=words)

    def _icon(self, status: CriterionStatus) -> QIcon:
        if status not in self._icons:
            self._icons[status] = _status_icon(_STATUS_COLOURS[status])
        return self._icons[status]

    def _search_text(self, criterion: Criterion) -> str:
        answer = self._controller.session.answer(criterion.id)
        parts = [
            criterion.id,
            criterion.statement.get(self._language),
            criterion.evidence.get(self._language),
            answer.note,
            answer.na_justification,
        ]
        for standard in self._ancestors[criterion.id]:
            parts += [standard.number, standard.title.get(self._language)]
        return "\n".join(parts).casefold()

    def _standard_data(self, number: str, column: int, role: int) -> object:
        session = self._controller.session
        standard = session.pack.standard(number)
        if role == StandardNumberRole:
            return number
        if role == SearchTextRole:
            return f"{number}\n{standard.title.get(self._language)}".casefold()
        if role in (CriterionIdRole, StatusRole, FlaggedRole):
            return None
        score = session.scores.by_standard[number]
        percent = score.percent
        if role == Qt.ItemDataRole.ToolTipRole:
            if percent is None:
                return self.tr("{answered} of {total} answered, no score yet").format(
                    answered=score.answered, total=score.total
                )
            return self.tr("{answered} of {total} answered, score {percent} %").format(
                answered=score.answered, total=score.total, percent=f"{percent:.0f}"
            )
        if role == Qt.ItemDataRole.FontRole and column == COLUMN_TITLE:
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COLUMN_TITLE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == COLUMN_TITLE:
            parent = self._nodes[self._by_key[(False, number)]].parent
            if parent < 0:
                return self.tr("Standard")
            above = session.pack.standard(self._nodes[parent].key)
            return self.tr("Part of standard {number} {title}").format(
                number=above.number, title=above.title.get(self._language)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COLUMN_SCORE:
            if percent is None:
                return self.tr("No score yet")
            return self.tr("Score {percent} %").format(percent=f"{percent:.0f}")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == COLUMN_TITLE:
            return self.tr("{number}  {title}").format(
                number=number, title=standard.title.get(self._language)
            )
        if column == COLUMN_PROGRESS:
            return self.tr("{answered}/{total}").format(answered=score.answered, total=score.total)
        if column == COLUMN_SCORE:
            return (
                "–" if percent is None else self.tr("{percent} %").format(percent=f"{percent:.0f}")
            )
        return None


class CriteriaFilterProxy(QSortFilterProxyModel):
    """Shows the criteria of one FilterMode that contain every word of the search text.

    A standard is shown when a criterion below it is. The filter is evaluated again whenever
    an answer changes, so answering a criterion under "Unanswered" takes it out of the list,
    except the pinned one: the navigator pins the criterion the user is on, so that it only
    disappears once the user moves on.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self._mode = FilterMode.ALL
        self._words: tuple[str, ...] = ()
        self._search = ""
        self._pinned: str | None = None

    @property
    def mode(self) -> FilterMode:
        return self._mode

    @property
    def search(self) -> str:
        return self._search

    @property
    def pinned(self) -> str | None:
        return self._pinned

    def set_mode(self, mode: FilterMode) -> None:
        if mode is self._mode:
            return
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Case-insensitive; with several words, a criterion must contain each of them."""
        if text == self._search:
            return
        self.beginFilterChange()
        self._search = text
        self._words = tuple(text.casefold().split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pinned(self, criterion_id: str | None) -> None:
        """Keep this criterion shown even when it does not match (None: pin nothing)."""
        if criterion_id == self._pinned:
            return
        self.beginFilterChange()
        self._pinned = criterion_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return self._mode is not FilterMode.ALL or bool(self._words)

    def matches(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether a source criterion row matches the mode and the search (pin left aside)."""
        criterion_id = index.data(CriterionIdRole)
        if criterion_id is None:
            return False
        status = CriterionStatus(index.data(StatusRole))
        if not filter_matches(self._mode, status, bool(index.data(FlaggedRole))):
            return False
        text = index.data(SearchTextRole) or ""
        return all(word in text for word in self._words)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        if source is None:
            return False
        index = source.index(source_row, 0, source_parent)
        if index.data(CriterionIdRole) is None:
            # Standards show up through their criteria (recursive filtering), except when
            # nothing is filtered: then every standard shows, even one without criteria.
            return not self.is_filtering()
        if index.data(CriterionIdRole) == self._pinned:
            return True
        return self.matches(index)
