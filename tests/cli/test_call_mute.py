"""``call mute ROOM PERSON|--all``: the request travels over the signaling server, for which
the command connects to the room for the one request; without one it says so, sends nothing."""

from __future__ import annotations

import asyncio
import sys

import pytest

from app.api.hpb import ControlReceived, RoomSignaling
from app.audit import AuditLog
from app.cli import main
from app.demo_server import DemoServer
from tests.helpers.moderation import make_event_room, service_for
from tests.helpers.waiting import wait_until

from .conftest import FakeStdin

AUDIO = 1 | 2


def _argv(server: DemoServer, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[str]:
    monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
    monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", server.moderator.app_password)
    monkeypatch.setattr(sys, "stdin", FakeStdin("", False))
    return ["--server", server.url, "--user", server.moderator.login, *args]


async def test_call_mute_reaches_the_persons_websocket_and_is_audited(
    hpb_demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    moderator = service_for(hpb_demo_server, hpb_demo_server.moderator.login)
    alice = service_for(hpb_demo_server, "alice")
    event = await make_event_room(moderator, "Town hall", logins=("alice",))
    controls: list[ControlReceived] = []
    link = RoomSignaling(
        alice,
        event.token,
        on_event=lambda e: controls.append(e) if isinstance(e, ControlReceived) else None,
    )
    try:
        await link.start()
        await alice.calls.join(event.token, flags=AUDIO)
        code = await asyncio.to_thread(
            main, _argv(hpb_demo_server, monkeypatch, "call", "mute", event.token, "alice")
        )
        out = capsys.readouterr()
        assert code == 0, out.err
        assert "to mute in the call" in out.out
        await wait_until(lambda: controls, message="the forceMute reached alice's websocket")
        assert controls[0].data["action"] == "forceMute"
        assert controls[0].sender.userid == "moderator1"
        code = await asyncio.to_thread(
            main, _argv(hpb_demo_server, monkeypatch, "call", "mute", event.token, "--all")
        )
        assert code == 0, capsys.readouterr().err
        await wait_until(lambda: len(controls) >= 2, message="Mute everyone reached her too")
        entries = [e for e in AuditLog().entries() if e.room_token == event.token]
        assert [e.action for e in entries][-2:] == ["mute", "mute-all"]
        assert all(e.ok for e in entries[-2:])
    finally:
        await link.close(leave_session=True)
        await alice.aclose()
        await moderator.aclose()


async def test_without_a_signaling_server_it_says_so_and_sends_nothing(
    demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    moderator = service_for(demo_server, demo_server.moderator.login)
    alice = service_for(demo_server, "alice")
    try:
        event = await make_event_room(moderator, "Plain", logins=("alice",))
        await alice.calls.join(event.token, flags=AUDIO)
        argv = _argv(demo_server, monkeypatch, "call", "mute", event.token, "alice")
        assert await asyncio.to_thread(main, argv) == 1
        assert "no signaling server" in capsys.readouterr().err
        both = _argv(demo_server, monkeypatch, "call", "mute", event.token, "alice", "--all")
        assert await asyncio.to_thread(main, both) == 1
        assert "not both" in capsys.readouterr().err
    finally:
        await alice.aclose()
        await moderator.aclose()
