"""The notification part of Settings: which alerts notify, a sound, quiet hours, muted rooms.

Every alert enters the Alerts panel whatever is set here; these decide the desktop
notification (``app.live.alert_policy`` reads them at each alert).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP
from ...settings import NotificationOptions, clock_time
from ...widgets import PlainLabel

SWITCHES = (
    ("lobby_waiting", QT_TRANSLATE_NOOP("NotificationBox", "Someone waits in a lobby")),
    ("assistance", QT_TRANSLATE_NOOP("NotificationBox", "A breakout room asks for help")),
    ("call_started", QT_TRANSLATE_NOOP("NotificationBox", "A call starts")),
    ("lobby_opened", QT_TRANSLATE_NOOP("NotificationBox", "A lobby opens at its set time")),
    (
        "raised_hand",
        QT_TRANSLATE_NOOP(
            "NotificationBox", "Someone raises their hand (needs a signaling server)"
        ),
    ),
)
"""Each alert's switch (English; translated when shown)."""


class NotificationBox(QGroupBox):
    """Shows ``options``; ``options()`` reads back what the user set.

    Args:
        options: the saved notification options.
        room_titles: token -> title, to name muted conversations (unknown ones by token).
    """

    def __init__(
        self,
        options: NotificationOptions,
        room_titles: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Notifications"))
        self.setObjectName("notificationBox")
        self._saved = options
        titles = room_titles or {}
        layout = QVBoxLayout(self)
        self.enabled_check = QCheckBox(self.tr("Show desktop notifications for alerts"), self)
        self.enabled_check.setObjectName("notificationsEnabledCheck")
        self.enabled_check.setChecked(options.enabled)
        layout.addWidget(self.enabled_check)
        self.switches: dict[str, QCheckBox] = {}
        for name, text in SWITCHES:
            check = QCheckBox(self.tr(text), self)
            check.setObjectName(f"{name}Check")
            check.setChecked(bool(getattr(options, name)))
            self.switches[name] = check
            layout.addWidget(check)
        self.sound_check = QCheckBox(self.tr("Play a sound with each notification"), self)
        self.sound_check.setObjectName("soundCheck")
        self.sound_check.setChecked(options.sound)
        layout.addWidget(self.sound_check)

        quiet = QHBoxLayout()
        self.quiet_check = QCheckBox(self.tr("Quiet hours from"), self)
        self.quiet_check.setObjectName("quietHoursCheck")
        self.quiet_from = QTimeEdit(self)
        self.quiet_from.setObjectName("quietFromEdit")
        self.quiet_from.setDisplayFormat("HH:mm")
        self.quiet_until = QTimeEdit(self)
        self.quiet_until.setObjectName("quietUntilEdit")
        self.quiet_until.setDisplayFormat("HH:mm")
        on = bool(options.quiet_from and options.quiet_until)
        self.quiet_check.setChecked(on)
        self.quiet_from.setTime(QTime.fromString(options.quiet_from or "22:00", "HH:mm"))
        self.quiet_until.setTime(QTime.fromString(options.quiet_until or "07:00", "HH:mm"))
        quiet.addWidget(self.quiet_check)
        quiet.addWidget(self.quiet_from)
        quiet.addWidget(PlainLabel(self.tr("until"), self))
        quiet.addWidget(self.quiet_until)
        quiet.addStretch(1)
        layout.addLayout(quiet)

        muted = QFormLayout()
        self.muted_list = QListWidget(self)
        self.muted_list.setObjectName("mutedRoomsList")
        self.muted_list.setMaximumHeight(90)
        for token in options.muted_rooms:
            item = QListWidgetItem(titles.get(token, token))
            item.setData(Qt.ItemDataRole.UserRole, token)
            self.muted_list.addItem(item)
        self.unmute_button = QPushButton(self.tr("Unmute"), self)
        self.unmute_button.setObjectName("unmuteButton")
        self.unmute_button.clicked.connect(self._unmute)
        muted.addRow(self.tr("Muted conversations:"), self.muted_list)
        muted.addRow("", self.unmute_button)
        layout.addLayout(muted)
        note = PlainLabel(
            self.tr(
                "Every alert is listed in the Alerts panel; these choose what also notifies. "
                "Mute a conversation from the Alerts panel."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.enabled_check.toggled.connect(self._update_enabled)
        self.quiet_check.toggled.connect(self._update_enabled)
        self._update_enabled()

    def options(self) -> NotificationOptions:
        quiet = self.quiet_check.isChecked()
        tokens = tuple(
            str(self.muted_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.muted_list.count())
        )
        return replace(
            self._saved,
            enabled=self.enabled_check.isChecked(),
            sound=self.sound_check.isChecked(),
            quiet_from=clock_time(self.quiet_from.time().toString("HH:mm")) if quiet else "",
            quiet_until=clock_time(self.quiet_until.time().toString("HH:mm")) if quiet else "",
            muted_rooms=tokens,
            **{name: check.isChecked() for name, check in self.switches.items()},
        )

    def _unmute(self) -> None:
        for item in self.muted_list.selectedItems():
            self.muted_list.takeItem(self.muted_list.row(item))

    def _update_enabled(self) -> None:
        on = self.enabled_check.isChecked()
        for check in (*self.switches.values(), self.sound_check, self.quiet_check):
            check.setEnabled(on)
        self.quiet_from.setEnabled(on and self.quiet_check.isChecked())
        self.quiet_until.setEnabled(on and self.quiet_check.isChecked())
