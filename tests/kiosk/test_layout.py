"""The kiosk at 1280x800 (windowed): every card fits across the screen, nothing is cut off
sideways, a card with more people waiting than it lists says so, and figures not read yet
are not shown as zero."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from app.api import Room, TalkService
from app.kiosk.actions import KioskAction
from app.kiosk.cards import ConversationCard
from app.kiosk.state import initial_view

from .conftest import EVERYTHING, KioskOpener


async def test_cards_fit_the_width_at_1280x800(open_kiosk: KioskOpener) -> None:
    async with open_kiosk(actions=EVERYTHING) as kiosk:
        assert (kiosk.width(), kiosk.height()) == (1280, 800)
        area = kiosk.findChild(QScrollArea, "cardArea")
        assert area is not None
        holder = area.widget()
        assert holder is not None
        viewport = area.viewport()
        # No horizontal scroll bar exists, so anything wider than the viewport is cut off.
        assert holder.width() <= viewport.width()
        for card in kiosk.cards.values():
            right = card.mapTo(holder, card.rect().topRight()).x()
            assert right < viewport.width(), f"{card.view.title} is cut off at the right"
            for name, button in card.buttons.items():
                assert button.width() >= button.sizeHint().width(), f"{name} text is clipped"


async def test_more_waiting_than_listed_is_said(
    open_kiosk: KioskOpener, demo_rooms: dict[str, Room]
) -> None:
    async with open_kiosk() as kiosk:
        webinar = kiosk.cards[demo_rooms["webinar"].token]
        assert len(webinar.view.waiting) == 4 and len(webinar.waiting_rows()) == 2
        assert webinar.more_waiting_label.isVisibleTo(kiosk)
        assert webinar.more_waiting_label.text() == "… and 2 more waiting (see People)"
        town_hall = kiosk.cards[demo_rooms["town_hall"].token]
        assert not town_hall.more_waiting_label.isVisibleTo(kiosk)


async def test_figures_not_shown_as_zero_before_people_are_read(
    qtbot: QtBot, service: TalkService, demo_rooms: dict[str, Room]
) -> None:
    room = demo_rooms["webinar"]  # call running, lobby on, people waiting
    view = initial_view(room.token, None).with_update(room, None)
    assert not view.people_loaded
    card = ConversationCard(view, frozenset(KioskAction))
    qtbot.addWidget(card)
    assert card.call_badge.text() == "Call running"
    assert card.in_call_label.text() == "In call: …"
    assert card.waiting_label.text() == "Waiting: …"

    people = tuple(await service.participants.list(room.token))
    loaded = view.with_update(room, people)
    assert loaded.people_loaded and loaded.with_update(room, None).people_loaded
    card.update_view(loaded)
    assert card.in_call_label.text().startswith("In call: ")
    assert card.in_call_label.text() != "In call: …"
    assert card.waiting_label.text() == f"Waiting: {len(loaded.waiting)}"


async def test_exit_pin_dialog_fits_an_800_px_high_screen(open_kiosk: KioskOpener) -> None:
    async with open_kiosk() as kiosk:
        dialog = kiosk.ask_exit()
        try:
            # The only way out of the kiosk: all of it, Cancel included, must be on screen.
            assert dialog.minimumSizeHint().height() <= 760
            one = dialog.findChild(QPushButton, "pinKey1")
            four = dialog.findChild(QPushButton, "pinKey4")
            assert one is not None and four is not None
            assert four.y() >= one.y() + one.height()  # keys not squeezed into each other
        finally:
            dialog.reject()
