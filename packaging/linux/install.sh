#!/usr/bin/env bash
# Install the one-folder build (dist/coachdesk) with its desktop file, AppStream metainfo and
# icons, the freedesktop way. PREFIX defaults to ~/.local (no root needed); DESTDIR stages the
# files for a distribution package. Run packaging/build.sh first. docs/packaging.md has more.
#
#   packaging/linux/install.sh                          # ~/.local
#   sudo PREFIX=/usr/local packaging/linux/install.sh   # every user of this computer
#   DESTDIR=/tmp/stage PREFIX=/usr packaging/linux/install.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PREFIX="${PREFIX:-$HOME/.local}"
DESTDIR="${DESTDIR:-}"
ID=org.coachdesk.CoachDesk
root="$DESTDIR$PREFIX"

if [ ! -x dist/coachdesk/coachdesk ]; then
    echo "install.sh: dist/coachdesk/coachdesk is missing; run packaging/build.sh first" >&2
    exit 1
fi

# The program: the whole folder, and a link on PATH (the bootloader finds its folder through
# the link).
rm -rf "$root/lib/coachdesk"
mkdir -p "$root/lib" "$root/bin"
cp -a dist/coachdesk "$root/lib/coachdesk"
ln -sfn ../lib/coachdesk/coachdesk "$root/bin/coachdesk"

# The desktop file names the program by its installed path, so the menu entry works even when
# PREFIX/bin is not on the desktop session's PATH (often the case for ~/.local/bin).
mkdir -p "$root/share/applications"
sed -e "s|^Exec=coachdesk|Exec=$PREFIX/bin/coachdesk|" \
    -e "s|^TryExec=coachdesk|TryExec=$PREFIX/bin/coachdesk|" \
    "resources/linux/$ID.desktop" >"$root/share/applications/$ID.desktop"
install -Dm644 "resources/linux/$ID.metainfo.xml" "$root/share/metainfo/$ID.metainfo.xml"

# Icons under the application id, which the desktop file's Icon= key names.
install -Dm644 resources/icons/app/coachdesk.svg \
    "$root/share/icons/hicolor/scalable/apps/$ID.svg"
for size in 16 32 48 64 128 256 512; do
    install -Dm644 "resources/icons/app/coachdesk-$size.png" \
        "$root/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done

# Refresh the caches when installing for real (a staged DESTDIR is the package's business).
if [ -z "$DESTDIR" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$root/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$root/share/icons/hicolor" || true
    fi
fi
echo "CoachDesk installed under $root"
