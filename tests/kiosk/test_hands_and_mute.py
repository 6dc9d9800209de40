"""The kiosk over a signaling server: each card lists the raised hands in the order they went
up, and "Mute all" (opt-in in kiosk.toml) asks first, then reaches the call's websockets; it
is usable only while the room's signaling connection is up."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api.hpb import ControlReceived, RoomSignaling
from app.demo_server import DemoServer
from app.demo_server.hpb import hub_for
from app.kiosk.actions import KioskAction
from app.kiosk.cards import ConversationCard
from app.kiosk.config import parse_config
from app.kiosk.dialogs import ConfirmDialog
from app.kiosk.pin import PinGuard
from app.kiosk.state import initial_view
from app.kiosk.window import KioskWindow
from tests.helpers.moderation import make_event_room, service_for
from tests.helpers.waiting import wait_until
from tests.ui.factories import room

from .conftest import FakeClock
from .helpers import kiosk_toml
from .test_window import open_dialog

LEFT = Qt.MouseButton.LeftButton
AUDIO = 1 | 2


def test_a_card_lists_the_hands_in_the_order_they_went_up(qtbot: QtBot) -> None:
    view = replace(
        initial_view("t", "Main hall").with_update(room("t", has_call=True), ()),
        hands=(("Carol", 10.0), ("Bob", 20.0), ("Ann", 30.0), ("Dan", 40.0), ("Eve", 50.0)),
    )
    card = ConversationCard(view, frozenset({KioskAction.MUTE_ALL}))
    qtbot.addWidget(card)
    assert card.hands_label.text() == "Hands up: 1. Carol, 2. Bob, 3. Ann, 4. Dan (and 1 more)"
    mute = card.buttons["muteAllButton"]
    assert not mute.isEnabled() and "signaling server" in mute.toolTip()  # not connected
    card.update_view(replace(view, live=True, hands=()))
    assert card.hands_label.isHidden()
    assert mute.isEnabled()
    plain = ConversationCard(view, frozenset({KioskAction.LOBBY}))
    qtbot.addWidget(plain)
    assert "muteAllButton" not in plain.buttons  # opt-in


async def test_the_kiosk_shows_hands_live_and_mutes_everyone(
    qtbot: QtBot, hpb_demo_server: DemoServer
) -> None:
    service = service_for(hpb_demo_server, hpb_demo_server.moderator.login)
    alice = service_for(hpb_demo_server, "alice")
    event = await make_event_room(service, "Hall", logins=("alice", "bob"))
    text = kiosk_toml(
        url=hpb_demo_server.url,
        login=hpb_demo_server.moderator.login,
        tokens=[(event.token, "Main hall")],
        actions=["mute-all"],
        poll_interval=0.5,
        max_retry_delay=1.0,
    )
    config = parse_config(text, "kiosk.toml")
    controls: list[ControlReceived] = []
    link = RoomSignaling(
        alice,
        event.token,
        on_event=lambda e: controls.append(e) if isinstance(e, ControlReceived) else None,
    )
    kiosk = KioskWindow(config, service, windowed=True, pin_guard=PinGuard(clock=FakeClock()))
    qtbot.addWidget(kiosk)
    kiosk.start()
    try:
        card = kiosk.cards[event.token]
        await link.start()
        await alice.calls.join(event.token, flags=AUDIO)
        await wait_until(lambda: card.view.live and card.view.call_running, message="live")
        bob = service_for(hpb_demo_server, "bob")
        try:
            bob_room = await bob.sessions.open(event.token)
            hub = hub_for(hpb_demo_server.state)
            hub.simulate_hand(event.token, bob_room.session_id, True)
            await wait_until(lambda: len(card.view.hands) == 1, message="bob's hand")
            await link.send_raise_hand(True)
            await wait_until(
                lambda: [name for name, _ in card.view.hands] == ["Bob", "Alice"],
                message="both hands, named, in order",
            )
            assert card.hands_label.text() == "Hands up: 1. Bob, 2. Alice"
        finally:
            await bob.aclose()

        mute = card.buttons["muteAllButton"]
        await wait_until(mute.isEnabled, message="Mute all usable")
        qtbot.mouseClick(mute, LEFT)
        confirm = open_dialog(ConfirmDialog, "confirmDialog")
        assert confirm is not None
        qtbot.mouseClick(confirm.confirm_button, LEFT)
        await wait_until(
            lambda: any(c.data.get("action") == "forceMute" for c in controls),
            message="the forceMute reached alice's websocket",
        )
    finally:
        await link.close(leave_session=True)
        await kiosk.shutdown()
        kiosk.close()
        await alice.aclose()
        await service.aclose()
