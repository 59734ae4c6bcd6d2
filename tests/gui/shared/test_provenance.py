"""The provenance line: who worded a criterion and under which standard, in both languages."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QAccessible

from promise_tracker.gui.shared.provenance import ProvenanceLine, provenance_line
from promise_tracker.services.round_session import RoundSession
from tests.swedish import swedish_interface


def test_a_shipped_pack_names_the_project_the_standard_and_the_publication(
    qapp, draft_session: RoundSession
) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    assert provenance_line(pack, "en", "6") == (
        "Criterion worded by PROMISE tracker under Standard 6 of "
        "Barnahus Quality Standards (PROMISE, 2017)"
    )
    assert provenance_line(pack, "en") == (
        "Scores of criteria worded by PROMISE tracker under Barnahus Quality Standards "
        f"(PROMISE, 2017), pack version {pack.version}"
    )


def test_a_pack_added_on_this_computer_is_not_said_to_be_worded_by_the_project(
    qapp, draft_session: RoundSession
) -> None:  # type: ignore[no-untyped-def]
    local = replace(draft_session.pack, origin="/home/anna/packs/bqs.yaml")
    for line in (provenance_line(local, "en", "1.2"), provenance_line(local, "en")):
        assert "PROMISE tracker" not in line
        assert "added on this computer" in line
    assert "Standard 1.2 of Barnahus Quality Standards (PROMISE, 2017)" in provenance_line(
        local, "en", "1.2"
    )


def test_in_swedish_the_line_and_the_link_are_swedish(qtbot, draft_session: RoundSession) -> None:  # type: ignore[no-untyped-def]
    pack = draft_session.pack
    with swedish_interface():
        line = ProvenanceLine(object_name="provenance")
        qtbot.addWidget(line)
        line.show_pack(pack, "sv", "6")
        assert line.text() == (
            "Kriteriet är formulerat av PROMISE tracker under standard 6 i "
            "Kvalitetsstandarder för Barnahus (PROMISE, 2017)"
        )
        assert line.button.text() == "Om formuleringen…"
        # A screen reader says what is shown, then what it opens.
        name = QAccessible.queryAccessibleInterface(line.button).text(QAccessible.Text.Name)
        assert name == "Om formuleringen…"
        assert line.button.accessibleDescription() == "Varifrån kriteriernas formulering kommer"
        assert line.statement().startswith(pack.provenance.get("sv"))
