"""Without a display the window and the kiosk say so in one line and exit 2, instead of Qt's
abort (exit 134) about xcb-cursor0 and reinstalling the application."""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.qtapp.display import NO_DISPLAY, XCB_LIBRARIES, display_problem, xcb_plugin_needs

ROOT = Path(__file__).resolve().parents[2]
DEMO_KIOSK = ROOT / "resources" / "kiosk" / "kiosk.demo.toml"


def _unused_x_display() -> str:
    """A ``:N`` with no X server listening (neither the socket file nor the abstract one)."""
    for number in range(90, 200):
        path = f"/tmp/.X11-unix/X{number}"
        if os.path.exists(path):
            continue
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            try:
                sock.connect("\0" + path)
            except OSError:
                return f":{number}"
    raise AssertionError("every X display number from 90 to 199 is taken")


def _start(argv: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "argv",
    [["--demo"], ["--kiosk", str(DEMO_KIOSK), "--windowed"]],
    ids=["window", "kiosk"],
)
@pytest.mark.parametrize("platform", [None, "xcb"], ids=["no-platform", "xcb"])
def test_no_display_is_one_line_and_exit_2(argv: list[str], platform: str | None) -> None:
    done = _start(argv, **({"QT_QPA_PLATFORM": platform} if platform else {}))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].endswith(NO_DISPLAY)
    assert "xcb-cursor0" not in done.stderr and "Reinstalling" not in done.stderr


def test_a_display_nobody_answers_on() -> None:
    display = _unused_x_display()
    done = _start(["--demo"], DISPLAY=display)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        f"no display: nothing answers at DISPLAY={display}; start the X server, or set "
        "QT_QPA_PLATFORM=offscreen for a headless run"
    )


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "xcb"}, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, NO_DISPLAY),
        ({"QT_QPA_PLATFORM": "wayland"}, "no display: set WAYLAND_DISPLAY"),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, None),
        ({"QT_QPA_PLATFORM": "wayland;offscreen"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"DISPLAY": "remote.example:10.0"}, None),  # ssh forwarding: not probed
    ],
)
def test_which_environments_have_a_display(env: dict[str, str], problem: str | None) -> None:
    found = display_problem(env, platform="linux", loads=lambda _soname: True)
    if problem is None:
        assert found is None
    else:
        assert found is not None and found.startswith(problem)


def test_a_display_without_the_libraries_qt_needs_names_them() -> None:
    """Qt blames xcb-cursor0 whichever library is missing: name the missing ones instead."""
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    found = display_problem(
        {"DISPLAY": "remote.example:10.0"},
        platform="linux",
        loads=lambda soname: soname not in gone,
        needs=lambda: frozenset(XCB_LIBRARIES),
    )
    assert found == (
        "the display is there, but Qt cannot use it: libxcb-icccm.so.4, libxcb-keysyms.so.1 "
        "are missing (on Debian or Ubuntu: apt-get install libxcb-icccm4 libxcb-keysyms1; "
        "scripts/setup.sh installs them)"
    )
    # a library the plugin does not link against is no reason to refuse
    assert (
        display_problem(
            {"DISPLAY": "remote.example:10.0"},
            platform="linux",
            loads=lambda soname: soname != "libxcb-xinerama.so.0",
            needs=lambda: frozenset(XCB_LIBRARIES) - {"libxcb-xinerama.so.0"},
        )
        is None
    )


def test_the_plugins_needs_are_read_from_its_files() -> None:
    needs = xcb_plugin_needs()
    assert "libxcb-cursor.so.0" in needs and "libxcb-icccm.so.4" in needs
    assert needs <= XCB_LIBRARIES.keys()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb to run a real X server")
def test_a_real_x_server_is_a_display() -> None:
    """No false alarm: a running X server (Xvfb tells its display number once it listens)."""
    ready, told = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(told), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        pass_fds=(told,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(told)
    try:
        readable, _, _ = select.select([ready], [], [], 20)
        assert readable, "Xvfb did not start"
        number = os.read(ready, 32).decode().strip()
        assert number.isdigit(), number
        found = display_problem({"DISPLAY": f":{number}"}, platform="linux", loads=lambda _s: True)
        assert found is None
    finally:
        os.close(ready)
        server.terminate()
        server.wait(timeout=10)


def test_other_systems_always_have_one() -> None:
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None
