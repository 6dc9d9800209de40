"""The window's handlers for polls, the attendance list and recording a call.

``ModerationController.install`` adds these to its own: New Poll (its results open when it is
posted), Poll Results (the last poll this window posted in that conversation, or any by its
number, or one the chat announced), Download Attendance List, Start and Stop Recording.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from ..api import Room
from ..api.models import Poll
from ..moderation import ActionKind, ActionRunner
from ..moderation.rules import RuleContext
from .action_ids import ActionKey
from .dialogs.attendance import AttendanceDialog
from .dialogs.polls import NewPollDialog, PollResultsDialog
from .dialogs.recording import StartRecordingDialog, stop_recording_dialog

Handler = Callable[[RuleContext], object]


class DialogHost(Protocol):
    """What the handlers need of the ``ModerationController``."""

    runner: ActionRunner

    @property
    def parent_widget(self) -> QWidget | None: ...

    def show(self, dialog: QDialog) -> QDialog: ...


class EventHandlers:
    """Opens the dialogs; remembers the last poll posted in each conversation.

    Args:
        refresh_ms: how often a shown open poll is read again (tests make it short).
    """

    def __init__(self, host: DialogHost, *, refresh_ms: int | None = None) -> None:
        self.host = host
        self.refresh_ms = refresh_ms
        self.last_poll: dict[str, int] = {}
        """The id of the last poll this window posted or showed, per conversation token."""

    def handlers(self) -> dict[ActionKey, Handler]:
        return {
            ActionKind.CREATE_POLL: self.new_poll,
            ActionKind.CLOSE_POLL: self.poll_results,
            ActionKind.DOWNLOAD_ATTENDANCE: self._room(AttendanceDialog),
            ActionKind.START_RECORDING: self._room(StartRecordingDialog),
            ActionKind.STOP_RECORDING: self._room(stop_recording_dialog),
        }

    def _room(self, factory: Callable[..., QDialog]) -> Handler:
        def handler(ctx: RuleContext) -> None:
            if ctx.room is not None:
                self.host.show(factory(self.host.runner, ctx.room, parent=self.host.parent_widget))

        return handler

    def new_poll(self, ctx: RuleContext) -> None:
        room = ctx.room
        if room is None:
            return
        dialog = NewPollDialog(self.host.runner, room, parent=self.host.parent_widget)
        dialog.succeeded.connect(lambda poll: self._posted(room, poll))
        self.host.show(dialog)

    def _posted(self, room: Room, poll: object) -> None:
        """A posted poll's results open at once, refreshing as votes come in."""
        if isinstance(poll, Poll):
            self.results(room, poll)

    def poll_results(self, ctx: RuleContext) -> None:
        if ctx.room is None:
            return
        self.results(ctx.room, None)

    def results(self, room: Room, poll: Poll | None) -> PollResultsDialog:
        if poll is not None:
            self.last_poll[room.token] = poll.id
        options: dict[str, int] = {} if self.refresh_ms is None else {"refresh_ms": self.refresh_ms}
        dialog = PollResultsDialog(
            self.host.runner,
            room,
            poll,
            poll_id=self.last_poll.get(room.token, 1),
            parent=self.host.parent_widget,
            **options,
        )
        dialog.succeeded.connect(lambda closed: self._shown(room, closed))
        self.host.show(dialog)
        if poll is None:
            if room.token in self.last_poll:
                dialog.read_now(self.last_poll[room.token])
            dialog.find_recent()  # the chat names the polls; the newest is shown if none is
        return dialog

    def _shown(self, room: Room, poll: object) -> None:
        if isinstance(poll, Poll):
            self.last_poll[room.token] = poll.id
