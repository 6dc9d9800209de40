"""Fuzzed answers: whatever a server sends, the service raises a readable ``TalkError`` or works.

Each service call is answered (through an httpx transport standing in for the server) with the
real server's recorded answer to that request, mutated by hypothesis: wrong types, nulls,
missing and extra keys, huge strings and lists, broken UTF-8, cut-off JSON, another status. The
service's own code runs unchanged; only ``TalkError`` and its subclasses may come out, with a
sentence a person can read. Examples are bounded and derandomised so the run is quick and the
same in CI every time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api import TalkService
from app.api.errors import TalkError
from tests.fuzz.mutations import STATUSES, mutated_body
from tests.fuzz.recorded import Recorded, recorded_answers

T = "o8o46zhc"
Call = Callable[[TalkService], Awaitable[object]]


@dataclass(frozen=True)
class Case:
    route: str
    call: Call


CASES: tuple[Case, ...] = (
    Case("GET /ocs/v2.php/cloud/capabilities", lambda s: s.account.capabilities(refresh=True)),
    Case("GET /ocs/v2.php/apps/spreed/api/vN/room", lambda s: s.rooms.list()),
    Case("GET /ocs/v2.php/apps/spreed/api/vN/room/{}", lambda s: s.rooms.get(T)),
    Case("POST /ocs/v2.php/apps/spreed/api/vN/room", lambda s: s.rooms.create(2, "Town hall")),
    Case("PUT /ocs/v2.php/apps/spreed/api/vN/room/{}", lambda s: s.rooms.rename(T, "New")),
    Case("DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}", lambda s: s.rooms.delete(T)),
    Case(
        "PUT /ocs/v2.php/apps/spreed/api/vN/room/{}/read-only",
        lambda s: s.rooms.set_read_only(T, True),
    ),
    Case(
        "POST /ocs/v2.php/apps/spreed/api/vN/room/{}/public",
        lambda s: s.rooms.set_guests_allowed(T, True),
    ),
    Case(
        "DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}/public",
        lambda s: s.rooms.set_guests_allowed(T, False),
    ),
    Case(
        "DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}/participants/self",
        lambda s: s.rooms.leave(T),
    ),
    Case(
        "GET /ocs/v2.php/apps/spreed/api/vN/room/{}/participants",
        lambda s: s.participants.list(T, include_status=True),
    ),
    Case(
        "POST /ocs/v2.php/apps/spreed/api/vN/room/{}/participants",
        lambda s: s.participants.add(T, "alice"),
    ),
    Case(
        "DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}/attendees",
        lambda s: s.participants.remove(T, 43),
    ),
    Case(
        "POST /ocs/v2.php/apps/spreed/api/vN/room/{}/moderators",
        lambda s: s.participants.promote(T, 43),
    ),
    Case(
        "DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}/moderators",
        lambda s: s.participants.demote(T, 43),
    ),
    Case(
        "PUT /ocs/v2.php/apps/spreed/api/vN/room/{}/attendees/permissions",
        lambda s: s.participants.set_permissions(T, 43, "set", 126),
    ),
    Case(
        "PUT /ocs/v2.php/apps/spreed/api/vN/room/{}/permissions/default",
        lambda s: s.permissions.set_default(T, 126),
    ),
    Case(
        "PUT /ocs/v2.php/apps/spreed/api/vN/room/{}/webinar/lobby",
        lambda s: s.webinar.set_lobby(T, True),
    ),
    Case(
        "PUT /ocs/v2.php/apps/spreed/api/vN/room/{}/webinar/sip", lambda s: s.webinar.set_sip(T, 1)
    ),
    Case(
        "POST /ocs/v2.php/apps/spreed/api/vN/room/{}/participants/active",
        lambda s: s.sessions.open(T),
    ),
    Case(
        "DELETE /ocs/v2.php/apps/spreed/api/vN/room/{}/participants/active",
        lambda s: s.sessions.close(T),
    ),
    Case("GET /ocs/v2.php/apps/spreed/api/vN/call/{}", lambda s: s.calls.peers(T)),
    Case("POST /ocs/v2.php/apps/spreed/api/vN/call/{}", lambda s: s.calls.join(T)),
    Case("PUT /ocs/v2.php/apps/spreed/api/vN/call/{}", lambda s: s.calls.update_flags(T, 3)),
    Case("DELETE /ocs/v2.php/apps/spreed/api/vN/call/{}", lambda s: s.calls.leave(T)),
    Case("POST /ocs/v2.php/apps/spreed/api/vN/call/{}/ring/{}", lambda s: s.calls.ring(T, 43)),
    Case(
        "POST /ocs/v2.php/apps/spreed/api/vN/call/{}/dialout/{}",
        lambda s: s.calls.dial_out(T, 43),
    ),
)

READABLE_LENGTH = 600
"""A message longer than this is not a sentence; a huge server string must be cut."""


def _seeds(route: str) -> list[Recorded]:
    return [answer for answer in recorded_answers() if answer.route == route]


def _answer(status: int, body: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, content=body, headers={"Content-Type": "application/json; charset=utf-8"}
        )

    return httpx.MockTransport(handler)


async def _run(case: Case, status: int, body: bytes) -> object:
    service = TalkService(
        "https://cloud.example.org",
        "moderator1",
        "secret",
        transport=_answer(status, body),
        read_retries=0,
    )
    try:
        return await case.call(service)
    finally:
        await service.aclose()


def _check(case: Case, status: int, body: bytes) -> None:
    try:
        asyncio.run(_run(case, status, body))
    except TalkError as exc:
        message = str(exc)
        assert message.strip(), f"{case.route}: an empty error message"
        assert len(message) <= READABLE_LENGTH, f"{case.route}: {len(message)} characters"
        assert "Traceback" not in message


def test_every_case_has_a_recorded_answer() -> None:
    if not recorded_answers():
        pytest.skip("../shared/talk-api/real-server.md is not beside the project")
    assert [case.route for case in CASES if not _seeds(case.route)] == []


def fuzz_case(case: Case, seeds: Sequence[Recorded], examples: int = 25) -> None:
    """Answer ``case`` with ``examples`` mutations of ``seeds``; fails on anything but TalkError."""

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def fuzz(data: st.DataObject) -> None:
        seed = data.draw(st.sampled_from(list(seeds)))
        status = data.draw(st.one_of(st.just(seed.status), STATUSES))
        body: Any = data.draw(mutated_body(seed.body))
        _check(case, status, body)

    fuzz()


BY_ROUTE = pytest.mark.parametrize(
    "case", CASES, ids=[case.route.replace("/ocs/v2.php/apps/spreed/api/vN/", "") for case in CASES]
)


@BY_ROUTE
def test_mutated_answers_raise_only_readable_talk_errors(case: Case) -> None:
    seeds = _seeds(case.route)
    if not seeds:
        pytest.skip("../shared/talk-api/real-server.md is not beside the project")
    fuzz_case(case, seeds)


@BY_ROUTE
def test_recorded_answers_themselves_are_read(case: Case) -> None:
    """The unmutated answers: a success decodes, an error is a readable ``TalkError``."""
    for seed in _seeds(case.route):
        _check(case, seed.status, json.dumps(seed.body).encode())
