"""The demo server's in-memory Nextcloud + Talk model and the mutations Talk's services perform.

Controllers in ``routes/`` do the permission checks (like Talk's PHP controllers); this module
owns the data and the side effects every change has (touching ``lastActivity``, system
messages, ending calls, cache invalidation). All access goes through ``state.lock``: the
server runs in its own thread and tests mutate the same objects from theirs.
"""

from __future__ import annotations

import base64
import hashlib
import random
import secrets
import string
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .models import (
    ACTOR_CIRCLES,
    ACTOR_EMAILS,
    ACTOR_GROUPS,
    ACTOR_GUESTS,
    ACTOR_PHONES,
    ACTOR_USERS,
    CALL_STATUS_ICON,
    CALL_STATUS_MESSAGE,
    FLAG_DISCONNECTED,
    FLAG_IN_CALL,
    FLAG_WITH_AUDIO,
    FLAG_WITH_PHONE,
    FLAG_WITH_VIDEO,
    GUEST,
    GUEST_MODERATOR,
    MODERATOR,
    PERM_AUDIO,
    PERM_CUSTOM,
    PERM_DEFAULT,
    PERM_JOIN_CALL,
    PERM_LOBBY_IGNORE,
    PERM_MAX_DEFAULT,
    PERM_NON_MODERATOR_DEFAULT,
    PERM_VIDEO,
    USER,
    USER_SELF_JOINED,
    Account,
    Attendee,
    DemoUser,
    Group,
    LoginFlow,
    Message,
    PhpSession,
    Room,
    Session,
    UserStatus,
)
from .profile import DEMO, DemoProfile

TOKEN_ALPHABET = string.ascii_lowercase + string.digits
APP_PASSWORD_ALPHABET = string.ascii_letters + string.digits
LOGIN_FLOW_TTL = 20 * 60

# System messages: key -> (text for the actor, text for everyone else, text for the subject).
SYSTEM_TEXTS: dict[str, tuple[str | None, str, str | None]] = {
    "conversation_created": (
        "You created the conversation",
        "{actor} created the conversation",
        None,
    ),
    "conversation_renamed": (
        'You renamed the conversation from "{old}" to "{new}"',
        '{actor} renamed the conversation from "{old}" to "{new}"',
        None,
    ),
    "description_set": ("You set the description", "{actor} set the description", None),
    "description_removed": ("You removed the description", "{actor} removed the description", None),
    "read_only": ("You locked the conversation", "{actor} locked the conversation", None),
    "read_only_off": ("You unlocked the conversation", "{actor} unlocked the conversation", None),
    "guests_allowed": ("You allowed guests", "{actor} allowed guests", None),
    "guests_disallowed": ("You disallowed guests", "{actor} disallowed guests", None),
    "password_set": ("You set a password", "{actor} set a password", None),
    "password_removed": ("You removed the password", "{actor} removed the password", None),
    "user_added": ("You added {user}", "{actor} added {user}", "{actor} added you"),
    "user_removed": ("You removed {user}", "{actor} removed {user}", "{actor} removed you"),
    "group_added": ("You added group {group}", "{actor} added group {group}", None),
    "group_removed": ("You removed group {group}", "{actor} removed group {group}", None),
    "moderator_promoted": (
        "You promoted {user} to moderator",
        "{actor} promoted {user} to moderator",
        "{actor} promoted you to moderator",
    ),
    "moderator_demoted": (
        "You demoted {user} from moderator",
        "{actor} demoted {user} from moderator",
        "{actor} demoted you from moderator",
    ),
    "guest_moderator_promoted": (
        "You promoted {user} to moderator",
        "{actor} promoted {user} to moderator",
        "{actor} promoted you to moderator",
    ),
    "guest_moderator_demoted": (
        "You demoted {user} from moderator",
        "{actor} demoted {user} from moderator",
        "{actor} demoted you from moderator",
    ),
    "lobby_non_moderators": (
        "You restricted the conversation to moderators",
        "{actor} restricted the conversation to moderators",
        None,
    ),
    "lobby_none": (
        "You opened the conversation to everyone",
        "{actor} opened the conversation to everyone",
        None,
    ),
    "lobby_timer_reached": (None, "The conversation is now open to everyone", None),
    "call_started": ("You started a call", "{actor} started a call", None),
    "call_joined": ("You joined the call", "{actor} joined the call", None),
    "call_left": ("You left the call", "{actor} left the call", None),
    "call_ended": (None, "Call with {actor} (Duration {duration})", None),
    "call_ended_everyone": (None, "{actor} ended the call (Duration {duration})", None),
    "call_ended_everyone_1": (
        None,
        "{actor} ended the call with {user1} (Duration {duration})",
        None,
    ),
    "call_ended_everyone_2": (
        None,
        "{actor} ended the call with {user1} and {user2} (Duration {duration})",
        None,
    ),
    "call_ended_everyone_3": (
        None,
        "{actor} ended the call with {user1}, {user2} and {user3} (Duration {duration})",
        None,
    ),
    "listable_none": (
        "You limited the conversation to the current participants",
        "{actor} limited the conversation to the current participants",
        None,
    ),
    "listable_users": (
        "You opened the conversation to registered users",
        "{actor} opened the conversation to registered users",
        None,
    ),
    "listable_all": (
        "You opened the conversation to registered users and users created with the Guests app",
        "{actor} opened the conversation to registered users and users created with the Guests app",
        None,
    ),
    "message_expiration_enabled": (
        "You set the message expiration to {period}",
        "{actor} set the message expiration to {period}",
        None,
    ),
    "message_expiration_disabled": (
        "You disabled message expiration",
        "{actor} disabled message expiration",
        None,
    ),
    "user_added_self": (
        "You joined the conversation",
        "{actor} joined the conversation",
        None,
    ),
    "breakout_rooms_started": (
        "You started breakout rooms",
        "{actor} started breakout rooms",
        None,
    ),
    "breakout_rooms_stopped": (
        "You stopped breakout rooms",
        "{actor} stopped breakout rooms",
        None,
    ),
    "message_deleted": ("You deleted a message", "{actor} deleted a message", None),
    "history_cleared": (
        "You cleared the history of the conversation",
        "{actor} cleared the history of the conversation",
        None,
    ),
    "poll_voted": (None, "Someone voted on the poll {poll}", None),
    "poll_closed": ("You ended the poll {poll}", "{actor} ended the poll {poll}", None),
}


