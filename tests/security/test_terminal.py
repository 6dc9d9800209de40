"""Nothing the server (or a guest) names can drive the terminal the CLI prints to."""

from __future__ import annotations

import asyncio
import io
import json
import sys

import pytest

from app.api import TalkService
from app.cli import main as cli_main
from app.cli.output import render_table
from app.cli.terminal import one_line, printable
from app.demo_server import DemoServer
from tests.helpers.hostile_server import HostileServer

HOSTILE = "\x1b[2J\x1b]0;PWNED\x07Evil\x9b31m\u202eroom"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _run(server: DemoServer, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    """The CLI in-process, with stdout and stderr as a terminal would get them."""
    account = server.moderator
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", account.app_password)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = cli_main(["--server", server.url, "--user", account.login, *argv])
    return code, out.getvalue(), err.getvalue()


def _clean(text: str) -> None:
    for char in RAW:
        assert char not in text, repr(text)


def test_printable_keeps_text_and_layout_but_no_control() -> None:
    assert printable("Bob\tand\nAlice") == "Bob\tand\nAlice"
    shown = printable(HOSTILE)
    _clean(shown)
    assert len(shown) == len(HOSTILE) and "PWNED" in shown and "\u241b" in shown
    assert one_line("two\nlines\tx") == "two\u2424lines\u2409x"
    table = render_table(("A", "B"), [("x\ny", "1"), ("\x1bz", "2")])
    _clean(table)
    assert len(table.splitlines()) == 3


def test_room_names_and_errors_are_printed_harmless(
    demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = demo_server.moderator

    async def hostile_room() -> str:
        async with TalkService(demo_server.url, account.login, account.app_password) as svc:
            room = await svc.rooms.create(2, "Plain")
            await svc.rooms.rename(room.token, HOSTILE)
            return room.token

    token = asyncio.run(hostile_room())

    code, out, _err = _run(demo_server, monkeypatch, "rooms", "list")
    assert code == 0 and "PWNED" in out
    _clean(out)

    code, out, _err = _run(demo_server, monkeypatch, "rooms", "show", token)
    assert code == 0 and "PWNED" in out
    _clean(out)

    code, _out, err = _run(demo_server, monkeypatch, "rooms", "show", "\x1b]0;PWNED\x07x")
    assert code != 0 and "PWNED" in err
    _clean(err)

    code, out, _err = _run(demo_server, monkeypatch, "--json", "rooms", "list")
    assert code == 0
    _clean(out)
    assert HOSTILE in [r["displayName"] for r in json.loads(out)]  # JSON keeps the data


def test_the_login_address_of_accounts_add_is_printed_harmless(
    monkeypatch: pytest.MonkeyPatch, config_dir: object, memory_keyring: object
) -> None:
    ok = b'{"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": %s}}'
    caps = (
        b'{"version": {"string": "32.0.1"}, "capabilities": {"spreed": '
        b'{"features": ["conversation-v4"], "version": "21.1.0"}}}'
    )
    with HostileServer() as hostile:
        hostile.answers["/status.php"] = (
            200,
            b'{"installed": true, "maintenance": false, "needsDbUpgrade": false, '
            b'"version": "32.0.1.2", "versionstring": "32.0.1", "productname": "Nextcloud"}',
        )
        hostile.answers["/ocs/v2.php/cloud/capabilities"] = (200, ok % caps)
        login = f"{hostile.url}/login/v2/flow/x\x1b]0;PWNED\x07\x1b[2J"
        hostile.answers["/index.php/login/v2"] = (
            200,
            json.dumps(
                {
                    "poll": {"token": "t" * 64, "endpoint": f"{hostile.url}/login/v2/poll"},
                    "login": login,
                }
            ).encode(),
        )
        hostile.answers["/login/v2/poll"] = (200, b"[]")
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        code = cli_main(["accounts", "add", hostile.url])
    assert code != 0
    assert "/login/v2/flow/x" in err.getvalue() and "PWNED" in err.getvalue()
    _clean(err.getvalue())
    _clean(out.getvalue())
