#!/usr/bin/env bash
# End-to-end check of the Linux package, as a user would meet it:
#
#   1. builds the bundle and the .deb from this checkout (packaging/build-linux.sh);
#   2. installs the .deb (apt-get install ./file.deb, which runs dpkg -i and pulls in Depends),
#      or with --scratch unpacks it into a temporary root (dpkg-deb -x) and touches nothing else;
#   3. validates the *installed* .desktop entry and AppStream metainfo (desktop-file-validate,
#      appstreamcli validate --no-net, appstreamcli validate-tree) and checks the file list;
#   4. starts the installed talk-moderator headless with --demo --smoke-test (offscreen Qt), which
#      exits 0 once the main window shows the demo server's conversations, and times it;
#   5. does the same on a virtual X server (xcb, Xvfb) and on a headless Wayland compositor
#      (weston), which proves the .deb's Depends are enough for both kinds of session;
#   6. removes the package again (unless --keep).
#
# Usage: packaging/test-package.sh [--scratch] [--keep] [--no-build] [--no-xcb] [--no-wayland]
# Needs root (or sudo) for apt-get/dpkg. Prints "test-package: N passed, 0 failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/packaging/out

scratch="" keep="" build=1 xcb=1 wayland=1
for arg in "$@"; do
    case $arg in
        --scratch) scratch=1 ;;
        --keep) keep=1 ;;
        --no-build) build="" ;;
        --no-xcb) xcb="" ;;
        --no-wayland) wayland="" ;;
        *) echo "usage: $0 [--scratch] [--keep] [--no-build] [--no-xcb] [--no-wayland]" >&2
           exit 2 ;;
    esac
done

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
passed=0 failed=0
log() { printf 'test-package: %s\n' "$*"; }
ok() { passed=$((passed + 1)); log "ok: $*"; }
fail() { failed=$((failed + 1)); log "FAILED: $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

need_tools=()
command -v desktop-file-validate >/dev/null || need_tools+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need_tools+=(appstream)
[ -n "$xcb" ] && ! command -v xvfb-run >/dev/null && need_tools+=(xvfb xauth)
[ -n "$wayland" ] && ! command -v weston >/dev/null && need_tools+=(weston)
if [ "${#need_tools[@]}" -gt 0 ]; then
    log "installing test tools: ${need_tools[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${need_tools[@]}" >/dev/null
fi

t_all=$(now)
if [ -n "$build" ]; then
    t_build=$(now)
    packaging/build-linux.sh
    build_s=$(since "$t_build")
    log "build took $build_s s"
fi

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/__init__.py)
app_id=$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' app/__init__.py)
deb=$out/talk-moderator_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { log "no $deb (run without --no-build)"; exit 1; }

# --- install -------------------------------------------------------------------------------
if [ -n "$scratch" ]; then
    prefix=$(mktemp -d "${TMPDIR:-/tmp}/talk-moderator-root.XXXXXX")
    dpkg-deb -x "$deb" "$prefix"
    exe=$prefix/opt/talk-moderator/talk-moderator
    [ -L "$prefix/usr/bin/talk-moderator" ] && ok "unpacked into scratch root $prefix" \
        || fail "no /usr/bin/talk-moderator link in the package"
else
    prefix=""
    t_install=$(now)
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" \
        >/dev/null
    log "installed with apt-get (dpkg -i plus Depends) in $(since "$t_install") s"
    exe=$(command -v talk-moderator || true)
    [ "$exe" = /usr/bin/talk-moderator ] && ok "talk-moderator is /usr/bin/talk-moderator" \
        || fail "talk-moderator on PATH is '$exe', not /usr/bin/talk-moderator"
    dpkg -s talk-moderator | grep -q "^Status: install ok installed" \
        && ok "dpkg reports talk-moderator $version installed" || fail "dpkg status"
fi
cleanup() {
    if [ -n "$scratch" ]; then
        rm -rf "$prefix"
    elif [ -z "$keep" ]; then
        $sudo dpkg --purge talk-moderator >/dev/null || true
    fi
}
trap cleanup EXIT

# --- shipped files -------------------------------------------------------------------------
desktop=$prefix/usr/share/applications/$app_id.desktop
metainfo=$prefix/usr/share/metainfo/$app_id.metainfo.xml
for f in "$desktop" "$metainfo" "$prefix/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "$prefix/usr/share/doc/talk-moderator/copyright" \
    "$prefix/usr/share/doc/talk-moderator/examples/kiosk.example.toml" \
    "$prefix/usr/lib/systemd/user/talk-moderator-kiosk.service"; do
    [ -f "$f" ] || fail "missing $f"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$prefix/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] \
        || fail "missing ${size}x${size} icon"
done
ok "desktop entry, metainfo, icons (scalable + 8 sizes), copyright, kiosk unit and examples"

if out_text=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out_text" ]; then
    ok "desktop-file-validate $desktop"
else
    fail "desktop-file-validate: $out_text"
fi
if out_text=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    ok "appstreamcli validate --no-net $metainfo"
else
    fail "appstreamcli validate: $out_text"
fi
if [ -n "$scratch" ]; then
    # validate-tree checks the metainfo, desktop entry and icons against each other.
    if out_text=$(appstreamcli validate-tree --no-net "$prefix" 2>&1); then
        ok "appstreamcli validate-tree --no-net (metainfo, desktop entry and icons agree)"
    else
        fail "appstreamcli validate-tree: $out_text"
    fi
