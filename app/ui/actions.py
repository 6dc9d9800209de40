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
from app.i18n import QT_TRANSLATE_NOOP
from app.qtapp.translations import error_text, translated, verdict_label, verdict_reason

from ..moderation import ActionKind
from ..moderation.rules import OK, RuleContext, Verdict, evaluate
from .action_ids import ALL_ACTIONS, ActionId, ActionKey, object_name
from .iconset import action_icon

log = logging.getLogger(__name__)

Handler = Callable[[RuleContext], Awaitable[Any] | Any]
"""Runs an action for a context; may be sync or return an awaitable."""

NO_HANDLER = QT_TRANSLATE_NOOP("Rules", "Not available in this window")
ACTIONS_CONTEXT = "Actions"
"""The translation context of ``SPECS``' texts and tips (translated when an action is made
and whenever its state changes; never at import)."""


@dataclass(frozen=True)
class ActionSpec:
    """Static look of an action: text, what it does, shortcut (the icon: ``iconset``)."""

    text: str
    tip: str
    shortcut: QKeySequence.StandardKey | str | None = None


SPECS: dict[ActionKey, ActionSpec] = {
    ActionId.REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        QT_TRANSLATE_NOOP("Actions", "Reload conversations and participants now"),
        QKeySequence.StandardKey.Refresh,
    ),
    ActionKind.CREATE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Conversation…"),
        QT_TRANSLATE_NOOP("Actions", "Create a conversation"),
        QKeySequence.StandardKey.New,
    ),
    ActionKind.RENAME: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&name…"),
        QT_TRANSLATE_NOOP("Actions", "Rename the conversation"),
        "F2",
    ),
    ActionKind.DELETE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Delete Conversation…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the conversation for everyone"),
        "Shift+Del",
    ),
    ActionKind.GUESTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Allow &Guests"),
        QT_TRANSLATE_NOOP("Actions", "Allow or disallow guests joining by link"),
    ),
    ActionKind.READ_ONLY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Make &Read-only"),
        QT_TRANSLATE_NOOP("Actions", "Lock or unlock the conversation for writing and calls"),
    ),
    ActionKind.PASSWORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Set &Password…"),
        QT_TRANSLATE_NOOP("Actions", "Set or remove the password for guests"),
    ),
    ActionKind.LOBBY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Turn on the &Lobby…"),
        QT_TRANSLATE_NOOP("Actions", "Hold non-moderators in a lobby, optionally until a time"),
        "Ctrl+L",
    ),
    ActionKind.SIP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "SIP &Dial-in…"),
        QT_TRANSLATE_NOOP("Actions", "Turn SIP dial-in on or off"),
    ),
    ActionKind.FAVORITE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Add to &Favorites"),
        QT_TRANSLATE_NOOP("Actions", "Mark or unmark the conversation as favorite"),
        "Ctrl+D",
    ),
    ActionKind.ADD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Add Participant…"),
        QT_TRANSLATE_NOOP("Actions", "Invite users, groups, e-mail addresses or phone numbers"),
        "Ctrl+I",
    ),
    ActionKind.REMOVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Remove Participant…"),
        QT_TRANSLATE_NOOP("Actions", "Remove the selected participants"),
        QKeySequence.StandardKey.Delete,
    ),
    ActionKind.PROMOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Promote to Moderator"),
        QT_TRANSLATE_NOOP("Actions", "Make the selected participants moderators"),
        "Ctrl+Shift+Up",
    ),
    ActionKind.DEMOTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Demote"),
        QT_TRANSLATE_NOOP("Actions", "Make the selected moderators normal participants"),
        "Ctrl+Shift+Down",
    ),
    ActionKind.LOBBY_BYPASS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Let In Past the &Lobby"),
        QT_TRANSLATE_NOOP(
            "Actions", "Let the selected people in past the lobby, or send them back"
        ),
        "Ctrl+Shift+L",
    ),
    ActionKind.PERMISSIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "P&ermissions…"),
        QT_TRANSLATE_NOOP(
            "Actions", "What the selected people may do: call, audio, video, screen, chat"
        ),
    ),
    ActionKind.BAN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Ban…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Remove the selected person and keep them out, with an internal note"
        ),
    ),
    ActionKind.UNBAN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Bans…"),
        QT_TRANSLATE_NOOP("Actions", "Who is banned from the conversation; lift a ban"),
    ),
    ActionKind.ROOM_PERMISSIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Conversation P&ermissions…"),
        QT_TRANSLATE_NOOP("Actions", "What everyone who is not a moderator may do by default"),
    ),
    ActionKind.LISTEN_ONLY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Attendees &Listen Only"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "In the running call, only moderators (and whom you allow) speak, show video or share",
        ),
    ),
    ActionKind.JOIN_CALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Join Call"),
        QT_TRANSLATE_NOOP("Actions", "Join or start the call"),
        "Ctrl+J",
    ),
    ActionKind.LEAVE_CALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Leave Call"),
        QT_TRANSLATE_NOOP("Actions", "Leave the call"),
        "Ctrl+Shift+J",
    ),
    ActionKind.END_CALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&End Call for Everyone…"),
        QT_TRANSLATE_NOOP("Actions", "End the call for all participants"),
        "Ctrl+Shift+E",
    ),
    ActionKind.RING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "R&ing"),
        QT_TRANSLATE_NOOP("Actions", "Ring the selected users into the call"),
    ),
    ActionKind.MUTE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Mute"),
        QT_TRANSLATE_NOOP("Actions", "Turn off the selected people's microphones in the call"),
        "Ctrl+Shift+M",
    ),
    ActionKind.MUTE_ALL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Mute &Everyone in the Call"),
        QT_TRANSLATE_NOOP("Actions", "Turn off every microphone in the call but yours"),
    ),
    ActionKind.DIAL_OUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Dial Out"),
        QT_TRANSLATE_NOOP("Actions", "Have the SIP bridge phone the selected numbers"),
    ),
    ActionId.CONVERSATION_SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Conversation &Settings…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Description, who can find it, message expiration, @all mentions, recording consent, "
            "and your favorite and notification settings",
        ),
        "Ctrl+Shift+S",
    ),
    ActionKind.DESCRIPTION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Description…"),
        QT_TRANSLATE_NOOP("Actions", "Change the conversation's description"),
    ),
    ActionKind.LISTABLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Who Can &Find It…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Who may find and join the conversation without an invitation"
        ),
    ),
    ActionKind.MESSAGE_EXPIRATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Message Expiration…"),
        QT_TRANSLATE_NOOP("Actions", "Delete messages automatically after a time"),
    ),
    ActionKind.MENTION_PERMISSIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "@&all Mentions…"),
        QT_TRANSLATE_NOOP("Actions", "Who may mention everyone with @all"),
    ),
    ActionKind.RECORDING_CONSENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Recording &Consent…"),
        QT_TRANSLATE_NOOP("Actions", "Whether joining the call needs consent to its recording"),
    ),
    ActionKind.NOTIFICATIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Notifications…"),
        QT_TRANSLATE_NOOP("Actions", "When this conversation notifies you (your own setting)"),
    ),
    ActionKind.CALL_NOTIFICATIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Call N&otifications…"),
        QT_TRANSLATE_NOOP("Actions", "Whether a starting call notifies you (your own setting)"),
    ),
    ActionKind.RESEND_INVITATIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Resend E-mail &Invitation"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Send the selected e-mail guests (or, with nobody selected, every e-mail guest) their "
            "invitation again",
        ),
    ),
    ActionKind.IMPORT_EMAILS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import E-mail Guests…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Invite e-mail guests from a CSV file, checked by the server before anyone is added",
        ),
    ),
    ActionKind.DELETE_MESSAGE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Delete &Message…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the message selected in the chat, for everyone"),
    ),
    ActionKind.CLEAR_HISTORY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Clear Chat History…"),
        QT_TRANSLATE_NOOP("Actions", "Delete every message of the conversation, for everyone"),
    ),
    ActionKind.POST_ANNOUNCEMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Post Announcement…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Post a message in the conversation's chat, optionally silent"
        ),
    ),
    ActionKind.CREATE_POLL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "New &Poll…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Post a poll in the conversation: question, options, public or hidden results",
        ),
    ),
    ActionKind.CLOSE_POLL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Poll &Results…"),
        QT_TRANSLATE_NOOP("Actions", "See a poll's results as they come in, and close the poll"),
    ),
    ActionKind.DOWNLOAD_ATTENDANCE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Download &Attendance List…"),
        QT_TRANSLATE_NOOP("Actions", "Save who joined the running call as a CSV or ODS file"),
    ),
    ActionKind.START_RECORDING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Start &Recording…"),
        QT_TRANSLATE_NOOP("Actions", "Record the running call, with video or audio only"),
    ),
    ActionKind.STOP_RECORDING: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "St&op Recording…"),
        QT_TRANSLATE_NOOP("Actions", "Stop recording the call; the file goes to who started it"),
    ),
    ActionKind.BREAKOUT_SETUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Set Up &Breakout Rooms…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Split the conversation into breakout rooms: automatic, assigned or free choice",
        ),
        "Ctrl+Shift+B",
    ),
    ActionKind.BREAKOUT_ASSIGN: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Assign People to Rooms…"),
        QT_TRANSLATE_NOOP("Actions", "Move people between the breakout rooms"),
    ),
    ActionKind.BREAKOUT_START: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Start Breakout Rooms"),
        QT_TRANSLATE_NOOP("Actions", "Open the breakout rooms: everyone goes to their room"),
    ),
    ActionKind.BREAKOUT_STOP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "St&op Breakout Rooms"),
        QT_TRANSLATE_NOOP("Actions", "Close the breakout rooms: everyone comes back"),
    ),
    ActionKind.BREAKOUT_BROADCAST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Message to All Breakout Rooms…"),
        QT_TRANSLATE_NOOP("Actions", "Post one message in every breakout room"),
    ),
    ActionKind.BREAKOUT_ASSISTANCE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Help Requests…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Which breakout room asked for help; go there, mark it answered"
        ),
    ),
    ActionKind.BREAKOUT_REMOVE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Remove Breakout Rooms…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the breakout rooms (their chats go with them)"),
    ),
    ActionId.AUDIT_LOG: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Audit Log"),
        QT_TRANSLATE_NOOP("Actions", "What this console changed, when, and the server's answers"),
        "Ctrl+Shift+A",
    ),
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        QT_TRANSLATE_NOOP("Actions", "Polling, appearance and behaviour"),
        QKeySequence.StandardKey.Preferences,
    ),
    ActionId.ACCOUNTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Accounts…"),
        QT_TRANSLATE_NOOP("Actions", "Add, remove or switch accounts"),
    ),
    ActionId.ABOUT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&About Talk Moderator"),
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
    ),
    ActionId.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit Talk Moderator"),
        QKeySequence.StandardKey.Quit,
    ),
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
        action = QAction(translated(ACTIONS_CONTEXT, spec.text), parent)
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
            return Verdict(False, NO_HANDLER, verdict.label, label_text=verdict.label_text)
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
        action.setText(verdict_label(verdict, translated(ACTIONS_CONTEXT, spec.text)))
        action.setEnabled(verdict.enabled)
        tip = translated(ACTIONS_CONTEXT, spec.tip)
        if not verdict.enabled:
            tip = f"{tip} — {verdict_reason(verdict)}"
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
            self.handler_failed.emit(action_id, error_text(exc))
            return True
        except Exception as exc:
            log.exception("handler of %s failed", action_id.name)
            message = self.tr("Internal error: {error}").format(error=exc)
            self.handler_failed.emit(action_id, message)
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
            self.handler_failed.emit(action_id, error_text(exc))
        else:
            log.error("handler of %s failed", action_id.name, exc_info=exc)
            self.handler_failed.emit(
                action_id, self.tr("Internal error: {error}").format(error=exc)
            )

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
