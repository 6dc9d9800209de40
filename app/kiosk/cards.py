"""One card per conversation: its state at a glance, and the actions staff may take on it.

A card only shows and asks; it never calls the server. Buttons exist only for allowed actions
(a disallowed action is not rendered at all, so staff are not tempted by a greyed-out button),
and every request goes out through ``action_requested`` for the window to confirm and run.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..api import Participant
from ..i18n import QT_TRANSLATE_NOOP
from ..widgets import PlainLabel
from .actions import KioskAction
from .rows import RowFlow, natural_width
from .state import RoomView, format_countdown
from .theme import set_state

MAX_HANDS_NAMED = 4
"""Raised hands named on the card, first raised first; more are counted."""
MAX_WAITING_ROWS = 2
"""Waiting people listed on the card itself; more are reachable through "People". Two, so
that a card with a queue still shows all its actions at 1280x800 (the kiosk's default)."""
BUTTON_SPACING = 8
CARD_MARGINS = 14
FAILURE_SECONDS = 60
"""How long a failed action's reason stays on its card: long enough to read and act on, short
enough that an unattended screen does not show an old failure as if it were news."""


def _badge(name: str) -> PlainLabel:
    label = PlainLabel()
    label.setObjectName(name)
    label.setProperty("badge", "true")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


LOBBY_ON_TEXT = QT_TRANSLATE_NOOP("ConversationCard", "Turn lobby on")
LOBBY_OFF_TEXT = QT_TRANSLATE_NOOP("ConversationCard", "Turn lobby off")
_OTHER_TEXT = {
    "lobbyButton": LOBBY_OFF_TEXT,
    "readOnlyButton": QT_TRANSLATE_NOOP("ConversationCard", "Allow writing"),
    "listenOnlyButton": QT_TRANSLATE_NOOP("ConversationCard", "Let everyone speak"),
}
"""The other text of a switch button: its row must fit both (context ConversationCard,
translated when measured)."""


def _text(text: str) -> str:
    """A marked text of the card in the current language."""
    return QCoreApplication.translate("ConversationCard", text)


def _widest_hint(widget: QWidget) -> int:
    """The width a button needs for the longest text it may show."""
    width = natural_width(widget)
    other = _OTHER_TEXT.get(widget.objectName())
    if other is not None and isinstance(widget, QPushButton):
        other = _text(other)
        metrics = widget.fontMetrics()
        width += max(0, metrics.horizontalAdvance(other) - metrics.horizontalAdvance(widget.text()))
    return width


def _button(name: str, text: str, role: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        button.setProperty("role", role)
    return button


class WaitingRow(QWidget):
    """A waiting person with a "Let in" button (when admitting is allowed)."""

    def __init__(self, person: Participant, can_admit: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.attendee_id = person.attendee_id
        self.setObjectName(f"waitingRow_{person.attendee_id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        text = self.tr("{name} (guest)") if person.is_guest else "{name}"
        name = PlainLabel(text.format(name=person.title))
        name.setObjectName("waitingName")
        name.setProperty("figure", "true")
        layout.addWidget(name, 1)
        self.admit_button: QPushButton | None = None
        if can_admit:
            self.admit_button = _button("admitButton", self.tr("Let in"), "primary")
            layout.addWidget(self.admit_button)


class ConversationCard(QFrame):
    """The card of one conversation.

    Args:
        view: the first state to show.
        allowed: the actions staff may take (others get no button).

    Signals:
        action_requested(KioskAction, str token, object argument): argument is the attendee id
            for person actions, the wanted state (bool) for switches, None otherwise.
        people_requested(str token): open the people panel of this conversation.
    """

    action_requested = Signal(object, str, object)
    people_requested = Signal(str)

    def __init__(
        self, view: RoomView, allowed: frozenset[KioskAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskCard")
        self.setProperty("token", view.token)
        self.allowed = allowed
        self.view = view
        self._busy = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(CARD_MARGINS, CARD_MARGINS - 2, CARD_MARGINS, CARD_MARGINS)
        layout.setSpacing(6)

        self.title_label = PlainLabel()
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)

        self.lobby_badge = _badge("lobbyBadge")
        self.call_badge = _badge("callBadge")
        self.read_only_badge = _badge("readOnlyBadge")
        self._badge_rows = RowFlow(
            (self.lobby_badge, self.call_badge, self.read_only_badge), spacing=6, fill=False
        )
        layout.addLayout(self._badge_rows)

        self.countdown_label = PlainLabel()
        self.countdown_label.setObjectName("countdownLabel")
        layout.addWidget(self.countdown_label)

        figures = QHBoxLayout()
        self.in_call_label = PlainLabel()
        self.in_call_label.setObjectName("inCallLabel")
        self.in_call_label.setProperty("figure", "true")
        self.waiting_label = PlainLabel()
        self.waiting_label.setObjectName("waitingLabel")
        self.waiting_label.setProperty("figure", "true")
        figures.addWidget(self.in_call_label)
        figures.addStretch(1)
        figures.addWidget(self.waiting_label)
        layout.addLayout(figures)

        self.hands_label = PlainLabel()
        self.hands_label.setObjectName("handsLabel")
        self.hands_label.setWordWrap(True)
        self.hands_label.hide()
        layout.addWidget(self.hands_label)

        self.waiting_box = QVBoxLayout()
        self.waiting_box.setSpacing(8)
        layout.addLayout(self.waiting_box)
        self._waiting_rows: list[WaitingRow] = []
        self.more_waiting_label = PlainLabel()
        self.more_waiting_label.setObjectName("moreWaitingLabel")
        self.more_waiting_label.setWordWrap(True)
        self.more_waiting_label.hide()
        layout.addWidget(self.more_waiting_label)

        self.problem_label = PlainLabel()
        self.problem_label.setObjectName("cardProblem")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        self.failure_label = PlainLabel()
        self.failure_label.setObjectName("cardActionFailure")
        self.failure_label.setWordWrap(True)
        self.failure_label.hide()
        self._failure_until = 0.0
        layout.addWidget(self.failure_label)

        layout.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        self._build_buttons(layout)
        self.update_view(view)

    # ----------------------------------------------------------------- construction

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        specs: list[tuple[KioskAction | None, str, str, str]] = [
            (KioskAction.LOBBY, "lobbyButton", _text(LOBBY_ON_TEXT), "primary"),
            (KioskAction.LOBBY_TIMER, "lobbyTimerButton", self.tr("Lobby until…"), ""),
            (KioskAction.READ_ONLY, "readOnlyButton", self.tr("Make read-only"), ""),
            (KioskAction.END_CALL, "endCallButton", self.tr("End call"), "danger"),
            (KioskAction.LISTEN_ONLY, "listenOnlyButton", self.tr("Listen only"), ""),
            (KioskAction.MUTE_ALL, "muteAllButton", self.tr("Mute all"), ""),
        ]
        people_actions = {
            KioskAction.PROMOTE,
            KioskAction.REMOVE_GUEST,
            KioskAction.ADMIT,
            KioskAction.BAN_GUEST,
        }
        if self.allowed & people_actions:
            specs.append((None, "peopleButton", self.tr("People"), ""))
        for action, name, text, role in specs:
            if action is not None and action not in self.allowed:
                continue
            self.buttons[name] = _button(name, text, role)
        self._button_rows = RowFlow(
            list(self.buttons.values()), spacing=BUTTON_SPACING, fill=True, width_of=_widest_hint
        )
        layout.addLayout(self._button_rows)
        self._reflow()
        self._connect(self.buttons.get("lobbyButton"), self._on_lobby)
        self._connect(self.buttons.get("lobbyTimerButton"), self._on_lobby_timer)
        self._connect(self.buttons.get("readOnlyButton"), self._on_read_only)
        self._connect(self.buttons.get("endCallButton"), self._on_end_call)
        self._connect(self.buttons.get("peopleButton"), self._on_people)
        self._connect(self.buttons.get("listenOnlyButton"), self._on_listen_only)
        self._connect(self.buttons.get("muteAllButton"), self._on_mute_all)

    @staticmethod
    def _connect(button: QPushButton | None, slot: object) -> None:
        if button is not None:
            button.clicked.connect(slot)

    def _reflow(self) -> None:
        """Chips and action buttons in as few rows as the card's width allows (the buttons in
        one row on a wide card); none is cut off."""
        room = self.contentsRect().width() - 2 * CARD_MARGINS
        self._badge_rows.reflow(room)
        self._button_rows.reflow(room)

    @property
    def button_rows(self) -> tuple[tuple[str, ...], ...]:
        """The action buttons' names, row by row, as placed for the card's width."""
        return tuple(tuple(b.objectName() for b in row) for row in self._button_rows.rows)

    def minimum_width(self) -> int:
        """The narrowest this card gets without cutting a text (one chip or button a row)."""
        if not hasattr(self, "_button_rows"):  # asked by Qt while still being built
            return super().minimumSizeHint().width()
        inner = max(self._badge_rows.minimum_width(), self._button_rows.minimum_width())
        frame = self.width() - self.contentsRect().width()
        return inner + 2 * CARD_MARGINS + frame

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """As narrow as the rows can get once re-packed (not the width of today's rows, which
        would keep a card as wide as its widest row forever)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.minimum_width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.minimum_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._reflow()

    # ----------------------------------------------------------------- requests

    def _on_lobby(self) -> None:
        self.action_requested.emit(KioskAction.LOBBY, self.view.token, not self.view.lobby_on)

    def _on_lobby_timer(self) -> None:
        self.action_requested.emit(KioskAction.LOBBY_TIMER, self.view.token, None)

    def _on_read_only(self) -> None:
        self.action_requested.emit(KioskAction.READ_ONLY, self.view.token, not self.view.read_only)

    def _on_end_call(self) -> None:
        self.action_requested.emit(KioskAction.END_CALL, self.view.token, None)

    def _on_listen_only(self) -> None:
        self.action_requested.emit(
            KioskAction.LISTEN_ONLY, self.view.token, not self.view.listens_only
        )

    def _on_mute_all(self) -> None:
        self.action_requested.emit(KioskAction.MUTE_ALL, self.view.token, None)

    def _on_people(self) -> None:
        self.people_requested.emit(self.view.token)

    def _on_admit(self, attendee_id: int) -> None:
        self.action_requested.emit(KioskAction.ADMIT, self.view.token, attendee_id)

    # ----------------------------------------------------------------- state

    @property
    def token(self) -> str:
        return self.view.token

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while one of this card's actions is in flight; a new action
        takes the last one's failure off the card."""
        self._busy = busy
        if busy:
            self.failure_label.hide()
        self._update_buttons()

    def show_failure(self, text: str, now: float | None = None) -> None:
        """Say on this card why its action failed, where staff looked (``FAILURE_SECONDS``)."""
        self.failure_label.setText(text)
        self.failure_label.show()
        self._failure_until = (time.time() if now is None else now) + FAILURE_SECONDS

    @property
    def failure(self) -> str:
        """The failed action's reason shown on the card ("" when none is shown)."""
        return "" if self.failure_label.isHidden() else self.failure_label.text()

    def update_view(self, view: RoomView) -> None:
        """Show new data; called after every poll that changed this room."""
        self.view = view
        self.title_label.setText(view.title)
        self._update_badges()
        self._update_hands()
        self._update_waiting()
        self._update_buttons()
        self.tick()
        if view.problem:
            self.problem_label.setText(_text(view.problem))  # a marked text, or the server's
            self.problem_label.show()
            set_state(self, "problem")
        elif view.loaded and not view.is_moderator:
            self.problem_label.setText(self.tr("The kiosk account is not a moderator here"))
            self.problem_label.show()
            set_state(self, "problem")
        else:
            self.problem_label.hide()
            set_state(self, "normal")

    def _update_badges(self) -> None:
        view = self.view
        if not view.loaded:
            for badge in (self.lobby_badge, self.call_badge, self.read_only_badge):
                badge.setText("…")
                set_state(badge, "off")
            self.in_call_label.setText(self.tr("Loading…"))
            self.waiting_label.setText("")
            return
        # "Lobby on" as the window, the CLI and the audit log say it ("closed" read as if
        # nobody were waiting)
        self.lobby_badge.setText(self.tr("Lobby on") if view.lobby_on else self.tr("Lobby off"))
        set_state(self.lobby_badge, "warn" if view.lobby_on else "good")
        self.call_badge.setText(
            self.tr("Call running") if view.call_running else self.tr("No call")
        )
        set_state(self.call_badge, "good" if view.call_running else "off")
        self.read_only_badge.setText(
            self.tr("Read-only") if view.read_only else self.tr("Writable")
        )
        set_state(self.read_only_badge, "info" if view.read_only else "off")
        if not view.people_loaded:
            # The room is known but its people not yet: "In call: 0" next to "Call running"
            # would be wrong, so say that the figures are still coming.
            self.in_call_label.setText(self.tr("In call: …"))
            self.waiting_label.setText(self.tr("Waiting: …") if view.lobby_on else "")
            return
        in_call = len(view.in_call)
        guests = len(view.guests_in_call)
        if guests:
            text = self.tr("In call: {count} (%n guest(s))", "", guests).format(count=in_call)
        else:
            text = self.tr("In call: {count}").format(count=in_call)
        self.in_call_label.setText(text)
        waiting = len(view.waiting)
        waiting_text = self.tr("Waiting: {count}").format(count=waiting)
        self.waiting_label.setText(waiting_text if view.lobby_on else "")
        set_state(self.waiting_label, "warn" if waiting and view.lobby_on else "off")

    def _update_hands(self) -> None:
        """Raised hands in the order they went up: who speaks next."""
        hands = self.view.hands
        if not hands:
            self.hands_label.hide()
            return
        named = [
            self.tr("{place}. {name}").format(place=place, name=name)
            for place, (name, _since) in enumerate(hands[:MAX_HANDS_NAMED], start=1)
        ]
        text = self.tr("Hands up: {names}").format(names=", ".join(named))
        more = len(hands) - MAX_HANDS_NAMED
        if more > 0:
            text += " " + self.tr("(and %n more)", "", more)
        self.hands_label.setText(text)
        self.hands_label.show()

    def _update_waiting(self) -> None:
        hidden = len(self.view.waiting) - MAX_WAITING_ROWS
        if hidden > 0:
            # "Waiting: 4" above three rows must not look like someone was forgotten.
            if "peopleButton" in self.buttons:
                more = self.tr("… and {count} more waiting (see People)")
            else:
                more = self.tr("… and {count} more waiting")
            self.more_waiting_label.setText(more.format(count=hidden))
        self.more_waiting_label.setVisible(hidden > 0)
        people = self.view.waiting[:MAX_WAITING_ROWS]
        wanted = [p.attendee_id for p in people]
        if wanted == [row.attendee_id for row in self._waiting_rows]:
            return
        for row in self._waiting_rows:
            self.waiting_box.removeWidget(row)
            row.deleteLater()
        self._waiting_rows = []
        can_admit = KioskAction.ADMIT in self.allowed
        for person in people:
            row = WaitingRow(person, can_admit, self)
            if row.admit_button is not None:
                row.admit_button.clicked.connect(
                    lambda _checked=False, aid=person.attendee_id: self._on_admit(aid)
                )
            self.waiting_box.addWidget(row)
            self._waiting_rows.append(row)

    def waiting_rows(self) -> list[WaitingRow]:
        return list(self._waiting_rows)

    def _update_buttons(self) -> None:
        view = self.view
        usable = view.loaded and view.is_moderator and not view.problem and not self._busy
        lobby = self.buttons.get("lobbyButton")
        if lobby is not None:
            lobby.setText(_text(LOBBY_OFF_TEXT if view.lobby_on else LOBBY_ON_TEXT))
            lobby.setEnabled(usable)
        timer = self.buttons.get("lobbyTimerButton")
        if timer is not None:
            timer.setEnabled(usable)
        read_only = self.buttons.get("readOnlyButton")
        if read_only is not None:
            read_only.setText(
                self.tr("Allow writing") if view.read_only else self.tr("Make read-only")
            )
            read_only.setEnabled(usable)
        end_call = self.buttons.get("endCallButton")
        if end_call is not None:
            end_call.setEnabled(usable and view.call_running)
        people = self.buttons.get("peopleButton")
        if people is not None:
            people.setEnabled(usable)
        listen = self.buttons.get("listenOnlyButton")
        if listen is not None:
            # a switch: it says what a tap does; usable for a running call, and to undo it
            listen.setText(
                self.tr("Let everyone speak") if view.listens_only else self.tr("Listen only")
            )
            listen.setEnabled(usable and (view.call_running or view.listens_only))
        mute_all = self.buttons.get("muteAllButton")
        if mute_all is not None:
            mute_all.setEnabled(usable and view.call_running and view.live)
            mute_all.setToolTip(
                ""
                if view.live
                else self.tr("Muting needs the signaling server, which is not connected")
            )
        for row in self._waiting_rows:
            if row.admit_button is not None:
                row.admit_button.setEnabled(usable)

    def tick(self, now: float | None = None) -> None:
        """Refresh the countdown and let an old failure go (called every second)."""
        now = time.time() if now is None else now
        if not self.failure_label.isHidden() and now > self._failure_until:
            self.failure_label.hide()
        remaining = self.view.seconds_until_open(now)
        if remaining is None:
            self.countdown_label.hide()
            return
        self.countdown_label.setText(
            self.tr("Opens in {time}").format(time=format_countdown(remaining))
            if remaining > 0
            else self.tr("Opening now…")
        )
        self.countdown_label.show()
