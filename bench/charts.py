"""Opening the Results view and switching rounds, against floors that draw the same charts.

Each measurement runs in a fresh process (offscreen), so matplotlib's import is counted
where the user pays for it: the first time the Results view opens.
- floor (open): in a process with its QApplication, import matplotlib's QtAgg backend and
  draw what the view first shows, minus the app: its radar of two rounds and its bar chart
  of score and completeness per standard, each on a FigureCanvasQTAgg of the size the view
  gives it, side by side in a shown window, until painted. The floor draws the very charts
  the view drew: a first, untimed run of the view reads back from its figures every text,
  value, colour and font size (the standards' wrapped names around the radar, the value
  beside each bar, the titles and legends), and the floor draws them with plain matplotlib
  calls. Like the view's, both figures use matplotlib's constrained layout with their
  legends outside the axes: without it, at the view's size, the radar's title is lost, its
  legend covers the labels and the bars' standard names are cut off, so the user needs that
  layout work;
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
from typing import Any

FLOOR = r"""
import json, math, os, sys, time
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
app = QApplication([])
shown, other = json.loads(sys.argv[1])  # what the view drew for its two rounds
started = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

def radar(figure, spec):
    figure.set_layout_engine("constrained")
    ax = figure.add_subplot(projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(0, 100)
    ax.set_yticks(spec["yticks"])
    ax.set_yticklabels(spec["ylabels"], fontsize=spec["ysize"], color="#555")
    ax.set_rlabel_position(spec["rlabel"])
    ax.set_xticks(spec["angles"])
    ax.set_xticklabels(spec["labels"], fontsize=spec["size"])
    ax.tick_params(axis="x", pad=spec["pad"])
    for tick, align in zip(ax.get_xticklabels(), spec["align"]):
        tick.set_horizontalalignment(align)
    ax.grid(True, color="#BBBBBB", linewidth=0.8)
    closed = spec["angles"] + spec["angles"][:1]
    for index, line in enumerate(spec["lines"]):
        ax.plot(closed, line["values"], color=line["colour"], linestyle=line["style"],
                linewidth=line["width"], marker=line["marker"], markersize=6, label=line["label"])
        if index == 0:
            filled = [0 if math.isnan(v) else v for v in line["values"]]
            ax.fill(closed, filled, color=line["colour"], alpha=0.1)
    figure.legend(handles=ax.get_lines(), loc="outside lower center", ncols=len(spec["lines"]),
                  fontsize=spec["legend"], frameon=False)
    ax.set_title(spec["title"], fontsize=spec["tsize"], pad=spec["tpad"])

def bars(figure, spec):
    figure.set_layout_engine("constrained")
    ax = figure.add_subplot()
    ys = list(range(len(spec["labels"])))
    ax.barh(ys, spec["complete"], height=0.8, facecolor="none", edgecolor=spec["colours"],
            linewidth=1.6)
    ax.barh(ys, spec["score"], height=0.45, color=spec["colours"])
    for x, y, text in spec["texts"]:
        ax.text(x, y, text, va="center", fontsize=spec["tsize_values"])
    ax.set_yticks(ys)
    ax.set_yticklabels(spec["labels"], fontsize=spec["size"])
    ax.invert_yaxis()
    ax.set_xlim(0, 108)
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.tick_params(axis="x", labelsize=spec["xsize"])
    figure.supxlabel(spec["xlabel"], fontsize=spec["xlabel_size"])
    ax.grid(axis="x", color="#DDDDDD")
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(handles=[Patch(color="#7F7F7F", label=spec["legend"][0]),
                       Patch(facecolor="none", edgecolor="#7F7F7F", linewidth=1.6,
                             label=spec["legend"][1])],
              loc="lower center", bbox_to_anchor=(0.5, 1.0),
              bbox_transform=blended_transform_factory(figure.transFigure, ax.transAxes),
              ncols=2, fontsize=spec["legend_size"], frameon=False)
    ax.set_title(spec["title"], fontsize=spec["tsize"], pad=spec["tpad"], wrap=True)

window = QWidget()
layout = QHBoxLayout(window)
canvases = []
for draw, (width, height) in zip((radar, bars), shown["sizes"]):
    canvas = FigureCanvasQTAgg(Figure(figsize=(6.0, 5.0)))
    canvas.setFixedSize(width, height)  # the size the view gives its charts
    layout.addWidget(canvas)
    canvases.append((canvas, draw))

def show(charts):
    for (canvas, draw), spec in zip(canvases, (charts["radar"], charts["bars"])):
        canvas.figure.clear()
        draw(canvas.figure, spec)
        canvas.draw_idle()

window.resize(1366, 700)
show(shown)
window.show()
app.processEvents()
window.grab()  # painted, as the view's measurement waits for
opened = time.perf_counter() - started
started = time.perf_counter()
show(other)
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
drawn = [SPEC(view)] if len(sys.argv) > 2 else []
started = time.perf_counter()
view.set_selection(unit, second)
app.processEvents()
view.grab()
switched = time.perf_counter() - started
drawn += [SPEC(view)] if drawn else []
print(json.dumps({"open": opened, "switch": switched, "drawn": drawn}))
sys.stdout.flush()
import os
os._exit(0)  # skip Qt teardown, which is not what is measured
"""

# What the view drew, read back from its figures (not timed): the floor draws the same.
SPEC = r"""
def SPEC(view):
    radar = view.radar_canvas.canvas.figure
    ax = radar.axes[0]
    xlabels, ylabels = ax.get_xticklabels(), ax.get_yticklabels()
    lines = [line for line in ax.get_lines() if str(line.get_gid()).startswith("round-")]
    bars = view.bars_canvas.canvas.figure
    bx = bars.axes[0]
    back, front = bx.containers
    legend = bx.get_legend()
    return {
        "sizes": [
            [canvas.canvas.width(), canvas.canvas.height()]
            for canvas in (view.radar_canvas, view.bars_canvas)
        ],
        "radar": {
            "angles": [float(a) for a in ax.get_xticks()],
            "labels": [t.get_text() for t in xlabels],
            "align": [t.get_horizontalalignment() for t in xlabels],
            "size": xlabels[0].get_fontsize(),
            "pad": ax.xaxis.get_major_ticks()[0].get_pad(),
            "yticks": [float(v) for v in ax.get_yticks()],
            "ylabels": [t.get_text() for t in ylabels],
            "ysize": ylabels[0].get_fontsize(),
            "rlabel": ax.get_rlabel_position(),
            "lines": [
                {
                    "values": [float(v) for v in line.get_ydata()],
                    "colour": line.get_color(),
                    "style": line.get_linestyle(),
                    "width": line.get_linewidth(),
                    "marker": line.get_marker(),
                    "label": line.get_label(),
                }
                for line in lines
            ],
            "legend": radar.legends[0].get_texts()[0].get_fontsize(),
            "title": ax.get_title(),
            "tsize": ax.title.get_fontsize(),
            "tpad": view._drawn_font_size * 1.5,  # as radar_figure pads it
        },
        "bars": {
            "labels": [t.get_text() for t in bx.get_yticklabels()],
            "size": bx.get_yticklabels()[0].get_fontsize(),
            "complete": [float(p.get_width()) for p in back],
            "score": [float(p.get_width()) for p in front],
            "colours": [list(p.get_edgecolor()) for p in back],
            "texts": [[*map(float, t.get_position()), t.get_text()] for t in bx.texts],
            "tsize_values": bx.texts[0].get_fontsize(),
            "xsize": bx.get_xticklabels()[0].get_fontsize(),
            "xlabel": bars.get_supxlabel(),
            "xlabel_size": view._drawn_font_size,  # as bars_figure sizes it
            "legend": [t.get_text() for t in legend.get_texts()],
            "legend_size": legend.get_texts()[0].get_fontsize(),
            "title": bx.get_title(),
            "tsize": bx.title.get_fontsize(),
            "tpad": view._drawn_font_size * 2.2,  # as bars_figure pads it
        },
    }
"""


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, Any]:
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
        # Warm the file cache, matplotlib's font cache and the bytecode cache; the first
        # run of the view also tells what it drew, for the floor to draw the same.
        view = SPEC + VIEW
        drawn = json.dumps(run(view, str(data), "drawn", env=env)["drawn"])
        run(FLOOR, drawn, env=env)
        floors: list[dict[str, Any]] = []
        views: list[dict[str, Any]] = []
        for _ in range(args.runs):  # interleaved: what disturbs one disturbs both
            floors.append(run(FLOOR, drawn, env=env))
            views.append(run(view, str(data), env=env))
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
