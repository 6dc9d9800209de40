"""The Breakout Rooms dialog of a group conversation: set up, assign, start, stop, broadcast,
help requests, go to a room, remove; it stays open while the moderator runs the session.

Opening it reads what it shows (the breakout rooms and everyone in them and in the parent: 2
reads; before a set-up only the participants, unless the window shows them), never writes.
Each button sends one audited action through the runner; the answer (every room touched)
goes into the window's lists (``answered``) and into the dialog. A refused action keeps the
dialog open with what was entered and the server's reason in words. People are assigned in
the table (a room number per person) or by dragging them, from the table or the window's
participant list, onto a room; before set-up that fills in a manual set-up, afterwards a
drop moves them at once.

Moderators cannot be moved: Talk puts every moderator in every breakout room (and refuses to
move or switch them), so "moving a moderator" means going to another room: select it and
Go to Room, which selects it in the window's list, where its call can be joined.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...api import Participant, Room, TalkError
from ...api.areas.breakout import (
    MAX_ROOMS,
    MIN_ROOMS,
    BreakoutMode,
    asks_for_assistance,
    is_configured,
    is_started,
)
from ...api.constants import ActorType
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionKind, ActionOutcome, ActionRunner, Operation
from ...moderation import breakout as bo
from ...qtapp.translations import error_text, shown
from ...widgets import PlainLabel
from .base import AsyncActionDialog
from .breakout_widgets import NOT_ASSIGNED, PeopleTable, RoomDropList

log = logging.getLogger(__name__)

MODES = (
    (QT_TRANSLATE_NOOP("BreakoutDialog", "Automatic (spread everyone)"), BreakoutMode.AUTOMATIC),
    (QT_TRANSLATE_NOOP("BreakoutDialog", "Manual (as assigned below)"), BreakoutMode.MANUAL),
    (QT_TRANSLATE_NOOP("BreakoutDialog", "Free choice (people pick a room)"), BreakoutMode.FREE),
)
"""The set-up's modes as the combo offers them (English; translated when shown)."""
MODE_WORDS = {
    BreakoutMode.AUTOMATIC: QT_TRANSLATE_NOOP("BreakoutDialog", "automatic"),
    BreakoutMode.MANUAL: QT_TRANSLATE_NOOP("BreakoutDialog", "manual"),
    BreakoutMode.FREE: QT_TRANSLATE_NOOP("BreakoutDialog", "free choice"),
}
"""The mode of rooms already set up, in the status line (English; translated when shown)."""


