"""In-memory records of the demo server: users, rooms, attendees, sessions, messages.

Plain mutable dataclasses guarded by the state lock; constants mirror Talk's
(`docs/constants.md`), so the rules in ``state.py`` read like the PHP they imitate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Conversation types
ONE_TO_ONE, GROUP, PUBLIC, CHANGELOG, FORMER_ONE_TO_ONE, NOTE_TO_SELF = 1, 2, 3, 4, 5, 6
# Participant types
OWNER, MODERATOR, USER, GUEST, USER_SELF_JOINED, GUEST_MODERATOR = 1, 2, 3, 4, 5, 6
MODERATOR_TYPES = frozenset({OWNER, MODERATOR, GUEST_MODERATOR})
# In-call flags
FLAG_DISCONNECTED, FLAG_IN_CALL, FLAG_WITH_AUDIO, FLAG_WITH_VIDEO, FLAG_WITH_PHONE = 0, 1, 2, 4, 8
# Permission bits
PERM_DEFAULT, PERM_CUSTOM, PERM_START_CALL, PERM_JOIN_CALL, PERM_LOBBY_IGNORE = 0, 1, 2, 4, 8
PERM_AUDIO, PERM_VIDEO, PERM_SCREEN, PERM_CHAT = 16, 32, 64, 128
PERM_MAX_DEFAULT = 254  # everything but the "custom" marker
PERM_MAX_CUSTOM = 255
PERM_NON_MODERATOR_DEFAULT = PERM_MAX_DEFAULT & ~PERM_LOBBY_IGNORE  # 246

ACTOR_USERS, ACTOR_GROUPS, ACTOR_CIRCLES = "users", "groups", "circles"
ACTOR_GUESTS, ACTOR_EMAILS, ACTOR_PHONES = "guests", "emails", "phones"
ACTOR_FEDERATED = "federated_users"


@dataclass(frozen=True)
class DemoUser:
    """Credentials of a seeded account, as tests and the CLI banner need them."""

    login: str
    display_name: str
    password: str
    app_password: str


@dataclass
class UserStatus:
    """A row of Nextcloud's user_status table (``status``: online/away/dnd/invisible/offline).

    ``icon`` and ``message`` are what the status API shows (a predefined message such as
    ``call``'s "In a call" already filled in); ``message_id`` names the predefined message.
    """

    status: str = "offline"
    icon: str | None = None
    message: str | None = None
    clear_at: int | None = None
    message_id: str | None = None

    @property
    def shown(self) -> str:
        """What other users see: an invisible user looks offline."""
        return "offline" if self.status == "invisible" else self.status


CALL_STATUS_ICON, CALL_STATUS_MESSAGE = "💬", "In a call"


@dataclass
class Account:
    """A Nextcloud account: login password plus any number of app passwords."""

    login: str
    display_name: str
    password: str
    email: str = ""
    app_passwords: set[str] = field(default_factory=set)
    primary_app_password: str = ""
    status: UserStatus | None = None  # None: no user_status row (never set, never in a call)
    status_backup: UserStatus | None = None  # the row "In a call" replaced, restored after


@dataclass
class Group:
    gid: str
    display_name: str
    members: list[str] = field(default_factory=list)


@dataclass
class Session:
    """A Talk session: one browser tab / client connection in one room."""

    id: str
    attendee_id: int
    room_token: str
    last_ping: int
    in_call: int = FLAG_DISCONNECTED
    state: int = 1
    pulled_version: int = -1  # the room's people_version its last signaling pull answered


@dataclass
class Attendee:
    """A member of a room (user, group, guest, e-mail guest, phone number, ...)."""

    id: int
    actor_type: str
    actor_id: str
    display_name: str
    participant_type: int
    permissions: int = PERM_DEFAULT
    pin: str = ""
    phone_number: str = ""
    call_id: str = ""
    invited_actor_id: str = ""
    notification_level: int = 0
    notification_calls: int = 1
    favorite: bool = False
    archived: bool = False
    important: bool = False
    sensitive: bool = False
    last_read_message: int = 0
    unread_messages: int = 0
    unread_mention: bool = False
    unread_mention_direct: bool = False
    sessions: dict[str, Session] = field(default_factory=dict)

    @property
    def is_moderator(self) -> bool:
        return self.participant_type in MODERATOR_TYPES

    @property
    def in_call(self) -> int:
        flags = 0
        for session in self.sessions.values():
            flags |= session.in_call
        return flags

    @property
    def last_ping(self) -> int:
        return max((s.last_ping for s in self.sessions.values()), default=0)


@dataclass
class Message:
    """The last chat/system message of a room, rendered per viewer ("You …" vs "{actor} …")."""

    id: int
    actor_type: str
    actor_id: str
    actor_display_name: str
    timestamp: int
    text_other: str
    text_self: str | None = None
    system_message: str = ""
    message_type: str = "system"
    parameters: dict[str, Any] | None = None
    subject_id: str | None = None
    text_subject: str | None = None
    markdown: bool = False
    is_replyable: bool = False
    expiration_timestamp: int = 0  # when the conversation's message expiration deletes it
    # chat (routes/chat.py): the message a system message is about, who deleted it, silent
    parent_id: int = 0
    deleted_by: tuple[str, str, str] | None = None  # (actor type, actor id, name)
    silent: bool = False


@dataclass
class Ban:
    """A row of Talk's ban table: who was banned from a room, when, by whom and why.

    ``banned_display_name`` ``None`` is shown as the banned actor id (an IP ban copied from a
    banned guest has no name), as Talk's ``Ban::jsonSerialize`` does.
    """

    id: int
    moderator_actor_type: str
    moderator_actor_id: str
    moderator_display_name: str
    banned_actor_type: str
    banned_actor_id: str
    banned_display_name: str | None
    banned_time: int
    internal_note: str


@dataclass
class Room:
    """A conversation with its moderation state and members."""

    id: int
    token: str
    type: int
    name: str
    last_activity: int
    description: str = ""
    password: str = ""
    read_only: int = 0
    listable: int = 0
    lobby_state: int = 0
    lobby_timer: int = 0
    sip_enabled: int = 0
    default_permissions: int = PERM_DEFAULT
    call_permissions: int = PERM_DEFAULT
    call_start_time: int = 0
    object_type: str = ""
    object_id: str = ""
    avatar_version: str = "bd567261"
    is_custom_avatar: bool = False
    message_expiration: int = 0
    recording_consent: int = 0
    mention_permissions: int = 0
    breakout_room_mode: int = 0  # of a parent: 0 none, 1 automatic, 2 manual, 3 free
    breakout_room_status: int = 0  # of a parent: 1 started; of a breakout room: 2 asks for help
    last_message: Message | None = None
    last_common_read: int = 0
    one_to_one_pair: frozenset[str] = frozenset()
    attendees: dict[int, Attendee] = field(default_factory=dict)
    actor_index: dict[tuple[str, str], int] = field(default_factory=dict)
    call_sessions: dict[str, Session] = field(default_factory=dict)
    call_attendees: list[int] = field(default_factory=list)  # who joined the running call
    joined_flags: int = 0  # the flags of everyone who joined the running call, merged
    bans: list[Ban] = field(default_factory=list)
    version: int = 0
    people_version: int = 0  # sessions, calls, roles, permissions: what signaling pulls see
    messages: list[Message] = field(default_factory=list)  # the chat, oldest first
    call_recording: int = 0  # 0 none, 1 video, 2 audio, 3/4 starting, 5 failed (recording.py)
    polls: dict[int, Any] = field(default_factory=dict)  # id -> polls.DemoPoll (routes/polls.py)

    def find(self, actor_type: str, actor_id: str) -> Attendee | None:
        attendee_id = self.actor_index.get((actor_type, actor_id))
        return None if attendee_id is None else self.attendees.get(attendee_id)

    @property
    def call_flag(self) -> int:
        """Talk's room callFlag: merged at each join, kept while flags change in the call."""
        return self.joined_flags if self.call_sessions else 0


@dataclass
class PhpSession:
    """The Nextcloud PHP session behind the cookie: which Talk session belongs to which room."""

    id: str
    user: str | None
    talk_sessions: dict[str, tuple[str, int]] = field(default_factory=dict)  # token -> (sid, aid)
    # token -> the guest actor id this browser joined a room as; Talk keeps it after the guest
    # left or was removed, which is how a banned guest is recognised when coming back
    guest_actors: dict[str, str] = field(default_factory=dict)
    login_flow: str | None = None  # the login token of the flow this browser is granting


@dataclass
class LoginFlow:
    """A pending or granted Login Flow v2."""

    poll_token: str
    login_token: str
    created: float
    login_name: str | None = None
    app_password: str | None = None
    consumed: bool = False
