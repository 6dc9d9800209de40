#!/usr/bin/env bash
# Builds Talk Moderator for Linux from a clean clone: the PyInstaller one-folder bundle and the
# .deb that installs it. Everything goes to packaging/out/ (git-ignored):
#
#   packaging/out/venv/                     build venv (the app + PyInstaller)
#   packaging/out/dist/talk-moderator/      the bundle (run ./talk-moderator)
#   packaging/out/talk-moderator_<version>_<arch>.deb
#
# Usage: packaging/build-linux.sh            (as root, or with sudo for the apt-get step)
# Env:   PYTHON=python3.11   the interpreter for the build venv (3.11+, with libpython shared)
#        SKIP_APT=1          don't check/install the Debian packages the build needs
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/packaging/out
start=$(date +%s)

log() { printf 'build-linux: %s\n' "$*"; }
# shellcheck source=../scripts/lib/apt.sh
. scripts/lib/apt.sh

# 1. System packages: venv support, binutils (PyInstaller reads ELF headers with objdump), dpkg-deb,
#    and Qt's system libraries (PyInstaller's PySide6 hooks load Qt during the analysis).
if [ -z "${SKIP_APT:-}" ] && command -v apt-get >/dev/null 2>&1; then
    mapfile -t qt_libs < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/deb-depends.txt)
    install_missing_debs "build-linux: installing Debian packages" \
        python3-venv binutils dpkg "${qt_libs[@]}"
fi

# 2. Build venv with the app installed as a wheel would be, plus PyInstaller.
python=${PYTHON:-python3}
"$python" - <<'PY' || exit 1
import sys, sysconfig
if sys.version_info < (3, 11):
    sys.exit(f"build-linux: Python 3.11+ needed, not {sys.version.split()[0]}")
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    sys.exit("build-linux: PyInstaller needs a Python built with --enable-shared (libpython)")
PY
mkdir -p "$out"
[ -x "$out/venv/bin/python" ] || "$python" -m venv "$out/venv"
venv_py=$out/venv/bin/python
log "installing the app and PyInstaller into packaging/out/venv"
"$venv_py" -m pip install --quiet --upgrade pip
"$venv_py" -m pip install --quiet --upgrade "$root" "pyinstaller>=6.10,<7"
# The translations (.qm, git-ignored) are compiled with the venv's pyside6-lrelease into the
# package data, then the app is installed again so the wheel carries them.
"$venv_py" scripts/translations.py build
"$venv_py" -m pip install --quiet --no-deps --force-reinstall "$root"

# 3. The icons inside the package must match the SVG master before they are shipped.
QT_QPA_PLATFORM=offscreen "$venv_py" packaging/make_icons.py --check

# 4. The bundle.
log "running PyInstaller ($("$venv_py" -m PyInstaller --version))"
rm -rf "$out/dist" "$out/work"
(
    cd "$out"  # so the source tree's app/ can't shadow the installed one
    "$venv_py" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$out/dist" --workpath "$out/work" "$root/packaging/talk-moderator.spec"
)
bundle=$out/dist/talk-moderator
"$bundle/talk-moderator" --version

# 5. The .deb.
packaging/build-deb.sh "$bundle" "$out"

log "bundle: $(du -sh "$bundle" | cut -f1) in $bundle"
log "done in $(( $(date +%s) - start )) s"
