"""The live layer: what the server says *now*, as Qt signals, for every front-end.

``PollingController`` (see ``controller.py`` for the full contract) reads one account's
conversation list and the participants of the rooms it is asked to watch, with backoff while
the server fails, a pause while nobody looks (``set_active``) and a stop on a refused password
(``auth_failed``). The main window watches its selected room, the kiosk its configured rooms::

    controller = PollingController(service, PollConfig(rooms_interval=5, selected_interval=2))
    controller.rooms_changed.connect(...)
    controller.start()
    controller.select_room(token)                               # the window
    controller.watch("kiosk", tokens, include_status=False)     # the kiosk
    ...
    await controller.stop()

Qt (signals, one timer) but no widgets: the window binds it to its item models
(``app.ui.live_models``), the kiosk to its cards (``app.kiosk.live_views``).
"""

from __future__ import annotations

from .backoff import Backoff
from .controller import SELECTED, PollingController
from .status import ConnectionState, ConnectionStatus, PollConfig, RoomWatch

__all__ = [
    "SELECTED",
    "Backoff",
    "ConnectionState",
    "ConnectionStatus",
    "PollConfig",
    "PollingController",
    "RoomWatch",
]
