"""Conversation dialogs against the real demo server: lobby, password, rename, delete,
read-only, guests, SIP. Each: success changes the server, refusals are shown in words with the
input kept, Cancel sends nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.moderation.countdown import opens_in
from app.ui.dialogs.delete import DeleteDialog
from app.ui.dialogs.guests import guests_dialog
from app.ui.dialogs.lobby import LobbyDialog
from app.ui.dialogs.password import PasswordDialog
from app.ui.dialogs.read_only import read_only_dialog
from app.ui.dialogs.rename import RenameDialog
from app.ui.dialogs.sip import SipDialog
from tests.helpers.moderation import EventRoom, accepted, opened, send, still_open_with_error
from tests.ui.dialogs.conftest import ServiceFactory

# ----------------------------------------------------------------------------- lobby


async def test_lobby_with_opening_time(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, LobbyDialog(runner, event.room))
    assert dialog.objectName() == "lobbyDialog"
    assert dialog.enabled_check.isChecked()  # lobby is off: the dialog proposes turning it on
    opens = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=15)
    dialog.set_opens_at(opens)
    assert dialog.countdown.text() in ("opens in 14 min", "opens in 15 min")
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert room.lobby_enabled and room.lobby_timer == int(opens.timestamp())
    entry = audit.entries()[-1]
    assert entry.action == "lobby" and entry.ok and entry.room == "Town hall"
    assert entry.detail.startswith("lobby on, opens ")


async def test_lobby_off_again(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.webinar.set_lobby(event.token, True)
    dialog = opened(qtbot, LobbyDialog(runner, await service.rooms.get(event.token)))
    assert not dialog.enabled_check.isChecked()
    assert dialog.countdown.text() == "Everyone can enter"
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert not (await service.rooms.get(event.token)).lobby_enabled


def test_lobby_time_in_the_past_is_refused_locally(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = LobbyDialog(runner, event.room)
    qtbot.addWidget(dialog)
    dialog.set_opens_at(datetime.now(UTC) - timedelta(minutes=5))
    assert not dialog.send_button.isEnabled()
    assert dialog.countdown.text() == "opening now"
    dialog.send()
    assert "past" in dialog.error_text and dialog.sends == 0


async def test_lobby_refused_on_one_to_one(
    qtbot: QtBot, runner: ActionRunner, service: TalkService
) -> None:
    one_to_one = await service.rooms.create(ConversationType.ONE_TO_ONE, invite="alice")
    dialog = opened(qtbot, LobbyDialog(runner, one_to_one))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "only group and public conversations have a lobby")
    assert dialog.enabled_check.isChecked()


async def test_lobby_refused_for_non_moderator(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService, audit: AuditLog
) -> None:
    alice = await login_as("alice")
    room = await service.rooms.create(2, "Moderators only")
    await service.participants.add(room.token, "alice")
    dialog = opened(
        qtbot, LobbyDialog(ActionRunner(alice, audit), await alice.rooms.get(room.token))
    )
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "not allowed")
    assert not (await service.rooms.get(room.token)).lobby_enabled
    assert audit.entries()[-1].ok is False
    assert audit.entries()[-1].account == "alice"


async def test_lobby_cancel_sends_nothing(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, LobbyDialog(runner, event.room))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.sends == 0
    assert not (await service.rooms.get(event.token)).lobby_enabled
    assert audit.entries() == []


def test_countdown_words() -> None:
    now = 1_000_000.0
    assert opens_in(0, now) == ""
    assert opens_in(int(now) + 14 * 60, now) == "opens in 14 min"
    assert opens_in(int(now) + 13 * 60 + 1, now) == "opens in 14 min"
    assert opens_in(int(now) + 45, now) == "opens in 45 s"
    assert opens_in(int(now) + 125 * 60, now) == "opens in 2 h 5 min"
    assert opens_in(int(now) + 3 * 86400, now) == "opens in 3 days"
    assert opens_in(int(now) - 5, now) == "opening now"


# ----------------------------------------------------------------------------- password


async def _public_room(service: TalkService, name: str = "Open house") -> EventRoom:
    from tests.helpers.moderation import make_event_room

    return await make_event_room(service, name, room_type=ConversationType.PUBLIC)


async def test_password_set_change_remove(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, audit: AuditLog
) -> None:
    event = await _public_room(service)
    secret = "Correct-Horse-42"
    dialog = opened(qtbot, PasswordDialog(runner, event.room))
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.password_edit, secret)
    qtbot.keyClicks(dialog.confirm_edit, secret)
    dialog.show_toggle.setChecked(True)
    assert dialog.confirm_edit.echoMode() == QLineEdit.EchoMode.Normal
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert room.has_password

    remove = PasswordDialog(runner, room)
    qtbot.addWidget(remove)
    remove.show()
    remove.remove_check.setChecked(True)
    assert remove.send_button.text() == "Remove password"
    await send(qtbot, remove)
    assert accepted(remove)
    assert not (await service.rooms.get(event.token)).has_password
    details = [e.detail for e in audit.entries()]
    assert details == ["password set", "password removed"]
    assert secret not in audit.path.read_text(encoding="utf-8")


def test_password_mismatch_is_caught_locally(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = PasswordDialog(runner, event.room)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password_edit, "Correct-Horse-42")
    qtbot.keyClicks(dialog.confirm_edit, "Correct-Horse-43")
    assert "do not match" in dialog.error_text
    assert not dialog.send_button.isEnabled()
    dialog.send()
    assert dialog.sends == 0


async def test_password_policy_message_shown_inline(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, audit: AuditLog
) -> None:
    event = await _public_room(service)
    dialog = opened(qtbot, PasswordDialog(runner, event.room))
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.confirm_edit, "short")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "at least 10 characters")
    assert dialog.password_edit.text() == "short" and dialog.confirm_edit.text() == "short"
    assert not (await service.rooms.get(event.token)).has_password
    text = audit.path.read_text(encoding="utf-8")
    assert '"password set"' in text and '"short"' not in text


async def test_password_refused_on_group_room(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = opened(qtbot, PasswordDialog(runner, event.room))
    assert "does not allow guests" in dialog.warning.text()
    qtbot.keyClicks(dialog.password_edit, "Correct-Horse-42")
    qtbot.keyClicks(dialog.confirm_edit, "Correct-Horse-42")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "allow guests first")


# ----------------------------------------------------------------------------- rename


async def test_rename(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, RenameDialog(runner, event.room))
    assert not dialog.send_button.isEnabled()  # unchanged name
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "  Town hall 2026 ")
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert (await service.rooms.get(event.token)).name == "Town hall 2026"
    assert audit.entries()[-1].detail == "rename 'Town hall' to 'Town hall 2026'"


async def test_rename_gone_room(
    qtbot: QtBot,
    runner: ActionRunner,
    login_as: ServiceFactory,
    event: EventRoom,
    demo_server: DemoServer,
) -> None:
    second = await login_as(demo_server.moderator.login)
    await second.rooms.delete(event.token)
    dialog = opened(qtbot, RenameDialog(runner, event.room))
    dialog.name_edit.setText("Still here?")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "no longer exists")
    assert dialog.name_edit.text() == "Still here?"


def test_rename_too_long_refused_locally(
    qtbot: QtBot, runner: ActionRunner, event: EventRoom
) -> None:
    dialog = RenameDialog(runner, event.room)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("x" * 256)
    dialog.send()
    assert "too long" in dialog.error_text and dialog.sends == 0


# ----------------------------------------------------------------------------- delete


async def test_delete_needs_the_typed_name(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, DeleteDialog(runner, event.room))
    qtbot.keyClicks(dialog.confirm_edit, "Town hal")
    assert not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.sends == 0
    qtbot.keyClicks(dialog.confirm_edit, "l")
    await send(qtbot, dialog)
    assert accepted(dialog)
    tokens = {room.token for room in (await service.rooms.list()).rooms}
    assert event.token not in tokens


async def test_delete_refused_for_non_moderator(
    qtbot: QtBot, login_as: ServiceFactory, service: TalkService, event: EventRoom
) -> None:
    alice = await login_as("alice")
    dialog = opened(qtbot, DeleteDialog(ActionRunner(alice), await alice.rooms.get(event.token)))
    qtbot.keyClicks(dialog.confirm_edit, "Town hall")
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "Town hall")
    assert dialog.confirm_edit.text() == "Town hall"
    assert (await service.rooms.get(event.token)).token == event.token


# ----------------------------------------------------------------------------- read-only


async def test_read_only_on_and_off(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, read_only_dialog(runner, event.room))
    assert dialog.objectName() == "readOnlyDialog" and dialog.check.isChecked()
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert room.is_read_only
    back = read_only_dialog(runner, room)
    qtbot.addWidget(back)
    back.show()
    assert not back.check.isChecked()
    await send(qtbot, back)
    assert not (await service.rooms.get(event.token)).is_read_only


async def test_read_only_refused_on_one_to_one(
    qtbot: QtBot, runner: ActionRunner, service: TalkService
) -> None:
    one_to_one = await service.rooms.create(ConversationType.ONE_TO_ONE, invite="bob")
    dialog = opened(qtbot, read_only_dialog(runner, one_to_one))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "only group and public")
    assert dialog.check.isChecked()


async def test_read_only_cancel_sends_nothing(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, read_only_dialog(runner, event.room))
    dialog.reject()
    assert dialog.sends == 0
    assert not (await service.rooms.get(event.token)).is_read_only


# ----------------------------------------------------------------------------- guests


async def test_guests_allowed_then_not(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    dialog = opened(qtbot, guests_dialog(runner, event.room))
    assert dialog.check.objectName() == "guestsAllowedCheck"
    await send(qtbot, dialog)
    room = await service.rooms.get(event.token)
    assert room.is_public
    back = guests_dialog(runner, room)
    qtbot.addWidget(back)
    back.show()
    await send(qtbot, back)
    assert accepted(back)
    assert not (await service.rooms.get(event.token)).is_public


async def test_guests_refused_when_room_is_gone(
    qtbot: QtBot,
    runner: ActionRunner,
    login_as: ServiceFactory,
    event: EventRoom,
    demo_server: DemoServer,
) -> None:
    other = await login_as(demo_server.moderator.login)
    await other.rooms.delete(event.token)
    dialog = opened(qtbot, guests_dialog(runner, event.room))
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "no longer exists")


# ----------------------------------------------------------------------------- SIP


async def test_sip_dial_in_on(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    caps = await service.account.capabilities()
    assert caps.sip_dial_in  # the demo server has SIP configured
    dialog = opened(qtbot, SipDialog(runner, event.room))
    assert not dialog.send_button.isEnabled()  # unchanged
    dialog.set_state(1)
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert (await service.rooms.get(event.token)).sip_enabled == 1


async def test_sip_refused_for_non_moderator(
    qtbot: QtBot, login_as: ServiceFactory, event: EventRoom, service: TalkService
) -> None:
    bob = await login_as("bob")
    dialog = opened(qtbot, SipDialog(ActionRunner(bob), await bob.rooms.get(event.token)))
    dialog.set_state(1)
    await send(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_text
    assert (await service.rooms.get(event.token)).sip_enabled == 0


async def test_double_click_sends_once(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, RenameDialog(runner, event.room))
    dialog.name_edit.setText("Renamed")
    qtbot.mouseDClick(dialog.send_button, Qt.MouseButton.LeftButton)
    dialog.send()
    assert dialog.sends == 1 and not dialog.send_button.isEnabled()
    assert dialog.progress.isVisible() and not dialog.cancel_button.isEnabled()
    dialog.reject()  # cannot be dismissed while the answer is coming
    assert dialog.isVisible()
    await dialog.wait_sent()
    assert accepted(dialog)
    assert (await service.rooms.get(event.token)).name == "Renamed"
    assert [e.action for e in audit.entries()] == ["rename"]


async def test_dialog_deleted_while_in_flight(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    """The main window closing under a dialog: the answer still lands in the audit log."""
    dialog = RenameDialog(runner, event.room)
    dialog.show()
    dialog.name_edit.setText("Renamed late")
    dialog.send()
    task = dialog._task
    assert task is not None
    shiboken6.delete(dialog)
    await task  # finishes without touching the deleted widgets
    assert (await service.rooms.get(event.token)).name == "Renamed late"
    assert [e.action for e in audit.entries()] == ["rename"]
