#!/usr/bin/env bash
# Brings the translations up to date with the code, then compiles them:
#   1. pyside6-lupdate reads every Python file of the package and updates
#      resources/i18n/promise_tracker_sv.ts (new texts come in unfinished; texts no longer in
#      the code are dropped);
#   2. tools/translations_sv.py fills unfinished messages it has a Swedish text for;
#   3. pyside6-lrelease compiles the .ts into resources/i18n/promise_tracker_sv.qm, the file
#      the app loads (shipped as package data of promise_tracker.resources);
#   4. tools/translations_en.py writes the English plural forms of the same texts into
#      promise_tracker_en.ts, compiled to promise_tracker_en.qm.
# Messages still unfinished are listed at the end; tests/unit/i18n fails while any remains.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
ts=resources/i18n/promise_tracker_sv.ts
qm=resources/i18n/promise_tracker_sv.qm
mapfile -t sources < <(find promise_tracker -name '*.py' -not -path '*/migrations/*' | LC_ALL=C sort)
"$bin/pyside6-lupdate" -silent -no-obsolete -locations none -source-language en \
  -target-language sv "${sources[@]}" -ts "$ts"
"$bin/python" tools/translations_sv.py "$ts"
"$bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
# English needs only its plural forms ("1 criterion", "3 criteria"), taken from the same texts.
"$bin/python" tools/translations_en.py "$ts" resources/i18n/promise_tracker_en.ts
"$bin/pyside6-lrelease" -silent resources/i18n/promise_tracker_en.ts \
  -qm resources/i18n/promise_tracker_en.qm
echo "Updated $ts and $qm"
