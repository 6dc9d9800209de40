"""The scripting CLI end to end on the real Talk server, the way a moderator runs it.

Each step goes through the program's own entry point (``app.__main__.main``, what the
``talk-moderator`` script calls) with ``--server``/``--user`` and the app password in
``$TALK_MODERATOR_PASSWORD``, and is then checked three ways: the exit status, what was
printed, and what the server now holds (read back through moderator1's own ``TalkService``).
The CLI runs ``asyncio.run`` per command, so in-process runs happen in a worker thread while
this test's loop keeps the read-back service; one run per test is a real child process
(``python -m app``) so the installed entry point, piped stdin and the exit status are exercised
as a shell would.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable

import pytest

from app.__main__ import main as entry_main
from app.api import TalkService
from app.api.constants import ConversationType, InCallFlag, LobbyState, ParticipantType
from tests.cli.conftest import FakeStdin, Result
from tests.helpers.real_server import RealServer
from tests.real_server.conftest import ServiceFactory

pytestmark = pytest.mark.real_server

RealRun = Callable[..., Awaitable[Result]]


@pytest.fixture
def real_cli(
    real_server: RealServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    config_dir: object,
) -> RealRun:
    """``await real_cli("rooms", "list", stdin="...", user="alice")`` -> ``Result``."""
    monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
    monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)

    async def run(*argv: str, stdin: str = "", user: str = "moderator1") -> Result:
        account = real_server.users[user]
        monkeypatch.setenv("TALK_MODERATOR_PASSWORD", account.app_password)
        monkeypatch.setattr(sys, "stdin", FakeStdin(stdin, False))
        capsys.readouterr()
        args = ["--server", real_server.url, "--user", account.login, *argv]
        code = await asyncio.to_thread(entry_main, args)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        assert account.app_password not in captured.out + captured.err
        return Result(code, captured.out, captured.err)

    return run


def run_process(
    server: RealServer, user: str, *argv: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGV --server URL --user USER`` as a child process, like a shell runs it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TALK_MODERATOR_")}
    env["TALK_MODERATOR_PASSWORD"] = server.users[user].app_password
    return subprocess.run(
        [sys.executable, "-m", "app", *argv, "--server", server.url, "--user", user],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


async def _roles(service: TalkService, token: str) -> dict[str, int]:
    return {p.actor_id: p.participant_type for p in await service.participants.list(token)}


async def test_moderation_session_on_the_real_server(
    real_cli: RealRun,
    real_service: TalkService,
    real_service_for: ServiceFactory,
    real_server: RealServer,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    async def ok(*argv: str, **kwargs: str) -> str:
        result = await real_cli(*argv, **kwargs)
        assert result.code == 0, (argv, result.err)
        assert result.err == "", (argv, result.err)
        return result.out

    # A group conversation, and a public one with a password read from a pipe.
    name = room_name("cli")
    created = json.loads(await ok("--json", "rooms", "create", name))
    token = created["token"]
    cleanup_rooms.append(token)
    assert created["displayName"] == name and created["type"] == ConversationType.GROUP
    assert (await real_service.rooms.get(token)).type == ConversationType.GROUP

    public_name = room_name("cli public")
    said = await ok(
        "rooms", "create", public_name, "--public", "--password-stdin", stdin="Cli-Guest-Secret-1\n"
    )
    assert said.startswith(f"Created public conversation '{public_name}' (token ")
    public_token = said.rsplit("(token ", 1)[1].split(")")[0]
    cleanup_rooms.append(public_token)
    public_room = await real_service.rooms.get(public_token)
    assert public_room.type == ConversationType.PUBLIC and public_room.has_password

    # People: add by token and by name, promote and demote.
    assert await ok("participants", "add", token, "alice") == f"Added alice (users) to '{name}'.\n"
    await ok("participants", "add", name, "bob")
    assert {"alice", "bob"} <= set(await _roles(real_service, token))
    said = await ok("participants", "promote", token, "alice")
    assert said == f"Alice is now a moderator of '{name}'.\n", said
    assert (await _roles(real_service, token))["alice"] == ParticipantType.MODERATOR
    demoted = json.loads(await ok("--json", "participants", "demote", token, "alice"))
    assert demoted["actorId"] == "alice" and demoted["participantType"] == ParticipantType.USER
    assert (await _roles(real_service, token))["alice"] == ParticipantType.USER

    # The lobby with a timer: the server holds the opening time.
    before = int(time.time())
    said = await ok("rooms", "lobby", token, "on", "--for", "15m")
    assert "lobby" in said and "on until" in said, said
    room = await real_service.rooms.get(token)
    assert room.lobby_state == LobbyState.NON_MODERATORS
    assert before + 15 * 60 - 5 <= room.lobby_timer <= int(time.time()) + 15 * 60 + 5
    await ok("rooms", "lobby", token, "off")
    room = await real_service.rooms.get(token)
    assert room.lobby_state == LobbyState.NONE and not room.lobby_timer

    # Read-only, guests, the guest password (from a pipe) and removing it again.
    # no call runs here, so none was ended (the sentence says so only when one ran)
    assert await ok("rooms", "read-only", token, "on") == f"'{name}' is now read-only.\n"
    assert (await real_service.rooms.get(token)).is_read_only
    await ok("rooms", "read-only", token, "off")
    assert not (await real_service.rooms.get(token)).is_read_only
    said = await ok("rooms", "public", token, "on")
    assert f"{real_server.url}/call/{token}" in said
    assert (await real_service.rooms.get(token)).type == ConversationType.PUBLIC
    with_password = json.loads(
        await ok("--json", "rooms", "password", token, stdin="Cli-Room-Secret-2\n")
    )
    assert with_password["hasPassword"] is True
    assert (await real_service.rooms.get(token)).has_password
    await ok("rooms", "password", token, "--clear")
    assert not (await real_service.rooms.get(token)).has_password
    await ok("rooms", "public", token, "off")
    assert (await real_service.rooms.get(token)).type == ConversationType.GROUP

    new_name = room_name("cli renamed")
    assert await ok("rooms", "rename", name, new_name) == f"Renamed '{name}' to '{new_name}'.\n"
    assert (await real_service.rooms.get(token)).title == new_name

    # A call: the moderator starts it from the CLI, alice joins from her own client.
    said = await ok("call", "join", token)
    assert said.startswith(f"Started the call in '{new_name}' as moderator1."), said
    assert (await real_service.rooms.get(token)).has_call
    alice = await real_service_for("alice")
    await alice.calls.join(token, flags=int(InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO))
    peers = json.loads(await ok("--json", "call", "list", token))
    assert sorted(p["actorId"] for p in peers) == ["alice", "moderator1"]
    listing = await ok("call", "list", token)
    assert "Alice" in listing and "moderator1" in listing.lower(), listing
    assert await ok("call", "end", token) == f"Ended the call in '{new_name}' for everyone.\n"
    assert not (await alice.rooms.get(token)).has_call
    in_call = {p.actor_id: p.in_call for p in await alice.participants.list(token)}
    assert not any(flags & InCallFlag.IN_CALL for flags in in_call.values()), in_call

    await ok("participants", "remove", token, "bob")
    assert "bob" not in await _roles(real_service, token)

    # Deleting, through the real entry point as a child process.
    deleted = run_process(real_server, "moderator1", "rooms", "delete", token, "--yes")
    assert (deleted.returncode, deleted.stdout, deleted.stderr) == (
        0,
        f"Deleted '{new_name}'.\n",
        "",
    )
    assert token not in {r.token for r in (await real_service.rooms.list()).rooms}
    await ok("rooms", "delete", public_token, "--yes")


async def test_errors_are_one_clear_line(
    real_cli: RealRun,
    real_service: TalkService,
    real_server: RealServer,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    unknown = await real_cli("rooms", "lobby", "No such conversation here", "on")
    assert unknown.code == 1 and unknown.out == ""
    assert unknown.error == (
        "no conversation named 'No such conversation here' (see: talk-moderator rooms list)"
    )
    # A word shaped like a token is looked up on the server once; its 404 must not claim that
    # the conversation existed ("no longer exists").
    token_like = await real_cli("participants", "list", "nosuchroom0")
    assert token_like.code == 1 and token_like.out == ""
    assert token_like.error.startswith("no conversation named 'nosuchroom0', and no "), (
        token_like.err
    )

    room = await real_service.rooms.create(2, room_name("refused"))
    cleanup_rooms.append(room.token)
    for login in ("alice", "bob"):
        await real_service.participants.add(room.token, login)

    refused = run_process(real_server, "alice", "participants", "promote", room.token, "bob")
    assert refused.returncode == 1 and refused.stdout == "", refused
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("talk-moderator: error: "), refused.stderr
    assert "Bob" in lines[0] and "moderator" in lines[0].lower(), lines[0]
    assert (await _roles(real_service, room.token))["bob"] == ParticipantType.USER

    empty = await real_cli("rooms", "rename", room.token, " ")
    assert empty.code == 2 and empty.error == "the conversation name must not be empty"
    assert (await real_service.rooms.get(room.token)).title == room.title

    plain = await real_cli("call", "end", room.token, user="alice")
    assert plain.code == 1 and "no call is running" in plain.error, plain.err
