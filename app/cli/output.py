"""What the CLI prints: aligned tables for people, the server's own JSON for scripts.

``--json`` output uses ``to_wire`` (Talk's field names: ``token``, ``lobbyState``,
``attendeeId``...), so a script written against the Talk documentation reads it unchanged.
Human output names types, roles and states in words and shows times in local time.
Only results go to stdout; prompts and errors go to stderr.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import msgspec

from app.api.constants import ConversationType, InCallFlag, ParticipantType, SipState
from app.api.models import CallPeer, Participant, Room, to_wire
from app.moderation import policy

from .terminal import one_line
from .timeparse import format_local

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""What ``json.dumps(ensure_ascii=False)`` leaves raw but a terminal would act on."""

ROOM_TYPES: dict[int, str] = {
    ConversationType.ONE_TO_ONE: "one-to-one",
    ConversationType.GROUP: "group",
    ConversationType.PUBLIC: "public",
    ConversationType.CHANGELOG: "changelog",
    ConversationType.FORMER_ONE_TO_ONE: "former one-to-one",
    ConversationType.NOTE_TO_SELF: "note to self",
}

ROLES: dict[int, str] = {
    ParticipantType.OWNER: "owner",
    ParticipantType.MODERATOR: "moderator",
    ParticipantType.USER: "user",
    ParticipantType.GUEST: "guest",
    ParticipantType.USER_SELF_JOINED: "user (self-joined)",
    ParticipantType.GUEST_MODERATOR: "guest moderator",
}

SIP_STATES: dict[int, str] = {
    SipState.DISABLED: "off",
    SipState.ENABLED_WITH_PIN: "on (with PIN)",
    SipState.ENABLED_NO_PIN: "on (no PIN)",
}


def room_type_name(value: int) -> str:
    return ROOM_TYPES.get(value, f"type {value}")


def role_name(value: int) -> str:
    return ROLES.get(value, f"type {value}")


def lobby_text(room: Room) -> str:
    if not room.lobby_enabled:
        return "off"
    if room.lobby_timer:
        return f"on until {format_local(room.lobby_timer)}"
    return "on"


def room_flags(room: Room) -> str:
    """The protections and activity worth a glance, in words."""
    flags = []
    if room.is_read_only:
        flags.append("read-only")
    if room.has_password:
        flags.append("password")
    if room.sip_enabled:
        flags.append("SIP")
    if room.has_call:
        flags.append("call running")
    return ", ".join(flags) or "-"


def media_text(in_call: int) -> str:
    flags = InCallFlag(in_call & 0xF)
    if not flags & InCallFlag.IN_CALL:
        return "-"
    parts = [
        name
        for flag, name in (
            (InCallFlag.WITH_AUDIO, "audio"),
            (InCallFlag.WITH_VIDEO, "video"),
            (InCallFlag.WITH_PHONE, "phone"),
        )
        if flags & flag
    ]
    return "in call" + (f" ({', '.join(parts)})" if parts else "")


def participant_state(person: Participant, room: Room | None) -> str:
    if person.in_call_flags & InCallFlag.IN_CALL:
        return media_text(person.in_call)
    lobby_on = room.lobby_enabled if room is not None else False
    if person.waiting_in_lobby(lobby_on):
        return "waiting in lobby"
    return "online" if person.is_online else "offline"


def actor_text(actor_type: str, actor_id: str) -> str:
    return f"{actor_type}/{actor_id}"


def person_actor_text(person: Participant) -> str:
    """``users/alice``; an e-mail guest by address (``emails/carol@example.org``), not by the
    hash that is their actor id, where the server shows the address."""
    return actor_text(person.actor_type, person.email or person.actor_id)


def display_width(text: str) -> int:
    """Terminal columns: wide characters (CJK, most emoji) take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def render_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column is not padded.

    Cells are made ``one_line``: a name holding a newline or a tab would break the columns
    (control characters never reach the terminal anyway, see ``terminal.printable``).
    """
    table = [[one_line(cell) for cell in headers], *[[one_line(c) for c in row] for row in rows]]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(headers))]
    lines = []
    for row in table:
        cells = [
            cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row[:-1])
        ] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def sort_rooms(rooms: Iterable[Room]) -> list[Room]:
    return sorted(rooms, key=lambda room: (room.title.casefold(), room.token))


def sort_participants(people: Iterable[Participant]) -> list[Participant]:
    """Moderators first, then by name: the order a moderator scans a list in."""
    return sorted(
        people,
        key=lambda p: (not p.is_moderator, p.title.casefold(), p.attendee_id),
    )


