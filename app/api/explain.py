"""Turn a refused request into a sentence a moderator understands.

The server says little ("400", ``{"error": "type"}``); the service knows what was attempted.
``Action`` carries that, and ``explain`` picks the most specific sentence for the answer.

Sentences are keyed on the moderation action (``ActionKind``). A few requests are steps that
are not moderation actions of their own (opening a session, media flags, notifications); they
have a request kind of their own, listed in ``REQUEST_KINDS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .kinds import ActionKind

REQUEST_KINDS: dict[str, ActionKind | None] = {
    "public": ActionKind.GUESTS,
    "private": ActionKind.GUESTS,
    "dialout": ActionKind.DIAL_OUT,
    "everyone-permissions": ActionKind.PERMISSIONS,
    "bans": None,
    "leave": None,
    "notify": None,
    "join": None,
    "leave-session": None,
    "call-peers": None,
    "call-flags": None,
    "resend": ActionKind.RESEND_INVITATIONS,
    "resend-one": ActionKind.RESEND_INVITATIONS,
    "guest-name": None,
    "breakout-list": None,
    "breakout-help": None,
    "breakout-switch": None,
    "chat": None,
    "show-poll": None,
    "attendance-ods": ActionKind.DOWNLOAD_ATTENDANCE,
}
"""The service's request kinds that are not an ``ActionKind`` value, and the action each is a
step of (None: no moderation action of its own). "dialout" is the older spelling of
``ActionKind.DIAL_OUT`` and is read as that."""

_ALIASES: dict[str, ActionKind] = {"dialout": ActionKind.DIAL_OUT}

EXPLAIN = "Explain"
"""The translation context of the sentences (marked with QT_TRANSLATE_NOOP; see ``app.i18n``)."""


@dataclass(frozen=True)
class Action:
    """What the caller tried.

    Args:
        kind: the ``ActionKind`` (or a request kind of ``REQUEST_KINDS``) picking the sentence.
        verb: the attempt in words, e.g. "demote Bob" or "make 'Town hall' read-only".
        room: the room's title as known, e.g. "Town hall" (None for server-wide calls).
        target: the participant or invitee, e.g. "Bob".
        verb_text: ``verb`` kept translatable (context Verbs), when the caller marked it.
    """

    kind: ActionKind | str
    verb: str
    room: str | None = None
    target: str | None = None
    verb_text: Text | None = None


_CHAT: dict[tuple[str, int, str | None], str] = {
    (ActionKind.DELETE_MESSAGE, 403, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot delete {target}: only its author and the "
        "moderators of {room} can delete a message, and in a one-to-one conversation nobody can "
        "delete the other person's messages",
    ),
    (ActionKind.DELETE_MESSAGE, 405, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot delete {target}: it is a system message or "
        "was deleted already; only messages people wrote can be deleted",
    ),
    (ActionKind.DELETE_MESSAGE, 404, "message"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot delete {target}: {room} has no such message (any more)"
    ),
    (ActionKind.DELETE_MESSAGE, 400, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot delete {target}: the server refused it "
        "(servers before Talk 18 let messages be deleted only within 6 hours of posting)",
    ),
    (ActionKind.CLEAR_HISTORY, 403, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot clear the history of {room}: only moderators "
        "can, not in one-to-one conversations, and not while it is read-only",
    ),
    (ActionKind.POST_ANNOUNCEMENT, 400, "message"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot post to {room}: the message is empty"
    ),
    (ActionKind.POST_ANNOUNCEMENT, 413, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot post to {room}: the message is longer than Talk's 32,000 characters"
    ),
    (ActionKind.POST_ANNOUNCEMENT, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot post to {room}: it is read-only, or you may not chat in it"
    ),
    ("chat", 403, None): QT_TRANSLATE_NOOP("Explain", "You may not read the chat of {room}"),
}
"""Chat moderation's refusals (``app.api.areas.chat``), as the real server answers them."""

