"""Every demo-server answer matches the Talk server's own OpenAPI description.

``tests/conftest.py`` validates each answer a test's services receive and fails that test on a
mismatch. This test makes sure the check is not vacuous: it drives the service through a broad
tour of the API (successes and refusals), then asserts that many answers, across many
operations, were really validated, and that none failed anywhere in the session so far.
"""

from __future__ import annotations

import pytest

from app.api import TalkError, TalkService
from app.demo_server import DemoServer
from tests.api.conftest import TownHall
from tests.helpers.openapi import ResponseLog


async def _tour(service: TalkService, alice: TalkService, town_hall: TownHall) -> None:
    token = town_hall.token
    alice_id = town_hall.id_of("alice")
    bob_id = town_hall.id_of("bob")
    await service.account.capabilities()
    await service.account.server_status()
    await service.rooms.create(2, "Spare room")
    await service.rooms.create(1, invite="dave")
    listing = await service.rooms.list()
    await service.rooms.list(modified_since=listing.modified_before)
    await service.rooms.get(token)
    await service.participants.list(token, include_status=True)
    await service.rooms.rename(token, "Great hall")
    await service.rooms.set_description(token, "All hands")
    await service.rooms.set_favorite(token, True)
    await service.rooms.set_favorite(token, False)
    await service.rooms.set_notification_level(token, 2)
    await service.rooms.set_call_notifications(token, False)
    await service.rooms.set_read_only(token, True)
    await service.rooms.set_read_only(token, False)
    await service.webinar.set_lobby(token, True, (listing.modified_before or 0) + 3600)
    await service.webinar.set_lobby(token, False)
    await service.webinar.set_sip(token, 1)
    await service.participants.promote(token, alice_id)
    await service.participants.demote(token, alice_id)
    await service.participants.set_permissions(token, bob_id, "set", 1 | 128)
    await service.webinar.set_lobby_bypass(token, bob_id, True)
    await service.participants.add(token, "carol")
    await service.participants.add(token, "testers", "groups")
    await service.participants.add(token, "visitor@example.org", "emails")
    await service.participants.add(token, "+4915112345678", "phones")
    await service.participants.resend_invitations(token)
    await service.rooms.set_guests_allowed(token, True)
    await service.rooms.set_password(token, "Long-Enough-Pass-2026")
    await service.rooms.set_password(token, "")
    await service.calls.join(token)
    await service.calls.peers(token)
    await service.calls.update_flags(token, 3)
    await service.calls.ring(token, alice_id)
    await alice.calls.join(token)
    await service.calls.leave(token, end_for_everyone=True)
    await service.sessions.close(token)
    await service.account.autocomplete("ali")
    await alice.rooms.leave(token)
    await service.participants.remove(token, bob_id)
    refusals = [
        lambda: service.rooms.get("zzzzzzzz"),
        lambda: service.rooms.rename(token, ""),
        lambda: service.participants.demote(token, town_hall.id_of(service.login)),
        lambda: service.participants.promote(token, 999999),
        lambda: service.participants.add(token, "nosuchuser"),
        lambda: service.participants.add(token, "x", "bogus"),
        lambda: service.participants.remove(token, bob_id),
        lambda: service.participants.set_permissions(token, alice_id, "bogus", 1),
        lambda: service.rooms.set_notification_level(token, 9),
        lambda: service.calls.update_flags(token, 3),
        lambda: service.participants.set_guest_name(token, "Gina"),
        lambda: service.webinar.set_sip(token, 1),
        lambda: service.rooms.leave(token),
        lambda: service.rooms.create(9, "x"),
        lambda: alice.rooms.rename(token, "mine"),
    ]
    for index, attempt in enumerate(refusals):
        with pytest.raises(TalkError):
            await attempt()
            pytest.fail(f"refusal #{index} was accepted")
    await service.rooms.delete(token)


async def test_demo_server_answers_match_the_openapi_spec(
    service: TalkService,
    alice: TalkService,
    town_hall: TownHall,
    demo_server: DemoServer,
    openapi_log: ResponseLog,
) -> None:
    if openapi_log.spec is None:
        pytest.skip("Talk OpenAPI spec not available (../shared/talk-api/openapi is absent)")
    start = len(openapi_log.verdicts)
    await _tour(service, alice, town_hall)
    verdicts = openapi_log.since(start)
    checked = [v for v in verdicts if v.checked]
    operations = {
        (v.response.method, op.template)
        for v in checked
        if (op := openapi_log.spec.find(v.response.method, v.response.path)) is not None
    }
    statuses = {v.response.status for v in checked}
    failures = [v for v in verdicts if v.errors]
    assert failures == [], openapi_log.report(failures)
    assert len(checked) >= 50, f"only {len(checked)} answers were validated"
    assert len(operations) >= 25, f"only {len(operations)} operations were exercised"
    assert {200, 201, 400, 403, 404} <= statuses
    assert openapi_log.failures() == [], openapi_log.report()
