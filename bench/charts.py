"""Opening the Results view and switching rounds, against floors that draw the same charts.

Each measurement runs in a fresh process (offscreen), so matplotlib's import is counted
where the user pays for it: the first time the Results view opens.
- floor (open): in a process with its QApplication, import matplotlib's QtAgg backend and
  draw what the view first shows, minus the app: a 12-axis radar of two rounds and a bar
  chart of score and completeness per standard, each on a FigureCanvasQTAgg, side by side
  in a shown window of the view's size, until painted. Like the view's, both figures use
  matplotlib's constrained layout with their legends outside the axes: without it, at the
  view's size, the radar's title is lost, its legend covers the labels and the bars'
  standard names are cut off, so the user needs that layout work;
- floor (switch): in that process, the same two charts redrawn with another round's figures
  (matplotlib already imported, as it is when the view switches);
- open: import the Results view and show it for a round of the demo data, charts drawn;
- switch: in that process, show another round and wait until its charts are drawn.
Runs are interleaved (floor, view, floor, view, ...); each figure is the median with the
min-max spread, each ratio a ratio of medians. As in bench/startup.py, modules start from
compiled bytecode, as in an installed app, kept in a private temporary folder that the
warm-up runs fill (PYTHONDONTWRITEBYTECODE would otherwise have the view's modules compiled
from source at every open, which no user waits for).

Run: .venv/bin/python bench/charts.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

FLOOR = r"""
import json, math, os, sys, time
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
app = QApplication([])
started = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
LABELS = ["1.1", "1.2", "1.3", "2", "3", "4", "5", "6", "7", "8", "9", "10"]
ANGLES = [2 * math.pi * i / len(LABELS) for i in range(len(LABELS))]

def radar(figure, now, before):
    ax = figure.add_subplot(projection="polar")
    for values in (before, now):
        ax.plot(ANGLES + ANGLES[:1], values + values[:1], marker="o", label="round")
        ax.fill(ANGLES + ANGLES[:1], values + values[:1], alpha=0.15)
    ax.set_xticks(ANGLES, LABELS)
    ax.set_ylim(0, 100)
    ax.set_title("Score per standard")
    figure.legend(loc="outside lower center", ncols=2)

def bars(figure, now, complete):
    ax = figure.add_subplot()
    xs = list(range(len(LABELS)))
    ax.bar([x - 0.2 for x in xs], now, 0.4, label="score")
    ax.bar([x + 0.2 for x in xs], complete, 0.4, label="completeness")
    ax.set_xticks(xs, LABELS)
    ax.set_ylim(0, 100)
    ax.legend()

def figures(shift):
    now = [(40 + 5 * i + shift) % 100 for i in range(len(LABELS))]
    before = [max(0, v - 10) for v in now]
    return now, before, [100 - (i % 3) * 10 for i in range(len(LABELS))]

window = QWidget()
layout = QHBoxLayout(window)
canvases = []
for draw in (radar, bars):
    figure = Figure(layout="constrained")
    canvas = FigureCanvasQTAgg(figure)
    layout.addWidget(canvas)
    canvases.append((figure, canvas, draw))

def show(shift):
    now, before, complete = figures(shift)
    for figure, canvas, draw in canvases:
        figure.clear()
        draw(figure, now, before if draw is radar else complete)
        canvas.draw_idle()

window.resize(1366, 700)
show(0)
window.show()
app.processEvents()
window.grab()  # painted, as the view's measurement waits for
opened = time.perf_counter() - started
started = time.perf_counter()
show(7)
app.processEvents()
window.grab()
switched = time.perf_counter() - started
print(json.dumps({"open": opened, "switch": switched}))
sys.stdout.flush()
os._exit(0)  # skip Qt teardown, which is not what is measured
"""

VIEW = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
workspace = open_workspace(resolve_paths(sys.argv[1]))
service = workspace.assessment
unit = demo_id("norrvik")
first, second = demo_id("norrvik", "round", 2), demo_id("norrvik", "round", 1)
started = time.perf_counter()
from promise_tracker.gui.results.results_view import ResultsView
view = ResultsView(service, unit, first, "en")
view.resize(1366, 700)
view.show()
app.processEvents()
view.grab()  # forces the visible charts to be drawn
opened = time.perf_counter() - started
started = time.perf_counter()
view.set_selection(unit, second)
app.processEvents()
view.grab()
switched = time.perf_counter() - started
print(json.dumps({"open": opened, "switch": switched}))
sys.stdout.flush()
import os
os._exit(0)  # skip Qt teardown, which is not what is measured
"""


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "promise_tracker", "demo", "--data-dir", str(data)],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        # Warm the file cache, matplotlib's font cache and the bytecode cache.
        run(FLOOR, env=env)
        run(VIEW, str(data), env=env)
        floors: list[dict[str, float]] = []
        views: list[dict[str, float]] = []
        for _ in range(args.runs):  # interleaved: what disturbs one disturbs both
            floors.append(run(FLOOR, env=env))
            views.append(run(VIEW, str(data), env=env))
    print(f"{args.runs} interleaved runs each; median (min-max)")
    for key, what in (("open", "Results view opened, charts drawn"), ("switch", "another round")):
        floor = [f[key] for f in floors]
        ours = [v[key] for v in views]
        ratio = statistics.median(ours) / statistics.median(floor)
        print(f"{key}: floor (the same two charts on QtAgg, no app) {spread(floor)}")
        print(f"{key}: {what:<40} {spread(ours)} = {ratio:.2f}x floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
