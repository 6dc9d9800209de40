"""Recording on a server like the real one (no recording server): said plainly, never a code."""

from __future__ import annotations

import pytest

from app.demo_server import DemoServer

from .conftest import Run


@pytest.fixture
def demo_server(real_profile_server: DemoServer) -> DemoServer:
    """The demo server with the real server's profile: no recording server."""
    return real_profile_server


def test_no_recording_backend(cli: Run) -> None:
    token = cli("--json", "rooms", "create", "Plain").json()["token"]
    assert cli("call", "join", token).code == 0
    refused = cli("recording", "start", token)
    assert refused.code == 1
    assert refused.error == (
        "Cannot record the call in 'Plain': this server has no recording backend (Talk "
        "records through a recording server, which is not set up)"
    )
