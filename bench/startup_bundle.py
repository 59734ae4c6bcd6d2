"""Startup time of the frozen bundle compared with the source tree (median of several runs).

    .venv/bin/python bench/startup_bundle.py [--bundle packaging/dist/promise-tracker] [--runs 7]

Times `promise-tracker --version` (interpreter and argument parsing only) and
`promise-tracker self-test` (loads the whole stack: packs, SQLAlchemy and Alembic,
openpyxl, matplotlib) as whole processes, after one warm-up run of each so that both read
from the file cache and matplotlib's font cache exists.
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

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    subprocess.run(command, check=True, env=env, capture_output=True)  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "packaging" / "dist" / "promise-tracker"
    )
    parser.add_argument("--source", type=Path, default=ROOT / ".venv" / "bin" / "promise-tracker")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundle = args.bundle / "promise-tracker"
    if not bundle.exists():
        sys.exit(f"no bundle at {bundle}; build it with packaging/build.py")

    with tempfile.TemporaryDirectory() as home:
        # A fresh home for both, so neither finds caches the other made.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home)
        for variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "MPLCONFIGDIR"):
            env.pop(variable, None)
        print(f"median of {args.runs} runs after one warm-up; bundle {args.bundle}")
        print(f"{'command':<12} {'source':>8} {'bundle':>8} {'bundle/source':>14}")
        for name, arguments in (("--version", ["--version"]), ("self-test", ["self-test"])):
            source = median_seconds([str(args.source), *arguments], args.runs, env)
            frozen = median_seconds([str(bundle), *arguments], args.runs, env)
            print(f"{name:<12} {source:7.2f}s {frozen:7.2f}s {frozen / source:13.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
