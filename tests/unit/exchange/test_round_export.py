"""Round and unit exports: the values a coordinator reads, charts, metadata, safety."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from promise_tracker.domain.entities import Action, ActionStatus, Answer, Barrier, BarrierKind
from promise_tracker.errors import NotFoundError
from promise_tracker.exchange import round_export
from promise_tracker.exchange.round_export import (
    ExportError,
    data_checksum,
    export_round,
    export_unit,
)
from promise_tracker.paths import resolve_paths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.demo import NOTES_MET, NOTES_UNMET, build_demo, demo_id
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.model import Pack

PACK_ID = "promise-bqs-2017"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("export-demo")
    with open_workspace(resolve_paths(str(folder), None)) as opened:
        build_demo(opened.assessment, opened.packs.latest(PACK_ID))
        yield opened


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return workspace.assessment


SHEETS = (
    "Summary",
    "Criteria",
    "History of criteria",
    "Action plan",
    "Respondents",
    "History",
    "Metadata",
    "Data",
)
NORRVIK = demo_id("norrvik")
NORRVIK_2019 = demo_id("norrvik", "round", 0)


def load(path: Path) -> Workbook:
    return load_workbook(path)


def summary_values(ws: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value, *_ in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if key is None:
            break
        values[key] = value
    return values


def summary_table(ws: Any) -> tuple[int, dict[str, tuple[Any, ...]]]:
    """The standards' table under its header, down to the first empty row."""
    header = next(c.row for c in ws["A"] if c.value == "Standard")
    rows: dict[str, tuple[Any, ...]] = {}
    for row in ws.iter_rows(min_row=header + 1, max_col=8, values_only=True):
        if row[0] is None:
            break
        rows[row[0]] = row
    return header, rows


def columns(ws: Any) -> dict[str, int]:
    """A sheet's column titles (row 1) -> 0-based positions."""
    return {c.value: i for i, c in enumerate(ws[1]) if c.value is not None}


def metadata(wb: Workbook) -> dict[str, Any]:
    return {k: v for k, v in wb["Metadata"].iter_rows(min_row=2, values_only=True)}


CHECKSUM_SHEETS_V2 = (
    "Summary",
    "Criteria",
    "History of criteria",
    "Action plan",
    "Respondents",
    "History",
    "Metadata",
    "Data",
)


def recomputed_checksum(wb: Workbook) -> str:
    """The documented canonical JSON, computed here without the module's code."""
    sheets = []
    for name in CHECKSUM_SHEETS_V2:
        if name not in wb.sheetnames:  # files made before the Data sheet existed
            continue
        rows = []
        for values in wb[name].iter_rows(values_only=True):
            row = []
            for value in values:
                if isinstance(value, dt.datetime):
                    value = value.date().isoformat()
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    value = float(value)
                row.append(None if value == "" else value)
            while row and row[-1] is None:
                row.pop()
            if name == "Metadata" and row and row[0] == "data_checksum":
                continue
            rows.append(row)
        while rows and not rows[-1]:
            rows.pop()
        sheets.append([name, rows])
    document = {"format": "promise-tracker-export", "version": 1, "sheets": sheets}
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def all_cell_text(wb: Workbook) -> list[str]:
    return [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value]


