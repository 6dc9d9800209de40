"""Which QActions the window has: every moderation ``ActionKind``, plus the window's own
actions (``ActionId``: refresh, settings, about, ...), Qt-free.

A moderation action has one identity, its ``ActionKind``; only actions that are no moderation
(nothing is sent, nothing audited) have an ``ActionId``. Each gets a stable ``objectName``
(used by tests and accessibility tools): ``object_name(ActionKind.PROMOTE) == "actionPromote"``.
"""

from __future__ import annotations

from enum import Enum

from ..moderation import ActionKind


class ActionId(Enum):
    """The window's own actions; the value is the QAction's ``objectName``."""

    REFRESH = "actionRefresh"
    CONVERSATION_SETTINGS = "actionConversationSettings"
    AUDIT_LOG = "actionAuditLog"
    SETTINGS = "actionSettings"
    ACCOUNTS = "actionAccounts"
    ABOUT = "actionAbout"
    QUIT = "actionQuit"

    @property
    def object_name(self) -> str:
        return self.value


ActionKey = ActionKind | ActionId
"""What the action registry is keyed on."""

_KIND_OBJECT_NAMES: dict[ActionKind, str] = {
    ActionKind.CREATE: "actionCreateRoom",
    ActionKind.ADD: "actionAddParticipant",
    ActionKind.REMOVE: "actionRemoveParticipant",
}


def object_name(key: ActionKey) -> str:
    """The QAction's objectName: ``actionPromote``, ``actionLobbyBypass``, ``actionRefresh``."""
    if isinstance(key, ActionId):
        return key.object_name
    special = _KIND_OBJECT_NAMES.get(key)
    if special is not None:
        return special
    return "action" + "".join(part.capitalize() for part in key.name.split("_"))


ALL_ACTIONS: tuple[ActionKey, ...] = (*ActionKind, *ActionId)

CONVERSATION_ACTIONS: tuple[ActionKey, ...] = (
    ActionKind.RENAME,
    ActionKind.DELETE,
    ActionKind.GUESTS,
    ActionKind.READ_ONLY,
    ActionKind.PASSWORD,
    ActionKind.LOBBY,
    ActionKind.SIP,
    ActionKind.FAVORITE,
    ActionKind.ADD,
    ActionKind.ROOM_PERMISSIONS,
    ActionKind.UNBAN,
    ActionKind.IMPORT_EMAILS,
    ActionId.CONVERSATION_SETTINGS,
    ActionKind.CREATE_POLL,
    ActionKind.CLOSE_POLL,
    ActionKind.POST_ANNOUNCEMENT,
    ActionKind.CLEAR_HISTORY,
)
"""Actions on the current conversation (menus and the conversation list's context menu)."""

POLICY_ACTIONS: tuple[ActionKey, ...] = (
    ActionKind.DESCRIPTION,
    ActionKind.LISTABLE,
    ActionKind.MESSAGE_EXPIRATION,
    ActionKind.MENTION_PERMISSIONS,
    ActionKind.RECORDING_CONSENT,
    ActionKind.NOTIFICATIONS,
    ActionKind.CALL_NOTIFICATIONS,
)
"""The settings of the current conversation, each showing its value (Conversation > Settings;
each opens the Conversation Settings dialog at its control)."""

BREAKOUT_ACTIONS: tuple[ActionKey, ...] = (
    ActionKind.BREAKOUT_SETUP,
    ActionKind.BREAKOUT_ASSIGN,
    ActionKind.BREAKOUT_START,
    ActionKind.BREAKOUT_STOP,
    ActionKind.BREAKOUT_BROADCAST,
    ActionKind.BREAKOUT_ASSISTANCE,
    ActionKind.BREAKOUT_REMOVE,
)
"""Breakout rooms of the current conversation (Conversation > Breakout Rooms; each opens the
Breakout Rooms dialog at its part)."""

PARTICIPANT_ACTIONS: tuple[ActionKey, ...] = (
    ActionKind.REMOVE,
    ActionKind.PROMOTE,
    ActionKind.DEMOTE,
    ActionKind.LOBBY_BYPASS,
    ActionKind.PERMISSIONS,
    ActionKind.BAN,
    ActionKind.RING,
    ActionKind.DIAL_OUT,
    ActionKind.MUTE,
    ActionKind.RESEND_INVITATIONS,
)
"""Actions on the selected participants (the participant list's context menu)."""

CALL_ACTIONS: tuple[ActionKey, ...] = (
    ActionKind.JOIN_CALL,
    ActionKind.LEAVE_CALL,
    ActionKind.END_CALL,
    ActionKind.LISTEN_ONLY,
    ActionKind.MUTE_ALL,
    ActionKind.START_RECORDING,
    ActionKind.STOP_RECORDING,
    ActionKind.DOWNLOAD_ATTENDANCE,
)

APP_ACTIONS: tuple[ActionKey, ...] = (
    ActionId.REFRESH,
    ActionKind.CREATE,
    ActionId.AUDIT_LOG,
    ActionId.SETTINGS,
    ActionId.ACCOUNTS,
    ActionId.ABOUT,
    ActionId.QUIT,
)
