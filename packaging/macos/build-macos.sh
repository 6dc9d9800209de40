#!/usr/bin/env bash
# Builds "Talk Moderator.app" and a .dmg from a clean clone, on macOS 12+ (Apple silicon or Intel;
# the app is built for the machine's own architecture).
#     packaging/macos/build-macos.sh
# Needs: Python 3.11+ from python.org or Homebrew, Xcode command line tools (hdiutil, codesign).
# Output: packaging/out/dist/Talk Moderator.app and packaging/out/talk-moderator-<version>.dmg
# Not run on the Linux build machine; see packaging/README.md (signing and notarisation too).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=$root/packaging/out
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
mkdir -p "$out"

[ -x "$out/venv-macos/bin/python" ] || "${PYTHON:-python3}" -m venv "$out/venv-macos"
py=$out/venv-macos/bin/python
"$py" -m pip install --quiet --upgrade pip
# Pillow lets PyInstaller turn the 512 px PNG into the bundle's .icns.
"$py" -m pip install --quiet --upgrade "$root" "pyinstaller>=6.10,<7" pillow
"$py" scripts/translations.py build  # the .qm into the package data, then the app again
"$py" -m pip install --quiet --no-deps --force-reinstall "$root"
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py --check

rm -rf "$out/dist" "$out/work"
(cd "$out" && "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out/dist" --workpath "$out/work" "$root/packaging/talk-moderator.spec")
app="$out/dist/Talk Moderator.app"
"$app/Contents/MacOS/talk-moderator" --version

# Ad-hoc signature so Gatekeeper on the build Mac accepts it; see README for a Developer ID.
codesign --force --deep --sign "${MACOS_SIGN_IDENTITY:--}" "$app"

dmg=$out/talk-moderator-$version.dmg
rm -f "$dmg"
hdiutil create -volname "Talk Moderator" -srcfolder "$app" -ov -format UDZO "$dmg"
echo "build-macos: $dmg"
