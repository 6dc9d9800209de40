#!/usr/bin/env bash
# Sets up Talk Moderator in ./.venv on a Debian/Ubuntu machine, from a fresh clone.
#
#   scripts/setup.sh          the app and what it needs to run (Qt's system libraries included)
#   scripts/setup.sh --test   the same plus the test tools (pytest, pytest-qt, ruff, mypy) and,
#                             when ../shared/talk-server is there, PHP for the real-server tests
#
# System packages are installed with apt-get (as root, or through sudo) only when missing,
# so a second run is quick. Nothing outside ./.venv is touched otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/apt.sh
. scripts/lib/apt.sh

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt (PySide6) needs these shared libraries even headless; the xcb ones serve a real X display.
system_packages=(
    python3-venv python3-pip
    libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
    fonts-dejavu-core fonts-noto-color-emoji
)

# The real-server tests (tests/real_server) run a real Nextcloud + Talk from ../shared/talk-server
# on PHP; its run.sh would install these itself, but inside a test run that would eat the time.
real_server_packages=(
    php-cli php-sqlite3 php-gd php-curl php-mbstring php-xml php-zip php-intl php-bcmath php-gmp
    php-apcu curl xz-utils
)
[ -n "$extras" ] && [ -x ../shared/talk-server/run.sh ] && system_packages+=("${real_server_packages[@]}")

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    install_missing_debs "setup: installing system packages" "${system_packages[@]}"
else
    echo "setup: not a Debian-like system; make sure Python 3.11+ with venv and Qt's libraries are installed"
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "setup: Python 3.11 or newer is needed ($("$python" --version))" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".${extras}"
# The translations: resources/translations/*.ts compiled into app/resources/translations/*.qm
# (git-ignored); without them the app runs in English.
.venv/bin/python scripts/translations.py build
# The package's bytecode, as a regular pip install writes it: an editable install otherwise
# compiles every module at each start where PYTHONDONTWRITEBYTECODE is set (a third of a second).
.venv/bin/python -m compileall -q app >/dev/null
echo "setup: ready (.venv)"
