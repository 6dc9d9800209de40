"""Remove a participant or a guest from a conversation (with a warning for yourself), and
optionally ban them at the same time ("Also ban", with an internal note)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ...api import Participant, Room
from ...moderation import ActionKind, ActionRunner, Operation
from ...moderation import bans as ban_ops
from ...moderation import operations as ops
from ...moderation.rules import RuleContext, evaluate
from .bans import NoteEdit, consequence
from .confirm import ConfirmActionDialog
from .role import is_self


class RemoveParticipantDialog(ConfirmActionDialog):
    """Remove, or with "Also ban" checked remove and ban (Talk's ban removes them itself,
    so it is one request, audited as the ban).

    Args:
        can_ban: whether banning this person is possible (the ban rule's verdict); the
            checkbox is not shown otherwise.
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        person: Participant,
        *,
        can_ban: bool,
        parent: QWidget | None = None,
    ) -> None:
        if person.is_guest:
            text = self.tr(
                "Remove the guest {name} from '{title}'? They are disconnected "
                "at once; with the public link they can join again unless the room gets a "
                "password, or you also ban them."
            ).format(name=person.title, title=room.title)
            title = self.tr("Remove guest")
        else:
            text = self.tr("Remove {name} from '{title}'? They lose access to it.").format(
                name=person.title, title=room.title
            )
            title = self.tr("Remove participant")
        warning = ""
        if is_self(room, person):
            warning = self.tr(
                "This is you. Removing yourself takes the conversation away from your list; "
                "you cannot moderate it any more unless someone adds you again."
            )
        super().__init__(
            runner,
            ops.remove(room, person),
            title=title,
            text=text,
            send_text=self.tr("Remove"),
            warning=warning,
            parent=parent,
        )
        self.room = room
        self.person = person
        self._self_warning = warning
        self.ban_check: QCheckBox | None = None
        self.note_edit: NoteEdit | None = None
        self.ban_hint = consequence(room, person)
        if can_ban:
            self.ban_check = QCheckBox(self.tr("Also ban them (they cannot come back)"), self)
            self.ban_check.setObjectName("alsoBanCheck")
            self.ban_check.setToolTip(self.ban_hint)
            self.note_edit = NoteEdit(self)
            self.form.addRow(self.ban_check)
            self.form.addRow(self.tr("Note:"), self.note_edit)
            self.form.addRow("", self.note_edit.counter)
            self.ban_check.toggled.connect(self._refresh)
            self.note_edit.textChanged.connect(self.update_send_enabled)
            self._refresh()

    @property
    def banning(self) -> bool:
        return self.ban_check is not None and self.ban_check.isChecked()

    def _refresh(self) -> None:
        banning = self.banning
        if self.note_edit is not None:
            self.note_edit.setVisible(banning)
            self.note_edit.counter.setVisible(banning)
            label = self.form.labelForField(self.note_edit)
            if label is not None:
                label.setVisible(banning)
        self.send_button.setText(self.tr("Remove and Ban") if banning else self.tr("Remove"))
        kind = ActionKind.BAN if banning else ActionKind.REMOVE
        self.action_name = kind
        self.setProperty("moderationAction", kind.value)
        self.set_warning(self.ban_hint if banning else self._self_warning)
        self.update_send_enabled()

    def validate(self) -> str | None:
        if self.banning and self.note_edit is not None:
            return self.note_edit.problem()
        return None

    def operation(self) -> Operation:
        if self.banning and self.note_edit is not None:
            return ban_ops.ban(self.room, self.person, self.note_edit.note)
        return super().operation()


def remove_participant_dialog(
    runner: ActionRunner,
    room: Room,
    person: Participant,
    parent: QWidget | None = None,
    *,
    ban: RuleContext | None = None,
) -> RemoveParticipantDialog:
    """``ban``: the context to ask the ban rule with (the window's, with its capabilities);
    by default the room and this person alone."""
    context = ban or RuleContext(room=room, participants=(person,))
    can_ban = evaluate(ActionKind.BAN, context).enabled
    return RemoveParticipantDialog(runner, room, person, can_ban=can_ban, parent=parent)