class BreakoutDialog(AsyncActionDialog):
    """Breakout rooms of ``room`` (the parent conversation).

    Args:
        runner: sends every action and audits it.
        room: the parent group conversation.
        people: its participants when the window shows them (else they are read once).

    Signals:
        go_to_room: a breakout room's token, to select it in the window's list.
        loaded: what the dialog shows was read (or the read failed: see the message).
    """

    go_to_room = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        people: Sequence[Participant] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Breakout Rooms: {title}").format(title=room.title),
            object_name="breakoutDialog",
            send_text=self.tr("Set &Up"),
            parent=parent,
        )
        self.room = room
        self.people: list[Participant] = list(people)
        self.breakouts: list[Room] = []
        self.where: dict[int, int] = {}
        """Attendee id (in the parent) -> the breakout room number they are in."""
        self.counts: dict[str, int] = {}
        """Breakout room token -> how many non-moderators are in it."""
        self._load: asyncio.Task[None] | None = None
        self._loaded = False
        self._focus: ActionKind | None = None
        self.cancel_button.setText(self.tr("&Close"))
        self._build()
        self.update_send_enabled()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.status_label = PlainLabel(self)
        self.status_label.setObjectName("breakoutStatusLabel")
        self.status_label.setWordWrap(True)
        self.form.addRow(self.status_label)

        self.amount_spin = QSpinBox(self)
        self.amount_spin.setObjectName("breakoutAmountSpin")
        self.amount_spin.setRange(MIN_ROOMS, MAX_ROOMS)
        self.amount_spin.setValue(2)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("breakoutModeCombo")
        for text, mode in MODES:
            self.mode_combo.addItem(self.tr(text), int(mode))
        setup_row = QHBoxLayout()
        setup_row.addWidget(_buddy(self.tr("&Rooms:"), self.amount_spin, self))
        setup_row.addWidget(self.amount_spin)
        setup_row.addWidget(_buddy(self.tr("&Mode:"), self.mode_combo, self))
        setup_row.addWidget(self.mode_combo, 1)
        self.setup_box = QGroupBox(self.tr("Set up"), self)
        self.setup_box.setObjectName("breakoutSetupBox")
        self.setup_box.setLayout(setup_row)
        self.form.addRow(self.setup_box)

        self.table = PeopleTable(self)
        self.room_list = RoomDropList(self)
        self.room_list.token = self.room.token
        self.table.token = self.room.token
        lists = QGridLayout()
        people_label = PlainLabel(self.tr("People (drag onto a room, or type its number):"), self)
        people_label.setWordWrap(True)  # the column is half the dialog: German takes two lines
        rooms_label = PlainLabel(self.tr("Breakout rooms:"), self)
        rooms_label.setWordWrap(True)
        lists.addWidget(people_label, 0, 0)
        lists.addWidget(rooms_label, 0, 1)
        lists.addWidget(self.table, 1, 0)
        lists.addWidget(self.room_list, 1, 1)
        self.apply_button = self._button(self.tr("&Move People"), "breakoutApplyButton")
        self.go_button = self._button(self.tr("&Go to Room"), "breakoutGoButton")
        self.helped_button = self._button(self.tr("Mark &Help Given"), "breakoutHelpedButton")
        room_buttons = QHBoxLayout()
        room_buttons.addWidget(self.go_button)
        room_buttons.addWidget(self.helped_button)
        lists.addWidget(self.apply_button, 2, 0)
        lists.addLayout(room_buttons, 2, 1)
        self.lists = QWidget(self)
        self.lists.setLayout(lists)
        self.form.addRow(self.lists)

        self.moderator_note = PlainLabel(
            self.tr(
                "Moderators are in every breakout room (Talk does not move them): to move to "
                "another room, select it and Go to Room, then join its call."
            ),
            self,
        )
        self.moderator_note.setObjectName("breakoutModeratorNote")
        self.moderator_note.setWordWrap(True)
        self.form.addRow(self.moderator_note)

        self.message_edit = QLineEdit(self)
        self.message_edit.setObjectName("breakoutMessageEdit")
        self.message_edit.setPlaceholderText(self.tr("e.g. 5 minutes left"))
        self.broadcast_button = self._button(
            self.tr("Send to &All Rooms"), "breakoutBroadcastButton"
        )
        broadcast_row = QHBoxLayout()
        broadcast_row.addWidget(self.message_edit, 1)
        broadcast_row.addWidget(self.broadcast_button)
        self.broadcast_box = QGroupBox(self.tr("Message to every breakout room"), self)
        self.broadcast_box.setLayout(broadcast_row)
        self.form.addRow(self.broadcast_box)

        self.start_button = self._button(self.tr("&Start"), "breakoutStartButton")
        self.stop_button = self._button(self.tr("St&op (Everyone Back)"), "breakoutStopButton")
        self.remove_confirm = QCheckBox(self.tr("Delete the breakout rooms and their chats"), self)
        self.remove_confirm.setObjectName("breakoutRemoveConfirm")
        self.remove_button = self._button(self.tr("&Remove"), "breakoutRemoveButton")
        session_row = QHBoxLayout()
        for widget in (self.start_button, self.stop_button):
            session_row.addWidget(widget)
        session_row.addStretch(1)
        # Removing on a line of its own: beside Start and Stop its box was cut (in German
        # even more), and the destructive button is kept apart from the everyday ones.
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_confirm)
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        session = QVBoxLayout()
        session.addLayout(session_row)
        session.addLayout(remove_row)
        self.session_box = QGroupBox(self.tr("Session"), self)
        self.session_box.setLayout(session)
        self.form.addRow(self.session_box)

        self.info_label = PlainLabel(self)
        self.info_label.setObjectName("breakoutInfoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("color: #1e7b34;")
        self.info_label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.error_label), self.info_label)

        self.amount_spin.valueChanged.connect(self._amount_changed)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.update_send_enabled())
        self.message_edit.textChanged.connect(lambda _t: self.update_send_enabled())
        self.remove_confirm.toggled.connect(lambda _on: self.update_send_enabled())
        self.room_list.currentRowChanged.connect(lambda _row: self.update_send_enabled())
        self.room_list.dropped.connect(self._dropped)
        self.room_list.refused.connect(self.show_error)
        self.apply_button.clicked.connect(self.apply_moves)
        self.start_button.clicked.connect(self.start_rooms)
        self.stop_button.clicked.connect(self.stop_rooms)
        self.broadcast_button.clicked.connect(self.broadcast)
        self.remove_button.clicked.connect(self.remove_rooms)
        self.helped_button.clicked.connect(self.mark_helped)
        self.go_button.clicked.connect(self._go)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(720, 560)

    # ----------------------------------------------------------------- reading

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._load is None:
            self._load = asyncio.ensure_future(self.load())

    async def load(self) -> None:
        """Read the parent's people (unless given), its breakout rooms and who is where."""
        try:
            if is_configured(self.room):
                self.breakouts = _in_order(await self.service.breakout.list(self.room.token))
                await self._read_where()
            elif not self.people:
                self.people = await self.service.participants.list(self.room.token)
        except TalkError as exc:
            if shiboken6.isValid(self):
                self.show_error(
                    self.tr("Could not read the breakout rooms: {error}").format(
                        error=error_text(exc)
                    )
                )
        finally:
            self._loaded = True
        if shiboken6.isValid(self):
            self._show_state()
            if self._focus is not None:
                self.focus(self._focus)
            self.loaded.emit()

    async def wait_loaded(self) -> None:
        """Await the first read (tests; callers that drive the dialog in code)."""
        if self._load is not None:
            await asyncio.shield(self._load)

    async def _read_where(self) -> None:
        """Who is in which breakout room: one read of everyone in the parent and its rooms
        (the parent's own people come with it, unless the window gave them)."""
        everyone = await self.service.breakout.participants(self.room.token)
        mine = [p for p in everyone if p.room_token == self.room.token]
        if mine or not self.people:
            self.people = mine
        ids = {p.actor_id: p.attendee_id for p in self.people if p.actor_type == ActorType.USERS}
        numbers = {room.token: number for number, room in enumerate(self.breakouts, 1)}
        where: dict[int, int] = {}
        counts = dict.fromkeys(numbers, 0)
        for person in everyone:
            number = numbers.get(person.room_token)
            if number is None or person.is_moderator:
                continue
            counts[person.room_token] += 1
            attendee = ids.get(person.actor_id)
            if attendee is not None:
                where[attendee] = number
        self.where, self.counts = where, counts

    # ----------------------------------------------------------------- showing

    def _show_state(self) -> None:
        configured = is_configured(self.room)
        rooms = len(self.breakouts) if configured else self.amount_spin.value()
        self.table.show_people(self.room.token, self.people, self.where, rooms)
        for person in self.people:
            spin = self.table.spin(person.attendee_id)
            if spin is not None:
                spin.valueChanged.connect(lambda _v: self.update_send_enabled())
        self.room_list.show_rooms([self._room_line(r) for r in self.breakouts])
        self.status_label.setText(self._status())
        self.update_send_enabled()

    def _status(self) -> str:
        if not is_configured(self.room):
            return self.tr(
                "No breakout rooms yet. Choose how many and how people are split, then Set "
                "Up; the rooms stay closed until you start them."
            )
        mode = MODE_WORDS.get(BreakoutMode(self.room.breakout_room_mode), "")
        state = self.tr("running") if is_started(self.room) else self.tr("set up, not started")
        text = self.tr("%n breakout room(s) ({mode}), {state}.", "", len(self.breakouts)).format(
            mode=self.tr(mode) if mode else "", state=state
        )
        asking = [room.title for room in self.breakouts if asks_for_assistance(room)]
        if asking:
            text += " " + self.tr("Asking for help: {rooms}.").format(rooms=", ".join(asking))
        return text

    def _room_line(self, room: Room) -> tuple[str, str, str]:
        count = self.counts.get(room.token, 0)
        state = self.tr("open") if room.lobby_state == 0 else self.tr("closed")
        # English says "1 person" and "2 people": two texts, not "(s)" (German's "Personen"
        # is its numerus form of "%n people").
        people = self.tr("1 person") if count == 1 else self.tr("%n people", "", count)
        text = " · ".join((room.title, state, people))
        if count == 1:
            tip = self.tr("{title}: 1 person besides the moderators")
        else:
            tip = self.tr("{title}: %n people besides the moderators", "", count)
        tip = tip.format(title=room.title)
        if asks_for_assistance(room):
            text += " · " + self.tr("asks for help")
            tip += "; " + self.tr("someone asked a moderator for help")
        return room.token, text, tip

    def update_send_enabled(self) -> None:
        if not hasattr(self, "remove_button"):  # the base calls this before the build
            return
        idle = not self.in_flight and not self.gone and self._loaded
        configured = is_configured(self.room)
        started = is_started(self.room)
        self.send_button.setVisible(not configured)
        self.send_button.setEnabled(idle and not configured and self.validate() is None)
        self.setup_box.setVisible(not configured)
        self.apply_button.setEnabled(idle and configured and bool(self.moves()))
        self.start_button.setEnabled(idle and configured and not started)
        self.stop_button.setEnabled(idle and configured and started)
        self.broadcast_box.setEnabled(not self.in_flight and configured)
        self.broadcast_button.setEnabled(
            idle and configured and bo.message_problem(self.message_edit.text()) is None
        )
        current = self._current_room()
        self.go_button.setEnabled(current is not None)
        self.helped_button.setEnabled(idle and current is not None and asks_for_assistance(current))
        self.remove_button.setEnabled(idle and configured and self.remove_confirm.isChecked())
        self.remove_confirm.setEnabled(configured and not self.in_flight)

    def _inputs(self) -> list[QWidget]:
        return [self.amount_spin, self.mode_combo, self.table, self.room_list, self.message_edit]

    def show_info(self, text: str) -> None:
        self.info_label.setText(text)
        self.info_label.setVisible(bool(text))

    def focus(self, kind: ActionKind) -> None:
        """Put the focus where the menu entry ``kind`` leads (the dialog is one for all)."""
        targets: dict[ActionKind, QWidget] = {
            ActionKind.BREAKOUT_SETUP: self.amount_spin,
            ActionKind.BREAKOUT_ASSIGN: self.table,
            ActionKind.BREAKOUT_START: self.start_button,
            ActionKind.BREAKOUT_STOP: self.stop_button,
            ActionKind.BREAKOUT_BROADCAST: self.message_edit,
            ActionKind.BREAKOUT_ASSISTANCE: self.room_list,
            ActionKind.BREAKOUT_REMOVE: self.remove_confirm,
        }
        self._focus = kind  # again once loaded: the rooms are not known before
        widget = targets.get(kind)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if kind is ActionKind.BREAKOUT_ASSISTANCE:
            asking = [i for i, r in enumerate(self.breakouts) if asks_for_assistance(r)]
            if asking:
                self.room_list.setCurrentRow(asking[0])

    # ----------------------------------------------------------------- the set-up (Send)

    def _mode(self) -> BreakoutMode:
        return BreakoutMode(int(self.mode_combo.currentData()))

    def _amount_changed(self, amount: int) -> None:
        if not is_configured(self.room):
            self.table.set_rooms(amount)
        self.update_send_enabled()

    def validate(self) -> str | None:
        amount = self.amount_spin.value()
        problem = bo.amount_problem(amount)
        if problem is None and self._mode() is BreakoutMode.MANUAL:
            problem = bo.assignment_problem(self.table.choices(), amount)
        return _rules_words(problem)

    def operation(self) -> Operation:
        return bo.setup(self.room, self._mode(), self.amount_spin.value(), self.table.choices())

    # ----------------------------------------------------------------- the other actions

    def moves(self) -> dict[int, int]:
        """The people whose room number was changed to another room (after set-up)."""
        if not is_configured(self.room):
            return {}
        return {a: n for a, n in self.table.choices().items() if self.where.get(a) != n}

    def _names(self) -> dict[int, str]:
        return {p.attendee_id: p.title for p in self.people}

    def apply_moves(self) -> None:
        moves = self.moves()
        problem = (
            bo.assignment_problem(moves, len(self.breakouts)) if moves else self.tr("Nothing moved")
        )
        self._submit(problem, lambda: bo.assign(self.room, moves, self._names()))

    def start_rooms(self) -> None:
        self._submit(None, lambda: bo.start(self.room))

    def stop_rooms(self) -> None:
        self._submit(None, lambda: bo.stop(self.room))

    def broadcast(self) -> None:
        text = self.message_edit.text()
        self._submit(bo.message_problem(text), lambda: bo.broadcast(self.room, text))

    def remove_rooms(self) -> None:
        problem = None if self.remove_confirm.isChecked() else self.tr("Tick the box to confirm")
        self._submit(problem, lambda: bo.remove(self.room))

    def mark_helped(self) -> None:
        room = self._current_room()
        problem = (
            None
            if room is not None and asks_for_assistance(room)
            else self.tr("Select a breakout room that asked for help")
        )
        if room is not None:
            self._submit(problem, lambda: bo.dismiss_assistance(room))
        else:
            self.show_error(problem or "")

    def _dropped(self, ids: list[int], number: int) -> None:
        """People dropped on a room: their number is set; after set-up they move at once."""
        placed = self.table.assign(ids, number)
        if len(placed) < len(ids):
            self.show_error(
                self.tr(
                    "Moderators are in every breakout room, and guests in none: "
                    "the others were placed"
                )
                if placed
                else self.tr(
                    "Moderators are in every breakout room, and guests in none: nobody was moved"
                )
            )
        if not placed:
            return
        if not is_configured(self.room):
            if self._mode() is not BreakoutMode.MANUAL:
                self.mode_combo.setCurrentIndex(1)
            self.show_info(
                self.tr(
                    "%n assigned to Room {number}: Set Up to create the rooms", "", len(placed)
                ).format(number=number)
            )
            self.update_send_enabled()
            return
        moves = {a: number for a in placed if self.where.get(a) != number}
        if moves:
            self._submit(None, lambda: bo.assign(self.room, moves, self._names()))

    def _current_room(self) -> Room | None:
        token = self.room_list.current_token()
        return next((room for room in self.breakouts if room.token == token), None)

    def _go(self) -> None:
        room = self._current_room()
        if room is not None:
            self.go_to_room.emit(room.token)

    # ----------------------------------------------------------------- sending

    def _submit(self, problem: str | None, make: Callable[[], Operation]) -> None:
        """Send one action unless busy, gone or ``problem`` (then say it, send nothing)."""
        if not (self.in_flight or self.gone or problem):
            self.show_info("")  # it is sent: the last step's info is old news
        self.submit(_rules_words(problem) or None, make)

    async def accepted_answer(self, outcome: ActionOutcome) -> None:
        """As the base, but the dialog stays open: the next step of the session is here."""
        if not shiboken6.isValid(self):
            return
        self.answered.emit(outcome)
        try:
            await self._take(outcome)
        except TalkError as exc:
            self._finish(
                self.tr("Done, but the rooms could not be read again: {error}").format(
                    error=error_text(exc)
                )
            )
            return
        self._finish("")
        if shiboken6.isValid(self):
            self.succeeded.emit(outcome.answer)

    async def _take(self, outcome: ActionOutcome) -> None:
        """Put the answer into the dialog; re-read who is where after people moved."""
        op, answer = outcome.operation, outcome.answer
        if isinstance(answer, bo.BreakoutAnswer):
            if answer.parent is not None:
                self.room = answer.parent
            if answer.removed:
                self.breakouts, self.where, self.counts = [], {}, {}
            elif answer.breakout_rooms:
                self.breakouts = _in_order(answer.breakout_rooms)
        elif isinstance(answer, Room):
            self.breakouts = [answer if r.token == answer.token else r for r in self.breakouts]
        if op.kind in (ActionKind.BREAKOUT_SETUP, ActionKind.BREAKOUT_ASSIGN):
            await self._read_where()
        if not shiboken6.isValid(self):
            return
        self.show_info(self._done(op, len(self.breakouts)))
        if op.kind is ActionKind.BREAKOUT_BROADCAST:
            self.message_edit.clear()
        if op.kind is ActionKind.BREAKOUT_REMOVE:
            self.remove_confirm.setChecked(False)
        self._show_state()

    def _done(self, op: Operation, rooms: int) -> str:
        """What an accepted action did, in words."""
        kind = op.kind
        if kind is ActionKind.BREAKOUT_SETUP:
            return self.tr("%n breakout room(s) set up (closed until started)", "", rooms)
        if kind is ActionKind.BREAKOUT_ASSIGN:
            return self.tr("Moved: {who}").format(who=shown(bo.moved(op)))
        if kind is ActionKind.BREAKOUT_START:
            return self.tr("Started: everyone can go to their room")
        if kind is ActionKind.BREAKOUT_STOP:
            return self.tr("Stopped: the rooms are closed and everyone is back")
        if kind is ActionKind.BREAKOUT_BROADCAST:
            return self.tr("Sent to all %n breakout room(s)", "", rooms)
        if kind is ActionKind.BREAKOUT_ASSISTANCE:
            return self.tr("Marked as helped ({title})").format(title=op.room_title)
        if kind is ActionKind.BREAKOUT_REMOVE:
            return self.tr("The breakout rooms were removed")
        return self.tr("Done")


def _rules_words(problem: str | None) -> str | None:
    """A refusal of ``moderation.breakout`` (marked there, context Rules) in the user's
    language; the dialog's own sentences are translated already and pass unchanged."""
    return QCoreApplication.translate("Rules", problem) if problem else problem


def _buddy(text: str, widget: QWidget, parent: QWidget) -> PlainLabel:
    label = PlainLabel(text, parent)
    label.setBuddy(widget)
    return label


def _in_order(rooms: Sequence[Room]) -> list[Room]:
    """Room 1, Room 2, …: the server's order, by creation (id)."""
    return sorted(rooms, key=lambda room: room.id)


__all__ = ["NOT_ASSIGNED", "BreakoutDialog"]
