"""Add a user, group or e-mail guest to a conversation, with suggestions from the server.

Suggestions come from ``/core/autocomplete/get`` (``service.account.autocomplete``) while typing,
debounced by a named timer; a stale lookup is cancelled when a newer one starts. Picking a
suggestion fills in the id and the kind (user, group, e-mail) so the right ``source`` is sent.
"""

from __future__ import annotations

import asyncio
import logging
import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from ...api import Room, Suggestion, TalkError
from ...i18n import QT_TRANSLATE_NOOP
from ...moderation import ActionRunner, Operation
from ...moderation import operations as ops
from ...qtapp.translations import error_text
from ...widgets import PlainLabel
from .base import AsyncActionDialog

log = logging.getLogger(__name__)

SOURCES: tuple[tuple[str, str], ...] = (
    ("users", QT_TRANSLATE_NOOP("AddParticipantDialog", "User")),
    ("groups", QT_TRANSLATE_NOOP("AddParticipantDialog", "Group")),
    ("emails", QT_TRANSLATE_NOOP("AddParticipantDialog", "E-mail guest")),
)
"""The kinds of participant, in English: shown through ``source_words``."""
SHARE_TYPE_SOURCE = {"users": "users", "groups": "groups", "emails": "emails"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 2
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
DEBOUNCE_MS = 250


def source_words(source: str) -> str:
    """The kind of participant ``source`` names ("users", ...), in the user's language."""
    words = dict(SOURCES).get(source, "")
    return QCoreApplication.translate("AddParticipantDialog", words) if words else ""


class AddParticipantDialog(AsyncActionDialog):
    def __init__(self, runner: ActionRunner, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(
            runner,
            title=self.tr("Add to '{title}'").format(title=room.title),
            object_name="addParticipantDialog",
            send_text=self.tr("Add"),
            parent=parent,
        )
        self.room = room
        self.who_edit = QLineEdit(self)
        self.who_edit.setObjectName("addParticipantEdit")
        self.who_edit.setPlaceholderText(self.tr("Name, group or e-mail address"))
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("addParticipantSourceCombo")
        for source, _words in SOURCES:
            self.source_combo.addItem(source_words(source), source)
        self.hint = PlainLabel(self)
        self.hint.setObjectName("addParticipantHintLabel")
        self.hint.setWordWrap(True)
        self.form.addRow(self.tr("Who:"), self.who_edit)
        self.form.addRow(self.tr("Kind:"), self.source_combo)
        self.form.addRow("", self.hint)

        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setObjectName("addParticipantCompleter")
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.who_edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]

        self._debounce = QTimer(self)
        self._debounce.setObjectName("autocompleteTimer")
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._lookup)
        self._lookup_task: asyncio.Task[None] | None = None
        self.lookups = 0

        self.who_edit.textEdited.connect(self._edited)
        self.who_edit.textChanged.connect(self.update_send_enabled)
        self.source_combo.currentIndexChanged.connect(self.update_send_enabled)
        self.update_send_enabled()

    # ----------------------------------------------------------------- autocomplete

    def _edited(self, text: str) -> None:
        if "@" in text and self.source() == "users":
            self.set_source("emails")
        if len(text.strip()) >= 1:
            self._debounce.start()

    def _lookup(self) -> None:
        if self._lookup_task is not None and not self._lookup_task.done():
            self._lookup_task.cancel()
        self._lookup_task = asyncio.ensure_future(self._fetch(self.who_edit.text().strip()))

    async def _fetch(self, search: str) -> None:
        self.lookups += 1
        try:
            found = await self.service.account.autocomplete(search, token=self.room.token)
        except asyncio.CancelledError:
            raise
        except TalkError as exc:
            self.hint.setText(self.tr("No suggestions: {error}").format(error=error_text(exc)))
            return
        self.set_suggestions(found)

    def set_suggestions(self, found: list[Suggestion]) -> None:
        """Fill the completer; shown at once when the field has focus."""
        self.suggestions.clear()
        for suggestion in found:
            label = suggestion.label or suggestion.id
            kind = source_words(SHARE_TYPE_SOURCE.get(suggestion.source, ""))
            text = f"{label} ({suggestion.id})" if label != suggestion.id else label
            item = QStandardItem(f"{text} – {kind}" if kind else text)
            item.setData(suggestion.id, ID_ROLE)
            item.setData(SHARE_TYPE_SOURCE.get(suggestion.source, ""), SOURCE_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        self.hint.setText(
            self.tr("%n suggestion(s)", "", len(found))
            if found
            else self.tr("No matches on the server")
        )
        if found and self.who_edit.hasFocus():
            self.completer.complete()

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        # The completer's index belongs to its proxy model; map it by the text shown.
        text = index.data(Qt.ItemDataRole.DisplayRole)
        for row in range(self.suggestions.rowCount()):
            item = self.suggestions.item(row)
            if item is not None and item.text() == text:
                self.pick_suggestion(row)
                return

    def pick_suggestion(self, row: int) -> None:
        """Take suggestion ``row``: its id into the field, its kind into the combo."""
        item = self.suggestions.item(row)
        if item is None:
            return
        source = item.data(SOURCE_ROLE)
        if source:
            self.set_source(source)
        # After the completer has written its own text into the field, put the id there.
        ident = str(item.data(ID_ROLE))
        QTimer.singleShot(0, lambda: self.who_edit.setText(ident))
        self.who_edit.setText(ident)

    # ----------------------------------------------------------------- input

    def source(self) -> str:
        return str(self.source_combo.currentData())

    def set_source(self, source: str) -> None:
        index = self.source_combo.findData(source)
        if index >= 0:
            self.source_combo.setCurrentIndex(index)

    def who(self) -> str:
        return self.who_edit.text().strip()

    def validate(self) -> str | None:
        who = self.who()
        if not who:
            return self.tr("Enter who to add")
        if self.source() == "emails" and not EMAIL_RE.match(who):
            return self.tr("That is not an e-mail address")
        return None

    def operation(self) -> Operation:
        return ops.add_participant(self.room, self.who(), self.source())

    def done(self, result: int) -> None:
        self._debounce.stop()
        if self._lookup_task is not None and not self._lookup_task.done():
            self._lookup_task.cancel()
        super().done(result)
