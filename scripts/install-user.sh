#!/usr/bin/env bash
# Installs Treaty Tracker for the current user on Linux: the binary in ~/.cargo/bin (cargo
# install), the icon, a .desktop entry so that it appears in the applications menu, and a MIME
# type so that file managers open .ron project files with it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo install --path . --locked
data=${XDG_DATA_HOME:-$HOME/.local/share}
install -Dm644 assets/treaty-tracker.png "$data/icons/hicolor/256x256/apps/treaty-tracker.png"
install -Dm644 assets/treaty-tracker.svg "$data/icons/hicolor/scalable/apps/treaty-tracker.svg"
mkdir -p "$data/applications"
sed "s|^Exec=treaty-tracker|Exec=$HOME/.cargo/bin/treaty-tracker|" assets/treaty-tracker.desktop \
    > "$data/applications/treaty-tracker.desktop.tmp"
mv "$data/applications/treaty-tracker.desktop.tmp" "$data/applications/treaty-tracker.desktop"
install -Dm644 assets/treaty-tracker-mime.xml "$data/mime/packages/treaty-tracker.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Installed: run treaty-tracker, or find Treaty Tracker in your applications menu."
