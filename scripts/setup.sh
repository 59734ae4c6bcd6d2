#!/usr/bin/env bash
# Prepares this machine for PROMISE tracker: the system libraries Qt needs, a virtual
# environment in .venv with the exact versions from requirements/, and the app itself.
# Usage: scripts/setup.sh [app|dev]   (dev adds the test tools; default: app)
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-app}"

# --- system packages (Debian/Ubuntu; skipped elsewhere or when all are present) -------------
debian_packages=(
  # Qt's offscreen and xcb platforms, fonts so text is drawn
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0
)
if [ "$profile" = dev ]; then
  # Building and checking the desktop bundle: objdump for PyInstaller, the validators of
  # the desktop entry and the AppStream file.
  debian_packages+=(binutils desktop-file-utils appstream)
  # Tests open exported workbooks in LibreOffice, as users of Calc would, and drive a
  # headless Calc through UNO from Debian's own Python (python3-uno) to fill and re-save
  # questionnaires and exports; Gnumeric's ssconvert re-saves them as Gnumeric users would.
  debian_packages+=(libreoffice-calc-nogui python3-uno gnumeric)
  # The Word round report is converted to PDF by LibreOffice Writer in the tests.
  debian_packages+=(libreoffice-writer-nogui)
  # Tests read the printed PDFs back as text (pdftotext) and render pages (pdftoppm).
  debian_packages+=(poppler-utils)
  # The storage and service tests also run against a real PostgreSQL server, started
  # throwaway in a temporary folder by the tests themselves (tests/postgres.py).
  debian_packages+=(postgresql)
fi
python="${PYTHON:-python3}"
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  debian_packages+=(python3-venv)  # Debian's own Python ships venv separately
fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "setup: installing system packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not a Debian-like system; make sure Qt's system libraries are installed."
fi

# --- Python ----------------------------------------------------------------------------------
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: PROMISE tracker needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
requirements="requirements/$profile.txt"
stamp=".venv/.promise-tracker-$profile"
wanted="$(cat requirements/*.txt pyproject.toml | sha256sum | cut -d' ' -f1)"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "setup: installing Python packages from $requirements"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  echo "$wanted" > "$stamp"
fi
