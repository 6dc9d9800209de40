"""An in-memory, Talk-compatible HTTP server (Nextcloud 32 + Talk 21.1.7) for tests, demos
and the offline kiosk. It answers like the recorded real server: statuses, OCS meta,
``data`` shapes and headers.
"""

from __future__ import annotations

from .faults import FAULT_KINDS
from .models import DemoUser
from .seed import DEMO_ROOM_PASSWORD, MODERATOR_LOGIN
from .server import DemoServer
from .state import DemoState

__all__ = [
    "DEMO_ROOM_PASSWORD",
    "FAULT_KINDS",
    "MODERATOR_LOGIN",
    "DemoServer",
    "DemoState",
    "DemoUser",
]
