"""The window's handlers for a conversation's settings and its e-mail guests' invitations.

``ModerationController.install`` adds these to its own: Conversation Settings (and each
setting of the Conversation > Settings menu, which opens the same dialog at its control),
resend invitations (the selected e-mail guests, several as a bulk run, or with nobody
selected all of them), import e-mail guests from a CSV file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ..api import Participant, Room
from ..moderation import ActionKind, ActionRunner, Operation
from ..moderation import invitations as inv
from ..moderation.rules import RuleContext
from .action_ids import POLICY_ACTIONS, ActionId, ActionKey
from .dialogs.conversation_settings import ConversationSettingsDialog
from .dialogs.import_emails import ImportEmailsDialog
from .dialogs.invitations import resend_all_dialog, resend_invitation_dialog

Handler = Callable[[RuleContext], object]
BulkPeople = Callable[
    [Room, Sequence[Participant], Callable[[Room, Participant], Operation], str, str], object
]
"""Runs an operation for several people as one bulk run (``ModerationController``'s)."""


class DialogHost(Protocol):
    """What the handlers need of the ``ModerationController``."""

    runner: ActionRunner

    @property
    def parent_widget(self) -> QWidget | None: ...

    def show(self, dialog: QDialog) -> QDialog: ...


def policy_handlers(controller: DialogHost, bulk_people: BulkPeople) -> dict[ActionKey, Handler]:
    """The handlers, keyed like ``ModerationController.install``'s."""

    def settings(kind: ActionKind | None = None) -> Handler:
        def handler(ctx: RuleContext) -> None:
            if ctx.room is None:
                return
            dialog = ConversationSettingsDialog(
                controller.runner, ctx.room, ctx.capabilities, parent=controller.parent_widget
            )
            controller.show(dialog)
            if kind is not None:
                dialog.focus(kind)

        return handler

    def resend(ctx: RuleContext) -> None:
        room = ctx.room
        if room is None:
            return
        parent = controller.parent_widget
        if not ctx.participants:
            controller.show(resend_all_dialog(controller.runner, room, parent=parent))
        elif len(ctx.participants) == 1:
            person = ctx.participants[0]
            controller.show(resend_invitation_dialog(controller.runner, room, person, parent))
        else:
            bulk_people(
                room,
                ctx.participants,
                inv.resend_invitation,
                QCoreApplication.translate("ModerationController", "Resend"),
                "resend the invitation",
            )

    def import_emails(ctx: RuleContext) -> None:
        if ctx.room is not None:
            controller.show(
                ImportEmailsDialog(controller.runner, ctx.room, parent=controller.parent_widget)
            )

    handlers: dict[ActionKey, Handler] = {
        ActionId.CONVERSATION_SETTINGS: settings(),
        ActionKind.RESEND_INVITATIONS: resend,
        ActionKind.IMPORT_EMAILS: import_emails,
    }
    for key in POLICY_ACTIONS:
        assert isinstance(key, ActionKind)
        handlers[key] = settings(key)
    return handlers
