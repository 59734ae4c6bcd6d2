"""The new-round dialog lists local variants of shipped packs apart and marked, never as the
default, and uses one only when the user picks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from promise_tracker.gui.assessment.round_dialog import RoundDialog
from promise_tracker.standards.registry import PackRegistry
from tests.unit.standards.test_local_variants import write_variant

SHIPPED_TITLE = "Barnahus Quality Standards (PROMISE, 2017)"


def test_a_local_variant_is_listed_last_marked_with_its_file_and_never_the_default(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    variant_file = write_variant(tmp_path / "packs", "9.0.0")
    registry = PackRegistry.load(tmp_path / "packs")
    dialog = RoundDialog(registry.packs(), "en", False, None)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "roundPackCombo")
    texts = [combo.itemText(index) for index in range(combo.count())]
    assert texts == [
        f"{SHIPPED_TITLE}, version 1.1.0",
        f"{SHIPPED_TITLE}, version 1.0.0",
        "",  # the separator
        f"{SHIPPED_TITLE}, our wording, version 9.0.0 (local variant: {variant_file})",
    ]
    assert "local variant" in combo.itemData(3, Qt.ItemDataRole.ToolTipRole)
    # The default is the newest shipped version, though the variant's number is higher.
    shipped = registry.latest("promise-bqs-2017")
    assert dialog.fields().pack is shipped
    assert dialog.findChild(QLabel, "packProvenanceLabel").text() == shipped.provenance.get("en")

    combo.setCurrentIndex(3)
    chosen = dialog.fields().pack
    assert (chosen.version, chosen.origin) == ("9.0.0", str(variant_file))
    combo.setCurrentIndex(1)
    assert dialog.fields().pack.version == "1.0.0"


def test_without_variants_there_is_no_separator(qtbot) -> None:  # type: ignore[no-untyped-def]
    registry = PackRegistry.load()
    dialog = RoundDialog(registry.packs(), "en", False, None)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "roundPackCombo")
    assert [combo.itemText(index) for index in range(combo.count())] == [
        f"{SHIPPED_TITLE}, version 1.1.0",
        f"{SHIPPED_TITLE}, version 1.0.0",
    ]
