"""Deterministic, plausible demo data: accounts, groups and one room for every case a
moderation console has to handle (lobby with people waiting, running call, read-only,
password, guests, e-mail guests, phone numbers, every role of ``moderator1``, a banned guest
and a banned user, custom permissions, a webinar needing recording consent, ...).

Everything but timestamps (relative to start-up) follows from the seed.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from .breakout_seed import seed_workshop
from .chat_seed import seed_chat, town_hall_lines
from .models import (
    ACTOR_EMAILS,
    ACTOR_GUESTS,
    ACTOR_PHONES,
    ACTOR_USERS,
    CHANGELOG,
    FLAG_IN_CALL,
    FLAG_WITH_AUDIO,
    FLAG_WITH_PHONE,
    FLAG_WITH_VIDEO,
    FORMER_ONE_TO_ONE,
    GROUP,
    GUEST,
    GUEST_MODERATOR,
    MODERATOR,
    NOTE_TO_SELF,
    ONE_TO_ONE,
    OWNER,
    PERM_AUDIO,
    PERM_CHAT,
    PERM_CUSTOM,
    PERM_JOIN_CALL,
    PERM_MAX_DEFAULT,
    PERM_VIDEO,
    PUBLIC,
    USER,
    Attendee,
    Ban,
    Room,
    UserStatus,
)
from .state import DemoState

MODERATOR_LOGIN = "moderator1"
DEMO_ROOM_PASSWORD = "Demo-Board-Room-2026"
DEFAULT_LARGEST_ROOM = 60
LISTEN_ONLY = PERM_CUSTOM | PERM_JOIN_CALL | PERM_CHAT
SPEAKER = LISTEN_ONLY | PERM_AUDIO | PERM_VIDEO
CHANGELOG_TEXT = (
    "## New in Talk 21.1\n- Meeting conversations now sync the title and description from the "
    "calendar and are hidden with a search filter until they are close to the start\n- Mark "
    "conversations as sensitive in the notification settings, to hide the message content from "
    'the conversation list and notifications\n- To receive push notifications during "Do not '
    'disturb", mark conversations as important\n- Add other participants to a one-to-one call '
    "to create a new group call on the fly"
)
NAMED_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
]
FIRST_NAMES = [
    "Anna",
    "Ben",
    "Chloe",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hugo",
    "Ida",
    "Jonas",
    "Klara",
    "Leon",
    "Mia",
    "Noah",
    "Olga",
    "Paul",
    "Rosa",
    "Simon",
    "Tara",
    "Uwe",
    "Vera",
    "Wim",
    "Yara",
    "Zoe",
]
LAST_NAMES = [
    "Berg",
    "Costa",
    "Dahl",
    "Eriksen",
    "Fischer",
    "García",
    "Hansen",
    "Ito",
    "Jovanović",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Young",
]
PROJECT_WORDS = [
    "Apollo",
    "Birch",
    "Comet",
    "Delta",
    "Ember",
    "Fjord",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Maple",
    "Nimbus",
    "Orchid",
    "Pioneer",
    "Quartz",
    "Raven",
    "Summit",
    "Tundra",
    "Umbra",
    "Vertex",
    "Willow",
    "Zephyr",
]
CHATTER = [
    "Agenda is in the shared folder.",
    "Can everyone see my screen?",
    "I'll be five minutes late.",
    "Thanks all, great session!",
    "Reminder: slides are due Friday.",
    "Who is taking notes today?",
    "Link to the recording will follow.",
    "Please mute when not speaking.",
]


@dataclass
class SeedOptions:
    seed: int = 1
    rooms: int | None = None
    participants: int | None = None


class Seeder:
    """Fills a ``DemoState``; keeps its own RNG so the data depends only on the seed."""

    def __init__(self, state: DemoState, options: SeedOptions) -> None:
        self.state = state
        self.options = options
        self.rng = random.Random(options.seed)
        self.now = state.now()

    # ----------------------------------------------------------------- helpers

    def _room(self, room_type: int, name: str, age_minutes: int, **fields: Any) -> Room:
        room = self.state.create_room(room_type, name, token=self.state.new_token(), **fields)
        room.last_activity = self.now - age_minutes * 60
        return room

    def _user(self, room: Room, login: str, participant_type: int = USER) -> Attendee:
        return self.state.add_user_to_room(room, login, participant_type)

    def _guest(self, room: Room, name: str, participant_type: int = GUEST) -> Attendee:
        actor_id = self.state.guest_actor_id(self.state.new_session_id(self.rng))
        return self.state.add_attendee(room, ACTOR_GUESTS, actor_id, name, participant_type)

    def _email_guest(self, room: Room, email: str, name: str) -> Attendee:
        return self.state.add_attendee(
            room,
            ACTOR_EMAILS,
            self.state.email_actor_id(email),
            name,
            GUEST,
            invited_actor_id=email,
        )

    def _phone(self, room: Room, number: str) -> Attendee:
        actor_id = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
        return self.state.add_attendee(
            room, ACTOR_PHONES, actor_id, number, USER, phone_number=number
        )

    def _session(self, room: Room, attendee: Attendee, in_call: int = 0, ping_age: int = 5) -> None:
        self.state.add_session(
            room,
            attendee,
            in_call=in_call,
            last_ping=self.now - ping_age,
            session_id=self.state.new_session_id(self.rng),
        )

    def _finish(self, room: Room, last_activity: int, *, call_minutes: int = 0) -> None:
        """Fix timestamps after the mutations (which stamp "now") and reset the version."""
        room.last_activity = last_activity
        if room.last_message is not None:
            room.last_message.timestamp = last_activity
            room.last_common_read = room.last_message.id
        if room.call_start_time:
            room.call_start_time = self.now - call_minutes * 60
        room.version = 0

    def _ban(
        self,
        room: Room,
        moderator: Attendee,
        actor_type: str,
        actor_id: str,
        name: str,
        note: str,
        when: int,
    ) -> None:
        room.bans.append(
            Ban(
                id=self.state.next_ban_id(),
                moderator_actor_type=moderator.actor_type,
                moderator_actor_id=moderator.actor_id,
                moderator_display_name=moderator.display_name,
                banned_actor_type=actor_type,
                banned_actor_id=actor_id,
                banned_display_name=name,
                banned_time=when,
                internal_note=note,
            )
        )

    @staticmethod
    def _user_permissions(room: Room, login: str, permissions: int) -> None:
        attendee = room.find(ACTOR_USERS, login)
        assert attendee is not None
        attendee.permissions = permissions

    def _created(self, room: Room, owner: Attendee | None) -> None:
        self.state.post_system(room, owner, "conversation_created")

    # ------------------------------------------------------------------- seed

    def run(self) -> None:
        if not self.state.profile.demo_data:
            self._profile_accounts()
            return
        self._accounts()
        self._fixed_rooms()
        self._extra_rooms()

    def _profile_accounts(self) -> None:
        """Only the profile's accounts (no e-mail addresses, no statuses) and groups."""
        state, rng = self.state, self.rng
        for login, display_name in state.profile.accounts:
            state.add_user(
                login,
                display_name,
                password=f"{login.capitalize()}-{rng.randrange(10**5, 10**6)}-pw",
                app_password=state.new_app_password(rng),
                email="",
            )
        for group in state.profile.groups:
            state.add_group(group.gid, group.display_name, list(group.members))

    def _accounts(self) -> None:
        state, rng = self.state, self.rng
        state.add_user(
            MODERATOR_LOGIN,
            "Moderator1",
            password=f"Moderator1-{rng.randrange(10**5, 10**6)}-pw",
            app_password=state.new_app_password(rng),
        )
        for login in NAMED_USERS:
            state.add_user(
                login,
                login.capitalize(),
                password=f"{login.capitalize()}-{rng.randrange(10**5, 10**6)}-pw",
                app_password=state.new_app_password(rng),
            )
        statuses = {
            "alice": UserStatus("online"),
            "bob": UserStatus("away", "🍕", "Lunch break", None),
            "carol": UserStatus("dnd", "📅", "In a meeting", self.now + 3600),
            "dave": UserStatus("online", None, "Working remotely", None),
            "erin": UserStatus("away"),
        }
        for login, status in statuses.items():
            state.accounts[login].status = status
        state.add_group("testers", "Testers", ["alice", "bob", "carol"])
        state.add_group("staff", "Staff", [MODERATOR_LOGIN, "alice", "dave", "grace"])
        state.add_group("volunteers", "Volunteers", ["erin", "frank", "heidi", "ivan"])
        state.add_group("event-crew", "Event Crew", ["erin", "frank", "judy"], team=True)

    def _fixed_rooms(self) -> None:
        state, me, now = self.state, MODERATOR_LOGIN, self.now
        sip = 1 if state.sip else 0

        changelog = self._room(
            CHANGELOG, "Talk updates ✅", 60 * 24 * 3, read_only=1, avatar_version="62b96d2a"
        )
        mine = self._user(changelog, me, USER)
        state.post_comment(
            changelog, "bots", "changelog", "Talk updates ✅", CHANGELOG_TEXT, markdown=True
        )
        mine.unread_messages = 3
        self._finish(changelog, now - 3 * 86400)

        notes = self._room(
            NOTE_TO_SELF,
            "Note to self",
            60 * 24 * 3,
            object_type="note_to_self",
            object_id=me,
            avatar_version="jpg2tkoimieKK4cE",
            is_custom_avatar=True,
            description="A place for your private notes, thoughts and ideas",
        )
        self._user(notes, me, OWNER).favorite = True
        self._created(notes, None)
        self._finish(notes, now - 3 * 86400)

        for peer, text, age in (
            ("alice", "See you at the town hall!", 12),
            ("bob", "Can you add me to the board meeting?", 95),
        ):
            room = self._room(
                ONE_TO_ONE,
                f"{me},{peer}",
                age,
                one_to_one_pair=frozenset({me, peer}),
                avatar_version="ccb4805c",
            )
            owner = self._user(room, me, OWNER)
            self._user(room, peer, OWNER)
            self._created(room, owner)
            state.post_comment(room, "users", peer, peer.capitalize(), text)
            self._finish(room, now - age * 60)

        former = self._room(
            FORMER_ONE_TO_ONE, "oscar", 60 * 24 * 20, read_only=1, avatar_version="ccb4805c"
        )
        owner = self._user(former, me, OWNER)
        self._created(former, owner)
        state.post_comment(
            former, "deleted_users", "deleted_users", "Deleted user", "Thanks for everything, bye!"
        )
        self._finish(former, now - 20 * 86400)

        standup = self._room(GROUP, "Team Standup", 30, description="Daily sync at 9:30")
        owner = self._user(standup, me, OWNER)
        owner.favorite = True
        self._created(standup, owner)
        self._user(standup, "alice", MODERATOR)
        for login in ("bob", "carol"):
            self._user(standup, login)
        state.add_attendee(standup, "groups", "testers", "Testers", USER)
        state.post_comment(standup, "users", "carol", "Carol", CHATTER[5])
        self._finish(standup, now - 30 * 60)

        town = self._room(
            PUBLIC,
            "Town Hall",
            2,
            sip_enabled=sip,
            avatar_version="9a7ea085",
            description="Quarterly all-staff town hall, guests welcome",
        )
        owner = self._user(town, me, OWNER)
        self._created(town, owner)
        alice = self._user(town, "alice", MODERATOR)
        members = {login: self._user(town, login) for login in ("bob", "carol", "dave", "erin")}
        gina = self._guest(town, "Guest Gina")
        anonymous = self._guest(town, "")
        self._email_guest(town, "vera.visitor@example.org", "Vera Visitor")
        phone = self._phone(town, "+4930123456789")
        self._session(town, alice, FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_VIDEO)
        self._session(town, members["bob"], FLAG_IN_CALL | FLAG_WITH_AUDIO)
        self._session(town, members["carol"], FLAG_IN_CALL | FLAG_WITH_VIDEO)
        self._session(town, members["dave"], FLAG_IN_CALL)
        self._session(town, members["erin"])
        self._session(town, gina, FLAG_IN_CALL | FLAG_WITH_AUDIO)
        self._session(town, anonymous)
        if state.sip:
            phone.call_id = "".join(self.rng.choice("0123456789abcdef") for _ in range(16))
            self._session(town, phone, FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_PHONE)
        self._ban(
            town,
            owner,
            ACTOR_USERS,
            "mallory",
            state.accounts["mallory"].display_name,
            "Posted phishing links in the chat",
            now - 7 * 86400,
        )
        seed_chat(state, town, town_hall_lines(owner, alice, members["bob"], gina, anonymous), now)
        self._finish(town, now - 120, call_minutes=14)

        webinar = self._room(
            PUBLIC,
            "Product Launch Webinar",
            5,
            avatar_version="9a7ea085",
            description="Doors open 10 minutes before the start",
        )
        owner = self._user(webinar, me, OWNER)
        self._created(webinar, owner)
        host = self._user(webinar, "alice", MODERATOR)
        for login in ("bob", "carol", "dave"):
            self._user(webinar, login)
        vip = self._user(webinar, "heidi")
        vip.permissions = PERM_MAX_DEFAULT  # may ignore the lobby
        waiting = [self._user(webinar, login) for login in ("erin", "frank", "grace")]
        self._session(webinar, host, FLAG_IN_CALL | FLAG_WITH_AUDIO | FLAG_WITH_VIDEO)
        self._session(webinar, vip, FLAG_IN_CALL | FLAG_WITH_AUDIO)
        for attendee in waiting:
            self._session(webinar, attendee, ping_age=self.rng.randrange(2, 25))
        self._session(webinar, self._guest(webinar, "Lena Lobby"), ping_age=8)
        state.set_lobby(webinar, 1, now + 2 * 3600, owner)
        # joining its call needs recording consent (the demo world has a recording server)
        webinar.recording_consent = 1
        # a heckler from an earlier session: banned by the host, no longer a participant
        self._ban(
            webinar,
            host,
            ACTOR_GUESTS,
            hashlib.sha1(b"demo banned guest").hexdigest(),
            "Harry Heckler",
            "Shouted over the speakers twice; banned after a warning",
            now - 26 * 3600,
        )
        self._finish(webinar, now - 5 * 60, call_minutes=3)

        announcements = self._room(GROUP, "Announcements", 60 * 26, read_only=1)
        owner = self._user(announcements, me, OWNER)
        self._created(announcements, owner)
        state.add_attendee(announcements, "groups", "staff", "Staff", USER)
        for login in ("alice", "dave", "grace", "ivan", "judy"):
            self._user(announcements, login)
        state.post_comment(
            announcements, "users", me, "Moderator1", "Office closed on Monday for maintenance."
        )
        self._finish(announcements, now - 26 * 3600)

        board = self._room(
            PUBLIC, "Board Meeting", 60 * 5, password=DEMO_ROOM_PASSWORD, avatar_version="9a7ea085"
        )
        owner = self._user(board, me, OWNER)
        self._created(board, owner)
        for login in ("grace", "heidi"):
            self._user(board, login)
        state.post_system(board, owner, "password_set")
        self._finish(board, now - 5 * 3600)

        design = self._room(GROUP, "Design Review", 45)
        owner = self._user(design, "carol", OWNER)
        self._created(design, owner)
        self._user(design, me, MODERATOR)
        for login in ("alice", "dave", "erin"):
            self._user(design, login)
        state.post_comment(design, "users", "dave", "Dave", CHATTER[0])
        self._finish(design, now - 45 * 60)

        book = self._room(GROUP, "Book Club", 60 * 50)
        owner = self._user(book, "dave", OWNER)
        self._created(book, owner)
        for login in (me, "bob", "grace", "ivan"):
            self._user(book, login)
        state.post_comment(book, "users", "grace", "Grace", "Next read: The Left Hand of Darkness")
        self._finish(book, now - 50 * 3600)

        support = self._room(
            PUBLIC, "Support Desk", 60 * 8, sip_enabled=sip, avatar_version="9a7ea085"
        )
        owner = self._user(support, me, OWNER)
        self._created(support, owner)
        self._user(support, "judy", MODERATOR)
        self._email_guest(support, "customer@example.net", "")
        self._email_guest(support, "partner@example.com", "Pat Partner")
        self._phone(support, "+14155550123")
        self._finish(support, now - 8 * 3600)

        lounge = self._room(PUBLIC, "Guest Lounge", 60 * 3, avatar_version="9a7ea085")
        owner = self._user(lounge, me, OWNER)
        self._created(lounge, owner)
        self._user(lounge, "frank")
        helper = self._guest(lounge, "Gustav Guide", GUEST_MODERATOR)
        self._session(lounge, helper, ping_age=12)
        self._session(lounge, self._guest(lounge, "Walk-in Visitor"), ping_age=3)
        # custom permissions: visitors may join the call and chat but only listen; Frank
        # (the speaker) may also talk and show his camera
        lounge.default_permissions = LISTEN_ONLY
        self._user_permissions(lounge, "frank", SPEAKER)
        self._finish(lounge, now - 3 * 3600)

        community = self._room(GROUP, "Open Community", 60 * 70, listable=2)
        owner = self._user(community, "erin", OWNER)
        self._created(community, owner)
        for login in ("frank", "ivan", "olivia"):
            self._user(community, login)
        self._finish(community, now - 70 * 3600)

        self._largest_room()
        seed_workshop(self, me)  # a running breakout session

    def _largest_room(self) -> None:
        """ "All Hands": ``participants`` members (users and guests), a tenth in the call."""
        state, rng, now = self.state, self.rng, self.now
        size = self.options.participants or DEFAULT_LARGEST_ROOM
        room = self._room(
            PUBLIC, "All Hands", 1, avatar_version="9a7ea085", description="Company-wide meeting"
        )
        owner = self._user(room, MODERATOR_LOGIN, OWNER)
        self._created(room, owner)
        named = [login for login in NAMED_USERS if login != "mallory"]
        for index, login in enumerate(named[: max(size - 1, 0)]):
            self._user(room, login, MODERATOR if index < 2 else USER)
        remaining = size - len(room.attendees)
        for number in range(1, remaining + 1):
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
            if number % 7 == 0:
                attendee = self._guest(room, name)
            else:
                login = f"user{number:05d}"
                if login not in state.accounts:
                    state.add_user(
                        login,
                        name,
                        password=f"{login}-pw-{rng.randrange(10**6)}",
                        app_password=state.new_app_password(rng),
                        email="",
                    )
                attendee = self._user(room, login)
            if number % 10 == 1:
                flags = FLAG_IN_CALL | rng.choice(
                    [0, FLAG_WITH_AUDIO, FLAG_WITH_AUDIO | FLAG_WITH_VIDEO]
                )
                self._session(room, attendee, flags, ping_age=rng.randrange(1, 30))
            elif number % 10 == 5:
                self._session(room, attendee, ping_age=rng.randrange(1, 30))
            elif attendee.actor_type == ACTOR_GUESTS:
                # a guest is listed only while connected; its own generator keeps the
                # rest of the seeded world as it was
                own = random.Random(attendee.actor_id)
                self.state.add_session(
                    room,
                    attendee,
                    last_ping=now - 20,
                    session_id=self.state.new_session_id(own),
                )
        self._finish(room, now - 60, call_minutes=25)

    def _extra_rooms(self) -> None:
        """Fill up to ``rooms`` conversations with generated project rooms."""
        state, rng, now = self.state, self.rng, self.now
        target = self.options.rooms or 0
        mine = len(state.user_rooms.get(MODERATOR_LOGIN, ()))
        for index in range(max(target - mine, 0)):
            room_type = PUBLIC if rng.random() < 0.3 else GROUP
            name = f"Project {rng.choice(PROJECT_WORDS)} {index + 1:04d}"
            age = rng.randrange(10, 60 * 24 * 60)
            room = self._room(
                room_type,
                name,
                age,
                avatar_version="9a7ea085" if room_type == PUBLIC else "bd567261",
            )
            role = rng.choices([OWNER, MODERATOR, USER], weights=[5, 3, 2])[0]
            others = rng.sample(NAMED_USERS, rng.randrange(2, 7))
            if role == OWNER:
                owner = self._user(room, MODERATOR_LOGIN, OWNER)
            else:
                owner = self._user(room, others[0], OWNER)
                self._user(room, MODERATOR_LOGIN, role)
            self._created(room, owner)
            for login in others:
                self._user(room, login)
            if rng.random() < 0.5:
                author = rng.choice(others)
                state.post_comment(room, "users", author, author.capitalize(), rng.choice(CHATTER))
            self._finish(room, now - age * 60)


def seed_state(state: DemoState, options: SeedOptions) -> None:
    """Populate ``state`` with the demo data for ``options``."""
    with state.lock:
        Seeder(state, options).run()
