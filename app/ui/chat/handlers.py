"""The chat actions' handlers for ``ModerationController.install``.

Delete Message works on the message selected in the chat pane (``RuleContext.message``);
Clear Chat History and Post Announcement on the conversation. Each opens its dialog (opening
sends nothing); the answer (the posted message, the deletion's notice with the deleted
message, the clearing's notice) goes into the window's ``ChatReader`` at once, so the pane
shows it before the next long poll returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget

from ...api.chat_models import ChatMessage
from ...live.chat import ChatReader
from ...moderation import ActionKind, ActionOutcome, ActionRunner
from ...moderation.rules import RuleContext
from ..action_ids import ActionKey
from .dialogs import AnnouncementDialog, ClearHistoryDialog, delete_message_dialog


class DialogHost(Protocol):
    """What the handlers need of the ``ModerationController``."""

    runner: ActionRunner

    @property
    def window(self) -> object: ...

    @property
    def parent_widget(self) -> QWidget | None: ...

    def show(self, dialog: QDialog) -> QDialog: ...


def _into_chat(reader: ChatReader | None, outcome: ActionOutcome) -> None:
    if reader is not None and isinstance(outcome.answer, ChatMessage):
        reader.apply(outcome.operation.room_token, [outcome.answer])


def chat_handlers(
    controller: DialogHost,
) -> dict[ActionKey, Callable[[RuleContext], object]]:
    """Handlers of the chat kinds, opening their dialogs through ``controller``."""
    reader = getattr(controller.window, "chat_reader", None)
    chat = reader if isinstance(reader, ChatReader) else None

    def show(dialog: QDialog) -> None:
        controller.show(dialog)
        answered = getattr(dialog, "answered", None)
        if answered is not None:
            answered.connect(lambda outcome: _into_chat(chat, outcome))

    def delete(ctx: RuleContext) -> None:
        if ctx.room is not None and ctx.message is not None:
            show(
                delete_message_dialog(
                    controller.runner, ctx.room, ctx.message, controller.parent_widget
                )
            )

    def clear(ctx: RuleContext) -> None:
        if ctx.room is not None:
            show(ClearHistoryDialog(controller.runner, ctx.room, controller.parent_widget))

    def announce(ctx: RuleContext) -> None:
        if ctx.room is not None:
            show(AnnouncementDialog(controller.runner, ctx.room, controller.parent_widget))

    return {
        ActionKind.DELETE_MESSAGE: delete,
        ActionKind.CLEAR_HISTORY: clear,
        ActionKind.POST_ANNOUNCEMENT: announce,
    }
