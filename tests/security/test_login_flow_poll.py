"""Login Flow v2 polls only the server being signed in to, never a host the server names."""

from __future__ import annotations

import json

import pytest

from app.api.login_flow import LoginFlow, LoginFlowFailed
from tests.helpers.hostile_server import HostileServer


def _start_answer(hostile: HostileServer, endpoint: str) -> None:
    hostile.answers["/index.php/login/v2"] = (
        200,
        json.dumps(
            {
                "poll": {"token": "p" * 128, "endpoint": endpoint},
                "login": f"{hostile.url}/index.php/login/v2/flow/abc",
            }
        ).encode(),
    )


@pytest.mark.parametrize(
    "elsewhere",
    [
        "http://attacker.example/login/v2/poll",
        "http://127.0.0.2:{port}/login/v2/poll",
        "http://127.0.0.1:{other}/login/v2/poll",
        "https://127.0.0.1:{port}/login/v2/poll",
        "http://127.0.0.1:notaport/login/v2/poll",
    ],
)
async def test_a_poll_endpoint_on_another_server_stops_the_sign_in(elsewhere: str) -> None:
    with HostileServer() as hostile, HostileServer() as other:
        port = hostile.url.rsplit(":", 1)[1]
        endpoint = elsewhere.format(port=port, other=other.url.rsplit(":", 1)[1])
        _start_answer(hostile, endpoint)
        other.answers["/login/v2/poll"] = (404, b"{}")
        async with LoginFlow(hostile.url) as flow:
            with pytest.raises(LoginFlowFailed, match="another server") as caught:
                await flow.start()
            assert flow.started is None
        assert "only sent to the server you are signing in to" in str(caught.value)
        assert other.requests == []  # the token never left for the other server


async def test_a_poll_endpoint_on_the_same_server_is_used() -> None:
    with HostileServer() as hostile:
        _start_answer(hostile, f"{hostile.url}/index.php/login/v2/poll")
        hostile.answers["/index.php/login/v2/poll"] = (404, b"{}")
        async with LoginFlow(hostile.url) as flow:
            await flow.start()
            assert await flow.poll() is None
        assert ("POST", "/index.php/login/v2/poll") in hostile.requests
