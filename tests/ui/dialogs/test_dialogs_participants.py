"""Participant dialogs against the real demo server: add (with autocomplete), remove people
and guests, promote, demote, let in past the lobby or send back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType, ParticipantType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.add_participant import AddParticipantDialog
from app.ui.dialogs.lobby_bypass import lobby_bypass_dialog
from app.ui.dialogs.remove_participant import remove_participant_dialog
from app.ui.dialogs.role import demote_dialog, promote_dialog
from tests.helpers.moderation import (
    EventRoom,
    accepted,
    add_guest,
    connect,
    make_event_room,
    opened,
    refresh,
    send,
    still_open_with_error,
)
from tests.helpers.waiting import wait_until
from tests.ui.dialogs.conftest import ServiceFactory


async def _types(service: TalkService, token: str) -> dict[str, int]:
    return {p.actor_id: p.participant_type for p in await service.participants.list(token)}


# ----------------------------------------------------------------------------- promote/demote


async def test_promote_then_demote(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, promote_dialog(runner, event.room, event.person("alice")))
    assert (
        dialog.objectName() == "confirmDialog" and dialog.property("moderationAction") == "promote"
    )
    assert not dialog.warning.isVisible()
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert (await _types(service, event.token))["alice"] == ParticipantType.MODERATOR

    event = await refresh(service, event.room)
    demote = demote_dialog(runner, event.room, event.person("alice"))
    qtbot.addWidget(demote)
    demote.show()
    await send(qtbot, demote)
    assert accepted(demote)
    assert (await _types(service, event.token))["alice"] == ParticipantType.USER
    entries = audit.entries()
    assert [(e.action, e.ok) for e in entries] == [("promote", True), ("demote", True)]
    assert entries[0].participant == event.person("alice").title
    assert entries[0].attendee_id == event.person("alice").attendee_id
    assert entries[0].account == service.login and entries[0].server == service.server_url


async def test_promote_refused_for_plain_user(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService
) -> None:
    """The moderator is only a plain member of alice's room: 403, said in words."""
    alice = await login_as("alice")
    room = await alice.rooms.create(ConversationType.GROUP, "Alice's club")
    for login in (service.login, "bob"):
        await alice.participants.add(room.token, login)
    mine = await service.rooms.get(room.token)
    people = {p.actor_id: p for p in await service.participants.list(room.token)}
    dialog = opened(qtbot, promote_dialog(ActionRunner(service), mine, people["bob"]))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "only moderators can promote")
    assert (await _types(alice, room.token))["bob"] == ParticipantType.USER


async def test_promote_gone_room(
    qtbot: QtBot,
    runner: ActionRunner,
    login_as: ServiceFactory,
    demo_server: DemoServer,
    event: EventRoom,
) -> None:
    other = await login_as(demo_server.moderator.login)
    await other.rooms.delete(event.token)
    dialog = opened(qtbot, promote_dialog(runner, event.room, event.person("bob")))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "not a participant")