class Output:
    """Prints results either as tables and sentences or as JSON (``--json``)."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json

    # ------------------------------------------------------------ low level

    def _write(self, text: str) -> None:
        print(text, file=sys.stdout)

    def json(self, data: Any) -> None:
        """JSON as the server sent it; C1 codes and bidi overrides escaped (``\\u009b``).

        ``json.dumps`` escapes C0 control characters itself; the rest would reach the
        terminal raw, where ``printable`` would have to change the data instead.
        """
        text = json.dumps(data, indent=2, ensure_ascii=False)
        self._write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))

    @staticmethod
    def wire(obj: msgspec.Struct) -> dict[str, Any]:
        return to_wire(obj)

    def text(self, text: str) -> None:
        """Text for people (a table, a listing); the caller prints JSON instead with --json."""
        self._write(text)

    # ------------------------------------------------------------ results

    def done(self, sentence: str, result: msgspec.Struct | None = None) -> None:
        """A finished write: a sentence for people; the resulting object (if any) for scripts."""
        if self.as_json:
            if result is not None:
                self.json(self.wire(result))
        else:
            self._write(sentence)

    def rooms(self, rooms: Sequence[Room]) -> None:
        ordered = sort_rooms(rooms)
        if self.as_json:
            self.json([self.wire(room) for room in ordered])
            return
        if not ordered:
            self._write("No conversations.")
            return
        rows = [
            (
                room.token,
                room.title,
                room_type_name(room.type),
                role_name(room.participant_type),
                lobby_text(room),
                room_flags(room),
            )
            for room in ordered
        ]
        self._write(render_table(("TOKEN", "NAME", "TYPE", "YOUR ROLE", "LOBBY", "FLAGS"), rows))

    def room_detail(self, room: Room, people: Sequence[Participant]) -> None:
        ordered = sort_participants(people)
        if self.as_json:
            data = self.wire(room)
            data["participants"] = [self.wire(p) for p in ordered]
            self.json(data)
            return
        fields = [
            ("Name", room.title),
            ("Token", room.token),
            ("Type", room_type_name(room.type)),
            ("Your role", role_name(room.participant_type)),
            ("Guests", "allowed (public link)" if room.is_public else "not allowed"),
            ("Password", "set" if room.has_password else "none"),
            ("Read-only", "yes" if room.is_read_only else "no"),
            ("Lobby", lobby_text(room)),
            ("SIP dial-in", SIP_STATES.get(room.sip_enabled, str(room.sip_enabled))),
            ("Call", self._call_text(room)),
            *policy_fields(room),
        ]
        if room.description:
            fields.insert(1, ("Description", room.description))
        fields.append(("Participants", participant_summary(people, room)))
        width = max(len(label) for label, _ in fields)
        lines = [f"{label + ':':<{width + 1}} {value}" for label, value in fields]
        self._write("\n".join(lines))
        if ordered:
            self._write("")
            self._write(participant_table(ordered, room, with_status=False))

    @staticmethod
    def _call_text(room: Room) -> str:
        if not room.has_call:
            return "none"
        if room.call_start_time:
            return f"running since {format_local(room.call_start_time)}"
        return "running"

    def participants(self, people: Sequence[Participant], room: Room, *, with_status: bool) -> None:
        ordered = sort_participants(people)
        if self.as_json:
            self.json([self.wire(p) for p in ordered])
            return
        if not ordered:
            self._write(f"Nobody is in '{room.title}'.")
            return
        self._write(participant_table(ordered, room, with_status=with_status))

    def call_peers(self, peers: Sequence[CallPeer], people: Sequence[Participant]) -> None:
        if self.as_json:
            self.json([self.wire(peer) for peer in peers])
            return
        if not peers:
            self._write("Nobody is in the call.")
            return
        by_actor = {(p.actor_type, p.actor_id): p for p in people}
        rows = []
        for peer in sorted(peers, key=lambda x: (x.display_name.casefold(), x.session_id)):
            person = by_actor.get((peer.actor_type, peer.actor_id))
            rows.append(
                (
                    str(person.attendee_id) if person else "-",
                    peer.display_name or (person.title if person else peer.actor_id),
                    person_actor_text(person)
                    if person
                    else actor_text(peer.actor_type, peer.actor_id),
                    media_text(person.in_call) if person else "in call",
                    format_local(peer.last_ping) if peer.last_ping else "-",
                )
            )
        self._write(render_table(("ATTENDEE", "NAME", "ACTOR", "MEDIA", "LAST SEEN"), rows))


def participant_table(people: Sequence[Participant], room: Room, *, with_status: bool) -> str:
    headers = ["ATTENDEE", "NAME", "ACTOR", "ROLE", "STATE", "LOBBY"]
    if with_status:
        headers.append("STATUS")
    rows = []
    for person in people:
        row = [
            str(person.attendee_id),
            person.title,
            person_actor_text(person),
            role_name(person.participant_type),
            participant_state(person, room),
            "bypass" if person.ignores_lobby and not person.is_moderator else "-",
        ]
        if with_status:
            status = person.status or "-"
            if person.status_message:
                status += f" ({person.status_message})"
            row.append(status)
        rows.append(row)
    return render_table(headers, rows)


def policy_fields(room: Room) -> list[tuple[str, str]]:
    """The conversation's policy and your own settings of it, for ``rooms show``."""
    mentions = policy.label(policy.MENTIONS, room.mention_permissions).lower()
    return [
        ("Listed", policy.label(policy.LISTABLE, room.listable).lower()),
        ("Expiration", policy.expiration_text(room.message_expiration)),
        ("Mentions", f"@all by {mentions}"),
        ("Consent", "recording consent required" if room.recording_consent else "none needed"),
        ("Favorite", "yes" if room.is_favorite else "no"),
        ("Notify", policy.notification_text(room)),
        ("Notify calls", "on" if room.notification_calls else "off"),
    ]


def participant_summary(people: Sequence[Participant], room: Room) -> str:
    """ "5 (2 moderators, 3 online, 1 in call, 1 waiting in lobby)"."""
    moderators = sum(p.is_moderator for p in people)
    online = sum(p.is_online for p in people)
    in_call = sum(bool(p.in_call_flags & InCallFlag.IN_CALL) for p in people)
    waiting = sum(p.waiting_in_lobby(room.lobby_enabled) for p in people)
    parts = [
        f"{moderators} moderator{'s' if moderators != 1 else ''}",
        f"{online} online",
        f"{in_call} in call",
    ]
    if waiting:
        parts.append(f"{waiting} waiting in lobby")
    return f"{len(people)} ({', '.join(parts)})"
