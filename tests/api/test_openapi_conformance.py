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
    await service.capabilities()
    await service.server_status()
    await service.create_room(2, "Spare room")
    await service.create_room(1, invite="dave")
    listing = await service.list_rooms()
    await service.list_rooms(modified_since=listing.modified_before)
    await service.get_room(token)
    await service.list_participants(token, include_status=True)
    await service.rename_room(token, "Great hall")
    await service.set_description(token, "All hands")
    await service.set_favorite(token, True)
    await service.set_favorite(token, False)
    await service.set_notification_level(token, 2)
    await service.set_call_notifications(token, False)
    await service.set_read_only(token, True)
    await service.set_read_only(token, False)
    await service.set_lobby(token, True, (listing.modified_before or 0) + 3600)
    await service.set_lobby(token, False)
    await service.set_sip(token, 1)
    await service.promote(token, alice_id)
    await service.demote(token, alice_id)
    await service.set_attendee_permissions(token, bob_id, "set", 1 | 128)
    await service.set_lobby_bypass(token, bob_id, True)
    await service.add_participant(token, "carol")
    await service.add_participant(token, "testers", "groups")
    await service.add_participant(token, "visitor@example.org", "emails")
    await service.add_participant(token, "+4915112345678", "phones")
    await service.resend_invitations(token)
    await service.set_guests_allowed(token, True)
    await service.set_password(token, "Long-Enough-Pass-2026")
    await service.set_password(token, "")
    await service.join_call(token)
    await service.list_call_peers(token)
    await service.update_call_flags(token, 3)
    await service.ring(token, alice_id)
    await alice.join_call(token)
    await service.leave_call(token, end_for_everyone=True)
    await service.leave_session(token)
    await service.autocomplete("ali")
    await alice.leave_room(token)
    await service.remove_attendee(token, bob_id)
    refusals = [
        lambda: service.get_room("zzzzzzzz"),
        lambda: service.rename_room(token, ""),
        lambda: service.demote(token, town_hall.id_of(service.login)),
        lambda: service.promote(token, 999999),
        lambda: service.add_participant(token, "nosuchuser"),
        lambda: service.add_participant(token, "x", "bogus"),
        lambda: service.remove_attendee(token, bob_id),
        lambda: service.set_attendee_permissions(token, alice_id, "bogus", 1),
        lambda: service.set_notification_level(token, 9),
        lambda: service.update_call_flags(token, 3),
        lambda: service.set_guest_name(token, "Gina"),
        lambda: service.set_sip(token, 1),
        lambda: service.leave_room(token),
        lambda: service.create_room(9, "x"),
        lambda: alice.rename_room(token, "mine"),
    ]
    for index, attempt in enumerate(refusals):
        with pytest.raises(TalkError):
            await attempt()
            pytest.fail(f"refusal #{index} was accepted")
    await service.delete_room(token)


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
