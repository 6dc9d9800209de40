"""Typed views of the Talk objects the console uses.

Decoding is strict about the types of the fields we read (a string where Talk sends an int is a
malformed response) and tolerant of fields we don't know, so a newer server never breaks us.
The wire names are kept (``rename="camel"`` plus explicit names), so ``to_wire`` gives back the
server's own field names for ``--json`` output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from .constants import (
    MODERATOR_TYPES,
    ConversationType,
    InCallFlag,
    ParticipantType,
    Permission,
    PollResultMode,
    PollStatus,
)


class _Wire(
    msgspec.Struct, frozen=True, kw_only=True, rename="camel", omit_defaults=False, gc=False
):
    """Common base: camelCase wire names, immutable, keyword construction.

    ``gc=False``: these records hold only strings, numbers and tuples of strings, so they can
    never be part of a reference cycle; keeping tens of thousands of them away from the cyclic
    garbage collector removes its 30-60 ms pauses from the UI thread after a big poll.
    """


class Room(_Wire, frozen=True, kw_only=True, gc=False):
    """A conversation as the signed-in user sees it (Talk's ``TalkRoom``)."""

    token: str
    type: int
    id: int = 0
    name: str = ""
    display_name: str = ""
    description: str = ""
    participant_type: int = 0
    attendee_id: int = 0
    actor_type: str = ""
    actor_id: str = ""
    permissions: int = 0
    attendee_permissions: int = 0
    call_permissions: int = 0
    default_permissions: int = 0
    participant_flags: int = 0
    session_id: str = "0"
    last_ping: int = 0
    read_only: int = 0
    listable: int = 0
    lobby_state: int = 0
    lobby_timer: int = 0
    sip_enabled: int = 0
    can_enable_sip: bool = msgspec.field(default=False, name="canEnableSIP")
    has_password: bool = False
    has_call: bool = False
    call_flag: int = 0
    call_start_time: int = 0
    call_recording: int = 0
    recording_consent: int = 0
    can_start_call: bool = False
    can_delete_conversation: bool = False
    can_leave_conversation: bool = False
    message_expiration: int = 0
    mention_permissions: int = 0
    last_activity: int = 0
    unread_messages: int = 0
    unread_mention: bool = False
    unread_mention_direct: bool = False
    is_favorite: bool = False
    is_archived: bool = False
    notification_level: int = 0
    notification_calls: int = 0
    object_type: str = ""
    object_id: str = ""
    breakout_room_mode: int = 0
    breakout_room_status: int = 0
    remote_server: str | None = None
    status: str | None = None
    status_message: str | None = None

    @property
    def title(self) -> str:
        """What to call the room in the UI and in messages."""
        return self.display_name or self.name or self.token

    @property
    def is_moderator(self) -> bool:
        return self.participant_type in MODERATOR_TYPES

    @property
    def is_group_like(self) -> bool:
        """Group and public rooms are the ones that support lobby, read-only, guests."""
        return self.type in (ConversationType.GROUP, ConversationType.PUBLIC)

    @property
    def is_public(self) -> bool:
        return self.type == ConversationType.PUBLIC

    @property
    def lobby_enabled(self) -> bool:
        return self.lobby_state != 0

    @property
    def is_read_only(self) -> bool:
        return self.read_only != 0


class Participant(_Wire, frozen=True, kw_only=True, gc=False):
    """An attendee of a conversation (Talk's ``TalkParticipant``)."""

    attendee_id: int
    actor_type: str
    actor_id: str
    participant_type: int
    display_name: str = ""
    room_token: str = ""
    permissions: int = 0
    attendee_permissions: int = 0
    in_call: int = 0
    last_ping: int = 0
    session_ids: tuple[str, ...] = ()
    attendee_pin: str = ""
    phone_number: str = ""
    call_id: str = ""
    invited_actor_id: str | None = None
    status: str | None = None
    status_icon: str | None = None
    status_message: str | None = None
    status_clear_at: int | None = None

    @property
    def title(self) -> str:
        """What to call the person: their name; an e-mail guest by the address invited (with
        the name, if any), never by the hash that is their actor id."""
        email = self.email
        if email:
            return f"{self.display_name} ({email})" if self.display_name else email
        if self.display_name:
            return self.display_name
        if self.actor_type == "guests":
            return "Guest"
        if self.actor_type == "emails":
            return "E-mail guest"  # the address is shown to moderators only
        return self.actor_id

    @property
    def email(self) -> str:
        """An e-mail guest's address as invited; "" for others, and where the server does
        not show it (it shows it to moderators and to the guest)."""
        if self.actor_type == "emails" and self.invited_actor_id:
            return self.invited_actor_id
        return ""

    @property
    def is_moderator(self) -> bool:
        return self.participant_type in MODERATOR_TYPES

    @property
    def is_owner(self) -> bool:
        return self.participant_type == ParticipantType.OWNER

    @property
    def is_guest(self) -> bool:
        return self.participant_type in (ParticipantType.GUEST, ParticipantType.GUEST_MODERATOR)

    @property
    def is_online(self) -> bool:
        return bool(self.session_ids)

    @property
    def in_call_flags(self) -> InCallFlag:
        return InCallFlag(self.in_call & 0xF)

    @property
    def ignores_lobby(self) -> bool:
        return bool(self.permissions & Permission.LOBBY_IGNORE)

    def waiting_in_lobby(self, room_lobby_on: bool) -> bool:
        """Connected, held back by the lobby: not a moderator and no lobby-ignore permission."""
        return room_lobby_on and self.is_online and not self.is_moderator and not self.ignores_lobby


class CallPeer(_Wire, frozen=True, kw_only=True, gc=False):
    """A session connected to the call (Talk's ``TalkCallPeer``)."""

    actor_type: str
    actor_id: str
    display_name: str = ""
    token: str = ""
    last_ping: int = 0
    session_id: str = ""


class Ban(_Wire, frozen=True, kw_only=True, gc=False):
    """Someone (or an address) banned from a conversation (Talk's ``TalkBan``, API v1).

    ``banned_display_name`` is what the server kept; it shows the actor id when the person
    was no participant any more when banned.
    """

    id: int
    banned_actor_type: str
    banned_actor_id: str
    banned_display_name: str = ""
    banned_time: int = 0
    moderator_actor_type: str = ""
    moderator_actor_id: str = ""
    moderator_display_name: str = ""
    internal_note: str = ""

    @property
    def title(self) -> str:
        """Who is banned, for the UI: the kept name, else the actor id."""
        return self.banned_display_name or self.banned_actor_id

    @property
    def banned_by(self) -> str:
        return self.moderator_display_name or self.moderator_actor_id


class EmailImport(_Wire, frozen=True, kw_only=True, gc=False):
    """What ``import-emails`` answered: how many would be (or were) invited, how many were
    invited already, which lines of the file are invalid (numbered from the header, 1).

    ``type`` is the conversation's type after a real import (it becomes public); a dry run
    with invalid lines comes as a refusal whose ``message`` the server words.
    """

    invites: int
    duplicates: int = 0
    invalid: int = 0
    invalid_lines: tuple[int, ...] = ()
    type: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        """No invalid lines."""
        return not self.invalid_lines


class PollVote(_Wire, frozen=True, kw_only=True, gc=False):
    """Who voted for which option (``details`` of a closed public poll)."""

    actor_type: str
    actor_id: str
    actor_display_name: str = ""
    option_id: int = 0


class Poll(_Wire, frozen=True, kw_only=True, gc=False):
    """A poll of a conversation (Talk's ``TalkPoll``, API v1).

    Talk hides the counts of an open poll from whoever has not voted in it (and from
    everyone in a hidden poll): ``votes`` is then empty and only moderators and the author
    see ``num_voters``. ``votes`` maps ``option-N`` to a count; PHP sends an empty one as
    ``[]``, so it is decoded as either.
    """

    id: int
    question: str
    options: tuple[str, ...] = ()
    actor_type: str = ""
    actor_id: str = ""
    actor_display_name: str = ""
    status: int = PollStatus.OPEN
    result_mode: int = PollResultMode.PUBLIC
    max_votes: int = 0
    votes: dict[str, int] | list[Any] = msgspec.field(default_factory=dict)
    num_voters: int = 0
    voted_self: tuple[int, ...] = ()
    details: tuple[PollVote, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status == PollStatus.OPEN

    @property
    def is_closed(self) -> bool:
        return self.status == PollStatus.CLOSED

    @property
    def hidden(self) -> bool:
        return self.result_mode == PollResultMode.HIDDEN

    @property
    def counts_shown(self) -> bool:
        """Whether the server showed the counts (closed, or you voted in a public poll)."""
        return isinstance(self.votes, dict) and bool(self.votes) or self.is_closed

    def count(self, option: int) -> int:
        """Votes for option ``option`` (0-based) as shown; 0 where none are shown."""
        if not isinstance(self.votes, dict):
            return 0
        return int(self.votes.get(f"option-{option}", 0))

    def voters(self, option: int) -> tuple[PollVote, ...]:
        """Who voted for ``option`` (only in a closed public poll)."""
        return tuple(vote for vote in self.details if vote.option_id == option)


@dataclass(frozen=True)
class AttendanceList:
    """The attendance list of a running call, as the server made the file.

    Args:
        content: the file's bytes (Talk 21: CSV with ``name,email,type,identifier``).
        content_type: the server's ``Content-Type`` without parameters (``text/csv``).
        file_name: the name the server suggests (``Content-Disposition``), e.g.
            ``Town-hall 2026-12-03.csv``; made up from the room's title if it names none.
    """

    content: bytes
    content_type: str
    file_name: str


class RoomList(msgspec.Struct, frozen=True, kw_only=True):
    """One answer of ``GET /room``.

    Args:
        rooms: the rooms returned (all of them, or only the changed ones with ``modified_since``).
        modified_before: the server's ``X-Nextcloud-Talk-Modified-Before``: pass it back next time.
        talk_hash: ``X-Nextcloud-Talk-Hash``; when it changes, capabilities changed.
        full: whether this was a full listing (so rooms missing from it are gone).
    """

    rooms: tuple[Room, ...]
    modified_before: int | None
    talk_hash: str | None
    full: bool


class Suggestion(msgspec.Struct, frozen=True, kw_only=True):
    """One autocomplete result from ``/core/autocomplete/get``."""

    id: str
    label: str = ""
    source: str = ""
    subline: str = ""
    status: Any = None


class ServerStatus(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """``/status.php``: tells whether an address is a Nextcloud and which version."""

    installed: bool = False
    maintenance: bool = False
    needs_db_upgrade: bool = False
    version: str = ""
    versionstring: str = ""
    productname: str = ""


def to_wire(obj: msgspec.Struct) -> dict[str, Any]:
    """The object with the server's own field names, for ``--json`` and logs."""
    result = msgspec.to_builtins(obj)
    assert isinstance(result, dict)
    return result
