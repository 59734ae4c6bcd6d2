"""Item models for reading a standards pack: the standards tree and the two-language table."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from promise_tracker.standards.model import Criterion, LocalizedText, Pack, Standard

# Custom roles of the standards tree.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "standard" or "criterion"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # standard number or criterion id

COLUMN_ID, COLUMN_TEXT = range(2)


def criterion_matches(
    criterion: Criterion, search: str, concern: str | None, language: str
) -> bool:
    """Whether a criterion fits the search text (statement, evidence, id) and the concern."""
    if concern and concern not in criterion.concerns:
        return False
    needle = search.strip().casefold()
    if not needle:
        return True
    haystack = " ".join(
        (
            criterion.id,
            criterion.standard,
            criterion.statement.get(language),
            criterion.evidence.get(language),
        )
    )
    return needle in haystack.casefold()


def standard_matches(standard: Standard, search: str, language: str) -> bool:
    needle = search.strip().casefold()
    if not needle:
        return False
    return needle in f"{standard.number} {standard.title.get(language)}".casefold()


def walk_standards(standards: tuple[Standard, ...]) -> Iterator[Standard]:
    for standard in standards:
        yield standard
        yield from walk_standards(standard.children)


class StandardsTreeModel(QStandardItemModel):
    """Standards, sub-standards and criteria of one pack in one language (read-only)."""

    def __init__(self, pack: Pack, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.language = language
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StandardsModels", "Number"),
                QCoreApplication.translate("StandardsModels", "Standard or criterion"),
            ]
        )
        self._fill()

    def set_language(self, language: str) -> None:
        self.language = language
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("StandardsModels", "Number"),
                QCoreApplication.translate("StandardsModels", "Standard or criterion"),
            ]
        )
        self._retext(self.invisibleRootItem())

    def _fill(self) -> None:
        root = self.invisibleRootItem()
        for standard in self.pack.standards:
            self._add_standard(root, standard)

    def _add_standard(self, parent: QStandardItem, standard: Standard) -> None:
        number = self._item("standard", standard.number, standard.number)
        title = self._item("standard", standard.number, standard.title.get(self.language))
        bold = QFont()
        bold.setBold(True)
        number.setFont(bold)
        title.setFont(bold)
        parent.appendRow([number, title])
        for child in standard.children:
            self._add_standard(number, child)
        for criterion in standard.criteria:
            statement = criterion.statement.get(self.language)
            id_item = self._item("criterion", criterion.id, criterion.id)
            text_item = self._item("criterion", criterion.id, statement)
            text_item.setToolTip(statement)
            number.appendRow([id_item, text_item])

    @staticmethod
    def _item(kind: str, key: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(kind, KIND_ROLE)
        item.setData(key, KEY_ROLE)
        return item

    def _retext(self, parent: QStandardItem) -> None:
        for row in range(parent.rowCount()):
            first = parent.child(row, COLUMN_ID)
            text = parent.child(row, COLUMN_TEXT)
            key = str(first.data(KEY_ROLE))
            if first.data(KIND_ROLE) == "standard":
                text.setText(self.pack.standard(key).title.get(self.language))
            else:
                statement = self.pack.criterion(key).statement.get(self.language)
                text.setText(statement)
                text.setToolTip(statement)
            self._retext(first)

    def index_of(self, kind: str, key: str) -> QModelIndex:
        """The first-column index of a standard or criterion (invalid if there is none)."""
        found = self.match(
            self.index(0, COLUMN_ID),
            KEY_ROLE,
            key,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        for index in found:
            if index.data(KIND_ROLE) == kind:
                return index
        return QModelIndex()


class StandardsFilterProxy(QSortFilterProxyModel):
    """Keeps the criteria that fit a search text and a room or agency, with their standards."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._search = ""
        self._concern: str | None = None

    @property
    def search(self) -> str:
        return self._search

    @property
    def concern(self) -> str | None:
        return self._concern

    def set_filter(self, search: str, concern: str | None) -> None:
        self.beginFilterChange()
        self._search = search
        self._concern = concern or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        return bool(self._search.strip() or self._concern)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.is_filtering():
            return True
        model = self.sourceModel()
        if not isinstance(model, StandardsTreeModel):
            return True
        index = model.index(source_row, COLUMN_ID, source_parent)
        key = str(index.data(KEY_ROLE))
        if index.data(KIND_ROLE) == "criterion":
            criterion = model.pack.criterion(key)
            return criterion_matches(criterion, self._search, self._concern, model.language)
        if self._concern:
            return False  # shown only for the criteria under it that concern the choice
        return standard_matches(model.pack.standard(key), self._search, model.language)


