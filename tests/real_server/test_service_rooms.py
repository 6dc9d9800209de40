"""TalkService against the real server: conversations (create, list, read, change, delete).

Every Room the service returns is compared field by field with the raw JSON of the same answer;
every refusal must map onto the right ``TalkError`` subclass with a readable sentence.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from app.api import Room, TalkService
from app.api.errors import BadRequest, Forbidden, LobbyActive, NotConfigured, NotFound
from tests.helpers.real_server import RealServer
from tests.real_server.conftest import ServiceFactory, TappedFactory
from tests.real_server.wire import (
    ROOM_ABSENT,
    TapTransport,
    assert_all_decoded_strictly,
    assert_decoded_strictly,
    assert_readable,
)

pytestmark = pytest.mark.real_server

GOOD_PASSWORD = "Correct-Horse-42-battery"
WEAK_PASSWORD = "123"
UNKNOWN_TOKEN = "zzzzzzzz"


def strict_room(room: Room | None, tap: TapTransport, method: str, suffix: str) -> Room:
    """The room decoded from the last answer to ``method …suffix``, checked field by field."""
    assert room is not None, f"{method} …{suffix} answered no room"
    assert_decoded_strictly(room, tap.last(method, suffix).data, may_be_absent=ROOM_ABSENT)
    return room


async def test_create_group_public_and_password_rooms_decode_strictly(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    group = strict_room(await svc.rooms.create(2, room_name("group")), tap, "POST", "/room")
    cleanup_rooms.append(group.token)
    assert (group.type, group.participant_type, group.has_password) == (2, 1, False)
    assert group.is_moderator and group.can_delete_conversation
    public = strict_room(await svc.rooms.create(3, room_name("public")), tap, "POST", "/room")
    cleanup_rooms.append(public.token)
    assert public.is_public and not public.has_password
    locked = strict_room(
        await svc.rooms.create(3, room_name("locked"), password=GOOD_PASSWORD), tap, "POST", "/room"
    )
    cleanup_rooms.append(locked.token)
    assert locked.is_public and locked.has_password


async def leave_one_to_one(token: str, mine: TalkService, other: TalkService) -> None:
    """One-to-one rooms cannot be deleted; leaving one removes it for the other person too."""
    await mine.rooms.leave(token)
    with pytest.raises(NotFound):
        await other.rooms.get(token)


async def test_create_one_to_one_names_the_other_person(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = strict_room(await svc.rooms.create(1, invite="carol"), tap, "POST", "/room")
    try:
        assert (room.type, room.name, room.display_name, room.title) == (
            1,
            "carol",
            "Carol",
            "Carol",
        )
        with pytest.raises(BadRequest) as refused:
            await svc.rooms.delete(room.token)
        assert_readable(refused.value, mentions="'Carol'")
        with pytest.raises(BadRequest) as refused:
            await svc.rooms.rename(room.token, "x")
        assert_readable(refused.value)
    finally:
        await leave_one_to_one(room.token, svc, await real_service_for("carol"))


async def test_create_refusals(real_service: TalkService) -> None:
    with pytest.raises(BadRequest) as refused:
        await real_service.rooms.create(9, "bad type")
    assert_readable(refused.value)
    assert refused.value.reason == "type"
    with pytest.raises(NotFound) as missing:
        await real_service.rooms.create(1, invite="nobody-here")
    assert_readable(missing.value, mentions="nobody-here")
    with pytest.raises(BadRequest) as weak:
        await real_service.rooms.create(3, "weak", password=WEAK_PASSWORD)
    assert_readable(weak.value)
    assert weak.value.reason == "password"


async def test_list_rooms_decodes_strictly_and_tracks_changes(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    room = await svc.rooms.create(2, room_name("listed"))
    cleanup_rooms.append(room.token)
    full = await svc.rooms.list()
    answer = tap.last("GET", "/room")
    assert_all_decoded_strictly(full.rooms, answer.data, may_be_absent=ROOM_ABSENT)
    assert full.full and room.token in {r.token for r in full.rooms}
    assert full.modified_before is not None and abs(full.modified_before - time.time()) < 120
    assert full.talk_hash and len(full.talk_hash) == 40
    # a delta leaves out what did not change since (an older room), and brings a rename
    older = await svc.rooms.create(2, room_name("older"))
    cleanup_rooms.append(older.token)
    since = (await svc.rooms.list()).modified_before
    assert since is not None
    while int(time.time()) <= since:  # Talk compares whole seconds
        await svc.account.server_status()
    await svc.rooms.rename(room.token, room_name("renamed"))
    delta = await svc.rooms.list(modified_since=since)
    assert not delta.full
    assert_all_decoded_strictly(
        delta.rooms, tap.last("GET", "/room").data, may_be_absent=ROOM_ABSENT
    )
    assert [r.title for r in delta.rooms if r.token == room.token] == [svc.rooms.title(room.token)]
    assert {r.token for r in delta.rooms} <= {r.token for r in full.rooms} | {older.token}
    assert delta.talk_hash == full.talk_hash


def set_user_status(server: RealServer, login: str, status: str, message: str | None) -> None:
    """Give ``login`` a user status (Talk lists one only for users who have one).

    ``message=None`` clears the custom message; with ``"offline"`` that is how a user who never
    signed in looks, so the shared server is left as found.
    """
    user = server.users[login]
    base = f"{server.url}/ocs/v2.php/apps/user_status/api/v1/user_status"
    with httpx.Client(
        auth=(user.login, user.app_password),
        timeout=30,
        headers={"OCS-APIRequest": "true", "Accept": "application/json"},
    ) as web:
        web.put(f"{base}/status", json={"statusType": status}).raise_for_status()
        if message is None:
            web.delete(f"{base}/message").raise_for_status()
        else:
            web.put(f"{base}/message/custom", json={"message": message}).raise_for_status()


async def test_list_rooms_with_status_carries_the_one_to_one_status(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    real_server: RealServer,
) -> None:
    set_user_status(real_server, "dave", "dnd", "Moderating elsewhere")
    svc, tap = await tapped_service_for("moderator1")
    direct = await svc.rooms.create(1, invite="dave")
    try:
        listed = await svc.rooms.list(include_status=True)
        raws = tap.last("GET", "/room").data
        group_like = [(r, w) for r, w in zip(listed.rooms, raws, strict=True) if r.type != 1]
        assert_all_decoded_strictly(
            [r for r, _ in group_like], [w for _, w in group_like], may_be_absent=ROOM_ABSENT
        )
        [(mine, wire)] = [
            (r, w) for r, w in zip(listed.rooms, raws, strict=True) if r.token == direct.token
        ]
        assert_decoded_strictly(mine, wire, may_be_absent=("remoteServer",))
        assert (mine.status, mine.status_message) == ("dnd", "Moderating elsewhere")
        single = await svc.rooms.get(direct.token)  # one room: its status always comes along
        assert_decoded_strictly(
            single, tap.last("GET", f"/room/{direct.token}").data, may_be_absent=("remoteServer",)
        )
        assert single.status == "dnd"
    finally:
        await leave_one_to_one(direct.token, svc, await real_service_for("dave"))
        set_user_status(real_server, "dave", "offline", None)


async def test_get_room_and_its_refusals(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("read"))
    cleanup_rooms.append(made.token)
    room = strict_room(await svc.rooms.get(made.token), tap, "GET", f"/room/{made.token}")
    assert room.token == made.token and room.title == made.title
    with pytest.raises(NotFound) as missing:
        await svc.rooms.get(UNKNOWN_TOKEN)
    assert_readable(missing.value)
    alice = await real_service_for("alice")
    with pytest.raises(NotFound) as outsider:  # not a participant: Talk says 404, not 403
        await alice.rooms.get(made.token)
    assert_readable(outsider.value)


async def test_rename_describe_and_delete(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("edit"))
    cleanup_rooms.append(made.token)
    new_name = room_name("new name")
    renamed = strict_room(
        await svc.rooms.rename(made.token, new_name), tap, "PUT", f"/room/{made.token}"
    )
    assert renamed.name == new_name == svc.rooms.title(made.token)
    described = strict_room(
        await svc.rooms.set_description(made.token, "Agenda: one"), tap, "PUT", "/description"
    )
    assert described.description == "Agenda: one"
    with pytest.raises(BadRequest) as empty:
        await svc.rooms.rename(made.token, "")
    assert_readable(empty.value, mentions=new_name)
    with pytest.raises(BadRequest) as long_text:
        await svc.rooms.set_description(made.token, "x" * 2001)
    assert_readable(long_text.value)

    await svc.participants.add(made.token, "alice")
    alice = await real_service_for("alice")
    await alice.rooms.get(made.token)  # alice now knows the title, so messages use it
    for attempt in (
        alice.rooms.rename(made.token, "x"),
        alice.rooms.set_description(made.token, "x"),
        alice.rooms.delete(made.token),
    ):
        with pytest.raises(Forbidden) as refused:
            await attempt
        assert_readable(refused.value, mentions=new_name)

    await svc.rooms.delete(made.token)
    with pytest.raises(NotFound):
        await svc.rooms.get(made.token)
    with pytest.raises(NotFound) as gone:
        await svc.rooms.delete(made.token)
    assert_readable(gone.value)


async def test_guests_allowed_with_and_without_password(
    tapped_service_for: TappedFactory, room_name: Callable[[str], str], cleanup_rooms: list[str]
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("guests"))
    cleanup_rooms.append(made.token)
    suffix = f"/room/{made.token}/public"
    with pytest.raises(BadRequest) as weak:
        await svc.rooms.set_guests_allowed(made.token, True, password=WEAK_PASSWORD)
    assert_readable(weak.value, mentions=made.title)
    assert weak.value.reason == "password"
    assert not (await svc.rooms.get(made.token)).is_public  # refused means not opened
    # Talk answers this POST with the room before the password was stored; the service reads
    # the room back, so what it returns is the GET's answer
    opened = strict_room(
        await svc.rooms.set_guests_allowed(made.token, True, password=GOOD_PASSWORD),
        tap,
        "GET",
        f"/room/{made.token}",
    )
    assert opened.is_public and opened.has_password
    assert tap.last("POST", suffix).data["hasPassword"] is False
    closed = strict_room(
        await svc.rooms.set_guests_allowed(made.token, False), tap, "DELETE", suffix
    )
    assert not closed.is_public
    again = await svc.rooms.set_guests_allowed(made.token, False)  # already private: no error
    assert again is not None and not again.is_public
    plain = strict_room(await svc.rooms.set_guests_allowed(made.token, True), tap, "POST", suffix)
    assert plain.is_public


async def test_read_only_password_favorite_and_notifications(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("settings"))
    cleanup_rooms.append(made.token)
    on = strict_room(await svc.rooms.set_read_only(made.token, True), tap, "PUT", "/read-only")
    assert on.is_read_only
    off = strict_room(await svc.rooms.set_read_only(made.token, False), tap, "PUT", "/read-only")
    assert not off.is_read_only

    with pytest.raises(BadRequest) as private:  # a password needs guest access first
        await svc.rooms.set_password(made.token, GOOD_PASSWORD)
    assert_readable(private.value, mentions=made.title)
    assert private.value.reason == "type"
    await svc.rooms.set_guests_allowed(made.token, True)
    with pytest.raises(BadRequest) as weak:
        await svc.rooms.set_password(made.token, WEAK_PASSWORD)
    assert_readable(weak.value, mentions=made.title)
    assert weak.value.server_message and "characters" in weak.value.server_message
    locked = strict_room(
        await svc.rooms.set_password(made.token, GOOD_PASSWORD), tap, "PUT", "/password"
    )
    assert locked.has_password
    unlocked = strict_room(await svc.rooms.set_password(made.token, ""), tap, "PUT", "/password")
    assert not unlocked.has_password

    await svc.rooms.set_favorite(made.token, True)
    assert (await svc.rooms.get(made.token)).is_favorite
    await svc.rooms.set_favorite(made.token, False)
    assert not (await svc.rooms.get(made.token)).is_favorite
    await svc.rooms.set_notification_level(made.token, 3)
    await svc.rooms.set_call_notifications(made.token, False)
    room = await svc.rooms.get(made.token)
    assert (room.notification_level, room.notification_calls) == (3, 0)
    await svc.rooms.set_call_notifications(made.token, True)
    assert (await svc.rooms.get(made.token)).notification_calls == 1
    with pytest.raises(BadRequest) as level:
        await svc.rooms.set_notification_level(made.token, 9)
    assert_readable(level.value)
    with pytest.raises(NotFound) as unknown:
        await svc.rooms.set_favorite(UNKNOWN_TOKEN, True)
    assert_readable(unknown.value)

    await svc.participants.add(made.token, "alice")
    alice = await real_service_for("alice")
    await alice.rooms.get(made.token)
    with pytest.raises(Forbidden) as refused:
        await alice.rooms.set_read_only(made.token, True)
    assert_readable(refused.value, mentions=made.title)


async def test_lobby_with_timer_holds_back_non_moderators(
    tapped_service_for: TappedFactory,
    real_service_for: ServiceFactory,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    svc, tap = await tapped_service_for("moderator1")
    made = await svc.rooms.create(2, room_name("lobby"))
    cleanup_rooms.append(made.token)
    await svc.participants.add(made.token, "alice")
    opens_at = int(time.time()) + 3600
    closed = strict_room(
        await svc.webinar.set_lobby(made.token, True, opens_at), tap, "PUT", "/webinar/lobby"
    )
    assert (closed.lobby_enabled, closed.lobby_timer) == (True, opens_at)

    alice = await real_service_for("alice")
    seen = await alice.rooms.get(made.token)  # the room itself stays readable
    assert (seen.lobby_state, seen.lobby_timer) == (1, opens_at)
    with pytest.raises(LobbyActive) as held:
        await alice.participants.list(made.token)
    assert_readable(held.value, mentions=made.title)
    with pytest.raises(Forbidden) as refused:
        await alice.webinar.set_lobby(made.token, False)
    assert_readable(refused.value, mentions=made.title)

    opened = strict_room(
        await svc.webinar.set_lobby(made.token, False), tap, "PUT", "/webinar/lobby"
    )
    assert (opened.lobby_enabled, opened.lobby_timer) == (False, 0)
    assert await alice.participants.list(made.token)
    # an aware datetime is sent as its Unix time; a naive one is refused before sending
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    dated = await svc.webinar.set_lobby(made.token, True, when)
    assert dated is not None and dated.lobby_timer == int(when.timestamp())
    with pytest.raises(ValueError):
        await svc.webinar.set_lobby(made.token, True, datetime.now())


async def test_sip_dial_in_is_not_configured(
    real_service_for: ServiceFactory,
    real_service: TalkService,
    room_name: Callable[[str], str],
    cleanup_rooms: list[str],
) -> None:
    made = await real_service.rooms.create(2, room_name("sip"))
    cleanup_rooms.append(made.token)
    for state in (1, 2, 0):
        with pytest.raises(NotConfigured) as missing:
            await real_service.webinar.set_sip(made.token, state)
        assert_readable(missing.value)
        assert (missing.value.status, missing.value.reason) == (412, "config")
    await real_service.participants.add(made.token, "alice")
    alice = await real_service_for("alice")
    with pytest.raises(Forbidden):  # the moderator check comes before the configuration
        await alice.webinar.set_sip(made.token, 1)
