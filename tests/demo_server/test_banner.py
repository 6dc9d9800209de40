"""The demo server's banner: both passwords, a command that runs as printed, a busy port."""

from __future__ import annotations

import os
import shlex
import socket
import sys

import pytest

from app.demo_server import DemoServer
from app.demo_server.cli import banner, main, program


def test_banner_has_both_passwords_and_a_runnable_command(demo_server: DemoServer) -> None:
    text = banner(demo_server)
    user = demo_server.moderator
    assert f"moderator password:     {user.password}" in text  # for Login Flow in the browser
    assert f"moderator app password: {user.app_password}" in text
    assert f"{program()} --server {demo_server.url} --user {user.login} rooms list" in text


def test_the_command_is_how_this_program_was_started(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/nowhere/on/path/talk-moderator", "demo-server"])
    assert program() == "/nowhere/on/path/talk-moderator"  # not a bare name the shell lacks
    monkeypatch.setattr(sys, "argv", [os.path.join("app", "__main__.py"), "demo-server"])
    assert program() == f"{shlex.quote(sys.executable)} -m app"


def test_a_busy_port_suggests_another(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert (
        f"cannot listen on 127.0.0.1:{port}: the port is in use; pick another with --port N" in err
    )
