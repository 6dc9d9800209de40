#!/usr/bin/env bash
# Packs a PyInstaller bundle into a .deb with dpkg-deb (no debhelper needed):
#
#   /opt/talk-moderator/                     the bundle (talk-moderator + _internal/)
#   /usr/bin/talk-moderator               -> /opt/talk-moderator/talk-moderator
#   /usr/share/applications/org.talkmoderator.TalkModerator.desktop
#   /usr/share/metainfo/org.talkmoderator.TalkModerator.metainfo.xml
#   /usr/share/icons/hicolor/<size>/apps/org.talkmoderator.TalkModerator.{png,svg}
#   /usr/share/doc/talk-moderator/copyright, examples/kiosk.*.toml
#   /usr/lib/systemd/user/talk-moderator-kiosk.service   (kiosk autostart, not enabled)
#
# The icon cache and the desktop database are refreshed by the dpkg triggers of
# gtk-update-icon-cache and desktop-file-utils, so the package needs no maintainer scripts.
#
# Usage: packaging/build-deb.sh BUNDLE_DIR OUT_DIR      (build-linux.sh calls it)
# Env:   DEB_MAINTAINER   "Name <email>" for the Maintainer field
#        DEB_COMPRESSION  dpkg-deb -Z type: zstd (default; ~2 s, 69 MB) or xz (~1-2 min on 2 cores,
#                         51 MB). Every dpkg that can run this bundle (glibc >= 2.36: Debian 12,
#                         Ubuntu 22.10 and later) reads zstd.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

bundle=$(realpath "${1:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}")
out=$(realpath "${2:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}")
[ -x "$bundle/talk-moderator" ] || { echo "build-deb: no talk-moderator in $bundle" >&2; exit 1; }

app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' app/__init__.py)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-Talk Moderator developers <packaging@talkmoderator.org>}
[ -n "$app_id" ] && [ -n "$version" ] || { echo "build-deb: can't read app/__init__.py" >&2; exit 1; }

stage=$out/deb-root
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/icons" "$stage/usr/share/doc/talk-moderator"

cp -a "$bundle" "$stage/opt/talk-moderator"
ln -s /opt/talk-moderator/talk-moderator "$stage/usr/bin/talk-moderator"
install -m 0644 "resources/$app_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "resources/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
cp -a app/resources/icons/hicolor "$stage/usr/share/icons/hicolor"

# Kiosk: sample configurations, and the systemd user unit pointed at the packaged program
# (the source unit assumes a pip install in ~/.local/bin). Not enabled: the kiosk account runs
#   systemctl --user enable --now talk-moderator-kiosk.service
mkdir -p "$stage/usr/share/doc/talk-moderator/examples" "$stage/usr/lib/systemd/user"
install -m 0644 resources/kiosk/*.toml "$stage/usr/share/doc/talk-moderator/examples/"
unit=$stage/usr/lib/systemd/user/talk-moderator-kiosk.service
sed 's|^ExecStart=[^ ]*talk-moderator |ExecStart=/usr/bin/talk-moderator |' \
    packaging/systemd/talk-moderator-kiosk.service >"$unit"
grep -q '^ExecStart=/usr/bin/talk-moderator ' "$unit" \
    || { echo "build-deb: could not point the kiosk unit's ExecStart at /usr/bin" >&2; exit 1; }

cat > "$stage/usr/share/doc/talk-moderator/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Talk Moderator

Files: *
Copyright: Talk Moderator developers
License: AGPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it under the terms
 of the GNU Affero General Public License as published by the Free Software Foundation,
 either version 3 of the License, or (at your option) any later version.
 .
 The full text is at https://www.gnu.org/licenses/agpl-3.0.html.

Files: opt/talk-moderator/_internal/*
Copyright: their respective authors
License: various
 /opt/talk-moderator/_internal holds the Python runtime (PSF-2.0), Qt and PySide6
 (LGPL-3.0-only) and the Python packages the app depends on, each under its own licence;
 their licence files are kept beside them in the *.dist-info folders.
COPYRIGHT

# Files 0644, directories and executables 0755, whatever the build machine's umask was.
chmod -R u=rwX,go=rX "$stage"

mapfile -t depends < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/deb-depends.txt)
depends_field=$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)

cat > "$stage/DEBIAN/control" <<CONTROL
Package: talk-moderator
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $depends_field
Recommends: fonts-dejavu-core | fonts-liberation2, fonts-noto-color-emoji,
 gnome-keyring | kwalletmanager | keepassxc
Section: net
Priority: optional
Homepage: https://talkmoderator.org/
Description: moderation console for Nextcloud Talk
 Talk Moderator is a desktop console for the people who look after
 conversations on a Nextcloud Talk server: promote and demote moderators,
 remove or ban participants, run the lobby and calls, show a kiosk view for
 events, and script it all from the command line.
 .
 It works with the Nextcloud Talk API v4 (Talk 18+ on Nextcloud 27+) and
 includes a demo server to try it without an account (talk-moderator --demo).
 .
 This package ships a self-contained build (Python and Qt included) in
 /opt/talk-moderator.
CONTROL

deb=$out/talk-moderator_${version}_${arch}.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-zstd}" --build "$stage" "$deb" >/dev/null
rm -rf "$stage"
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), installed $((installed_kb / 1024)) MiB)"
