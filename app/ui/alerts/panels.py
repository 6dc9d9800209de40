"""The Alerts panel (what happened, newest first) and the Waiting panel (who waits where).

Both are dock widgets of the main window and show only text the server gave as plain text (a
guest picks their own name). Activating an alert or a waiting person selects the room and the
person in the main lists. "Let in" admits the selected people, "Let in everyone in this
room" everyone waiting in the selected person's room; both go through the moderation core.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.api.timestamps import local_time
from app.i18n import QT_TRANSLATE_NOOP
from app.live.alerts import Alert, AlertKind, Waiting
from app.qtapp.translations import shown

from ...widgets import PlainLabel

KIND_WORDS = {
    AlertKind.LOBBY: QT_TRANSLATE_NOOP("AlertsPanel", "Waiting"),
    AlertKind.ASSISTANCE: QT_TRANSLATE_NOOP("AlertsPanel", "Help"),
    AlertKind.CALL: QT_TRANSLATE_NOOP("AlertsPanel", "Call"),
    AlertKind.LOBBY_OPENED: QT_TRANSLATE_NOOP("AlertsPanel", "Lobby opened"),
    AlertKind.HAND: QT_TRANSLATE_NOOP("AlertsPanel", "Hand"),
}
"""An alert's kind in a word (context AlertsPanel, translated when shown)."""

HANDS_NOTE = QT_TRANSLATE_NOOP(
    "AlertsPanel",
    "Raised hands are not shown: Talk tells them only over a signaling server's connection.",
)


def alert_text(alert: Alert) -> str:
    """What the alert says, in the user's language."""
    return shown(alert.message) if alert.message is not None else alert.text


