"""Usage errors: one line on stderr, exit status 2, no traceback, no network needed."""

from __future__ import annotations

import pytest

from app.cli import main

CONNECT = ["--server", "http://127.0.0.1:9", "--user", "mod"]


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("talk-moderator: error: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["rooms"], "required: ACTION"),
        (["rooms", "frobnicate"], "invalid choice"),
        (["rooms", "lobby", "abcd1234", "maybe"], "invalid choice: 'maybe'"),
        (["rooms", "lobby", "abcd1234", "on", "--until", "x", "--for", "5m"], "not allowed"),
        (["participants", "add", "abcd1234"], "required: WHO"),
        (["call", "join", "abcd1234", "--volume", "11"], "unrecognized arguments"),
        (["rooms", "password", "abcd1234", "hunter2"], "unrecognized arguments"),
    ],
)
def test_bad_arguments(argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(CONNECT + argv) == 2
    captured = capsys.readouterr()
    assert fragment in _one_error_line(captured.err)
    assert captured.out == ""


def test_missing_connection_settings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TALK_MODERATOR_SERVER", "TALK_MODERATOR_USER", "TALK_MODERATOR_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["rooms", "list"]) == 2
    assert "no server given" in _one_error_line(capsys.readouterr().err)
    assert main(["--server", "https://x.org", "rooms", "list"]) == 2
    assert "no user given" in _one_error_line(capsys.readouterr().err)
    assert main(["rooms", "list", "--server", "https://x.org", "--user", "mod"]) == 2
    assert "TALK_MODERATOR_PASSWORD" in _one_error_line(capsys.readouterr().err)


def test_bad_time_formats_are_usage_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    assert main(CONNECT + ["rooms", "lobby", "abcd1234", "on", "--for", "soon"]) == 2
    assert "invalid duration 'soon'" in _one_error_line(capsys.readouterr().err)
    assert main(CONNECT + ["rooms", "lobby", "abcd1234", "on", "--until", "noon"]) == 2
    assert "ISO 8601" in _one_error_line(capsys.readouterr().err)
    assert main(CONNECT + ["rooms", "lobby", "abcd1234", "off", "--for", "5m"]) == 2
    assert "only go with" in _one_error_line(capsys.readouterr().err)


def test_unreachable_server_is_exit_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    assert main(CONNECT + ["rooms", "list"]) == 3
    assert "no connection to http://127.0.0.1:9" in _one_error_line(capsys.readouterr().err)


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["call", "join", "--help"]) == 0
    out = capsys.readouterr().out
    assert "call end" in out and "--no-audio" in out and "drops the session" in out


def test_kiosk_commands_are_handed_to_the_kiosk_cli(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["kiosk", "--help"], ["--log-level", "info", "kiosk", "--help"]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "talk-moderator kiosk" in out and "hash-pin" in out
