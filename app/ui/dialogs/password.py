"""Set, change or remove a conversation's password.

The password is typed twice into masked fields (a show toggle reveals both), checked locally for
a match; the server's password policy (from its capabilities) is said up front, and the
server's own message on a refusal is shown inline. The value lives only in the
widgets and the one request; the audit log records "password set/changed/removed".
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QCheckBox, QLineEdit, QWidget

from ...api import Room
from ...api.password_policy import PasswordPolicy
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from ...widgets import PlainLabel
from .base import AsyncActionDialog


class PasswordDialog(AsyncActionDialog):
    """Args: policy: the server's password policy, said before anything is typed (None: the
    server has none, or did not say)."""

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        parent: QWidget | None = None,
        *,
        policy: PasswordPolicy | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Password of '{title}'").format(title=room.title),
            object_name="passwordDialog",
            send_text=self.tr("Change password") if room.has_password else self.tr("Set password"),
            parent=parent,
        )
        self.room = room
        self.set_intro(
            self.tr(
                "Guests joining by the public link must enter this password. Participants you "
                "added yourself do not need it."
            )
        )
        if not room.is_public:
            self.set_warning(
                self.tr(
                    "This conversation does not allow guests; only conversations that do can "
                    "have a password."
                )
            )
        self.remove_check = QCheckBox(self.tr("Remove the password"), self)
        self.remove_check.setObjectName("passwordRemoveCheck")
        self.remove_check.setVisible(room.has_password)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("passwordConfirmEdit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_toggle = QCheckBox(self.tr("Show password"), self)
        self.show_toggle.setObjectName("passwordShowToggle")
        if room.has_password:
            self.form.addRow(self.remove_check)
        self.form.addRow(self.tr("New password:"), self.password_edit)
        self.form.addRow(self.tr("Repeat password:"), self.confirm_edit)
        self.form.addRow("", self.show_toggle)
        self.policy_label = PlainLabel(self.describe(policy) if policy is not None else "", self)
        self.policy_label.setObjectName("passwordPolicyLabel")
        self.policy_label.setWordWrap(True)
        self.policy_label.setVisible(bool(self.policy_label.text()))
        self.form.addRow(self.policy_label)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            # Room the dialog has beyond its content gathers above the buttons, not inside the
            # wrapped labels: a refusal then takes that room or grows the dialog, and the
            # intro and fields stay where they were instead of being pulled together.
            layout.insertStretch(layout.indexOf(self.buttons), 1)

        self.show_toggle.toggled.connect(self._show)
        self.remove_check.toggled.connect(self._remove_toggled)
        self.password_edit.textChanged.connect(self._typed)
        self.confirm_edit.textChanged.connect(self._typed)
        self.update_send_enabled()

    def describe(self, policy: PasswordPolicy) -> str:
        """The server's password policy in one sentence, or "" when it asks for nothing."""
        rules: list[str] = []
        if policy.min_length:
            rules.append(self.tr("at least {count} characters").format(count=policy.min_length))
        if policy.upper_lower:
            rules.append(self.tr("upper- and lower-case letters"))
        if policy.numeric:
            rules.append(self.tr("a digit"))
        if policy.special:
            rules.append(self.tr("a special character"))
        if policy.not_common:
            rules.append(self.tr("not a commonly used password"))
        if policy.not_breached:
            rules.append(self.tr("not a password known from a data breach"))
        if not rules:
            return ""
        return self.tr("The server's password policy: {rules}.").format(rules=", ".join(rules))

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _remove_toggled(self, remove: bool) -> None:
        self.password_edit.setEnabled(not remove)
        self.confirm_edit.setEnabled(not remove)
        self.send_button.setText(
            self.tr("Remove password") if remove else self.tr("Change password")
        )
        self.update_send_enabled()

    def _typed(self) -> None:
        self.show_error("")
        self.update_send_enabled()
        if self.password_edit.text() and self.confirm_edit.text():
            problem = self.validate()
            if problem:
                self.show_error(problem)

    def validate(self) -> str | None:
        if self.remove_check.isChecked():
            return None
        if not self.password_edit.text():
            return self.tr("Enter the new password")
        if self.password_edit.text() != self.confirm_edit.text():
            return self.tr("The two passwords do not match")
        return None

    def operation(self) -> Operation:
        password = "" if self.remove_check.isChecked() else self.password_edit.text()
        return ops.set_password(self.room, password)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy and self.remove_check.isChecked():
            self._remove_toggled(True)
