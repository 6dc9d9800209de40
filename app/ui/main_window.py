"""The main window: conversations on the left, the selected conversation's people on the right.

It wires the pieces and holds no business rules: ``PollingController`` reads the server,
the diff-updating models hold the rows, ``ActionRegistry`` owns every moderation QAction (others
attach handlers), ``action_rules`` decides what is enabled, ``window_state`` remembers layout.
When a selected conversation or person goes away (``targets``), nothing is selected any more,
the actions say why they are disabled and the status bar says what happened.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.api.capabilities import TalkCapabilities
from app.api.constants import ConversationType, InCallFlag, ParticipantType
from app.api.errors import TalkError
from app.api.models import Participant, Room
from app.i18n import QT_TRANSLATE_NOOP
from app.live import ConnectionState, ConnectionStatus
from app.moderation import ActionKind, ActionOutcome, BulkOutcome
from app.moderation.rules import RuleContext, people_gone, room_gone
from app.moderation.signaling import has_link
from app.qtapp.main_thread_gc import keep_start_up_heap, release_start_up_heap
from app.qtapp.translations import shown, translated

from ..widgets import PlainLabel, plain_tooltip
from . import formatting, window_state
from .action_ids import (
    ALL_ACTIONS,
    BREAKOUT_ACTIONS,
    CALL_ACTIONS,
    CONVERSATION_ACTIONS,
    PARTICIPANT_ACTIONS,
    POLICY_ACTIONS,
    ActionId,
    ActionKey,
)
from .answers import AnswerApplier
from .chat.pane import ChatPane
from .columns import install_header_menu, size_columns, widest
from .dialogs.about import AboutDialog
from .iconset import ThemedIcons, icon
from .live_mode import LiveModeLabel
from .models import (
    RECORD_ROLE,
    PersonColumn,
    PinnedSearchProxyModel,
    RoomColumn,
    SearchProxyModel,
    breakout_rows,
)
from .parts import WindowParts
from .targets import SelectionGuard, TargetWatch
from .theme import show_in_tone
from .toolbar import build_toolbar
from .visible_rows import visible_source_rows

log = logging.getLogger(__name__)

SESSION_CLOSE_TIMEOUT_S = 3.0
"""How long quitting waits for the server to close our Talk sessions."""


def _role_samples() -> tuple[str, ...]:
    """The role column's usual texts (German's owner, "Eigentümer", is the longest)."""
    return (formatting.role(ParticipantType.OWNER), formatting.role(ParticipantType.MODERATOR))


_AUDIO_AND_PHONE = InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO | InCallFlag.WITH_PHONE
"""The presence column's longest usual text: "In call (audio, phone)"."""

TICK_MS = 30_000
"""How often clock-dependent text (lobby countdown, last seen) is repainted."""

_STATE_TEXT = {
    ConnectionState.CONNECTING: (QT_TRANSLATE_NOOP("MainWindow", "Connecting…"), "reconnecting"),
    ConnectionState.CONNECTED: (QT_TRANSLATE_NOOP("MainWindow", "Connected"), "connected"),
    ConnectionState.RECONNECTING: (
        QT_TRANSLATE_NOOP("MainWindow", "Reconnecting…"),
        "reconnecting",
    ),
    ConnectionState.OFFLINE: (QT_TRANSLATE_NOOP("MainWindow", "Offline"), "disconnected"),
    ConnectionState.SIGNED_OUT: (QT_TRANSLATE_NOOP("MainWindow", "Signed out"), "disconnected"),
    ConnectionState.STOPPED: (QT_TRANSLATE_NOOP("MainWindow", "Stopped"), "disconnected"),
}
"""The status bar's connection text (context MainWindow, translated when shown) and icon."""


