"""The kiosk window against the real demo server: live cards, actions, PIN exit, outages."""

from __future__ import annotations

import asyncio
import gc
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.api.constants import Permission
from app.demo_server import DemoServer
from app.kiosk.actions import KioskAction
from app.kiosk.cards import ConversationCard
from app.kiosk.crashguard import CALM_MESSAGE, CrashGuard
from app.kiosk.dialogs import ConfirmDialog, LobbyTimerDialog, PeopleDialog, PinDialog
from app.kiosk.window import KioskWindow
from tests.helpers.waiting import wait_until

from .conftest import EVERYTHING, FakeClock, KioskOpener
from .helpers import PIN

LEFT = Qt.MouseButton.LeftButton


def card_of(kiosk: KioskWindow, room: Room) -> ConversationCard:
    return kiosk.cards[room.token]


def text_of(card: ConversationCard, name: str) -> str:
    label = card.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def button(card: ConversationCard, name: str) -> QPushButton | None:
    return card.buttons.get(name)


def open_dialog(kind: type, name: str):  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


async def test_cards_show_live_state(
    open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    async with open_kiosk() as kiosk:
        webinar = card_of(kiosk, demo_rooms["webinar"])
        assert text_of(webinar, "cardTitle") == "Webinar"  # the configured label
        assert text_of(webinar, "lobbyBadge") == "Lobby on"
        assert text_of(webinar, "callBadge") == "Call running"
        assert webinar.countdown_label.isVisibleTo(kiosk)
        assert webinar.countdown_label.text().startswith("Opens in ")
        assert text_of(webinar, "waitingLabel") == "Waiting: 4"
        assert len(webinar.waiting_rows()) == 2  # more are reachable through "People"

        town_hall = card_of(kiosk, demo_rooms["town_hall"])
        assert text_of(town_hall, "lobbyBadge") == "Lobby off"
        in_call = text_of(town_hall, "inCallLabel")
        assert in_call.startswith("In call: 6") and "guest" in in_call
        assert not town_hall.countdown_label.isVisibleTo(kiosk)

        announcements = card_of(kiosk, demo_rooms["announcements"])
        assert text_of(announcements, "cardTitle") == "Announcements"  # no label: the room's title
        assert text_of(announcements, "readOnlyBadge") == "Read-only"
        assert text_of(announcements, "callBadge") == "No call"

        book_club = card_of(kiosk, demo_rooms["book_club"])
        assert "not a moderator" in book_club.problem_label.text()
        assert not any(b.isEnabled() for b in book_club.buttons.values())

        # A change made elsewhere (the main window, the CLI) shows up within a poll or two.
        await service.rooms.set_read_only(demo_rooms["town_hall"].token, True)
        await wait_until(lambda: text_of(town_hall, "readOnlyBadge") == "Read-only")
        assert kiosk.banner.text() == "Live"


async def test_allowed_actions_change_the_server(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    async with open_kiosk() as kiosk:
        town_hall = card_of(kiosk, demo_rooms["town_hall"])
        token = demo_rooms["town_hall"].token

        # Close the lobby: no confirmation, the server state really changes.
        lobby = button(town_hall, "lobbyButton")
        assert lobby is not None and lobby.text() == "Turn lobby on"
        qtbot.mouseClick(lobby, LEFT)
        await wait_until(lambda: text_of(town_hall, "lobbyBadge") == "Lobby on")
        assert (await service.rooms.get(token)).lobby_enabled
        assert "lobby on" in kiosk.message_bar.text()

        # Let one waiting person in past the lobby.
        webinar = card_of(kiosk, demo_rooms["webinar"])
        first = webinar.waiting_rows()[0]
        admitted = first.attendee_id
        assert first.admit_button is not None
        qtbot.mouseClick(first.admit_button, LEFT)
        await wait_until(lambda: text_of(webinar, "waitingLabel") == "Waiting: 3")
        people = await service.participants.list(demo_rooms["webinar"].token)
        person = next(p for p in people if p.attendee_id == admitted)
        assert person.permissions & Permission.LOBBY_IGNORE

        # End the call: destructive, so it asks first; Cancel changes nothing.
        end_call = button(town_hall, "endCallButton")
        assert end_call is not None and end_call.isEnabled()
        qtbot.mouseClick(end_call, LEFT)
        dialog = open_dialog(ConfirmDialog, "confirmDialog")
        assert dialog is not None
        qtbot.mouseClick(dialog.cancel_button, LEFT)
        assert kiosk.pending_actions == 0
        assert (await service.rooms.get(token)).has_call

        qtbot.mouseClick(end_call, LEFT)
        dialog = open_dialog(ConfirmDialog, "confirmDialog")
        assert dialog is not None
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        await wait_until(lambda: text_of(town_hall, "callBadge") == "No call")
        assert not (await service.rooms.get(token)).has_call
        assert not end_call.isEnabled()  # nothing left to end


async def test_disallowed_actions_are_not_offered(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    async with open_kiosk() as kiosk:
        for card in kiosk.cards.values():
            names = set(card.buttons)
            assert "lobbyTimerButton" not in names  # lobby-timer is not allowed
            assert {"lobbyButton", "readOnlyButton", "endCallButton"} <= names
        assert not kiosk.findChildren(QPushButton, "promoteButton")
        assert not kiosk.findChildren(QPushButton, "removeGuestButton")

        # The people panel offers "Let in" (allowed) but neither promote nor remove.
        webinar = card_of(kiosk, demo_rooms["webinar"])
        people_button = button(webinar, "peopleButton")
        assert people_button is not None
        qtbot.mouseClick(people_button, LEFT)
        panel = open_dialog(PeopleDialog, "peopleDialog")
        assert panel is not None and panel.rows
        offered = {action for row in panel.rows for action in row.buttons}
        assert offered == {KioskAction.ADMIT}
        panel.accept()

        # Even if asked directly, a disallowed action does nothing on the server.
        town = demo_rooms["town_hall"]
        people = await service.participants.list(town.token)
        guest = next(p for p in people if p.actor_type == "guests" and not p.is_moderator)
        kiosk.request_action(KioskAction.REMOVE_GUEST, town.token, guest.attendee_id)
        kiosk.request_action(KioskAction.PROMOTE, town.token, guest.attendee_id)
        assert kiosk.pending_actions == 0
        assert open_dialog(ConfirmDialog, "confirmDialog") is None
        after = {p.attendee_id: p for p in await service.participants.list(town.token)}
        assert guest.attendee_id in after and not after[guest.attendee_id].is_moderator


async def test_exit_needs_the_right_pin(
    qtbot: QtBot, open_kiosk: KioskOpener, fake_clock: FakeClock
) -> None:
    async with open_kiosk() as kiosk:
        # Closing (Alt+F4, the window manager) is refused while locked.
        kiosk.close()
        assert kiosk.isVisible()
        qtbot.keyClick(kiosk, "q", Qt.KeyboardModifier.AltModifier)  # no shortcut leaves either
        assert kiosk.isVisible()

        dialog = kiosk.ask_exit()
        assert isinstance(dialog, PinDialog)
        for attempt in range(1, 5):
            qtbot.keyClicks(dialog.edit, "1111")
            qtbot.mouseClick(dialog.ok_button, LEFT)
            await wait_until(
                lambda a=attempt: kiosk.pin_guard.failures == a and not dialog.checking
            )
            left = 5 - attempt
            plural = "s" if left != 1 else ""
            assert dialog.status.text() == f"Wrong PIN. {left} attempt{plural} left"
            assert kiosk.isVisible() and not kiosk.may_close

        # The fifth wrong PIN locks the exit for 60 s: even the right PIN is not checked then.
        qtbot.keyClicks(dialog.edit, "9999")
        qtbot.mouseClick(dialog.ok_button, LEFT)
        await wait_until(lambda: kiosk.pin_guard.locked and not dialog.checking)
        assert "locked" in dialog.status.text()
        assert not dialog.ok_button.isEnabled() and not dialog.edit.isEnabled()
        dialog.edit.setText(PIN)
        dialog.submit()
        assert not dialog.checking and kiosk.isVisible()

        # Closing the dialog does not reset the lock.
        dialog.reject()
        dialog = kiosk.ask_exit()
        assert not dialog.ok_button.isEnabled()

        fake_clock.now += 61
        await wait_until(lambda: dialog.ok_button.isEnabled(), timeout=5)
        for key in PIN:  # typed on the on-screen keypad this time
            qtbot.mouseClick(dialog.findChild(QPushButton, f"pinKey{key}"), LEFT)
        exited: list[bool] = []
        kiosk.exited.connect(lambda: exited.append(True))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        await wait_until(lambda: exited, message="the right PIN did not end kiosk mode")
        assert kiosk.may_close and not kiosk.isVisible()
        assert kiosk.pin_guard.failures == 0


async def test_server_outage_is_survived(
    open_kiosk: KioskOpener, demo_server: DemoServer, demo_rooms: dict[str, Room]
) -> None:
    async with open_kiosk() as kiosk:
        assert kiosk.banner.text() == "Live" and not kiosk.stale
        demo_server.stop()
        await wait_until(lambda: kiosk.stale, timeout=15, message="stale banner not shown")
        assert "reconnecting" in kiosk.banner.text()
        assert kiosk.banner.text().startswith("Last update ")
        assert kiosk.feed.error  # the reason is kept for the log, not shown as a trace

        demo_server.start()  # same port, same data
        await wait_until(
            lambda: not kiosk.stale and kiosk.banner.text() == "Live",
            timeout=15,
            message="did not reconnect",
        )
        # And it is really live again: an action works and shows.
        town_hall = card_of(kiosk, demo_rooms["town_hall"])
        lobby = button(town_hall, "lobbyButton")
        assert lobby is not None
        lobby.click()
        await wait_until(lambda: text_of(town_hall, "lobbyBadge") == "Lobby on")


async def test_card_screenshot(open_kiosk: KioskOpener, demo_rooms: dict[str, Room]) -> None:
    async with open_kiosk() as kiosk:
        card = card_of(kiosk, demo_rooms["webinar"])
        card.resize(700, 560)
        image = card.grab().toImage()
        assert not image.isNull()
        assert image.width() >= 600 and image.height() >= 500
        # Not a blank picture: the dark card with light text and coloured badges.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 8
        # Readable from two metres: the title font is large.
        title = card.title_label
        assert title.fontInfo().pixelSize() >= 30
        assert all(b.height() >= 64 for b in card.buttons.values() if b.isVisible())


async def test_errors_are_calm_and_logged(
    open_kiosk: KioskOpener, caplog: pytest.LogCaptureFixture
) -> None:
    async with open_kiosk() as kiosk:
        guard = CrashGuard(lambda text: kiosk.show_message(text, "error"))
        guard.install(asyncio.get_running_loop())
        try:

            def broken_slot() -> None:
                raise ValueError("a bug in a slot")

            QTimer.singleShot(0, broken_slot)  # an exception escaping a Qt slot
            await wait_until(lambda: guard.caught == 1)
            assert kiosk.message_bar.isVisible()
            assert kiosk.message_bar.text() == CALM_MESSAGE
            assert "Traceback" in caplog.text and "a bug in a slot" in caplog.text

            async def broken_task() -> None:
                raise RuntimeError("a bug in a task")

            task = asyncio.get_running_loop().create_task(broken_task())
            await wait_until(task.done)
            del task  # never awaited: asyncio reports it to the loop's handler
            gc.collect()
            await wait_until(lambda: guard.caught == 2)
            assert "a bug in a task" in caplog.text
            assert kiosk.isVisible()  # still running, no trace on screen
        finally:
            guard.uninstall()


async def test_every_action_when_all_are_allowed(
    qtbot: QtBot, open_kiosk: KioskOpener, demo_rooms: dict[str, Room], service: TalkService
) -> None:
    async with open_kiosk(actions=EVERYTHING) as kiosk:
        town = demo_rooms["town_hall"]
        card = card_of(kiosk, town)

        # Close the lobby until a time: it opens by itself then; the card counts down.
        timer_button = button(card, "lobbyTimerButton")
        assert timer_button is not None
        before = time.time()
        qtbot.mouseClick(timer_button, LEFT)
        dialog = open_dialog(LobbyTimerDialog, "lobbyTimerDialog")
        assert dialog is not None
        qtbot.mouseClick(dialog.findChild(QPushButton, "lobbyIn30Button"), LEFT)
        await wait_until(lambda: card.countdown_label.isVisibleTo(kiosk))
        room = await service.rooms.get(town.token)
        assert room.lobby_enabled and before + 1790 <= room.lobby_timer <= time.time() + 1810
        assert card.countdown_label.text().startswith(("Opens in 30:0", "Opens in 29:5"))

        # Promote someone to moderator (the next speaker) from the people panel.
        people_button = button(card, "peopleButton")
        assert people_button is not None
        qtbot.mouseClick(people_button, LEFT)
        panel = open_dialog(PeopleDialog, "peopleDialog")
        assert panel is not None
        row = next(
            r
            for r in panel.rows
            if KioskAction.PROMOTE in r.buttons and KioskAction.REMOVE_GUEST not in r.buttons
        )
        qtbot.mouseClick(row.buttons[KioskAction.PROMOTE], LEFT)

        async def role(attendee_id: int) -> bool | None:
            people = await service.participants.list(town.token)
            return next((p.is_moderator for p in people if p.attendee_id == attendee_id), None)

        await wait_until(lambda: not kiosk.pending_actions)
        assert await role(row.attendee_id) is True

        # Remove a guest: asks first, then the guest is gone.
        await wait_until(lambda: any(KioskAction.REMOVE_GUEST in r.buttons for r in panel.rows))
        guest_row = next(r for r in panel.rows if KioskAction.REMOVE_GUEST in r.buttons)
        qtbot.mouseClick(guest_row.buttons[KioskAction.REMOVE_GUEST], LEFT)
        confirm = open_dialog(ConfirmDialog, "confirmDialog")
        assert confirm is not None and "Remove" in confirm.confirm_button.text()
        qtbot.mouseClick(confirm.confirm_button, LEFT)
        await wait_until(lambda: panel.row_for(guest_row.attendee_id) is None)
        assert await role(guest_row.attendee_id) is None
        panel.accept()

        # Read-only while a call runs ends the call, so it asks first too.
        webinar = card_of(kiosk, demo_rooms["webinar"])
        read_only = button(webinar, "readOnlyButton")
        assert read_only is not None
        qtbot.mouseClick(read_only, LEFT)
        confirm = open_dialog(ConfirmDialog, "confirmDialog")
        assert confirm is not None
        qtbot.mouseClick(confirm.confirm_button, LEFT)
        await wait_until(lambda: text_of(webinar, "readOnlyBadge") == "Read-only")
        assert (await service.rooms.get(demo_rooms["webinar"].token)).is_read_only


async def test_revoked_password_is_shown_and_retried(
    open_kiosk: KioskOpener, demo_server: DemoServer
) -> None:
    async with open_kiosk() as kiosk:
        login = demo_server.moderator.login
        secret = demo_server.moderator.app_password
        assert demo_server.state.revoke_app_password(login, secret)
        await wait_until(lambda: kiosk.feed.signed_out, message="401 not noticed")
        assert kiosk.stale and "refused the app password" in kiosk.banner.text()
        assert all("app password" in (card.view.problem or "") for card in kiosk.cards.values())

        with demo_server.state.lock:  # an admin fixes the account; the kiosk tries again
            demo_server.state.accounts[login].app_passwords.add(secret)
        await wait_until(lambda: kiosk.banner.text() == "Live", message="no retry after 401")
        await wait_until(
            lambda: not any(c.view.problem for c in kiosk.cards.values() if c.view.is_moderator)
        )


async def test_view_only_kiosk_has_no_action_buttons(open_kiosk: KioskOpener) -> None:
    async with open_kiosk(actions=[]) as kiosk:
        assert all(card.buttons == {} for card in kiosk.cards.values())
        assert all(
            row.admit_button is None for card in kiosk.cards.values() for row in card.waiting_rows()
        )
        buttons = {b.objectName() for b in kiosk.findChildren(QPushButton)}
        assert buttons == {"exitButton"}


async def test_a_request_the_rule_refuses_is_explained_not_sent(
    qtbot: QtBot,
    open_kiosk: KioskOpener,
    demo_rooms: dict[str, Room],
    demo_server: DemoServer,
    service: TalkService,
) -> None:
    """Where the kiosk account is no moderator, ending the call is refused by the same rule
    as in the window, with its reason, before any confirmation or request.

    (Were it sent, the server would only let the account leave; the core's end-call reads
    the room back for that case: tests/moderation/test_operations.py.)
    """
    from tests.helpers.moderation import connect

    book_club = demo_rooms["book_club"]
    connect(demo_server, book_club.token, "bob", in_call=7)
    assert (await service.rooms.get(book_club.token)).has_call
    async with open_kiosk(actions=EVERYTHING) as kiosk:
        await wait_until(lambda: card_of(kiosk, book_club).view.call_running)
        kiosk.request_action(KioskAction.END_CALL, book_club.token, None)
        assert open_dialog(ConfirmDialog, "confirmDialog") is None
        assert not kiosk.pending_actions
        assert kiosk.message_bar.isVisible()
        assert "Only moderators can end the call" in kiosk.message_bar.text()
        assert kiosk.message_bar.property("state") == "error"
    assert (await service.rooms.get(book_club.token)).has_call
