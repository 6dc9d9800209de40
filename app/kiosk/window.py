"""The locked full-screen kiosk window: cards, connection banner, exit behind a PIN.

Locked means: no frame, no close button, no menus, no settings or account screens; close events
(Alt+F4, the window manager) are ignored until the exit PIN was entered; minimising is undone.
It runs unattended, so it always says how fresh its data is and never shows a stack trace.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFocusEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..api import Participant, TalkError, TalkService
from ..moderation import ActionKind, ActionRunner, Operation
from ..moderation import bans as ban_ops
from ..moderation import operations as ops
from ..moderation import permissions as perm_ops
from ..moderation import signaling as mute_ops
from ..moderation.rules import RuleContext, evaluate
from ..qtapp.translations import error_text, shown, translated, verdict_reason
from ..widgets import PlainLabel
from .actions import KioskAction
from .cards import ConversationCard
from .config import KioskConfig
from .crashguard import CALM_MESSAGE
from .dialogs import BanDialog, ConfirmDialog, LobbyTimerDialog, PeopleDialog, PinDialog
from .live_views import LiveViews
from .pin import PinGuard
from .state import RoomView, format_age
from .theme import STYLE_SHEET, enable_touch_scrolling, set_state

log = logging.getLogger(__name__)

MESSAGE_SECONDS = 8
MIN_CARD_WIDTH = 420
"""Narrowest card wanted (two action buttons side by side); wider when a card's longest
button or chip needs more."""
MAX_CARD_COLUMNS = 4
CARD_SPACING = 16
CALM_ERROR = CALM_MESSAGE


class KioskWindow(QWidget):
    """The whole kiosk UI for one configuration.

    Args:
        config: the validated kiosk.toml.
        service: the signed-in service (the window does not own it).
        runner: runs and audits actions; a runner without audit log when None.
        windowed: a normal window instead of full screen (tests, trying a config out).
        pin_guard: the wrong-PIN counter (tests pass one with a fake clock).

    Signals:
        exited(): the right PIN was entered and the window closed.
    """

    exited = Signal()

    def __init__(
        self,
        config: KioskConfig,
        service: TalkService,
        *,
        runner: ActionRunner | None = None,
        windowed: bool = False,
        pin_guard: PinGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self._waiting_seen: dict[str, set[int]] = {}
        self.chimes = 0
        """Chimes rung so far (someone started waiting); tests and the status read it."""
        self.service = service
        self.runner = runner or ActionRunner(service)
        self.windowed = windowed
        self.pin_guard = pin_guard or PinGuard()
        self._may_close = False
        self._watching_focus = False  # set once shown full screen
        self._returning = False
        self.returns_to_front = 0
        """How often the kiosk took the screen back (for the log and tests)."""
        self._tasks: set[asyncio.Task[Any]] = set()
        self._message_deadline = 0.0

        self.setObjectName("kioskWindow")
        self.setWindowTitle(config.title)
        self.setStyleSheet(STYLE_SHEET)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Closing the window must not quit the application by itself: run_kiosk ends the
        # event loop once ``exited`` fired and the polling has stopped.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        if not windowed:
            self.setWindowFlags(
                Qt.WindowType.Window
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )

        self.feed = LiveViews(
            service,
            config.conversations,
            interval=config.poll_interval,
            max_retry_delay=config.max_retry_delay,
            parent=self,
        )
        self.cards: dict[str, ConversationCard] = {}
        self._people: PeopleDialog | None = None
        self._build()
        self.feed.room_updated.connect(self._on_room_updated)
        self.feed.connection_changed.connect(self._update_banner)

        self._ticker = QTimer(self)
        self._ticker.setObjectName("kioskTicker")
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    # ----------------------------------------------------------------- layout

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 20)
        root.setSpacing(16)

        header = QHBoxLayout()
        title = PlainLabel(self.config.title)
        title.setObjectName("kioskTitle")
        # the title and the banner wrap rather than widen the window past the screen (a long
        # event name, the German "Verbindung zum Server wird hergestellt…")
        title.setWordWrap(True)
        header.addWidget(title, 1)
        self.banner = PlainLabel(self.tr("Connecting to the server…"))
        self.banner.setObjectName("connectionBanner")
        self.banner.setWordWrap(True)
        self.banner.setProperty("state", "connecting")
        header.addWidget(self.banner)
        self.clock = PlainLabel()
        self.clock.setObjectName("kioskClock")
        header.addWidget(self.clock)
        self.exit_button = QPushButton(self.tr("Exit"))
        self.exit_button.setObjectName("exitButton")
        self.exit_button.setProperty("role", "quiet")
        self.exit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exit_button.clicked.connect(self.ask_exit)
        header.addWidget(self.exit_button)
        root.addLayout(header)

        scroll = QScrollArea()
        scroll.setObjectName("cardArea")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        self._card_grid = QGridLayout(holder)
        self._card_grid.setContentsMargins(0, 0, 0, 0)
        self._card_grid.setSpacing(CARD_SPACING)
        self.card_columns = 0
        """Cards side by side: as many as fit at their minimum width (at most four)."""
        for view in self.feed.views.values():
            card = ConversationCard(view, self.config.allowed_actions, holder)
            card.action_requested.connect(self.request_action)
            card.people_requested.connect(self.open_people)
            self.cards[view.token] = card
        self._card_area = scroll
        self._place_cards()
        scroll.setWidget(holder)
        enable_touch_scrolling(scroll)
        root.addWidget(scroll, 1)

        self.message_bar = PlainLabel()
        self.message_bar.setObjectName("messageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.hide()
        root.addWidget(self.message_bar)

    def _place_cards(self) -> None:
        """Lay the cards out in as many columns as the window's width holds (2 at 1280, 4 at
        1920), so that a 1920x1080 screen shows four whole cards instead of two and a half."""
        count = len(self.cards)
        scroll_bar = self._card_area.verticalScrollBar().sizeHint().width()
        room = self._card_area.width() - scroll_bar
        needed = max([MIN_CARD_WIDTH, *(card.minimum_width() for card in self.cards.values())])
        fit = (room + CARD_SPACING) // (needed + CARD_SPACING)
        columns = max(1, min(count, MAX_CARD_COLUMNS, fit))
        if columns == self.card_columns:
            return
        grid = self._card_grid
        for column in range(self.card_columns):
            grid.setColumnStretch(column, 0)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        self.card_columns = columns
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(math.ceil(count / columns), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._place_cards()

    # ----------------------------------------------------------------- life cycle

    def start(self) -> None:
        """Show the window (full screen unless windowed) and start polling."""
        if self.windowed:
            self.resize(1280, 800)
            self.show()
        else:
            self.showFullScreen()
        self._tick()
        self._ticker.start()
        self.feed.start()

    async def shutdown(self) -> None:
        """Stop polling and pending actions (the service is closed by its owner)."""
        self._ticker.stop()
        await self.feed.stop()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Alt+F4 and the window manager land here: refused until the PIN was entered."""
        if self._may_close:
            event.accept()
            return
        log.info("kiosk: close request ignored (the exit needs the PIN)")
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Swallow keys: no shortcut leaves, minimises or opens anything."""
        event.accept()

    # ----------------------------------------------------------------- staying in front
    # Under a window manager, Super+D hides the kiosk without minimising it, Alt+Tab or a
    # workspace switch (Ctrl+Alt+arrow) takes the focus away: whenever it loses visibility or
    # focus, the full-screen kiosk comes back raised and active. (What the session lets the
    # visitor reach meanwhile is the session's business: README, kiosk set-up.)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Undo minimising, leaving full screen and losing activation: a kiosk stays in front."""
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.WindowStateChange:
            state = self.windowState()
            if (
                state & Qt.WindowState.WindowMinimized
                or not state & Qt.WindowState.WindowFullScreen
            ):
                self._return_to_front()
        elif kind == QEvent.Type.ActivationChange and not self._ours_is_active():
            self._return_to_front()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self.windowed and not self._watching_focus:
            self._watching_focus = True
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._on_application_state)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        """Hidden by the window manager (show desktop) or anything but the PIN: shown again."""
        super().hideEvent(event)
        self._return_to_front()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        if not self._ours_is_active():
            self._return_to_front()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self._return_to_front()

    def _ours_is_active(self) -> bool:
        """The kiosk or one of its own dialogs has the focus."""
        active = QApplication.activeWindow()
        while active is not None:
            if active is self:
                return True
            active = active.parentWidget()
        return False

    def _return_to_front(self) -> None:
        """Full screen, raised and active again, on the next turn of the event loop (once)."""
        if self.windowed or self._may_close or not self._watching_focus or self._returning:
            return
        self._returning = True
        QTimer.singleShot(0, self, self._bring_to_front)  # dropped if the window goes

    def _bring_to_front(self) -> None:
        self._returning = False
        if self.windowed or self._may_close:
            return
        self.returns_to_front += 1
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowFullScreen)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        for dialog in self.findChildren(QDialog):  # an open PIN or confirm dialog stays on top
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()

    @property
    def may_close(self) -> bool:
        return self._may_close

    # ----------------------------------------------------------------- exit

    def ask_exit(self) -> PinDialog:
        """Open the PIN dialog; the right PIN closes the kiosk."""
        dialog = PinDialog(self, self.config.pin, self.pin_guard)
        dialog.unlocked.connect(self._leave)
        dialog.open()
        return dialog

    def _leave(self) -> None:
        self._may_close = True
        self._ticker.stop()
        self.close()
        self.exited.emit()

    # ----------------------------------------------------------------- data

    def _on_room_updated(self, view: RoomView) -> None:
        card = self.cards.get(view.token)
        if card is not None:
            card.update_view(view)
        self._chime_for_newcomers(view)
        if self._people is not None and self._people.token == view.token:
            self._people.update_view(view)

    def _chime_for_newcomers(self, view: RoomView) -> None:
        """A chime when someone starts waiting in a card's lobby (``chime`` in kiosk.toml);
        not for those already waiting when the kiosk started or the card was first read."""
        if not view.people_loaded:
            return
        now = {person.attendee_id for person in view.waiting}
        before = self._waiting_seen.get(view.token)
        self._waiting_seen[view.token] = now
        if before is not None and now - before and self.config.chime:
            self.chimes += 1
            QApplication.beep()

    def _tick(self) -> None:
        now = time.time()
        self.clock.setText(datetime.now().strftime("%H:%M"))
        for card in self.cards.values():
            card.tick(now)
        self._update_banner()
        if self.message_bar.isVisible() and time.monotonic() > self._message_deadline:
            self.message_bar.hide()

    def _update_banner(self) -> None:
        feed = self.feed
        age = feed.seconds_since_success()
        if feed.signed_out:
            text = self.tr("The server refused the app password — ask for help")
            state = "stale"
        elif feed.online is None:
            text, state = self.tr("Connecting to the server…"), "connecting"
        elif feed.online is False:
            if age is None:
                text = self.tr("No connection to the server — retrying")
            else:
                text = self.tr("Last update {age} ago — reconnecting").format(age=format_age(age))
            state = "stale"
        elif age is not None and age > 3 * self.config.poll_interval + 15:
            text = self.tr("Last update {age} ago — waiting for the server")
            text, state = text.format(age=format_age(age)), "stale"
        else:
            text, state = self.tr("Live"), "live"
        self.banner.setText(text)
        set_state(self.banner, state)

    @property
    def stale(self) -> bool:
        return self.banner.property("state") == "stale"

    def show_message(self, text: str, kind: str = "info") -> None:
        """A transient line at the bottom: action results and calm error notes."""
        self.message_bar.setText(text)
        set_state(self.message_bar, kind)
        self.message_bar.show()
        self._message_deadline = time.monotonic() + MESSAGE_SECONDS

    # ----------------------------------------------------------------- actions

    def request_action(self, action: KioskAction, token: str, argument: object) -> None:
        """A card or the people panel asks for an action: check, confirm if needed, run it.

        The check is the moderation rule of the action's kind (the window's menus use the
        same), so a request the server would refuse is explained without being sent.
        """
        if not self.config.allows(action):
            log.warning("kiosk: refused %s, not allowed by the configuration", action.value)
            return
        view = self.feed.views.get(token)
        if view is None or view.room is None:
            return
        room = view.room
        if action is KioskAction.LOBBY_TIMER:
            if self._refused(view, ops.set_lobby(room, True)):
                return
            dialog = LobbyTimerDialog(self, view.title)
            dialog.chosen.connect(lambda when: self._run(token, ops.set_lobby(room, True, when)))
            dialog.open()
            return
        if action is KioskAction.END_CALL:
            self._confirm_then_run(
                view,
                ops.end_call(room),
                self.tr("End the call in {title}?").format(title=view.title),
                self.tr("Everyone in the call ({count}) will be disconnected.").format(
                    count=len(view.in_call)
                ),
                self.tr("End call"),
            )
            return
        if action is KioskAction.READ_ONLY:
            make_read_only = bool(argument)
            op = ops.set_read_only(room, make_read_only)
            if make_read_only and view.call_running:
                self._confirm_then_run(
                    view,
                    op,
                    self.tr("Make {title} read-only?").format(title=view.title),
                    self.tr("This also ends the running call for everyone."),
                    self.tr("Make read-only"),
                )
            else:
                self._check_then_run(view, op)
            return
        if action is KioskAction.LOBBY:
            self._check_then_run(view, ops.set_lobby(room, bool(argument)))
            return
        if action is KioskAction.LISTEN_ONLY:
            self._listen_only(view, bool(argument))
            return
        if action is KioskAction.MUTE_ALL:
            self._confirm_then_run(
                view,
                mute_ops.mute_all(room),
                self.tr("Mute everyone in the call in {title}?").format(title=view.title),
                self.tr("Each of them can turn the microphone on again."),
                self.tr("Mute everyone"),
            )
            return
        person = next((p for p in view.participants if p.attendee_id == argument), None)
        if person is None:
            self.show_message(self.tr("That person is no longer in the conversation"), "error")
            return
        if action is KioskAction.ADMIT:
            self._check_then_run(view, ops.lobby_bypass(room, person, True))
        elif action is KioskAction.PROMOTE:
            self._check_then_run(view, ops.promote(room, person))
        elif action is KioskAction.REMOVE_GUEST:
            if person not in view.guests:
                self.show_message(
                    self.tr("{name} is not a guest").format(name=person.title), "error"
                )
                return
            self._confirm_then_run(
                view,
                ops.remove(room, person),
                self.tr("Remove {name} from {title}?").format(name=person.title, title=view.title),
                self.tr("They leave the conversation and its call at once."),
                self.tr("Remove"),
            )
        elif action is KioskAction.BAN_GUEST:
            if person not in view.guests:
                self.show_message(
                    self.tr("{name} is not a guest").format(name=person.title), "error"
                )
                return
            self._ban(view, person)

    def _listen_only(self, view: RoomView, enable: bool) -> None:
        """The card's switch: on asks first (it changes what everyone may do), off at once."""
        assert view.room is not None
        op = perm_ops.listen_only(view.room, enable)
        if not enable:
            self._check_then_run(view, op)
            return
        self._confirm_then_run(
            view,
            op,
            self.tr("Attendees of {title} listen only?").format(title=view.title),
            self.tr(
                "Everyone who is not a moderator can still watch and chat, but not speak, show "
                "video or share the screen. Permissions given to single people (a speaker's "
                "audio) are reset; whoever was let in past the lobby stays let in."
            ),
            self.tr("Listen only"),
        )

    def _ban(self, view: RoomView, person: Participant) -> BanDialog | None:
        """Ask with the note field, then ban: the guest is removed and cannot come back."""
        assert view.room is not None
        room = view.room
        if self._refused(view, ban_ops.ban(room, person)):
            return None
        dialog = BanDialog(
            self,
            self.tr("Ban {name} from {title}?").format(name=person.title, title=view.title),
            translated("Bans", ban_ops.consequence(room, person)),
        )
        dialog.chosen.connect(lambda note: self._run(view.token, ban_ops.ban(room, person, note)))
        dialog.open()
        return dialog

    def _refused(self, view: RoomView, op: Operation) -> bool:
        """Show why the action's rule refuses ``op`` now; True when it does."""
        people = tuple(p for p in view.participants if op.attendee_id == p.attendee_id)
        verdict = evaluate(
            op.kind,
            RuleContext(
                room=view.room,
                participants=people,
                signaling=mute_ops.has_link(self.service, view.token),
            ),
        )
        if verdict.enabled:
            return False
        self.show_message(f"{view.title}: {verdict_reason(verdict)}", "error")
        return True

    def _check_then_run(self, view: RoomView, op: Operation) -> None:
        if not self._refused(view, op):
            self._run(view.token, op)

    def _confirm_then_run(
        self, view: RoomView, op: Operation, question: str, detail: str, confirm: str
    ) -> None:
        if not self._refused(view, op):
            self._confirm(question, detail, confirm, lambda: self._run(view.token, op))

    def _confirm(
        self, question: str, detail: str, confirm: str, then: Callable[[], object]
    ) -> ConfirmDialog:
        dialog = ConfirmDialog(self, question, detail, confirm)
        dialog.accepted.connect(then)
        dialog.open()
        return dialog

    def open_people(self, token: str) -> PeopleDialog | None:
        view = self.feed.views.get(token)
        if view is None:
            return None
        dialog = PeopleDialog(self, view, self.config.allowed_actions)
        dialog.action_requested.connect(self.request_action)
        dialog.finished.connect(lambda _result: self._forget_people(dialog))
        self._people = dialog
        dialog.resize(max(900, self.width() * 4 // 5), max(600, self.height() * 4 // 5))
        dialog.open()
        return dialog

    def _forget_people(self, dialog: PeopleDialog) -> None:
        if self._people is dialog:
            self._people = None

    def _run(self, token: str, op: Operation) -> None:
        self._spawn(self._perform(token, op), name=f"kiosk-{op.kind}-{token}")

    def _spawn(self, coro: Awaitable[Any], name: str) -> None:
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _perform(self, token: str, op: Operation) -> None:
        card = self.cards.get(token)
        if card is not None:
            card.set_busy(True)
        try:
            outcome = await self.runner.run(op)
        except TalkError as exc:
            self.show_message(error_text(exc), "error")
            if card is not None:  # on the card too: that is where staff are looking
                card.show_failure(error_text(exc))
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("kiosk action %s failed unexpectedly", op.kind)
            calm = self.tr(CALM_ERROR)
            self.show_message(calm, "error")
            if card is not None:
                card.show_failure(calm)
        else:
            target = f"{op.participant}: " if op.participant else ""
            # a lost answer, verified, says so (in the kiosk's language)
            said = shown(outcome.note_text or outcome.note) or self.done_text(op)
            self.show_message(f"{op.room_title}: {target}{said}", "ok")
        finally:
            if card is not None:
                card.set_busy(False)
            self.feed.refresh_now()

    def done_text(self, op: Operation) -> str:
        """What a finished action did, in the kiosk's language (the audit log keeps the
        operation's English ``detail``); another kind says its ``detail``, translated where
        it was marked."""
        name = op.participant
        kind = op.kind
        if kind is ActionKind.LOBBY:
            opens = op.params.get("opens_at")
            if not op.flag("enabled"):
                return self.tr("lobby off")
            if isinstance(opens, datetime):
                return self.tr("lobby on, opens {time}").format(
                    time=opens.astimezone().strftime("%H:%M")
                )
            return self.tr("lobby on")
        if kind is ActionKind.READ_ONLY:
            return self.tr("read-only on") if op.flag("read_only") else self.tr("read-only off")
        if kind is ActionKind.LOBBY_BYPASS:
            if op.flag("allowed"):
                return self.tr("{name} let in past the lobby").format(name=name)
            return self.tr("{name} sent back to the lobby").format(name=name)
        if kind is ActionKind.END_CALL:
            return self.tr("end the call for everyone")
        if kind is ActionKind.PROMOTE:
            return self.tr("promote {name} to moderator").format(name=name)
        if kind is ActionKind.REMOVE:
            return self.tr("remove guest {name}").format(name=name)
        if kind is ActionKind.BAN:
            return self.tr("ban guest {name}").format(name=name)
        if kind is ActionKind.LISTEN_ONLY:
            if op.flag("enabled"):
                return self.tr("attendees listen only (no audio, video or screen)")
            return self.tr("attendees may speak, show video and share again")
        if kind is ActionKind.MUTE_ALL:
            return self.tr("mute everyone in the call")
        return shown(op.words)

    @property
    def pending_actions(self) -> int:
        return len(self._tasks)
