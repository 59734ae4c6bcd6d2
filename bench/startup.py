"""Cold start of the app as ratios to a bare PySide6 window started in the same run.

Measures, as median wall time over several fresh processes (offscreen, the three variants
taking turns):
- floor: a bare QMainWindow shown until its first paint;
- first paint: `promise-tracker gui` until the main window is first painted;
- interactive: until the demo data is loaded and a criterion is shown;
and, in-process, the latency from one answer to saved-and-rescored (p50/p95 over many edits).

An installed app starts from compiled bytecode (pip and PyInstaller both ship it), so every
variant runs with bytecode caching on, kept in a private temporary folder (PYTHONPYCACHEPREFIX)
that the warm-up runs fill; the working tree gets no __pycache__ folders. --no-bytecode measures
instead with every module of the app compiled from source at each start (the situation when
PYTHONDONTWRITEBYTECODE is set and no .pyc exists).

Run: .venv/bin/python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FLOOR = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            sys.stderr.write(f"PROMISE_TRACKER_EXIT_AFTER paint {time.time():.6f}\\n")
            QApplication.instance().quit()
        return False
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 760)
q = Quit(); w.installEventFilter(q)
w.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Seconds from starting the process until it ended."""
    return [both[0] for both in timed_stage(command, env, runs)]


def timed_stage(
    command: list[str], env: dict[str, str], runs: int
) -> list[tuple[float, float | None]]:
    """(until the process ended, until it reported reaching its stage) per run, in seconds.

    The stage is what a user waits for; the process end adds the time Qt and Python take to
    tear everything down, which the targets were first set against.
    """
    times: list[tuple[float, float | None]] = []
    for _ in range(runs):
        wall = time.time()
        started = time.perf_counter()
        done = subprocess.run(
            command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        ended = time.perf_counter() - started
        reached = [
            float(line.split()[-1]) - wall
            for line in done.stderr.decode(errors="replace").splitlines()
            if line.startswith("PROMISE_TRACKER_EXIT_AFTER ")
        ]
        times.append((ended, reached[-1] if reached else None))
    return times


def answer_latency(data_dir: Path, edits: int) -> list[float]:
    """Seconds from set_answer to saved and rescored, in the real controller."""
    from PySide6.QtWidgets import QApplication

    from promise_tracker.domain.entities import Answer
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.paths import resolve_paths
    from promise_tracker.services.round_session import RoundSession
    from promise_tracker.services.workspace import open_workspace

    app = QApplication.instance() or QApplication([])
    with open_workspace(resolve_paths(data_dir)) as workspace:
        draft = next(
            r
            for u in workspace.assessment.units()
            for r in workspace.assessment.rounds(u.id)
            if not r.is_finalised
        )
        controller = RoundController(RoundSession(workspace.assessment, draft.id))
        criteria = controller.session.criteria()
        latencies = []
        for i in range(edits):
            cid = criteria[i % len(criteria)].id
            value = ("yes", "no", "na", None)[i % 4]
            answer = Answer(draft.id, cid, value=value, note=f"edit {i}")
            started = time.perf_counter()
            controller.set_answer(answer)
            latencies.append(time.perf_counter() - started)
    del app
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--edits", type=int, default=400)
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile the app's modules from source at every start (no .pyc anywhere)",
    )
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "data"
        subprocess.run(
            [python, "-m", "promise_tracker", "demo", "--data-dir", str(data)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        # A first run warms the file cache for every variant alike.
        timed([python, "-c", FLOOR], env, 1)
        app = [python, "-m", "promise_tracker", "gui", "--data-dir", str(data)]
        paint_env = {**env, "PROMISE_TRACKER_EXIT_AFTER": "paint"}
        ready_env = {**env, "PROMISE_TRACKER_EXIT_AFTER": "ready"}
        timed(app, ready_env, 1)
        timed(app, paint_env, 1)
        # Round robin, so that a burst of load elsewhere on the machine hits the floor and the
        # app alike instead of skewing the ratios.
        samples: dict[str, list[tuple[float, float | None]]] = {
            "floor": [],
            "paint": [],
            "ready": [],
        }
        for _ in range(args.runs):
            samples["floor"] += timed_stage([python, "-c", FLOOR], env, 1)
            samples["paint"] += timed_stage(app, paint_env, 1)
            samples["ready"] += timed_stage(app, ready_env, 1)
        floor, paint, ready = (
            statistics.median(s[0] for s in samples[k]) for k in ("floor", "paint", "ready")
        )
        reached = {k: [s[1] for s in v if s[1] is not None] for k, v in samples.items()}
        latencies = sorted(answer_latency(data, args.edits))
    p50 = latencies[len(latencies) // 2] * 1000
    p95 = latencies[int(len(latencies) * 0.95)] * 1000
    cache = "from source, no .pyc" if args.no_bytecode else "compiled bytecode cached"
    print(f"modules: {cache}; {args.runs} runs each, medians")
    print(f"bare PySide6 window, first paint: {floor:.3f} s (floor)")
    print(
        f"main window first painted:       {paint:.3f} s = {paint / floor:.2f}x floor "
        "(target <= 1.5x)"
    )
    print(
        f"interactive with demo data:      {ready:.3f} s = {ready / floor:.2f}x floor "
        "(target <= 3x)"
    )
    if all(len(v) == args.runs for v in reached.values()):
        s_floor, s_paint, s_ready = (
            statistics.median(reached[k]) for k in ("floor", "paint", "ready")
        )
        print(
            f"until the stage itself, without the process exit: floor {s_floor:.3f} s, "
            f"painted {s_paint:.3f} s = {s_paint / s_floor:.2f}x, "
            f"interactive {s_ready:.3f} s = {s_ready / s_floor:.2f}x"
        )
    print(
        f"answer saved and rescored:       p50 {p50:.2f} ms, p95 {p95:.2f} ms "
        f"over {len(latencies)} edits (target p95 <= 16 ms)"
    )
    sys.stdout.flush()
    # PySide's objects may be torn down in an order that crashes interpreter shutdown in a
    # script like this one; the figures are printed, so leave at once.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
