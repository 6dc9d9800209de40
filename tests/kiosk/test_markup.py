"""A guest's name is shown as text on the kiosk, never as markup.

Anyone with the public link picks their own guest name. Qt renders a label's text as rich text
when it looks like HTML, so a name such as ``<img src=...><b>...`` would draw an image (or load
a local file) and fake formatting on a venue screen. The guest here joins the webinar's lobby
through the demo server's HTTP API, as a browser would, and names itself so.
"""

from __future__ import annotations

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.api.constants import API_BASE, API_V1_BASE
from app.demo_server import DemoServer
from app.kiosk.actions import KioskAction
from app.kiosk.dialogs import ConfirmDialog, PeopleDialog
from tests.helpers.markup import HOSTILE_GUEST, assert_plain, labels_showing
from tests.helpers.waiting import wait_until

from .conftest import EVERYTHING, KioskOpener

OCS = {"OCS-APIRequest": "true", "Accept": "application/json"}


async def _guest_named(demo_server: DemoServer, token: str, name: str) -> httpx.AsyncClient:
    """A browser guest in ``token`` (its session stays open while the client lives)."""
    guest = httpx.AsyncClient(base_url=demo_server.url, headers=OCS)
    joined = await guest.post(f"{API_BASE}/room/{token}/participants/active")
    assert joined.status_code == 200, joined.text
    named = await guest.post(f"{API_V1_BASE}/guest/{token}/name", data={"displayName": name})
    assert named.status_code == 200, named.text
    return guest


async def test_hostile_guest_name_is_plain_text_on_card_panel_and_confirm(
    qtbot: QtBot,
    open_kiosk: KioskOpener,
    demo_rooms: dict[str, Room],
    demo_server: DemoServer,
    service: TalkService,
) -> None:
    webinar = demo_rooms["webinar"]  # lobby on: the guest waits there, alone on the card
    for person in await service.participants.list(webinar.token):
        if person.waiting_in_lobby(True):
            await service.webinar.set_lobby_bypass(webinar.token, person.attendee_id, True)
    guest = await _guest_named(demo_server, webinar.token, HOSTILE_GUEST)
    try:
        async with open_kiosk(actions=EVERYTHING) as kiosk:
            card = kiosk.cards[webinar.token]
            await wait_until(
                lambda: bool(labels_showing(card, HOSTILE_GUEST)),
                message="the guest never appeared on the card",
            )
            assert_plain(labels_showing(card, HOSTILE_GUEST))

            people_button = card.buttons["peopleButton"]
            qtbot.mouseClick(people_button, Qt.MouseButton.LeftButton)
            panel = next(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, PeopleDialog) and w.isVisible()
            )
            assert_plain(labels_showing(panel, HOSTILE_GUEST))

            row = next(
                r
                for r in panel.rows
                if KioskAction.REMOVE_GUEST in r.buttons and labels_showing(r, HOSTILE_GUEST)
            )
            qtbot.mouseClick(row.buttons[KioskAction.REMOVE_GUEST], Qt.MouseButton.LeftButton)
            confirm = next(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, ConfirmDialog) and w.isVisible()
            )
            assert_plain(labels_showing(confirm, "STAFF: evacuate"))
            confirm.reject()
            panel.accept()
    finally:
        await guest.aclose()


def test_every_kiosk_label_class_is_plain() -> None:
    """No kiosk module builds a bare ``QLabel``: each one could end up showing server text."""
    import inspect

    from app.kiosk import cards, dialogs, window

    for module in (cards, dialogs, window):
        source = inspect.getsource(module)
        assert "QLabel(" not in source, f"{module.__name__} builds a QLabel that may parse markup"
