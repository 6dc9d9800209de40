"""SIP dial-in for a conversation: off, on with a per-person PIN, or on without PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...api import Room
from ...api.constants import SipState
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from .base import AsyncActionDialog


class SipDialog(AsyncActionDialog):
    """Offered only where the server allows SIP (capabilities ``sip_dial_in``).

    Args:
        allow_no_pin: the server has ``sip-support-nopin`` (state 2).
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        *,
        allow_no_pin: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("SIP dial-in: '{title}'").format(title=room.title),
            object_name="sipDialog",
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        self.set_intro(self.tr("With SIP dial-in, people can join the call from a telephone."))
        if not room.can_enable_sip:
            self.set_warning(
                self.tr("The server says you may not be allowed to change SIP dial-in.")
            )
        self.combo = QComboBox(self)
        self.combo.setObjectName("sipStateCombo")
        for state, words in ops.SIP_WORDS.items():
            if state == SipState.ENABLED_NO_PIN and not allow_no_pin:
                continue
            self.combo.addItem(QCoreApplication.translate("Operations", words), int(state))
        index = self.combo.findData(room.sip_enabled)
        self.combo.setCurrentIndex(max(0, index))
        self.form.addRow(self.tr("Dial-in:"), self.combo)
        self.combo.currentIndexChanged.connect(self.update_send_enabled)
        self.update_send_enabled()

    def state(self) -> int:
        return int(self.combo.currentData())

    def set_state(self, state: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(state))

    def validate(self) -> str | None:
        if self.state() == self.room.sip_enabled:
            return self.tr("Nothing to change")
        return None

    def operation(self) -> Operation:
        return ops.set_sip(self.room, self.state())