def waited_words(seconds: float) -> str:
    """``"42 s"``, ``"3 min"``, ``"1 h 05 min"``."""
    seconds = int(seconds)
    if seconds < 60:
        return QCoreApplication.translate("AlertsPanel", "{seconds} s").format(seconds=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return QCoreApplication.translate("AlertsPanel", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("AlertsPanel", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )


class AlertsPanel(QDockWidget):
    """Alerts, newest first; ``activated(token, attendee_id)`` on double-click or Enter."""

    activated = Signal(str, int)
    pin_toggled = Signal(bool)
    """The user asked to (stop to) alert about the current conversation though not moderating."""
    mute_requested = Signal(str)
    """The token of the selected alert's conversation: never notify for it again."""
    LIMIT = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AlertsPanel", "Alerts"), parent)
        self.setObjectName("alertsPanel")
        self._hpb = False
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.mode_label = PlainLabel("")
        self.mode_label.setObjectName("alertsModeLabel")
        self.mode_label.setWordWrap(True)
        self.list = QListWidget(body)
        self.list.setObjectName("alertsList")
        self.list.setAccessibleName(self.tr("Alerts"))
        self.list.itemActivated.connect(self._on_item)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        note = PlainLabel(self.tr(HANDS_NOTE))
        note.setWordWrap(True)
        note.setObjectName("alertsHandsNote")
        self.hands_note = note
        self.mute_button = QPushButton(self.tr("Mute This Conversation"))
        self.mute_button.setObjectName("muteAlertsButton")
        self.mute_button.setToolTip(
            self.tr(
                "No more desktop notifications for the selected alert's conversation "
                "(it stays listed here; unmute in Settings)"
            )
        )
        self.mute_button.clicked.connect(self._mute)
        self.pin_button = QPushButton(self.tr("Alert Me About This Conversation"))
        self.pin_button.setObjectName("pinAlertsButton")
        self.pin_button.setCheckable(True)
        self.pin_button.setToolTip(
            self.tr(
                "Alerts (calls starting, the lobby opening) for the selected conversation too, "
                "though you do not moderate it; those you moderate are always watched"
            )
        )
        self.pin_button.toggled.connect(self.pin_toggled)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mute_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self._update_buttons()
        self.setWidget(body)

    def add(self, alert: Alert) -> None:
        kind = self.tr(KIND_WORDS[alert.kind])
        text = f"{local_time(alert.at, '%H:%M')}  {kind}: {alert_text(alert)}"
        item = QListWidgetItem(text)  # plain text: a guest's name is never markup
        item.setData(Qt.ItemDataRole.UserRole, (alert.token, alert.attendee_id))
        item.setToolTip(text)
        self.list.insertItem(0, item)
        while self.list.count() > self.LIMIT:
            self.list.takeItem(self.list.count() - 1)

    def set_mode(self, mode: str) -> None:
        """The lobby watch's mode (``signaling`` pulls or ``polling``)."""
        if self._hpb:
            return  # the signaling server's word counts (``set_signaling``)
        self.mode_label.setText(
            self.tr("Lobbies are watched live (Talk's signaling: an alert within seconds).")
            if mode == "signaling"
            else self.tr(
                "Lobbies are checked every few seconds (no live signaling on this server)."
            )
        )

    def set_signaling(self, mode: str, reason: str) -> None:
        """The signaling watch's mode (``hpb``, ``hpb-partial``, ``none``) and why."""
        self._hpb = mode in ("hpb", "hpb-partial")
        if mode == "hpb":
            self.mode_label.setText(
                self.tr(
                    "Lobbies, calls and raised hands are watched live over the signaling server."
                )
            )
            self.hands_note.setText(
                self.tr(
                    "Raised hands are shown: the watched conversations are connected to the "
                    "signaling server."
                )
            )
        elif mode == "hpb-partial":
            self.mode_label.setText(
                self.tr(
                    "Some conversations are checked every few seconds: the signaling server "
                    "cannot be reached for them ({reason})."
                ).format(reason=reason)
            )
            self.hands_note.setText(
                self.tr(
                    "Raised hands are shown only for the conversations connected to the "
                    "signaling server."
                )
            )
        else:
            self.hands_note.setText(self.tr(HANDS_NOTE))

    def _on_item(self, item: QListWidgetItem) -> None:
        token, attendee_id = item.data(Qt.ItemDataRole.UserRole)
        self.activated.emit(token, attendee_id)

    def _update_buttons(self) -> None:
        self.mute_button.setEnabled(bool(self.list.selectedItems()))

    def show_room(self, moderated: bool | None, pinned: bool) -> None:
        """The main window's current conversation: None for none, else whether we moderate
        it (then it is watched anyway) and whether it is pinned."""
        self.pin_button.blockSignals(True)
        self.pin_button.setChecked(pinned or bool(moderated))
        self.pin_button.setEnabled(moderated is False)
        self.pin_button.blockSignals(False)

    def _mute(self) -> None:
        for item in self.list.selectedItems():
            token, _attendee_id = item.data(Qt.ItemDataRole.UserRole)
            self.mute_requested.emit(token)
            return


class WaitingPanel(QDockWidget):
    """Everyone waiting in a lobby, longest first, and the buttons that let them in.

    Signals:
        activated(token, attendee_id): a row was double-clicked.
        let_in(list[Waiting]): the user asked to let these people in.
    """

    activated = Signal(str, int)
    let_in = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("WaitingPanel", "Waiting"), parent)
        self.setObjectName("waitingPanel")
        self.waiting: list[Waiting] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = QTableWidget(0, 3, body)
        self.table.setObjectName("waitingTable")
        self.table.setAccessibleName(self.tr("People waiting in a lobby"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waiting for"), self.tr("Name"), self.tr("Conversation")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._on_double_click)
        self.summary = PlainLabel(self.tr("Nobody is waiting"))
        self.summary.setObjectName("waitingSummary")
        self.problem = PlainLabel("")
        self.problem.setObjectName("waitingProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QHBoxLayout()
        self.let_in_button = QPushButton(self.tr("Let In"))
        self.let_in_button.setObjectName("letInButton")
        self.let_in_button.setToolTip(self.tr("Let the selected people in past the lobby"))
        self.let_in_room_button = QPushButton(self.tr("Let In Everyone in This Room"))
        self.let_in_room_button.setObjectName("letInRoomButton")
        self.let_in_room_button.setToolTip(
            self.tr("Let everyone waiting in the selected person's conversation in")
        )
        self.let_in_button.clicked.connect(self._let_in_selected)
        self.let_in_room_button.clicked.connect(self._let_in_room)
        buttons.addWidget(self.let_in_button)
        buttons.addWidget(self.let_in_room_button)
        buttons.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._clock = QTimer(self)
        self._clock.setInterval(5_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._update_buttons()

    def set_waiting(self, waiting: Sequence[Waiting]) -> None:
        """Show ``waiting`` (longest first); the selection follows the same people."""
        chosen = {(w.token, w.attendee_id) for w in self.selected()}
        self.waiting = list(waiting)
        self.table.setRowCount(len(self.waiting))
        now = time.time()
        self.table.blockSignals(True)
        for row, person in enumerate(self.waiting):
            cells = (waited_words(person.waited(now)), person.name, person.room_title)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if (person.token, person.attendee_id) in chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        count = len(self.waiting)
        rooms = len({w.token for w in self.waiting})
        if not count:
            self.summary.setText(self.tr("Nobody is waiting"))
        else:
            lobbies = self.tr("1 lobby") if rooms == 1 else self.tr("%n lobbies", "", rooms)
            self.summary.setText(
                self.tr("%n waiting in {lobbies}", "", count).format(lobbies=lobbies)
            )
        self._update_buttons()

    def selected(self) -> list[Waiting]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.waiting[row] for row in rows if row < len(self.waiting)]

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _tick(self) -> None:
        now = time.time()
        for row, person in enumerate(self.waiting):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(waited_words(person.waited(now)))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.let_in_button.setEnabled(bool(chosen))
        self.let_in_room_button.setEnabled(bool(chosen))

    def _let_in_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.let_in.emit(chosen)

    def _let_in_room(self) -> None:
        rooms = {w.token for w in self.selected()}
        everyone = [w for w in self.waiting if w.token in rooms]
        if everyone:
            self.let_in.emit(everyone)

    def _on_double_click(self, row: int, _column: int) -> None:
        if row < len(self.waiting):
            person = self.waiting[row]
            self.activated.emit(person.token, person.attendee_id)
