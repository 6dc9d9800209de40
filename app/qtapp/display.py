"""Is there a display for a window? Asked before the QApplication is made.

Why: without a display Qt's platform plugin aborts the process (exit 134) with a message about
``xcb-cursor0`` and reinstalling, which sends people hunting for a missing library when all
that is missing is ``DISPLAY`` (a server over ssh, a CI job, a systemd unit started too early).
Both Qt front-ends ask ``display_problem`` first and exit 2 with one plain sentence instead.
No Qt here: the answer must come before Qt is started.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import socket
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

HEADLESS_PLATFORMS = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
)
"""Qt platform plugins that draw without a window system (or bring their own)."""

NO_DISPLAY = "no display: set DISPLAY, or QT_QPA_PLATFORM=offscreen for a headless run"

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}
"""What Qt's xcb plugin loads, and the Debian package of each. Qt names xcb-cursor0 whichever
of them is missing, so the user installs what is there already."""

Loader = Callable[[str], bool]


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")


def display_problem(
    env: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    loads: Loader = _loads,
    needs: Callable[[], frozenset[str]] | None = None,
) -> str | None:
    """Why Qt could not open a window here (one sentence for stderr), else None.

    Args:
        env: the environment Qt will see (default ``os.environ``).
        platform: ``sys.platform`` (a parameter for tests).
        loads: whether a shared library loads (a parameter for tests).
        needs: the libraries the xcb plugin links against (default ``xcb_plugin_needs``; a
            parameter for tests).
    """
    env = os.environ if env is None else env
    if (platform or sys.platform) in ("win32", "darwin"):
        return None  # the window system is always there
    plugins = _requested_plugins(env.get("QT_QPA_PLATFORM", ""))
    if any(plugin in HEADLESS_PLATFORMS for plugin in plugins):
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    x_display = env.get("DISPLAY", "")
    wants_wayland = any(plugin.startswith("wayland") for plugin in plugins)
    wants_xcb = "xcb" in plugins or not plugins
    if wants_wayland and wayland:
        return None
    if wants_xcb and x_display:
        if _x_server_answers(x_display):
            linux = (platform or sys.platform).startswith("linux")
            return _missing_xcb(loads, needs or xcb_plugin_needs) if linux else None
        return (
            f"no display: nothing answers at DISPLAY={x_display}; start the X server, or set "
            "QT_QPA_PLATFORM=offscreen for a headless run"
        )
    if not plugins and wayland:
        return None  # Qt picks its wayland plugin
    if wants_wayland and not wants_xcb:
        return (
            "no display: set WAYLAND_DISPLAY (QT_QPA_PLATFORM asks for wayland), or "
            "QT_QPA_PLATFORM=offscreen for a headless run"
        )
    return NO_DISPLAY


def xcb_plugin_needs() -> frozenset[str]:
    """The libraries of ``XCB_LIBRARIES`` that this PySide6's xcb plugin links against (read
    from its files, without loading Qt); empty when the files are not where a wheel puts them."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return frozenset()
    qt = Path(spec.origin).parent / "Qt"
    names: set[str] = set()
    for part in ("lib/libQt6XcbQpa.so.6", "plugins/platforms/libqxcb.so"):
        try:
            data = (qt / part).read_bytes()
        except OSError:
            continue
        names.update(found.decode() for found in re.findall(rb"lib[\w.+-]+\.so\.\d+", data))
    return frozenset(names & XCB_LIBRARIES.keys())


def _missing_xcb(loads: Loader, needs: Callable[[], frozenset[str]]) -> str | None:
    """The display answers, but can Qt's xcb plugin load? Which libraries it lacks, if any."""
    missing = [soname for soname in XCB_LIBRARIES if soname in needs() and not loads(soname)]
    if not missing:
        return None
    packages = " ".join(XCB_LIBRARIES[soname] for soname in missing)
    return (
        f"the display is there, but Qt cannot use it: {', '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} missing (on Debian or Ubuntu: "
        f"apt-get install {packages}; scripts/setup.sh installs them)"
    )


def _requested_plugins(value: str) -> tuple[str, ...]:
    """``"wayland;xcb"`` -> ``("wayland", "xcb")``; a plugin's options (``vnc:size=...``) cut."""
    names = (part.split(":", 1)[0].strip().lower() for part in value.split(";"))
    return tuple(name for name in names if name)


def _x_server_answers(display: str) -> bool:
    """Whether a local ``:N`` X server accepts a connection; remote displays are trusted.

    An X server listens on ``/tmp/.X11-unix/XN`` and, on Linux, on the abstract socket of the
    same name; either one is enough.
    """
    match = _LOCAL_X.match(display.strip())
    if match is None:
        return True  # host:N (ssh forwarding, a remote X server): Qt will say if it fails
    path = f"/tmp/.X11-unix/X{match.group(1)}"
    candidates = [path]
    if sys.platform.startswith("linux"):
        candidates.append("\0" + path)
    for address in candidates:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False
