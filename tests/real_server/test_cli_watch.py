"""``watch`` on the real server without a signaling server: Talk's internal signaling.

The real test server without ``--signaling`` has none, so ``watch`` says so and follows
Talk's long poll: alice opening a session in the conversation is a ``join``, closing it a
``leave``, each about a second after it happened.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pytest

from app.api import TalkService
from app.api.errors import TalkError
from app.cli import main
from tests.helpers.real_server import RealServer
from tests.real_server.conftest import ServiceFactory


async def test_watch_by_pulls_reports_a_join_and_a_leave(
    real_server: RealServer,
    real_service_for: ServiceFactory,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moderator = await real_service_for("moderator1")
    # PHP's built-in server hands a connection to a worker even while that worker holds the
    # watch's signaling pull (up to 30 s): alice's requests may wait that long behind it.
    user = real_server.users["alice"]
    alice = TalkService(real_server.url, user.login, user.app_password, timeout=75.0)
    room = await moderator.rooms.create(2, f"watch by pulls {time.monotonic():.0f}")
    try:
        await moderator.participants.add(room.token, "alice")
        monkeypatch.setenv("TALK_MODERATOR_PASSWORD", real_server.moderator.app_password)
        monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
        monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)
        argv = ["--server", real_server.url, "--user", "moderator1", "--json"]
        argv += ["watch", room.token, "--count", "2", "--timeout", "90"]
        code: list[int] = []
        thread = threading.Thread(target=lambda: code.append(main(argv)), daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not any(  # the watch's own session is open: it pulls
            p.session_ids
            for p in await moderator.participants.list(room.token)
            if p.actor_id == "moderator1"
        ):
            assert time.monotonic() < deadline, "the watch never opened its session"
            await asyncio.sleep(0.2)
        joined = await alice.sessions.open(room.token)  # in the first answer, or the next
        seen = {"out": "", "err": ""}
        deadline = time.monotonic() + 30
        while '"event":"join"' not in seen["out"]:  # Talk answers about a second later
            assert time.monotonic() < deadline, f"no join printed: {seen}"
            await asyncio.sleep(0.1)
            captured = capsys.readouterr()
            seen["out"] += captured.out
            seen["err"] += captured.err
        await alice.sessions.close(room.token)
        await asyncio.to_thread(thread.join, 90)
        captured = capsys.readouterr()
        captured_out, captured_err = seen["out"] + captured.out, seen["err"] + captured.err
        assert code == [0], captured_err
        assert "no signaling server" in captured_err
        events = [json.loads(line) for line in captured_out.splitlines()]
        assert [e["event"] for e in events] == ["join", "leave"]
        assert events[0]["join"][0]["actorId"] == "alice"
        assert events[1]["leave"] == [joined.session_id]
    finally:
        try:
            await moderator.rooms.delete(room.token)
        except TalkError:
            pass
        await alice.aclose()
