"""A wrong app password and an unknown login get the same 401 from Talk: the CLI says what to
check instead of the window's "sign in again"."""

from __future__ import annotations

import pytest

from app.cli import SIGNED_OUT, main
from app.demo_server import DemoServer


@pytest.mark.parametrize("who", ["moderator1", "nobody-here"], ids=["wrong password", "no user"])
def test_a_refused_app_password_says_what_to_check(
    who: str,
    demo_server: DemoServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "not-the-app-password")
    assert main(["--server", demo_server.url, "--user", who, "rooms", "list"]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == f"talk-moderator: error: {SIGNED_OUT}"
    assert "--user" in line and "$TALK_MODERATOR_PASSWORD" in line and "sign in again" not in line
