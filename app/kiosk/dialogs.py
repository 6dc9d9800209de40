"""The kiosk's few dialogs: confirm, exit PIN, lobby opening time, people of a room.

All are frameless, window-modal and opened with ``open()`` (never ``exec()``: a nested event
loop would stall the qasync loop and with it the polling). Results come back as signals.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..api import Participant
from ..moderation.bans import NoteTooLong, check_note
from ..secrets import Sealed
from ..widgets import PlainLabel
from .actions import KioskAction
from .pin import PinGuard, PinHash, verify_pin
from .state import RoomView
from .theme import enable_touch_scrolling

log = logging.getLogger(__name__)


def _button(name: str, text: str, role: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        button.setProperty("role", role)
    return button


def _add_question(layout: QVBoxLayout, question: str, detail: str) -> None:
    """The big question and its detail that open a confirmation (server text: plain)."""
    title = PlainLabel(question)
    title.setObjectName("confirmQuestion")
    title.setWordWrap(True)
    title.setStyleSheet("font-size: 26pt; font-weight: bold;")
    layout.addWidget(title)
    text = PlainLabel(detail)
    text.setObjectName("confirmDetail")
    text.setWordWrap(True)
    layout.addWidget(text)


class KioskDialog(QDialog):
    """Frameless and window-modal; Escape closes it (it never reaches the kiosk window)."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setMinimumWidth(640)


class ConfirmDialog(KioskDialog):
    """A second step before a destructive action; the confirm button says what it does."""

    def __init__(self, parent: QWidget | None, question: str, detail: str, confirm: str) -> None:
        super().__init__(parent, "confirmDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(20)
        _add_question(layout, question, detail)
        row = QHBoxLayout()
        self.cancel_button = _button("confirmCancelButton", self.tr("Cancel"))
        self.confirm_button = _button("confirmButton", confirm, "danger")
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.accept)


