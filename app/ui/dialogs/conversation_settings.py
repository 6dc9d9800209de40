"""Conversation Settings: the policy of one conversation and your own settings of it.

Shows the current values (description, who can find it, message expiration, who may mention
@all, recording consent; your favorite mark, notifications and call notifications) and sends
only what changed: each change is its own action through the runner, so each is audited on
its own. When the server refuses one, the changes before it stay done, the dialog says which,
keeps everything typed, and a second Apply sends only what is still different.

A control whose action the rules refuse (not a moderator, a server without the feature, a
recording consent the server decides itself) is disabled and says why: as its tooltip, and
for recording consent in a line of its own. The server's text (the description) is shown as
plain text.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit, QWidget

from ...api import Room, TalkError
from ...api.capabilities import TalkCapabilities
from ...api.constants import NotificationLevel
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionKind, ActionOutcome, ActionRunner, Operation, policy
from ...moderation.rules import RuleContext, evaluate
from ...moderation.settings import KIND_OF, ConversationSettings, changes
from ...qtapp.translations import error_text, verdict_reason
from ...widgets import PlainLabel
from .base import AsyncActionDialog, grouped

log = logging.getLogger(__name__)

_WORDS = {
    "description": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "description"),
    "listable": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "who can find it"),
    "message_expiration": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "message expiration"),
    "mention_permissions": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "@all mentions"),
    "recording_consent": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "recording consent"),
    "favorite": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "favorite"),
    "notification_level": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "notifications"),
    "call_notifications": QT_TRANSLATE_NOOP("ConversationSettingsDialog", "call notifications"),
}
"""Each setting in the messages about what was saved (English; translated when shown)."""


def choice_label(choices: tuple[policy.Choice, ...], value: int) -> str:
    """A setting's value as the combo shows it, in the user's language."""
    found = policy.choice(choices, value)
    if found is None:
        return QCoreApplication.translate("ConversationSettingsDialog", "value {value}").format(
            value=value
        )
    return QCoreApplication.translate("Policy", found.label)


class ConversationSettingsDialog(AsyncActionDialog):
    """The settings of ``room``; Apply sends what differs from the server's values.

    Args:
        capabilities: the server's, for what it supports (None while unknown: the rules
            then allow what the room allows, and the server decides).
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        capabilities: TalkCapabilities | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Settings of '{title}'").format(title=room.title),
            object_name="conversationSettingsDialog",
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        self.capabilities = capabilities
        self.now = ConversationSettings.of_room(room)
        """What the server has, as far as this dialog knows (updated by every answer)."""
        self._batch: list[Operation] = []
        self._saved: list[str] = []
        self.set_intro(
            self.tr(
                "Only what you change is sent, each change as an action of its own. The first "
                "settings are the conversation's (moderators); the last ones are yours alone."
            )
        )

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setPlainText(room.description)  # plain text: never markup
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(96)
        self.description_count = PlainLabel(self)
        self.description_count.setObjectName("descriptionCountLabel")
        self.form.addRow(self.tr("Description:"), self.description_edit)
        self.form.addRow("", self.description_count)

        self.listable_combo = self._combo("listableCombo", policy.LISTABLE, room.listable)
        self.form.addRow(self.tr("Who can find it:"), self.listable_combo)

        self.expiration_combo = QComboBox(self)
        self.expiration_combo.setObjectName("expirationCombo")
        for seconds in policy.EXPIRATION_PRESETS:
            self.expiration_combo.addItem(self.expiration_words(seconds, first=True), seconds)
        if room.message_expiration not in policy.EXPIRATION_PRESETS:
            words = self.expiration_words(room.message_expiration)
            self.expiration_combo.addItem(
                self.tr("Custom: {time}").format(time=words), room.message_expiration
            )
        self.expiration_combo.setCurrentIndex(
            self.expiration_combo.findData(room.message_expiration)
        )
        self.form.addRow(self.tr("Messages expire:"), self.expiration_combo)

        self.mentions_combo = self._combo(
            "mentionsCombo", policy.MENTIONS, room.mention_permissions
        )
        self.form.addRow(self.tr("Who may mention @all:"), self.mentions_combo)

        self.consent_check = QCheckBox(
            self.tr("Require recording consent before joining the call"), self
        )
        self.consent_check.setObjectName("recordingConsentCheck")
        self.consent_check.setChecked(bool(room.recording_consent))
        self.consent_reason = PlainLabel(self)
        self.consent_reason.setObjectName("recordingConsentReasonLabel")
        self.consent_reason.setWordWrap(True)
        self.consent_reason.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(self.tr("Recording:"), self.consent_check)
        self.form.addRow("", self.consent_reason)

        self.favorite_check = QCheckBox(self.tr("Favorite (listed first)"), self)
        self.favorite_check.setObjectName("favoriteCheck")
        self.favorite_check.setChecked(room.is_favorite)
        self.form.addRow(self.tr("You:"), self.favorite_check)

        self.notifications_combo = QComboBox(self)
        self.notifications_combo.setObjectName("notificationsCombo")
        if room.notification_level == NotificationLevel.DEFAULT:
            default = choice_label(policy.NOTIFICATIONS, policy.default_notification_level(room))
            self.notifications_combo.addItem(self.tr("Default ({level})").format(level=default), 0)
        for item in policy.NOTIFICATIONS:
            self.notifications_combo.addItem(
                choice_label(policy.NOTIFICATIONS, item.value), item.value
            )
        self.notifications_combo.setCurrentIndex(
            max(0, self.notifications_combo.findData(room.notification_level))
        )
        self.form.addRow(self.tr("Notifications:"), self.notifications_combo)

        self.calls_check = QCheckBox(self.tr("Notify me when a call starts"), self)
        self.calls_check.setObjectName("callNotificationsCheck")
        self.calls_check.setChecked(bool(room.notification_calls))
        self.form.addRow(self.tr("Calls:"), self.calls_check)

        self._controls: dict[str, QWidget] = {
            "description": self.description_edit,
            "listable": self.listable_combo,
            "message_expiration": self.expiration_combo,
            "mention_permissions": self.mentions_combo,
            "recording_consent": self.consent_check,
            "favorite": self.favorite_check,
            "notification_level": self.notifications_combo,
            "call_notifications": self.calls_check,
        }
        self.description_edit.textChanged.connect(self._changed)
        for combo in (
            self.listable_combo,
            self.expiration_combo,
            self.mentions_combo,
            self.notifications_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.consent_check, self.favorite_check, self.calls_check):
            check.toggled.connect(self._changed)
        self._apply_rules()
        self._changed()

    def _combo(self, name: str, choices: tuple[policy.Choice, ...], value: int) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for item in choices:
            combo.addItem(choice_label(choices, item.value), item.value)
        if combo.findData(value) < 0:  # a value this version does not know: shown, kept
            combo.addItem(choice_label(choices, value), value)
        combo.setCurrentIndex(combo.findData(value))
        return combo

    def expiration_words(self, seconds: int, *, first: bool = False) -> str:
        """The expiration time in words (off, 1 hour, 8 hours, 1 day, 4 weeks, 90 minutes):
        the largest unit that divides it evenly; ``first`` capitalised, as a combo item."""
        if seconds <= 0:
            return self.tr("Off") if first else self.tr("off")
        if seconds % policy.WEEK == 0:
            return self.tr("%n week(s)", "", seconds // policy.WEEK)
        if seconds % policy.DAY == 0:
            return self.tr("%n day(s)", "", seconds // policy.DAY)
        if seconds % policy.HOUR == 0:
            return self.tr("%n hour(s)", "", seconds // policy.HOUR)
        if seconds % policy.MINUTE == 0:
            return self.tr("%n minute(s)", "", seconds // policy.MINUTE)
        return self.tr("%n second(s)", "", seconds)

    # ----------------------------------------------------------------- what is shown

    def wanted(self) -> ConversationSettings:
        """The values as the dialog shows them now."""
        return ConversationSettings(
            description=self.description_edit.toPlainText(),
            listable=int(self.listable_combo.currentData()),
            message_expiration=int(self.expiration_combo.currentData()),
            mention_permissions=int(self.mentions_combo.currentData()),
            recording_consent=self.consent_check.isChecked(),
            favorite=self.favorite_check.isChecked(),
            notification_level=int(self.notifications_combo.currentData()),
            call_notifications=self.calls_check.isChecked(),
        )

    def changes(self) -> list[Operation]:
        """What Apply would send now: one operation per changed setting."""
        return changes(self.room, self.now, self.wanted())

    def focus(self, kind: ActionKind) -> None:
        """Put the keyboard focus on the control of ``kind`` (the menu entry chosen)."""
        for name, control_kind in KIND_OF.items():
            if control_kind is kind:
                self._controls[name].setFocus()

    def _verdicts(self) -> dict[str, tuple[bool, str]]:
        context = RuleContext(room=self.room, capabilities=self.capabilities)
        result = {}
        for name, kind in KIND_OF.items():
            verdict = evaluate(kind, context)
            result[name] = (verdict.enabled, verdict_reason(verdict))
        return result

    def _apply_rules(self) -> None:
        """Enable each control as its action's rule says; a disabled one says why."""
        verdicts = self._verdicts()
        for name, (enabled, reason) in verdicts.items():
            control = self._controls[name]
            control.setEnabled(enabled and not self.in_flight)
            control.setToolTip("" if enabled else reason)
        consent_enabled, consent_reason = verdicts["recording_consent"]
        self.consent_reason.setText("" if consent_enabled else consent_reason)
        self.consent_reason.setVisible(not consent_enabled)

    def _changed(self) -> None:
        length = len(policy.trimmed(self.description_edit.toPlainText()))
        self.description_count.setText(
            self.tr("{length} of {limit} characters").format(
                length=grouped(length), limit=grouped(policy.DESCRIPTION_MAX)
            )
        )
        self.update_send_enabled()

    def validate(self) -> str | None:
        length = len(policy.trimmed(self.description_edit.toPlainText()))
        if length > policy.DESCRIPTION_MAX:
            return self.tr(
                "The description is too long: {length} characters, at most {limit}"
            ).format(length=grouped(length), limit=grouped(policy.DESCRIPTION_MAX))
        if not self.changes():
            return self.tr("Nothing changed")
        return None

    # ----------------------------------------------------------------- sending

    def operation(self) -> Operation:
        self._batch = self.changes()
        self._saved = []
        return self._batch[-1]

    async def _send(self, op: Operation) -> None:
        """Every change but the last one here, one after the other; the last through the
        base, which closes the dialog when it succeeds. The first refusal stops the rest."""
        for each in self._batch[:-1]:
            try:
                outcome = await self.runner.run(each)
            except TalkError as exc:
                self._finish(error_text(exc))
                return
            except Exception as exc:  # a bug: say so rather than leave the dialog spinning
                log.exception("%s failed unexpectedly", self.objectName())
                self._finish(self.tr("Unexpected error: {error}").format(error=repr(exc)))
                return
            self._took(outcome)
            self.answered.emit(outcome)  # the lists show each change now
        await super()._send(op)

    def _took(self, outcome: ActionOutcome) -> None:
        """One change was accepted: it is what the server has now."""
        name = next(n for n, kind in KIND_OF.items() if kind is outcome.operation.kind)
        self.now = dataclasses.replace(self.now, **{name: getattr(self.wanted(), name)})
        if name == "description":
            self.now = dataclasses.replace(
                self.now, description=policy.trimmed(self.now.description)
            )
        if outcome.room is not None:
            self.room = outcome.room
        self._saved.append(_WORDS[name])

    def _finish(self, error: str) -> None:
        if error and self._saved:
            error = self.tr("Saved: {saved}. Not saved: {error}").format(
                saved=", ".join(self.tr(words) for words in self._saved), error=error
            )
        super()._finish(error)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._apply_rules()
            self.update_send_enabled()
