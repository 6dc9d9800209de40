"""The permissions, listen-only, ban and ban-list dialogs against the demo server: what they
show now, what they send, and that a refusal leaves them open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from app.ui.dialogs.bans import BanDialog, BanListDialog
from app.ui.dialogs.bulk_result import BulkResultDialog
from app.ui.dialogs.listen_only import listen_only_dialog
from app.ui.dialogs.permissions import (
    BulkPermissionsDialog,
    PersonPermissionsDialog,
    RoomPermissionsDialog,
)
from app.ui.dialogs.remove_participant import remove_participant_dialog
from tests.helpers.markup import HOSTILE_GUEST, assert_plain, labels_showing
from tests.helpers.moderation import (
    EventRoom,
    accepted,
    add_guest,
    make_event_room,
    opened,
    refresh,
    send,
    still_open_with_error,
)
from tests.helpers.waiting import wait_until

AUDIO, VIDEO, LOBBY = 16, 32, 8


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a checkbox where a user would: on its box (its far right is no click target)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


async def _perms(service: TalkService, token: str) -> dict[str, int]:
    return {p.actor_id: p.permissions for p in await service.participants.list(token)}


# ----------------------------------------------------------------- permissions


async def test_one_persons_permissions_show_what_they_have_and_set_exactly_the_boxes(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    bob = event.person("bob")
    dialog = opened(qtbot, PersonPermissionsDialog(runner, event.room, bob))
    assert dialog.objectName() == "permissionsDialog"
    now = dialog.current.item(0, 1).text()
    assert now == "start call, join call, audio, video, screen, chat (the conversation's)"
    audio = dialog.rights.check("audio")
    assert audio.objectName() == "permissionAudioCheck" and audio.isChecked()
    assert not dialog.rights.check("lobby-ignore").isChecked()
    assert not dialog.send_button.isEnabled(), "nothing changed yet"
    tick(qtbot, audio)
    tick(qtbot, dialog.rights.check("video"))
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert (await _perms(service, event.token))["bob"] == (246 & ~(AUDIO | VIDEO)) | 1
    assert audit.entries()[-1].detail == "permissions: start call, join call, screen, chat for Bob"

    # nothing checked means nothing, not "the default"; the default is a box of its own
    bob = (await refresh(service, event.room)).person("bob")
    dialog = opened(qtbot, PersonPermissionsDialog(runner, event.room, bob))
    assert "(their own)" in dialog.current.item(0, 1).text()
    for check in dialog.rights.checks.values():
        check.setChecked(False)
    await send(qtbot, dialog)
    assert (await _perms(service, event.token))["bob"] == 1
    bob = (await refresh(service, event.room)).person("bob")
    dialog = opened(qtbot, PersonPermissionsDialog(runner, event.room, bob))
    tick(qtbot, dialog.default_check)
    assert not dialog.rights.isEnabled()
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert (await _perms(service, event.token))["bob"] == 246


async def test_a_refused_change_keeps_the_dialog_and_the_boxes(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    bob = event.person("bob")
    dialog = opened(qtbot, PersonPermissionsDialog(runner, event.room, bob))
    tick(qtbot, dialog.rights.check("screen"))
    await service.participants.promote(event.token, bob.attendee_id)  # meanwhile, elsewhere
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "always have every permission")
    assert not dialog.rights.check("screen").isChecked()


async def test_several_people_half_checked_boxes_stay_and_settled_ones_change(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.participants.set_permissions(
        event.token, event.person("alice").attendee_id, "add", LOBBY
    )
    now = await refresh(service, event.room)
    people = [now.person("alice"), now.person("bob")]
    chooser = opened(qtbot, BulkPermissionsDialog(now.room, people))
    lobby = chooser.rights.check("lobby-ignore")
    assert lobby.checkState() == Qt.CheckState.PartiallyChecked
    assert not chooser.next_button.isEnabled()
    chosen: list[object] = []
    chooser.chosen.connect(chosen.extend)
    tick(qtbot, chooser.rights.check("video"))  # off for both
    qtbot.mouseClick(chooser.next_button, Qt.MouseButton.LeftButton)
    assert len(chosen) == 2 and accepted(chooser)
    bulk = opened(qtbot, BulkResultDialog(runner, chosen, title="Permissions"))  # type: ignore[arg-type]
    qtbot.mouseClick(bulk.start_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: bulk.outcome is not None)
    perms = await _perms(service, event.token)
    assert perms["alice"] == (254 & ~VIDEO) | 1, "her lobby right stayed"
    assert perms["bob"] == (246 & ~VIDEO) | 1


async def test_the_conversations_permissions_name_whose_own_are_reset(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    await service.participants.set_permissions(
        event.token, event.person("alice").attendee_id, "add", LOBBY
    )
    now = await refresh(service, event.room)
    dialog = opened(qtbot, RoomPermissionsDialog(runner, now.room, list(now.people.values())))
    assert "Now: Talk's built-in ones" in dialog.intro.text()
    assert dialog.warning.text().startswith("Alice has permissions of their own")
    tick(qtbot, dialog.rights.check("screen"))
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert room.default_permissions == (246 & ~64) | 1
    assert await _perms(service, event.token) == {
        service.login: 254,
        "alice": (246 & ~64) | 1,
        "bob": (246 & ~64) | 1,
    }
    dialog = opened(qtbot, RoomPermissionsDialog(runner, room))
    tick(qtbot, dialog.built_in_check)
    await send(qtbot, dialog)
    assert (await service.rooms.get(event.token)).default_permissions == 0


async def test_listen_only_proposes_the_opposite_of_now(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Keynote", room_type=ConversationType.PUBLIC)
    add_guest(demo_server, event.token, "Viewer", in_call=7)
    room = await service.rooms.get(event.token)
    dialog = opened(qtbot, listen_only_dialog(runner, room))
    assert dialog.send_button.text() == "Listen Only" and "reset" in dialog.intro.text()
    await send(qtbot, dialog)
    assert accepted(dialog)
    room = await service.rooms.get(event.token)
    assert room.default_permissions == 135
    again = opened(qtbot, listen_only_dialog(runner, room))
    assert again.send_button.text() == "Let Them Speak"
    await send(qtbot, again)
    assert (await service.rooms.get(event.token)).default_permissions == 0


# ----------------------------------------------------------------- bans


async def test_ban_a_guest_with_a_note_the_counter_counts_bytes(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Webinar", room_type=ConversationType.PUBLIC)
    guest_id = add_guest(demo_server, event.token, "Heckler", in_call=3)
    guest = {p.attendee_id: p for p in await service.participants.list(event.token)}[guest_id]
    dialog = opened(qtbot, BanDialog(runner, event.room, guest))
    assert dialog.objectName() == "banDialog"
    assert "cannot rejoin by its link" in dialog.warning.text()
    dialog.note_edit.setPlainText("é" * 2001)
    assert dialog.note_edit.counter.text() == "4,002 of 4,000 bytes"
    assert not dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.sends == 0
    dialog.note_edit.setPlainText("Shouted over the speaker")
    assert dialog.send_button.isEnabled()
    await send(qtbot, dialog)
    assert accepted(dialog)
    bans = await service.bans.list(event.token)
    assert [(b.title, b.internal_note) for b in bans] == [("Heckler", "Shouted over the speaker")]


async def test_a_refused_ban_keeps_the_note(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom
) -> None:
    bob = event.person("bob")
    dialog = opened(qtbot, BanDialog(runner, event.room, bob))
    qtbot.keyClicks(dialog.note_edit, "spam links")
    await service.participants.promote(event.token, bob.attendee_id)
    await send(qtbot, dialog)
    assert still_open_with_error(dialog, "demote them first")
    assert dialog.note_edit.toPlainText() == "spam links"


async def test_remove_and_ban_from_the_remove_dialog(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, event: EventRoom, audit: AuditLog
) -> None:
    dialog = opened(qtbot, remove_participant_dialog(runner, event.room, event.person("bob")))
    assert dialog.ban_check is not None and dialog.note_edit is not None
    assert not dialog.note_edit.isVisible()
    tick(qtbot, dialog.ban_check)
    assert dialog.note_edit.isVisible() and dialog.send_button.text() == "Remove and Ban"
    assert dialog.action_name == "ban" and "cannot be added again" in dialog.warning.text()
    qtbot.keyClicks(dialog.note_edit, "Posted phishing links")
    await send(qtbot, dialog)
    assert accepted(dialog)
    assert "bob" not in await _perms(service, event.token)
    assert [(b.banned_actor_id, b.internal_note) for b in await service.bans.list(event.token)] == [
        ("bob", "Posted phishing links")
    ]
    assert [e.action for e in audit.entries()] == ["ban"]
    me = remove_participant_dialog(runner, event.room, event.person(service.login))
    assert opened(qtbot, me).ban_check is None, "nobody can ban themselves"


async def test_the_ban_list_shows_who_when_by_whom_and_lifts_a_ban(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, audit: AuditLog
) -> None:
    rooms = {room.title: room for room in (await service.rooms.list()).rooms}
    webinar = rooms["Product Launch Webinar"]
    dialog = BanListDialog(runner, webinar)
    qtbot.addWidget(dialog)
    dialog.open()
    await wait_until(lambda: dialog.loaded)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(5)]
    assert row[0] == "Harry Heckler" and row[1] == "guest" and row[2]
    assert row[3] and row[4].startswith("Shouted over the speakers")
    assert not dialog.unban_button.isEnabled()
    assert dialog.select(dialog.bans[0].id)
    qtbot.mouseClick(dialog.unban_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: not dialog.busy and dialog.table.rowCount() == 0)
    assert "Nobody is banned" in dialog.summary.text()
    assert await service.bans.list(webinar.token) == []
    assert [(e.action, e.participant) for e in audit.entries()] == [("unban", "Harry Heckler")]


async def test_hostile_names_show_as_text_in_these_dialogs(
    qtbot: QtBot, runner: ActionRunner, service: TalkService, demo_server: DemoServer
) -> None:
    event = await make_event_room(service, "Webinar", room_type=ConversationType.PUBLIC)
    guest_id = add_guest(demo_server, event.token, HOSTILE_GUEST)
    guest = {p.attendee_id: p for p in await service.participants.list(event.token)}[guest_id]
    for dialog in (
        BanDialog(runner, event.room, guest),
        PersonPermissionsDialog(runner, event.room, guest),
    ):
        assert_plain(labels_showing(opened(qtbot, dialog), "STAFF: evacuate"))
    await service.bans.ban(event.token, "guests", guest.actor_id, HOSTILE_GUEST)
    listing = BanListDialog(runner, event.room)
    qtbot.addWidget(listing)
    listing.open()
    await wait_until(lambda: listing.loaded)
    assert listing.table.item(0, 0).text() == HOSTILE_GUEST  # items never render markup
    tip = listing.table.item(0, 4).toolTip()
    assert "<img" not in tip and "&lt;img" in tip
