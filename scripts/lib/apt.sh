# Sourced by scripts/setup.sh and packaging/build-linux.sh: installs the Debian packages that are
# missing, so that both set a machine up the same way (apt-get as root, or through sudo).

# install_missing_debs LABEL PKG...: apt-get install those of PKG that dpkg does not report as
# installed; LABEL starts the one line said before installing. Nothing happens when none is missing.
install_missing_debs() {
    local label=$1
    shift
    local missing=() pkg sudo=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "$label: ${missing[*]}"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}
