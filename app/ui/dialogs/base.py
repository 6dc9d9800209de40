"""The common shape of every moderation dialog: check, send once, report in words.

A dialog validates what was typed before anything is sent, disables Send while the request is
in flight (so a double click sends once), shows a busy indicator, and on failure stays open with
the input intact and the server's reason inline. Writes are never retried: the moderator decides.
Cancel (or closing the window) before sending sends nothing; while a request is in flight the
dialog cannot be dismissed, because its outcome is still coming.

Two things every dialog does here, once:

* It knows its target (``target()``: the conversation in ``self.room``, the person of a
  confirmation) and, once ``follow`` is given the window's ``TargetWatch``, notices when that
  conversation or person leaves the lists (deleted, removed, left): it says so in its message
  area, disables Send and sends nothing (``target_gone``).
* It grows to fit its content whenever a message appears or changes (any label's text: the
  layout asks for it), never below the size it was shown at or the user gave it, never beyond
  the screen's available geometry.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...api import Participant, Room, TalkError
from ...moderation import ActionOutcome, ActionRunner, Operation
from ...qtapp.translations import error_text
from ...widgets import PlainLabel
from ..targets import Target, TargetWatch
from ..theme import show_in_tone

log = logging.getLogger(__name__)

MIN_WIDTH = 440


def grouped(number: int) -> str:
    """``4,000`` with the translation's thousands separator (``4.000`` in German), for the
    counters of the dialogs ("2,001 of 2,000 characters")."""
    separator = QCoreApplication.translate("AsyncActionDialog", ",", "thousands separator")
    return f"{number:,}".replace(",", separator)


def keep_texts_whole(root: QWidget) -> None:
    """Check boxes and radio buttons under ``root`` never get narrower than their text.

    Qt lets them shrink below their size hint (their text is then cut at the right edge)
    when the window is narrower than its content wants, which German texts, a third longer
    than English ones, make common: the layout then asks for the width instead. Call it
    before the window is first shown (its size is taken from the layout then).
    """
    for button in root.findChildren(QCheckBox) + root.findChildren(QRadioButton):
        policy = button.sizePolicy()
        if policy.horizontalPolicy() == QSizePolicy.Policy.Preferred:
            policy.setHorizontalPolicy(QSizePolicy.Policy.Minimum)
            button.setSizePolicy(policy)


class AsyncActionDialog(QDialog):
    """Base of the moderation dialogs.

    Subclasses add their inputs to ``self.form``, implement ``validate`` and ``operations``,
    and may override ``message_after_success``. A dialog about a conversation keeps it in
    ``self.room``, which makes it the dialog's ``target()``; others override ``target``.

    Args:
        runner: sends the operation and writes the audit log.
        title: the window title.
        object_name: the dialog's stable objectName (tests and style sheets find it by that).
        send_text: the label of the Send button ("Promote", "Set password", ...).
        parent: the owning window.

    Signals:
        succeeded: emitted once with the result when the server accepted the action.
        answered: the ``ActionOutcome`` (what was sent and the answer) just before
            ``succeeded``, for the lists to show it (``MainWindow.apply_answer``, which
            shows its note in the user's language).
        failed: emitted with the error sentence whenever a send failed, or was refused
            because the target is gone (nothing was sent then).
    """

    succeeded = Signal(object)
    answered = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        *,
        title: str,
        object_name: str,
        send_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service = runner.service
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        # Narrower than this, the intro wraps into a column and the inputs get cramped.
        self.setMinimumWidth(MIN_WIDTH)
        self._task: asyncio.Task[Any] | None = None
        self.sends = 0
        """How many times a request was actually started (tests check double clicks)."""
        self._gone = ""
        self._error = ""
        self._answered = False
        self._floor: QSize | None = None
        """The size not to shrink below: as shown, or as the user resized it."""
        self._fitted: QSize | None = None
        self._fitting = False

        layout = QVBoxLayout(self)
        self.intro = PlainLabel(self)
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)

        self.warning = PlainLabel(self)
        self.warning.setObjectName("warningLabel")
        self.warning.setWordWrap(True)
        show_in_tone(self.warning, "warning", extra=" font-weight: bold;")
        self.warning.hide()
        layout.addWidget(self.warning)

        self.form = QFormLayout()
        layout.addLayout(self.form)

        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_in_tone(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 0)  # busy indicator: one request, no percentage to show
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(send_text, self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    # ----------------------------------------------------------------- for subclasses

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_warning(self, text: str) -> None:
        """A caution shown before sending (acting on yourself, irreversible actions)."""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def validate(self) -> str | None:
        """The reason the input cannot be sent, in words; None when it can."""
        return None

    def operation(self) -> Operation:
        """The request to send for the current input (called only after ``validate``)."""
        raise NotImplementedError

    def update_send_enabled(self) -> None:
        """Enable Send when nothing is in flight, the target is still there and the input is
        acceptable."""
        self.send_button.setEnabled(
            not self.in_flight and not self._gone and self.validate() is None
        )

    def target(self) -> Target | None:
        """What the dialog acts on: by default the conversation in ``self.room``, if any."""
        room = getattr(self, "room", None)
        return Target.of_room(room) if isinstance(room, Room) else None

    # ----------------------------------------------------------------- the target going away

    def follow(self, watch: TargetWatch) -> None:
        """Notice from now on when the target leaves the window's lists (and at once, if it
        already has). The moderation controller calls it for every dialog it opens."""
        target = self.target()
        if target is None:
            return
        watch.rooms_gone.connect(self._rooms_gone)
        watch.people_gone.connect(self._people_gone)
        if not watch.has_room(target.token):
            self.target_gone(self._room_gone(target))
        elif target.attendee_id and not watch.has_person(target.token, target.attendee_id):
            self.target_gone(self._person_gone(target))

    def _room_gone(self, target: Target) -> str:
        """``moderation.rules.room_gone`` for the one conversation, in the user's language."""
        return self.tr("'{title}' is gone: it was deleted or you were removed").format(
            title=target.title
        )

    def _person_gone(self, target: Target) -> str:
        """``moderation.rules.people_gone`` for the one person, in the user's language."""
        return self.tr("'{name}' is gone: removed from '{title}', or they left").format(
            name=target.name, title=target.title
        )

    @property
    def gone(self) -> str:
        """Why the target is no longer there; "" while it is."""
        return self._gone

    def target_gone(self, reason: str) -> None:
        """The target went away: say ``reason``, disable Send for good, send nothing.

        A request already in flight cannot be called back; its answer is shown with it.
        Ignored once the server accepted the dialog's action (its own answer removed it).
        """
        if self._gone or self._answered or not shiboken6.isValid(self):
            return
        self._gone = reason
        self._show_message()
        self.update_send_enabled()

    def _rooms_gone(self, rooms: list[Room]) -> None:
        target = self.target()
        if target is not None and any(room.token == target.token for room in rooms):
            self.target_gone(self._room_gone(target))

    def _people_gone(self, token: str, people: list[Participant]) -> None:
        target = self.target()
        if target is None or not target.attendee_id or token != target.token:
            return
        if any(person.attendee_id == target.attendee_id for person in people):
            self.target_gone(self._person_gone(target))

    # ----------------------------------------------------------------- sending

    @property
    def in_flight(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def show_error(self, text: str) -> None:
        """Show ``text`` in the message area ("" hides it); once the target is gone, that is
        said first, and stays."""
        self._error = text
        self._show_message()

    def _show_message(self) -> None:
        lines = [self._error] if self._error else []
        if self._gone:
            gone = self._gone
            if self.sends == 0:
                gone = self.tr("{reason}. Nothing was sent.").format(reason=gone)
            lines.insert(0, gone)
        text = "\n".join(lines)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def send(self) -> None:
        """Validate, then send once; ignored while a send is in flight, refused (nothing
        sent, ``failed`` emitted) once the target is gone."""
        if self.in_flight:
            return
        self.submit(self.validate(), self.operation)

    def submit(self, problem: str | None, make: Callable[[], Operation]) -> None:
        """Send ``make()`` once unless busy, the target is gone or there is a ``problem``
        (then it is shown and nothing is sent). Dialogs with several actions (breakout rooms)
        send each through here."""
        if self.in_flight:
            return
        if self._gone:
            self.failed.emit(self._gone)
            return
        if problem is not None:
            self.show_error(problem)
            return
        op = make()
        self.show_error("")
        self._set_busy(True)
        self.sends += 1
        self._task = asyncio.ensure_future(self._send(op))

    async def _send(self, op: Operation) -> None:
        try:
            outcome = await self.runner.run(op)
        except TalkError as exc:
            self._finish(error_text(exc))
            return
        except Exception as exc:  # a bug: say so rather than leave the dialog spinning
            log.exception("%s failed unexpectedly (%s)", self.objectName(), op.kind)
            self._finish(self.tr("Unexpected error: {error}").format(error=repr(exc)))
            return
        await self.accepted_answer(outcome)

    async def accepted_answer(self, outcome: ActionOutcome) -> None:
        """The server accepted: say so and close (a dialog that stays open overrides it)."""
        self._finish("")
        if shiboken6.isValid(self):
            self._answered = True
            self.answered.emit(outcome)
            self.succeeded.emit(outcome.answer)
            self.accept()

    def _finish(self, error: str) -> None:
        if not shiboken6.isValid(self):  # the window went away while the answer was coming
            return
        self._task = None
        self._set_busy(False)
        if error:
            self.show_error(error)
            self.failed.emit(error)

    async def wait_sent(self) -> None:
        """Await the request in flight, if any (for callers that drive the dialog in code)."""
        task = self._task
        if task is not None:
            await asyncio.shield(task)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(not busy)
        for widget in self._inputs():
            widget.setEnabled(not busy)
        if busy:
            self.send_button.setEnabled(False)
        else:
            self.update_send_enabled()

    def _inputs(self) -> list[QWidget]:
        """The widgets of the form (disabled while a request is in flight)."""
        widgets: list[QWidget] = []
        for index in range(self.form.count()):
            item = self.form.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not isinstance(widget, QLabel):
                widgets.append(widget)
        return widgets

    # ----------------------------------------------------------------- fitting the content

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A label's text changed (a message appeared, changed or went): the layout asks again.
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return handled

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        if visible and not self.isVisible():
            keep_texts_whole(self)  # before the first size is taken from the layout
            layout = self.layout()
            if layout is not None:  # the explicit minimum width would let the layout's go
                layout.activate()
                self.setMinimumWidth(max(self.minimumWidth(), layout.minimumSize().width()))
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if not self._fitting and event.size() != self._fitted:
            self._floor = event.size()  # shown at, or resized by the user (or the code) to

    def _fit(self) -> None:
        """Grow (or shrink back, never below ``_floor``) to the height the content needs at
        the current width, within the screen's available geometry."""
        layout = self.layout()
        if self._fitting or layout is None or not self.isVisible():
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        floor = self._floor or self.size()
        height = max(needed, floor.height(), self.minimumHeight())
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is not None:
            frame = self.frameGeometry().height() - self.geometry().height()
            height = min(height, area.height() - max(frame, 0))
        if height == self.height():
            return
        grew = height > self.height()
        self._fitting = True
        try:
            self.resize(width, height)
            self._fitted = self.size()
        finally:
            self._fitting = False
        if grew and area is not None:
            self._keep_on_screen(area)

    def _keep_on_screen(self, area: QRect) -> None:
        """Move the window back inside ``area`` when growing pushed it past an edge."""
        frame = self.frameGeometry()
        x = min(max(frame.left(), area.left()), max(area.left(), area.right() - frame.width() + 1))
        y = min(max(frame.top(), area.top()), max(area.top(), area.bottom() - frame.height() + 1))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        """Cancel: allowed only before sending or after an answer came back."""
        if self.in_flight:
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.in_flight:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.in_flight:
            event.accept()
            return
        super().keyPressEvent(event)
