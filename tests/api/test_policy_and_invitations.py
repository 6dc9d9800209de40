"""``service.policy`` (listable, message expiration, @all mentions, recording consent), your
own notifications, and e-mail guests (the import's dry run and real run, their names)
against the demo server, which answers like Talk 21.1.7 (checked by the parity suite)."""

from __future__ import annotations

import pytest

from app.api import TalkService
from app.api.errors import BadRequest, Forbidden, NotConfigured
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall

CSV = b"email,name\nann@example.org,Ann\nnot-an-address,Bad\n,\nbob@example.org,bob@example.org\n"


async def test_policy_writes_answer_the_room(service: TalkService, town_hall: TownHall) -> None:
    room = await service.policy.set_listable(town_hall.token, 1)
    assert room is not None and room.listable == 1
    room = await service.policy.set_message_expiration(town_hall.token, 8 * 3600)
    assert room is not None and room.message_expiration == 8 * 3600
    room = await service.policy.set_mention_permissions(town_hall.token, 1)
    assert room is not None and room.mention_permissions == 1
    room = await service.rooms.set_notification_level(town_hall.token, 3)
    assert room is not None and room.notification_level == 3
    room = await service.rooms.set_call_notifications(town_hall.token, False)
    assert room is not None and room.notification_calls == 0
    room = await service.policy.set_recording_consent(town_hall.token, 1)
    assert room is not None and room.recording_consent == 1  # the demo has a recording server


async def test_policy_refusals_are_sentences(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    with pytest.raises(BadRequest) as scope:
        await service.policy.set_listable(town_hall.token, 7)
    assert str(scope.value) == (
        "Cannot change who can find 'Town hall': the server knows no such scope"
    )
    with pytest.raises(BadRequest) as seconds:
        await service.policy.set_message_expiration(town_hall.token, -1)
    assert "zero (off) or a number of seconds" in str(seconds.value)
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as not_mod:
        await alice.policy.set_mention_permissions(town_hall.token, 1)
    assert "moderator rights are needed" in str(not_mod.value)


async def test_recording_consent_without_a_recording_server(
    make_service: ServiceFactory,
) -> None:
    server = DemoServer(seed=1, profile="real")  # like the real server: no recording server
    server.start()
    try:
        svc = await make_service("moderator1", server=server)
        room = await svc.rooms.create(2, "No recording")
        with pytest.raises(NotConfigured) as caught:
            await svc.policy.set_recording_consent(room.token, 1)
        assert str(caught.value) == (
            "Cannot change recording consent for 'No recording': the server has no recording "
            "server, so no call asks for consent"
        )
        caps = await svc.account.capabilities()
        assert not caps.recording and caps.recording_consent == 0
    finally:
        server.stop()


async def test_import_dry_run_counts_and_names_invalid_lines(
    service: TalkService, town_hall: TownHall
) -> None:
    check = await service.participants.import_emails(town_hall.token, CSV, test_run=True)
    assert (check.invites, check.duplicates, check.invalid_lines) == (2, 0, (3, 4))
    assert check.message == "Following lines are invalid: 3, 4"
    people = await service.participants.list(town_hall.token)
    assert not [p for p in people if p.actor_type == "emails"]  # a dry run adds nobody


async def test_import_adds_guests_named_by_their_address(
    service: TalkService, demo_server: DemoServer, town_hall: TownHall
) -> None:
    done = await service.participants.import_emails(town_hall.token, CSV, filename="list.csv")
    assert (done.invites, done.invalid_lines, done.type) == (2, (3, 4), 3)
    guests = {
        p.email: p
        for p in await service.participants.list(town_hall.token)
        if p.actor_type == "emails"
    }
    assert set(guests) == {"ann@example.org", "bob@example.org"}
    assert guests["ann@example.org"].title == "Ann (ann@example.org)"
    assert guests["bob@example.org"].title == "bob@example.org"  # never the hash
    assert len(guests["bob@example.org"].actor_id) == 64
    assert (town_hall.token, "bob@example.org") in demo_server.state.outbox
    again = await service.participants.import_emails(town_hall.token, CSV, test_run=True)
    assert (again.invites, again.duplicates) == (0, 2)


async def test_import_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    with pytest.raises(BadRequest) as header:
        await service.participants.import_emails(town_hall.token, b"mail\nx@example.org\n")
    assert str(header.value) == (
        "Cannot import e-mail guests into 'Town hall': Missing email field in header line"
    )
    one_to_one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as kind:
        await service.participants.import_emails(one_to_one.token, CSV, test_run=True)
    assert "only group and public conversations can have guests" in str(kind.value)
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden):
        await alice.participants.import_emails(town_hall.token, CSV, test_run=True)
