"""The kiosk's "listen only" switch on a card and "Ban" in the People view, against the real
demo server, only where kiosk.toml allows them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.api.constants import Permission
from app.kiosk.actions import KioskAction
from app.kiosk.dialogs import BanDialog, ConfirmDialog, PeopleDialog
from app.kiosk.window import KioskWindow
from app.moderation.permissions import room_listens_only
from app.widgets import PlainLabel
from tests.helpers.waiting import wait_until

from .conftest import ALLOWED, KioskOpener
from .test_window import button, card_of, open_dialog

LEFT = Qt.MouseButton.LeftButton


async def _people(qtbot: QtBot, kiosk: KioskWindow, room: Room) -> PeopleDialog:
    people = button(card_of(kiosk, room), "peopleButton")
    assert people is not None
    qtbot.mouseClick(people, LEFT)
    panel = open_dialog(PeopleDialog, "peopleDialog")
    assert panel is not None
    return panel


async def test_listen_only_switch_asks_then_keeps_who_was_let_in(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    async with open_kiosk([*ALLOWED, "listen-only"]) as kiosk:
        webinar = card_of(kiosk, demo_rooms["webinar"])
        switch = button(webinar, "listenOnlyButton")
        assert switch is not None and switch.text() == "Listen only" and switch.isEnabled()
        announcements = button(card_of(kiosk, demo_rooms["announcements"]), "listenOnlyButton")
        assert announcements is not None and not announcements.isEnabled(), "no call running"

        qtbot.mouseClick(switch, LEFT)
        confirm = open_dialog(ConfirmDialog, "confirmDialog")
        assert confirm is not None and confirm.confirm_button.text() == "Listen only"
        qtbot.mouseClick(confirm.confirm_button, LEFT)
        await wait_until(lambda: switch.text() == "Let everyone speak", message="switch")
        token = demo_rooms["webinar"].token
        assert room_listens_only(await service.rooms.get(token))
        people = {p.actor_id: p for p in await service.participants.list(token)}
        assert not people["bob"].permissions & Permission.PUBLISH_AUDIO
        vip = people["heidi"].permissions  # let in past the lobby before: still let in
        assert vip & Permission.LOBBY_IGNORE and not vip & Permission.PUBLISH_AUDIO

        qtbot.mouseClick(switch, LEFT)  # back: reversible, no question
        assert open_dialog(ConfirmDialog, "confirmDialog") is None
        await wait_until(lambda: switch.text() == "Listen only", message="switch back")
        room = await service.rooms.get(token)
        assert not room_listens_only(room) and room.default_permissions == 0


async def test_ban_a_guest_from_the_people_view_with_a_note(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    town = demo_rooms["town_hall"]
    async with open_kiosk(["ban-guest"]) as kiosk:
        panel = await _people(qtbot, kiosk, town)
        await wait_until(lambda: any(KioskAction.BAN_GUEST in r.buttons for r in panel.rows))
        users = [r for r in panel.rows if KioskAction.BAN_GUEST not in r.buttons]
        assert users, "only guests get a Ban button"
        row = next(r for r in panel.rows if KioskAction.BAN_GUEST in r.buttons)
        qtbot.mouseClick(row.buttons[KioskAction.BAN_GUEST], LEFT)
        dialog = open_dialog(BanDialog, "banDialog")
        assert dialog is not None
        detail = dialog.findChild(PlainLabel, "confirmDetail")
        assert detail is not None and "cannot rejoin by its link" in detail.text()

        dialog.note_edit.setText("é" * 2001)
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        assert "too long" in dialog.status.text() and dialog.isVisible()
        before = await service.bans.list(town.token)
        assert all(b.banned_actor_type != "guests" for b in before), "nothing was sent"

        dialog.note_edit.clear()
        qtbot.keyClicks(dialog.note_edit, "Shouted at the desk")
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        await wait_until(lambda: panel.row_for(row.attendee_id) is None, message="guest gone")
        await wait_until(lambda: not kiosk.pending_actions)
        bans = await service.bans.list(town.token)
        assert [b.internal_note for b in bans if b.banned_actor_type == "guests"] == [
            "Shouted at the desk"
        ]
        assert "ban guest" in kiosk.message_bar.text()
        panel.accept()


async def test_not_allowed_means_no_switch_and_no_ban_button(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room]
) -> None:
    async with open_kiosk(["remove-guest"]) as kiosk:
        assert button(card_of(kiosk, demo_rooms["webinar"]), "listenOnlyButton") is None
        panel = await _people(qtbot, kiosk, demo_rooms["town_hall"])
        await wait_until(lambda: any(KioskAction.REMOVE_GUEST in r.buttons for r in panel.rows))
        assert not any(KioskAction.BAN_GUEST in r.buttons for r in panel.rows)
        kiosk.request_action(KioskAction.LISTEN_ONLY, demo_rooms["webinar"].token, True)
        assert open_dialog(ConfirmDialog, "confirmDialog") is None and not kiosk.pending_actions
        panel.accept()
