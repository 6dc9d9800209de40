"""A webinar host's safety controls from the GUI alone: the real main window with the
moderation controller installed, against the real demo server. Make the attendees listen
only, give one speaker audio, remove and ban a heckler with a note, and later lift the ban.
Every step goes through a QAction of the registry (the ones the menus and context menus show)
and a dialog."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.constants import ConversationType, InCallFlag
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionKind
from app.moderation.permissions import room_listens_only
from app.ui.dialogs.bans import BanListDialog
from app.ui.dialogs.confirm import ConfirmActionDialog
from app.ui.dialogs.permissions import PersonPermissionsDialog
from app.ui.dialogs.remove_participant import RemoveParticipantDialog
from app.ui.main_window import MainWindow
from app.ui.moderation import install_moderation
from tests.helpers.moderation import accepted, add_guest, connect, make_event_room, send
from tests.helpers.waiting import wait_until
from tests.ui.conftest import WindowOpener
from tests.ui.dialogs.test_event_scenario import _select_people, _trigger

AUDIO, VIDEO, SCREEN = 16, 32, 64


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def _listed(window: MainWindow, attendee_id: int) -> bool:
    return window.participant_model.row_of(attendee_id) is not None


async def test_listen_only_one_speaker_ban_a_heckler_then_lift_the_ban(
    qtbot: QtBot,
    open_window: WindowOpener,
    service: TalkService,
    demo_server: DemoServer,
) -> None:
    webinar = await make_event_room(
        service, "Product webinar", room_type=ConversationType.PUBLIC, logins=("alice", "bob")
    )
    heckler = add_guest(demo_server, webinar.token, "Heckler", in_call=7)
    connect(demo_server, webinar.token, "bob", in_call=7)
    speaker = webinar.person("alice").attendee_id

    async with open_window() as window:
        moderation = install_moderation(window)
        await wait_until(lambda: window.controller.loaded)
        assert window.select_room(webinar.token)
        await wait_until(lambda: len(window.participant_model) == 4, message="participants")

        # 1. The attendees listen only: one switch in the Call menu.
        switch = window.registry.action(ActionKind.LISTEN_ONLY)
        assert switch.text() == "Attendees &Listen Only"
        listen = await _trigger(window, moderation, ActionKind.LISTEN_ONLY)
        assert isinstance(listen, ConfirmActionDialog) and listen.action_name == "listen-only"
        await send(qtbot, listen)
        assert accepted(listen), listen.error_text
        await wait_until(
            lambda: room_listens_only(window.controller.room(webinar.token)),  # type: ignore[arg-type]
            message="the list shows the room listening only",
        )
        await wait_until(lambda: switch.text() == "Let Attendees &Speak Again")
        await wait_until(
            lambda: not window.participant_model.get(heckler).permissions & AUDIO,  # type: ignore[union-attr]
            message="the participants show it too",
        )

        # 2. One speaker gets audio back: Participant > Permissions.
        _select_people(window, {speaker})
        rights = await _trigger(window, moderation, ActionKind.PERMISSIONS)
        assert isinstance(rights, PersonPermissionsDialog)
        assert "(the conversation's)" in rights.current.item(0, 1).text()
        assert not rights.rights.check("audio").isChecked()
        _tick(qtbot, rights.rights.check("audio"))
        await send(qtbot, rights)
        assert accepted(rights), rights.error_text
        await wait_until(
            lambda: window.participant_model.get(speaker).permissions & AUDIO,  # type: ignore[union-attr]
            message="the speaker's audio shows",
        )

        # 3. The heckler is removed and banned, with a note for the other moderators.
        await wait_until(lambda: _listed(window, heckler))
        _select_people(window, {heckler})
        remove = await _trigger(window, moderation, ActionKind.REMOVE)
        assert isinstance(remove, RemoveParticipantDialog) and remove.ban_check is not None
        _tick(qtbot, remove.ban_check)
        assert "cannot rejoin by its link" in remove.warning.text()
        assert remove.note_edit is not None
        qtbot.keyClicks(remove.note_edit, "Shouted over the speaker twice")
        await send(qtbot, remove)
        assert accepted(remove), remove.error_text
        await wait_until(lambda: not _listed(window, heckler), message="the heckler leaves")

        # 4. Later: Conversation > Bans…, lift the ban.
        bans = await _trigger(window, moderation, ActionKind.UNBAN)
        assert isinstance(bans, BanListDialog)
        await wait_until(lambda: bans.loaded)
        assert [(b.title, b.internal_note) for b in bans.bans] == [
            ("Heckler", "Shouted over the speaker twice")
        ]
        by_whom = bans.table.item(0, 3).text()
        assert by_whom == webinar.person(service.login).title, "banned by the host"
        assert bans.table.item(0, 2).text(), "when"
        assert bans.select(bans.bans[0].id)
        qtbot.mouseClick(bans.unban_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: not bans.busy and not bans.bans, message="the ban is lifted")
        bans.close()

    room = await service.rooms.get(webinar.token)
    assert room.has_call and room_listens_only(room)
    people = {p.attendee_id: p for p in await service.participants.list(webinar.token)}
    assert heckler not in people
    assert people[speaker].permissions & AUDIO and not people[speaker].permissions & VIDEO
    bob = people[webinar.person("bob").attendee_id]
    assert not bob.permissions & (AUDIO | VIDEO | SCREEN)
    assert bob.in_call & InCallFlag.IN_CALL and not bob.in_call & InCallFlag.WITH_AUDIO
    assert await service.bans.list(webinar.token) == []
    entries = AuditLog().entries()
    assert [(e.action, e.participant) for e in entries] == [
        ("listen-only", ""),
        ("permissions", "Alice"),
        ("ban", "Heckler"),
        ("unban", "Heckler"),
    ]
    assert all(e.ok and e.room == "Product webinar" for e in entries)
