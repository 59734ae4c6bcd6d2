"""The dialog that previews moving a draft round to a newer standards version and asks first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.forms import (
    add_form_row,
    name_fields_by_labels,
    problem_label,
    show_problem,
)

if TYPE_CHECKING:
    from promise_tracker.services.round_upgrade import CriterionLine, UpgradePlan


class UpgradeDialog(QDialog):
    """Shows what the upgrade keeps, what must be answered again and what leaves the round,
    and the backup made first; OK ("Upgrade") returns the chosen version."""

    def __init__(
        self,
        versions: Sequence[str],
        plan_for: Callable[[str], UpgradePlan],
        language: str,
        backups_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeRoundDialog")
        self.setWindowTitle(self.tr("Upgrade to a newer standards version"))
        self._plan_for = plan_for
        self._language = language
        self.plan: UpgradePlan | None = None

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("upgradeVersionCombo")
        for version in versions:
            self.version_combo.addItem(version, version)
        self.version_combo.setCurrentIndex(len(versions) - 1)  # the newest
        add_form_row(
            form,
            self.tr("&Version:"),
            self.version_combo,
            self.tr("The installed version of the standards to move the round to"),
        )
        name_fields_by_labels(form)
        layout.addLayout(form)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("upgradeSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary_label)

        self.kept_label, self.kept_list = self._section(layout, "keptList", self.tr("Kept"))
        self.again_label, self.again_list = self._section(
            layout, "toAnswerList", self.tr("To answer again")
        )
        self.retired_label, self.retired_list = self._section(
            layout, "retiredList", self.tr("Leaving the round")
        )

        self.backup_label = QLabel(
            self.tr(
                "Before the upgrade a backup of all the data is made in {folder}. Restoring it "
                "(File > Backups…) undoes the upgrade."
            ).format(folder=backups_dir),
            self,
        )
        self.backup_label.setObjectName("upgradeBackupLabel")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.backup_label)

        self.problem = problem_label(self, "upgradeProblemLabel")
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Upgrade"))
        ok.setObjectName("upgradeButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.version_combo.currentIndexChanged.connect(self._show_plan)
        self._show_plan()
        self.resize(640, 560)

    def _section(self, layout: QVBoxLayout, name: str, title: str) -> tuple[QLabel, QListWidget]:
        label = QLabel(self)
        label.setObjectName(name + "Label")
        items = QListWidget(self)
        items.setObjectName(name)
        items.setAccessibleName(title)
        # Statements are long: wrapped rather than scrolled sideways.
        items.setWordWrap(True)
        items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label.setBuddy(items)
        layout.addWidget(label)
        layout.addWidget(items)
        return label, items

    def chosen_version(self) -> str:
        return str(self.version_combo.currentData())

    def _show_plan(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for items in (self.kept_list, self.again_list, self.retired_list):
            items.clear()
        try:
            plan = self._plan_for(self.chosen_version())
        except PromiseTrackerError as error:
            self.plan = None
            self.summary_label.setText("")
            show_problem(self.problem, str(error))
            ok.setEnabled(False)
            return
        self.plan = plan
        show_problem(self.problem, "")
        ok.setEnabled(True)
        self.summary_label.setText(
            self.tr(
                "“{title}” moves from version {old} to version {new} of {pack}. Answers, "
                "evidence notes and N/A reasons of criteria that kept their meaning stay; the "
                "others are shown as unanswered."
            ).format(
                title=plan.round.title,
                old=plan.from_pack.version,
                new=plan.to_pack.version,
                pack=plan.to_pack.title.get(self._language),
            )
        )
        self.kept_label.setText(self.tr("&Kept: %n answer(s)", "", plan.answers_kept))
        self.again_label.setText(
            self.tr("&To answer again: %n criterion(s)", "", len(plan.to_answer))
        )
        self.retired_label.setText(
            self.tr("&Leaving the round: %n retired criterion(s)", "", len(plan.retired))
        )
        for line in plan.kept:
            note = self.tr("was {id}").format(id=line.renamed_from) if line.renamed_from else ""
            self.kept_list.addItem(self._line_text(line, note))
        for line in plan.to_answer:
            self.again_list.addItem(self._line_text(line, self._origin(line)))
        for line in plan.retired:
            note = self.tr("%n answer(s) removed", "", line.answers) if line.answers else ""
            self.retired_list.addItem(self._line_text(line, note))
        for items in (self.kept_list, self.again_list, self.retired_list):
            items.setEnabled(items.count() > 0)

    def _line_text(self, line: CriterionLine, note: str) -> str:
        text = f"{line.criterion_id}  {line.statement.get(self._language)}"
        return f"{text}  ({note})" if note else text

    def _origin(self, line: CriterionLine) -> str:
        from promise_tracker.standards.crosswalk import Change

        if not line.sources:
            how = self.tr("new")
        else:
            words = {
                Change.CHANGED: self.tr("meaning changed"),
                Change.SPLIT: self.tr("split from {id}"),
                Change.MERGED: self.tr("merged from {id}"),
            }
            parts = []
            for source in line.sources:
                word = words.get(source.change, self.tr("meaning changed"))
                parts.append(word.format(id=source.old_id))
            how = ", ".join(dict.fromkeys(parts))
        if line.answers:
            how += ", " + self.tr("%n answer(s) removed", "", line.answers)
        return how

    @staticmethod
    def ask(
        versions: Sequence[str],
        plan_for: Callable[[str], UpgradePlan],
        language: str,
        backups_dir: Path,
        parent: QWidget | None = None,
    ) -> str | None:
        """Show the dialog; the version to upgrade to, or None when the user cancels."""
        dialog = UpgradeDialog(versions, plan_for, language, backups_dir, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.plan is not None:
                return dialog.chosen_version()
            return None
        finally:
            dialog.deleteLater()