def assert_valid_xlsx_without_formulas(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                root = ElementTree.fromstring(data)  # every part parses
                tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
                if name.startswith("xl/worksheets/sheet"):
                    assert "f" not in tags, f"formula in {name}"
                    assert "hyperlink" not in tags, f"link in {name}"
                if name.endswith(".rels"):
                    types = {e.get("Type", "") for e in root.iter()}
                    assert not any(t.endswith("/hyperlink") for t in types), name


# --- a round -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def round_file(workspace: Workspace, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("round") / "norrvik-2019.xlsx"
    assert export_round(workspace.assessment, NORRVIK_2019, path) == path
    return path


def test_round_summary_shows_the_scores_the_app_shows(
    service: AssessmentService, round_file: Path
) -> None:
    result = service.round_result(NORRVIK_2019)
    ws = load(round_file)["Summary"]
    values = summary_values(ws)
    assert values["Unit"] == "Barnahus Norrvik (demo)"
    assert values["Round"] == "Self-assessment 2019"
    assert values["Round date"] == dt.datetime(2019, 3, 14)
    assert values["Round status"] == "finalised"
    assert values["Pack version"] == "1.0.0"
    assert values["Pack content"] == result.pack.short_hash
    assert values["Provenance"] == result.pack.provenance.get("en")
    provenance_row = 3 + list(values).index("Provenance")
    assert len(values["Provenance"]) > 2 * 66  # so its row must be at least 3 lines high
    assert ws.row_dimensions[provenance_row].height >= 3 * 15
    assert values["Redacted"] == "No"
    assert values["Score shown"] == "the team's agreed score"
    overall = result.consensus.overall
    assert overall.percent is not None
    assert values["Overall score"] == pytest.approx(overall.percent / 100, abs=1e-6)
    assert values["Completeness"] == 1
    assert ws.cell(row=3 + list(values).index("Overall score"), column=2).number_format == "0.0%"

    header, table = summary_table(ws)
    units = result.pack.assessed_units()
    assert list(table) == [u.number for u in units]
    for unit in units:
        score = result.consensus.by_standard[unit.number]
        _number, title, percent, complete, met, applicable, na, unanswered = table[unit.number]
        assert title == unit.title.get("en")
        assert score.percent is not None
        assert percent == pytest.approx(score.percent / 100, abs=1e-6)
        assert complete == 1
        assert (met, applicable, na, unanswered) == (
            float(score.met),
            score.applicable,
            score.not_applicable,
            score.unanswered,
        )
    assert ws.auto_filter.ref == f"A{header}:H{header + len(units)}"
    assert ws.cell(row=header, column=1).font.bold


def test_a_round_without_agreed_answers_shows_the_respondents_pooled(tmp_path: Path) -> None:
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        pack: Pack = opened.packs.latest(PACK_ID)
        unit = service.create_unit("Pooled unit")
        agreed = service.create_round(unit.id, "Agreed", dt.date(2023, 1, 2), pack)
        service.set_answer(Answer(agreed.id, pack.criteria()[0].id, None, "yes"))
        rnd = service.create_round(unit.id, "Not yet agreed", dt.date(2024, 1, 2), pack)
        first = service.add_respondent(rnd.id, "A", "management")
        second = service.add_respondent(rnd.id, "B", "professionals")
        service.add_answers(
            [Answer(rnd.id, c.id, first.id, "yes") for c in pack.criteria()[:20]]
            + [Answer(rnd.id, c.id, second.id, "no") for c in pack.criteria()[:10]]
        )
        result = service.round_result(rnd.id)
        path = export_unit(service, unit.id, tmp_path / "pooled.xlsx")
    official = result.official.overall
    assert official.percent == pytest.approx(100 * 20 / 30)  # 20 yes of 30 answers pooled
    wb = load(path)
    values = summary_values(wb["Summary"])
    assert values["Score shown"] == "all respondents pooled (no agreed answers yet)"
    assert values["Overall score"] == pytest.approx(official.percent / 100, abs=1e-6)
    assert values["Completeness"] == pytest.approx(official.completeness / 100, abs=1e-6)
    _header, table = summary_table(wb["Summary"])
    assert table["1.1"][2] == pytest.approx(
        result.official.by_standard["1.1"].percent / 100, abs=1e-6
    )
    history = list(wb["History"].iter_rows(min_row=2, values_only=True))
    assert [row[-1] for row in history] == [
        "the team's agreed score",
        "all respondents pooled (no agreed answers yet)",
    ]
    assert history[1][3] == pytest.approx(official.percent / 100, abs=1e-6)
    assert metadata(wb)["data_checksum"] == recomputed_checksum(wb)


def test_round_summary_bar_chart_references_the_score_column(round_file: Path) -> None:
    ws = load(round_file)["Summary"]
    header, table = summary_table(ws)
    last = header + len(table)
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == "barChart"
    series = chart.series[0]
    assert series.val.numRef.f == f"'Summary'!$C${header + 1}:$C${last}"
    assert series.tx.strRef.f == f"'Summary'!C{header}"
    assert series.cat.strRef.f == f"'Summary'!$A${header + 1}:$A${last}"


def test_round_criteria_sheet_holds_every_answer_and_note(
    service: AssessmentService, round_file: Path
) -> None:
    result = service.round_result(NORRVIK_2019)
    consensus = {a.criterion_id: a for a in service.answers(NORRVIK_2019) if a.is_consensus}
    ws = load(round_file)["Criteria"]
    header = [c.value for c in ws[1]]
    # What a printed page shows first (the print area), then the rest.
    assert header[:7] == [
        "Round date",
        "Criterion",
        "Statement",
        "Answer",
        "Evidence note",
        "N/A justification",
        "Barrier",
    ]
    assert header[7:13] == [
        "Round",
        "Standard",
        "Answer code",
        "To confirm",
        "Dissenting view",
        "Flagged",
    ]
    at = columns(ws)
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 79
    notes = 0
    for row, criterion in zip(rows, result.pack.criteria(), strict=True):
        answer = consensus[criterion.id]
        assert row[at["Standard"]] == criterion.standard
        assert row[at["Criterion"]] == criterion.id
        assert row[at["Statement"]] == criterion.statement.get("en")
        assert (
            row[at["Answer"]]
            == {"yes": "Yes", "no": "No", "na": "Not applicable"}[answer.value or ""]
        )
        assert row[at["Answer code"]] == answer.value
        for position, perspective in enumerate(result.pack.perspectives, start=13):
            score = result.perspectives.by_perspective[perspective.id].by_criterion[criterion.id]
            if score.percent is None:
                assert row[position] is None
            else:
                assert row[position] == pytest.approx(score.percent / 100, abs=1e-6)
        assert (row[at["Evidence note"]] or "") == answer.note
        assert (row[at["Dissenting view"]] or "") == answer.dissent
        assert (row[at["N/A justification"]] or "") == answer.na_justification
        assert row[at["Flagged"]] is answer.flagged
        assert row[at["To confirm"]] is False
        notes += bool(answer.note)
    assert notes > 10
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:P80"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["C2"].alignment.wrap_text
    assert ws["N2"].number_format == "0.0%"
    # "Clients (children and families): % yes" wraps at word boundaries to 5 lines in the
    # wider fonts of Gnumeric and LibreOffice (4 in Excel's Calibri).
    assert "Clients (children and families): % yes" in header
    assert ws.row_dimensions[1].height == 5 * 15


def test_round_respondents_sheet(service: AssessmentService, round_file: Path) -> None:
    respondents = service.respondents(NORRVIK_2019)
    rows = list(load(round_file)["Respondents"].iter_rows(min_row=2, values_only=True))
    assert [r[2] for r in rows] == [r.alias for r in respondents]
    labels = {"management": "Management", "professionals": "Professionals"}
    labels["clients"] = "Clients (children and families)"
    assert [r[3] for r in rows] == [labels[r.perspective] for r in respondents]
    assert [r[4] for r in rows] == [r.agency for r in respondents]


def test_history_has_every_round_of_the_unit_and_a_line_chart(
    service: AssessmentService, round_file: Path
) -> None:
    rounds = service.rounds(NORRVIK)
    ws = load(round_file)["History"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(rounds) == 4
    for row, rnd in zip(rows, rounds, strict=True):
        result = service.round_result(rnd.id)
        assert row[0].date() == rnd.date
        assert row[1:3] == (rnd.title, rnd.status.value)
        overall = result.official.overall.percent
        assert overall is not None
        assert row[3] == pytest.approx(overall / 100, abs=1e-6)
        standard_10 = result.official.by_standard["10"].percent
        if standard_10 is None:  # not yet answered in the round in progress
            assert row[-2] is None
        else:
            assert row[-2] == pytest.approx(standard_10 / 100, abs=1e-6)
        assert row[-1] == "the team's agreed score"
    assert rows[-1][2] == "draft"
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == "lineChart"
    assert chart.series[0].val.numRef.f == "'History'!$D$2:$D$5"
    assert chart.series[0].cat.strRef.f == "'History'!$B$2:$B$5"


def test_metadata_is_hidden_and_its_checksum_matches(
    service: AssessmentService, round_file: Path
) -> None:
    wb = load(round_file)
    assert wb["Metadata"].sheet_state == "hidden"
    assert wb.active.title == "Summary"
    meta = metadata(wb)
    pack = service.round_result(NORRVIK_2019).pack
    assert meta["format"] == "promise-tracker-export"
    assert meta["format_version"] == 2
    assert meta["export_kind"] == "round"
    assert (meta["pack_id"], meta["pack_version"]) == (PACK_ID, "1.0.0")
    assert meta["pack_content_hash"] == pack.content_hash
    assert meta["unit_id"] == NORRVIK
    assert meta["round_ids"] == NORRVIK_2019
    assert meta["language"] == "en"
    assert meta["redacted"] == "false"
    created = dt.datetime.fromisoformat(meta["created_utc"])
    assert created.utcoffset() == dt.timedelta(0)
    assert meta["data_checksum"] == recomputed_checksum(wb)
    assert meta["data_checksum"] == data_checksum(wb)


def test_checksum_detects_an_edited_value(round_file: Path) -> None:
    wb = load(round_file)
    stored = metadata(wb)["data_checksum"]
    wb["Criteria"]["J2"].value = "no" if wb["Criteria"]["J2"].value == "yes" else "yes"
    assert data_checksum(wb) != stored
    wb = load(round_file)
    wb["Metadata"]["B6"].value = "another-pack"
    assert data_checksum(wb) != stored


def test_round_file_is_a_valid_workbook_without_formulas(round_file: Path) -> None:
    assert_valid_xlsx_without_formulas(round_file)


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")) and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (scripts/setup.sh dev installs it; CI requires "
    "it); the zip and XML checks still run",
)
def test_libreoffice_opens_the_export(round_file: Path, tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(round_file)],
        check=True,
        timeout=180,
        capture_output=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert (tmp_path / "norrvik-2019.pdf").stat().st_size > 1000


def test_swedish_export_uses_swedish_statements(service: AssessmentService, tmp_path: Path) -> None:
    path = export_round(service, NORRVIK_2019, tmp_path / "sv.xlsx", language="sv")
    pack = service.round_result(NORRVIK_2019).pack
    wb = load(path)
    rows = list(wb["Criteria"].iter_rows(min_row=2, values_only=True))
    for row, criterion in zip(rows, pack.criteria(), strict=True):
        assert row[2] == criterion.statement.get("sv")
        assert row[2] != criterion.statement.get("en")
    assert {row[3] for row in rows} <= {"Ja", "Nej", "Ej tillämpligt"}
    values = summary_values(wb["Summary"])
    assert values["Standards pack"] == pack.title.get("sv")
    assert values["Provenance"] == pack.provenance.get("sv")
    assert metadata(wb)["language"] == "sv"


# --- a unit, redaction ---------------------------------------------------------------------


def test_a_translated_export_keeps_the_names_import_and_comparison_read(
    workspace: Workspace, tmp_path: Path
) -> None:
    from promise_tracker import i18n
    from promise_tracker.exchange.compare import read_export_summary
    from promise_tracker.exchange.round_import import read_export

    def marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{text}»"  # stands for any translation

    service = workspace.assessment
    i18n.install(marked, "sv")
    try:
        path = export_unit(service, NORRVIK, tmp_path / "translated.xlsx")
    finally:
        i18n.reset()
    wb = load(path)
    assert wb.sheetnames == list(SHEETS)
    values = summary_values(wb["Summary"])
    assert values["«Score shown»"] == "«the team's agreed score»"
    assert {"Unit", "Round", "Round date", "Overall score", "Completeness"} <= set(values)
    assert wb["Summary"]["A1"].value == "«PROMISE tracker: self-assessment export»"
    header = [c.value for c in wb["Criteria"][1]]
    assert header[:13] == [
        "Round date",
        "Criterion",
        "«Statement»",
        "«Answer»",
        "«Evidence note»",
        "«N/A justification»",
        "«Barrier»",
        "Round",
        "Standard",
        "Answer code",
        "To confirm",
        "«Dissenting view»",
        "«Flagged»",
    ]
    assert wb["Summary"]._charts[0].title is not None

    latest = service.rounds(NORRVIK)[-1]
    summary = read_export_summary(path)  # what the comparison reads
    assert summary.unit_name == "Barnahus Norrvik (demo)"
    assert summary.round_title == latest.title
    official = service.round_result(latest.id).official.overall.percent
    assert summary.overall == pytest.approx(official, abs=1e-4)
    assert len(summary.history) == len(service.rounds(NORRVIK))
    assert summary.answers
    assert len(read_export(path, workspace.packs).rounds) == len(service.rounds(NORRVIK))


def test_unit_export_holds_every_round(service: AssessmentService, tmp_path: Path) -> None:
    rounds = service.rounds(NORRVIK)
    path = export_unit(service, NORRVIK, tmp_path / "unit.xlsx")
    wb = load(path)
    criteria = list(wb["Criteria"].iter_rows(min_row=2, values_only=True))
    assert len(criteria) == 79 * len(rounds)
    assert [r[7] for r in criteria[::79]] == [r.title for r in rounds]
    assert len(list(wb["History"].iter_rows(min_row=2))) == len(rounds)
    respondents = sum(len(service.respondents(r.id)) for r in rounds)
    assert wb["Respondents"].max_row - 1 == respondents
    values = summary_values(wb["Summary"])
    assert values["Round"] == rounds[-1].title
    latest = service.round_result(rounds[-1].id).consensus.overall.percent
    assert latest is not None
    assert values["Overall score"] == pytest.approx(latest / 100, abs=1e-6)
    meta = metadata(wb)
    assert meta["export_kind"] == "unit"
    assert meta["round_ids"].split(",") == [r.id for r in rounds]
    assert [p["round_id"] for p in json.loads(meta["round_packs"])] == [r.id for r in rounds]
    assert meta["data_checksum"] == recomputed_checksum(wb)
    assert wb["Summary"]._charts
    assert wb["History"]._charts
    assert_valid_xlsx_without_formulas(path)


def test_redacted_export_holds_no_notes_justifications_or_aliases(
    service: AssessmentService, tmp_path: Path
) -> None:
    lindenau = demo_id("lindenau")  # answers standard 7 N/A with a written justification
    rounds = service.rounds(lindenau)
    answers = [a for r in rounds for a in service.answers(r.id)]
    secrets = {a.note for a in answers if a.note} | {
        a.na_justification for a in answers if a.na_justification
    }
    aliases = {p.alias for r in rounds for p in service.respondents(r.id)}
    assert len(secrets) > 3
    assert set(NOTES_MET) & secrets or set(NOTES_UNMET) & secrets

    plain = load(export_unit(service, lindenau, tmp_path / "plain.xlsx"))
    plain_text = set(all_cell_text(plain))
    assert secrets & plain_text
    assert aliases <= plain_text

    wb = load(export_unit(service, lindenau, tmp_path / "redacted.xlsx", redacted=True))
    text = all_cell_text(wb)
    for secret in secrets | aliases:
        assert not any(secret in cell for cell in text), secret
    rows = list(wb["Criteria"].iter_rows(min_row=2, values_only=True))
    at = columns(wb["Criteria"])
    notes = (at["Evidence note"], at["Dissenting view"], at["N/A justification"])
    assert all(row[i] is None for row in rows for i in notes)
    assert sum(row[at["Answer code"]] == "na" for row in rows) > 5  # the answers stay
    first_round = [r for r in wb["Respondents"].iter_rows(min_row=2, values_only=True)]
    first_count = len(service.respondents(rounds[0].id))
    assert [r[2] for r in first_round[:first_count]] == [
        f"Respondent {n}" for n in range(1, first_count + 1)
    ]
    assert summary_values(wb["Summary"])["Redacted"].startswith("Yes")
    assert metadata(wb)["redacted"] == "true"
    assert metadata(wb)["data_checksum"] == recomputed_checksum(wb)


# --- errors and atomic writing ---------------------------------------------------------------


def test_unknown_ids_raise_and_write_nothing(service: AssessmentService, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_round(service, "no-such-round", tmp_path / "r.xlsx")
    with pytest.raises(NotFoundError):
        export_unit(service, "no-such-unit", tmp_path / "u.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_unit_without_rounds_is_refused(tmp_path: Path) -> None:
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        unit = opened.assessment.create_unit("Empty unit")
        with pytest.raises(ExportError, match="no rounds"):
            export_unit(opened.assessment, unit.id, tmp_path / "u.xlsx")
    assert not (tmp_path / "u.xlsx").exists()


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    service: AssessmentService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"the previous export")

    def failing_save(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", failing_save)
    with pytest.raises(ExportError, match="No space left"):
        export_round(service, NORRVIK_2019, target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_a_missing_folder_is_a_clear_error(service: AssessmentService, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Cannot write"):
        export_round(service, NORRVIK_2019, tmp_path / "missing" / "out.xlsx")


def test_openpyxl_is_imported_lazily() -> None:
    code = (
        "import sys, promise_tracker.exchange.round_export, promise_tracker.cli;"
        "assert 'openpyxl' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert round_export.FORMAT_VERSION == 2


# --- hostile text -------------------------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+SUM(A1)",
    "-2+3",
    "@cmd",
    "\t=1+1 after a tab",
    "\r=1+1 after a carriage return",
]


def expected_text(text: str) -> str:
    # XML cannot carry a bare carriage return; the export normalises it to a line feed.
    return text.replace("\r", "\n")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_stays_text(hostile: str, tmp_path: Path) -> None:
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        pack: Pack = opened.packs.latest(PACK_ID)
        unit = service.create_unit(hostile)
        rnd = service.create_round(unit.id, hostile, dt.date(2024, 1, 2), pack)
        service.add_respondent(rnd.id, hostile, "management")
        first, second = pack.criteria()[:2]
        service.set_answer(Answer(rnd.id, first.id, None, "yes", note=hostile, dissent=hostile))
        service.set_answer(Answer(rnd.id, second.id, None, "na", na_justification=hostile))
        stored_name = service.unit(unit.id).name  # the service trims names and aliases
        stored_alias = service.respondents(rnd.id)[0].alias
        path = export_round(service, rnd.id, tmp_path / "hostile.xlsx")

    assert_valid_xlsx_without_formulas(path)
    wb = load(path)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None
    assert summary_values(wb["Summary"])["Unit"] == expected_text(stored_name)
    criteria = wb["Criteria"]
    assert criteria["E2"].value == expected_text(hostile)  # the evidence note
    assert criteria["L2"].value == expected_text(hostile)  # the dissenting view
    assert criteria["F3"].value == expected_text(hostile)  # the N/A justification
    assert criteria["H2"].value == expected_text(hostile.strip())  # the round
    assert wb["Respondents"]["C2"].value == expected_text(stored_alias)
    if not hostile.startswith("\r"):
        assert criteria["E2"].value == hostile  # exactly, leading tab included
    assert metadata(wb)["data_checksum"] == recomputed_checksum(wb)


# --- how other spreadsheet programs show the export --------------------------------------------


def line_chart_series(path: Path) -> list[str]:
    """The XML of every series of every line chart in the file."""
    import re

    series: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/chart") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8")
                for chart in re.findall(r"<(?:c:)?lineChart>.*?</(?:c:)?lineChart>", xml, re.S):
                    series += re.findall(r"<(?:c:)?ser>.*?</(?:c:)?ser>", chart, re.S)
    return series


def test_the_history_chart_draws_straight_lines(round_file: Path) -> None:
    """Without smooth val="0" LibreOffice draws every line chart as a smoothed spline."""
    import re

    series = line_chart_series(round_file)
    assert len(series) == 1
    assert all(re.search(r'<(?:c:)?smooth val="0"\s*/>', s) for s in series)


def test_met_counts_show_as_whole_numbers(service: AssessmentService, round_file: Path) -> None:
    """The format "0.##" showed 5 met criteria as "5." (Excel, Gnumeric)."""
    ws = load(round_file)["Summary"]
    header, rows = summary_table(ws)
    assert ws.cell(row=header, column=5).value == "Met"
    for line in range(header + 1, header + 1 + len(rows)):
        cell = ws.cell(row=line, column=5)
        assert float(cell.value).is_integer()
        assert cell.number_format == "0"
    assert round_export._met_format(2.5) == "0.0#"  # pooled respondents: a fraction


# --- improvement: carried answers, barriers, the action plan; printing ------------------------


@pytest.fixture
def improving(tmp_path: Path) -> Iterator[tuple[AssessmentService, str, list[str]]]:
    """A unit with events and two rounds; the second started from the first (its answers
    carried forward, one confirmed), with a barrier and an action."""
    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        pack: Pack = opened.packs.latest(PACK_ID)
        unit = service.create_unit(
            "Barnahus Plan",
            country="SE",
            region="Västra Götaland",
            lead_agency="child-protection",
            year_opened=2012,
            unit_id="plan-unit",
        )
        service.add_event(unit.id, dt.date(2024, 2, 1), "New building", "Two interview rooms")
        first = service.create_round(unit.id, "Spring 2024", dt.date(2024, 3, 1), pack)
        ids = [c.id for c in pack.criteria()[:3]]
        service.add_answers(
            [
                Answer(first.id, ids[0], None, "yes"),
                Answer(first.id, ids[1], None, "no", note="No routine yet"),
                Answer(first.id, ids[2], None, "no"),
            ]
        )
        second = service.create_round(
            unit.id, "Spring 2025", dt.date(2025, 3, 1), pack, start_from=first.id
        )
        service.confirm_answers(second.id, [ids[2]])
        service.set_barrier(
            Barrier(second.id, ids[1], BarrierKind.FUNDING, "No budget for a second room")
        )
        service.add_action(
            Action(
                id="act-1",
                unit_id=unit.id,
                criterion_id=ids[1],
                title="Write the routine with the prosecutor",
                round_id=second.id,
                lead_agency="police",
                responsible_role="Barnahus coordinator",
                due_date=dt.date(2025, 9, 30),
                status=ActionStatus.IN_PROGRESS,
                progress_note="Draft sent in May",
            )
        )
        yield service, second.id, ids


def test_the_action_plan_barriers_and_carried_answers_are_shown(
    improving: tuple[AssessmentService, str, list[str]], tmp_path: Path
) -> None:
    service, round_id, ids = improving
    wb = load(export_round(service, round_id, tmp_path / "plan.xlsx"))
    plan = list(wb["Action plan"].iter_rows(values_only=True))
    assert plan == [
        (
            "Criterion",
            "What will be done",
            "Lead agency",
            "Responsible role",
            "Due",
            "Status",
            "Progress note",
            "Planned in round",
        ),
        (
            ids[1],
            "Write the routine with the prosecutor",
            "Police",
            "Barnahus coordinator",
            dt.datetime(2025, 9, 30),
            "In progress",
            "Draft sent in May",
            "Spring 2025",
        ),
    ]
    assert wb["Action plan"].sheet_state == "visible"
    criteria = wb["Criteria"]
    at = columns(criteria)
    rows = {row[at["Criterion"]]: row for row in criteria.iter_rows(min_row=2, values_only=True)}
    assert rows[ids[0]][at["Answer"]] == "Yes (to confirm)"  # carried, not confirmed
    assert rows[ids[0]][at["To confirm"]] is True
    assert rows[ids[2]][at["Answer"]] == "No"  # confirmed
    assert rows[ids[2]][at["To confirm"]] is False
    assert rows[ids[1]][at["Barrier"]] == "Funding or resources: No budget for a second room"
    # Rounds side by side: one column per round, the agreed answer of each.
    history = list(wb["History of criteria"].iter_rows(values_only=True))
    assert history[0] == (
        "Standard",
        "Criterion",
        "Statement",
        "2024-03-01\nSpring 2024",
        "2025-03-01\nSpring 2025",
    )
    by_id = {row[1]: row[3:] for row in history[1:]}
    assert by_id[ids[0]] == ("Yes", "Yes (to confirm)")
    assert by_id[ids[2]] == ("No", "No")
    assert len(by_id) == 79
    values = summary_values(wb["Summary"])
    assert values["Country"] == "Sweden (SE)"
    assert (values["Region"], values["Lead agency"], values["Year opened"]) == (
        "Västra Götaland",
        "Child protection",
        "2012",
    )
    summary_text = all_cell_text(wb)
    assert "New building: Two interview rooms" in summary_text
    # No respondents: their sheet is hidden, so it does not print as an empty page.
    assert wb["Respondents"].sheet_state == "hidden"
    assert metadata(wb)["data_checksum"] == recomputed_checksum(wb)


def test_a_swedish_export_names_the_country_in_swedish(
    improving: tuple[AssessmentService, str, list[str]], tmp_path: Path
) -> None:
    service, round_id, _ = improving
    wb = load(export_round(service, round_id, tmp_path / "sv.xlsx", language="sv"))
    assert summary_values(wb["Summary"])["Country"] == "Sverige (SE)"


def test_a_redacted_export_leaves_out_progress_notes_and_barrier_texts(
    improving: tuple[AssessmentService, str, list[str]], tmp_path: Path
) -> None:
    """Redaction leaves out what people wrote in their own words (notes, N/A reasons,
    dissent, and now progress notes and the barriers' texts); what an action is, who leads
    it (an agency and a role) and the barrier's kind stay: coordinators compare those."""
    service, round_id, ids = improving
    path = export_round(service, round_id, tmp_path / "redacted.xlsx", redacted=True)
    wb = load(path)
    text = all_cell_text(wb)
    assert not any("Draft sent in May" in cell for cell in text)
    assert not any("No budget for a second room" in cell for cell in text)
    criteria = wb["Criteria"]
    at = columns(criteria)
    rows = {row[at["Criterion"]]: row for row in criteria.iter_rows(min_row=2, values_only=True)}
    assert rows[ids[1]][at["Barrier"]] == "Funding or resources"
    plan = list(wb["Action plan"].iter_rows(min_row=2, values_only=True))
    assert plan[0][1] == "Write the routine with the prosecutor"
    assert plan[0][6] is None
    from promise_tracker.exchange.round_import import read_export
    from promise_tracker.standards.registry import PackRegistry

    content = read_export(path, PackRegistry.load(None))
    assert content.rounds[0].barriers[0].kind is BarrierKind.FUNDING
    assert content.rounds[0].barriers[0].text == ""
    assert content.actions[0].progress_note == ""
    assert content.actions[0].responsible_role == "Barnahus coordinator"


def test_the_criteria_print_readably(round_file: Path) -> None:
    """Before, every column printed fit to one page's width: about 5 points on A4."""
    from promise_tracker.exchange.printing import READABLE_PRINT_WIDTH

    wb = load(round_file)
    ws = wb["Criteria"]
    assert ws.print_area == "'Criteria'!$A$1:$G$80"
    printed = sum(ws.column_dimensions[letter].width for letter in "ABCDEFG")
    assert printed <= READABLE_PRINT_WIDTH
    assert ws.print_title_rows == "$1:$1"
    for name in ("Summary", "Criteria", "History of criteria", "History"):
        assert wb[name].oddFooter.center.text == "Page &P of &N"
    # An empty action plan does not print.
    assert wb["Action plan"].sheet_state == "hidden"


def test_many_rounds_print_over_pages_across_at_a_readable_scale(tmp_path: Path) -> None:
    """Before, seven rounds side by side, and the History's twelve standards, printed fit to
    one page's width: far below 9 points. Now the columns that say what a row is repeat on
    every page and the rest share the pages across, each page no wider than a readable one."""
    from promise_tracker.exchange.printing import PRINT_SCALE, READABLE_PRINT_WIDTH

    with open_workspace(resolve_paths(str(tmp_path / "data"), None)) as opened:
        service = opened.assessment
        pack: Pack = opened.packs.latest(PACK_ID)
        unit = service.create_unit("Seven rounds")
        for year in range(2019, 2026):
            rnd = service.create_round(unit.id, f"Round {year}", dt.date(year, 3, 1), pack)
            service.set_answer(Answer(rnd.id, pack.criteria()[0].id, None, "yes"))
        path = export_round(service, rnd.id, tmp_path / "seven.xlsx")
    wb = load(path)

    def widths(ws: Any, first: int, last: int) -> float:
        return sum(
            ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width
            for c in range(first, last + 1)
        )

    for name, titles, columns in (("History of criteria", 3, 3 + 7), ("History", 2, 18)):
        ws = wb[name]
        assert ws.max_column == columns
        assert ws.print_title_cols == f"$A:${'C' if titles == 3 else 'B'}"
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.scale == PRINT_SCALE
        assert not ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.pageOrder == "overThenDown"
        assert ws.oddFooter.center.text == "Page &P of &N"
        # Two pages across, evenly shared, each as wide as a readable page at most.
        ends = [brk.id for brk in ws.col_breaks.brk]
        assert len(ends) == 1
        for first, last in ((titles + 1, ends[0]), (ends[0] + 1, columns)):
            assert widths(ws, 1, titles) + widths(ws, first, last) <= READABLE_PRINT_WIDTH
    # Three rounds on the first page across, the latest four on the second.
    assert [brk.id for brk in wb["History of criteria"].col_breaks.brk] == [3 + 3]
    # The History's chart stays off the repeated date and title columns.
    anchor = wb["History"]._charts[0].anchor
    assert anchor._from.col == 2
    assert anchor._from.colOff > 0
    # Headings in the workbook's font (a bold font without a name prints as a serif).
    heading = wb["History of criteria"]["A1"].font
    assert heading.bold
    assert heading.name == "Calibri"


def test_a_few_rounds_print_one_page_wide(round_file: Path) -> None:
    """Four rounds fit next to the statement on one readable page: fit to width, no breaks."""
    from promise_tracker.exchange.printing import READABLE_PRINT_WIDTH

    ws = load(round_file)["History of criteria"]
    assert ws.max_column == 3 + 4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1
    assert not ws.col_breaks.brk
    printed = sum(ws.column_dimensions[letter].width for letter in "ABCDEFG")
    assert printed <= READABLE_PRINT_WIDTH


# --- the team's score is the agreed score, never an "official" one --------------------------


def _visible_text(wb: Workbook, leave_out: list[str]) -> str:
    """Every text of the sheets a reader sees, without the packs' provenance statements (which
    rightly speak of the official text of the standards)."""
    texts = [
        functools.reduce(lambda text, statement: text.replace(statement, ""), leave_out, value)
        for ws in wb.worksheets
        if ws.sheet_state == "visible"
        for row in ws.iter_rows(values_only=True)
        for value in row
        if isinstance(value, str)
    ]
    return "\n".join(texts)


@pytest.mark.parametrize(
    ("language", "agreed", "official"),
    [
        ("en", "the team's agreed score", "official"),
        ("sv", "teamets överenskomna resultat", "officiell"),
    ],
)
def test_the_export_calls_the_score_agreed_in_both_languages(
    qapp, workspace: Workspace, tmp_path: Path, language: str, agreed: str, official: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.swedish import swedish_interface

    service = workspace.assessment
    if language == "sv":
        with swedish_interface():
            path = export_unit(service, NORRVIK, tmp_path / "unit.xlsx", language="sv")
    else:
        path = export_unit(service, NORRVIK, tmp_path / "unit.xlsx")
    wb = load(path)
    shown = [value for value in summary_values(wb["Summary"]).values() if value == agreed]
    assert shown, "the Summary says which score it shows"
    assert agreed in [row[-1] for row in wb["History"].iter_rows(min_row=2, values_only=True)]
    statements = [p.provenance.get(language) for p in workspace.packs.packs()]
    text = _visible_text(wb, statements)
    assert official not in text.casefold()
