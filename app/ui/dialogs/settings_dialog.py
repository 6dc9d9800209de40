"""Preferences: poll interval, theme, confirmation prompts.

Saved when the user presses Save (never while typing), through ``SettingsStore``; the theme is
applied at once, the poll interval and the confirmations by whoever listens to
``settings_changed``. Also says where settings and app passwords are kept.

Only settings that something reads are shown. The notification options decide the live
alerts' desktop notifications (``NotificationBox``); the language is applied at the next start
(``app.qtapp.translations``, before any window is built), which the dialog says beside it.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP
from ...qtapp.translations import translated
from ...secrets import keyring_name, keyring_problem
from ...settings import (
    LANGUAGES,
    POLL_INTERVAL_MAX,
    POLL_INTERVAL_MIN,
    Settings,
    SettingsStore,
    Theme,
)
from ...widgets import PlainLabel
from ..theme import apply_theme
from .base import keep_texts_whole
from .notification_settings import NotificationBox

log = logging.getLogger(__name__)

THEME_NAMES = {
    Theme.SYSTEM: QT_TRANSLATE_NOOP("SettingsDialog", "Like the system"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
"""The themes as the combo offers them (English; translated when shown)."""

CONFIRM_TEXT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Ask before simple moderation actions and before removing an account"
)
CONFIRM_TIP = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "When off, promoting, demoting, letting someone in past the lobby (or sending them back) "
    "and making a conversation read-only or writable happen at once, without a question; "
    "a refusal from the server still shows. Deleting a conversation, removing participants, "
    "ending a call, demoting yourself and actions on several at once always ask.",
)


class SettingsDialog(QDialog):
    """Edit and save the preferences.

    Args:
        store: where settings are read from and saved to.
        parent: the owning window.

    Signals:
        settings_changed: the saved ``Settings`` after Save.
    """

    settings_changed = Signal(object)

    def __init__(
        self,
        store: SettingsStore,
        parent: QWidget | None = None,
        room_titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._keyring_task: asyncio.Task[Any] | None = None
        current = store.settings

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.poll_interval_spin = QSpinBox(self)
        self.poll_interval_spin.setObjectName("pollIntervalSpin")
        self.poll_interval_spin.setRange(POLL_INTERVAL_MIN, POLL_INTERVAL_MAX)
        self.poll_interval_spin.setSuffix(self.tr(" s"))
        self.poll_interval_spin.setValue(current.poll_interval)
        self.poll_interval_spin.setToolTip(
            self.tr(
                "How often the conversation list is refreshed. Shorter is more current but puts "
                "more load on the server."
            )
        )
        form.addRow(self.tr("Refresh every:"), self.poll_interval_spin)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for theme, name in THEME_NAMES.items():
            self.theme_combo.addItem(self.tr(name), theme.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(current.theme.value))
        form.addRow(self.tr("Theme:"), self.theme_combo)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(translated("Language", name), code)
        index = self.language_combo.findData(current.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_note = PlainLabel(self.tr("Applies after a restart"), self)
        self.language_note.setObjectName("languageNote")
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addWidget(self.language_note, 1)
        form.addRow(self.tr("Language:"), language_row)

        self.confirm_check = QCheckBox(self.tr(CONFIRM_TEXT), self)
        self.confirm_check.setObjectName("confirmActionsCheck")
        self.confirm_check.setChecked(current.confirm_actions)
        form.addRow(self.tr("Confirmation:"), self.confirm_check)
        self.confirm_note = PlainLabel(self.tr(CONFIRM_TIP), self)
        self.confirm_note.setObjectName("confirmActionsNote")
        self.confirm_note.setWordWrap(True)
        form.addRow("", self.confirm_note)
        layout.addLayout(form)
        self.notification_box = NotificationBox(current.notifications, room_titles, self)
        layout.addWidget(self.notification_box)

        self.storage_label = PlainLabel(self)
        self.storage_label.setObjectName("storageLabel")
        self.storage_label.setWordWrap(True)
        self.storage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._describe_storage(self.tr("checking the keyring…"))
        layout.addWidget(self.storage_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._keyring_task = asyncio.ensure_future(self._read_keyring())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        if visible and not self.isVisible():
            keep_texts_whole(self)  # before the first size is taken from the layout
        super().setVisible(visible)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._grow()
        return handled

    def _grow(self) -> None:
        """Taller when a wrapped text needs more lines than the height the dialog was shown
        with (the keyring's answer lengthens the storage line after it opened); never
        shorter, never past the screen."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        screen = self.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _describe_storage(self, keyring_text: str) -> None:
        self.storage_label.setText(
            self.tr("Settings are saved in {path}. App passwords: {keyring}.").format(
                path=self.store.path, keyring=keyring_text
            )
        )

    async def _read_keyring(self) -> None:
        """The keyring backend's name, read off the UI thread (loading it may block)."""
        problem, name = await asyncio.to_thread(lambda: (keyring_problem(), keyring_name()))
        if problem:
            self._describe_storage(
                self.tr("not stored ({problem}); you sign in again after a restart").format(
                    problem=QCoreApplication.translate("Secrets", problem)
                )
            )
        else:
            self._describe_storage(self.tr("in the system keyring ({name})").format(name=name))

    async def wait_idle(self) -> None:
        task = self._keyring_task
        if task is not None and not task.done():
            await asyncio.wait({task})

    def edited(self) -> Settings:
        """The settings as currently shown in the dialog (not saved yet)."""
        return replace(
            self.store.settings,
            poll_interval=self.poll_interval_spin.value(),
            theme=Theme(self.theme_combo.currentData()),
            confirm_actions=self.confirm_check.isChecked(),
            notifications=self.notification_box.options(),
            language=self.language_combo.currentData(),
        )

    def accept(self) -> None:
        new = self.edited()
        try:
            self.store.save(new)
        except OSError as exc:
            self.storage_label.setText(
                self.tr("Could not save the settings: {error}").format(error=exc)
            )
            return
        apply_theme(new.theme)
        self.settings_changed.emit(new)
        super().accept()

    def done(self, result: int) -> None:
        task = self._keyring_task
        if task is not None and not task.done():
            task.cancel()
        super().done(result)