def _table(name: str, model: SearchProxyModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setTabKeyNavigation(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setObjectName(f"{name}Header")
    header.setSectionsMovable(True)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return view


class MainWindow(QMainWindow):
    """The moderation console's main window for one signed-in account.

    Passive: it builds widgets over the parts it is handed (``app.ui.parts``; the composition
    root ``app.ui.bootstrap.build_console`` builds them and attaches moderation and the
    account session afterwards) and adopts them, so they live as long as the window.

    Args:
        parts: the service (polled, never closed here), account label, polling controller,
            models and action registry.
    """

    closed = Signal()
    """Emitted from ``closeEvent`` after the layout was saved."""

    confirm_actions: bool = True
    """``Settings.confirm_actions``, kept current by the account session: whether simple,
    reversible actions ask first (destructive ones always do; see ``ModerationController``)."""

    def __init__(self, parts: WindowParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        parts.owner.setParent(self)
        self.parts = parts
        self.service = service = parts.service
        self.account_label = parts.account_label
        self.setWindowTitle(f"{self.account_label} — {APP_NAME}")

        self.controller = parts.controller
        self.conversation_model = parts.conversations
        self.participant_model = parts.participants
        self.conversation_proxy = PinnedSearchProxyModel(self)
        self.conversation_proxy.setSourceModel(self.conversation_model)
        self.participant_proxy = SearchProxyModel(self)
        self.participant_proxy.setSourceModel(self.participant_model)

        self.registry = parts.registry
        self.answers = AnswerApplier(
            service, self.controller, self.conversation_model, self.participant_model, self
        )
        self.targets = TargetWatch(self.conversation_model, self.participant_model, self)
        """Tells open dialogs that their conversation or person went (``ModerationController``)."""
        self._gone = ""
        self._wanted_person = 0
        """An attendee to select once the current room's participants arrive (an alert)."""
        """What went away under the selection, the rules' reason for disabled actions."""
        self._gone_rooms: set[str] = set()
        self._build_widgets()
        self._room_guard = SelectionGuard(self.conversation_view, self.conversation_model, self)
        self._people_guard = SelectionGuard(self.participant_view, self.participant_model, self)
        self._build_menus()
        self._build_status_bar()
        self._install_builtin_handlers()
        self._connect()

        self._tick = QTimer(self)
        self._tick.setObjectName("clockTickTimer")
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

        self.resize(1280, 760)
        # Conversations get a little more room than people; extra width is shared alike.
        self._splitter.setSizes([52_00, 48_00])
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)
        self.conversation_view.sortByColumn(RoomColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.participant_view.sortByColumn(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
        window_state.restore(self, self._splitter, self._headers())
        self._context_menu: QMenu | None = None

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search conversations and participants (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search"))

        self.conversation_view = _table("conversationView", self.conversation_proxy)
        self.conversation_view.setAccessibleName(self.tr("Conversations"))
        size_columns(
            self.conversation_view,
            RoomColumn.NAME,
            {
                # the longest usual texts, in the user's language (German ones are longer)
                RoomColumn.TYPE: widest(
                    self.conversation_view,
                    [
                        formatting.room_type(ConversationType.FORMER_ONE_TO_ONE),
                        *breakout_rows.type_samples(formatting.room_type(ConversationType.GROUP)),
                    ],
                ),
                RoomColumn.ROLE: "*" + widest(self.conversation_view, _role_samples()),
                RoomColumn.PARTICIPANTS: "9999",
                RoomColumn.GUESTS: "",
                RoomColumn.LOBBY: "*" + formatting.lobby_text(1, 14 * 60 + 30, 0),
                RoomColumn.READ_ONLY: "",
                RoomColumn.PASSWORD: "",
                RoomColumn.CALL: "",
                RoomColumn.UNREAD: "*999",
            },
            hidden=(RoomColumn.PARTICIPANTS,),  # see ConversationModel: counts only once opened
        )
        install_header_menu(self.conversation_view)

        self.participant_view = _table("participantView", self.participant_proxy)
        self.participant_view.setAccessibleName(self.tr("Participants"))
        self.participant_view.setDragEnabled(True)  # onto a room of the Breakout Rooms dialog
        self.participant_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        size_columns(
            self.participant_view,
            PersonColumn.NAME,
            {
                PersonColumn.KIND: "",
                PersonColumn.ROLE: "*" + widest(self.participant_view, _role_samples()),
                PersonColumn.PRESENCE: "*" + formatting.call_flags(_AUDIO_AND_PHONE),
                PersonColumn.LOBBY: "*" + translated("ParticipantModel", "Waiting"),
                PersonColumn.LAST_SEEN: formatting.last_seen(1, 1 + 59 * 60),
                PersonColumn.STATUS: "On vacation",
                PersonColumn.HAND: "",
            },
            # The user's own status message, mostly Talk's automatic "In a call" that Presence
            # says already: hidden so names and presence fit (the header's menu shows it).
            hidden=(PersonColumn.STATUS,),
        )
        # raised hands beside who is in the call (the column came last, as the model's)
        people_header = self.participant_view.horizontalHeader()
        people_header.moveSection(
            people_header.visualIndex(PersonColumn.HAND),
            people_header.visualIndex(PersonColumn.PRESENCE) + 1,
        )
        install_header_menu(self.participant_view)

        self.participant_header = PlainLabel(
            self.tr("Select a conversation to see its participants")
        )
        self.participant_header.setObjectName("participantHeader")
        self.participant_header.setWordWrap(True)

        right = QWidget()
        right.setObjectName("participantPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.participant_header)
        # The selected conversation's chat under its people (app/ui/chat/pane.py).
        self.chat_reader = self.parts.chat
        self.alert_center = self.parts.alerts
        self.chat_pane = ChatPane(self.chat_reader, self.registry)
        self._right_splitter = QSplitter(Qt.Orientation.Vertical)
        self._right_splitter.setObjectName("participantChatSplitter")
        self._right_splitter.addWidget(self.participant_view)
        self._right_splitter.addWidget(self.chat_pane)
        self._right_splitter.setChildrenCollapsible(False)
        right_layout.addWidget(self._right_splitter)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.addWidget(self.conversation_view)
        self._splitter.addWidget(right)
        self._splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self._splitter)
        self.setCentralWidget(central)
        self.setTabOrder(self.search_edit, self.conversation_view)
        self.setTabOrder(self.conversation_view, self.participant_view)

        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setObjectName("actionFind")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)

    def _build_menus(self) -> None:
        a = self.registry
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(a[ActionKind.CREATE])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.ACCOUNTS])
        file_menu.addAction(a[ActionId.SETTINGS])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(a[ActionId.REFRESH])
        view_menu.addAction(self.find_action)
        view_menu.addAction(a[ActionId.AUDIT_LOG])

        room_menu = bar.addMenu(self.tr("&Conversation"))
        room_menu.setObjectName("conversationMenu")
        room_menu.addActions(a.actions(CONVERSATION_ACTIONS))
        settings_menu = room_menu.addMenu(self.tr("Se&ttings"))
        settings_menu.setObjectName("conversationSettingsMenu")
        settings_menu.setToolTipsVisible(True)
        settings_menu.addActions(a.actions(POLICY_ACTIONS))
        breakout_menu = room_menu.addMenu(self.tr("&Breakout Rooms"))
        breakout_menu.setObjectName("breakoutMenu")
        breakout_menu.setToolTipsVisible(True)
        breakout_menu.addActions(a.actions(BREAKOUT_ACTIONS))

        people_menu = bar.addMenu(self.tr("&Participant"))
        people_menu.setObjectName("participantMenu")
        people_menu.addActions(a.actions(PARTICIPANT_ACTIONS))

        call_menu = bar.addMenu(self.tr("C&all"))
        call_menu.setObjectName("callMenu")
        call_menu.addActions(a.actions(CALL_ACTIONS))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a[ActionId.ABOUT])

        for menu in (file_menu, view_menu, room_menu, people_menu, call_menu, help_menu):
            menu.setToolTipsVisible(True)

        self.toolbar = build_toolbar(a, self)
        self.addToolBar(self.toolbar)
        # Glyphs in the palette's colours, drawn again after every theme switch.
        self.themed_icons = ThemedIcons(self)
        for key in ALL_ACTIONS:
            self.themed_icons.add(a[key], key)
        self.themed_icons.add(settings_menu.menuAction(), ActionId.CONVERSATION_SETTINGS)
        self.themed_icons.add(breakout_menu.menuAction(), ActionKind.BREAKOUT_SETUP)
        # Shortcuts work even when the menu bar is hidden or the action is only in menus.
        self.addActions(a.actions())

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.connection_icon = PlainLabel()
        self.connection_icon.setObjectName("connectionIcon")
        self.connection_label = PlainLabel(self.tr("Connecting…"))
        self.connection_label.setObjectName("connectionLabel")
        self.account_status_label = PlainLabel(self.account_label)
        self.account_status_label.setObjectName("accountLabel")
        self.last_refresh_label = PlainLabel(self.tr("Not updated yet"))
        self.last_refresh_label.setObjectName("lastRefreshLabel")
        self._last_state: ConnectionState | None = None
        self.error_label = PlainLabel("")
        self.error_label.setObjectName("errorLabel")
        show_in_tone(self.error_label, "error")  # readable in the dark theme too
        bar.addWidget(self.error_label, 1)
        signaling = self.parts.alerts.signaling
        if signaling is not None:  # which of signaling server, Talk's signaling, polling
            self.live_mode_label = LiveModeLabel(
                signaling,
                self.parts.alerts.watch,
                poll_interval=self.controller.config.selected_interval,
                live_interval=self.controller.config.live_interval,
                parent=bar,
            )
            bar.addPermanentWidget(self.live_mode_label)
            signaling.live_changed.connect(lambda _live: self._update_context())  # Mute
        bar.addPermanentWidget(self.connection_icon)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.last_refresh_label)
        bar.addPermanentWidget(self.account_status_label)
        self._show_connection(self.controller.status)

    def _install_builtin_handlers(self) -> None:
        self.registry.set_handler(ActionId.REFRESH, lambda _ctx: self.refresh_now())
        self.registry.set_handler(ActionId.QUIT, lambda _ctx: self.close())
        self.registry.set_handler(ActionId.ABOUT, lambda _ctx: self._about())

    def _connect(self) -> None:
        c = self.controller
        c.rooms_loaded.connect(keep_start_up_heap)  # what start-up made stays: see there
        c.rooms_removed.connect(self._on_rooms_removed)
        c.rooms_changed.connect(self._on_rooms_changed)
        c.participants_changed.connect(self._on_participants_changed)
        c.participants_failed.connect(self._on_participants_failed)
        c.call_peers_changed.connect(self._on_call_peers)
        c.capabilities_changed.connect(self._on_capabilities)
        c.connection_changed.connect(self._show_connection)
        c.error.connect(self._show_error)
        self.search_edit.textChanged.connect(self._on_search)
        self.conversation_view.selectionModel().currentRowChanged.connect(self._on_current_room)
        self.conversation_view.selectionModel().selectionChanged.connect(self._on_room_selection)
        self.participant_view.selectionModel().selectionChanged.connect(self._on_people_selection)
        self.chat_pane.selection_changed.connect(self._update_context)
        self.conversation_view.customContextMenuRequested.connect(self._room_menu)
        self.participant_view.customContextMenuRequested.connect(self._people_menu)
        self.registry.handler_failed.connect(self._on_handler_failed)
        self._room_guard.lost.connect(self._on_rooms_lost)
        self._people_guard.lost.connect(self._on_people_lost)
        self.answers.rooms_changed.connect(self._on_rooms_changed)
        self.answers.rooms_removed.connect(lambda _rooms: self._update_context())
        self.answers.participants_changed.connect(self._on_participants_changed)
        self.answers.failed.connect(self._show_error)

    def _headers(self) -> dict[str, QHeaderView]:
        return {
            "conversations": self.conversation_view.horizontalHeader(),
            "participants": self.participant_view.horizontalHeader(),
        }

    # ------------------------------------------------------------------ public API

    def start(self) -> None:
        """Start polling (bootstrap calls this after ``show()``)."""
        self.controller.start()

    def refresh_now(self) -> None:
        """Re-read everything at once (F5). The user's own actions do not need this: their
        answers go into the lists (``apply_answer``)."""
        self.controller.refresh_now(full=True)

    def apply_answer(self, outcome: ActionOutcome) -> None:
        """Show what the server answered to one of the user's actions (see ``answers``); a
        conversation just created is selected."""
        self.answers.apply(outcome)
        if outcome.note:  # the answer was lost and a re-read showed the change: say so
            note = shown(outcome.note_text) if outcome.note_text is not None else outcome.note
            self.statusBar().showMessage(note, 15_000)
        room = outcome.room
        if outcome.operation.kind is ActionKind.CREATE and room is not None:
            if not self.select_room(room.token) and self.search_edit.text():
                self.search_edit.clear()  # the search hid it: show it rather than lose it
                self.select_room(room.token)

    def apply_bulk(self, outcome: BulkOutcome) -> None:
        """Show the outcome of a bulk run: the accepted items' answers, or one read each."""
        self.answers.apply_many([r.outcome for r in outcome.results if r.outcome is not None])

    async def shutdown(self) -> None:
        """Stop polling and running action handlers, close our Talk sessions; the service
        stays open (the caller closes it).

        Call actions (join, end for everyone, ring) open a Talk session in the room. Talk keeps
        a session without pings for a long time, showing the moderator as online there (and
        in the call, after a join) long after the window is gone, so quitting closes them.
        """
        self._tick.stop()
        await self.registry.cancel_running()
        await self.answers.cancel_running()
        await self.controller.stop()
        await self.chat_reader.stop()
        await self.alert_center.stop()
        await self._close_sessions()
        release_start_up_heap()

    async def _close_sessions(self) -> None:
        """Best effort, bounded: a server that does not answer must not hold up quitting."""
        tokens = sorted(self.service.sessions.tokens)
        if not tokens or self.service.closed:
            return

        async def close(token: str) -> None:
            try:
                await self.service.sessions.close(token)
            except TalkError as exc:
                log.warning("Could not close the Talk session in %s: %s", token, exc)

        try:
            await asyncio.wait_for(
                asyncio.gather(*(close(t) for t in tokens)), SESSION_CLOSE_TIMEOUT_S
            )
        except TimeoutError:
            log.warning("Gave up closing %d Talk session(s) on quit", len(tokens))

    def current_room(self) -> Room | None:
        index = self.conversation_view.selectionModel().currentIndex()
        if not index.isValid():
            return None
        record = index.siblingAtColumn(0).data(RECORD_ROLE)
        return record if isinstance(record, Room) else None

    def selected_rooms(self) -> tuple[Room, ...]:
        rows = self.conversation_view.selectionModel().selectedRows()
        return tuple(r for i in rows if isinstance(r := i.data(RECORD_ROLE), Room))

    def selected_participants(self) -> tuple[Participant, ...]:
        rows = self.participant_view.selectionModel().selectedRows()
        return tuple(p for i in rows if isinstance(p := i.data(RECORD_ROLE), Participant))

    def select_room(self, token: str) -> bool:
        """Make ``token`` the current, only selected conversation; False if not listed."""
        row = self.conversation_model.row_of(token)
        if row is None:
            return False
        proxy_index = self.conversation_proxy.mapFromSource(self.conversation_model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.conversation_view.selectRow(proxy_index.row())
        self.conversation_view.scrollTo(proxy_index)
        return True

    def select_person(self, token: str, attendee_id: int) -> bool:
        """Select the conversation and, once its participants are listed, the person
        (an alert's click); False if the conversation is not listed."""
        if not self.select_room(token):
            return False
        self._wanted_person = attendee_id
        self._select_wanted_person()
        return True

    def _select_wanted_person(self) -> None:
        attendee_id = self._wanted_person
        row = self.participant_model.row_of(attendee_id) if attendee_id else None
        if row is None:
            return
        index = self.participant_proxy.mapFromSource(self.participant_model.index(row, 0))
        if index.isValid():
            self.participant_view.selectRow(index.row())
            self.participant_view.scrollTo(index)
            self._wanted_person = 0

    # ------------------------------------------------------------------ reactions

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search(self, text: str) -> None:
        self.conversation_proxy.set_search(text)
        self.participant_proxy.set_search(text)

    def _on_current_room(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = current.siblingAtColumn(0).data(RECORD_ROLE) if current.isValid() else None
        room = record if isinstance(record, Room) else None
        token = room.token if room is not None else None
        if room is not None:
            self._gone = ""  # the user moved on
        self.conversation_proxy.set_pinned(token)
        if token != self.participant_model.token:
            self.participant_model.set_room(room)
            self.controller.select_room(token)
            self.chat_pane.set_room(room)
            if room is None:
                self.participant_header.setText(
                    self.tr("Select a conversation to see its participants")
                )
            else:
                self.participant_header.setText(
                    self.tr("Loading participants of {title}…").format(title=room.title)
                )
        self._update_context()

    def _on_room_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not selected.isEmpty():
            self._gone = ""
        self._update_context()

    def _on_people_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not selected.isEmpty():
            self._gone = ""
        self._update_context()

    def _update_context(self) -> None:
        self.registry.set_context(
            RuleContext(
                room=self.current_room(),
                participants=self.selected_participants(),
                capabilities=self.controller.capabilities,
                rooms=self.selected_rooms(),
                gone=self._gone,
                message=self.chat_pane.selected_message(),
                signaling=self._signaling_to_current(),
            )
        )

    def _signaling_to_current(self) -> bool:
        room = self.current_room()
        return room is not None and has_link(self.service, room.token)

    def _on_rooms_lost(self, rooms: Sequence[Room]) -> None:
        """Selected conversations are going (the guard cleared the selection): say so, unless
        the user's own action removed them."""
        theirs = [room for room in rooms if room.token not in self.answers.removed_tokens]
        self._gone_rooms = {room.token for room in theirs}
        self._gone = room_gone([room.title for room in theirs]) if theirs else ""
        if theirs:
            self.participant_header.setText(self._gone)
            self.statusBar().showMessage(self._gone, 15_000)
        self._update_context()

    def _on_people_lost(self, people: Sequence[Participant]) -> None:
        """Selected people are going (the guard cleared the selection): say so, unless the
        user's own action removed them."""
        own = self.answers.removed_people
        theirs = [person for person in people if person.attendee_id not in own]
        own.difference_update(person.attendee_id for person in people)
        room = self.participant_model.room
        title = room.title if room is not None else ""
        self._gone = people_gone([person.title for person in theirs], title) if theirs else ""
        if theirs:
            self.statusBar().showMessage(self._gone, 15_000)
        self._update_context()

    def _on_rooms_changed(self, rooms: Sequence[Room]) -> None:
        current = self.registry.context.room
        if current is not None and any(room.token == current.token for room in rooms):
            self._update_context()

    def _on_rooms_removed(self, rooms: Sequence[Room]) -> None:
        tokens = {room.token for room in rooms}
        own = self.answers.removed_tokens & tokens
        self.answers.removed_tokens -= own  # the user deleted those: nothing to announce
        # The selection's own rooms were announced as they went (``_on_rooms_lost``).
        announced = self._gone_rooms & tokens
        self._gone_rooms -= announced
        rooms = [room for room in rooms if room.token not in own | announced]
        if not rooms:
            self._update_context()
            return
        names = ", ".join(f"'{room.title}'" for room in rooms[:3])
        if len(rooms) > 3:
            message = self.tr(
                "Conversations {names} and %n more are no longer available "
                "(deleted, or you were removed)",
                "",
                len(rooms) - 3,
            ).format(names=names)
        elif len(rooms) > 1:
            message = self.tr(
                "Conversations {names} are no longer available (deleted, or you were removed)"
            ).format(names=names)
        else:
            message = self.tr(
                "Conversation {names} is no longer available (deleted, or you were removed)"
            ).format(names=names)
        if announced and self._gone:
            message = f"{self._gone}; {message}"
        self.statusBar().showMessage(message, 15_000)
        self._update_context()

    def _on_participants_changed(self, token: str, people: Sequence[Participant]) -> None:
        if token != self.participant_model.token:
            return
        if self._wanted_person:
            QTimer.singleShot(0, self._select_wanted_person)  # after the model applied it
        # The summary walks every participant: do it in its own event-loop turn, after the
        # model has applied the poll, so a 10,000-person room never stalls the UI in one go.
        QTimer.singleShot(0, lambda: self._update_participant_header(token, people))
        if self.participant_view.selectionModel().hasSelection():
            self._update_context()

    def _update_participant_header(self, token: str, people: Sequence[Participant]) -> None:
        if token != self.participant_model.token:
            return
        room = self.participant_model.room
        title = room.title if room is not None else token
        in_call = sum([p.in_call & 1 for p in people])
        lobby_on = self.participant_model.lobby_on
        waiting = sum([p.waiting_in_lobby(True) for p in people]) if lobby_on else 0
        parts = [self.tr("{title}: %n participant(s)", "", len(people)).format(title=title)]
        if in_call:
            parts.append(self.tr("%n in call", "", in_call))
        if waiting:
            parts.append(self.tr("%n waiting in the lobby", "", waiting))
        self.participant_header.setText(" · ".join(parts))

    def _on_participants_failed(self, token: str, message: str) -> None:
        if token == self.participant_model.token:
            self.participant_header.setText(message)

    def _on_call_peers(self, token: str, peers: Sequence[Any]) -> None:
        if token == self.participant_model.token:
            self.participant_view.setToolTip(
                self.tr("%n session(s) connected to the call", "", len(peers))
            )

    def _on_capabilities(self, _caps: TalkCapabilities) -> None:
        self._update_context()

    def _show_connection(self, status: ConnectionStatus) -> None:
        state_text, icon_name = _STATE_TEXT[status.state]
        text = translated("MainWindow", state_text)
        if status.state in (ConnectionState.RECONNECTING, ConnectionState.OFFLINE):
            if status.retry_in is not None:
                retry = self.tr("(retry in {seconds} s)").format(seconds=f"{status.retry_in:.0f}")
                text += f" {retry}"
        self.connection_label.setText(text)
        self.connection_label.setToolTip(plain_tooltip(status.error or ""))
        self.connection_icon.setPixmap(icon(icon_name).pixmap(12, 12))
        self.connection_icon.setToolTip(text)
        if status.last_success is not None:
            stamp = time.strftime("%H:%M:%S", time.localtime(status.last_success))
            self.last_refresh_label.setText(self.tr("Updated {time}").format(time=stamp))
        if status.state == ConnectionState.SIGNED_OUT and status.error:
            self._show_error(status.error)
        # Back after an outage: the outage's error is old news beside "Connected".
        came_back = status.state == ConnectionState.CONNECTED and self._last_state not in (
            None,
            ConnectionState.CONNECTED,
        )
        if came_back:
            self.error_label.clear()
            self.error_label.setToolTip("")
        self._last_state = status.state

    def _show_error(self, message: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        self.error_label.setText(f"{stamp} {message}")
        self.error_label.setToolTip(plain_tooltip(message))

    def _on_handler_failed(self, _action_id: ActionKey, message: str) -> None:
        self._show_error(message)

    def _on_tick(self) -> None:
        # only the cells on screen: the others get the new time when they are painted
        self.conversation_model.tick(visible_source_rows(self.conversation_view))
        self.participant_model.tick(visible_source_rows(self.participant_view))

    def _popup(self, view: QTableView, ids: Sequence[Sequence[ActionKey]], pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName(f"{view.objectName()}ContextMenu")
        menu.setToolTipsVisible(True)
        for group in ids:
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions(self.registry.actions(group))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))  # non-blocking: polls continue

    def _room_menu(self, pos: QPoint) -> None:
        self._popup(
            self.conversation_view,
            (CONVERSATION_ACTIONS, CALL_ACTIONS, (ActionKind.DELETE, ActionId.REFRESH)),
            pos,
        )

    def _people_menu(self, pos: QPoint) -> None:
        self._popup(self.participant_view, (PARTICIPANT_ACTIONS, (ActionKind.ADD,)), pos)

    def _about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------------ visibility

    def _update_activity(self) -> None:
        self.controller.set_active(self.isVisible() and not self.isMinimized())
        self.chat_pane.set_active(self.isVisible() and not self.isMinimized())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_activity()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_activity()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_activity()

    def closeEvent(self, event: QCloseEvent) -> None:
        window_state.save(self, self._splitter, self._headers())
        super().closeEvent(event)
        self.closed.emit()
