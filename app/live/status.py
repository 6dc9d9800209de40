"""What the live layer reports about the server, and how often it asks. Pure data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum


class ConnectionState(Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    SIGNED_OUT = "signed out"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ConnectionStatus:
    """What the status bar (or the kiosk's banner) shows about the server.

    Args:
        state: the connection state.
        last_success: wall-clock time (``time.time()``) of the last successful poll.
        error: the last error's sentence while failing, else None.
        retry_in: seconds until the next attempt while failing.
    """

    state: ConnectionState = ConnectionState.CONNECTING
    last_success: float | None = None
    error: str | None = None
    retry_in: float | None = None


@dataclass(frozen=True)
class PollConfig:
    """Timing of the polls, in seconds.

    Args:
        rooms_interval: between conversation-list polls.
        selected_interval: between polls of a watched room's participants.
        full_interval: at most this long between full conversation listings.
        backoff_base: first delay after a failure.
        backoff_max: longest delay while the server keeps failing.
        offline_after: consecutive failures after which the state is OFFLINE.
        auth_retry: after the server refused the credentials, try the same ones again this
            long later (unattended screens: the user back-end may only be down for a while);
            None waits for someone to sign in again (``start()``).
        chat_timeout: seconds the server may hold each long poll of the chat pane
            (``ChatReader``; Talk allows at most 30). A held request keeps a server worker
            busy until it answers, even after the client has gone.
        live_interval: between polls while a signaling server pushes what changes: a
            watch's participants when each of its rooms has a live connection, the
            conversation list when every watched room has one (a safety net, nothing more).
    """

    rooms_interval: float = 5.0
    selected_interval: float = 2.0
    full_interval: float = 60.0
    backoff_base: float = 2.0
    backoff_max: float = 60.0
    offline_after: int = 3
    auth_retry: float | None = None
    chat_timeout: int = 30
    live_interval: float = 60.0


@dataclass(frozen=True)
class RoomWatch:
    """Whose participants to read, and how: one named set of rooms.

    Args:
        tokens: the rooms.
        include_status: read each user's status too (the window shows it; the kiosk does not).
        call_peers: while a room's call runs, read its call peers too.
        moderated_only: skip rooms not yet listed or that this account does not moderate (a
            kiosk configured for rooms it cannot moderate); a listing that adds or changes a
            watched room polls it at once.
    """

    tokens: frozenset[str]
    include_status: bool = True
    call_peers: bool = True
    moderated_only: bool = False


def poll_config_every(interval: float, base: PollConfig | None = None) -> PollConfig:
    """Poll the list every ``interval`` seconds (at least 0.5), the selected room a bit faster."""
    interval = max(0.5, float(interval))
    return replace(
        base or PollConfig(), rooms_interval=interval, selected_interval=max(0.5, interval * 0.4)
    )
