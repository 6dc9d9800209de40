"""Talk's numeric constants, named (talk-api/README.md section 6)."""

from __future__ import annotations

from enum import IntEnum, IntFlag

API_BASE = "/ocs/v2.php/apps/spreed/api/v4"
API_V1_BASE = "/ocs/v2.php/apps/spreed/api/v1"
CAPABILITIES_PATH = "/ocs/v2.php/cloud/capabilities"
AUTOCOMPLETE_PATH = "/ocs/v2.php/core/autocomplete/get"
APP_PASSWORD_PATH = "/ocs/v2.php/core/apppassword"
STATUS_PATH = "/status.php"
LOGIN_FLOW_PATH = "/index.php/login/v2"


class ConversationType(IntEnum):
    ONE_TO_ONE = 1
    GROUP = 2
    PUBLIC = 3
    CHANGELOG = 4
    FORMER_ONE_TO_ONE = 5
    NOTE_TO_SELF = 6


class ParticipantType(IntEnum):
    OWNER = 1
    MODERATOR = 2
    USER = 3
    GUEST = 4
    USER_SELF_JOINED = 5
    GUEST_MODERATOR = 6


MODERATOR_TYPES = frozenset(
    {ParticipantType.OWNER, ParticipantType.MODERATOR, ParticipantType.GUEST_MODERATOR}
)


class ActorType:
    USERS = "users"
    GROUPS = "groups"
    CIRCLES = "circles"
    GUESTS = "guests"
    EMAILS = "emails"
    FEDERATED_USERS = "federated_users"
    PHONES = "phones"


ADD_SOURCES = ("users", "groups", "circles", "teams", "emails", "federated_users", "phones")


class InCallFlag(IntFlag):
    DISCONNECTED = 0
    IN_CALL = 1
    WITH_AUDIO = 2
    WITH_VIDEO = 4
    WITH_PHONE = 8


class LobbyState(IntEnum):
    NONE = 0
    NON_MODERATORS = 1


class SipState(IntEnum):
    DISABLED = 0
    ENABLED_WITH_PIN = 1
    ENABLED_NO_PIN = 2


class NotificationLevel(IntEnum):
    DEFAULT = 0
    ALWAYS = 1
    MENTION = 2
    NEVER = 3


class Permission(IntFlag):
    DEFAULT = 0
    CUSTOM = 1
    START_CALL = 2
    JOIN_CALL = 4
    LOBBY_IGNORE = 8
    PUBLISH_AUDIO = 16
    PUBLISH_VIDEO = 32
    PUBLISH_SCREEN = 64
    CHAT = 128


class PollStatus(IntEnum):
    OPEN = 0
    CLOSED = 1
    DRAFT = 2


class PollResultMode(IntEnum):
    """Who sees the votes: public (voters see the counts, and after closing who voted for
    what) or hidden (nobody sees anything until the poll is closed, then only the counts)."""

    PUBLIC = 0
    HIDDEN = 1


class RecordingStatus(IntEnum):
    """The room's ``callRecording``."""

    NONE = 0
    VIDEO = 1
    AUDIO = 2
    VIDEO_STARTING = 3
    AUDIO_STARTING = 4
    FAILED = 5
