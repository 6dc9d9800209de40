"""``service.rooms`` and ``service.webinar`` against the demo server: success and every refusal.

Each refusal is checked for the exception class a caller branches on and for the sentence a
moderator reads (``str(error)``), because both are part of the service's contract.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.api import (
    BadRequest,
    Forbidden,
    NotConfigured,
    NotFound,
    TalkCapabilities,
    TalkService,
)
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall

UNKNOWN = "zzzzzzzz"


# ----------------------------------------------------------------- server


async def test_capabilities_typed_view(service: TalkService) -> None:
    caps = await service.account.capabilities()
    assert isinstance(caps, TalkCapabilities)
    assert caps.talk_installed and caps.supports_v4
    assert caps.lobby and caps.read_only_rooms and caps.ring and caps.silent_call
    assert caps.favorites and caps.notification_levels and caps.attendee_permissions
    assert caps.calls_enabled and caps.can_create and not caps.force_passwords
    assert caps.sip_dial_in and caps.sip_dial_out  # the demo server is started with sip=True
    assert caps.talk_version and caps.server_version
    assert await service.account.capabilities() is caps  # cached
    assert await service.account.capabilities(refresh=True) == caps


async def test_capabilities_without_sip(
    make_service: ServiceFactory, no_sip_server: DemoServer
) -> None:
    svc = await make_service(no_sip_server.moderator.login, server=no_sip_server)
    caps = await svc.account.capabilities()
    assert caps.talk_installed
    assert not caps.sip_dial_in and not caps.sip_dial_out


async def test_server_status(service: TalkService) -> None:
    status = await service.account.server_status()
    assert status.installed and not status.maintenance and not status.needs_db_upgrade
    assert status.version and status.productname


# ----------------------------------------------------------------- listing


async def test_list_rooms_full_and_modified_since(
    service: TalkService, demo_server: DemoServer
) -> None:
    first = await service.rooms.list()
    assert first.full and first.rooms
    assert first.modified_before is not None and first.talk_hash
    tokens = {room.token for room in first.rooms}
    assert len(tokens) == len(first.rooms)

    demo_server.state.clock_offset += 5  # a later second, without waiting for it
    created = await service.rooms.create(2, "Changed later")
    changed = await service.rooms.list(modified_since=first.modified_before)
    assert not changed.full
    assert [room.token for room in changed.rooms] == [created.token]
    assert changed.modified_before is not None
    assert changed.modified_before >= first.modified_before

    nothing = await service.rooms.list(modified_since=changed.modified_before + 3600)
    assert nothing.rooms == ()


async def test_deleted_room_disappears_from_the_full_list(service: TalkService) -> None:
    room = await service.rooms.create(2, "To be deleted")
    assert room.token in {r.token for r in (await service.rooms.list()).rooms}
    await service.rooms.delete(room.token)
    assert room.token not in {r.token for r in (await service.rooms.list()).rooms}
    with pytest.raises(NotFound) as caught:
        await service.rooms.get(room.token)
    assert str(caught.value) == (
        "Cannot open 'To be deleted': 'To be deleted' no longer exists, or you are no longer in it"
    )


async def test_get_room(service: TalkService, town_hall: TownHall) -> None:
    room = await service.rooms.get(town_hall.token)
    assert room.token == town_hall.token and room.title == "Town hall"
    assert room.is_moderator and room.is_group_like and not room.is_public


async def test_get_unknown_room(service: TalkService) -> None:
    with pytest.raises(NotFound) as caught:
        await service.rooms.get(UNKNOWN)
    assert caught.value.status == 404
    assert str(caught.value) == (
        f"Cannot open '{UNKNOWN}': '{UNKNOWN}' no longer exists, or you are no longer in it"
    )


# ----------------------------------------------------------------- create


async def test_create_group_public_and_one_to_one(service: TalkService) -> None:
    group = await service.rooms.create(2, "Board")
    assert (group.type, group.name, group.participant_type) == (2, "Board", 1)
    public = await service.rooms.create(3, "Open house", password="Long-Enough-Pass-2026")
    assert public.type == 3 and public.has_password
    one = await service.rooms.create(1, invite="carol")
    assert one.type == 1
    again = await service.rooms.create(1, invite="carol")
    assert again.token == one.token


async def test_create_with_invalid_type(service: TalkService) -> None:
    with pytest.raises(BadRequest) as caught:
        await service.rooms.create(9, "x")
    assert caught.value.reason == "type"
    assert str(caught.value) == "Cannot create the conversation: invalid conversation type"


async def test_create_one_to_one_with_unknown_user(service: TalkService) -> None:
    with pytest.raises(NotFound) as caught:
        await service.rooms.create(1, invite="nosuchuser")
    assert caught.value.reason == "invite"
    assert str(caught.value) == "Cannot create the conversation: nosuchuser does not exist"


# ----------------------------------------------------------------- rename, description, delete


async def test_rename(service: TalkService, town_hall: TownHall) -> None:
    room = await service.rooms.rename(town_hall.token, "Great hall")
    assert room is None or room.name == "Great hall"
    assert (await service.rooms.get(town_hall.token)).name == "Great hall"
    assert service.rooms.title(town_hall.token) == "Great hall"


@pytest.mark.parametrize("name", ["", "x" * 256])
async def test_rename_invalid_name(service: TalkService, town_hall: TownHall, name: str) -> None:
    with pytest.raises(BadRequest) as caught:
        await service.rooms.rename(town_hall.token, name)
    assert caught.value.reason == "value"
    assert str(caught.value) == "Cannot rename 'Town hall': the name must have 1 to 255 characters"


async def test_rename_one_to_one(service: TalkService) -> None:
    one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as caught:
        await service.rooms.rename(one.token, "nope")
    assert str(caught.value) == (
        f"Cannot rename '{one.title}': one-to-one conversations cannot be renamed"
    )


async def test_rename_as_non_moderator(alice: TalkService, town_hall: TownHall) -> None:
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as caught:
        await alice.rooms.rename(town_hall.token, "Mine")
    assert str(caught.value) == (
        "Cannot rename 'Town hall' to 'Mine': you are not allowed to "
        "(moderator rights are needed for this in 'Town hall')"
    )


async def test_rename_unknown_room(service: TalkService) -> None:
    with pytest.raises(NotFound):
        await service.rooms.rename(UNKNOWN, "x")


async def test_set_description(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_description(town_hall.token, "Monthly all-hands")
    assert (await service.rooms.get(town_hall.token)).description == "Monthly all-hands"
    with pytest.raises(BadRequest) as caught:
        await service.rooms.set_description(town_hall.token, "x" * 2001)
    assert str(caught.value) == "Cannot change the description of 'Town hall': it is too long"


async def test_set_description_as_non_moderator(alice: TalkService, town_hall: TownHall) -> None:
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden):
        await alice.rooms.set_description(town_hall.token, "mine")


async def test_delete_one_to_one_and_as_non_moderator(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    one = await service.rooms.create(1, invite="bob")
    with pytest.raises(BadRequest) as caught:
        await service.rooms.delete(one.token)
    assert str(caught.value) == (
        f"Cannot delete '{one.title}': one-to-one conversations cannot be deleted; "
        "leave them instead"
    )
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as forbidden:
        await alice.rooms.delete(town_hall.token)
    assert str(forbidden.value) == (
        "Cannot delete 'Town hall': you are not allowed to "
        "(moderator rights are needed for this in 'Town hall')"
    )
    with pytest.raises(NotFound):
        await service.rooms.delete(UNKNOWN)


# ----------------------------------------------------------------- guests, read-only, password


async def test_guests_allowed_round_trip(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_guests_allowed(town_hall.token, True)
    assert (await service.rooms.get(town_hall.token)).is_public
    await service.rooms.set_guests_allowed(town_hall.token, True)  # already public: still fine
    await service.rooms.set_guests_allowed(town_hall.token, False)
    assert not (await service.rooms.get(town_hall.token)).is_public


async def test_guests_allowed_with_password(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_guests_allowed(town_hall.token, True, password="Long-Enough-Pass-2026")
    room = await service.rooms.get(town_hall.token)
    assert room.is_public and room.has_password


async def test_guests_allowed_refusals(service: TalkService, town_hall: TownHall) -> None:
    one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as caught:
        await service.rooms.set_guests_allowed(one.token, True)
    assert str(caught.value) == (
        f"Cannot allow guests in '{one.title}': only group conversations can be opened to guests"
    )
    with pytest.raises(BadRequest) as private:
        await service.rooms.set_guests_allowed(one.token, False)
    assert (
        str(private.value) == f"Cannot disallow guests in '{one.title}': it does not allow guests"
    )
    # a group conversation already is private: like "public again" on the real server, a no-op
    await service.rooms.set_guests_allowed(town_hall.token, False)


async def test_read_only(service: TalkService, town_hall: TownHall, alice: TalkService) -> None:
    await service.rooms.set_read_only(town_hall.token, True)
    assert (await service.rooms.get(town_hall.token)).is_read_only
    await service.rooms.set_read_only(town_hall.token, False)
    assert not (await service.rooms.get(town_hall.token)).is_read_only
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as caught:
        await alice.rooms.set_read_only(town_hall.token, True)
    assert str(caught.value) == (
        "Cannot make 'Town hall' read-only: you are not allowed to "
        "(moderator rights are needed for this in 'Town hall')"
    )


async def test_read_only_one_to_one(service: TalkService) -> None:
    one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as caught:
        await service.rooms.set_read_only(one.token, True)
    assert str(caught.value) == (
        f"Cannot change read-only for '{one.title}': only group and public conversations "
        "can be read-only"
    )


async def test_password(service: TalkService) -> None:
    public = await service.rooms.create(3, "Open house")
    await service.rooms.set_password(public.token, "Long-Enough-Pass-2026")
    assert (await service.rooms.get(public.token)).has_password
    await service.rooms.set_password(public.token, "")
    assert not (await service.rooms.get(public.token)).has_password


async def test_password_refusals(service: TalkService, town_hall: TownHall) -> None:
    with pytest.raises(BadRequest) as not_public:
        await service.rooms.set_password(town_hall.token, "Long-Enough-Pass-2026")
    assert str(not_public.value) == (
        "Cannot set a password on 'Town hall': only conversations that allow guests can have "
        "one; allow guests first"
    )
    public = await service.rooms.create(3, "Open house")
    with pytest.raises(BadRequest) as weak:
        await service.rooms.set_password(public.token, "123")
    assert weak.value.reason == "value" and weak.value.server_message
    assert str(weak.value) == (
        f"Cannot set the password of 'Open house': {weak.value.server_message.rstrip('.')}"
    )


# ----------------------------------------------------------------- per-user settings


async def test_favorite(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_favorite(town_hall.token, True)
    assert (await service.rooms.get(town_hall.token)).is_favorite
    await service.rooms.set_favorite(town_hall.token, False)
    assert not (await service.rooms.get(town_hall.token)).is_favorite
    with pytest.raises(NotFound):
        await service.rooms.set_favorite(UNKNOWN, True)


async def test_notification_level(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_notification_level(town_hall.token, 3)
    assert (await service.rooms.get(town_hall.token)).notification_level == 3
    with pytest.raises(BadRequest) as caught:
        await service.rooms.set_notification_level(town_hall.token, 9)
    assert str(caught.value).endswith("the server does not know that notification level")
    with pytest.raises(NotFound):
        await service.rooms.set_notification_level(UNKNOWN, 1)


async def test_call_notifications(service: TalkService, town_hall: TownHall) -> None:
    await service.rooms.set_call_notifications(town_hall.token, False)
    assert (await service.rooms.get(town_hall.token)).notification_calls == 0
    await service.rooms.set_call_notifications(town_hall.token, True)
    assert (await service.rooms.get(town_hall.token)).notification_calls == 1
    with pytest.raises(NotFound):
        await service.rooms.set_call_notifications(UNKNOWN, True)


# ----------------------------------------------------------------- lobby, SIP


async def test_lobby_with_timer(
    service: TalkService, town_hall: TownHall, demo_server: DemoServer
) -> None:
    opens = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    await service.webinar.set_lobby(town_hall.token, True, opens)
    room = await service.rooms.get(town_hall.token)
    assert room.lobby_enabled and room.lobby_timer == int(opens.timestamp())
    demo_server.state.clock_offset += 3601  # the opening time passes
    assert not (await service.rooms.get(town_hall.token)).lobby_enabled


async def test_lobby_on_and_off(service: TalkService, town_hall: TownHall) -> None:
    await service.webinar.set_lobby(town_hall.token, True)
    room = await service.rooms.get(town_hall.token)
    assert room.lobby_enabled and room.lobby_timer == 0
    await service.webinar.set_lobby(town_hall.token, False)
    assert not (await service.rooms.get(town_hall.token)).lobby_enabled


async def test_lobby_timer_must_be_aware(service: TalkService, town_hall: TownHall) -> None:
    with pytest.raises(ValueError):
        await service.webinar.set_lobby(town_hall.token, True, datetime(2030, 1, 1, 9, 0))


async def test_lobby_refusals(
    service: TalkService, alice: TalkService, town_hall: TownHall
) -> None:
    one = await service.rooms.create(1, invite="alice")
    with pytest.raises(BadRequest) as caught:
        await service.webinar.set_lobby(one.token, True)
    assert str(caught.value) == (
        f"Cannot change the lobby of '{one.title}': only group and public conversations "
        "have a lobby"
    )
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden) as forbidden:
        await alice.webinar.set_lobby(town_hall.token, True)
    assert str(forbidden.value) == (
        "Cannot turn on the lobby of 'Town hall': you are not allowed to "
        "(moderator rights are needed for this in 'Town hall')"
    )


async def test_sip(service: TalkService, town_hall: TownHall) -> None:
    await service.webinar.set_sip(town_hall.token, 1)
    assert (await service.rooms.get(town_hall.token)).sip_enabled == 1
    await service.webinar.set_sip(town_hall.token, 2)
    assert (await service.rooms.get(town_hall.token)).sip_enabled == 2
    await service.webinar.set_sip(town_hall.token, 0)
    with pytest.raises(BadRequest) as unchanged:
        await service.webinar.set_sip(town_hall.token, 0)
    assert str(unchanged.value) == (
        "Cannot change SIP dial-in for 'Town hall': it is already in that state, or the "
        "conversation does not support it"
    )


async def test_sip_as_non_moderator(alice: TalkService, town_hall: TownHall) -> None:
    await alice.rooms.get(town_hall.token)
    with pytest.raises(Forbidden):
        await alice.webinar.set_sip(town_hall.token, 1)


async def test_sip_not_configured(make_service: ServiceFactory, no_sip_server: DemoServer) -> None:
    svc = await make_service(no_sip_server.moderator.login, server=no_sip_server)
    room = await svc.rooms.create(2, "No phones")
    with pytest.raises(NotConfigured) as caught:
        await svc.webinar.set_sip(room.token, 1)
    assert caught.value.status == 412 and caught.value.reason == "config"
    assert str(caught.value) == "SIP dial-in is not configured on this server"
