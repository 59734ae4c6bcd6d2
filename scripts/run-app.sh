#!/usr/bin/env bash
# Sets up (first time only) and starts PROMISE tracker. Arguments go to the app,
# e.g. scripts/run-app.sh --data-dir ~/barnahus-data
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
  echo "run-app: no screen found (DISPLAY is not set): starting without a visible window." >&2
  echo "run-app: press Ctrl+C to stop it; run it on a desktop to see the window." >&2
  export QT_QPA_PLATFORM=offscreen
fi
exec .venv/bin/promise-tracker "$@"