# the end-for-everyone summary by how many others were in the call (Talk names up to 3 here)
_ENDED_EVERYONE = (
    "call_ended_everyone",
    "call_ended_everyone_1",
    "call_ended_everyone_2",
    "call_ended_everyone_3",
)


class TalkError(Exception):
    """A controller decision to answer with an OCS failure (status + ``data``)."""

    def __init__(self, status: int, data: Any = None) -> None:
        super().__init__(f"{status}: {data!r}")
        self.status = status
        self.data = data


class InternalError(Exception):
    """Stands for PHP's TypeError on a missing required argument (→ 500 / 996)."""


@dataclass
class Caller:
    """Who is asking: a logged-in user (and how they authenticated) or an anonymous guest."""

    login: str | None
    kind: str | None  # "app" (app password), "password" (login password) or None (guest)
    secret: str | None
    php: PhpSession | None
    new_cookie: str | None = None

    @property
    def is_guest(self) -> bool:
        return self.login is None


def _duration(seconds: int) -> str:
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class DemoState:
    """Users, groups, rooms, sessions and login flows of one demo server."""

    def __init__(self, *, seed: int = 1, profile: DemoProfile = DEMO) -> None:
        self.lock = threading.RLock()
        self.rng = random.Random(seed)
        self.profile = profile
        self.sip = profile.sip
        self.first_listing_made: set[str] = set()
        self.sip_dialout = profile.sip
        self.instance_id = "oc" + "".join(self.rng.choice(TOKEN_ALPHABET) for _ in range(10))
        self.accounts: dict[str, Account] = {}
        self.groups: dict[str, Group] = {}
        self.teams: dict[str, Group] = {}
        self.rooms: dict[str, Room] = {}
        self.user_rooms: dict[str, set[str]] = {}
        self.php_sessions: dict[str, PhpSession] = {}
        self.login_flows: dict[str, LoginFlow] = {}
        self.room_cache: dict[tuple[str, int, bool], tuple[tuple[Any, ...], bytes]] = {}
        self.participants_cache: dict[tuple[str, bool, bool], tuple[int, bytes]] = {}
        self._next_room_id = 1
        self._next_attendee_id = 1
        self._next_message_id = 1
        self._next_ban_id = 1
        self._next_poll_id = 1
        self.outbox: list[tuple[str, str]] = []  # (room token, address) of invitation mails
        self.clock_offset = 0
        self.closing = threading.Event()  # set while the server stops: long polls answer at once
        # None: Talk 18+ (delete-messages-unlimited). Seconds: act like an older Talk, which let
        # moderators delete a message only this long after posting (by the demo's clock)
        self.delete_window: int | None = None

    # ----------------------------------------------------------------- basics

    def now(self) -> int:
        """Unix time in seconds (tests may shift ``clock_offset`` to expire lobby timers)."""
        return int(time.time()) + self.clock_offset

    def new_token(self) -> str:
        while True:
            token = "".join(self.rng.choice(TOKEN_ALPHABET) for _ in range(8))
            if token not in self.rooms:
                return token

    def new_session_id(self, rng: random.Random | None = None) -> str:
        """A 255-character Talk session id (base64 alphabet), like the real server's."""
        raw = rng.randbytes(192) if rng is not None else secrets.token_bytes(192)
        return base64.b64encode(raw).decode("ascii")[:255]

    def new_app_password(self, rng: random.Random | None = None) -> str:
        """An app password in Nextcloud's ``xxxxx-xxxxx-xxxxx-xxxxx-xxxxx`` format."""
        choice = rng.choice if rng is not None else secrets.choice
        return "-".join("".join(choice(APP_PASSWORD_ALPHABET) for _ in range(5)) for _ in range(5))

    def next_ban_id(self) -> int:
        """Ban ids count up over the whole server, like the ban table's primary key."""
        ban_id, self._next_ban_id = self._next_ban_id, self._next_ban_id + 1
        return ban_id

    def next_poll_id(self) -> int:
        """Poll ids count up over the whole server, like the poll table's primary key."""
        poll_id, self._next_poll_id = self._next_poll_id, self._next_poll_id + 1
        return poll_id

    def new_pin(self) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(9))

    # ------------------------------------------------------------- accounts

    def add_user(
        self,
        login: str,
        display_name: str | None = None,
        password: str | None = None,
        app_password: str | None = None,
        email: str | None = None,
    ) -> DemoUser:
        """Create an account (thread-safe); returns its credentials."""
        with self.lock:
            account = Account(
                login=login,
                display_name=display_name or login.capitalize(),
                password=password or f"{login}-{self.rng.randrange(10**6, 10**7)}-pass",
                email=email if email is not None else f"{login}@example.com",
            )
            account.primary_app_password = app_password or self.new_app_password(self.rng)
            account.app_passwords.add(account.primary_app_password)
            self.accounts[login] = account
            self.user_rooms.setdefault(login, set())
            return self.demo_user(login)

    def demo_user(self, login: str) -> DemoUser:
        """Credentials of ``login``: the seeded app password while it is not revoked."""
        account = self.accounts[login]
        app_password = account.primary_app_password
        if app_password not in account.app_passwords:
            app_password = next(iter(sorted(account.app_passwords)), "")
        return DemoUser(
            login=login,
            display_name=account.display_name,
            password=account.password,
            app_password=app_password,
        )

    def authenticate(self, login: str, secret: str) -> str | None:
        """``"app"``/``"password"`` when the credentials are valid, else ``None``."""
        account = self.accounts.get(login)
        if account is None:
            return None
        if secret in account.app_passwords:
            return "app"
        if secrets.compare_digest(secret.encode(), account.password.encode()):
            return "password"
        return None

    def create_app_password(self, login: str) -> str:
        with self.lock:
            password = self.new_app_password()
            self.accounts[login].app_passwords.add(password)
            return password

    def revoke_app_password(self, login: str, secret: str) -> bool:
        with self.lock:
            account = self.accounts.get(login)
            if account is None or secret not in account.app_passwords:
                return False
            account.app_passwords.discard(secret)
            return True

    def add_group(
        self, gid: str, display_name: str, members: list[str], *, team: bool = False
    ) -> Group:
        """A Nextcloud group, or with ``team`` a team (circle) for the ``teams`` source."""
        with self.lock:
            group = Group(gid, display_name, list(members))
            (self.teams if team else self.groups)[gid] = group
            return group

    # --------------------------------------------------------- PHP sessions

    def php_session(self, cookie: str | None, login: str | None) -> PhpSession | None:
        """The PHP session behind a cookie, if it belongs to this caller."""
        if not cookie:
            return None
        php = self.php_sessions.get(cookie)
        if php is None or php.user != login:
            return None
        return php

    def ensure_php_session(self, caller: Caller) -> PhpSession:
        """Create the caller's PHP session on first need; the route then sets the cookie."""
        if caller.php is None:
            php = PhpSession(id=secrets.token_urlsafe(24), user=caller.login)
            self.php_sessions[php.id] = php
            caller.php = php
            caller.new_cookie = php.id
        return caller.php

    # ------------------------------------------------------------------ rooms

    def room(self, token: str) -> Room | None:
        """Look a room up and apply an expired lobby timer first, like Talk does on load."""
        room = self.rooms.get(token)
        if (
            room is not None
            and room.lobby_state
            and room.lobby_timer
            and room.lobby_timer <= self.now()
        ):
            self.set_lobby(room, 0, 0, actor=None)
        return room

    def rooms_of_user(self, login: str) -> Iterator[Room]:
        for token in self.user_rooms.get(login, ()):
            room = self.room(token)
            if room is not None:
                yield room

    def touch(self, room: Room, *, activity: bool = True) -> None:
        """Record a change: always a new cache version, and unless ``activity`` is false a
        newer ``lastActivity`` (what ``modifiedSince`` filters on).

        Joining or leaving a room (a session, not the call) is not activity on the real
        server: the recorded join answer keeps the previous ``lastActivity``.
        """
        room.version += 1
        if activity:
            room.last_activity = max(room.last_activity, self.now())

    def people_changed(self, room: Room) -> None:
        """Who is in the room, in the call or with which rights changed: Talk then queues a
        "refresh-participant-list" for every session, which answers their signaling pulls."""
        room.people_version += 1

    def create_room(
        self,
        room_type: int,
        name: str,
        *,
        token: str | None = None,
        last_activity: int | None = None,
        **fields: Any,
    ) -> Room:
        with self.lock:
            room = Room(
                id=self._next_room_id,
                token=token or self.new_token(),
                type=room_type,
                name=name,
                last_activity=last_activity or self.now(),
                **fields,
            )
            self._next_room_id += 1
            self.rooms[room.token] = room
            return room

    def delete_room(self, room: Room) -> None:
        with self.lock:
            for child in [r for r in self.rooms.values() if r.object_type == "room"]:
                if child.object_id == room.token:  # its breakout rooms go with it
                    self.delete_room(child)
            for attendee in list(room.attendees.values()):
                if attendee.actor_type == ACTOR_USERS:
                    self.user_rooms.get(attendee.actor_id, set()).discard(room.token)
            room.call_sessions.clear()
            self.rooms.pop(room.token, None)

    # -------------------------------------------------------------- members

    def add_attendee(
        self,
        room: Room,
        actor_type: str,
        actor_id: str,
        display_name: str,
        participant_type: int,
        **fields: Any,
    ) -> Attendee:
        with self.lock:
            attendee = Attendee(
                id=self._next_attendee_id,
                actor_type=actor_type,
                actor_id=actor_id,
                display_name=display_name,
                participant_type=participant_type,
                **fields,
            )
            self._next_attendee_id += 1
            if room.last_message is not None and not attendee.last_read_message:
                attendee.last_read_message = room.last_message.id
            if self.sip and room.sip_enabled and actor_type == ACTOR_USERS and not attendee.pin:
                attendee.pin = self.new_pin()
            room.attendees[attendee.id] = attendee
            room.actor_index[(actor_type, actor_id)] = attendee.id
            if actor_type == ACTOR_USERS:
                self.user_rooms.setdefault(actor_id, set()).add(room.token)
            self.touch(room)
            return attendee

    def remove_attendee(self, room: Room | str, attendee: Attendee | int) -> None:
        """Remove a member and all their sessions (thread-safe; usable from tests)."""
        with self.lock:
            room_obj = self.rooms[room] if isinstance(room, str) else room
            att = room_obj.attendees[attendee] if isinstance(attendee, int) else attendee
            for session in list(att.sessions.values()):
                self.remove_session(room_obj, session)
            room_obj.attendees.pop(att.id, None)
            room_obj.actor_index.pop((att.actor_type, att.actor_id), None)
            if att.actor_type == ACTOR_USERS:
                self.user_rooms.get(att.actor_id, set()).discard(room_obj.token)
            self.touch(room_obj)
            self.people_changed(room_obj)
            if att.actor_type == ACTOR_USERS and room_obj.breakout_room_mode:
                for child in [r for r in self.rooms.values() if r.object_type == "room"]:
                    there = child.find(ACTOR_USERS, att.actor_id)
                    if child.object_id == room_obj.token and there is not None:
                        self.remove_attendee(child, there)  # out of its breakout rooms too

    def add_user_to_room(
        self, room: Room, login: str, participant_type: int = USER, actor: Attendee | None = None
    ) -> Attendee:
        """Add a user (or upgrade a self-joined one); posts ``user_added`` when an actor acts."""
        existing = room.find(ACTOR_USERS, login)
        if existing is not None:
            if existing.participant_type == USER_SELF_JOINED:
                existing.participant_type = USER
                self.touch(room)
            return existing
        account = self.accounts[login]
        attendee = self.add_attendee(
            room, ACTOR_USERS, login, account.display_name, participant_type
        )
        if actor is not None:
            self.post_system(room, actor, "user_added", subject=attendee)
        return attendee

    def moderators_count(self, room: Room) -> int:
        return sum(
            1
            for a in room.attendees.values()
            if a.actor_type == ACTOR_USERS and a.participant_type in (1, MODERATOR)
        )

    def users_count(self, room: Room) -> int:
        return sum(1 for a in room.attendees.values() if a.actor_type == ACTOR_USERS)

    # ------------------------------------------------------------ permissions

    def effective_permissions(self, room: Room, attendee: Attendee) -> int:
        """First non-default of attendee → call → default permissions, else the built-ins."""
        if attendee.is_moderator:
            return PERM_MAX_DEFAULT
        for value in (attendee.permissions, room.call_permissions, room.default_permissions):
            if value:
                return value
        return PERM_NON_MODERATOR_DEFAULT

    def lobby_blocked(self, room: Room, attendee: Attendee | None) -> bool:
        """Lobby on and the attendee is neither moderator nor allowed to ignore the lobby."""
        if not room.lobby_state:
            return False
        if attendee is None:
            return True
        if attendee.is_moderator:
            return False
        return not self.effective_permissions(room, attendee) & PERM_LOBBY_IGNORE

    def mask_call_flags(self, room: Room, attendee: Attendee, flags: int) -> int:
        """Drop audio/video flags the attendee may not publish (Talk's changeInCall)."""
        perms = self.effective_permissions(room, attendee)
        if not perms & PERM_AUDIO:
            flags &= ~FLAG_WITH_AUDIO
        if not perms & PERM_VIDEO:
            flags &= ~FLAG_WITH_VIDEO
        if attendee.actor_type != ACTOR_PHONES:
            flags &= ~FLAG_WITH_PHONE
        return flags

    def enforce_permissions(self, room: Room) -> None:
        """After a permission change: leave the call without join right, mask the flags."""
        for session in list(room.call_sessions.values()):
            attendee = room.attendees.get(session.attendee_id)
            if attendee is None:
                continue
            if not self.effective_permissions(room, attendee) & PERM_JOIN_CALL:
                self.change_in_call(room, session, FLAG_DISCONNECTED)
            else:
                session.in_call = (
                    self.mask_call_flags(room, attendee, session.in_call) | FLAG_IN_CALL
                )

    # -------------------------------------------------------------- sessions

    def participant_for(self, room: Room, caller: Caller) -> tuple[Attendee | None, Session | None]:
        """The caller's attendee in the room and the Talk session bound to their cookie."""
        entry = caller.php.talk_sessions.get(room.token) if caller.php is not None else None
        if caller.login is not None:
            attendee = room.find(ACTOR_USERS, caller.login)
            if attendee is None or entry is None or entry[1] != attendee.id:
                return attendee, None
            return attendee, attendee.sessions.get(entry[0])
        if entry is None:
            return None, None
        attendee = room.attendees.get(entry[1])
        session = attendee.sessions.get(entry[0]) if attendee is not None else None
        if session is None:
            return None, None
        return attendee, session

    def bind_session(self, caller: Caller, room: Room, session: Session) -> None:
        """Remember the Talk session in the caller's PHP session (sets the cookie)."""
        php = self.ensure_php_session(caller)
        php.talk_sessions[room.token] = (session.id, session.attendee_id)

    def add_session(
        self,
        room: Room | str,
        attendee: Attendee | int,
        *,
        in_call: int = 0,
        last_ping: int | None = None,
        session_id: str | None = None,
    ) -> Session:
        """Give an attendee a Talk session (thread-safe; tests use it to fill the lobby)."""
        with self.lock:
            room_obj = self.rooms[room] if isinstance(room, str) else room
            att = room_obj.attendees[attendee] if isinstance(attendee, int) else attendee
            session = Session(
                id=session_id or self.new_session_id(),
                attendee_id=att.id,
                room_token=room_obj.token,
                last_ping=self.now() if last_ping is None else last_ping,
            )
            att.sessions[session.id] = session
            self.touch(room_obj, activity=False)
            self.people_changed(room_obj)
            if in_call:
                self.change_in_call(room_obj, session, in_call, actor=att)
            return session

    def remove_session(self, room: Room, session: Session) -> None:
        if session.in_call:
            self.change_in_call(room, session, FLAG_DISCONNECTED)
        attendee = room.attendees.get(session.attendee_id)
        if attendee is not None:
            attendee.sessions.pop(session.id, None)
        self.touch(room, activity=False)
        self.people_changed(room)

    def change_in_call(
        self, room: Room, session: Session, flags: int, actor: Attendee | None = None
    ) -> None:
        """Join/leave/update the call; the first joiner starts it, the last leaver ends it."""
        with self.lock:
            now = self.now()
            attendee = room.attendees.get(session.attendee_id)
            if attendee is not None and attendee.actor_type == ACTOR_USERS:
                if flags & FLAG_IN_CALL and not session.in_call:
                    self.set_call_status(attendee.actor_id)
                elif session.in_call and not flags & FLAG_IN_CALL:
                    self.revert_call_status(attendee.actor_id)
            if flags & FLAG_IN_CALL:
                joining = not session.in_call
                if not room.call_start_time:
                    room.call_start_time = now
                    if actor is not None:
                        self.post_system(room, actor, "call_started")
                elif joining and actor is not None and room.call_sessions:
                    self.post_system(room, actor, "call_joined")
                if joining:
                    # the room's callFlag merges the flags of those joining; changing
                    # one's flags in the call leaves it as it is
                    room.joined_flags |= flags
                session.in_call = flags
                room.call_sessions[session.id] = session
                if session.attendee_id not in room.call_attendees:
                    room.call_attendees.append(session.attendee_id)
            else:
                # Talk says who left (before "call ended" when it was the last), unless the
                # session is already gone (removed from the conversation, moved to the lobby)
                leaving = room.attendees.get(session.attendee_id) if session.in_call else None
                session.in_call = FLAG_DISCONNECTED
                room.call_sessions.pop(session.id, None)
                if leaving is not None and leaving.sessions.get(session.id) is session:
                    self.post_system(room, leaving, "call_left")
                if not room.call_sessions and room.call_start_time:
                    ender = actor or room.attendees.get(session.attendee_id)
                    duration = now - room.call_start_time
                    room.call_start_time = 0
                    room.joined_flags = 0
                    if ender is not None:
                        self.post_system(
                            room,
                            ender,
                            "call_ended",
                            extra={"duration": _duration(duration)},
                            others=self._call_others(room, ender),
                        )
            self.touch(room)
            self.people_changed(room)

    def end_call_for_everyone(self, room: Room, actor: Attendee) -> None:
        with self.lock:
            duration = self.now() - room.call_start_time if room.call_start_time else 0
            for session in room.call_sessions.values():
                session.in_call = FLAG_DISCONNECTED
                attendee = room.attendees.get(session.attendee_id)
                if attendee is not None and attendee.actor_type == ACTOR_USERS:
                    self.clear_call_status(attendee.actor_id)
            room.call_sessions.clear()
            room.joined_flags = 0
            self.people_changed(room)
            if room.call_start_time:
                room.call_start_time = 0
                others = self._call_others(room, actor)
                self.post_system(
                    room,
                    actor,
                    "call_ended_everyone",
                    variant=_ENDED_EVERYONE[min(len(others), len(_ENDED_EVERYONE) - 1)],
                    extra={"duration": _duration(duration)},
                    others=others,
                )
            self.touch(room)

    @staticmethod
    def _call_others(room: Room, actor: Attendee) -> list[Attendee]:
        """Who else was in the call that ended (``user1``, ``user2``… of the message)."""
        others = [
            room.attendees[aid]
            for aid in room.call_attendees
            if aid != actor.id and aid in room.attendees
        ]
        room.call_attendees.clear()
        return others

    def end_call(self, token: str) -> None:
        """Test helper: everybody leaves the call of a room."""
        with self.lock:
            room = self.rooms[token]
            for session in list(room.call_sessions.values()):
                self.change_in_call(room, session, FLAG_DISCONNECTED)

    # ------------------------------------------------------------ user status

    def set_user_status(self, login: str, status: UserStatus | None) -> None:
        """Give ``login`` a user_status row (``None``: none at all, as a new account), e.g.
        to start from what another server shows; any "In a call" backup is dropped."""
        with self.lock:
            account = self.accounts[login]
            account.status = status
            account.status_backup = None

    def set_call_status(self, login: str) -> None:
        """Joining a call: Talk sets "In a call" (away, or dnd for dnd users; invisible
        users keep theirs), backing the current row up; with a backup already there
        (a status set automatically before) nothing changes."""
        account = self.accounts.get(login)
        if account is None:
            return
        current = account.status
        if current is not None and current.status == "invisible":
            return
        if current is not None and account.status_backup is not None:
            return
        if current is not None:
            account.status_backup = current
        kind = "dnd" if current is not None and current.status == "dnd" else "away"
        account.status = UserStatus(kind, CALL_STATUS_ICON, CALL_STATUS_MESSAGE, None, "call")

    def revert_call_status(self, login: str) -> None:
        """Leaving a call restores the backed-up row; without a backup (the user had no
        status before) "In a call" stays, as on the real server."""
        account = self.accounts.get(login)
        if account is None or account.status_backup is None:
            return
        if account.status is None or account.status.message_id != "call":
            return
        account.status, account.status_backup = account.status_backup, None

    def clear_call_status(self, login: str) -> None:
        """A call ended for everyone: the "In a call" row is deleted and the backup (if
        any) restored, so without one the user has no status row again."""
        account = self.accounts.get(login)
        if account is None or account.status is None or account.status.message_id != "call":
            return
        account.status, account.status_backup = account.status_backup, None

    # ---------------------------------------------------------- moderation

    def set_lobby(self, room: Room, state: int, timer: int, actor: Attendee | None) -> None:
        """Lobby on drops non-moderators (without lobby-ignore) from the call, keeping sessions."""
        with self.lock:
            room.lobby_state = state
            room.lobby_timer = timer if state else 0
            if state:
                for session in list(room.call_sessions.values()):
                    attendee = room.attendees.get(session.attendee_id)
                    if attendee is not None and self.lobby_blocked(room, attendee):
                        self.change_in_call(room, session, FLAG_DISCONNECTED)
            if actor is not None:
                self.post_system(room, actor, "lobby_non_moderators" if state else "lobby_none")
            elif not state:
                self.post_system(room, None, "lobby_timer_reached")
            self.touch(room)

    def set_read_only(self, room: Room, state: int, actor: Attendee) -> None:
        room.read_only = state
        if state:
            for session in list(room.call_sessions.values()):
                self.change_in_call(room, session, FLAG_DISCONNECTED)
        self.post_system(room, actor, "read_only" if state else "read_only_off")

    def set_type(self, room: Room, new_type: int, actor: Attendee) -> None:
        """Group ↔ public; going private removes guests and self-joined users."""
        if room.type == new_type:
            return
        old = room.type
        room.type = new_type
        if old == 3 and new_type == 2:
            # Talk deletes by role: guests, guest moderators, e-mail invitees (guests too)
            # and self-joined users
            for attendee in list(room.attendees.values()):
                if attendee.participant_type in (GUEST, GUEST_MODERATOR, USER_SELF_JOINED):
                    self.remove_attendee(room, attendee)
            room.password = ""
        room.avatar_version = "9a7ea085" if new_type == 3 else "bd567261"
        self.post_system(room, actor, "guests_allowed" if new_type == 3 else "guests_disallowed")

    def rename(self, token: str, name: str) -> None:
        """Test helper: rename a room as an administrator would."""
        with self.lock:
            room = self.rooms[token]
            room.name = name
            self.touch(room)

    def set_default_permissions(self, room: Room, permissions: int) -> None:
        room.default_permissions = permissions
        for attendee in room.attendees.values():
            attendee.permissions = 0
        self.enforce_permissions(room)
        self.touch(room)

    def set_sip(self, room: Room, state: int) -> None:
        room.sip_enabled = state
        if state:
            for attendee in room.attendees.values():
                if attendee.actor_type == ACTOR_USERS and not attendee.pin:
                    attendee.pin = self.new_pin()
        self.touch(room)

    def leave_session(self, room: Room, session: Session) -> None:
        """Leave the room (not the account), as Talk's leaveRoomAsSession: a self-joined
        user without another session is removed; a guest's attendee stays (see
        ``guest_listed`` and ``clean_guests`` for when it shows and when it goes)."""
        attendee = room.attendees.get(session.attendee_id)
        self.remove_session(room, session)
        if attendee is None or attendee.sessions:
            return
        if attendee.participant_type == USER_SELF_JOINED:
            self.remove_attendee(room, attendee)

    @staticmethod
    def _plain_guest(attendee: Attendee) -> bool:
        """A guest with the guest role and default (or only the "custom" bit) permissions."""
        return (
            attendee.actor_type == ACTOR_GUESTS
            and attendee.participant_type == GUEST
            and attendee.permissions in (PERM_DEFAULT, PERM_CUSTOM)
        )

    def guest_listed(self, attendee: Attendee) -> bool:
        """Whether the participant list shows this attendee: Talk hides a plain guest
        without a session (it keeps the row only so chat messages keep the guest's name);
        a guest moderator or a guest with permissions of their own stays listed, so a
        moderator can still reset or remove them.

        Talk also treats sessions without a ping for 100 s as gone; the demo's seeded
        sessions never ping, so only a session that ended counts here.
        """
        return bool(attendee.sessions) or not self._plain_guest(attendee)

    def guest_listed_without_sessions(self, attendee: Attendee) -> bool:
        return not self._plain_guest(attendee)

    def clean_guests(self, room: Room) -> None:
        """Talk's cleanGuestParticipants, run when a participant list hid a guest: plain
        guests without a session and without a name are deleted (named ones stay)."""
        for attendee in list(room.attendees.values()):
            if self._plain_guest(attendee) and not attendee.sessions and not attendee.display_name:
                self.remove_attendee(room, attendee)

    # -------------------------------------------------------------- messages

    @staticmethod
    def _expires(room: Room, timestamp: int) -> int:
        """Talk stamps every new message (system ones too) with the conversation's expiry."""
        return timestamp + room.message_expiration if room.message_expiration else 0

    def rich_actor(self, actor_type: str, actor_id: str, name: str) -> dict[str, str]:
        """The rich-object parameter Talk puts in ``messageParameters`` for an actor."""
        if actor_type == ACTOR_USERS:
            return {"type": "user", "id": actor_id, "name": name, "mention-id": actor_id}
        if actor_type in (ACTOR_GROUPS, ACTOR_CIRCLES):
            kind = "user-group" if actor_type == ACTOR_GROUPS else "circle"
            return {"type": kind, "id": actor_id, "name": name, "mention-id": f"{kind}/{actor_id}"}
        if actor_type == ACTOR_EMAILS:
            return {
                "type": "email",
                "id": actor_id,
                "name": name or "Guest",
                "mention-id": f"email/{actor_id}",
            }
        return {
            "type": "guest",
            "id": f"guest/{actor_id}",
            "name": f"{name} (guest)" if name else "Guest",
            "mention-id": f"guest/{actor_id}",
        }

    def post_system(
        self,
        room: Room,
        actor: Attendee | None,
        key: str,
        *,
        subject: Attendee | None = None,
        extra: dict[str, str] | None = None,
        timestamp: int | None = None,
        others: list[Attendee] | None = None,
        variant: str | None = None,
    ) -> Message:
        """Append a system message and make it the room's ``lastMessage`` (``others``: the
        call's other participants, ``user1``… as Talk names them in a call summary;
        ``variant``: the key of the text to use, when it depends on more than ``key``)."""
        text_self, text_other, text_subject = SYSTEM_TEXTS[variant or key]
        if actor is None:
            actor_type, actor_id, actor_name = ACTOR_GUESTS, "system", "System"
        else:
            actor_type, actor_id, actor_name = actor.actor_type, actor.actor_id, actor.display_name
        params: dict[str, Any] = {"actor": self.rich_actor(actor_type, actor_id, actor_name)}
        if actor is None:  # Talk's "System" is no guest with a name of its own
            params["actor"]["name"] = "System"
        if subject is not None:
            name = "group" if subject.actor_type in (ACTOR_GROUPS, ACTOR_CIRCLES) else "user"
            params[name] = self.rich_actor(
                subject.actor_type, subject.actor_id, subject.display_name
            )
        for number, other in enumerate(others or [], 1):
            params[f"user{number}"] = self.rich_actor(
                other.actor_type, other.actor_id, other.display_name
            )
        substitutions = dict(extra or {})
        if actor is None:
            substitutions["actor"] = "System"
        for field_name, value in substitutions.items():
            text_self = text_self.replace("{" + field_name + "}", value) if text_self else None
            text_other = text_other.replace("{" + field_name + "}", value)
        stamp = timestamp or self.now()
        message = Message(
            id=self._next_message_id,
            actor_type=actor_type,
            actor_id=actor_id,
            actor_display_name="" if actor is None else actor_name,
            timestamp=stamp,
            expiration_timestamp=self._expires(room, stamp),
            text_other=text_other,
            text_self=text_self,
            system_message=key,
            parameters=params,
            subject_id=subject.actor_id if subject is not None else None,
            text_subject=text_subject,
        )
        self._next_message_id += 1
        room.last_message = message
        room.messages.append(message)
        if actor is not None:
            actor.last_read_message = message.id
        self.touch(room)
        return message

    def post_comment(
        self,
        room: Room,
        actor_type: str,
        actor_id: str,
        display_name: str,
        text: str,
        *,
        timestamp: int | None = None,
        markdown: bool = False,
        parameters: dict[str, Any] | None = None,
    ) -> Message:
        """Append a plain chat message (seed data, bots, the live activity)."""
        stamp = timestamp or self.now()
        message = Message(
            id=self._next_message_id,
            actor_type=actor_type,
            actor_id=actor_id,
            actor_display_name=display_name,
            timestamp=stamp,
            expiration_timestamp=self._expires(room, stamp),
            text_other=text,
            message_type="comment",
            parameters=parameters,
            markdown=markdown,
            is_replyable=True,
        )
        self._next_message_id += 1
        room.last_message = message
        room.messages.append(message)
        for attendee in room.attendees.values():
            if (attendee.actor_type, attendee.actor_id) != (actor_type, actor_id):
                attendee.unread_messages += 1
        self.touch(room)
        return message

    # ----------------------------------------------------------- login flow

    def start_login_flow(self) -> LoginFlow:
        with self.lock:
            flow = LoginFlow(
                poll_token=secrets.token_urlsafe(96)[:128],
                login_token=secrets.token_urlsafe(48)[:64],
                created=time.time(),
            )
            self.login_flows[flow.poll_token] = flow
            return flow

    def flow_by_login_token(self, login_token: str) -> LoginFlow | None:
        for flow in self.login_flows.values():
            if flow.login_token == login_token and not self._flow_expired(flow):
                return flow
        return None

    def _flow_expired(self, flow: LoginFlow) -> bool:
        return time.time() - flow.created > LOGIN_FLOW_TTL

    def grant_login_flow(self, poll_token: str, login: str) -> None:
        """Complete a pending flow for ``login`` with a fresh app password."""
        with self.lock:
            flow = self.login_flows.get(poll_token)
            if flow is None or flow.consumed or self._flow_expired(flow):
                raise KeyError("no pending login flow with this poll token")
            if login not in self.accounts:
                raise KeyError(f"unknown user {login!r}")
            flow.login_name = login
            flow.app_password = self.create_app_password(login)

    def poll_login_flow(self, poll_token: str) -> LoginFlow | None:
        """The granted flow, once; ``None`` while pending, expired or already consumed."""
        with self.lock:
            flow = self.login_flows.get(poll_token)
            if (
                flow is None
                or flow.consumed
                or flow.app_password is None
                or self._flow_expired(flow)
            ):
                return None
            flow.consumed = True
            del self.login_flows[poll_token]
            return flow

    # --------------------------------------------------------------- helpers

    @staticmethod
    def guest_actor_id(session_id: str) -> str:
        return hashlib.sha1(session_id.encode()).hexdigest()

    @staticmethod
    def email_actor_id(email: str) -> str:
        return hashlib.sha256(email.lower().encode()).hexdigest()
