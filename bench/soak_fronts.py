"""The two front-ends as the soak drives them: the main window and the kiosk.

Each is built the way the program builds it (``build_console`` for the window, the kiosk
window with its crash guard and an audited runner as ``app.kiosk.app`` does) and driven the
way a person would: the window's Lobby action opens its dialog, the soak ticks the box and
presses Apply; the kiosk's card gets a tap. After the 401 the window asks to sign in again
and the soak, as the moderator, types the app password into that dialog; the kiosk tries the
same password again by itself. Outcomes are read from what the screen shows.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtWidgets import QWidget

from app.accounts import AccountStore
from app.api import Room, TalkService
from app.api.kinds import ActionKind
from app.audit import AuditLog
from app.kiosk.actions import KioskAction
from app.kiosk.app import demo_conversations, make_service
from app.kiosk.config import KioskConfig
from app.kiosk.crashguard import CALM_MESSAGE, CrashGuard
from app.kiosk.pin import PinGuard, hash_pin, parse_pin_hash
from app.kiosk.window import KioskWindow
from app.live import PollConfig, PollingController
from app.moderation import ActionRunner
from app.settings import SettingsStore
from app.ui.bootstrap import Console, account_label, build_console, show_console
from app.ui.dialogs.lobby import LobbyDialog

LOBBY_ROOM = "Town Hall"
"""The seeded group conversation whose lobby the soak switches (the moderator moderates it,
a call runs in it, guests are in it)."""
SIGN_IN_ATTEMPTS = 5


class SoakFailure(Exception):
    """The soak could not go on; the message says what did not happen."""


async def until(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Wait for ``condition`` (checked every 20 ms); ``SoakFailure(what)`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SoakFailure(f"{what} (waited {timeout:.0f} s)")
        await asyncio.sleep(0.02)


OUTCOMES = (
    "accepted",
    "verified-applied",
    "verified-not-applied",
    "unknown",
    "refused",
    "not-offered",
    "unexpected",
)
"""What an action can end as, from what the screen says. ``unexpected`` (a bug's message, or
nothing said at all) misses the soak's target; the others are answers a moderator can act on."""


def classify(done: bool, text: str) -> str:
    """The outcome an action's on-screen words stand for (see ``OUTCOMES``)."""
    if not done and not text.strip():
        return "unexpected"
    if text.startswith(("Unexpected error", "Internal error")) or text == CALM_MESSAGE:
        return "unexpected"
    if "Traceback" in text:
        return "unexpected"
    if done:
        return "verified-applied" if "the change was applied" in text else "accepted"
    if "the change was not applied" in text:
        return "verified-not-applied"
    if "Whether it took effect is unknown" in text:
        return "unknown"
    return "refused"


@dataclass(frozen=True)
class ActionResult:
    """One lobby switch as the front-end ended it.

    Args:
        wanted: the lobby state asked for.
        outcome: one of ``OUTCOMES``.
        message: what the screen said.
        on_card: the kiosk: the reason shown on the card itself ("" when none).
        usable: the control can be used again (the kiosk's button enabled, the window's
            action enabled).
    """

    wanted: bool
    outcome: str
    message: str
    on_card: str = ""
    usable: bool = True


class Front(Protocol):
    """What the soak needs from a front-end."""

    name: str
    controller: PollingController
    token: str

    async def open(self) -> None: ...

    def lobby_shown(self) -> bool | None: ...

    async def switch_lobby(self, wanted: bool) -> ActionResult: ...

    async def after_sign_out(self) -> str: ...

    def widgets(self) -> list[QWidget]: ...

    async def close(self) -> None: ...


def _lobby_room(rooms: dict[str, Room]) -> Room:
    for room in rooms.values():
        if room.title == LOBBY_ROOM and room.is_moderator:
            return room
    raise SoakFailure(f"the demo server has no conversation '{LOBBY_ROOM}' moderated by us")


