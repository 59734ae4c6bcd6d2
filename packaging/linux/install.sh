#!/bin/sh
# Installs this PROMISE tracker bundle for the current user; no administrator rights needed.
#
#   ./install.sh               copy the program to ~/.local/lib/promise-tracker, add the
#                              command ~/.local/bin/promise-tracker, the menu entry and icons
#   ./install.sh --uninstall   remove all of that again
#
# Run it from the unpacked bundle folder. Your assessments, settings and backups live in
# ~/.local/share/promise-tracker (or the folder you chose with --data-dir); neither
# installing nor uninstalling touches them.
set -eu

app_id=org.promise_tracker.PromiseTracker
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
program="$HOME/.local/lib/promise-tracker"
command_link="$HOME/.local/bin/promise-tracker"
bundle="$(cd "$(dirname "$0")" && pwd)"

remove_program() {
  rm -rf "$program"
  rm -f "$command_link"
  rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
  for icon in "$data_home"/icons/hicolor/*/apps/"$app_id".png \
    "$data_home/icons/hicolor/scalable/apps/$app_id.svg"; do
    rm -f "$icon"
  done
}

refresh_menus() {
  # Optional helpers; desktops also notice the new files by themselves.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  remove_program
  refresh_menus
  echo "PROMISE tracker removed. Your data is still in $data_home/promise-tracker."
  exit 0
fi

if [ ! -x "$bundle/promise-tracker" ] || [ ! -d "$bundle/share" ]; then
  echo "install.sh: run me from the unpacked PROMISE tracker bundle" >&2
  exit 1
fi
if [ "$bundle" = "$program" ]; then
  echo "install.sh: this copy is already the installed one" >&2
  exit 1
fi

remove_program  # an upgrade replaces the whole program, so nothing old lingers
mkdir -p "$program" "$(dirname "$command_link")"
# Everything except the desktop files, which go to their own places below.
for entry in "$bundle"/* "$bundle"/.[!.]*; do
  [ -e "$entry" ] || continue
  case "$(basename "$entry")" in share) ;; *) cp -R "$entry" "$program/" ;; esac
done
ln -s "$program/promise-tracker" "$command_link"

mkdir -p "$data_home/applications" "$data_home/metainfo"
# The menu entry points at the installed program itself, whether or not ~/.local/bin is
# on the PATH of the desktop session (quoted, in case the home folder's name has spaces).
sed -e "s|^Exec=promise-tracker|Exec=\"$program/promise-tracker\"|" \
  -e "s|^TryExec=promise-tracker|TryExec=$program/promise-tracker|" \
  "$bundle/share/applications/$app_id.desktop" >"$data_home/applications/$app_id.desktop"
cp "$bundle/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
(cd "$bundle/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$data_home/$(dirname "$icon")"
  cp "$bundle/share/$icon" "$data_home/$icon"
done
refresh_menus

echo "PROMISE tracker installed in $program."
echo "Start it from the applications menu, or run: $command_link"