_EVENTS: dict[tuple[str, int, str | None], str] = {
    (ActionKind.CREATE_POLL, 400, "question"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot create the poll: the question is empty or too long"
    ),
    (ActionKind.CREATE_POLL, 400, "options"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot create the poll: it needs at least two "
        "options that are not blank, and at most about 60,000 characters of options in all",
    ),
    (ActionKind.CREATE_POLL, 400, "room"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot create a poll in {room}: polls exist only in group and public conversations",
    ),
    (ActionKind.CREATE_POLL, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot create a poll in {room}: it is read-only, or you may not chat in it"
    ),
    (ActionKind.CLOSE_POLL, 400, "poll"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot close {target}: it is closed already"
    ),
    (ActionKind.CLOSE_POLL, 403, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot close {target} in {room}: only moderators and the poll's author can close it",
    ),
    (ActionKind.CLOSE_POLL, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot close {target}: there is no such poll in {room}"
    ),
    ("show-poll", 404, None): QT_TRANSLATE_NOOP("Explain", "There is no {target} in {room}"),
    (ActionKind.START_RECORDING, 400, "config"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot record the call in {room}: this server "
        "has no recording backend (Talk records through a recording server, which is not set up)",
    ),
    (ActionKind.START_RECORDING, 400, "call"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot start recording in {room}: there is no call running"
    ),
    (ActionKind.START_RECORDING, 400, "recording"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot start recording in {room}: the call "
        "is being recorded already, or a recording is starting",
    ),
    (ActionKind.START_RECORDING, 400, "status"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot start recording: the server knows only video and audio-only recordings"
    ),
    (ActionKind.START_RECORDING, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot start recording in {room}: only signed-in moderators can record a call"
    ),
    (ActionKind.STOP_RECORDING, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot stop the recording in {room}: only signed-in moderators can"
    ),
    (ActionKind.DOWNLOAD_ATTENDANCE, 400, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot download the attendance list of "
        "{room}: there is no call running (or nobody has joined it yet)",
    ),
    (ActionKind.DOWNLOAD_ATTENDANCE, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Only moderators can download the attendance list of {room}"
    ),
    ("attendance-ods", 400, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot download the attendance list of {room} as ODS: this "
        "server makes it only as CSV, or there is no call running (or nobody has joined it yet)",
    ),
}
"""Polls', recording's and the attendance list's refusals, as Talk 21.1.7 answers them."""

_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Explain", "No breakout rooms are set up in {room} (set them up first)"
)
_BREAKOUT: dict[tuple[str, int, str | None], str] = {
    (ActionKind.BREAKOUT_SETUP, 400, "room"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot set up breakout rooms in {room}: only a "
        "group conversation without breakout rooms can have them (not a public or one-to-one "
        "conversation, nor a breakout room), so remove the old ones first",
    ),
    (ActionKind.BREAKOUT_SETUP, 400, "config"): QT_TRANSLATE_NOOP(
        "Explain", "The server's administrator has switched breakout rooms off"
    ),
    (ActionKind.BREAKOUT_SETUP, 400, "mode"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: the mode must be automatic, manual or free choice"
    ),
    (ActionKind.BREAKOUT_SETUP, 400, "amount"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot {verb}: there must be 1 to 20 breakout "
        "rooms (the server may have kept the mode: remove the breakout rooms before trying again)",
    ),
    (ActionKind.BREAKOUT_SETUP, 400, "attendeeMap"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: someone is assigned to a breakout room that does not exist"
    ),
    (ActionKind.BREAKOUT_SETUP, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Only moderators can set up breakout rooms in {room}"
    ),
    (ActionKind.BREAKOUT_ASSIGN, 400, "moderator"): QT_TRANSLATE_NOOP(
        "Explain",
        "Moderators cannot be moved between breakout rooms: they are in every breakout room",
    ),
    (ActionKind.BREAKOUT_ASSIGN, 400, "mode"): _NOT_SET_UP,
    (ActionKind.BREAKOUT_ASSIGN, 400, "config"): QT_TRANSLATE_NOOP(
        "Explain", "The server's administrator has switched breakout rooms off"
    ),
    (ActionKind.BREAKOUT_ASSIGN, 400, "attendeeMap"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: that breakout room does not exist"
    ),
    (ActionKind.BREAKOUT_START, 400, "mode"): _NOT_SET_UP,
    (ActionKind.BREAKOUT_STOP, 400, "mode"): _NOT_SET_UP,
    (ActionKind.BREAKOUT_BROADCAST, 400, "mode"): _NOT_SET_UP,
    (ActionKind.BREAKOUT_BROADCAST, 413, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot send the message to the breakout rooms "
        "of {room}: it is longer than 32,000 characters",
    ),
    (ActionKind.BREAKOUT_ASSISTANCE, 400, "room"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot dismiss the request for help in {room}: it is not a running breakout room",
    ),
    ("breakout-help", 400, "room"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ask for help in {room}: it is not a running breakout room"
    ),
    ("breakout-list", 400, "mode"): _NOT_SET_UP,
    ("breakout-list", 400, "status"): QT_TRANSLATE_NOOP(
        "Explain", "The breakout rooms of {room} have not started yet"
    ),
    ("breakout-switch", 400, "mode"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot switch breakout rooms in {room}: only where "
        "participants choose their room (free choice)",
    ),
    ("breakout-switch", 400, "status"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot switch breakout rooms in {room}: they have not started"
    ),
    ("breakout-switch", 400, "moderator"): QT_TRANSLATE_NOOP(
        "Explain", "Moderators do not switch breakout rooms: they are in every one"
    ),
    ("breakout-switch", 400, "target"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot switch: that is not a breakout room of {room}"
    ),
}
"""Breakout rooms' refusals (``app.api.areas.breakout``), as the real server words them."""

