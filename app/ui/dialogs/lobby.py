"""Turn the lobby on or off, with an optional opening time in the moderator's local time."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QWidget

from ...api import Room
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from ...widgets import PlainLabel
from .base import AsyncActionDialog

DEFAULT_LEAD_MINUTES = 15
DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


class LobbyDialog(AsyncActionDialog):
    """Lobby on/off; when on, optionally opens by itself at the chosen time.

    The countdown label ("opens in 14 min") is refreshed every second by a named timer so the
    moderator sees at once whether the picked time is what they meant.
    """

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("Lobby of '{title}'").format(title=room.title),
            object_name="lobbyDialog",
            send_text=self.tr("Apply"),
            parent=parent,
        )
        self.room = room
        self.set_intro(
            self.tr(
                "While the lobby is on, only moderators can enter the conversation; everyone "
                "else waits until it opens."
            )
            + "\n\n"
            + self.current_state(room)
        )
        self.enabled_check = QCheckBox(self.tr("Lobby on (only moderators can enter)"), self)
        self.enabled_check.setObjectName("lobbyEnabledCheck")
        self.enabled_check.setChecked(not room.lobby_enabled)  # propose the change: on<->off
        self.timer_check = QCheckBox(self.tr("Open automatically at"), self)
        self.timer_check.setObjectName("lobbyTimerCheck")
        self.timer_edit = QDateTimeEdit(self)
        self.timer_edit.setObjectName("lobbyTimerEdit")
        self.timer_edit.setCalendarPopup(True)
        self.timer_edit.setDisplayFormat(DISPLAY_FORMAT)
        if room.lobby_timer:
            self.timer_edit.setDateTime(QDateTime.fromSecsSinceEpoch(room.lobby_timer))
            self.timer_check.setChecked(True)
        else:
            start = int(time.time()) // 60 * 60 + DEFAULT_LEAD_MINUTES * 60
            self.timer_edit.setDateTime(QDateTime.fromSecsSinceEpoch(start))
        self.countdown = PlainLabel(self)
        self.countdown.setObjectName("lobbyCountdownLabel")
        self.form.addRow(self.enabled_check)
        self.form.addRow(self.timer_check, self.timer_edit)
        self.form.addRow("", self.countdown)

        self.enabled_check.toggled.connect(self._refresh)
        self.timer_check.toggled.connect(self._refresh)
        self.timer_edit.dateTimeChanged.connect(self._refresh)
        self._ticker = QTimer(self)
        self._ticker.setObjectName("lobbyCountdownTimer")
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._refresh)
        self._ticker.start()
        self._refresh()

    # ----------------------------------------------------------------- in words

    def current_state(self, room: Room) -> str:
        """The lobby as it is now, in words: the checkbox proposes the change, so say what
        is."""
        if not room.lobby_enabled:
            return self.tr("Now: the lobby is off.")
        if room.lobby_timer:
            when = QDateTime.fromSecsSinceEpoch(room.lobby_timer).toString(DISPLAY_FORMAT)
            return self.tr("Now: the lobby is on; it {opens} (at {when}).").format(
                opens=self.opens_in(room.lobby_timer), when=when
            )
        return self.tr("Now: the lobby is on until a moderator opens it.")

    def opens_in(self, timer: int) -> str:
        """ "opens in 14 min", "opening now" for a lobby timer (Unix time); "" for none."""
        if not timer:
            return ""
        remaining = int(timer - time.time())
        if remaining <= 0:
            return self.tr("opening now")
        return self.tr("opens in {duration}").format(duration=self.duration(remaining))

    def duration(self, seconds: int) -> str:
        """A short, rounded-up duration: "45 s", "14 min", "2 h 5 min", "3 days"."""
        if seconds < 60:
            return self.tr("{seconds} s").format(seconds=seconds)
        minutes = -(-seconds // 60)  # round up: "opens in 1 min" until it opens
        if minutes < 60:
            return self.tr("{minutes} min").format(minutes=minutes)
        hours, minutes = divmod(minutes, 60)
        if hours < 48:
            if minutes:
                return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
            return self.tr("{hours} h").format(hours=hours)
        return self.tr("%n day(s)", "", -(-hours // 24))

    # ----------------------------------------------------------------- input

    def opens_at(self) -> datetime | None:
        """The chosen opening time as an aware datetime, None without a timer."""
        if not (self.enabled_check.isChecked() and self.timer_check.isChecked()):
            return None
        return datetime.fromtimestamp(self.timer_edit.dateTime().toSecsSinceEpoch(), UTC)

    def set_opens_at(self, when: datetime) -> None:
        """Pick an opening time (any timezone; shown in local time)."""
        self.timer_check.setChecked(True)
        self.timer_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))

    def _refresh(self) -> None:
        on = self.enabled_check.isChecked()
        self.timer_check.setEnabled(on and not self.in_flight)
        self.timer_edit.setEnabled(on and self.timer_check.isChecked() and not self.in_flight)
        when = self.opens_at()
        if not on:
            self.countdown.setText(self.tr("Everyone can enter"))
        elif when is None:
            self.countdown.setText(self.tr("Stays closed until a moderator opens it"))
        else:
            self.countdown.setText(self.opens_in(int(when.timestamp())))
        self.update_send_enabled()

    def validate(self) -> str | None:
        when = self.opens_at()
        if when is not None and when.timestamp() <= time.time():
            return self.tr("The opening time is in the past: pick a later time or no timer")
        return None

    def operation(self) -> Operation:
        return ops.set_lobby(self.room, self.enabled_check.isChecked(), self.opens_at())

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if not busy:
            self._refresh()
