"""Qt item models of conversations and participants that update by diff, never by reset.

Use (also from the kiosk)::

    rooms = ConversationModel()
    people = ParticipantModel()
    controller.rooms_changed.connect(rooms.upsert)          # list[Room]
    controller.rooms_removed.connect(lambda gone: rooms.remove(r.token for r in gone))
    controller.participants_changed.connect(people.set_participants)  # (token, list)
    people.set_room(room)                                    # when the selection changes
    view.setModel(SearchProxyModel() with setSourceModel(rooms))

``app.ui.live_models.bind_models(controller, rooms, people)`` makes those connections for you.
Rows carry the whole record under ``RECORD_ROLE`` and the key under ``KEY_ROLE``.
The models sort themselves (``model.sort(column, order)``, which the proxies forward a view's
header clicks to); the proxies only filter.
"""

from .conversations import ConversationModel, RoomColumn
from .keyed import FILTER_ROLE, KEY_ROLE, RECORD_ROLE, SORT_ROLE, KeyedTableModel, contiguous
from .participants import ParticipantModel, PersonColumn
from .proxy import PinnedSearchProxyModel, SearchProxyModel

__all__ = [
    "FILTER_ROLE",
    "KEY_ROLE",
    "RECORD_ROLE",
    "SORT_ROLE",
    "ConversationModel",
    "KeyedTableModel",
    "ParticipantModel",
    "PersonColumn",
    "PinnedSearchProxyModel",
    "RoomColumn",
    "SearchProxyModel",
    "contiguous",
]