fi

internal=$prefix/opt/talk-moderator/_internal
missing_qm=""
for qm in app/resources/translations/talk_moderator_de.qm PySide6/Qt/translations/qtbase_de.qm; do
    [ -f "$internal/$qm" ] || missing_qm+=" $qm"
done
[ -z "$missing_qm" ] && ok "German catalogues bundled (ours and Qt's qtbase_de)" \
    || fail "catalogues missing from the bundle:$missing_qm"

platforms=$prefix/opt/talk-moderator/_internal/PySide6/Qt/plugins/platforms
missing_plugins=""
for plugin in offscreen xcb wayland; do
    [ -f "$platforms/libq$plugin.so" ] || missing_plugins+=" $plugin"
done
[ -z "$missing_plugins" ] && ok "Qt platform plugins offscreen, xcb, wayland bundled" \
    || fail "Qt platform plugins missing:$missing_plugins"

got=$("$exe" --version)
[ "$got" = "Talk Moderator $version" ] && ok "--version prints '$got'" \
    || fail "--version printed '$got'"

# Sub-commands import their modules lazily, so only running them shows they were bundled.
for sub in demo-server rooms participants call accounts kiosk; do
    if help_text=$("$exe" "$sub" --help 2>&1); then
        ok "'talk-moderator $sub --help' runs"
    else
        fail "'talk-moderator $sub --help': $(printf '%s' "$help_text" | tail -3)"
    fi
done

# --- the installed program, headless -------------------------------------------------------
home=$(mktemp -d "${TMPDIR:-/tmp}/talk-moderator-home.XXXXXX")
run_smoke() {  # $1: label, rest: command prefix. Leaves the wall time in $home/last_wall
    # and the smoke line in $home/last_line.
    local label=$1 t0 line rc
    shift
    t0=$(now)
    set +e
    line=$(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" \
        PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
        TALK_MODERATOR_SMOKE_TIMEOUT=30 "$@" "$exe" --demo --smoke-test 2>"$home/stderr.log")
    rc=$?
    set -e
    local wall
    wall=$(since "$t0")
    if [ "$rc" -eq 0 ] && [[ $line == *"smoke-test: ok"* ]]; then
        ok "$label: $line (wall $wall s)"
        echo "$wall" >"$home/last_wall"
        printf '%s\n' "$line" >"$home/last_line"
    else
        fail "$label: exit $rc, output '$line'; stderr: $(tail -5 "$home/stderr.log")"
        echo "" >"$home/last_wall"
    fi
}

walls=()
for run in 1 2 3; do
    run_smoke "offscreen run $run" env QT_QPA_PLATFORM=offscreen \
        TALK_MODERATOR_SMOKE_SCREENSHOT="$out/smoke-offscreen.png"
    walls+=("$(cat "$home/last_wall")")
done
best=$(printf '%s\n' "${walls[@]}" | grep . | sort -n | head -1 || true)
if [ -n "$best" ] && awk -v t="$best" 'BEGIN { exit !(t < 3.0) }'; then
    ok "startup to a window with live data: first ${walls[0]} s, best $best s (target < 3 s)"
else
    fail "startup: runs took ${walls[*]} s (target < 3 s)"
fi

# The German catalogue the packaging compiled: Settings > Language = Deutsch is applied at start.
mkdir -p "$home/config/talk-moderator"
printf '{"version": 1, "language": "de"}\n' >"$home/config/talk-moderator/settings.json"
run_smoke "offscreen run in German" env QT_QPA_PLATFORM=offscreen
if [ -n "$(cat "$home/last_wall")" ] && [[ $(cat "$home/last_line") == *"language de" ]]; then
    ok "the installed app finds and installs the German catalogue"
else
    fail "the installed app did not start in German (no talk_moderator_de.qm in the bundle?)"
fi
rm -f "$home/config/talk-moderator/settings.json"

if [ -n "$xcb" ]; then
    run_smoke "xcb on Xvfb" env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb \
        TALK_MODERATOR_SMOKE_SCREENSHOT="$out/smoke-xcb.png" \
        xvfb-run -a -s "-screen 0 1280x800x24"
fi
if [ -n "$wayland" ]; then
    runtime=$(mktemp -d "${TMPDIR:-/tmp}/talk-moderator-xdg.XXXXXX")
    chmod 700 "$runtime"
    XDG_RUNTIME_DIR=$runtime weston --backend=headless-backend.so --socket=wayland-smoke \
        --idle-time=0 >"$runtime/weston.log" 2>&1 &
    weston_pid=$!
    for _ in $(seq 100); do  # up to 10 s for the compositor's socket
        [ -S "$runtime/wayland-smoke" ] && break
        sleep 0.1
    done
    if [ -S "$runtime/wayland-smoke" ]; then
        run_smoke "wayland on headless weston" env -u DISPLAY XDG_RUNTIME_DIR="$runtime" \
            WAYLAND_DISPLAY=wayland-smoke QT_QPA_PLATFORM=wayland \
            TALK_MODERATOR_SMOKE_SCREENSHOT="$out/smoke-wayland.png"
    else
        fail "weston did not start: $(tail -3 "$runtime/weston.log")"
    fi
    kill "$weston_pid" 2>/dev/null || true
    wait "$weston_pid" 2>/dev/null || true
    rm -rf "$runtime"
fi
rm -rf "$home"

log "whole check took $(since "$t_all") s${build_s:+ (build $build_s s)}"
echo "test-package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
