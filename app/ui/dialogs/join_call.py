"""Join (or start) the call, giving recording consent where the call asks for it.

Where the server or the conversation requires consent to the call's recording, the dialog
shows Talk's own wording and a checkbox; Join stays disabled until it is ticked, so joining
does not fail. Should the server ask for consent the room did not show yet (it changed since
the list was read), the refusal says so and the checkbox appears.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from ...api import Room
from ...api.capabilities import TalkCapabilities
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, Operation, policy
from ...moderation import operations as ops
from ...widgets import PlainLabel
from .confirm import ConfirmActionDialog

CONSENT_MISSING = QT_TRANSLATE_NOOP(
    "JoinCallDialog", "Give consent to the recording to join this call"
)
CONSENT_REFUSED = QT_TRANSLATE_NOOP(
    "Explain", "This call is recorded: give recording consent to join it"
)
"""The server's refusal for want of consent (``app.api.explain``'s words, the same message
of the catalogue): the dialog recognises it in the window's language."""


class JoinCallDialog(ConfirmActionDialog):
    """Join the call of ``room`` as the signed-in account.

    Args:
        capabilities: the server's, when known: whether every call asks for consent.
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        capabilities: TalkCapabilities | None = None,
        parent: QWidget | None = None,
    ) -> None:
        text = (
            self.tr("Join the call in '{title}' as {login}?").format(
                title=room.title, login=runner.service.login
            )
            if room.has_call
            else self.tr("No call is running in '{title}'. Start one and join it?").format(
                title=room.title
            )
        )
        super().__init__(
            runner,
            ops.join_call(room),
            title=self.tr("Join call"),
            text=text,
            send_text=self.tr("Join call"),
            parent=parent,
        )
        self.room = room
        self.asks_consent = False
        self.consent_text = PlainLabel(self)
        self.consent_text.setObjectName("recordingConsentLabel")
        self.consent_text.setWordWrap(True)
        self.consent_text.setText(
            QCoreApplication.translate("Policy", policy.CONSENT_WARNING)
            + "\n"
            + QCoreApplication.translate("Policy", policy.CONSENT_TEXT)
        )
        self.consent_check = QCheckBox(
            QCoreApplication.translate("Policy", policy.CONSENT_CHECKBOX), self
        )
        self.consent_check.setObjectName("recordingConsentCheck")
        self.form.addRow(self.consent_text)
        self.form.addRow(self.consent_check)
        self.consent_check.toggled.connect(self.update_send_enabled)
        self.failed.connect(self._refused)
        self._show_consent(policy.needs_recording_consent(room, capabilities))

    def _show_consent(self, asks: bool) -> None:
        self.asks_consent = asks
        self.consent_text.setVisible(asks)
        self.consent_check.setVisible(asks)
        self.update_send_enabled()

    def _refused(self, error: str) -> None:
        """The server wants consent after all (``explain``'s sentence for 400 ``consent``, in
        the window's language)."""
        if (
            QCoreApplication.translate("Explain", CONSENT_REFUSED) in error
            and not self.asks_consent
        ):
            self._show_consent(True)

    def validate(self) -> str | None:
        if self.asks_consent and not self.consent_check.isChecked():
            return self.tr(CONSENT_MISSING)
        return None

    def operation(self) -> Operation:
        return ops.join_call(self.room, recording_consent=self.consent_check.isChecked())