# (kind, status, reason) -> template; reason None matches any reason. {room} is quoted.
_SPECIFIC: dict[tuple[str, int, str | None], str] = {
    (
        ActionKind.PROMOTE,
        400,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot promote {target}: they are already a moderator of {room}, "
        "or are a group, which cannot be promoted",
    ),
    (
        ActionKind.PROMOTE,
        403,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot promote {target} in {room}: only moderators can promote, "
        "and neither the owner's nor your own role can be changed",
    ),
    (
        ActionKind.PROMOTE,
        404,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot promote {target}: they are not a participant of {room}"
    ),
    (ActionKind.DEMOTE, 400, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot demote {target}: they are not a moderator of {room}"
    ),
    (ActionKind.DEMOTE, 403, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot demote {target} in {room}: only moderators can demote, "
        "and neither the owner nor you yourself can be demoted",
    ),
    (ActionKind.DEMOTE, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot demote {target}: they are not a participant of {room}"
    ),
    (
        ActionKind.REMOVE,
        400,
        "last-moderator",
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot remove {target}: they are the last moderator of {room}; promote someone else first",
    ),
    (ActionKind.REMOVE, 400, "room-type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot remove {target}: nobody can be removed from a one-to-one conversation"
    ),
    (
        ActionKind.REMOVE,
        403,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot remove {target} from {room}: only moderators can remove "
        "people, and the owner cannot be removed",
    ),
    (ActionKind.REMOVE, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot remove {target}: they are no longer in {room}"
    ),
    ("leave", 400, "last-moderator"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot leave {room}: you are its last moderator; promote someone else first"
    ),
    (ActionKind.ADD, 404, "new-participant"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot add {target} to {room}: no such user, group or address"
    ),
    (ActionKind.ADD, 400, "source"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot add {target}: the server does not know that kind of participant"
    ),
    (
        ActionKind.ADD,
        400,
        "room-type",
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot add {target}: people cannot be added to a one-to-one conversation or a note "
        "to self",
    ),
    (ActionKind.ADD, 400, "ban"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot add {target} to {room}: they are banned from it"
    ),
    (
        ActionKind.ADD,
        501,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot add {target}: phone numbers need SIP dial-out, which is not "
        "configured on this server",
    ),
    (ActionKind.ADD, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot add {target} to {room}: only moderators can add people"
    ),
    (ActionKind.CREATE, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot create the conversation: invalid conversation type"
    ),
    (
        ActionKind.CREATE,
        400,
        "name",
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot create the conversation: the name is empty or too long"
    ),
    (ActionKind.CREATE, 404, "invite"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot create the conversation: {target} does not exist"
    ),
    (ActionKind.CREATE, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "You are not allowed to create conversations on this server"
    ),
    (
        ActionKind.RENAME,
        400,
        "value",
    ): QT_TRANSLATE_NOOP("Explain", "Cannot rename {room}: the name must have 1 to 255 characters"),
    (
        ActionKind.RENAME,
        400,
        "type",
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot rename {room}: one-to-one conversations cannot be renamed"
    ),
    (
        ActionKind.RENAME,
        400,
        "event",
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot rename {room}: event conversations take their name from the calendar"
    ),
    ("description", 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change the description of {room}: it is too long"
    ),
    (
        ActionKind.DELETE,
        400,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot delete {room}: one-to-one conversations cannot be deleted; leave them instead",
    ),
    ("public", 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot allow guests in {room}: only group conversations can be opened to guests"
    ),
    ("public", 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change guest access of a breakout room"
    ),
    ("private", 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot disallow guests in {room}: it does not allow guests"
    ),
    ("private", 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change guest access of a breakout room"
    ),
    (
        ActionKind.READ_ONLY,
        400,
        "type",
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change read-only for {room}: only group and public conversations can be read-only",
    ),
    (ActionKind.READ_ONLY, 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change read-only for {room}: invalid state"
    ),
    (
        ActionKind.PASSWORD,
        400,
        "type",
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot set a password on {room}: only conversations that allow "
        "guests can have one; allow guests first",
    ),
    (ActionKind.PASSWORD, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms cannot have a password"
    ),
    (ActionKind.LOBBY, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change the lobby of {room}: only group and public conversations have a lobby",
    ),
    (
        ActionKind.LOBBY,
        400,
        "value",
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change the lobby of {room}: invalid state or opening time"
    ),
    (ActionKind.LOBBY, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms have no lobby of their own"
    ),
    (
        ActionKind.SIP,
        400,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change SIP dial-in for {room}: it is already in that state, or "
        "the conversation does not support it",
    ),
    (ActionKind.SIP, 401, None): QT_TRANSLATE_NOOP(
        "Explain", "You are not allowed to enable SIP dial-in on this server"
    ),
    (ActionKind.SIP, 412, None): QT_TRANSLATE_NOOP(
        "Explain", "SIP dial-in is not configured on this server"
    ),
    ("notify", 400, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: the server does not know that notification level"
    ),
    ("permissions", 400, "method"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change the permissions of {target}: the server does not know that kind of change",
    ),
    ("permissions", 403, "moderator"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change the permissions of {target}: moderators always have every permission",
    ),
    ("permissions", 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Groups and teams have no permissions of their own"
    ),
    ("permissions", 404, "participant"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change the permissions of {target}: they are not a participant of {room}"
    ),
    ("permissions", 400, "room-type"): QT_TRANSLATE_NOOP(
        "Explain", "Nobody has permissions of their own in a one-to-one conversation"
    ),
    ("permissions", 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: not a permission value (0 to 255)"
    ),
    (ActionKind.ROOM_PERMISSIONS, 400, "mode"): QT_TRANSLATE_NOOP(
        "Explain",
        "This server has no call permissions any more "
        "(Talk 20 removed them): change the conversation's default permissions instead",
    ),
    (ActionKind.ROOM_PERMISSIONS, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "One-to-one conversations and notes to self have no permissions to change"
    ),
    (ActionKind.ROOM_PERMISSIONS, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms take their permissions from their parent conversation"
    ),
    (ActionKind.ROOM_PERMISSIONS, 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: not a permission value (0 to 255)"
    ),
    (ActionKind.ROOM_PERMISSIONS, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change the permissions of {room}: only moderators can"
    ),
    ("everyone-permissions", 400, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot {verb}: this server no longer changes everyone's "
        "permissions at once (Talk 20 removed it); change them person by person",
    ),
    (ActionKind.BAN, 400, "internalNote"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot ban {target}: the note is too long (at most "
        "4,000 bytes; accented letters take two, emoji four)",
    ),
    (ActionKind.BAN, 400, "moderator"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ban {target}: moderators cannot be banned; demote them first"
    ),
    (ActionKind.BAN, 400, "self"): QT_TRANSLATE_NOOP("Explain", "You cannot ban yourself"),
    (ActionKind.BAN, 400, "bannedActor"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot ban {target}: only users, guests, e-mail guests and IP addresses can be banned",
    ),
    (ActionKind.BAN, 400, "room"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ban {target}: bans exist only in group and public conversations"
    ),
    (ActionKind.BAN, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ban {target} from {room}: only moderators can ban"
    ),
    (ActionKind.BAN, 500, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ban {target} from {room}: they are banned already (or the server failed)"
    ),
    (ActionKind.UNBAN, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot lift bans in {room}: only moderators can"
    ),
    ("bans", 403, None): QT_TRANSLATE_NOOP("Explain", "Only moderators can see the bans of {room}"),
    ("description", 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change the description of {room}: one-to-one conversations have none"
    ),
    (ActionKind.LISTABLE, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change who can find {room}: only group and public conversations can be listed",
    ),
    (ActionKind.LISTABLE, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms cannot be listed"
    ),
    (ActionKind.LISTABLE, 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: the server knows no such scope"
    ),
    (ActionKind.MENTION_PERMISSIONS, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change who may mention everyone in "
        "{room}: only group and public conversations have that setting",
    ),
    (ActionKind.MENTION_PERMISSIONS, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms take the @all mention rule from their parent conversation"
    ),
    (ActionKind.MESSAGE_EXPIRATION, 400, "type"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: not possible in this kind of conversation"
    ),
    (ActionKind.MESSAGE_EXPIRATION, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms take message expiration from their parent conversation"
    ),
    (ActionKind.MESSAGE_EXPIRATION, 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: the time must be zero (off) or a number of seconds"
    ),
    (ActionKind.RECORDING_CONSENT, 412, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change recording consent for {room}: "
        "the server has no recording server, so no call asks for consent",
    ),
    (ActionKind.RECORDING_CONSENT, 400, "call"): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot require recording consent in {room} "
        "while a call is running: it applies from the next call on, so end this one first",
    ),
    (ActionKind.RECORDING_CONSENT, 400, "value"): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: a conversation either requires recording consent or does not"
    ),
    (ActionKind.RECORDING_CONSENT, 400, "breakout-room"): QT_TRANSLATE_NOOP(
        "Explain", "Breakout rooms take recording consent from their parent conversation"
    ),
    ("notify", 401, None): QT_TRANSLATE_NOOP("Explain", "Guests have no notification settings"),
    (ActionKind.IMPORT_EMAILS, 400, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot import e-mail guests into {room}: only "
        "group and public conversations can have guests",
    ),
    (ActionKind.IMPORT_EMAILS, 401, None): QT_TRANSLATE_NOOP(
        "Explain", "Only signed-in moderators can import e-mail guests"
    ),
    (ActionKind.IMPORT_EMAILS, 500, None): QT_TRANSLATE_NOOP(
        "Explain",
        "The server failed part way through importing into "
        "{room} (HTTP 500), often because an address is invited already in other letter case; "
        "some guests may have been added: look at the participants before trying again",
    ),
    ("resend", 401, None): QT_TRANSLATE_NOOP(
        "Explain", "Only signed-in moderators can resend invitations"
    ),
    ("resend-one", 401, None): QT_TRANSLATE_NOOP(
        "Explain", "Only signed-in moderators can resend invitations"
    ),
    ("join", 403, "password"): QT_TRANSLATE_NOOP("Explain", "Wrong password for {room}"),
    ("join", 403, "ban"): QT_TRANSLATE_NOOP("Explain", "You are banned from {room}"),
    ("join", 409, None): QT_TRANSLATE_NOOP(
        "Explain", "You are already in the call in {room} from this session"
    ),
    (
        ActionKind.JOIN_CALL,
        400,
        "consent",
    ): QT_TRANSLATE_NOOP("Explain", "This call is recorded: give recording consent to join it"),
    (ActionKind.JOIN_CALL, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot join the call: {room} is read-only"
    ),
    (ActionKind.JOIN_CALL, 404, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot join the call in {room}: you have no session there "
        "(the conversation is gone, or the session expired)",
    ),
    ("call-flags", 400, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot change your media: you are not in the call"
    ),
    ("call-flags", 404, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot change your media in {room}: you have no session there "
        "(join the conversation and the call first)",
    ),
    (ActionKind.LEAVE_CALL, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: you have no session in {room}"
    ),
    (ActionKind.END_CALL, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot end the call in {room}: you have no session there"
    ),
    (
        ActionKind.RING,
        400,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot ring {target}: a call must be running and you must be in it, "
        "and {target} must be a user who is not already in the call",
    ),
    (ActionKind.RING, 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ring {target}: you may not start calls in {room}"
    ),
    (ActionKind.RING, 404, None): QT_TRANSLATE_NOOP(
        "Explain", "Cannot ring {target}: they are not a participant of {room}"
    ),
    (
        ActionKind.DIAL_OUT,
        400,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot dial out to {target}: a call must be running and you must be in it"
    ),
    (
        ActionKind.DIAL_OUT,
        403,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot dial out to {target}: you may not start calls in {room}"
    ),
    (
        ActionKind.DIAL_OUT,
        404,
        None,
    ): QT_TRANSLATE_NOOP(
        "Explain", "Cannot dial out to {target}: they are not a phone participant of {room}"
    ),
    (ActionKind.DIAL_OUT, 501, None): QT_TRANSLATE_NOOP(
        "Explain", "SIP dial-out is not configured on this server"
    ),
    ("resend-one", 404, None): QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot resend the invitation to {target}: they are not an invited participant of {room}",
    ),
    ("guest-name", 403, None): QT_TRANSLATE_NOOP(
        "Explain", "Only guests can set a guest display name"
    ),
    **_BREAKOUT,
    **_CHAT,
    **_EVENTS,
}

