"""Without a display the window and the kiosk say so in one line and exit 2, instead of Qt's
abort (exit 134) about xcb-cursor0 and reinstalling the application."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.qtapp.display import NO_DISPLAY, display_problem

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
    found = display_problem(env, platform="linux")
    if problem is None:
        assert found is None
    else:
        assert found is not None and found.startswith(problem)


def test_other_systems_always_have_one() -> None:
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None
