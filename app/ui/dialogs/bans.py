"""Ban someone (with an internal note), and the conversation's ban list with "Lift ban".

A ban removes the person at once and keeps them out: a user cannot be added again, a guest
of a public conversation cannot rejoin by its link. The note is for moderators only; Talk
keeps at most 4,000 bytes of it, so the counter counts bytes, not characters.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...api import Ban, Participant, Room, TalkError
from ...api.areas.bans import NOTE_MAX_BYTES, note_bytes
from ...api.constants import ActorType
from ...api.timestamps import local_time
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, Operation
from ...moderation import bans as ban_ops
from ...qtapp.translations import error_text
from ...widgets import PlainLabel, plain_tooltip
from ..targets import Target
from ..theme import show_in_tone
from .base import MIN_WIDTH, AsyncActionDialog, grouped

log = logging.getLogger(__name__)


def consequence(room: Room, person: Participant) -> str:
    """What banning this person does (``moderation.bans.consequence``), in the user's
    language."""
    return QCoreApplication.translate("Bans", ban_ops.consequence(room, person))


ACTOR_WORDS = {
    ActorType.USERS: QT_TRANSLATE_NOOP("BanDialog", "user"),
    ActorType.GUESTS: QT_TRANSLATE_NOOP("BanDialog", "guest"),
    ActorType.EMAILS: QT_TRANSLATE_NOOP("BanDialog", "e-mail guest"),
    "ip": QT_TRANSLATE_NOOP("BanDialog", "address"),
}
"""The kind of a banned actor, in English (the ban list's Kind column translates it)."""

BAN_QUESTIONS = {
    ActorType.USERS: QT_TRANSLATE_NOOP("BanDialog", "Ban the user {name} from '{title}'?"),
    ActorType.GUESTS: QT_TRANSLATE_NOOP("BanDialog", "Ban the guest {name} from '{title}'?"),
    ActorType.EMAILS: QT_TRANSLATE_NOOP("BanDialog", "Ban the e-mail guest {name} from '{title}'?"),
}
"""The question per kind of person: whole sentences, since languages inflect the kind."""
OTHER_BAN_QUESTION = QT_TRANSLATE_NOOP("BanDialog", "Ban the participant {name} from '{title}'?")


def actor_words(actor_type: str) -> str:
    """The kind of a banned actor in the user's language (unknown kinds as Talk names them)."""
    words = ACTOR_WORDS.get(actor_type)
    return QCoreApplication.translate("BanDialog", words) if words else actor_type


class NoteEdit(QPlainTextEdit):
    """The internal note, with a byte counter (``counter``) next to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banNoteEdit")
        self.setPlaceholderText(self.tr("Internal note for moderators (optional): what happened"))
        self.setTabChangesFocus(True)
        self.setMaximumHeight(90)
        self.counter = PlainLabel(self)
        self.counter.setObjectName("banNoteCounter")
        self.textChanged.connect(self._count)
        self._count()

    @property
    def note(self) -> str:
        return self.toPlainText().strip()

    def problem(self) -> str | None:
        try:
            ban_ops.check_note(self.note)
        except ban_ops.NoteTooLong as exc:
            return self.tr("The note is too long: {reason}").format(reason=exc)
        return None

    def _count(self) -> None:
        self.counter.setText(
            self.tr("{used} of {limit} bytes").format(
                used=grouped(note_bytes(self.note)), limit=grouped(NOTE_MAX_BYTES)
            )
        )


class BanDialog(AsyncActionDialog):
    """Ban one participant, with an optional internal note."""

    def __init__(
        self, runner: ActionRunner, room: Room, person: Participant, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            runner,
            title=self.tr("Ban {name}").format(name=person.title),
            object_name="banDialog",
            send_text=self.tr("Ban"),
            parent=parent,
        )
        self.room = room
        self.person = person
        question = BAN_QUESTIONS.get(person.actor_type, OTHER_BAN_QUESTION)
        self.set_intro(
            QCoreApplication.translate("BanDialog", question).format(
                name=person.title, title=room.title
            )
        )
        self.set_warning(consequence(room, person))
        self.note_edit = NoteEdit(self)
        self.form.addRow(self.tr("Note:"), self.note_edit)
        self.form.addRow("", self.note_edit.counter)
        self.note_edit.textChanged.connect(self.update_send_enabled)

    def target(self) -> Target | None:
        return Target(self.room.token, self.room.title, self.person.attendee_id, self.person.title)

    def validate(self) -> str | None:
        return self.note_edit.problem()

    def operation(self) -> Operation:
        return ban_ops.ban(self.room, self.person, self.note_edit.note)


def _when(stamp: int) -> str:
    return local_time(stamp) if stamp else ""


class BanListDialog(QDialog):
    """Who is banned from a conversation (who, when, by whom, the note); lift a ban.

    The list is read when the dialog opens (one request); lifting a ban goes through the
    runner like every action, and a refusal is shown here, with the list kept as it was.
    """

    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.room = room
        self.setObjectName("banListDialog")
        self.setWindowTitle(self.tr("Bans of '{title}'").format(title=room.title))
        self.setModal(True)
        self.setMinimumWidth(MIN_WIDTH + 200)
        self.bans: list[Ban] = []
        self._task: asyncio.Task[Any] | None = None
        self.loaded = False

        layout = QVBoxLayout(self)
        self.summary = PlainLabel(self.tr("Reading the ban list…"), self)
        self.summary.setObjectName("banSummaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("banTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Who"), self.tr("Kind"), self.tr("Banned"), self.tr("By"), self.tr("Note")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._refresh)
        layout.addWidget(self.table)
        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        show_in_tone(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.unban_button = QPushButton(self.tr("&Lift Ban"), self)
        self.unban_button.setObjectName("unbanButton")
        buttons.addButton(self.unban_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.unban_button.clicked.connect(self.lift_selected)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._refresh()

    # ----------------------------------------------------------------- reading

    def open(self) -> None:
        super().open()
        self.reload()

    def reload(self) -> None:
        if not self.busy:
            self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        try:
            bans = await self.runner.service.bans.list(self.room.token)
        except TalkError as exc:
            error = error_text(exc)
            self._shown(lambda: self._failed(error))
            return
        self._shown(lambda: self._show(bans))

    def _shown(self, then: Any) -> None:
        if shiboken6.isValid(self):
            self._task = None
            then()

    def _show(self, bans: list[Ban]) -> None:
        self.loaded = True
        self.bans = sorted(bans, key=lambda b: -b.banned_time)
        self.table.setRowCount(len(self.bans))
        for row, ban in enumerate(self.bans):
            cells = (
                ban.title,
                actor_words(ban.banned_actor_type),
                _when(ban.banned_time),
                ban.banned_by,
                ban.internal_note.replace("\n", " "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and ban.internal_note:
                    item.setToolTip(plain_tooltip(ban.internal_note))
                self.table.setItem(row, column, item)
        count = len(self.bans)
        self.summary.setText(
            self.tr("Nobody is banned from this conversation.")
            if not count
            else self.tr(
                "%n ban(s). Lifting a ban lets that person be added again, or rejoin by the link.",
                "",
                count,
            )
        )
        self._refresh()

    def _failed(self, error: str) -> None:
        self.summary.setText(self.tr("The ban list could not be read."))
        self.show_error(error)
        self._refresh()

    # ----------------------------------------------------------------- lifting

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def selected_ban(self) -> Ban | None:
        rows = self.table.selectionModel().selectedRows()
        return self.bans[rows[0].row()] if rows else None

    def select(self, ban_id: int) -> bool:
        for row, ban in enumerate(self.bans):
            if ban.id == ban_id:
                self.table.selectRow(row)
                return True
        return False

    def lift_selected(self) -> None:
        ban = self.selected_ban()
        if ban is None or self.busy:
            return
        self.show_error("")
        self._task = asyncio.ensure_future(self._lift(ban))
        self._refresh()

    async def _lift(self, ban: Ban) -> None:
        try:
            await self.runner.run(ban_ops.unban(self.room, ban))
        except TalkError as exc:
            error = error_text(exc)
            self._shown(lambda: self._lift_failed(error))
            return
        self._shown(lambda: self._show([b for b in self.bans if b.id != ban.id]))

    def _lift_failed(self, error: str) -> None:
        self.show_error(error)
        self._refresh()

    # ----------------------------------------------------------------- state

    @property
    def error_text(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _refresh(self) -> None:
        self.unban_button.setEnabled(not self.busy and self.selected_ban() is not None)

    def reject(self) -> None:
        """Closing while a ban is being lifted would lose its answer: wait for it."""
        if self.busy and self.loaded:
            return
        super().reject()
