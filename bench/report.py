"""The round report (PDF and Word), as a ratio to bare libraries doing the same writing.

A unit with two rounds of the shipped pack (79 criteria), 8 respondents a round, every
criterion answered by each respondent and by the team (with notes), ten barriers and ten
actions, built through the services in a temporary data folder. Timed (best of 3):

- ours: write_round_report of the latest round to .pdf and to .docx, from the database to
  the file, both charts drawn (the radar with the earlier round, the bars);
- floor: the same paragraphs and tables (the texts of our report's blocks) and two chart
  images drawn with bare matplotlib (a polar line and horizontal bars, same size and dpi),
  written with bare python-docx (add_heading, add_paragraph, add_table + cell.text,
  add_picture) and, for the PDF, with plain HTML tables printed by QTextDocument onto a
  QPdfWriter.

Target: ours within 1.5x of the floor. Run: .venv/bin/python bench/report.py
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from promise_tracker.domain.entities import Action, Answer, Barrier, BarrierKind
from promise_tracker.gui.reports.report_charts import report_charts
from promise_tracker.paths import resolve_paths
from promise_tracker.reports.blocks import (
    Block,
    Heading,
    PageBreak,
    Paragraph,
    PictureRow,
    Table,
)
from promise_tracker.reports.pdf import ensure_gui_application
from promise_tracker.reports.round_report import build_round_report, write_round_report
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.workspace import open_workspace

PACK_ID = "promise-bqs-2017"
PERSPECTIVES = ("management", "professionals", "professionals", "professionals")
PERSPECTIVES += ("professionals", "professionals", "clients", "clients")
TARGET = 1.5


def timed(action: Callable[[], object], runs: int = 3) -> float:
    """Best of `runs` (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


def build(service: AssessmentService) -> str:
    rng = random.Random(7)
    pack = service.packs.latest(PACK_ID)
    unit = service.create_unit("Bench unit", country="SE", lead_agency="police")
    round_id = ""
    for index in range(2):
        rnd = service.create_round(unit.id, f"Round {index + 1}", dt.date(2024 + index, 3, 1), pack)
        round_id = rnd.id
        answers = []
        for number, perspective in enumerate(PERSPECTIVES, start=1):
            person = service.add_respondent(rnd.id, f"Respondent {number}", perspective)
            answers += [
                Answer(rnd.id, c.id, person.id, rng.choice(("yes", "yes", "no")))
                for c in pack.criteria()
            ]
        answers += [
            Answer(
                rnd.id,
                c.id,
                None,
                rng.choice(("yes", "yes", "no")),
                "Written routine in place; reviewed by the steering group this year.",
            )
            for c in pack.criteria()
        ]
        service.add_answers(answers)
    result = service.round_result(round_id)
    unmet = [a.criterion_id for a in result.answers if a.respondent_id is None and a.value == "no"]
    for number, criterion_id in enumerate(unmet[:10]):
        service.set_barrier(Barrier(round_id, criterion_id, list(BarrierKind)[number % 5], "x"))
        service.add_action(
            Action(
                "",
                unit.id,
                criterion_id,
                "Agree a joint routine with the prosecution",
                round_id=round_id,
                lead_agency="prosecution",
                responsible_role="Barnahus coordinator",
                due_date=dt.date(2025, 6, 1 + number),
                progress_note="Draft discussed in May.",
            )
        )
    return round_id


def bare_charts() -> list[bytes]:
    """Two charts with bare matplotlib: a polar line of 12 values and 12 horizontal bars."""
    import math

    from matplotlib.figure import Figure

    values = [40 + 5 * i for i in range(12)]
    angles = [2 * math.pi * i / 12 for i in range(12)]
    radar = Figure(figsize=(5.4, 5.6))
    axes = radar.add_subplot(projection="polar")
    axes.plot([*angles, angles[0]], [*values, values[0]])
    axes.plot([*angles, angles[0]], [v - 10 for v in [*values, values[0]]])
    bars = Figure(figsize=(6.4, 1.6 + 0.36 * 12))
    bars.add_subplot().barh(range(12), values)
    images = []
    for figure in (radar, bars):
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=150)
        images.append(buffer.getvalue())
    return images


def bare_docx(blocks: list[Block], path: Path) -> None:
    from docx import Document
    from docx.shared import Mm

    images = bare_charts()
    document = Document()
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, min(block.level, 3))
        elif isinstance(block, Paragraph):
            document.add_paragraph(f"{block.label} {block.text}".strip())
        elif isinstance(block, Table):
            rows = ([block.header] if block.header else []) + list(block.rows)
            table = document.add_table(rows=len(rows), cols=len(block.widths))
            for row, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        elif isinstance(block, PictureRow):
            for image in images:
                document.add_picture(io.BytesIO(image), width=Mm(80))
        elif isinstance(block, PageBreak):
            document.add_page_break()
    document.save(str(path))


def bare_pdf(blocks: list[Block], path: Path) -> None:
    import base64

    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    images = bare_charts()
    parts = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(
                f"<h{min(block.level, 3)}>{html.escape(block.text)}</h{min(block.level, 3)}>"
            )
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{html.escape(f'{block.label} {block.text}')}</p>")
        elif isinstance(block, Table):
            rows = ([block.header] if block.header else []) + list(block.rows)
            cells = "".join(
                "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>"
                for row in rows
            )
            parts.append(f'<table border="1" width="100%">{cells}</table>')
        elif isinstance(block, PictureRow):
            parts += [
                f'<img src="data:image/png;base64,{base64.b64encode(i).decode()}" width="300">'
                for i in images
            ]
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    document = QTextDocument()
    document.setHtml("".join(parts))
    document.print_(writer)
    del writer


def main() -> None:
    ensure_gui_application()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        folder = Path(tmp)
        with open_workspace(resolve_paths(str(folder / "data"), None)) as workspace:
            service = workspace.assessment
            round_id = build(service)
            blocks = list(build_round_report(service, round_id, charts=report_charts).blocks)
            # Warm both paths once (imports, matplotlib's font cache), then time.
            write_round_report(service, round_id, folder / "warm.pdf", charts=report_charts)
            write_round_report(service, round_id, folder / "warm.docx", charts=report_charts)
            bare_docx(blocks, folder / "warm-bare.docx")
            bare_pdf(blocks, folder / "warm-bare.pdf")
            print("Round report of 79 criteria, 8 respondents, 2 charts (best of 3, seconds)")
            print(f"{'format':<8}{'ours':>8}{'floor':>8}{'ratio':>8}  target <= {TARGET}")
            for suffix, floor in ((".pdf", bare_pdf), (".docx", bare_docx)):
                ours = timed(
                    lambda s=suffix: write_round_report(
                        service, round_id, folder / f"ours{s}", charts=report_charts
                    )
                )
                bare = timed(lambda s=suffix, f=floor: f(blocks, folder / f"bare{s}"))
                verdict = "ok" if ours / bare <= TARGET else "OVER"
                print(f"{suffix:<8}{ours:>8.2f}{bare:>8.2f}{ours / bare:>8.2f}  {verdict}")


if __name__ == "__main__":
    main()
