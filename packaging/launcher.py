"""Entry point of the frozen bundle: the same command as `promise-tracker` from the source tree."""

from __future__ import annotations

import os
import sys


def _use_a_lasting_matplotlib_cache() -> None:
    """Keep matplotlib's font cache between launches of the bundle.

    PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a new temporary folder on
    every launch, so the font cache would be rebuilt each time (more than a second). Our own
    run-time hook (rthook_env.py) remembered what the user had set before that; restore it,
    or use a folder in the user's cache directory that only the bundle uses (its font paths
    differ from a source install's).
    """
    remembered = os.environ.pop("PROMISE_TRACKER_USER_MPLCONFIGDIR", None)
    if remembered is None:
        return  # not started through the bundle's run-time hooks
    if remembered:
        os.environ["MPLCONFIGDIR"] = remembered
        return
    import platformdirs

    cache = os.path.join(
        platformdirs.user_cache_dir("promise-tracker", appauthor=False), "matplotlib"
    )
    try:
        os.makedirs(cache, exist_ok=True)
    except OSError:
        return  # keep the temporary folder: slower, but it works
    os.environ["MPLCONFIGDIR"] = cache


if __name__ == "__main__":
    _use_a_lasting_matplotlib_cache()
    from promise_tracker.cli import main

    sys.exit(main())
