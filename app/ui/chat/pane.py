"""The chat pane: the selected conversation's messages, under its participants.

Passive like the window: the ``ChatReader`` (built with the window's parts) reads, the
``ChatModel`` holds the rows, the registry's QActions (Delete Message, Clear Chat History,
Post Announcement) act; the window tells the pane which conversation is selected
(``set_room``) and whether anyone looks (``set_active``), and asks it which message is
selected (``selected_message``, for the rules). The view follows new messages while it is
scrolled to the end, and stays where the user scrolled to otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...api import Room
from ...api.chat_models import ChatMessage
from ...i18n import QT_TRANSLATE_NOOP
from ...live.chat import ChatReader
from ...moderation import ActionKind
from ...widgets import PlainLabel, plain_tooltip
from ..actions import ActionRegistry
from ..columns import cell_width, header_width
from ..models.keyed import RECORD_ROLE
from ..theme import show_in_tone
from .model import ChatColumn, ChatModel, bind_chat, longest_times

CHAT_ACTIONS = (ActionKind.POST_ANNOUNCEMENT, ActionKind.DELETE_MESSAGE, ActionKind.CLEAR_HISTORY)

_NO_ROOM = QT_TRANSLATE_NOOP("ChatPane", "Select a conversation to see its chat")


class ChatPane(QWidget):
    """Messages of the selected conversation and the chat's moderation actions.

    Signals:
        selection_changed: the selected message changed (the window re-evaluates the rules).
    """

    selection_changed = Signal()

    def __init__(
        self, reader: ChatReader, registry: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPane")
        self.reader = reader
        self.model = ChatModel(self, limit=reader.history)
        bind_chat(reader, self.model)
        self._room: Room | None = None
        self._loaded_token: str | None = None
        self._follow = True

        self.header = PlainLabel(self.tr(_NO_ROOM), self)
        self.header.setObjectName("chatHeader")
        self.header.setWordWrap(True)
        self.status = PlainLabel(self)
        self.status.setObjectName("chatStatus")
        self.status.setWordWrap(True)
        show_in_tone(self.status, "error")  # readable in the dark theme too
        self.status.hide()

        self.view = QTableView(self)
        self.view.setObjectName("chatView")
        self.view.setAccessibleName(self.tr("Chat"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setObjectName("chatViewHeader")
        header.setHighlightSections(False)
        # Sized once for the widest time it shows (an earlier day's, in the user's language):
        # fitting the contents measured only the rows there were, often none yet ("10…").
        header.setSectionResizeMode(ChatColumn.TIME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChatColumn.TIME, self.time_width())
        header.setSectionResizeMode(ChatColumn.AUTHOR, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChatColumn.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ChatColumn.AUTHOR, self.view.fontMetrics().horizontalAdvance("M" * 12))

        self.toolbar = QToolBar(self.tr("Chat"), self)
        self.toolbar.setObjectName("chatToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for kind in CHAT_ACTIONS:
            self.toolbar.addAction(registry[kind])
        self._registry = registry

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)
        layout.addWidget(self.status)

        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.view.customContextMenuRequested.connect(self._menu)
        scroll = self.view.verticalScrollBar()
        scroll.valueChanged.connect(self._scrolled)
        self.model.rowsInserted.connect(self._inserted)
        self.model.rowsRemoved.connect(lambda *_: self._count())
        reader.reset.connect(self._loaded)
        reader.failed.connect(self._failed)
        reader.recovered.connect(self._recovered)

    def time_width(self) -> int:
        """The Time column's width: its widest time and its title, as the style paints them."""
        widest = max(cell_width(self.view, text, False) for text in longest_times())
        return max(widest, header_width(self.view, ChatColumn.TIME))

    # ------------------------------------------------------------------ the window's calls

    def set_room(self, room: Room | None) -> None:
        """Show ``room``'s chat (None: none); the reader follows at once."""
        token = room.token if room is not None else None
        same = self._room is not None and room is not None and self._room.token == token
        self._room = room
        if same:
            return
        self._follow = True
        self.status.hide()
        self.model.set_room(token)
        self.reader.set_room(token)
        self.header.setText(
            self.tr(_NO_ROOM)
            if room is None
            else self.tr("Loading the chat of {title}…").format(title=room.title)
        )
        self.selection_changed.emit()

    def set_active(self, active: bool) -> None:
        """Read only while the window is shown."""
        self.reader.set_active(active)

    def selected_message(self) -> ChatMessage | None:
        rows = self.view.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        return record if isinstance(record, ChatMessage) else None

    def select_message(self, message_id: int) -> bool:
        """Select a message by id (tests, the scenario); False when it is not shown."""
        row = self.model.row_of(message_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # ------------------------------------------------------------------ reactions

    def _selected(self) -> None:
        self.selection_changed.emit()

    def _loaded(self, token: str, _messages: list[ChatMessage]) -> None:
        if self._room is None or token != self._room.token:
            return
        self._loaded_token = token
        self._count()
        self.view.scrollToBottom()

    def _count(self) -> None:
        """The header: how many of the conversation's messages are shown (the newest)."""
        room = self._room
        if room is None or self._loaded_token != room.token:
            return
        count = self.model.rowCount()
        self.header.setText(
            self.tr("Chat of {title}: the last %n message(s)", "", count).format(title=room.title)
            if count
            else self.tr("The chat of {title} is empty").format(title=room.title)
        )

    def _failed(self, token: str, sentence: str) -> None:
        if self._room is not None and token == self._room.token:
            self.status.setText(
                self.tr("The chat could not be read: {reason}").format(reason=sentence)
            )
            self.status.setToolTip(plain_tooltip(sentence))
            self.status.show()

    def _recovered(self, token: str) -> None:
        if self._room is not None and token == self._room.token:
            self.status.hide()

    def _scrolled(self, value: int) -> None:
        self._follow = value >= self.view.verticalScrollBar().maximum()

    def _inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._count()
        if self._follow:
            self.view.scrollToBottom()

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("chatViewContextMenu")
        menu.setToolTipsVisible(True)
        menu.addActions(self._registry.actions(CHAT_ACTIONS))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))
