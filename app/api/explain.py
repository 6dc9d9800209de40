"""Turn a refused request into a sentence a moderator understands.

The server says little ("400", ``{"error": "type"}``); the service knows what was attempted.
``Action`` carries that, and ``explain`` picks the most specific sentence for the answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """What the caller tried.

    Args:
        kind: a key such as "promote", "lobby", "rename" used to pick specific sentences.
        verb: the attempt in words, e.g. "demote Bob" or "make 'Town hall' read-only".
        room: the room's title as known, e.g. "Town hall" (None for server-wide calls).
        target: the participant or invitee, e.g. "Bob".
    """

    kind: str
    verb: str
    room: str | None = None
    target: str | None = None


# (kind, status, reason) -> template; reason None matches any reason. {room} is quoted.
_SPECIFIC: dict[tuple[str, int, str | None], str] = {
    ("promote", 400, None): "Cannot promote {target}: they are already a moderator of {room}, "
    "or are a group, which cannot be promoted",
    ("promote", 403, None): "Cannot promote {target} in {room}: only moderators can promote, "
    "and neither the owner's nor your own role can be changed",
    ("promote", 404, None): "Cannot promote {target}: they are not a participant of {room}",
    ("demote", 400, None): "Cannot demote {target}: they are not a moderator of {room}",
    ("demote", 403, None): "Cannot demote {target} in {room}: only moderators can demote, "
    "and neither the owner nor you yourself can be demoted",
    ("demote", 404, None): "Cannot demote {target}: they are not a participant of {room}",
    ("remove", 400, "last-moderator"): "Cannot remove {target}: they are the last moderator "
    "of {room}; promote someone else first",
    ("remove", 400, "room-type"): "Cannot remove {target}: nobody can be removed from a "
    "one-to-one conversation",
    ("remove", 403, None): "Cannot remove {target} from {room}: only moderators can remove "
    "people, and the owner cannot be removed",
    ("remove", 404, None): "Cannot remove {target}: they are no longer in {room}",
    ("leave", 400, "last-moderator"): "Cannot leave {room}: you are its last moderator; "
    "promote someone else first",
    ("add", 404, "new-participant"): "Cannot add {target} to {room}: no such user, group "
    "or address",
    ("add", 400, "source"): "Cannot add {target}: the server does not know that kind of "
    "participant",
    ("add", 400, "room-type"): "Cannot add {target}: people cannot be added to a one-to-one "
    "conversation or a note to self",
    ("add", 400, "ban"): "Cannot add {target} to {room}: they are banned from it",
    ("add", 501, None): "Cannot add {target}: phone numbers need SIP dial-out, which is not "
    "configured on this server",
    ("add", 403, None): "Cannot add {target} to {room}: only moderators can add people",
    ("create", 400, "type"): "Cannot create the conversation: invalid conversation type",
    ("create", 400, "name"): "Cannot create the conversation: the name is empty or too long",
    ("create", 404, "invite"): "Cannot create the conversation: {target} does not exist",
    ("create", 403, None): "You are not allowed to create conversations on this server",
    ("rename", 400, "value"): "Cannot rename {room}: the name must have 1 to 255 characters",
    ("rename", 400, "type"): "Cannot rename {room}: one-to-one conversations cannot be renamed",
    ("rename", 400, "event"): "Cannot rename {room}: event conversations take their name from "
    "the calendar",
    ("description", 400, "value"): "Cannot change the description of {room}: it is too long",
    ("delete", 400, None): "Cannot delete {room}: one-to-one conversations cannot be deleted; "
    "leave them instead",
    ("public", 400, "type"): "Cannot allow guests in {room}: only group conversations can be "
    "opened to guests",
    ("public", 400, "breakout-room"): "Cannot change guest access of a breakout room",
    ("private", 400, "type"): "Cannot disallow guests in {room}: it does not allow guests",
    ("private", 400, "breakout-room"): "Cannot change guest access of a breakout room",
    ("read-only", 400, "type"): "Cannot change read-only for {room}: only group and public "
    "conversations can be read-only",
    ("read-only", 400, "value"): "Cannot change read-only for {room}: invalid state",
    ("password", 400, "type"): "Cannot set a password on {room}: only conversations that allow "
    "guests can have one; allow guests first",
    ("password", 400, "breakout-room"): "Breakout rooms cannot have a password",
    ("lobby", 400, "type"): "Cannot change the lobby of {room}: only group and public "
    "conversations have a lobby",
    ("lobby", 400, "value"): "Cannot change the lobby of {room}: invalid state or opening time",
    ("lobby", 400, "breakout-room"): "Breakout rooms have no lobby of their own",
    ("sip", 400, None): "Cannot change SIP dial-in for {room}: it is already in that state, or "
    "the conversation does not support it",
    ("sip", 401, None): "You are not allowed to enable SIP dial-in on this server",
    ("sip", 412, None): "SIP dial-in is not configured on this server",
    ("notify", 400, None): "Cannot {verb}: the server does not know that notification level",
    ("permissions", 400, "method"): "Cannot change the permissions of {target}: the server "
    "does not know that kind of change",
    ("permissions", 403, "moderator"): "Cannot change the permissions of {target}: moderators "
    "always have every permission",
    ("permissions", 400, "type"): "Groups and teams have no permissions of their own",
    ("permissions", 404, "participant"): "Cannot change the permissions of {target}: they are "
    "not a participant of {room}",
    ("join", 403, "password"): "Wrong password for {room}",
    ("join", 403, "ban"): "You are banned from {room}",
    ("join", 409, None): "You are already in the call in {room} from this session",
    ("join-call", 400, "consent"): "This call is recorded: give recording consent to join it",
    ("join-call", 403, None): "Cannot join the call: {room} is read-only",
    ("join-call", 404, None): "Cannot join the call in {room}: you have no session there "
    "(the conversation is gone, or the session expired)",
    ("call-flags", 400, None): "Cannot change your media: you are not in the call",
    ("call-flags", 404, None): "Cannot change your media in {room}: you have no session there "
    "(join the conversation and the call first)",
    ("leave-call", 404, None): "Cannot {verb}: you have no session in {room}",
    ("end-call", 404, None): "Cannot end the call in {room}: you have no session there",
    ("ring", 400, None): "Cannot ring {target}: a call must be running and you must be in it, "
    "and {target} must be a user who is not already in the call",
    ("ring", 403, None): "Cannot ring {target}: you may not start calls in {room}",
    ("ring", 404, None): "Cannot ring {target}: they are not a participant of {room}",
    ("dialout", 400, None): "Cannot dial out to {target}: a call must be running and you must be "
    "in it",
    ("dialout", 403, None): "Cannot dial out to {target}: you may not start calls in {room}",
    ("dialout", 404, None): "Cannot dial out to {target}: they are not a phone participant "
    "of {room}",
    ("dialout", 501, None): "SIP dial-out is not configured on this server",
    ("resend-one", 404, None): "Cannot resend the invitation to {target}: they are not an "
    "invited participant of {room}",
    ("guest-name", 403, None): "Only guests can set a guest display name",
}

_GENERIC: dict[int, str] = {
    400: "Cannot {verb}: the server refused it",
    401: "The server did not accept the app password: sign in again",
    403: "Cannot {verb}: you are not allowed to (moderator rights are needed for this in {room})",
    404: "Cannot {verb}: {room} no longer exists, or you are no longer in it",
    406: "Cannot {verb}: not possible in a federated conversation",
    409: "Cannot {verb}: conflict with another session",
    412: "Cannot {verb}: the lobby of {room} is on and you are not a moderator",
    429: "The server is rate-limiting this client: try again later",
    501: "Cannot {verb}: the server does not support it",
    503: "The server is in maintenance mode: try again later",
}


def explain(action: Action, status: int, reason: str | None, server_message: str | None) -> str:
    """The sentence for a refused request; the server's own message wins where it has one."""
    room = f"'{action.room}'" if action.room else "the conversation"
    target = action.target or "the participant"
    template = (
        _SPECIFIC.get((action.kind, status, reason))
        or _SPECIFIC.get((action.kind, status, None))
        or _GENERIC.get(status)
    )
    if template is None:
        template = (
            "The server failed to {verb} (HTTP " + str(status) + ")"
            if status >= 500
            else "Cannot {verb}: the server answered HTTP " + str(status)
        )
    if server_message and (action.kind, status, reason) not in _SPECIFIC and status < 500:
        return f"Cannot {action.verb}: {server_message.rstrip('.')}"
    text = template.format(verb=action.verb, room=room, target=target)
    if reason and status == 400 and template is _GENERIC[400]:
        text = f"{text} (reason: {reason})"
    return text
