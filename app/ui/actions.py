"""Every action of the window as a QAction, with pluggable handlers.

A moderation action is keyed by its ``ActionKind``, the window's own actions (refresh,
settings, ...) by ``ActionId``. The main window creates one ``ActionRegistry``; other code
(dialogs, the moderation controller) attaches behaviour with ``set_handler`` and never creates
its own QActions::

    registry = window.registry
    registry.set_handler(ActionKind.PROMOTE, lambda ctx: promote(ctx.room, ctx.participants))

A handler gets the ``RuleContext`` (room, selected participants, capabilities) captured when the
user triggered the action. It may return an awaitable: the registry runs it as a task (keeping a
reference), reports a ``TalkError`` through ``handler_failed`` and emits ``action_finished`` when
it succeeds. A handler that opens a dialog finishes when the dialog is open: nothing is sent
then, and nothing is re-read; the dialog's answer updates the lists.

An action is enabled only when it has a handler AND ``moderation.rules.evaluate`` allows it for the
current context; otherwise its tooltip and status tip say why ("Only moderators can promote",
...). Disabled actions stay visible. In the app every placed action has a handler (a test walks
the menus and toolbars); ``NO_HANDLER`` is for windows assembled without one, as in tests.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.api.errors import TalkError

from ..moderation import ActionKind
from ..moderation.rules import OK, RuleContext, Verdict, evaluate
from .action_ids import ALL_ACTIONS, ActionId, ActionKey, object_name
from .iconset import action_icon

log = logging.getLogger(__name__)

Handler = Callable[[RuleContext], Awaitable[Any] | Any]
"""Runs an action for a context; may be sync or return an awaitable."""

NO_HANDLER = "Not available in this window"


@dataclass(frozen=True)
class ActionSpec:
    """Static look of an action: text, what it does, shortcut (the icon: ``iconset``)."""

    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: dict[ActionKey, ActionSpec] = {
    ActionId.REFRESH: ActionSpec(
        "&Refresh",
        "Reload conversations and participants now",
        QKeySequence.StandardKey.Refresh,
    ),
    ActionKind.CREATE: ActionSpec(
        "&New Conversation…", "Create a conversation", QKeySequence.StandardKey.New
    ),
    ActionKind.RENAME: ActionSpec("Re&name…", "Rename the conversation", "F2"),
    ActionKind.DELETE: ActionSpec(
        "&Delete Conversation…", "Delete the conversation for everyone", "Shift+Del"
    ),
    ActionKind.GUESTS: ActionSpec("Allow &Guests", "Allow or disallow guests joining by link"),
    ActionKind.READ_ONLY: ActionSpec(
        "Make &Read-only",
        "Lock or unlock the conversation for writing and calls",
    ),
    ActionKind.PASSWORD: ActionSpec("Set &Password…", "Set or remove the password for guests"),
    ActionKind.LOBBY: ActionSpec(
        "Turn on the &Lobby…",
        "Hold non-moderators in a lobby, optionally until a time",
        "Ctrl+L",
    ),
    ActionKind.SIP: ActionSpec("SIP &Dial-in…", "Turn SIP dial-in on or off"),
    ActionKind.FAVORITE: ActionSpec(
        "Add to &Favorites", "Mark or unmark the conversation as favorite", "Ctrl+D"
    ),
    ActionKind.ADD: ActionSpec(
        "&Add Participant…",
        "Invite users, groups, e-mail addresses or phone numbers",
        "Ctrl+I",
    ),
    ActionKind.REMOVE: ActionSpec(
        "&Remove Participant…",
        "Remove the selected participants",
        QKeySequence.StandardKey.Delete,
    ),
    ActionKind.PROMOTE: ActionSpec(
        "&Promote to Moderator",
        "Make the selected participants moderators",
        "Ctrl+Shift+Up",
    ),
    ActionKind.DEMOTE: ActionSpec(
        "&Demote",
        "Make the selected moderators normal participants",
        "Ctrl+Shift+Down",
    ),
    ActionKind.LOBBY_BYPASS: ActionSpec(
        "Let In Past the &Lobby",
        "Let the selected people in past the lobby, or send them back",
        "Ctrl+Shift+L",
    ),
    ActionKind.PERMISSIONS: ActionSpec(
        "P&ermissions…", "What the selected people may do: call, audio, video, screen, chat"
    ),
    ActionKind.BAN: ActionSpec(
        "&Ban…", "Remove the selected person and keep them out, with an internal note"
    ),
    ActionKind.UNBAN: ActionSpec("&Bans…", "Who is banned from the conversation; lift a ban"),
    ActionKind.ROOM_PERMISSIONS: ActionSpec(
        "Conversation P&ermissions…", "What everyone who is not a moderator may do by default"
    ),
    ActionKind.LISTEN_ONLY: ActionSpec(
        "Attendees &Listen Only",
        "In the running call, only moderators (and whom you allow) speak, show video or share",
    ),
    ActionKind.JOIN_CALL: ActionSpec("&Join Call", "Join or start the call", "Ctrl+J"),
    ActionKind.LEAVE_CALL: ActionSpec("&Leave Call", "Leave the call", "Ctrl+Shift+J"),
    ActionKind.END_CALL: ActionSpec(
        "&End Call for Everyone…", "End the call for all participants", "Ctrl+Shift+E"
    ),
    ActionKind.RING: ActionSpec("R&ing", "Ring the selected users into the call"),
    ActionKind.MUTE: ActionSpec(
        "&Mute", "Turn off the selected people's microphones in the call", "Ctrl+Shift+M"
    ),
    ActionKind.MUTE_ALL: ActionSpec(
        "Mute &Everyone in the Call", "Turn off every microphone in the call but yours"
    ),
    ActionKind.DIAL_OUT: ActionSpec("&Dial Out", "Have the SIP bridge phone the selected numbers"),
    ActionId.CONVERSATION_SETTINGS: ActionSpec(
        "Conversation &Settings…",
        "Description, who can find it, message expiration, @all mentions, recording consent, "
        "and your favorite and notification settings",
        "Ctrl+Shift+S",
    ),
    ActionKind.DESCRIPTION: ActionSpec("&Description…", "Change the conversation's description"),
    ActionKind.LISTABLE: ActionSpec(
        "Who Can &Find It…", "Who may find and join the conversation without an invitation"
    ),
    ActionKind.MESSAGE_EXPIRATION: ActionSpec(
        "&Message Expiration…", "Delete messages automatically after a time"
    ),
    ActionKind.MENTION_PERMISSIONS: ActionSpec(
        "@&all Mentions…", "Who may mention everyone with @all"
    ),
    ActionKind.RECORDING_CONSENT: ActionSpec(
        "Recording &Consent…", "Whether joining the call needs consent to its recording"
    ),
    ActionKind.NOTIFICATIONS: ActionSpec(
        "&Notifications…", "When this conversation notifies you (your own setting)"
    ),
    ActionKind.CALL_NOTIFICATIONS: ActionSpec(
        "Call N&otifications…", "Whether a starting call notifies you (your own setting)"
    ),
    ActionKind.RESEND_INVITATIONS: ActionSpec(
        "Resend E-mail &Invitation",
        "Send the selected e-mail guests (or, with nobody selected, every e-mail guest) their "
        "invitation again",
    ),
    ActionKind.IMPORT_EMAILS: ActionSpec(
        "&Import E-mail Guests…",
        "Invite e-mail guests from a CSV file, checked by the server before anyone is added",
    ),
    ActionKind.DELETE_MESSAGE: ActionSpec(
        "Delete &Message…", "Delete the message selected in the chat, for everyone"
    ),
    ActionKind.CLEAR_HISTORY: ActionSpec(
        "&Clear Chat History…", "Delete every message of the conversation, for everyone"
    ),
    ActionKind.POST_ANNOUNCEMENT: ActionSpec(
        "&Post Announcement…", "Post a message in the conversation's chat, optionally silent"
    ),
    ActionKind.CREATE_POLL: ActionSpec(
        "New &Poll…", "Post a poll in the conversation: question, options, public or hidden results"
    ),
    ActionKind.CLOSE_POLL: ActionSpec(
        "Poll &Results…", "See a poll's results as they come in, and close the poll"
    ),
    ActionKind.DOWNLOAD_ATTENDANCE: ActionSpec(
        "Download &Attendance List…", "Save who joined the running call as a CSV or ODS file"
    ),
    ActionKind.START_RECORDING: ActionSpec(
        "Start &Recording…", "Record the running call, with video or audio only"
    ),
    ActionKind.STOP_RECORDING: ActionSpec(
        "St&op Recording…", "Stop recording the call; the file goes to who started it"
    ),
    ActionKind.BREAKOUT_SETUP: ActionSpec(
        "Set Up &Breakout Rooms…",
        "Split the conversation into breakout rooms: automatic, assigned or free choice",
        "Ctrl+Shift+B",
    ),
    ActionKind.BREAKOUT_ASSIGN: ActionSpec(
        "&Assign People to Rooms…", "Move people between the breakout rooms"
    ),
    ActionKind.BREAKOUT_START: ActionSpec(
        "&Start Breakout Rooms", "Open the breakout rooms: everyone goes to their room"
    ),
    ActionKind.BREAKOUT_STOP: ActionSpec(
        "St&op Breakout Rooms", "Close the breakout rooms: everyone comes back"
    ),
    ActionKind.BREAKOUT_BROADCAST: ActionSpec(
        "&Message to All Breakout Rooms…", "Post one message in every breakout room"
    ),
    ActionKind.BREAKOUT_ASSISTANCE: ActionSpec(
        "&Help Requests…", "Which breakout room asked for help; go there, mark it answered"
    ),
    ActionKind.BREAKOUT_REMOVE: ActionSpec(
        "&Remove Breakout Rooms…", "Delete the breakout rooms (their chats go with them)"
    ),
    ActionId.AUDIT_LOG: ActionSpec(
        "&Audit Log",
        "What this console changed, when, and the server's answers",
        "Ctrl+Shift+A",
    ),
    ActionId.SETTINGS: ActionSpec(
        "&Settings…",
        "Polling, appearance and behaviour",
        QKeySequence.StandardKey.Preferences,
    ),
    ActionId.ACCOUNTS: ActionSpec("&Accounts…", "Add, remove or switch accounts"),
    ActionId.ABOUT: ActionSpec("&About Talk Moderator", "Version and licence"),
    ActionId.QUIT: ActionSpec("&Quit", "Quit Talk Moderator", QKeySequence.StandardKey.Quit),
}


class ActionRegistry(QObject):
    """The QActions of one main window, their handlers and their enabled state."""

    handler_failed = Signal(object, str)
    """``(ActionKind | ActionId, message)``: a handler raised; the message is for the status
    bar."""
    action_finished = Signal(object)
    """``ActionKind | ActionId``: a handler (sync, or its awaitable) completed without error."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionKey, QAction] = {}
        self._handlers: dict[ActionKey, Handler] = {}
        self._context = RuleContext()
        self._verdicts: dict[ActionKey, Verdict] = {}
        self._tasks: set[asyncio.Future[Any]] = set()
        for action_id in ALL_ACTIONS:
            self._actions[action_id] = self._make(action_id, parent)
        self._refresh_all()

    def _make(self, action_id: ActionKey, parent: QObject) -> QAction:
        spec = SPECS[action_id]
        action = QAction(spec.text, parent)
        action.setObjectName(object_name(action_id))
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setIcon(action_icon(action_id))
        action.triggered.connect(lambda _checked=False, a=action_id: self.trigger(a))
        return action

    # ------------------------------------------------------------------ lookup

    def action(self, action_id: ActionKey) -> QAction:
        return self._actions[action_id]

    __getitem__ = action

    def actions(self, ids: Iterable[ActionKey] | None = None) -> list[QAction]:
        return [self._actions[a] for a in (ids if ids is not None else ALL_ACTIONS)]

    # ------------------------------------------------------------------ handlers

    def set_handler(self, action_id: ActionKey, handler: Handler | None) -> None:
        """Attach (or with None, detach) what ``action_id`` does; re-evaluates its state."""
        if handler is None:
            self._handlers.pop(action_id, None)
        else:
            self._handlers[action_id] = handler
        self._refresh(action_id)

    def handler(self, action_id: ActionKey) -> Handler | None:
        return self._handlers.get(action_id)

    def has_handler(self, action_id: ActionKey) -> bool:
        return action_id in self._handlers

    # ------------------------------------------------------------------ context

    @property
    def context(self) -> RuleContext:
        return self._context

    def set_context(self, context: RuleContext) -> None:
        """The selection changed (or the room, or capabilities): re-evaluate every action."""
        if context == self._context:
            return
        self._context = context
        self._refresh_all()

    def verdict(self, action_id: ActionKey) -> Verdict:
        """The combined verdict: rules first, then whether a handler exists."""
        return self._verdicts[action_id]

    def _evaluate(self, action_id: ActionKey) -> Verdict:
        verdict = evaluate(action_id, self._context) if isinstance(action_id, ActionKind) else OK
        if verdict.enabled and action_id not in self._handlers:
            return Verdict(False, NO_HANDLER, verdict.label)
        return verdict

    def _refresh_all(self) -> None:
        for action_id in ALL_ACTIONS:
            self._refresh(action_id)

    def _refresh(self, action_id: ActionKey) -> None:
        verdict = self._evaluate(action_id)
        if self._verdicts.get(action_id) == verdict:
            return
        self._verdicts[action_id] = verdict
        action = self._actions[action_id]
        spec = SPECS[action_id]
        action.setText(verdict.label or spec.text)
        action.setEnabled(verdict.enabled)
        tip = spec.tip if verdict.enabled else f"{spec.tip} — {verdict.reason}"
        action.setToolTip(tip)
        action.setStatusTip(tip)

    # ------------------------------------------------------------------ running

    def trigger(self, action_id: ActionKey) -> bool:
        """Run the handler if the action is enabled; returns whether it ran."""
        verdict = self._verdicts[action_id]
        handler = self._handlers.get(action_id)
        if not verdict.enabled or handler is None:
            return False
        context = self._context
        try:
            result = handler(context)
        except TalkError as exc:
            self.handler_failed.emit(action_id, str(exc))
            return True
        except Exception as exc:
            log.exception("handler of %s failed", action_id.name)
            self.handler_failed.emit(action_id, f"Internal error: {exc}")
            return True
        if inspect.isawaitable(result):
            task = asyncio.ensure_future(result)
            self._tasks.add(task)

            def done(finished: asyncio.Future[Any], action_id: ActionKey = action_id) -> None:
                self._finished(action_id, finished)

            task.add_done_callback(done)
        else:
            self.action_finished.emit(action_id)
        return True

    def _finished(self, action_id: ActionKey, task: asyncio.Future[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            self.action_finished.emit(action_id)
        elif isinstance(exc, TalkError):
            self.handler_failed.emit(action_id, str(exc))
        else:
            log.error("handler of %s failed", action_id.name, exc_info=exc)
            self.handler_failed.emit(action_id, f"Internal error: {exc}")

    @property
    def busy(self) -> bool:
        """Whether an async handler is still running."""
        return bool(self._tasks)

    async def cancel_running(self) -> None:
        """Cancel running async handlers (on quit) and wait for them."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
