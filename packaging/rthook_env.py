"""PyInstaller run-time hook, run before PyInstaller's own: remember the user's MPLCONFIGDIR.

PyInstaller's matplotlib hook replaces it with a temporary folder; launcher.py puts it back.
"""

import os

os.environ["PROMISE_TRACKER_USER_MPLCONFIGDIR"] = os.environ.get("MPLCONFIGDIR", "")