class PinDialog(KioskDialog):
    """Asks for the exit PIN on a big keypad; counts wrong PINs and honours the lock.

    Args:
        pin: the stored hash to check against.
        guard: the lockout state; it outlives the dialog, so closing it does not reset the count.

    Signals:
        unlocked(): the right PIN was entered; the kiosk may close.
    """

    unlocked = Signal()

    def __init__(self, parent: QWidget | None, pin: PinHash, guard: PinGuard) -> None:
        super().__init__(parent, "pinDialog")
        self._pin = pin
        self._guard = guard
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.finished.connect(self._on_finished)
        layout = QVBoxLayout(self)
        # Kept within a 1280x800 screen: the PIN dialog is the only way out of the kiosk, so
        # its keypad and Cancel must never be cut off at the bottom.
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(12)
        title = PlainLabel(self.tr("Enter the exit PIN"))
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 24pt; font-weight: bold;")
        layout.addWidget(title)
        self.edit = QLineEdit()
        self.edit.setObjectName("pinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaxLength(12)
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.edit.returnPressed.connect(self.submit)
        layout.addWidget(self.edit)
        self.status = PlainLabel(" ")
        self.status.setObjectName("pinStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        keypad = QGridLayout()
        keypad.setSpacing(10)
        for index, digit in enumerate("123456789"):
            key = _button(f"pinKey{digit}", digit, "key")
            key.clicked.connect(lambda _c=False, d=digit: self._type(d))
            keypad.addWidget(key, index // 3, index % 3)
        back = _button("pinKeyBack", "⌫", "key")
        back.clicked.connect(self.edit.backspace)
        zero = _button("pinKey0", "0", "key")
        zero.clicked.connect(lambda _c=False: self._type("0"))
        self.ok_button = _button("pinOkButton", self.tr("OK"), "primary")
        self.ok_button.setProperty("role", "key")
        self.ok_button.clicked.connect(self.submit)
        keypad.addWidget(back, 3, 0)
        keypad.addWidget(zero, 3, 1)
        keypad.addWidget(self.ok_button, 3, 2)
        layout.addLayout(keypad)
        self.cancel_button = _button("pinCancelButton", self.tr("Cancel"), "quiet")
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.cancel_button)

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._show_lock)
        self._show_lock()

    @property
    def checking(self) -> bool:
        """A check runs: this dialog's, or another one's on the same guard."""
        return self._guard.checking or (self._task is not None and not self._task.done())

    def _type(self, digit: str) -> None:
        self.edit.insert(digit)

    def _show_lock(self) -> None:
        remaining = self._guard.remaining_lock()
        locked = remaining > 0
        self.edit.setEnabled(not locked)
        self.ok_button.setEnabled(not locked and not self.checking)
        if locked:
            self.status.setText(
                self.tr("Too many wrong PINs. Exit locked: try again in {seconds} s").format(
                    seconds=int(remaining) + 1
                )
            )
            if not self._lock_timer.isActive():
                self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.status.setText(self.tr("You can try again now"))

    def submit(self) -> None:
        """Check the typed PIN off the UI thread (PBKDF2 is slow on purpose).

        The guard counts the attempt before the check starts and allows one check at a time
        (for every PIN dialog of the window), so PINs typed faster than they are checked are
        refused, not queued past the lock.
        """
        pin = self.edit.text()
        self.edit.clear()
        if not pin:
            if not self.checking and not self._guard.locked:
                self.status.setText(self.tr("Type the PIN first"))
            return
        if not self._guard.begin_check():
            if self._guard.locked:
                self._show_lock()
            else:
                self.status.setText(self.tr("Still checking the last PIN…"))
            return
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Checking…"))
        self._task = asyncio.get_event_loop().create_task(
            self._check(Sealed(pin)), name="kiosk-pin"
        )

    def _on_finished(self) -> None:
        self._closed = True

    def _alive(self) -> bool:
        """Whether the widgets may still be touched (Cancel during a check deletes them)."""
        return not self._closed and shiboken6.isValid(self)

    async def _check(self, pin: Sealed) -> None:
        loop = asyncio.get_running_loop()
        right = False
        try:
            # Sealed: the executor logs its arguments at DEBUG; the PIN must not be among them.
            right = await loop.run_in_executor(None, verify_pin, pin, self._pin)
        finally:
            locked_for = self._guard.finish_check(right)  # a cancelled check counts as wrong
        if right:
            log.info("kiosk: exit PIN accepted")
        else:
            log.warning("kiosk: wrong exit PIN")
        if not self._alive():  # cancelled meanwhile: the count is kept, nobody to tell
            return
        if right:
            self.unlocked.emit()
            self.accept()
            return
        if locked_for:
            self._show_lock()
        else:
            left = self._guard.attempts_left()
            self.status.setText(self.tr("Wrong PIN. %n attempt(s) left", "", left))
            self.ok_button.setEnabled(True)


class LobbyTimerDialog(KioskDialog):
    """The lobby on until a time: presets for the usual cases, or a clock time set with big
    - and + buttons (a touch screen has no keyboard and QTimeEdit's arrows are tiny).

    Signals:
        chosen(datetime): an aware local datetime at which the lobby opens by itself.
    """

    chosen = Signal(object)
    PRESETS = (15, 30, 60, 120)
    STEP_MINUTES = 5

    def __init__(self, parent: QWidget | None, room_title: str) -> None:
        super().__init__(parent, "lobbyTimerDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(16)
        title = PlainLabel(self.tr("Lobby on in {title} until…").format(title=room_title))
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 24pt; font-weight: bold;")
        layout.addWidget(title)
        presets = QHBoxLayout()
        for minutes in self.PRESETS:
            if minutes < 60:
                text = self.tr("{minutes} min").format(minutes=minutes)
            else:
                text = self.tr("{hours} h").format(hours=minutes // 60)
            button = _button(f"lobbyIn{minutes}Button", text, "primary")
            button.clicked.connect(lambda _c=False, m=minutes: self._choose_in(m))
            presets.addWidget(button)
        layout.addLayout(presets)
        at_row = QHBoxLayout()
        at_row.addWidget(PlainLabel(self.tr("or at")))
        step = self.STEP_MINUTES
        self.earlier_button = _button(
            "lobbyEarlierButton", self.tr("− {minutes} min").format(minutes=step)
        )
        self.earlier_button.setAccessibleName(
            self.tr("{minutes} minutes earlier").format(minutes=step)
        )
        self.earlier_button.clicked.connect(lambda: self.step(-self.STEP_MINUTES))
        at_row.addWidget(self.earlier_button)
        # A label, not a QTimeEdit: nothing to type into, so no keyboard pops up or is needed
        self.time_label = PlainLabel()
        self.time_label.setObjectName("lobbyTimeLabel")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setStyleSheet("font-size: 30pt; font-weight: bold;")
        at_row.addWidget(self.time_label, 1)
        self.picked = QTime()
        self._show_time(_rounded_up(QTime.currentTime().addSecs(3600), self.STEP_MINUTES))
        self.later_button = _button(
            "lobbyLaterButton", self.tr("+ {minutes} min").format(minutes=step)
        )
        self.later_button.setAccessibleName(self.tr("{minutes} minutes later").format(minutes=step))
        self.later_button.clicked.connect(lambda: self.step(self.STEP_MINUTES))
        at_row.addWidget(self.later_button)
        layout.addLayout(at_row)
        self.at_button = _button("lobbyAtButton", self.tr("Lobby on until then"), "primary")
        self.at_button.clicked.connect(self._choose_at)
        layout.addWidget(self.at_button)
        cancel = _button("lobbyTimerCancelButton", self.tr("Cancel"), "quiet")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)

    def step(self, minutes: int) -> None:
        """Move the picked time by ``minutes`` (the - and + buttons), round the clock (23:55
        and 5 more minutes is 00:00, tomorrow: see ``_choose_at``)."""
        self._show_time(self.picked.addSecs(minutes * 60))

    def _show_time(self, time: QTime) -> None:
        self.picked = time
        self.time_label.setText(time.toString("HH:mm"))

    def _choose_in(self, minutes: int) -> None:
        self._finish(datetime.now().astimezone() + timedelta(minutes=minutes))

    def _choose_at(self) -> None:
        now = datetime.now().astimezone()
        picked = self.picked
        when = now.replace(hour=picked.hour(), minute=picked.minute(), second=0, microsecond=0)
        if when <= now:
            when += timedelta(days=1)
        self._finish(when)

    def _finish(self, when: datetime) -> None:
        self.chosen.emit(when)
        self.accept()


def _rounded_up(time: QTime, minutes: int) -> QTime:
    """``time`` moved up to the next multiple of ``minutes`` (seconds dropped): 14:03 -> 14:05."""
    total = time.hour() * 60 + time.minute()
    total = -(-total // minutes) * minutes
    return QTime((total // 60) % 24, total % 60)


class BanDialog(KioskDialog):
    """Ban a guest: what it does, an internal note, then the confirm button.

    Signals:
        chosen(str): the note (may be empty), within Talk's limit.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, question: str, detail: str) -> None:
        super().__init__(parent, "banDialog")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(16)
        _add_question(layout, question, detail)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("banNoteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Note for the moderators (optional): what happened")
        )
        self.note_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout.addWidget(self.note_edit)
        self.status = PlainLabel(" ")
        self.status.setObjectName("banNoteStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.cancel_button = _button("confirmCancelButton", self.tr("Cancel"))
        self.confirm_button = _button("confirmButton", self.tr("Ban"), "danger")
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.submit)

    def submit(self) -> None:
        note = self.note_edit.text().strip()
        try:
            check_note(note)
        except NoteTooLong as exc:
            self.status.setText(self.tr("The note is too long: {reason}").format(reason=exc))
            return
        self.chosen.emit(note)
        self.accept()


class PersonRow(QWidget):
    """A participant with the person actions staff may take on them."""

    def __init__(
        self,
        person: Participant,
        view: RoomView,
        allowed: frozenset[KioskAction],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attendee_id = person.attendee_id
        self.setObjectName(f"personRow_{person.attendee_id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        facts = []
        if person.is_guest:
            facts.append(self.tr("guest"))
        if person.is_moderator:
            facts.append(self.tr("moderator"))
        if person.in_call & 1:
            facts.append(self.tr("in call"))
        waiting = person.waiting_in_lobby(view.lobby_on)
        if waiting:
            facts.append(self.tr("waiting"))
        text = person.title + (f"  ·  {', '.join(facts)}" if facts else "")
        label = PlainLabel(text)
        label.setObjectName("personName")
        label.setProperty("figure", "true")
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        self.buttons: dict[KioskAction, QPushButton] = {}
        if KioskAction.ADMIT in allowed and waiting:
            self.buttons[KioskAction.ADMIT] = _button("admitButton", self.tr("Let in"), "primary")
        if KioskAction.PROMOTE in allowed and person in view.promotable:
            self.buttons[KioskAction.PROMOTE] = _button("promoteButton", self.tr("Make moderator"))
        if KioskAction.REMOVE_GUEST in allowed and person in view.guests:
            self.buttons[KioskAction.REMOVE_GUEST] = _button(
                "removeGuestButton", self.tr("Remove"), "danger"
            )
        if KioskAction.BAN_GUEST in allowed and person in view.guests:
            self.buttons[KioskAction.BAN_GUEST] = _button(
                "banGuestButton", self.tr("Ban"), "danger"
            )
        for button in self.buttons.values():
            layout.addWidget(button)


class PeopleDialog(KioskDialog):
    """Everyone in one conversation, with Let in / Make moderator / Remove / Ban where allowed.

    Signals:
        action_requested(KioskAction, str token, int attendee_id)
    """

    action_requested = Signal(object, str, object)

    def __init__(
        self, parent: QWidget | None, view: RoomView, allowed: frozenset[KioskAction]
    ) -> None:
        super().__init__(parent, "peopleDialog")
        self.allowed = allowed
        self.view = view
        self.setMinimumSize(900, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(30, 24, 30, 24)
        self.title = PlainLabel()
        self.title.setStyleSheet("font-size: 26pt; font-weight: bold;")
        layout.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        scroll.setWidget(self.list_widget)
        enable_touch_scrolling(scroll)
        layout.addWidget(scroll, 1)
        close = _button("peopleCloseButton", self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.rows: list[PersonRow] = []
        self._signature: tuple[object, ...] | None = None
        self.update_view(view)

    @property
    def token(self) -> str:
        return self.view.token

    def _sorted(self, view: RoomView) -> list[Participant]:
        waiting = {p.attendee_id for p in view.waiting}
        people = [p for p in view.participants if p.actor_type in ("users", "guests")]
        return sorted(
            people,
            key=lambda p: (p.attendee_id not in waiting, p.is_moderator, p.title.casefold()),
        )

    def update_view(self, view: RoomView) -> None:
        """Rebuild the rows after a poll (a room has a few dozen people at a desk event)."""
        self.view = view
        people = self._sorted(view)
        signature = tuple(
            (
                p.attendee_id,
                p.title,
                p.participant_type,
                p.in_call & 1,
                p.waiting_in_lobby(view.lobby_on),
            )
            for p in people
        )
        if signature == self._signature:
            return
        self._signature = signature
        self.title.setText(
            self.tr("{title}: %n participant(s)", "", len(people)).format(title=view.title)
        )
        for row in self.rows:
            self.list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for index, person in enumerate(people):
            row = PersonRow(person, view, self.allowed, self.list_widget)
            for action, button in row.buttons.items():
                button.clicked.connect(
                    lambda _c=False, a=action, aid=person.attendee_id: self.action_requested.emit(
                        a, self.view.token, aid
                    )
                )
            self.list_layout.insertWidget(index, row)
            self.rows.append(row)

    def row_for(self, attendee_id: int) -> PersonRow | None:
        for row in self.rows:
            if row.attendee_id == attendee_id:
                return row
        return None
