"""The window's handlers for breakout rooms: every entry of Conversation > Breakout Rooms
opens the one Breakout Rooms dialog of the parent conversation, at its part.

Selected in the list, a breakout room stands for its parent (the dialog is the parent's);
the dialog's Go to Room selects a breakout room in the window's list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QWidget

from ..api import Participant, Room
from ..api.areas.breakout import parent_token
from ..moderation import ActionKind, ActionRunner
from ..moderation.breakout import KINDS
from ..moderation.rules import RuleContext
from .action_ids import ActionKey
from .dialogs.breakout import BreakoutDialog

Handler = Callable[[RuleContext], object]


class DialogHost(Protocol):
    """What the handlers need of the ``ModerationController``."""

    runner: ActionRunner
    window: Any

    @property
    def parent_widget(self) -> QWidget | None: ...

    def show(self, dialog: QDialog) -> QDialog: ...


def _parent_of(host: DialogHost, room: Room) -> Room:
    token = parent_token(room)
    if not token:
        return room
    model = getattr(host.window, "conversation_model", None)
    parent = model.get(token) if model is not None else None
    return parent if isinstance(parent, Room) else room


def _shown_people(host: DialogHost, token: str) -> list[Participant]:
    """The parent's participants when the window shows them (saves the dialog a read)."""
    model = getattr(host.window, "participant_model", None)
    if model is not None and model.token == token:
        return list(model.records())
    return []


def breakout_handlers(host: DialogHost) -> dict[ActionKey, Handler]:
    """The handlers, keyed like ``ModerationController.install``'s."""

    def opener(kind: ActionKind) -> Handler:
        def handler(ctx: RuleContext) -> BreakoutDialog | None:
            if ctx.room is None:
                return None
            room = _parent_of(host, ctx.room)
            dialog = BreakoutDialog(
                host.runner, room, _shown_people(host, room.token), parent=host.parent_widget
            )
            select = getattr(host.window, "select_room", None)
            if callable(select):
                dialog.go_to_room.connect(select)
            host.show(dialog)
            dialog.focus(kind)
            return dialog

        return handler

    return {kind: opener(kind) for kind in KINDS}
