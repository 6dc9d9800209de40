"""The demo signaling server's websocket, ``/spreed`` on the demo's own port (``../hpb.py``).

Talk's settings answer points clients at ``ws://<demo>/spreed`` when the profile has a
signaling server (``DemoProfile.hpb``); without one the websocket refuses the upgrade, as a
Nextcloud without a signaling server has no such endpoint.
"""

from __future__ import annotations

import contextlib

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ..hpb import Connection, hub_for
from ..state import DemoState
from .common import ServerInfo

PATH = "/spreed"


def websocket_route(state: DemoState, info: ServerInfo) -> WebSocketRoute:
    """The ``/spreed`` websocket of this demo server."""

    async def endpoint(websocket: WebSocket) -> None:
        hub = hub_for(state)
        if not state.profile.hpb or not hub.available:
            await websocket.close(code=1008)
            return
        hub.base_url = info.base_url
        await websocket.accept()
        connection = Connection(hub, websocket.send_text, websocket.receive_text, websocket.close)
        with contextlib.suppress(WebSocketDisconnect, RuntimeError):
            await connection.run()
        with contextlib.suppress(WebSocketDisconnect, RuntimeError):
            await websocket.close()

    return WebSocketRoute(PATH, endpoint)
