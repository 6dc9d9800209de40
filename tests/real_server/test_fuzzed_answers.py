"""Fuzzing from today's real server: its own answers to this run's requests, mutated.

``real-server.md`` was recorded once; the server beside the suite may answer with fields added
since. The answers of a small session (capabilities, the conversation list, one room, its
participants, a call's peers) are tapped off the wire and mutated the same way as the recorded
ones, a few examples each, so a field Talk added is fuzzed too.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.fuzz.recorded import Recorded
from tests.fuzz.test_service_decoders import CASES, fuzz_case
from tests.real_server.conftest import TappedFactory

pytestmark = pytest.mark.real_server

READS = (
    "GET /ocs/v2.php/cloud/capabilities",
    "GET /ocs/v2.php/apps/spreed/api/vN/room",
    "GET /ocs/v2.php/apps/spreed/api/vN/room/{}",
    "GET /ocs/v2.php/apps/spreed/api/vN/room/{}/participants",
    "GET /ocs/v2.php/apps/spreed/api/vN/call/{}",
    "POST /ocs/v2.php/apps/spreed/api/vN/room",
    "POST /ocs/v2.php/apps/spreed/api/vN/room/{}/moderators",
)


async def test_todays_answers_mutated_raise_only_readable_talk_errors(
    tapped_service_for: TappedFactory,
) -> None:
    service, tap = await tapped_service_for("moderator1")
    await service.account.capabilities(refresh=True)
    room = await service.rooms.create(2, "Fuzz seeds")
    try:
        await service.participants.add(room.token, "alice")
        people = await service.participants.list(room.token, include_status=True)
        alice = next(person for person in people if person.actor_id == "alice")
        await service.participants.promote(room.token, alice.attendee_id)
        await service.rooms.list()
        await service.rooms.get(room.token)
        await service.calls.peers(room.token)
    finally:
        await service.rooms.delete(room.token)
    answers = [
        Recorded("today", answer.method, answer.path, answer.status, answer.body)
        for answer in tap.answers
        if isinstance(answer.body, dict) and "ocs" in answer.body
    ]
    by_route = {case.route: case for case in CASES}
    fuzzed = 0
    for route in READS:
        seeds = [answer for answer in answers if answer.route == route]
        assert seeds, f"no answer of today's server to {route}"
        # hypothesis runs its examples with asyncio.run: off this test's event loop
        await asyncio.to_thread(fuzz_case, by_route[route], seeds, 10)
        fuzzed += 1
    assert fuzzed == len(READS)
