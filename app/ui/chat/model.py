"""The chat of the shown conversation as a table model: one row per message, by id.

Fed by ``ChatReader`` signals (``bind_chat``): ``reset`` replaces the rows by diff, ``added``
inserts rows at their places (new messages at the end), ``changed`` updates rows in place
(a deleted message). Never a model reset: selection and scroll survive every update. At most
``limit`` rows; the oldest go first.

Every text comes from people (guests included) and is shown as plain text: the display role
is plain text in Qt's item views, tooltips go through ``plain_tooltip``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.api.chat_models import ChatMessage
from app.i18n import QT_TRANSLATE_NOOP
from app.live.chat import HISTORY, ChatReader

from ...widgets import plain_tooltip
from ..models.keyed import KeyedTableModel


class ChatColumn(IntEnum):
    TIME = 0
    AUTHOR = 1
    MESSAGE = 2


_HEADERS = (
    QT_TRANSLATE_NOOP("ChatModel", "Time"),
    QT_TRANSLATE_NOOP("ChatModel", "From"),
    QT_TRANSLATE_NOOP("ChatModel", "Message"),
)
_QUIET = QBrush(QColor("#6b7280"))


def older_format() -> str:
    """The Qt date format of a message from before today, in the user's language ("Dec 02
    14:05"; German "02.12. 14:05")."""
    return QCoreApplication.translate(
        "ChatModel", "MMM dd HH:mm", "the time of a message from an earlier day (Qt date format)"
    )


def message_time(stamp: int, *, full: bool = False) -> str:
    """ "14:05" today, "Dec 02 14:05" before (``full``: "2026-12-02 14:05"); "" for a time the
    platform cannot show (a broken server's number)."""
    try:
        moment = datetime.fromtimestamp(stamp).astimezone()
    except (OverflowError, OSError, ValueError):
        return ""
    if full:
        return moment.strftime("%Y-%m-%d %H:%M")
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(stamp), older_format())


def longest_times() -> list[str]:
    """The widest times the Time column shows: today's and an earlier day's, in every month
    (month names differ in width), at 23:58 (wide digits)."""
    year = QDateTime.currentDateTime().date().year()
    locale = QLocale()
    older = [
        locale.toString(
            QDateTime.fromString(f"{year}-{month:02d}-28T23:58:00", Qt.DateFormat.ISODate),
            older_format(),
        )
        for month in range(1, 13)
    ]
    return ["23:58", *older]


def one_line(text: str) -> str:
    return " ".join(text.split())


class ChatModel(KeyedTableModel[int, ChatMessage]):
    """Messages of the shown conversation, oldest first."""

    headers = _HEADERS
    text_context = "ChatModel"

    def __init__(self, parent: QObject | None = None, *, limit: int = HISTORY) -> None:
        super().__init__(parent)
        self.limit = limit
        self.token: str | None = None
        self.sort(ChatColumn.TIME, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------------ feeding

    def set_room(self, token: str | None) -> None:
        """Show ``token``'s chat from now on (the rows of another one go)."""
        if token != self.token:
            self.token = token
            self.clear()

    def set_messages(self, token: str, messages: Sequence[ChatMessage]) -> None:
        if token == self.token:
            self.replace_all(list(messages)[-self.limit :])

    def add_messages(self, token: str, messages: Sequence[ChatMessage]) -> None:
        if token != self.token:
            return
        self.upsert(messages)
        extra = len(self) - self.limit
        if extra > 0:
            self.remove(self.keys()[:extra])

    def change_messages(self, token: str, messages: Sequence[ChatMessage]) -> None:
        if token == self.token:
            self.upsert(m for m in messages if self.row_of(m.id) is not None)

    # ------------------------------------------------------------------ showing

    def key_of(self, record: ChatMessage) -> int:
        return record.id

    def sort_value(self, record: ChatMessage, column: int) -> Any:
        return record.id  # the chat's order, whatever column is clicked

    def display_row(self, record: ChatMessage) -> tuple[str, ...]:
        author = "" if record.is_system else record.author
        return (message_time(record.timestamp), author, one_line(record.plain_text))

    def cell(self, row: int, column: int, role: int) -> Any:
        message = self._rows[row]
        quiet = message.is_system or message.is_deleted
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return _QUIET
        if role == Qt.ItemDataRole.FontRole and quiet:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(message)) or None
        return None

    def _tooltip(self, message: ChatMessage) -> str:
        stamp = message_time(message.timestamp, full=True)
        who = self.tr("System message") if message.is_system else message.author
        if message.is_deleted:
            who = self.tr("{author} (deleted)").format(author=message.author)
        parts = [who, stamp]
        if message.is_silent:
            parts.append(self.tr("sent silently"))
        return " · ".join(parts) + f"\n{message.plain_text}"


def bind_chat(reader: ChatReader, model: ChatModel) -> None:
    """Feed ``model`` from ``reader``'s signals."""
    reader.reset.connect(model.set_messages)
    reader.added.connect(model.add_messages)
    reader.changed.connect(model.change_messages)
