"""Opening the Results view and switching rounds, as ratios to a bare matplotlib radar.

Each measurement runs in a fresh process (offscreen), so matplotlib's import is counted
where the user pays for it: the first time the Results view opens.
- floor: import matplotlib, draw a 12-axis radar of one series and render it (Agg);
- open: import the Results view and show it for a round with the demo data, charts drawn;
- switch: in that process, show another round and wait until its charts are drawn.

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
import json, math, time
started = time.perf_counter()
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
fig = Figure(figsize=(9, 8))
ax = fig.add_subplot(projection="polar")
angles = [2 * math.pi * i / 12 for i in range(12)] + [0.0]
values = [50 + 3 * i for i in range(12)]
ax.plot(angles, values + values[:1])
ax.set_xticks(angles[:-1], [str(i) for i in range(12)])
FigureCanvasAgg(fig).draw()
print(json.dumps({"floor": time.perf_counter() - started}))
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


def run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [sys.executable, "-m", "promise_tracker", "demo", "--data-dir", str(data)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        run(FLOOR)  # warm the file cache and matplotlib's font cache
        run(VIEW, str(data))
        floors = [run(FLOOR)["floor"] for _ in range(args.runs)]
        views = [run(VIEW, str(data)) for _ in range(args.runs)]
    floor = statistics.median(floors)
    opened = statistics.median(v["open"] for v in views)
    switched = statistics.median(v["switch"] for v in views)
    print(f"bare matplotlib radar (import + draw): {floor:.3f} s (floor)")
    print(f"Results view opened, charts drawn:     {opened:.3f} s = {opened / floor:.2f}x floor")
    print(
        f"switching to another round:            {switched:.3f} s = {switched / floor:.2f}x floor"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
