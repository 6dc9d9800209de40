"""The identity of every moderation action: one enum value per QAction, Qt-free.

The value is the QAction's ``objectName`` (stable, used by tests and accessibility tools), so
``ActionId("actionPromote")`` finds the enum member from a name.
"""

from __future__ import annotations

from enum import Enum


class ActionId(Enum):
    REFRESH = "actionRefresh"
    CREATE_ROOM = "actionCreateRoom"
    RENAME = "actionRename"
    DELETE = "actionDelete"
    GUESTS = "actionGuests"
    READ_ONLY = "actionReadOnly"
    PASSWORD = "actionPassword"
    LOBBY = "actionLobby"
    SIP = "actionSip"
    FAVORITE = "actionFavorite"
    ADD_PARTICIPANT = "actionAddParticipant"
    REMOVE_PARTICIPANT = "actionRemoveParticipant"
    PROMOTE = "actionPromote"
    DEMOTE = "actionDemote"
    LOBBY_BYPASS = "actionLobbyBypass"
    JOIN_CALL = "actionJoinCall"
    LEAVE_CALL = "actionLeaveCall"
    END_CALL = "actionEndCall"
    RING = "actionRing"
    DIAL_OUT = "actionDialOut"
    AUDIT_LOG = "actionAuditLog"
    SETTINGS = "actionSettings"
    ACCOUNTS = "actionAccounts"
    ABOUT = "actionAbout"
    QUIT = "actionQuit"

    @property
    def object_name(self) -> str:
        return self.value


CONVERSATION_ACTIONS: tuple[ActionId, ...] = (
    ActionId.RENAME,
    ActionId.DELETE,
    ActionId.GUESTS,
    ActionId.READ_ONLY,
    ActionId.PASSWORD,
    ActionId.LOBBY,
    ActionId.SIP,
    ActionId.FAVORITE,
    ActionId.ADD_PARTICIPANT,
)
"""Actions on the current conversation (menus and the conversation list's context menu)."""

PARTICIPANT_ACTIONS: tuple[ActionId, ...] = (
    ActionId.REMOVE_PARTICIPANT,
    ActionId.PROMOTE,
    ActionId.DEMOTE,
    ActionId.LOBBY_BYPASS,
    ActionId.RING,
    ActionId.DIAL_OUT,
)
"""Actions on the selected participants (the participant list's context menu)."""

CALL_ACTIONS: tuple[ActionId, ...] = (
    ActionId.JOIN_CALL,
    ActionId.LEAVE_CALL,
    ActionId.END_CALL,
)

APP_ACTIONS: tuple[ActionId, ...] = (
    ActionId.REFRESH,
    ActionId.CREATE_ROOM,
    ActionId.AUDIT_LOG,
    ActionId.SETTINGS,
    ActionId.ACCOUNTS,
    ActionId.ABOUT,
    ActionId.QUIT,
)
