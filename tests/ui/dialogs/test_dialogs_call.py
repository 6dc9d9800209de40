"""Call controls against the real demo server: join and leave as the moderator (the service
holds the session), end the call for everyone, ring, SIP dial-out; refusals in words."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import InCallFlag
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.call import (
    dial_out_dialog,
    end_call_dialog,
    join_call_dialog,
    leave_call_dialog,
    ring_dialog,
)
from tests.helpers.moderation import (
    EventRoom,
    accepted,
    add_guest,
    connect,
    opened,
    send,
    still_open_with_error,
)
from tests.ui.dialogs.conftest import ServiceFactory


async def _in_call(service: TalkService, token: str) -> dict[str, int]:
    return {p.actor_id: p.in_call for p in await service.participants.list(token)}


async def test_join_then_leave_call(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, join_call_dialog(runner, event.room))
    assert "Start one" in dialog.intro.text()
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert service.sessions.is_open(event.token)
    assert (await _in_call(service, event.token))[service.login] & InCallFlag.IN_CALL
    room = await service.rooms.get(event.token)
    assert room.has_call

    leave = leave_call_dialog(runner, room)
    qtbot.addWidget(leave)
    leave.show()
    await send(qtbot, leave)
    assert accepted(leave)
    assert not (await _in_call(service, event.token))[service.login] & InCallFlag.IN_CALL


async def test_end_call_for_everyone(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    demo_server: DemoServer,
    audit: AuditLog,
) -> None:
    connect(demo_server, event.token, "alice", in_call=7)
    connect(demo_server, event.token, "bob", in_call=3)
    room = await service.rooms.get(event.token)
    assert room.has_call
    dialog = opened(qtbot, end_call_dialog(runner, room))
    assert dialog.objectName() == "confirmDialog" and dialog.action_name == "end-call"
    assert dialog.warning.isVisible()
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert not (await service.rooms.get(event.token)).has_call
    assert not any(
        flags & InCallFlag.IN_CALL for flags in (await _in_call(service, event.token)).values()
    )
    assert audit.entries()[-1].detail == "end the call for everyone"


async def test_end_call_refused_for_plain_user(
    qtbot: QtBot,
    login_as: ServiceFactory,
    service: TalkService,
    event: EventRoom,
    demo_server: DemoServer,
) -> None:
    connect(demo_server, event.token, "alice", in_call=7)
    bob = await login_as("bob")
    dialog = opened(qtbot, end_call_dialog(ActionRunner(bob), await bob.rooms.get(event.token)))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "still running", "moderator rights")
    assert (await service.rooms.get(event.token)).has_call


async def test_join_call_refused_by_the_lobby(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService, event: EventRoom
) -> None:
    """412: the lobby is on and alice is not a moderator."""
    await service.webinar.set_lobby(event.token, True)
    alice = await login_as("alice")
    dialog = opened(qtbot, join_call_dialog(ActionRunner(alice), event.room))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "lobby")
    assert not (await service.rooms.get(event.token)).has_call


async def test_ring_participant(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    await service.calls.join(event.token)
    room = await service.rooms.get(event.token)
    dialog = opened(qtbot, ring_dialog(runner, room, event.person("alice")))
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert audit.entries()[-1].action == "ring" and audit.entries()[-1].ok


async def test_ring_without_running_call_refused(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = opened(qtbot, ring_dialog(runner, event.room, event.person("alice")))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "a call must be running")


async def test_ring_a_guest_refused(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    from tests.helpers.moderation import make_event_room

    event = await make_event_room(service, "Open house", room_type=3)
    guest_id = add_guest(demo_server, event.token, "Visitor")
    await service.calls.join(event.token)
    guest = next(
        p for p in await service.participants.list(event.token) if p.attendee_id == guest_id
    )
    dialog = opened(qtbot, ring_dialog(runner, await service.rooms.get(event.token), guest))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "Cannot ring Visitor")


async def test_dial_out_to_phone_participant(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    caps = await service.account.capabilities()
    assert caps.sip_dial_out
    await service.webinar.set_sip(event.token, 1)
    await service.participants.add(event.token, "+491701234567", "phones")
    phone = next(
        p for p in await service.participants.list(event.token) if p.actor_type == "phones"
    )
    await service.calls.join(event.token)
    dialog = opened(qtbot, dial_out_dialog(runner, await service.rooms.get(event.token), phone))
    await send(qtbot, dialog)
    assert accepted(dialog), dialog.error_text
    assert audit.entries()[-1].action == "dial-out"


async def test_dial_out_to_a_user_refused(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.calls.join(event.token)
    dialog = opened(
        qtbot, dial_out_dialog(runner, await service.rooms.get(event.token), event.person("bob"))
    )
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "not a phone participant")
