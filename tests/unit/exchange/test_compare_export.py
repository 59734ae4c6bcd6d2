"""Comparison workbook: fixed texts follow the interface language, sheet names stay valid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from promise_tracker import i18n
from promise_tracker.exchange.compare import compare, read_many
from promise_tracker.exchange.compare_export import SHEETS, write_comparison
from promise_tracker.exchange.round_export import export_unit
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import build_demo, demo_id
from promise_tracker.services.workspace import open_workspace

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("compare-export")
    with open_workspace(resolve_paths(str(folder / "data"), None)) as opened:
        build_demo(opened.assessment, opened.packs.latest(PACK_ID))
        return [
            export_unit(opened.assessment, demo_id(key), folder / f"{key}.xlsx")
            for key in ("norrvik", "fjordby")
        ]


@pytest.fixture
def translated() -> Iterator[None]:
    catalogue = {"Statistics": "Statistik", "Trends": "Trender", "Unit": "Enhet"}
    catalogue["Ranking"] = "Rang: [ogiltig]"  # not a valid sheet name

    def swedish(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return catalogue.get(text, text) if context == "CompareExport" else text

    i18n.install(swedish, "sv")
    yield
    i18n.reset()


def test_english_by_default(exports: list[Path], tmp_path: Path) -> None:
    path = write_comparison(compare(read_many(exports)), tmp_path / "comparison.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    assert wb["Ranking"]["B1"].value == "Unit"
    notes = [c.value for c in wb["Units x standards"]["A"] if c.value]
    assert any(str(n).startswith("Scores are each unit's score as exported") for n in notes)


def test_sheet_names_and_headings_follow_the_language(
    exports: list[Path], tmp_path: Path, translated: None
) -> None:
    path = write_comparison(compare(read_many(exports)), tmp_path / "comparison.xlsx")
    wb = load_workbook(path)
    # A translation that cannot name a sheet falls back to the English name.
    assert wb.sheetnames == [
        "Units x standards",
        "Statistik",
        "Most often unmet",
        "Barriers",
        "Open actions",
        "Ranking",
        "Trender",
        "Files",
    ]
    assert wb["Ranking"]["B1"].value == "Enhet"
    assert wb["Units x standards"]["A1"].value == "Enhet"


def test_the_trend_chart_draws_straight_lines(exports: list[Path], tmp_path: Path) -> None:
    """Without smooth val="0" LibreOffice draws every line chart as a smoothed spline."""
    import re
    import zipfile

    path = write_comparison(compare(read_many(exports)), tmp_path / "comparison.xlsx")
    with zipfile.ZipFile(path) as archive:
        charts = [
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/charts/chart")
        ]
    line_charts = [c for c in charts if re.search(r"<(?:c:)?lineChart>", c)]
    assert len(line_charts) == 1
    series = re.findall(r"<(?:c:)?ser>.*?</(?:c:)?ser>", line_charts[0], re.S)
    assert len(series) == 2
    assert all(re.search(r'<(?:c:)?smooth val="0"\s*/>', s) for s in series)


# --- where the criteria come from, and which score is compared ------------------------------


def _notes(path: Path) -> list[str]:
    wb = load_workbook(path)
    return [str(c.value) for c in wb.worksheets[0]["A"] if c.value]


def test_the_first_sheet_says_who_worded_the_criteria(exports: list[Path], tmp_path: Path) -> None:
    from promise_tracker.standards.registry import PackRegistry

    comparison = compare(read_many(exports))
    pack = next(
        p for p in PackRegistry.load(None).packs() if p.key == comparison.reference_pack[:2]
    )
    notes = _notes(write_comparison(comparison, tmp_path / "comparison.xlsx"))
    assert (
        "Criteria worded by PROMISE tracker under Barnahus Quality Standards (PROMISE, 2017), "
        f"pack version {pack.version}; the publication is the authoritative text."
    ) in notes
    assert f"Provenance: {pack.provenance.get('en').strip()}" in notes
    statement = pack.provenance.get("en").strip()
    assert "official" not in "\n".join(notes).replace(statement, "").casefold()
    assert any("the team's agreed score" in note for note in notes)


def test_a_pack_not_shipped_is_named_without_claiming_its_wording(
    exports: list[Path], tmp_path: Path
) -> None:
    comparison = compare(read_many(exports))
    notes = _notes(write_comparison(comparison, tmp_path / "comparison.xlsx", packs=()))
    pack_id, version, _ = comparison.reference_pack
    line = next(n for n in notes if n.startswith("Criteria of the standards pack"))
    assert f"{pack_id} {version}, which is not shipped with PROMISE tracker" in line
    assert not any(n.startswith("Criteria worded by PROMISE tracker") for n in notes)


def test_in_swedish_the_notes_say_agreed_and_name_the_provenance(
    qapp, exports: list[Path], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.swedish import swedish_interface

    with swedish_interface():
        comparison = compare(read_many(exports))
        path = write_comparison(comparison, tmp_path / "jämförelse.xlsx")
    notes = _notes(path)
    text = "\n".join(notes)
    assert "teamets överenskomna resultat" in text
    assert any(
        n.startswith("Kriterierna är formulerade av PROMISE tracker under Kvalitetsstandarder")
        for n in notes
    )
    statement = next(n for n in notes if n.startswith("Ursprung: "))
    assert "officiell" not in text.replace(statement, "").casefold()
