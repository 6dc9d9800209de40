"""A yes/no confirmation that sends one prepared operation: the dialog for simple actions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...moderation import ActionRunner, Operation
from ..targets import Target
from .base import AsyncActionDialog


class ConfirmActionDialog(AsyncActionDialog):
    """Ask, then send ``op``; failures are shown inline like in every other dialog.

    Args:
        runner: sends and records the operation.
        op: the prepared operation.
        title: window title.
        text: the question ("Promote Bob to moderator of 'Town hall'?").
        send_text: the Send button's label.
        warning: a caution shown in bold (acting on yourself, irreversible), "" for none.

    The action it confirms is the operation's kind, kept in ``action_name`` and the Qt
    property ``moderationAction`` (as its value, "promote", "end-call", ...); every
    confirmation has the objectName ``confirmDialog``.
    """

    def __init__(
        self,
        runner: ActionRunner,
        op: Operation,
        *,
        title: str,
        text: str,
        send_text: str,
        warning: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, title=title, object_name="confirmDialog", send_text=send_text, parent=parent
        )
        self._op = op
        self.action_name = op.kind
        self.setProperty("moderationAction", op.kind.value)
        self.set_intro(text)
        self.set_warning(warning)

    def target(self) -> Target | None:
        """The conversation, and the person when the operation is about one."""
        return Target.of_operation(self._op)

    def operation(self) -> Operation:
        return self._op
