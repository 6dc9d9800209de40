"""A whole moderation session through the CLI, and the installed script as a real process."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

from app.demo_server import DemoServer

from .conftest import Run

SCRIPT = Path(sys.executable).parent / "talk-moderator"


def test_moderation_session(cli: Run) -> None:
    def ok(*argv: str, **kwargs: object) -> str:
        result = cli(*argv, **kwargs)
        assert result.code == 0, (argv, result.err)
        return result.out

    room = json.loads(ok("--json", "rooms", "create", "Town hall"))
    token = room["token"]
    ok("participants", "add", token, "alice")
    ok("participants", "add", "Town hall", "bob")
    ok("participants", "promote", "Town hall", "alice")
    ok("participants", "demote", token, "alice")
    ok("rooms", "lobby", token, "on", "--for", "2h")
    ok("participants", "lobby-bypass", token, "bob", "on")
    ok("rooms", "read-only", token, "on")
    ok("rooms", "read-only", token, "off")
    ok("rooms", "public", token, "on")
    ok("rooms", "password", token, stdin="Town-Hall-2026\n")
    ok("call", "join", token, user="bob")  # bypasses the lobby

    state = json.loads(ok("--json", "rooms", "show", token))
    assert (state["type"], state["lobbyState"], state["readOnly"]) == (3, 1, 0)
    assert state["hasPassword"] is True and state["hasCall"] is True
    roles = {p["actorId"]: p["participantType"] for p in state["participants"]}
    assert roles["alice"] == 3 and roles["bob"] == 3

    ok("call", "end", token)
    ok("rooms", "password", token, "--clear")
    ok("rooms", "public", token, "off")
    ok("rooms", "lobby", token, "off")
    final = json.loads(ok("--json", "rooms", "show", token))
    assert (final["type"], final["lobbyState"], final["hasCall"], final["hasPassword"]) == (
        2,
        0,
        False,
        False,
    )
    ok("rooms", "delete", token, "--yes")
    assert token not in ok("rooms", "list")


def _run_script(server: DemoServer, *argv: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALK_MODERATOR_")}
    env["TALK_MODERATOR_PASSWORD"] = server.moderator.app_password
    return subprocess.run(
        [str(SCRIPT), *argv, "--server", server.url, "--user", server.moderator.login],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_installed_script(demo_server: DemoServer) -> None:
    created = _run_script(demo_server, "rooms", "create", "Process test", "--json")
    assert created.returncode == 0, created.stderr
    token = json.loads(created.stdout)["token"]

    secret = "Never-In-Argv-77"
    public = _run_script(demo_server, "rooms", "public", token, "on")
    assert public.returncode == 0, public.stderr
    password = _run_script(
        demo_server, "rooms", "password", token, "--log-level", "debug", stdin=secret + "\n"
    )
    assert password.returncode == 0, password.stderr
    assert "HTTP Request: PUT" in password.stderr  # debug logging is on ...
    basic = base64.b64encode(
        f"{demo_server.moderator.login}:{demo_server.moderator.app_password}".encode()
    ).decode()
    for hidden in (secret, demo_server.moderator.app_password, basic):  # ... and no secret
        assert hidden not in password.stdout + password.stderr

    refused = _run_script(demo_server, "participants", "demote", token, "nobody")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("talk-moderator: error: 'nobody' is not a participant")

    delete = _run_script(demo_server, "rooms", "delete", token)  # no TTY, no --yes
    assert delete.returncode == 2 and "--yes" in delete.stderr


def test_cli_never_imports_qt(demo_server: DemoServer) -> None:
    code = (
        "import sys; from app.__main__ import main; "
        f"code = main(['rooms', 'list', '--server', {demo_server.url!r}, '--user', "
        f"{demo_server.moderator.login!r}]); "
        "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync'))))"
    )
    env = dict(os.environ, TALK_MODERATOR_PASSWORD=demo_server.moderator.app_password)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stderr
