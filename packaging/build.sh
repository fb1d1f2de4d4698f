#!/usr/bin/env bash
# Build CoachDesk as a one-folder application in dist/coachdesk/ (docs/packaging.md), then run
# the frozen program's --self-test. Works from a fresh clone on Linux and macOS, and on Windows
# from Git Bash. Set SKIP_SELF_TEST=1 to build only (e.g. when cross-checking a failing build).
set -euo pipefail
cd "$(dirname "$0")/.."

# The PyInstaller release the spec's Qt plugin filter was written against (see the spec).
PYINSTALLER="pyinstaller==6.22.3"
HOOKS_CONTRIB="pyinstaller-hooks-contrib==2026.9"

if ! command -v uv >/dev/null 2>&1; then
    python3 -m pip install --quiet uv || pip install --quiet uv
    export PATH="$HOME/.local/bin:$PATH"
fi

# The locked environment (the app's dependencies; the development tools in it are excluded
# by the spec). --locked fails instead of silently updating uv.lock.
uv sync --locked
uv run --locked --with "$PYINSTALLER" --with "$HOOKS_CONTRIB" \
    pyinstaller packaging/coachdesk.spec --noconfirm --clean --distpath dist --workpath build

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) program=dist/coachdesk/coachdesk.exe ;;
    *) program=dist/coachdesk/coachdesk ;;
esac

if [ "${SKIP_SELF_TEST:-0}" != 1 ]; then
    # Offscreen: the check must pass on a build machine without a screen.
    QT_QPA_PLATFORM=offscreen "$program" --self-test
fi

# Linux: PyInstaller bundles the system libraries that the Qt plugins link against only if
# the build machine has them. List what is still missing: every user's machine would then
# need it (the X11 and Wayland client libraries; docs/packaging.md says which packages).
if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null 2>&1; then
    internal=dist/coachdesk/_internal
    missing=$(find "$internal" -name '*.so*' -type f -print0 |
        xargs -0 -n 20 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null |
        awk '/=> not found/ {print $1}' | sort -u | tr '\n' ' ')
    if [ -n "$missing" ]; then
        echo "warning: libraries neither bundled nor installed here: $missing" >&2
    fi
fi
du -sh dist/coachdesk
