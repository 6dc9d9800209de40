"""What the server can do, so the UI enables only the actions that will work."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .password_policy import PasswordPolicy


@dataclass(frozen=True)
class TalkCapabilities:
    """Typed view of ``capabilities.spreed`` plus the Nextcloud version.

    Args:
        features: the Talk feature flags (``features``).
        local_features: ``features-local``.
        config: the ``config`` sections, as sent.
        talk_version: Talk's own version string ("21.1.7"), empty on old servers.
        server_version: Nextcloud's version string ("32.0.1").
        password_policy: the password_policy app's rules (None without the app).
    """

    features: frozenset[str]
    local_features: frozenset[str] = frozenset()
    config: dict[str, Any] = field(default_factory=dict)
    talk_version: str = ""
    server_version: str = ""
    password_policy: PasswordPolicy | None = None

    @classmethod
    def from_ocs_data(cls, data: object) -> TalkCapabilities:
        """Build from ``ocs.data`` of ``/cloud/capabilities``; missing Talk gives no features."""
        if not isinstance(data, dict):
            raise ValueError("capabilities: data is not an object")
        caps = data.get("capabilities")
        version = data.get("version")
        server_version = ""
        if isinstance(version, dict) and isinstance(version.get("string"), str):
            server_version = version["string"]
        spreed = caps.get("spreed") if isinstance(caps, dict) else None
        policy = PasswordPolicy.from_capabilities(caps)
        if not isinstance(spreed, dict):
            return cls(features=frozenset(), server_version=server_version, password_policy=policy)
        features = spreed.get("features", [])
        local = spreed.get("features-local", [])
        config = spreed.get("config", {})
        if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
            raise ValueError("capabilities: spreed.features is not a list of strings")
        return cls(
            features=frozenset(features),
            local_features=frozenset(f for f in local if isinstance(f, str))
            if isinstance(local, list)
            else frozenset(),
            config=config if isinstance(config, dict) else {},
            talk_version=str(spreed.get("version", "")),
            server_version=server_version,
            password_policy=policy,
        )

    @property
    def talk_installed(self) -> bool:
        return bool(self.features)

    def has(self, feature: str) -> bool:
        return feature in self.features

    def _config(self, section: str, key: str, default: Any = None) -> Any:
        sect = self.config.get(section)
        if isinstance(sect, dict):
            return sect.get(key, default)
        return default

    @property
    def supports_v4(self) -> bool:
        return self.has("conversation-v4")

    @property
    def lobby(self) -> bool:
        return self.has("webinary-lobby")

    @property
    def read_only_rooms(self) -> bool:
        return self.has("read-only-rooms")

    @property
    def ring(self) -> bool:
        return self.has("send-call-notification")

    @property
    def silent_call(self) -> bool:
        return self.has("silent-call")

    @property
    def favorites(self) -> bool:
        return self.has("favorites")

    @property
    def notification_levels(self) -> bool:
        return self.has("notification-levels")

    @property
    def attendee_permissions(self) -> bool:
        return self.has("conversation-permissions")

    @property
    def bans(self) -> bool:
        return self.has("ban-v1")

    @property
    def calls_enabled(self) -> bool:
        return bool(self._config("call", "enabled", True))

    @property
    def sip_dial_in(self) -> bool:
        """SIP dial-in can be switched on: feature present, SIP configured, user allowed."""
        return (
            self.has("sip-support")
            and bool(self._config("call", "sip-enabled", False))
            and bool(self._config("call", "can-enable-sip", False))
        )

    @property
    def sip_dial_out(self) -> bool:
        return self.has("sip-support-dialout") and bool(
            self._config("call", "sip-dialout-enabled", False)
        )

    @property
    def password_on_public(self) -> bool:
        return self.has("conversation-creation-password")

    @property
    def force_passwords(self) -> bool:
        return bool(self._config("conversations", "force-passwords", False))

    @property
    def can_create(self) -> bool:
        return bool(self._config("conversations", "can-create", True))

    @property
    def recording_consent(self) -> int:
        """Talk's ``recordingConsentRequired``: 0 never asked, 1 asked in every call, 2 the
        moderators of each conversation decide; 0 without a recording server."""
        value = self._config("call", "recording-consent", 0)
        return value if isinstance(value, int) else 0

    @property
    def recording(self) -> bool:
        """A recording server is configured (calls can be recorded at all)."""
        return bool(self._config("call", "recording", False))

    @property
    def call_notifications(self) -> bool:
        return self.has("notification-calls")

    @property
    def email_import(self) -> bool:
        return self.has("email-csv-import")

    @property
    def mention_permissions(self) -> bool:
        return self.has("mention-permissions")

    @property
    def breakout_rooms(self) -> bool:
        """Breakout rooms can be set up: the API is there and the admin has not switched them
        off (``config.call.breakout-rooms``; the feature flag stays when they are off)."""
        return self.has("breakout-rooms-v1") and bool(self._config("call", "breakout-rooms", True))
