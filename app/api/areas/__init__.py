"""``TalkService`` by area, one module each: ``service.rooms.rename(...)``, ``service.calls...``.

Every area is an ``Area`` over the same ``Transport`` (one client, one retry policy) and the
same ``Bookkeeping`` (titles for messages, open Talk sessions). To add one, write
``areas/<name>.py`` with a class deriving from ``Area`` and give ``TalkService.__init__`` one
line: ``self.<name> = <Name>Area(self._transport, self._book)`` (an area that builds on
another, as calls build on sessions, gets that one passed in as well).
"""

from .account import AccountArea
from .bans import BansArea
from .base import Area
from .calls import CallsArea
from .chat import ChatArea
from .participants import ParticipantsArea
from .permissions import PermissionsArea
from .policy import PolicyArea
from .rooms import RoomsArea
from .sessions import SessionsArea
from .webinar import WebinarArea

__all__ = [
    "AccountArea",
    "Area",
    "BansArea",
    "CallsArea",
    "ChatArea",
    "ParticipantsArea",
    "PermissionsArea",
    "PolicyArea",
    "RoomsArea",
    "SessionsArea",
    "WebinarArea",
]
