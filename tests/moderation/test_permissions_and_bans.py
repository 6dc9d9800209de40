"""Permissions and bans in the moderation core: the names the CLI takes, the rules, and the
operations sent to the demo server (which answers like Talk 21.1: no call permissions, no
"everyone at once"), each audited once."""

from __future__ import annotations

import pytest

from app.api import TalkService
from app.api.capabilities import TalkCapabilities
from app.api.permissions import (
    BUILT_IN_DEFAULT,
    PermissionsError,
    describe,
    names_of,
    parse,
)
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind, ActionRunner
from app.moderation import bans as ban_ops
from app.moderation import permissions as perm_ops
from app.moderation.rules import RuleContext, evaluate, server_refusal
from tests.helpers.moderation import EventRoom, add_guest, make_event_room, refresh
from tests.ui.factories import person, room

CAPS = TalkCapabilities(
    features=frozenset({"conversation-v4", "conversation-permissions", "ban-v1"})
)
OLD = TalkCapabilities(features=frozenset({"conversation-v4"}))

# ----------------------------------------------------------------- names


def test_names_parse_and_print_back() -> None:
    assert parse("audio,video") == 48
    assert parse(" Audio , chat ,audio") == 16 | 128
    assert parse("start-call,join-call,lobby-ignore,audio,video,screen,chat") == 254
    assert parse("default") == 0 and parse("none") == 1
    assert names_of(0) == "default" and names_of(1) == "none"
    assert names_of(133) == "join-call,chat" and parse(names_of(133)) | 1 == 133
    assert describe(BUILT_IN_DEFAULT) == "start call, join call, audio, video, screen, chat"
    assert describe(0) == "the default" and describe(1) == "nothing"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("mic", "unknown permission 'mic'"),
        ("audio,,chat", "unknown permission '(empty)'"),
        ("", "no permissions given"),
        ("default,audio", "stand alone"),
    ],
)
def test_a_wrong_name_is_one_line_naming_the_accepted_values(text: str, fragment: str) -> None:
    with pytest.raises(PermissionsError) as error:
        parse(text)
    message = str(error.value)
    assert fragment in message and "\n" not in message
    if "unknown" in fragment or "no permissions" in fragment:
        assert "start-call, join-call, lobby-ignore, audio, video, screen, chat" in message
        assert "default" in message and "none" in message


def test_default_cannot_be_added_or_removed() -> None:
    with pytest.raises(PermissionsError, match="cannot be added or removed"):
        parse("default", allow_default=False)


# ----------------------------------------------------------------- rules

MOD = room("mod", type=3, participant_type=1, attendee_id=1)


def _ctx(r=MOD, people=(), caps=CAPS) -> RuleContext:  # type: ignore[no-untyped-def]
    return RuleContext(room=r, participants=tuple(people), capabilities=caps)


def test_listen_only_needs_a_running_call_and_can_always_be_undone() -> None:
    assert evaluate(ActionKind.LISTEN_ONLY, _ctx()).reason == "No call is running"
    calling = room("mod", type=3, participant_type=1, has_call=True)
    assert evaluate(ActionKind.LISTEN_ONLY, _ctx(calling)).enabled
    after_the_call = room("mod", type=3, participant_type=1, default_permissions=135)
    verdict = evaluate(ActionKind.LISTEN_ONLY, _ctx(after_the_call))
    assert verdict.enabled and verdict.label == "Let Attendees &Speak Again"
    user = room("usr", type=3, participant_type=3, has_call=True)
    assert evaluate(ActionKind.LISTEN_ONLY, _ctx(user)).reason.startswith("Only moderators")
    assert "does not support" in evaluate(ActionKind.LISTEN_ONLY, _ctx(calling, caps=OLD)).reason
    breakout = room("br", type=2, participant_type=1, has_call=True, object_type="room")
    assert (
        evaluate(ActionKind.LISTEN_ONLY, _ctx(breakout)).reason == "Not possible in breakout rooms"
    )


def test_who_can_have_own_permissions() -> None:
    assert evaluate(ActionKind.PERMISSIONS, _ctx(people=[person(2), person(3)])).enabled
    moderator = person(4, participant_type=2, display_name="Mona")
    assert (
        "always has every permission"
        in evaluate(ActionKind.PERMISSIONS, _ctx(people=[moderator])).reason
    )
    group = person(5, actor_type="groups", display_name="Staff")
    assert "group or team" in evaluate(ActionKind.PERMISSIONS, _ctx(people=[group])).reason
    assert evaluate(ActionKind.ROOM_PERMISSIONS, _ctx()).enabled
    dm = room("dm", type=1, participant_type=1)
    assert (
        server_refusal(ActionKind.ROOM_PERMISSIONS, dm)
        == "Not possible in one-to-one conversations"
    )


def test_who_can_be_banned() -> None:
    guest = person(2, actor_type="guests", actor_id="abc", participant_type=4)
    assert evaluate(ActionKind.BAN, _ctx(people=[guest])).enabled
    assert evaluate(ActionKind.BAN, _ctx(people=[person(1)])).reason == "You cannot ban yourself"
    mod = person(3, participant_type=2, display_name="Mona")
    assert "demote them first" in evaluate(ActionKind.BAN, _ctx(people=[mod])).reason
    phone = person(4, actor_type="phones", display_name="+49 30")
    assert (
        "Only users, guests and e-mail guests"
        in evaluate(ActionKind.BAN, _ctx(people=[phone])).reason
    )
    assert (
        "one person at a time" in evaluate(ActionKind.BAN, _ctx(people=[guest, person(5)])).reason
    )
    assert (
        "does not support bans" in evaluate(ActionKind.BAN, _ctx(people=[guest], caps=OLD)).reason
    )
    assert evaluate(ActionKind.UNBAN, _ctx()).enabled
    assert evaluate(ActionKind.UNBAN, _ctx(room("u", participant_type=3))).reason.startswith(
        "Only moderators"
    )


