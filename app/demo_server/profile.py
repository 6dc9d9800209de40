"""How a demo server is configured: the lively demo world, or a copy of the test real server.

A profile holds only configuration (SIP, a recording server, the admin's recording-consent
setting, which accounts and groups exist, whether the demo data is seeded); the behaviour is
the same Talk for every profile. ``REAL`` mirrors ``../shared/talk-server/run.sh`` (Nextcloud
32.0.1 + Talk 21.1.7, no SIP, no recording server, ``recording_consent=2``, the five test
users, groups ``admin`` and ``testers``) so the parity suite can send the same requests to both
servers and expect the same answers. Without a recording server Talk ignores the consent
setting (capability 0, no conversation needs consent, ``PUT recording-consent`` answers 412);
the demo world has one, so its webinar can ask for consent.
"""

from __future__ import annotations

from dataclasses import dataclass

CONSENT_OFF, CONSENT_REQUIRED, CONSENT_OPTIONAL = 0, 1, 2


@dataclass(frozen=True)
class ProfileGroup:
    gid: str
    display_name: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class DemoProfile:
    """Configuration of one demo server.

    Args:
        name: ``demo`` or ``real`` (what ``DemoServer(profile=...)`` accepts as a string).
        sip: SIP dial-in and dial-out configured.
        recording: a recording server configured (Talk's ``isRecordingEnabled``).
        recording_consent: the admin setting ``spreed.recording_consent`` (0 off, 1 required,
            2 moderators choose per conversation). Without a recording server Talk treats it
            as off everywhere except when validating the per-conversation value.
        demo_data: seed the demo world (rooms, sessions, many accounts); otherwise only
            ``accounts`` and ``groups`` exist and every conversation is made by the client.
        accounts: ``(login, display name)`` of the accounts when ``demo_data`` is off.
        groups: the groups when ``demo_data`` is off.
        lazy_first_listing: make the read-only "Talk updates" conversation and the user's
            "Note to self" (created by "System") on their first room listing, as the real
            server does (the demo data seeds both instead).
        common_passwords: the password policy also rejects common passwords.
        common_unlisted_lengths: password lengths the server's common-password list has no
            file for (the test server's copy lacks those of 10 to 12 characters, so it
            takes ``password123``, which the recorded server refused).
        breakout_rooms: the admin switch ``spreed.breakout_rooms`` (on by default; off, set-up
            and assignments are refused with 400 ``config``).
        hpb: a signaling server configured (the demo's own websocket, ``hpb.py``): the
            signaling settings say ``external`` and point at it; without it ``internal``
            (clients pull), as the real test server without ``--signaling``.
    """

    name: str
    sip: bool = True
    recording: bool = False
    recording_consent: int = CONSENT_OFF
    demo_data: bool = True
    accounts: tuple[tuple[str, str], ...] = ()
    groups: tuple[ProfileGroup, ...] = ()
    lazy_first_listing: bool = False
    common_passwords: bool = True
    common_unlisted_lengths: tuple[int, ...] = ()
    breakout_rooms: bool = True
    hpb: bool = False


DEMO = DemoProfile("demo", recording=True, recording_consent=CONSENT_OPTIONAL, hpb=True)
REAL = DemoProfile(
    "real",
    sip=False,
    recording=False,
    recording_consent=CONSENT_OPTIONAL,
    demo_data=False,
    accounts=(
        ("admin", "admin"),
        ("moderator1", "Moderator One"),
        ("alice", "Alice"),
        ("bob", "Bob"),
        ("carol", "Carol"),
        ("dave", "Dave"),
    ),
    groups=(
        ProfileGroup("admin", "admin", ("admin",)),
        ProfileGroup("testers", "testers", ("alice", "bob", "carol")),
    ),
    lazy_first_listing=True,
    common_unlisted_lengths=(10, 11, 12),
)
PROFILES = {profile.name: profile for profile in (DEMO, REAL)}


def consent_required(profile: DemoProfile) -> int:
    """Talk's ``recordingConsentRequired``: the admin setting, but off without recording."""
    return profile.recording_consent if profile.recording else CONSENT_OFF


def resolve(profile: DemoProfile | str) -> DemoProfile:
    """A profile object from a profile or its name (``ValueError`` for unknown names)."""
    if isinstance(profile, DemoProfile):
        return profile
    try:
        return PROFILES[profile]
    except KeyError:
        raise ValueError(
            f"unknown demo-server profile {profile!r}; known: {', '.join(PROFILES)}"
        ) from None
