"""The main window's toolbar: which actions it shows, in which groups, which with a word.

The main actions (``LABELLED``) show a short word under their glyph (``LABELS``): 21 bare
icons could only be told apart by hovering. The others keep their glyph and tooltip alone:
with a word each, 21 buttons need about 1340 px in Qt's headless font and more in a desktop's
10 pt one, so some would fall into the overflow menu at the default 1280 px width (a test
checks that every button is visible there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from ..i18n import QT_TRANSLATE_NOOP
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
    ActionId.REFRESH: QT_TRANSLATE_NOOP("Toolbar", "Refresh"),
    ActionKind.CREATE: QT_TRANSLATE_NOOP("Toolbar", "New"),
    ActionKind.RENAME: QT_TRANSLATE_NOOP("Toolbar", "Rename"),
    ActionKind.GUESTS: QT_TRANSLATE_NOOP("Toolbar", "Guests"),
    ActionKind.READ_ONLY: QT_TRANSLATE_NOOP("Toolbar", "Read-only"),
    ActionKind.PASSWORD: QT_TRANSLATE_NOOP("Toolbar", "Password"),
    ActionKind.LOBBY: QT_TRANSLATE_NOOP("Toolbar", "Lobby"),
    ActionKind.DELETE: QT_TRANSLATE_NOOP("Toolbar", "Delete"),
    ActionKind.ADD: QT_TRANSLATE_NOOP("Toolbar", "Add"),
    ActionKind.REMOVE: QT_TRANSLATE_NOOP("Toolbar", "Remove"),
    ActionKind.PROMOTE: QT_TRANSLATE_NOOP("Toolbar", "Promote"),
    ActionKind.DEMOTE: QT_TRANSLATE_NOOP("Toolbar", "Demote"),
    ActionKind.LOBBY_BYPASS: QT_TRANSLATE_NOOP("Toolbar", "Let In"),
    ActionKind.JOIN_CALL: QT_TRANSLATE_NOOP("Toolbar", "Join"),
    ActionKind.LEAVE_CALL: QT_TRANSLATE_NOOP("Toolbar", "Leave"),
    ActionKind.END_CALL: QT_TRANSLATE_NOOP("Toolbar", "End Call"),
    ActionKind.LISTEN_ONLY: QT_TRANSLATE_NOOP("Toolbar", "Listen"),
    ActionKind.MUTE_ALL: QT_TRANSLATE_NOOP("Toolbar", "Mute All"),
    ActionKind.START_RECORDING: QT_TRANSLATE_NOOP("Toolbar", "Record"),
    ActionKind.STOP_RECORDING: QT_TRANSLATE_NOOP("Toolbar", "Stop Rec."),
    ActionKind.DOWNLOAD_ATTENDANCE: QT_TRANSLATE_NOOP("Toolbar", "Attendance"),
    ActionId.AUDIT_LOG: QT_TRANSLATE_NOOP("Toolbar", "Audit Log"),
}
"""Each toolbar action's short text (shown under the glyph for ``LABELLED``; the menus keep
the full text); context Toolbar, translated when the toolbar is built."""

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
    toolbar = QToolBar(QCoreApplication.translate("Toolbar", "Main toolbar"), parent)
    toolbar.setObjectName("mainToolBar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    toolbar.setIconSize(ICON_SIZE)
    for index, group in enumerate(GROUPS):
        if index:
            toolbar.addSeparator()
        for key in group:
            action = registry[key]
            action.setIconText(QCoreApplication.translate("Toolbar", LABELS[key]))
            toolbar.addAction(action)
            if key not in LABELLED:
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return toolbar
