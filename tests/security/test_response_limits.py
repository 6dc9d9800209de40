"""A hostile server cannot flood the client or crash it with a body it cannot decode.

Answers are streamed and reading stops at the per-endpoint cap (``app.api.ocs.body_limit``);
any decoding failure (nesting 5,000 deep, bad UTF-8, wrong shapes) is ``MalformedResponse``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.api import TalkService
from app.api.constants import API_BASE, STATUS_PATH
from app.api.errors import MalformedResponse
from app.api.login_flow import NotNextcloud, check_server
from app.api.ocs import (
    DEFAULT_BODY_LIMIT,
    PARTICIPANT_LIST_BODY_LIMIT,
    ROOM_LIST_BODY_LIMIT,
    ResponseTooLarge,
    body_limit,
)
from app.cli import main as cli_main
from tests.helpers.hostile_server import HostileServer

FLOOD = 256 * 1024 * 1024
"""What the flooding server would send in all (a real attack sends more; enough to tell)."""

ROOMS = f"{API_BASE}/room"
OK = b'{"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": %s}}'


def _flood() -> Iterator[bytes]:
    chunk = b"[" + b" " * (64 * 1024 - 1)
    for _ in range(FLOOD // len(chunk)):
        yield chunk


def test_limits_per_endpoint_fit_the_bench_room_sizes() -> None:
    """Measured on the demo server's 5,000 rooms / 10,000 people: 7.3 MB and 3.2 MB."""
    assert body_limit("GET", ROOMS) == ROOM_LIST_BODY_LIMIT >= 8 * 7_300_000
    assert body_limit("GET", f"{ROOMS}/abc/participants") == PARTICIPANT_LIST_BODY_LIMIT
    assert PARTICIPANT_LIST_BODY_LIMIT >= 8 * 3_200_000
    assert body_limit("GET", f"{ROOMS}/abc") == DEFAULT_BODY_LIMIT
    assert body_limit("POST", ROOMS) == DEFAULT_BODY_LIMIT
    assert body_limit("GET", STATUS_PATH) == DEFAULT_BODY_LIMIT


async def test_a_flood_is_cut_off_at_the_cap_not_downloaded() -> None:
    with HostileServer() as hostile:
        hostile.streams[f"{ROOMS}/abcd1234"] = (200, _flood, None)
        async with TalkService(hostile.url, "alice", "pw", read_retries=2) as svc:
            with pytest.raises(ResponseTooLarge) as caught:
                await svc.rooms.get("abcd1234")
        sent = hostile.sent[f"{ROOMS}/abcd1234"]
        requests = [r for r in hostile.requests if r[1] == f"{ROOMS}/abcd1234"]
    assert "larger than 2 MB" in str(caught.value)
    assert sent < DEFAULT_BODY_LIMIT + 32 * 1024 * 1024  # the cap plus socket buffers
    assert len(requests) == 1  # not asked again: it would only flood again


async def test_an_announced_giant_body_is_refused_before_reading() -> None:
    with HostileServer() as hostile:
        hostile.streams[ROOMS] = (200, _flood, 1_500_000_000)
        async with TalkService(hostile.url, "alice", "pw", read_retries=0) as svc:
            with pytest.raises(ResponseTooLarge) as caught:
                await svc.rooms.list()
    assert "larger than 64 MB" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        OK % (b"[" * 5000 + b"]" * 5000),
        b"[" * 5000 + b"]" * 5000,
        OK % b'[{"token": "\xff\xfe"}]',
        b"\xef\xbb\xbf\x00\x00",
        b"",
    ],
    ids=["nested-5000", "bare-nested", "bad-utf8", "bom-nul", "empty"],
)
async def test_any_decoding_failure_is_a_malformed_response(body: bytes) -> None:
    with HostileServer() as hostile:
        hostile.answers[ROOMS] = (200, body)
        hostile.answers[f"{ROOMS}/abcd1234"] = (403, body)
        hostile.answers[STATUS_PATH] = (200, body)
        async with TalkService(hostile.url, "alice", "pw", read_retries=0) as svc:
            with pytest.raises(MalformedResponse):
                await svc.rooms.list()
            if not body.startswith(b'{"ocs"'):  # an object: a status.php with defaults
                with pytest.raises(MalformedResponse):
                    await svc.account.server_status()
            refused = await _error_of(svc.rooms.get("abcd1234"))
    assert refused.status == 403  # an unreadable error body is still the refusal it is


async def _error_of(awaitable: object) -> MalformedResponse | Exception:
    try:
        await awaitable  # type: ignore[misc]
    except Exception as exc:
        return exc
    raise AssertionError("no error")


async def test_sign_in_check_turns_deep_nesting_into_not_nextcloud() -> None:
    with HostileServer() as hostile:
        hostile.answers[STATUS_PATH] = (200, b"[" * 5000 + b"]" * 5000)
        with pytest.raises(NotNextcloud):
            await check_server(hostile.url)


def test_cli_prints_one_error_line_for_deep_nesting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "pw")
    with HostileServer() as hostile:
        hostile.answers[ROOMS] = (200, OK % (b"[" * 5000 + b"]" * 5000))
        code = cli_main(["--server", hostile.url, "--user", "alice", "rooms", "list"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("talk-moderator: error: "), captured.err
    assert "could not be read" in lines[0]
