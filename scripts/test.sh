#!/usr/bin/env bash
# Sets up (first time only) and runs every check: ruff, mypy, import-linter, then the whole
# pytest suite (slow tests included). Exits non-zero if any of them fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev || exit 1
export QT_QPA_PLATFORM=offscreen
bin=.venv/bin
failed=()
run() {
  local name="$1"; shift
  echo "== $name: $*"
  "$@" || failed+=("$name")
}
run ruff "$bin/ruff" check .
run ruff-format "$bin/ruff" format --check .
run mypy "$bin/mypy"
run import-linter "$bin/lint-imports"
run pytest "$bin/pytest" "$@"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All checks passed."
