"""``--server http://<another machine>`` sends no app password without ``--allow-http``."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.accounts import AccountStore
from app.api.login_flow import InsecureAddress, refuse_plain_http
from app.cli import main as cli_main
from app.cli.connection import resolve_connection
from app.cli.errors import UsageError
from app.modes import PASSWORD_ENV, Mode, decide
from app.secrets import SecretStore
from app.settings import SettingsStore
from app.ui.bootstrap import GuiOptions, check_options
from tests.helpers.memory_keyring import MemoryKeyring

ENV = {"TALK_MODERATOR_PASSWORD": "app-password-123"}


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost", "http://[::1]:9", "https://cloud.example"]
)
def test_loopback_and_https_need_no_consent(url: str) -> None:
    refuse_plain_http(url, allow_http=False)
    connection = resolve_connection(argparse.Namespace(server=url, user="alice"), ENV)
    assert connection.server_url == url


def test_plain_http_to_another_machine_needs_consent() -> None:
    with pytest.raises(InsecureAddress):
        refuse_plain_http("http://cloud.example", allow_http=False)
    refuse_plain_http("http://cloud.example", allow_http=True)
    with pytest.raises(UsageError, match="--allow-http"):
        resolve_connection(argparse.Namespace(server="http://cloud.example", user="a"), ENV)
    with pytest.raises(UsageError, match="--allow-http"):
        resolve_connection(argparse.Namespace(server="HTTP://10.0.0.5", user="a"), ENV)
    args = argparse.Namespace(server="http://cloud.example", user="a", allow_http=True)
    assert resolve_connection(args, ENV).server_url == "http://cloud.example"


def test_the_cli_refuses_with_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password-123")
    code = cli_main(["--server", "http://cloud.invalid", "--user", "alice", "rooms", "list"])
    assert code == 2
    assert "plain http" in capsys.readouterr().err


def test_allow_http_is_accepted_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password-123")
    for argv in (
        ["--allow-http", "--server", "http://host.invalid", "--user", "a", "rooms", "list"],
        ["rooms", "list", "--server", "http://host.invalid", "--user", "a", "--allow-http"],
    ):
        code = cli_main(argv)
        err = capsys.readouterr().err
        assert "plain http" not in err and code == 3, err  # it went on (and found no host)


@pytest.mark.parametrize(
    ("argv", "refused"),
    [
        (["--server", "http://cloud.example", "--user", "alice"], True),
        (["--server", "http://cloud.example", "--user", "alice", "--allow-http"], False),
        (["--server", "http://127.0.0.1:8080", "--user", "alice"], False),
        (["--server", "https://cloud.example", "--user", "alice"], False),
    ],
)
def test_the_window_refuses_plain_http_without_consent(
    argv: list[str],
    refused: bool,
    monkeypatch: pytest.MonkeyPatch,
    config_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    """The window's ``--server`` follows the same rule as the CLI's, before anything is sent."""
    monkeypatch.setenv(PASSWORD_ENV, "app-password-123")
    decision = decide(argv)
    assert decision.mode is Mode.GUI
    problem = check_options(
        GuiOptions.from_namespace(decision.options), AccountStore(SettingsStore(), SecretStore())
    )
    if refused:
        assert problem is not None and "plain http" in problem and "--allow-http" in problem
    else:
        assert problem is None
