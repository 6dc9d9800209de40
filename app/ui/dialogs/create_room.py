"""File > New Conversation: a name, whether guests may join by link, and their password.

A conversation that allows guests is a public one (Talk's type 3); it may have a password,
typed twice into masked fields. The server's answer is the new conversation, which goes into
the list at once and is selected (``MainWindow.apply_answer``). On a refusal (a password the
server's policy rejects, say) the dialog stays open with everything as typed and the reason
inline. The password lives only in the widgets and the one request.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from .base import AsyncActionDialog

MAX_NAME_LENGTH = 255
"""Talk refuses longer conversation names."""


class CreateRoomDialog(AsyncActionDialog):
    """Create a group conversation, or a public one that guests may join (with a password)."""

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("New conversation"),
            object_name="createRoomDialog",
            send_text=self.tr("Create"),
            parent=parent,
        )
        self.set_intro(
            self.tr(
                "You become its owner. Add participants afterwards "
                "(Conversation > Add Participant)."
            )
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("createRoomNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Town hall"))
        self.guests_check = QCheckBox(
            self.tr("Guests may join with the link (public conversation)"), self
        )
        self.guests_check.setObjectName("createRoomGuestsCheck")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("createRoomPasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("optional"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("createRoomPasswordConfirmEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow(self.guests_check)
        self.form.addRow(self.tr("Guest password:"), self.password_edit)
        self.form.addRow(self.tr("Repeat password:"), self.confirm_edit)

        self.name_edit.textChanged.connect(self._typed)
        self.guests_check.toggled.connect(self._guests_toggled)
        self.password_edit.textChanged.connect(self._typed)
        self.confirm_edit.textChanged.connect(self._typed)
        self._guests_toggled(False)

    # ----------------------------------------------------------------- input

    def name(self) -> str:
        return self.name_edit.text().strip()

    def password(self) -> str:
        """The guest password; only a public conversation has one."""
        return self.password_edit.text() if self.guests_check.isChecked() else ""

    def _guests_toggled(self, public: bool) -> None:
        self.password_edit.setEnabled(public)
        self.confirm_edit.setEnabled(public)
        self._typed()

    def _typed(self) -> None:
        self.show_error("")
        self.update_send_enabled()
        if self.password_edit.text() and self.confirm_edit.text():
            problem = self.validate()
            if problem:
                self.show_error(problem)

    def validate(self) -> str | None:
        name = self.name()
        if not name:
            return self.tr("Enter a name")
        if len(name) > MAX_NAME_LENGTH:
            return self.tr("The name is too long ({length} of at most {limit} characters)").format(
                length=len(name), limit=MAX_NAME_LENGTH
            )
        if self.guests_check.isChecked() and self.password_edit.text() != self.confirm_edit.text():
            return self.tr("The two passwords do not match")
        return None

    def operation(self) -> Operation:
        return ops.create_room(
            self.name(), public=self.guests_check.isChecked(), password=self.password() or None
        )

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:  # the base enabled every input again: not the password without guests
            public = self.guests_check.isChecked()
            self.password_edit.setEnabled(public)
            self.confirm_edit.setEnabled(public)