# ----------------------------------------------------------------- operations


def test_operations_are_data_with_audit_words() -> None:
    r = room("abc", type=3)
    bob = person(7, display_name="Bob")
    op = perm_ops.set_permissions(r, bob, "set", 16 | 128)
    assert (op.kind, op.number("permissions"), op.detail) == (
        ActionKind.PERMISSIONS,
        145,
        "permissions: audio, chat for Bob",
    )
    assert perm_ops.set_permissions(r, bob, "set", 0).number("permissions") == 0
    assert perm_ops.set_permissions(r, bob, "set", 1).detail == "permissions: nothing for Bob"
    assert perm_ops.set_permissions(r, bob, "add", 16).detail == "give audio for Bob"
    with pytest.raises(ValueError):
        perm_ops.set_permissions(r, bob, "toggle", 16)
    on = perm_ops.listen_only(room("abc", type=3, has_call=True), True)
    assert on.number("permissions") == 135  # 246 without audio, video, screen; marked custom
    off = perm_ops.listen_only(room("abc", type=3, default_permissions=135), False)
    assert off.number("permissions") == 0  # back to Talk's built-in
    custom = perm_ops.listen_only(room("abc", type=3, default_permissions=129), False)
    assert custom.number("permissions") == 129 | 112
    with pytest.raises(ban_ops.NoteTooLong, match="4,001 bytes"):
        ban_ops.ban(r, bob, "x" * 4001)
    assert ban_ops.ban(r, bob, "é" * 2000).detail == "ban Bob (with a note)"


async def _ready(service: TalkService, demo_server: DemoServer) -> tuple[EventRoom, int]:
    webinar = await make_event_room(service, "Webinar", room_type=3)
    guest = add_guest(demo_server, webinar.token, "Heckler", in_call=7)
    return await refresh(service, webinar.room), guest


async def test_listen_only_then_one_speaker_then_back(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer, audit: AuditLog
) -> None:
    webinar, guest = await _ready(service, demo_server)
    alice = webinar.person("alice")
    await runner.run(perm_ops.set_permissions(webinar.room, webinar.person("bob"), "add", 8))

    outcome = await runner.run(perm_ops.listen_only(webinar.room, True))
    assert outcome.room is not None and perm_ops.room_listens_only(outcome.room)
    people = {p.attendee_id: p for p in await service.participants.list(webinar.token)}
    assert not people[alice.attendee_id].permissions & 112
    assert not people[guest].permissions & 112
    assert not people[guest].in_call & 2, "the guest's audio is cut at once"
    bob = people[webinar.person("bob").attendee_id]
    assert bob.permissions == 135 | 8, "Talk reset his own, but he stays let in past the lobby"

    await runner.run(perm_ops.set_permissions(outcome.room, alice, "add", 16))
    people = {p.attendee_id: p for p in await service.participants.list(webinar.token)}
    assert people[alice.attendee_id].permissions & 16 and not people[guest].permissions & 16

    back = await runner.run(perm_ops.listen_only(outcome.room, False))
    assert back.room is not None and back.room.default_permissions == 0
    assert not perm_ops.room_listens_only(back.room)
    people = {p.attendee_id: p for p in await service.participants.list(webinar.token)}
    assert people[bob.attendee_id].permissions == 246 | 8
    assert [e.action for e in audit.entries()] == [
        "permissions",
        "listen-only",
        "permissions",
        "listen-only",
    ]
    assert all(e.ok for e in audit.entries())


async def test_everyone_at_once_falls_back_to_each_person(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer, audit: AuditLog
) -> None:
    webinar, guest = await _ready(service, demo_server)
    outcome = await runner.run(perm_ops.set_everyone(webinar.room, "remove", 32 | 64))
    assert sorted(outcome.answer) == ["Alice", "Bob", "Heckler"]  # type: ignore[arg-type]
    people = await service.participants.list(webinar.token)
    for p in people:
        if not p.is_moderator:
            assert p.permissions == BUILT_IN_DEFAULT & ~96, p.title  # add/remove: no mark
    assert [(e.action, e.participant, e.detail) for e in audit.entries()] == [
        ("permissions", "everyone", "take away video, screen for everyone")
    ]


async def test_ban_removes_and_unban_lets_back(
    runner: ActionRunner, service: TalkService, demo_server: DemoServer, audit: AuditLog
) -> None:
    webinar, guest_id = await _ready(service, demo_server)
    people = {p.attendee_id: p for p in await service.participants.list(webinar.token)}
    outcome = await runner.run(ban_ops.ban(webinar.room, people[guest_id], "heckled twice"))
    after = {p.attendee_id for p in await service.participants.list(webinar.token)}
    assert guest_id not in after
    bans = await service.bans.list(webinar.token)
    assert [(b.title, b.internal_note) for b in bans] == [("Heckler", "heckled twice")]
    assert outcome.answer == bans[0]
    await runner.run(ban_ops.ban_actor(webinar.room, "users", "carol", ""))
    await runner.run(ban_ops.unban(webinar.room, bans[0]))
    assert [b.banned_actor_id for b in await service.bans.list(webinar.token)] == ["carol"]
    assert [(e.action, e.participant) for e in audit.entries()] == [
        ("ban", "Heckler"),
        ("ban", "users/carol"),
        ("unban", "Heckler"),
    ]