_GENERIC: dict[int, str] = {
    400: QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: the server refused it"),
    401: QT_TRANSLATE_NOOP("Explain", "The server did not accept the app password: sign in again"),
    403: QT_TRANSLATE_NOOP(
        "Explain",
        "Cannot {verb}: you are not allowed to (moderator rights are needed for this in {room})",
    ),
    404: QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: {room} no longer exists, or you are no longer in it"
    ),
    406: QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: not possible in a federated conversation"),
    409: QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: conflict with another session"),
    412: QT_TRANSLATE_NOOP(
        "Explain", "Cannot {verb}: the lobby of {room} is on and you are not a moderator"
    ),
    429: QT_TRANSLATE_NOOP("Explain", "The server is rate-limiting this client: try again later"),
    501: QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: the server does not support it"),
    503: QT_TRANSLATE_NOOP("Explain", "The server is in maintenance mode: try again later"),
}


def explain(action: Action, status: int, reason: str | None, server_message: str | None) -> str:
    """The sentence for a refused request; the server's own message wins where it has one."""
    return str(explain_text(action, status, reason, server_message))


def explain_text(
    action: Action, status: int, reason: str | None, server_message: str | None
) -> Text:
    """``explain``'s sentence kept translatable (context Explain): its template and values.

    The window and the kiosk translate it (``TalkError.text``); the CLI prints ``explain``.
    ``verb`` stays as the caller wrote it (English words of the attempt).
    """
    if action.room:
        room: str | Text = f"'{action.room}'"
    else:
        room = Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "the conversation"))
    target: str | Text = action.target or Text(
        EXPLAIN, QT_TRANSLATE_NOOP("Explain", "the participant")
    )
    kind = _ALIASES.get(action.kind, action.kind)
    template = (
        _SPECIFIC.get((kind, status, reason))
        or _SPECIFIC.get((kind, status, None))
        or _GENERIC.get(status)
    )
    code = str(status)
    attempt: str | Text = action.verb_text or action.verb
    if server_message and (kind, status, reason) not in _SPECIFIC and status < 500:
        said = QT_TRANSLATE_NOOP("Explain", "Cannot {verb}: {message}")
        return text(EXPLAIN, said, verb=attempt, message=server_message.rstrip("."))
    if template is None:
        if status >= 500:
            template = QT_TRANSLATE_NOOP("Explain", "The server failed to {verb} (HTTP {status})")
        else:
            template = QT_TRANSLATE_NOOP(
                "Explain", "Cannot {verb}: the server answered HTTP {status}"
            )
        return text(EXPLAIN, template, verb=attempt, status=code)
    values = {"verb": attempt, "room": room, "target": target}
    used = {key: value for key, value in values.items() if "{" + key + "}" in template}
    sentence = text(EXPLAIN, template, **used)
    if reason and status == 400 and template is _GENERIC[400]:
        with_reason = QT_TRANSLATE_NOOP("Explain", "{sentence} (reason: {reason})")
        return text(EXPLAIN, with_reason, sentence=sentence, reason=reason)
    return sentence


def specific_kinds() -> frozenset[str]:
    """Every kind that has a sentence of its own (tests check each is an ActionKind or a
    request kind, so a misspelled key cannot silently fall back to the generic sentence)."""
    return frozenset(kind for kind, _status, _reason in _SPECIFIC)
