"""The main window's toolbar: which actions it shows, in which groups, which with a word.

The main actions (``LABELLED``) show a short word under their glyph (``LABELS``): 21 bare
icons could only be told apart by hovering. The others keep their glyph and tooltip alone:
with a word each, 21 buttons need about 1340 px in Qt's headless font and more in a desktop's
10 pt one, so some would fall into the overflow menu at the default 1280 px width (a test
checks that every button is visible there).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from ..moderation import ActionKind
from .action_ids import CALL_ACTIONS, ActionId, ActionKey
from .actions import ActionRegistry

GROUPS: tuple[tuple[ActionKey, ...], ...] = (
    (ActionId.REFRESH, ActionKind.CREATE),
    (
        ActionKind.RENAME,
        ActionKind.GUESTS,
        ActionKind.READ_ONLY,
        ActionKind.PASSWORD,
        ActionKind.LOBBY,
        ActionKind.DELETE,
    ),
    (
        ActionKind.ADD,
        ActionKind.REMOVE,
        ActionKind.PROMOTE,
        ActionKind.DEMOTE,
        ActionKind.LOBBY_BYPASS,
    ),
    CALL_ACTIONS,
    (ActionId.AUDIT_LOG,),
)
"""The toolbar's actions, a separator between groups."""

LABELS: dict[ActionKey, str] = {
    ActionId.REFRESH: "Refresh",
    ActionKind.CREATE: "New",
    ActionKind.RENAME: "Rename",
    ActionKind.GUESTS: "Guests",
    ActionKind.READ_ONLY: "Read-only",
    ActionKind.PASSWORD: "Password",
    ActionKind.LOBBY: "Lobby",
    ActionKind.DELETE: "Delete",
    ActionKind.ADD: "Add",
    ActionKind.REMOVE: "Remove",
    ActionKind.PROMOTE: "Promote",
    ActionKind.DEMOTE: "Demote",
    ActionKind.LOBBY_BYPASS: "Let In",
    ActionKind.JOIN_CALL: "Join",
    ActionKind.LEAVE_CALL: "Leave",
    ActionKind.END_CALL: "End Call",
    ActionKind.LISTEN_ONLY: "Listen",
    ActionKind.MUTE_ALL: "Mute All",
    ActionKind.START_RECORDING: "Record",
    ActionKind.STOP_RECORDING: "Stop Rec.",
    ActionKind.DOWNLOAD_ATTENDANCE: "Attendance",
    ActionId.AUDIT_LOG: "Audit Log",
}
"""Each toolbar action's short text (shown under the glyph for ``LABELLED``; the menus keep
the full text)."""

LABELLED: frozenset[ActionKey] = frozenset(
    {
        ActionId.REFRESH,
        ActionKind.CREATE,
        ActionKind.LOBBY,
        ActionKind.ADD,
        ActionKind.REMOVE,
        ActionKind.PROMOTE,
        ActionKind.LOBBY_BYPASS,
        ActionKind.JOIN_CALL,
        ActionKind.END_CALL,
        ActionId.AUDIT_LOG,
    }
)
"""The main actions: a moderator's everyday work in a running event."""

ICON_SIZE = QSize(22, 22)


def toolbar_actions() -> tuple[ActionKey, ...]:
    return tuple(key for group in GROUPS for key in group)


def build_toolbar(registry: ActionRegistry, parent: QWidget) -> QToolBar:
    """The main toolbar (``mainToolBar``) with the registry's actions, the main ones labelled."""
    toolbar = QToolBar("Main toolbar", parent)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    toolbar.setIconSize(ICON_SIZE)
    for index, group in enumerate(GROUPS):
        if index:
            toolbar.addSeparator()
        for key in group:
            action = registry[key]
            action.setIconText(LABELS[key])
            toolbar.addAction(action)
            if key not in LABELLED:
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return toolbar
