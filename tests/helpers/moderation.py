"""Shared set-up for the moderation tests: accounts, an event room, sending a dialog.

Plain functions (the fixtures live in the conftest files of tests/moderation and
tests/ui/dialogs), so both suites build the same world the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.api import Participant, Room, TalkService
from app.demo_server import DemoServer
from app.ui.dialogs.base import AsyncActionDialog
from tests.helpers.waiting import wait_until


def service_for(server: DemoServer, login: str, transport: object = None) -> TalkService:
    """A service signed in as a seeded user (the caller closes it)."""
    return TalkService(
        server.url,
        login,
        server.users[login].app_password,
        retry_base_delay=0.01,
        timeout=5.0,
        transport=transport,  # type: ignore[arg-type]
    )


@dataclass
class EventRoom:
    """A group conversation owned by the moderator, with alice and bob as plain users."""

    room: Room
    people: dict[str, Participant]

    @property
    def token(self) -> str:
        return self.room.token

    def person(self, actor_id: str) -> Participant:
        return self.people[actor_id]


async def make_event_room(
    service: TalkService,
    name: str = "Town hall",
    *,
    room_type: int = 2,
    logins: tuple[str, ...] = ("alice", "bob"),
) -> EventRoom:
    room = await service.rooms.create(room_type, name)
    for login in logins:
        await service.participants.add(room.token, login)
    return await refresh(service, room)


async def refresh(service: TalkService, room: Room) -> EventRoom:
    room = await service.rooms.get(room.token)
    people = await service.participants.list(room.token)
    return EventRoom(room, {p.actor_id: p for p in people})


W = TypeVar("W", bound=QWidget)


def opened(qtbot: QtBot, dialog: W) -> W:
    """Show ``dialog`` as the user would see it; pytest-qt closes it after the test."""
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


async def send(qtbot: QtBot, dialog: AsyncActionDialog, *, clicks: int = 1) -> None:
    """Click Send (``clicks`` times, as fast as a double click) and wait for the answer."""
    for _ in range(clicks):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    await wait_until(
        lambda: not dialog.in_flight, timeout=10, message="the dialog's request did not finish"
    )


def accepted(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def still_open_with_error(dialog: AsyncActionDialog, *fragments: str) -> bool:
    """The dialog is open, Send usable again, and the error line contains every fragment."""
    text = dialog.error_text
    return (
        dialog.isVisible()
        and dialog.send_button.isEnabled()
        and bool(text)
        and all(f.lower() in text.lower() for f in fragments)
    )


def add_guest(server: DemoServer, token: str, name: str, *, in_call: int = 0) -> int:
    """A guest who followed the public link and is connected (optionally in the call).

    Guests join without an account, so the test puts them into the server's state directly,
    the way a browser tab would have; returns their attendee id.
    """
    from app.demo_server.models import ACTOR_GUESTS, GUEST

    state = server.state
    with state.lock:
        room = state.room(token)
        assert room is not None
        session_id = state.new_session_id()
        attendee = state.add_attendee(
            room, ACTOR_GUESTS, state.guest_actor_id(session_id), name, GUEST
        )
        state.add_session(room, attendee, in_call=in_call, session_id=session_id)
        return attendee.id


def connect(server: DemoServer, token: str, login: str, *, in_call: int = 0) -> None:
    """Give a user a Talk session in the room (a browser tab open on it)."""
    state = server.state
    with state.lock:
        room = state.room(token)
        assert room is not None
        attendee = room.find("users", login)
        assert attendee is not None
        state.add_session(room, attendee, in_call=in_call)