RowKind = Literal["standard", "summary", "criterion", "evidence"]


@dataclass(frozen=True)
class BilingualRow:
    kind: RowKind
    key: str  # the standard number or criterion id
    text: LocalizedText | None


def bilingual_rows(pack: Pack, with_evidence: bool) -> list[BilingualRow]:
    rows: list[BilingualRow] = []
    for standard in walk_standards(pack.standards):
        rows.append(BilingualRow("standard", standard.number, standard.title))
        if standard.summary is not None:
            rows.append(BilingualRow("summary", standard.number, standard.summary))
        for criterion in standard.criteria:
            rows.append(BilingualRow("criterion", criterion.id, criterion.statement))
            if with_evidence:
                rows.append(BilingualRow("evidence", criterion.id, criterion.evidence))
    return rows


MISSING_BACKGROUND = QColor("#fde2e1")
MISSING_FOREGROUND = QColor("#8a1c14")
HEADING_BACKGROUND = QColor("#e4ecf7")


class BilingualModel(QAbstractTableModel):
    """One row per heading, summary and criterion: its id and its text in two languages."""

    COLUMN_KEY, COLUMN_FIRST, COLUMN_SECOND = range(3)

    def __init__(
        self,
        pack: Pack,
        first: str,
        second: str,
        *,
        with_evidence: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.first = first
        self.second = second
        self.with_evidence = with_evidence
        self._rows = bilingual_rows(pack, with_evidence)

    def set_languages(self, first: str, second: str) -> None:
        self.first, self.second = first, second
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 2)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 2))

    def set_with_evidence(self, with_evidence: bool) -> None:
        self.beginResetModel()
        self.with_evidence = with_evidence
        self._rows = bilingual_rows(self.pack, with_evidence)
        self.endResetModel()

    def row_of(self, kind: RowKind, key: str) -> int:
        for number, row in enumerate(self._rows):
            if row.kind == kind and row.key == key:
                return number
        return -1

    def missing_count(self) -> int:
        """Texts that lack one of the two languages."""
        return sum(
            1
            for row in self._rows
            for language in (self.first, self.second)
            if row.text is not None and language not in row.text.languages
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COLUMN_KEY:
            return QCoreApplication.translate("StandardsModels", "Number")
        if section == self.COLUMN_FIRST:
            return language_name(self.first)
        if section == self.COLUMN_SECOND:
            return language_name(self.second)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        language = self.first if column == self.COLUMN_FIRST else self.second
        missing = (
            column != self.COLUMN_KEY
            and row.text is not None
            and language not in row.text.languages
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_KEY:
                return self._key_text(row)
            if missing:
                return QCoreApplication.translate(
                    "StandardsModels", "⚠ Missing translation ({language})"
                ).format(language=language_name(language))
            text = row.text.get(language) if row.text is not None else ""
            if row.kind == "evidence":
                return QCoreApplication.translate("StandardsModels", "Evidence: {text}").format(
                    text=text
                )
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole and missing:
            return QCoreApplication.translate("StandardsModels", "Missing translation")
        if role == Qt.ItemDataRole.BackgroundRole:
            if missing:
                return QBrush(MISSING_BACKGROUND)
            if row.kind == "standard":
                return QBrush(HEADING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if missing:
                return QBrush(MISSING_FOREGROUND)
            if row.kind in ("standard", "criterion"):
                return QBrush(QColor("#111111"))
            return QBrush(QColor("#333333"))  # summaries and evidence hints: still dark
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.kind == "standard" or missing:
                font.setBold(True)
            if row.kind in ("summary", "evidence"):
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def _key_text(self, row: BilingualRow) -> str:
        if row.kind == "standard":
            return row.key
        if row.kind == "summary":
            return QCoreApplication.translate("StandardsModels", "{number} summary").format(
                number=row.key
            )
        if row.kind == "evidence":
            return QCoreApplication.translate("StandardsModels", "{id} evidence").format(id=row.key)
        return row.key

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}


def language_name(code: str) -> str:
    """A language's own name (how speakers look for it in a list), else its code."""
    return LANGUAGE_NAMES.get(code, code)
