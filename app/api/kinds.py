"""The one identity of every moderation action: ``ActionKind``.

The window's QActions, the kiosk's buttons, the CLI's write commands, the rules of who may do
what, the audit log, the explanations of refused requests and the icons all key on it. The
values are the audit log's ``action`` strings, so ``audit.jsonl`` files written by earlier
versions stay readable.

It is defined here, at the bottom of the layers, because ``explain`` (a part of the service)
keys its sentences on it and the service may not import the moderation core; the core
re-exports it (``app.moderation.ActionKind``), which is where front-ends take it from.
"""

from __future__ import annotations

from enum import StrEnum


class ActionKind(StrEnum):
    """One moderation action; the value is what the audit log records."""

    # conversations
    CREATE = "create"
    RENAME = "rename"
    DELETE = "delete"
    GUESTS = "guests"
    READ_ONLY = "read-only"
    PASSWORD = "password"
    LOBBY = "lobby"
    SIP = "sip"
    FAVORITE = "favorite"
    # participants
    ADD = "add"
    REMOVE = "remove"
    PROMOTE = "promote"
    DEMOTE = "demote"
    LOBBY_BYPASS = "lobby-bypass"
    PERMISSIONS = "permissions"
    BAN = "ban"
    UNBAN = "unban"
    # calls
    JOIN_CALL = "join-call"
    LEAVE_CALL = "leave-call"
    END_CALL = "end-call"
    RING = "ring"
    DIAL_OUT = "dial-out"
    LISTEN_ONLY = "listen-only"
    # permissions of the whole conversation
    ROOM_PERMISSIONS = "room-permissions"
    # conversation policy (the window's Conversation Settings)
    DESCRIPTION = "description"
    LISTABLE = "listable"
    MESSAGE_EXPIRATION = "message-expiration"
    MENTION_PERMISSIONS = "mention-permissions"
    RECORDING_CONSENT = "recording-consent"
    NOTIFICATIONS = "notifications"
    CALL_NOTIFICATIONS = "call-notifications"
    # e-mail guests' invitations
    RESEND_INVITATIONS = "resend-invitations"
    IMPORT_EMAILS = "import-emails"
    # chat moderation
    DELETE_MESSAGE = "delete-message"
    CLEAR_HISTORY = "clear-history"
    POST_ANNOUNCEMENT = "post-announcement"
    # polls, the attendance list and recording of a call
    CREATE_POLL = "create-poll"
    CLOSE_POLL = "close-poll"
    DOWNLOAD_ATTENDANCE = "download-attendance"
    START_RECORDING = "start-recording"
    STOP_RECORDING = "stop-recording"
    # breakout rooms of a group conversation
    BREAKOUT_SETUP = "breakout-setup"
    BREAKOUT_ASSIGN = "breakout-assign"
    BREAKOUT_START = "breakout-start"
    BREAKOUT_STOP = "breakout-stop"
    BREAKOUT_BROADCAST = "breakout-broadcast"
    BREAKOUT_ASSISTANCE = "breakout-assistance"
    BREAKOUT_REMOVE = "breakout-remove"
    # over a signaling server's connection to the room (no REST endpoint does these)
    MUTE = "mute"
    MUTE_ALL = "mute-all"
