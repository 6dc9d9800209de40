"""The window's live layer on the real signaling server (``run.sh ... --signaling``).

Talk 21.1.7 behind nextcloud-spreed-signaling 2.0.2: the moderator's window watches a room;
alice (REST and her own websocket) enters the call and raises her hand: her row changes
within the measured delay (printed), without a participant read, the hand is an alert, and
the window's Mute reaches her websocket. The same Mute from the command line
(``call mute ROOM alice``), which connects for the one request.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.api.errors import TalkError
from app.api.hpb import ControlReceived, RoomSignaling
from app.audit import AuditLog
from app.cli import main
from app.live import PollConfig
from app.live.alerts import AlertKind
from app.moderation import ActionKind
from app.ui.bootstrap import build_window
from app.ui.dialogs.confirm import ConfirmActionDialog
from app.ui.main_window import MainWindow
from app.ui.moderation import install_moderation
from tests.helpers.moderation import send
from tests.helpers.real_server import RealServer
from tests.helpers.waiting import wait_until

SignIn = Callable[[str], Awaitable[TalkService]]
SLOW_POLLS = PollConfig(rooms_interval=120, selected_interval=120, full_interval=600)
"""No poll falls due during the test: what changes in time came over the websocket."""
AUDIO = 1 | 2
DELAYS: dict[str, list[float]] = {}
LIMIT_S = 1.0
"""The row must change within this long of alice's action (measured: tens of ms)."""


@pytest.fixture(scope="module", autouse=True)
def _print_delays() -> Iterator[None]:
    yield
    for kind, values in sorted(DELAYS.items()):
        ms = [v * 1000 for v in values]
        print(
            f"\nwindow row delay, {kind}: median {statistics.median(ms):.0f} ms, max {max(ms):.0f}"
        )


@pytest.fixture
async def sign_in(real_signaling_server: RealServer) -> AsyncIterator[SignIn]:
    made: list[TalkService] = []

    async def make(login: str) -> TalkService:
        user = real_signaling_server.users[login]
        made.append(
            TalkService(real_signaling_server.url, user.login, user.app_password, timeout=30.0)
        )
        return made[-1]

    yield make
    for service in made:
        await service.aclose()


@pytest.fixture
async def room(sign_in: SignIn, request: pytest.FixtureRequest) -> AsyncIterator[str]:
    """A group conversation of moderator1 with alice in it, deleted afterwards."""
    moderator = await sign_in("moderator1")
    made = await moderator.rooms.create(2, f"{request.node.name[:40]} live")
    await moderator.participants.add(made.token, "alice")
    yield made.token
    try:
        await moderator.rooms.delete(made.token)
    except TalkError:
        pass


class Alice:
    """alice over REST and her own websocket, keeping the control messages she gets."""

    def __init__(self, service: TalkService, token: str) -> None:
        self.service = service
        self.controls: list[ControlReceived] = []
        self.link = RoomSignaling(
            service,
            token,
            on_event=lambda e: self.controls.append(e) if isinstance(e, ControlReceived) else None,
        )

    def muted(self) -> bool:
        return any(c.data.get("action") == "forceMute" for c in self.controls)


async def _timed(kind: str, action: Awaitable[object], shown: Callable[[], bool]) -> None:
    started = time.monotonic()
    await action
    await wait_until(shown, timeout=10, interval=0.005, message=f"the row never showed {kind}")
    DELAYS.setdefault(kind, []).append(time.monotonic() - started)
    assert DELAYS[kind][-1] < LIMIT_S, f"{kind} took {DELAYS[kind][-1]:.3f} s"


async def test_the_window_shows_alices_call_and_hand_live_and_mutes_her(
    qtbot: QtBot, sign_in: SignIn, room: str, tmp_path: Path
) -> None:
    moderator = await sign_in("moderator1")
    alice = Alice(await sign_in("alice"), room)
    window: MainWindow = build_window(moderator, "moderator1@real", poll_config=SLOW_POLLS)
    qtbot.addWidget(window)
    install_moderation(window, AuditLog(tmp_path / "audit.jsonl"))
    window.show()
    window.start()
    try:
        signaling = window.alert_center.signaling
        assert signaling is not None
        await wait_until(lambda: window.select_room(room), timeout=30, message="room listed")
        await wait_until(lambda: signaling.is_live(room), timeout=30, message="room connected")
        assert window.live_mode_label.text() == "Live: signaling server"
        model = window.participant_model
        await alice.link.start()
        mine = await alice.service.rooms.get(room)
        attendee = mine.attendee_id
        await wait_until(
            lambda: (p := model.get(attendee)) is not None and bool(p.session_ids),
            timeout=15,
            message="alice's row shows her connected",
        )
        reads = signaling.reads_of.get(room, 0)

        def in_call() -> bool:
            person = model.get(attendee)
            return person is not None and bool(person.in_call & 1)

        def hand() -> bool:
            person = model.get(attendee)
            return person is not None and model.hand_since(person) is not None

        await _timed("call join", alice.service.calls.join(room, flags=AUDIO), in_call)
        for _ in range(3):
            await _timed("hand up", alice.link.send_raise_hand(True), hand)
            await _timed("hand down", alice.link.send_raise_hand(False), lambda: not hand())
        assert signaling.reads_of.get(room, 0) == reads, "the events carried the data"
        await alice.link.send_raise_hand(True)
        await wait_until(
            lambda: any(
                a.kind is AlertKind.HAND and a.attendee_id == attendee
                for a in window.alert_center.history
            ),
            message="the hand is an alert",
        )

        window.select_person(room, attendee)
        action = window.registry[ActionKind.MUTE]
        await wait_until(action.isEnabled, message=f"Mute enabled ({action.toolTip()})")
        window.registry.trigger(ActionKind.MUTE)
        await wait_until(lambda: _mute_dialog(window) is not None)
        dialog = _mute_dialog(window)
        assert dialog is not None
        await send(qtbot, dialog)
        await wait_until(alice.muted, timeout=10, message="forceMute never reached alice")
    finally:
        await alice.link.close(leave_session=True)
        await window.shutdown()
        window.close()


def _mute_dialog(window: MainWindow) -> ConfirmActionDialog | None:
    for dialog in window.findChildren(ConfirmActionDialog):
        if dialog.action_name is ActionKind.MUTE and dialog.isVisible():
            return dialog
    return None


async def test_call_mute_from_the_command_line_reaches_alice(
    real_signaling_server: RealServer,
    sign_in: SignIn,
    room: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alice = Alice(await sign_in("alice"), room)
    await alice.link.start()
    try:
        await alice.service.calls.join(room, flags=AUDIO)
        moderator = real_signaling_server.moderator
        monkeypatch.setenv("TALK_MODERATOR_PASSWORD", moderator.app_password)
        monkeypatch.delenv("TALK_MODERATOR_SERVER", raising=False)
        monkeypatch.delenv("TALK_MODERATOR_USER", raising=False)
        argv = ["--server", real_signaling_server.url, "--user", moderator.login]
        argv += ["call", "mute", room, "alice"]
        code = await asyncio.to_thread(main, argv)
        assert code == 0
        await wait_until(alice.muted, timeout=10, message="forceMute never reached alice")
        argv[-1] = "--all"
        assert await asyncio.to_thread(main, argv) == 0
        await wait_until(lambda: len(alice.controls) >= 2, timeout=10, message="no second mute")
    finally:
        await alice.link.close(leave_session=True)
