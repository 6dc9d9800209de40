"""Recording consent on a server like the real one (no recording server): the command says
why it cannot be changed instead of claiming a change that has no effect."""

from __future__ import annotations

import pytest

from app.demo_server import DemoServer

from .conftest import Run


@pytest.fixture
def demo_server(real_profile_server: DemoServer) -> DemoServer:
    """The demo server with the real server's profile: no recording server."""
    return real_profile_server


def test_recording_consent_without_a_recording_server_says_why(cli: Run) -> None:
    token = cli("--json", "rooms", "create", "Plain").json()["token"]
    result = cli("rooms", "recording-consent", token, "required")
    assert result.code == 1
    assert result.error == (
        "Cannot change recording consent of 'Plain': the server has no recording server, so "
        "no call asks for consent"
    )
    optional = cli("rooms", "recording-consent", token, "optional")
    assert optional.code == 2 and "so no call asks for consent" in optional.error
