"""The window over the demo's signaling server: alice (REST plus her own websocket) joins the
call and raises her hand, and the window's row shows it at once, without a participant read;
the hand is an alert; Mute reaches her websocket. Without a signaling server the window says
it polls, and Mute says why it cannot work."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.hpb import ControlReceived, RoomSignaling
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.live.alerts import AlertKind
from app.moderation import ActionKind
from app.ui.bootstrap import build_window
from app.ui.dialogs.confirm import ConfirmActionDialog
from app.ui.main_window import MainWindow
from app.ui.models import PersonColumn
from app.ui.moderation import install_moderation
from tests.helpers.counting import CountingTransport, counting_service, settle
from tests.helpers.moderation import make_event_room, send, service_for
from tests.helpers.waiting import wait_until
from tests.ui.conftest import FAST

SLOW_POLLS = replace(FAST, rooms_interval=300, selected_interval=300, full_interval=600)
"""No poll falls due during the test: what changes in time came over the websocket."""
AUDIO = 1 | 2


@pytest.fixture
async def counted(
    hpb_demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[tuple[TalkService, CountingTransport]]:
    svc, transport = counting_service(hpb_demo_server, recording_transport_for(hpb_demo_server))  # type: ignore[arg-type]
    try:
        yield svc, transport
    finally:
        await svc.aclose()


def _people_reads(transport: CountingTransport, mark: int, token: str) -> list[str]:
    return [
        str(sent)
        for sent in transport.since(mark)
        if sent.method == "GET" and sent.path.startswith(f"/room/{token}/participants")
    ]


async def test_alice_joins_the_call_raises_her_hand_and_is_muted_live(
    qtbot: QtBot,
    hpb_demo_server: DemoServer,
    counted: tuple[TalkService, CountingTransport],
    tmp_path: Path,
) -> None:
    service, transport = counted
    event = await make_event_room(service, "Town hall live", logins=("alice",))
    token = event.token
    alice = service_for(hpb_demo_server, "alice")
    controls: list[ControlReceived] = []
    alice_link = RoomSignaling(
        alice,
        token,
        on_event=lambda e: controls.append(e) if isinstance(e, ControlReceived) else None,
    )
    window: MainWindow = build_window(service, "moderator1@demo", poll_config=SLOW_POLLS)
    qtbot.addWidget(window)
    install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
    window.show()
    window.start()
    try:
        signaling = window.alert_center.signaling
        assert signaling is not None
        await wait_until(lambda: window.select_room(token), message="the room listed")
        await wait_until(lambda: signaling.is_live(token), message="the room connected")
        await wait_until(lambda: window.live_mode_label.text() == "Live: signaling server")
        model = window.participant_model
        attendee = event.person("alice").attendee_id
        await wait_until(lambda: model.get(attendee) is not None, message="alice listed")
        await alice_link.start()
        # her websocket's session joining is news the event does not detail: read once
        await wait_until(
            lambda: (p := model.get(attendee)) is not None and bool(p.session_ids),
            timeout=3,
            message="alice's row shows her connected",
        )
        await settle(transport)

        mark = transport.mark()
        await alice.calls.join(token, flags=AUDIO)
        await wait_until(
            lambda: (p := model.get(attendee)) is not None and bool(p.in_call & 1),
            timeout=3,
            message="alice's row shows her in the call",
        )
        assert not _people_reads(transport, mark, token), "the event carried the data"

        mark = transport.mark()
        await alice_link.send_raise_hand(True)
        await wait_until(lambda: model.hand_since(model.get(attendee)) is not None, timeout=3)  # type: ignore[arg-type]
        assert not _people_reads(transport, mark, token)
        row = model.row_of(attendee)
        assert row is not None
        tip = model.index(row, PersonColumn.HAND).data(Qt.ItemDataRole.ToolTipRole)
        assert "1 of 1 up" in tip
        await wait_until(
            lambda: any(
                a.kind is AlertKind.HAND and a.attendee_id == attendee
                for a in window.alert_center.history
            ),
            message="the hand is an alert",
        )
        hand = next(a for a in window.alert_center.history if a.kind is AlertKind.HAND)
        assert hand.text.endswith("raised their hand in 'Town hall live'")

        window.select_person(token, attendee)
        action = window.registry[ActionKind.MUTE]
        await wait_until(action.isEnabled, message=f"Mute enabled ({action.toolTip()})")
        window.registry.trigger(ActionKind.MUTE)
        await wait_until(lambda: (d := _mute_dialog(window)) is not None and d.isVisible())
        dialog = _mute_dialog(window)
        assert dialog is not None
        await send(qtbot, dialog)
        await wait_until(
            lambda: any(c.data.get("action") == "forceMute" for c in controls),
            timeout=3,
            message="the forceMute reached alice's websocket",
        )
    finally:
        await alice_link.close(leave_session=True)
        await window.shutdown()
        window.close()
        await alice.aclose()


def _mute_dialog(window: MainWindow) -> ConfirmActionDialog | None:
    for dialog in window.findChildren(ConfirmActionDialog):
        if dialog.action_name is ActionKind.MUTE and dialog.isVisible():
            return dialog
    return None


async def test_without_a_signaling_server_it_polls_and_mute_says_why(
    qtbot: QtBot, demo_server: DemoServer, service: TalkService, tmp_path: Path
) -> None:
    event = await make_event_room(service, "No signaling", logins=("alice",))
    alice = service_for(demo_server, "alice")
    await alice.calls.join(event.token, flags=AUDIO)
    window = build_window(service, "moderator1@demo", poll_config=FAST)
    qtbot.addWidget(window)
    install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
    window.show()
    window.start()
    try:
        signaling = window.alert_center.signaling
        assert signaling is not None
        await wait_until(lambda: window.select_room(event.token))
        await wait_until(lambda: signaling.available is False, message="no signaling server")
        label = window.live_mode_label
        await wait_until(lambda: label.text() in ("Polling", "Live: Talk's internal signaling"))
        assert "Raised hands are not visible" in label.toolTip()
        mute_all = window.registry[ActionKind.MUTE_ALL]
        await wait_until(lambda: "signaling server" in mute_all.toolTip(), message="why not")
        assert not mute_all.isEnabled()
    finally:
        await window.shutdown()
        window.close()
        await alice.aclose()