def _closed(dialog: QWidget) -> bool:
    """Closed, or already deleted (a closed sign-in dialog is freed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


class WindowFront:
    """The main window: ``build_console`` over a ``TalkService`` (default timeout, reads
    retried), the saved accounts in the soak's own config directory."""

    name = "window"

    def __init__(
        self, url: str, login: str, password: str, config: PollConfig, audit: Path
    ) -> None:
        self._password = password
        self.service = TalkService(url, login, password)
        self.console: Console = build_console(
            self.service,
            account_label(self.service),
            AccountStore(SettingsStore()),
            poll_config=config,
            audit=AuditLog(audit),
        )
        self.window = self.console.window
        self.controller = self.window.controller
        self.token = ""

    async def open(self) -> None:
        show_console(self.console)
        await until(lambda: self.controller.loaded, 60, "the conversation list never loaded")
        self.token = _lobby_room(self.controller.rooms).token
        if not self.window.select_room(self.token):
            raise SoakFailure(f"'{LOBBY_ROOM}' is not in the window's list")
        model = self.window.participant_model
        await until(
            lambda: model.token == self.token and len(model) > 0,
            60,
            f"the participants of '{LOBBY_ROOM}' never showed",
        )

    def lobby_shown(self) -> bool | None:
        room = self.controller.room(self.token)
        return None if room is None else room.lobby_enabled

    async def switch_lobby(self, wanted: bool) -> ActionResult:
        """Conversation > Lobby, the box ticked as wanted, Apply; a refusal is read off the
        dialog, which is then cancelled (the next switch is the retry)."""
        window, registry = self.window, self.window.registry
        current = window.current_room()
        if current is None or current.token != self.token:
            window.select_room(self.token)
        verdict = registry.verdict(ActionKind.LOBBY)
        if not registry.trigger(ActionKind.LOBBY):
            return ActionResult(wanted, "not-offered", verdict.reason or "not offered")
        dialog = self.console.moderation.last_dialog
        if not isinstance(dialog, LobbyDialog):
            raise SoakFailure(f"the Lobby action opened {dialog!r}, not the lobby dialog")
        notes: list[str] = []
        dialog.answered.connect(lambda outcome: notes.append(outcome.note))
        dialog.enabled_check.setChecked(wanted)
        dialog.send_button.click()
        await until(lambda: not dialog.in_flight, 120, "the lobby dialog never got an answer")
        if notes:
            return ActionResult(wanted, classify(True, notes[0]), notes[0] or "done")
        error = dialog.error_text
        usable = dialog.send_button.isEnabled()
        dialog.reject()
        return ActionResult(wanted, classify(False, error), error, usable=usable)

    async def after_sign_out(self) -> str:
        """The window asks to sign in again: the moderator types the app password in."""
        session = self.console.session

        def asking() -> bool:
            dialog = session.sign_in_dialog
            return dialog is not None and dialog.isVisible()

        await until(asking, 30, "after the 401 the window did not ask to sign in again")
        dialog = session.sign_in_dialog
        assert dialog is not None
        dialog.manual_button.click()
        dialog.app_password_edit.setText(self._password)
        errors: list[str] = []
        for _attempt in range(SIGN_IN_ATTEMPTS):
            dialog.sign_in_button.click()
            await until(
                lambda: _closed(dialog) or (not dialog.busy and bool(dialog.error_text)),
                60,
                "the sign-in dialog neither closed nor said why",
            )
            if _closed(dialog):
                return f"signed in again in the dialog ({len(errors) + 1} attempt(s))"
            errors.append(dialog.error_text)
            await asyncio.sleep(1.0)  # read the reason, then try again
        raise SoakFailure(f"signing in again failed {SIGN_IN_ATTEMPTS} times: {errors[-1]}")

    def widgets(self) -> list[QWidget]:
        return [self.window]

    async def close(self) -> None:
        await self.window.shutdown()
        self.window.close()
        await self.service.aclose()


class KioskFront:
    """The kiosk: ``make_service`` (10 s timeout, no read retries: the feed retries), an
    audited runner, the crash guard, windowed (the offscreen platform has no full screen)."""

    name = "kiosk"

    def __init__(
        self, url: str, login: str, password: str, poll: float, retry_max: float, audit: Path
    ) -> None:
        self.config = KioskConfig(
            server_url=url,
            login=login,
            conversations=(),
            allowed_actions=frozenset(KioskAction),
            pin=parse_pin_hash(hash_pin("2468", iterations=1_000)),
            poll_interval=poll,
            max_retry_delay=retry_max,
            title="Soak",
        )
        self.service = make_service(self.config, password)
        self._audit = audit
        self.window: KioskWindow | None = None
        self.guard: CrashGuard | None = None
        self.token = ""

    @property
    def kiosk(self) -> KioskWindow:
        if self.window is None:
            raise SoakFailure("the kiosk window is not open")
        return self.window

    @property
    def controller(self) -> PollingController:
        return self.kiosk.feed.controller

    async def open(self) -> None:
        entries = await demo_conversations(self.service)
        config = dataclasses.replace(self.config, conversations=entries)
        window = KioskWindow(
            config,
            self.service,
            runner=ActionRunner(self.service, AuditLog(self._audit)),
            windowed=True,
            pin_guard=PinGuard(),
        )
        self.window = window
        self.guard = CrashGuard(lambda text: window.show_message(text, "error"))
        self.guard.install(asyncio.get_running_loop())
        window.start()
        await until(
            lambda: all(card.view.loaded for card in window.cards.values()),
            60,
            "the kiosk's cards never filled",
        )
        self.token = _lobby_room(window.feed.controller.rooms).token
        if self.token not in window.cards:
            raise SoakFailure(f"the kiosk shows no card for '{LOBBY_ROOM}'")

    def lobby_shown(self) -> bool | None:
        view = self.kiosk.feed.views.get(self.token)
        return None if view is None or not view.loaded else view.lobby_on

    async def switch_lobby(self, wanted: bool) -> ActionResult:
        """A tap on the card's lobby button (as the card asks: the wanted state)."""
        kiosk = self.kiosk
        card = kiosk.cards[self.token]
        button = card.buttons["lobbyButton"]
        if not button.isEnabled():
            reason = card.view.problem or "the lobby button is disabled"
            return ActionResult(wanted, "not-offered", reason, usable=False)
        kiosk.message_bar.clear()
        kiosk.request_action(KioskAction.LOBBY, self.token, wanted)
        await until(lambda: kiosk.pending_actions == 0, 120, "the kiosk's action never ended")
        text = kiosk.message_bar.text()
        done = kiosk.message_bar.property("state") == "ok"
        # usable again: the button is enabled unless the card itself has no data to act on
        view = card.view
        usable = button.isEnabled() or not (view.loaded and view.is_moderator) or view.problem
        return ActionResult(
            wanted, classify(done, text), text, on_card=card.failure, usable=bool(usable)
        )

    async def after_sign_out(self) -> str:
        return "the kiosk tries the same app password again by itself"

    def widgets(self) -> list[QWidget]:
        return [self.kiosk]

    async def close(self) -> None:
        if self.window is not None:
            await self.window.shutdown()  # closing needs the PIN: the window is dropped
            self.window.hide()
            self.window.deleteLater()
        if self.guard is not None:
            self.guard.uninstall()
        await self.service.aclose()
