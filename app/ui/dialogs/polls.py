"""Polls in the window: New Poll (question, options, results, votes per person) and a poll's
results, read again every few seconds while the dialog is open and the poll is, with Close
Poll.

Talk shows a moderator the counts of an open poll only after voting in a public poll; the
results view says so and shows how many have voted until the poll is closed (``polls``
words everything). Reading a poll is no action and goes straight to the service; creating and
closing go through the runner like every other action.
"""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import NotFound, Room, TalkError
from ...api.models import Poll
from ...moderation import ActionRunner, Operation, polls
from ...qtapp.translations import error_text, shown
from ...widgets import PlainLabel
from .base import AsyncActionDialog

log = logging.getLogger(__name__)

FIRST_OPTIONS = 2
"""Option rows a new poll starts with (Talk needs at least two)."""
REFRESH_MS = 3000
"""How often an open poll's results are read again while its dialog is open."""


class NewPollDialog(AsyncActionDialog):
    """Question, options (add and remove rows), public or hidden results, votes per person.

    On success ``succeeded`` carries the created ``Poll`` (the window then shows its
    results); a refusal keeps everything typed.
    """

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("New poll in '{title}'").format(title=room.title),
            object_name="newPollDialog",
            send_text=self.tr("Post Poll"),
            parent=parent,
        )
        self.room = room
        self.set_intro(
            self.tr(
                "The poll is posted in the conversation's chat. Everyone who may chat can vote."
            )
        )
        self.question_edit = QLineEdit(self)
        self.question_edit.setObjectName("pollQuestionEdit")
        self.question_edit.setPlaceholderText(self.tr("What would you like to ask?"))
        self.question_edit.textChanged.connect(self.update_send_enabled)
        self.form.addRow(self.tr("&Question:"), self.question_edit)

        self.options_box = QWidget(self)
        self.options_box.setObjectName("pollOptionsBox")
        self._rows = QVBoxLayout(self.options_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self.option_edits: list[QLineEdit] = []
        self._option_rows: dict[int, tuple[QWidget, QPushButton]] = {}
        self.add_button = QPushButton(self.tr("&Add Option"), self.options_box)
        self.add_button.setObjectName("pollAddOptionButton")
        self.add_button.clicked.connect(lambda: self.add_option())
        self._rows.addWidget(self.add_button)
        self.form.addRow(self.tr("Options:"), self.options_box)
        for _ in range(FIRST_OPTIONS):
            self.add_option()

        self.results_box = QWidget(self)
        results = QHBoxLayout(self.results_box)
        results.setContentsMargins(0, 0, 0, 0)
        self.public_radio = QRadioButton(self.tr("&Public"), self.results_box)
        self.public_radio.setObjectName("pollPublicRadio")
        self.public_radio.setToolTip(
            self.tr("Voters see the counts; once closed, who voted for what")
        )
        self.hidden_radio = QRadioButton(self.tr("&Hidden until closed"), self.results_box)
        self.hidden_radio.setObjectName("pollHiddenRadio")
        self.hidden_radio.setToolTip(self.tr("Nobody sees anything until the poll is closed"))
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.public_radio)
        self._mode.addButton(self.hidden_radio)
        self.public_radio.setChecked(True)
        results.addWidget(self.public_radio)
        results.addWidget(self.hidden_radio)
        results.addStretch(1)
        self.form.addRow(self.tr("Results:"), self.results_box)

        self.max_votes_spin = QSpinBox(self)
        self.max_votes_spin.setObjectName("pollMaxVotesSpin")
        self.max_votes_spin.setSpecialValueText(self.tr("No limit"))
        self.max_votes_spin.setRange(0, FIRST_OPTIONS)
        self.max_votes_spin.setValue(1)
        self.max_votes_spin.setToolTip(
            self.tr("How many options one person may pick (0: no limit)")
        )
        self.max_votes_spin.valueChanged.connect(self.update_send_enabled)
        self.form.addRow(self.tr("&Votes per person:"), self.max_votes_spin)
        self.update_send_enabled()

    # ------------------------------------------------------------------ options

    def add_option(self, text: str = "") -> QLineEdit:
        """A new option row (with its remove button), before the Add button."""
        row = QWidget(self.options_box)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text, row)
        edit.setObjectName(f"pollOptionEdit{len(self.option_edits) + 1}")
        edit.setPlaceholderText(
            self.tr("Option {number}").format(number=len(self.option_edits) + 1)
        )
        edit.textChanged.connect(self.update_send_enabled)
        remove = QPushButton(self.tr("Remove"), row)
        remove.setObjectName(f"pollRemoveOptionButton{len(self.option_edits) + 1}")
        remove.clicked.connect(lambda: self.remove_option(edit))
        line.addWidget(edit, 1)
        line.addWidget(remove)
        self._rows.insertWidget(self._rows.count() - 1, row)
        self.option_edits.append(edit)
        self._option_rows[id(edit)] = (row, remove)
        self._options_changed()
        return edit

    def remove_option(self, edit: QLineEdit) -> None:
        """Take an option row away (two always stay: a poll needs them)."""
        if edit not in self.option_edits or len(self.option_edits) <= FIRST_OPTIONS:
            return
        self.option_edits.remove(edit)
        row, _remove = self._option_rows.pop(id(edit))
        self._rows.removeWidget(row)
        row.deleteLater()
        self._options_changed()

    def _options_changed(self) -> None:
        count = len(self.option_edits)
        if hasattr(self, "max_votes_spin"):
            self.max_votes_spin.setMaximum(count)
        for _row, remove in self._option_rows.values():
            remove.setEnabled(count > FIRST_OPTIONS)
        self.update_send_enabled()

    @property
    def options(self) -> list[str]:
        return [edit.text() for edit in self.option_edits]

    # ------------------------------------------------------------------ sending

    def validate(self) -> str | None:
        if not hasattr(self, "max_votes_spin"):
            return self.tr("Not ready")
        try:
            polls.check_poll(
                self.question_edit.text(),
                self.options,
                hidden=self.hidden_radio.isChecked(),
                max_votes=self.max_votes_spin.value(),
            )
        except polls.PollInputError as problem:
            return shown(problem.text)
        return None

    def operation(self) -> Operation:
        return polls.create_poll(
            self.room,
            self.question_edit.text(),
            self.options,
            hidden=self.hidden_radio.isChecked(),
            max_votes=self.max_votes_spin.value(),
        )


