"""TalkService against the real server: a conversation's policy, your own notifications,
recording consent (no recording server there), joining a call, and e-mail guests (the
import's dry run and real run, resending, naming and promoting them by address).

Every room answer is compared field by field with the raw JSON of the same answer; refusals
must be the right ``TalkError`` with a readable sentence naming the room.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.api.constants import InCallFlag
from app.api.errors import BadRequest, Forbidden, NotConfigured
from app.api.models import Room
from app.moderation import invitations as inv
from app.moderation import policy
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import (
    ROOM_ABSENT,
    TapTransport,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server

CSV = b"email,name\nann@example.org,Ann\nnot-an-address,Bad\nbo@example.org,bo@example.org\n"


def strict_room(room: Room | None, tap: TapTransport, method: str, suffix: str) -> Room:
    assert room is not None, f"{method} …{suffix} answered no room"
    assert_decoded_strictly(room, tap.last(method, suffix).data, may_be_absent=ROOM_ABSENT)
    return room


async def test_policy_writes_answer_the_room_strictly(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("policy"))
    cleanup_rooms.append(made.token)
    listed = strict_room(await svc.policy.set_listable(made.token, 1), tap, "PUT", "/listable")
    assert listed.listable == 1
    expiring = strict_room(
        await svc.policy.set_message_expiration(made.token, 8 * 3600),
        tap,
        "POST",
        "/message-expiration",
    )
    assert expiring.message_expiration == 8 * 3600
    mentions = strict_room(
        await svc.policy.set_mention_permissions(made.token, 1),
        tap,
        "PUT",
        "/mention-permissions",
    )
    assert mentions.mention_permissions == 1
    quiet = strict_room(
        await svc.rooms.set_notification_level(made.token, 3), tap, "POST", "/notify"
    )
    assert quiet.notification_level == 3
    no_calls = strict_room(
        await svc.rooms.set_call_notifications(made.token, False), tap, "POST", "/notify-calls"
    )
    assert no_calls.notification_calls == 0
    described = strict_room(
        await svc.rooms.set_description(made.token, "  Rules: be kind  "),
        tap,
        "PUT",
        "/description",
    )
    assert described.description == "Rules: be kind"  # trimmed as policy.trimmed does
    assert policy.trimmed("  Rules: be kind  ") == described.description

    with pytest.raises(BadRequest) as scope:
        await svc.policy.set_listable(made.token, 5)
    assert_readable(scope.value, mentions=made.title)
    with pytest.raises(BadRequest) as seconds:
        await svc.policy.set_message_expiration(made.token, -1)
    assert_readable(seconds.value, mentions=made.title)
    with pytest.raises(BadRequest) as level:
        await svc.rooms.set_notification_level(made.token, 0)  # the default cannot be chosen
    assert_readable(level.value)

    await svc.participants.add(made.token, "alice")
    alice = await real_service_for("alice")
    await alice.rooms.get(made.token)
    for attempt in (
        alice.policy.set_listable(made.token, 2),
        alice.policy.set_mention_permissions(made.token, 0),
        alice.policy.set_message_expiration(made.token, 60),
    ):
        with pytest.raises(Forbidden) as refused:
            await attempt
        assert_readable(refused.value, mentions=made.title)
    mine = await alice.rooms.set_notification_level(made.token, 1)  # her own setting
    assert mine is not None and mine.notification_level == 1


async def test_recording_consent_without_a_recording_server(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, _tap = await tapped_service_for("moderator1")
    caps = await svc.account.capabilities()
    assert caps.has("recording-consent") and not caps.recording
    assert caps.recording_consent == 0  # the admin's "optional" counts for nothing here
    made = await svc.rooms.create(2, room_name("consent"))
    cleanup_rooms.append(made.token)
    assert policy.consent_refusal(caps, made) == (
        "The server has no recording server, so no call asks for consent"
    )
    with pytest.raises(NotConfigured) as caught:
        await svc.policy.set_recording_consent(made.token, 1)
    assert str(caught.value) == (
        f"Cannot change recording consent for '{made.title}': the server has no recording "
        "server, so no call asks for consent"
    )
    assert not policy.needs_recording_consent(await svc.rooms.get(made.token), caps)
    # joining needs no consent here, and giving it anyway does no harm
    await svc.calls.join(made.token, flags=int(InCallFlag.IN_CALL), recording_consent=True)
    try:
        me = next(p for p in await svc.participants.list(made.token) if p.actor_id == svc.login)
        assert me.in_call & InCallFlag.IN_CALL
    finally:
        await svc.calls.leave(made.token, end_for_everyone=True)
        await svc.sessions.close(made.token)


async def test_email_guests_import_resend_and_names(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("import"))
    cleanup_rooms.append(made.token)

    check = await svc.participants.import_emails(made.token, CSV, test_run=True)
    raw = tap.last("POST", "/import-emails")
    assert raw.status == 400  # the real server reports invalid lines of a dry run as a refusal
    assert (check.invites, check.duplicates, check.invalid_lines) == (2, 0, (3,))
    assert check.message == raw.data["message"]
    preview = inv.preview(CSV, check, await svc.participants.list(made.token))
    assert [(g.email, g.status) for g in preview.lines] == [
        ("ann@example.org", inv.NEW),
        ("not-an-address", inv.INVALID),
        ("bo@example.org", inv.NEW),
    ]
    assert not [p for p in await svc.participants.list(made.token) if p.actor_type == "emails"]

    done = await svc.participants.import_emails(made.token, CSV, filename="guests.csv")
    assert (done.invites, done.invalid_lines, done.type) == (2, (3,), 3)
    guests = {p.email: p for p in await svc.participants.list(made.token) if p.email}
    assert set(guests) == {"ann@example.org", "bo@example.org"}
    assert guests["ann@example.org"].title == "Ann (ann@example.org)"
    assert guests["bo@example.org"].title == "bo@example.org"  # the name equal to the address
    assert all(len(p.actor_id) == 64 for p in guests.values())
    again = await svc.participants.import_emails(made.token, CSV, test_run=True)
    assert (again.invites, again.duplicates) == (0, 2)

    await svc.participants.resend_invitations(made.token)
    await svc.participants.resend_invitations(made.token, guests["bo@example.org"].attendee_id)
    # an e-mail guest who has not joined can be made a (guest) moderator
    await svc.participants.promote(made.token, guests["bo@example.org"].attendee_id)
    promoted = next(
        p for p in await svc.participants.list(made.token) if p.email == "bo@example.org"
    )
    assert promoted.participant_type == 6

    with pytest.raises(BadRequest) as header:
        await svc.participants.import_emails(made.token, b"mail\nx@example.org\n", test_run=True)
    assert str(header.value) == (
        f"Cannot check the e-mail guests to import into '{made.title}': Missing email field "
        "in header line"
    )
