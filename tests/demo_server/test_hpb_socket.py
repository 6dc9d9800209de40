"""The demo's signaling websocket at the frame level: what a client that misbehaves gets."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus

from app.demo_server import DemoServer


async def _frame(ws: ClientConnection) -> dict[str, Any]:
    frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert isinstance(frame, dict)
    return frame


async def test_no_hello_within_two_seconds_is_said_bye_and_closed(
    hpb_demo_server: DemoServer,
) -> None:
    url = hpb_demo_server.url.replace("http://", "ws://") + "/spreed"
    async with connect(url, proxy=None) as ws:
        assert (await _frame(ws))["type"] == "welcome"
        await ws.send(json.dumps({"id": "1", "type": "room", "room": {"roomid": "x"}}))
        assert (await _frame(ws))["error"]["code"] == "hello_expected"
        await ws.send(json.dumps({"id": "2", "type": "hello", "hello": {"version": "9"}}))
        assert (await _frame(ws))["error"]["code"] == "invalid_hello_version"
        assert await _frame(ws) == {"type": "bye", "bye": {"reason": "hello_timeout"}}
        await asyncio.wait_for(ws.wait_closed(), 5)


async def test_without_a_signaling_server_the_websocket_is_refused(
    real_profile_server: DemoServer,
) -> None:
    url = real_profile_server.url.replace("http://", "ws://") + "/spreed"
    with pytest.raises(InvalidStatus) as refused:
        async with connect(url, proxy=None):
            pass
    assert refused.value.response.status_code == 403
