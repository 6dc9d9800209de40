"""The ``spreed`` capabilities exactly as recorded from Talk 21.1.7, with SIP switchable.

The recording had no SIP configured; the demo server turns ``sip-enabled`` and
``sip-dialout-enabled`` on by default so SIP features can be shown (``sip=False`` restores
the recorded values).
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from .app_capabilities import GUEST_APPS, USER_APPS

TALK_VERSION = "21.1.7"
SERVER_VERSION = {
    "major": 32,
    "minor": 0,
    "micro": 1,
    "string": "32.0.1",
    "edition": "",
    "extendedSupport": False,
}
STATUS = {
    "installed": True,
    "maintenance": False,
    "needsDbUpgrade": False,
    "version": "32.0.1.2",
    "versionstring": "32.0.1",
    "edition": "",
    "productname": "Nextcloud",
    "extendedSupport": False,
}

FEATURES: list[str] = [
    "audio",
    "video",
    "chat-v2",
    "conversation-v4",
    "guest-signaling",
    "empty-group-room",
    "guest-display-names",
    "multi-room-users",
    "favorites",
    "last-room-activity",
    "no-ping",
    "system-messages",
    "delete-messages",
    "mention-flag",
    "in-call-flags",
    "conversation-call-flags",
    "notification-levels",
    "invite-groups-and-mails",
    "locked-one-to-one-rooms",
    "read-only-rooms",
    "listable-rooms",
    "chat-read-marker",
    "chat-unread",
    "webinary-lobby",
    "start-call-flag",
    "chat-replies",
    "circles-support",
    "force-mute",
    "sip-support",
    "sip-support-nopin",
    "chat-read-status",
    "phonebook-search",
    "raise-hand",
    "room-description",
    "rich-object-sharing",
    "temp-user-avatar-api",
    "geo-location-sharing",
    "voice-message-sharing",
    "signaling-v3",
    "publishing-permissions",
    "clear-history",
    "direct-mention-flag",
    "notification-calls",
    "conversation-permissions",
    "rich-object-list-media",
    "rich-object-delete",
    "unified-search",
    "chat-permission",
    "silent-send",
    "silent-call",
    "send-call-notification",
    "talk-polls",
    "breakout-rooms-v1",
    "recording-v1",
    "avatar",
    "chat-get-context",
    "single-conversation-status",
    "chat-keep-notifications",
    "typing-privacy",
    "remind-me-later",
    "bots-v1",
    "markdown-messages",
    "media-caption",
    "session-state",
    "note-to-self",
    "recording-consent",
    "sip-support-dialout",
    "delete-messages-unlimited",
    "edit-messages",
    "silent-send-state",
    "chat-read-last",
    "federation-v1",
    "federation-v2",
    "ban-v1",
    "chat-reference-id",
    "mention-permissions",
    "edit-messages-note-to-self",
    "archived-conversations-v2",
    "talk-polls-drafts",
    "download-call-participants",
    "email-csv-import",
    "conversation-creation-password",
    "call-notification-state-api",
    "schedule-meeting",
    "edit-draft-poll",
    "conversation-creation-all",
    "important-conversations",
    "unbind-conversation",
    "sip-direct-dialin",
    "dashboard-event-rooms",
    "mutual-calendar-events",
    "upcoming-reminders",
    "sensitive-conversations",
    "reactions",
]

FEATURES_LOCAL: list[str] = [
    "favorites",
    "chat-read-status",
    "listable-rooms",
    "phonebook-search",
    "temp-user-avatar-api",
    "unified-search",
    "avatar",
    "remind-me-later",
    "note-to-self",
    "archived-conversations-v2",
    "chat-summary-api",
    "call-notification-state-api",
    "schedule-meeting",
    "conversation-creation-all",
    "important-conversations",
    "sip-direct-dialin",
    "dashboard-event-rooms",
    "mutual-calendar-events",
    "upcoming-reminders",
    "sensitive-conversations",
]

_CONFIG: dict[str, Any] = {
    "attachments": {"allowed": True, "folder": "/Talk"},
    "call": {
        "enabled": True,
        "breakout-rooms": True,
        "recording": False,
        "recording-consent": 0,
        "supported-reactions": [
            "❤️",
            "🎉",
            "👏",
            "👋",
            "👍",
            "👎",
            "🔥",
            "😂",
            "🤩",
            "🤔",
            "😲",
            "😥",
        ],
        "can-upload-background": True,
        "sip-enabled": False,
        "sip-dialout-enabled": False,
        "can-enable-sip": True,
        "start-without-media": False,
        "max-duration": 0,
        "blur-virtual-background": False,
        "end-to-end-encryption": False,
        "predefined-backgrounds": [
            "1_office.jpg",
            "2_home.jpg",
            "3_abstract.jpg",
            "4_beach.jpg",
            "5_park.jpg",
            "6_theater.jpg",
            "7_library.jpg",
            "8_space_station.jpg",
        ],
        "predefined-backgrounds-v2": [
            "/apps/spreed/img/backgrounds/1_office.jpg",
            "/apps/spreed/img/backgrounds/2_home.jpg",
            "/apps/spreed/img/backgrounds/3_abstract.jpg",
            "/apps/spreed/img/backgrounds/4_beach.jpg",
            "/apps/spreed/img/backgrounds/5_park.jpg",
            "/apps/spreed/img/backgrounds/6_theater.jpg",
            "/apps/spreed/img/backgrounds/7_library.jpg",
            "/apps/spreed/img/backgrounds/8_space_station.jpg",
        ],
    },
    "chat": {
        "max-length": 32000,
        "read-privacy": 0,
        "has-translation-providers": False,
        "has-translation-task-providers": False,
        "typing-privacy": 0,
        "summary-threshold": 100,
    },
    "conversations": {
        "can-create": True,
        "force-passwords": False,
        "list-style": "two-lines",
        "description-length": 2000,
        "retention-event": 28,
        "retention-phone": 7,
        "retention-instant-meetings": 1,
    },
    "federation": {
        "enabled": False,
        "incoming-enabled": False,
        "outgoing-enabled": False,
        "only-trusted-servers": True,
    },
    "previews": {"max-gif-size": 3145728},
    "signaling": {
        "session-ping-limit": 200,
        "hello-v2-token-key": "-----BEGIN PUBLIC KEY-----\n"
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2nuCiGoUTv81Jrn9tL0CQ6bWuOlB\n"
        "bx5DfxODBKl9fpELh0AclH/iRwcCW8uteDMtHoITjO0U33NJw2P/wYZ3bg==\n"
        "-----END PUBLIC KEY-----\n",
    },
    "experiments": {"enabled": 0},
}

CONFIG_LOCAL: dict[str, list[str]] = {
    "attachments": ["allowed", "folder"],
    "call": [
        "predefined-backgrounds",
        "predefined-backgrounds-v2",
        "can-upload-background",
        "start-without-media",
        "blur-virtual-background",
    ],
    "chat": [
        "read-privacy",
        "has-translation-providers",
        "has-translation-task-providers",
        "typing-privacy",
        "summary-threshold",
    ],
    "conversations": ["can-create", "list-style", "description-length"],
    "federation": ["enabled", "incoming-enabled", "outgoing-enabled", "only-trusted-servers"],
    "previews": ["max-gif-size"],
    "signaling": ["session-ping-limit", "hello-v2-token-key"],
    "experiments": ["enabled"],
}

CORE: dict[str, Any] = {
    "pollinterval": 60,
    "webdav-root": "remote.php/webdav",
    "reference-api": True,
    "reference-regex": (
        "(\\s|\\n|^)(https?:\\/\\/)((?:[-A-Z0-9+_]+\\.)+[-A-Z]+"
        "(?:\\/[-A-Z0-9+&@#%?=~_|!:,.;()]*)*)(\\s|\\n|$)"
    ),
    "mod-rewrite-working": False,
}


def spreed_capabilities(*, sip: bool, recording: bool = False, consent: int = 0) -> dict[str, Any]:
    """``capabilities.spreed`` for a server with or without SIP (dial-in and dial-out) and a
    recording server (``consent``: what Talk's ``recordingConsentRequired`` answers)."""
    config = copy.deepcopy(_CONFIG)
    config["call"]["recording"] = recording
    config["call"]["recording-consent"] = consent
    config["call"]["sip-enabled"] = sip
    config["call"]["sip-dialout-enabled"] = sip
    config["call"]["can-enable-sip"] = True
    return {
        "features": list(FEATURES),
        "features-local": list(FEATURES_LOCAL),
        "config": config,
        "config-local": copy.deepcopy(CONFIG_LOCAL),
        "version": TALK_VERSION,
    }


def capabilities_data(
    *, sip: bool, guest: bool = False, recording: bool = False, consent: int = 0
) -> dict[str, Any]:
    """``ocs.data`` of ``GET /ocs/v2.php/cloud/capabilities``: users see every app's
    capabilities, guests only a few (no ``core``) and no attachment folder."""
    spreed = spreed_capabilities(sip=sip, recording=recording, consent=consent)
    if guest:
        apps = copy.deepcopy(GUEST_APPS)
        spreed["config"]["attachments"].pop("folder", None)
    else:
        apps = copy.deepcopy(USER_APPS)
        apps["core"] = {**CORE, **apps.get("core", {})}
        apps["core"]["reference-regex"] = CORE["reference-regex"]
    return {"version": dict(SERVER_VERSION), "capabilities": {**apps, "spreed": spreed}}


def talk_hash(*, sip: bool, recording: bool = False, consent: int = 0) -> str:
    """``X-Nextcloud-Talk-Hash``: SHA-1 over the Talk configuration, changes with SIP and
    recording."""
    raw = json.dumps(
        spreed_capabilities(sip=sip, recording=recording, consent=consent), sort_keys=True
    ).encode()
    return hashlib.sha1(raw).hexdigest()