async def test_demote_self_warns_first(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    me = event.person(service.login)
    dialog = opened(qtbot, demote_dialog(runner, event.room, me))
    assert dialog.warning.isVisible() and "This is you" in dialog.warning.text()
    await send(qtbot, dialog)  # the server refuses changing your own role
    assert still_open_with_error(dialog, "demote")
    assert (await _types(service, event.token))[service.login] == ParticipantType.OWNER


# ----------------------------------------------------------------------------- remove


async def test_remove_participant(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, remove_participant_dialog(runner, event.room, event.person("bob")))
    assert dialog.objectName() == "confirmDialog" and dialog.action_name == "remove"
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert "bob" not in await _types(service, event.token)
    assert audit.entries()[-1].action == "remove"


async def test_remove_guest(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Open house", room_type=ConversationType.PUBLIC)
    guest_id = add_guest(demo_server, event.token, "Heckler")
    people = {p.attendee_id: p for p in await service.participants.list(event.token)}
    guest = people[guest_id]
    assert guest.is_guest
    dialog = opened(qtbot, remove_participant_dialog(runner, event.room, guest))
    assert dialog.windowTitle() == "Remove guest"
    await send(qtbot, dialog)
    assert accepted(dialog)
    remaining = {p.attendee_id for p in await service.participants.list(event.token)}
    assert guest_id not in remaining


async def test_remove_self_warns_and_last_moderator_refused(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(
        qtbot, remove_participant_dialog(runner, event.room, event.person(service.login))
    )
    assert "This is you" in dialog.warning.text()
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "last moderator")
    assert service.login in await _types(service, event.token)


async def test_remove_cancel_sends_nothing(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, remove_participant_dialog(runner, event.room, event.person("bob")))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.sends == 0 and not dialog.isVisible()
    assert "bob" in await _types(service, event.token)
    assert audit.entries() == []


# ----------------------------------------------------------------------------- add


async def test_add_user_with_autocomplete(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    demo_server: DemoServer,
) -> None:
    candidates = [login for login in demo_server.users if login not in event.people]
    assert candidates, "the seed has users outside the event room"
    target = candidates[0]
    display = demo_server.users[target].display_name
    dialog = opened(qtbot, AddParticipantDialog(runner, event.room))
    dialog.who_edit.setFocus()
    qtbot.keyClicks(dialog.who_edit, display[:3])
    await wait_until(
        lambda: dialog.suggestions.rowCount() > 0 and dialog.lookups > 0,
        message="no suggestions arrived",
    )
    rows = [dialog.suggestions.item(r).text() for r in range(dialog.suggestions.rowCount())]
    row = next(i for i, text in enumerate(rows) if f"({target})" in text or text == target)
    dialog.pick_suggestion(row)
    assert dialog.who() == target and dialog.source() == "users"
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert target in await _types(service, event.token)


async def test_add_email_guest_switches_kind(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, AddParticipantDialog(runner, event.room))
    qtbot.keyClicks(dialog.who_edit, "speaker@example.org")
    assert dialog.source() == "emails"
    await send(qtbot, dialog)
    assert accepted(dialog)
    people = await service.participants.list(event.token)
    assert any(p.actor_type == "emails" for p in people)


async def test_add_unknown_user_refused(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, AddParticipantDialog(runner, event.room))
    qtbot.keyClicks(dialog.who_edit, "nobody-by-that-name")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "no such user")
    assert dialog.who() == "nobody-by-that-name"


async def test_add_to_one_to_one_refused(
    qtbot: QtBot, runner: ActionRunner, service: TalkService
) -> None:
    one_to_one = await service.rooms.create(ConversationType.ONE_TO_ONE, invite="alice")
    dialog = opened(qtbot, AddParticipantDialog(runner, one_to_one))
    qtbot.keyClicks(dialog.who_edit, "bob")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "one-to-one")


def test_add_bad_email_refused_locally(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = AddParticipantDialog(runner, event.room)
    qtbot.addWidget(dialog)
    dialog.set_source("emails")
    dialog.who_edit.setText("not-an-address")
    assert not dialog.send_button.isEnabled()
    dialog.send()
    assert "e-mail" in dialog.error_text and dialog.sends == 0


# ----------------------------------------------------------------------------- lobby bypass


async def test_let_in_past_the_lobby_and_back(
    qtbot: QtBot,
    runner: ActionRunner,
    service: TalkService,
    event: EventRoom,
    demo_server: DemoServer,
) -> None:
    await service.webinar.set_lobby(event.token, True)
    connect(demo_server, event.token, "alice")
    room = await service.rooms.get(event.token)
    alice = {p.actor_id: p for p in await service.participants.list(event.token)}["alice"]
    assert alice.waiting_in_lobby(room.lobby_enabled)
    dialog = opened(qtbot, lobby_bypass_dialog(runner, room, alice))
    assert dialog.send_button.text() == "Let in"
    await send(qtbot, dialog)
    assert accepted(dialog)
    alice = {p.actor_id: p for p in await service.participants.list(event.token)}["alice"]
    assert alice.ignores_lobby and not alice.waiting_in_lobby(True)

    back = lobby_bypass_dialog(runner, room, alice)
    qtbot.addWidget(back)
    back.show()
    assert back.send_button.text() == "Send back"
    await send(qtbot, back)
    alice = {p.actor_id: p for p in await service.participants.list(event.token)}["alice"]
    assert not alice.ignores_lobby and alice.waiting_in_lobby(True)


async def test_lobby_bypass_refused_for_plain_user(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService, event: EventRoom
) -> None:
    bob = await login_as("bob")
    dialog = lobby_bypass_dialog(
        ActionRunner(bob), await bob.rooms.get(event.token), event.person("alice"), allowed=True
    )
    qtbot.addWidget(dialog)
    dialog.show()
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "permissions")
    alice = {p.actor_id: p for p in await service.participants.list(event.token)}["alice"]
    assert not alice.ignores_lobby


async def test_add_group_picked_from_suggestions(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, AddParticipantDialog(runner, event.room))
    qtbot.keyClicks(dialog.who_edit, "Volunt")
    await wait_until(lambda: dialog.suggestions.rowCount() > 0, message="no suggestions")
    rows = [dialog.suggestions.item(r).text() for r in range(dialog.suggestions.rowCount())]
    dialog.pick_suggestion(next(i for i, text in enumerate(rows) if "Group" in text))
    assert dialog.who() == "volunteers" and dialog.source() == "groups"
    await send(qtbot, dialog)
    assert accepted(dialog)
    people = await service.participants.list(event.token)
    assert any(p.actor_type == "groups" and p.actor_id == "volunteers" for p in people)
    assert {"erin", "frank"} <= {p.actor_id for p in people}