class PollResultsDialog(AsyncActionDialog):
    """One poll's results, read again every ``refresh_ms`` while it is open; Close Poll.

    Args:
        poll: the poll to show at once (after New Poll); None asks for its number.
        refresh_ms: how often an open poll is read again.
    """

    def __init__(
        self,
        runner: ActionRunner,
        room: Room,
        poll: Poll | None = None,
        *,
        poll_id: int = 0,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Poll results in '{title}'").format(title=room.title),
            object_name="pollResultsDialog",
            send_text=self.tr("Close Poll"),
            parent=parent,
        )
        self.room = room
        self.poll: Poll | None = poll
        self.reads = 0
        """How many times the poll was read (tests check the live refresh)."""
        self._read: asyncio.Task[None] | None = None
        self._closed_here = False
        self._last_closed: object = None
        self.succeeded.connect(self._remember)
        self.cancel_button.setText(self.tr("Done"))

        self.id_spin = QSpinBox(self)
        self.id_spin.setObjectName("pollIdSpin")
        self.id_spin.setRange(1, 2_000_000_000)
        self.id_spin.setValue(poll.id if poll is not None else max(poll_id, 1))
        self.id_spin.setToolTip(
            self.tr("The poll's number (Talk names polls by number; the chat links it)")
        )
        self.show_button = QPushButton(self.tr("S&how"), self)
        self.show_button.setObjectName("pollShowButton")
        self.show_button.clicked.connect(lambda: self.read_now(self.id_spin.value()))
        number = QWidget(self)
        line = QHBoxLayout(number)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.id_spin, 1)
        line.addWidget(self.show_button)
        self.form.addRow(self.tr("Poll &number:"), number)
        self.recent_combo = QComboBox(self)
        self.recent_combo.setObjectName("pollRecentCombo")
        self.recent_combo.setToolTip(
            self.tr("The polls announced in the newest messages of the chat")
        )
        self.recent_combo.addItem(self.tr("(looking in the chat…)") if poll is None else "", 0)
        self.recent_combo.setEnabled(False)
        self.recent_combo.activated.connect(self._recent_chosen)
        self.form.addRow(self.tr("In the &chat:"), self.recent_combo)
        self.recent: list[polls.PollMention] = []
        self._finding: asyncio.Task[None] | None = None

        self.question_label = PlainLabel(self)
        self.question_label.setObjectName("pollQuestionLabel")
        self.question_label.setWordWrap(True)
        self.question_label.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Question:"), self.question_label)
        self.state_label = PlainLabel(self)
        self.state_label.setObjectName("pollStateLabel")
        self.form.addRow(self.tr("State:"), self.state_label)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pollResultsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Option"), self.tr("Votes"), self.tr("Voted for it")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.form.addRow(self.table)
        self.note_label = PlainLabel(self)
        self.note_label.setObjectName("pollNoteLabel")
        self.note_label.setWordWrap(True)
        self.form.addRow(self.note_label)

        self.timer = QTimer(self)
        self.timer.setObjectName("pollRefreshTimer")
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self._refresh)
        self._show(poll)

    # ------------------------------------------------------------------ reading

    def read_now(self, poll_id: int) -> None:
        """Read poll ``poll_id`` (the Show button; every refresh reads the shown one)."""
        if self._read is not None and not self._read.done():
            self._read.cancel()
        self._read = asyncio.ensure_future(self._fetch(poll_id))

    def _refresh(self) -> None:
        if self.poll is None or not self.poll.is_open or self.in_flight:
            return
        if self._read is not None and not self._read.done():
            return  # the previous read is still on its way
        self.read_now(self.poll.id)

    async def _fetch(self, poll_id: int) -> None:
        try:
            poll = await self.service.polls.show(self.room.token, poll_id)
        except NotFound as exc:
            self._failed_read(error_text(exc), forget=True)
            return
        except TalkError as exc:
            self._failed_read(error_text(exc), forget=False)
            return
        if shiboken6.isValid(self) and not self._closed_here:
            self.reads += 1
            self.show_error("")
            self._show(poll)

    def _failed_read(self, message: str, *, forget: bool) -> None:
        if not shiboken6.isValid(self):
            return
        if forget:
            self._show(None)
        self.show_error(message)

    def find_recent(self) -> None:
        """Look for the polls the chat announced (Talk has no listing of polls): one read."""
        if self._finding is None or self._finding.done():
            self._finding = asyncio.ensure_future(self._find_recent())

    async def _find_recent(self) -> None:
        try:
            found = await polls.recent_polls(self.service, self.room.token)
        except TalkError as exc:
            if shiboken6.isValid(self):
                self.recent_combo.clear()
                self.recent_combo.addItem(self.tr("(the chat could not be read)"), 0)
                self.recent_combo.setToolTip(error_text(exc))
            return
        if not shiboken6.isValid(self):
            return
        self.recent = found
        self.recent_combo.clear()
        if not found:
            self.recent_combo.addItem(self.tr("(no poll in the newest messages)"), 0)
            return
        for mention in found:
            self.recent_combo.addItem(
                self.tr("Poll {number}: {question}").format(
                    number=mention.id, question=mention.question
                ),
                mention.id,
            )
        self.recent_combo.setEnabled(not self.in_flight)
        reading = self._read is not None and not self._read.done()
        if self.poll is None and not reading:  # nothing shown or on its way: the newest
            self.recent_combo.setCurrentIndex(0)
            self.read_now(found[0].id)

    def _recent_chosen(self, index: int) -> None:
        poll_id = self.recent_combo.itemData(index)
        if isinstance(poll_id, int) and poll_id:
            self.read_now(poll_id)

    async def wait_found(self) -> None:
        """Await the chat search in flight, if any (for tests and scripted use)."""
        if self._finding is not None:
            await asyncio.shield(self._finding)

    async def wait_read(self) -> None:
        """Await the read in flight, if any (for callers that drive the dialog in code)."""
        if self._read is not None:
            await asyncio.shield(self._read)

    # ------------------------------------------------------------------ showing

    def _show(self, poll: Poll | None) -> None:
        self.poll = poll
        if poll is None:
            self.question_label.setText("")
            self.state_label.setText("")
            self.note_label.setText(self.tr("Choose the poll's number and press Show."))
            self.table.setRowCount(0)
            self.timer.stop()
            self.update_send_enabled()
            return
        self.id_spin.setValue(poll.id)
        self.question_label.setText(poll.question)
        self.state_label.setText(self.state_words(poll))
        rows = polls.result_rows(poll)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(1)
        self.note_label.setText(self.results_note(poll))
        if poll.is_open:
            self.timer.start()
        else:
            self.timer.stop()
        self.update_send_enabled()

    def state_words(self, poll: Poll) -> str:
        """ "Open, results hidden until closed; 3 voted; each person picks one option"."""
        if poll.is_closed:
            state = self.tr("Closed")
        else:
            state = self.tr("Open") if poll.is_open else self.tr("Draft")
        if poll.hidden:
            state = self.tr("{state}, results hidden until closed").format(state=state)
        count = poll.num_voters
        voters = self.tr("nobody has voted") if count == 0 else self.tr("%n voted", "", count)
        if poll.max_votes == 0:
            picks = self.tr("each person picks as many options as they like")
        elif poll.max_votes == 1:
            picks = self.tr("each person picks one option")
        else:
            picks = self.tr("each person picks up to %n option(s)", "", poll.max_votes)
        return "; ".join((state, voters, picks))

    def results_note(self, poll: Poll) -> str:
        """What the counts shown mean, or why there are none yet."""
        if poll.is_closed:
            if poll.hidden:
                return self.tr(
                    "Closed. The results were hidden while it was open; these are the counts."
                )
            return self.tr("Closed. The results are shown to everyone.")
        if poll.counts_shown:
            return self.tr(
                "Open. You voted in this public poll, so Talk shows you the counts so far."
            )
        if poll.hidden:
            return self.tr(
                "Open, results hidden: Talk shows nobody the counts until the poll is closed, "
                "only how many have voted."
            )
        return self.tr(
            "Open: Talk shows the counts only to those who voted; you see how many have voted. "
            "Close the poll to see the results."
        )

    # ------------------------------------------------------------------ closing the poll

    def validate(self) -> str | None:
        poll = getattr(self, "poll", None)
        if poll is None:
            return self.tr("No poll shown")
        if not poll.is_open:
            return self.tr("The poll is closed")
        return None

    def operation(self) -> Operation:
        assert self.poll is not None
        self.timer.stop()
        return polls.close_poll(self.room, self.poll)

    def accept(self) -> None:
        """After Close Poll the dialog stays, showing the final results the server sent."""
        closed, self._last_closed = self._last_closed, None
        if isinstance(closed, Poll):
            self._closed_here = True
            self._show(closed)
            return
        super().accept()

    def _remember(self, answer: object) -> None:
        """The closed poll, just before the base class accepts the dialog."""
        self._last_closed = answer

    def done(self, result: int) -> None:
        self.timer.stop()
        for task in (self._read, self._finding):
            if task is not None and not task.done():
                task.cancel()
        super().done(result)
