"""A malformed server address is one clear line and exit 2, before any network use, for the
CLI, the window's ``--server`` and kiosk.toml alike (one validator: ``app.api.address``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from app.__main__ import main as program_main
from app.api import NetworkError
from app.api.address import InvalidAddress, check_server_address
from app.api.login_flow import check_server, normalize_server_url
from app.cli import main as cli_main
from app.demo_server import DemoServer
from app.kiosk.config import ConfigError, parse_config
from tests.kiosk.helpers import kiosk_toml

BAD = [
    ("http://127.0.0.1:99999", "port must be a number from 1 to 65535"),
    ("http://127.0.0.1:0", "port must be a number from 1 to 65535"),
    ("https://cloud.example.org:https", "port must be a number from 1 to 65535"),
    ("htp:/x::1", "'htp:' is no scheme"),
    ("htp://x.example", "not htp://"),
    ("not a url", "contains a space"),
    ("http://[::1", "IPv6 address goes in brackets"),
    ("http://[nope]:80", "no IPv6 address"),
    ("http://300.1.1.1", "no IPv4 address"),
    ("https://exa$mple.org", "no host name"),
    ("https://-bad-.example.org", "no host name"),
    ("https://", "no host name"),
    ("https://bob@cloud.example.org", "leave the user name out"),
]
GOOD = [
    ("cloud.example.org", "https://cloud.example.org"),
    ("localhost:8080", "https://localhost:8080"),
    ("http://127.0.0.1:65535/nc", "http://127.0.0.1:65535/nc"),
    ("http://[::1]:8080", "http://[::1]:8080"),
    ("https://bücher.example", "https://bücher.example"),
]


@pytest.fixture(autouse=True)
def _root_logger_as_before() -> Iterator[None]:
    """The window's ``main`` adds a stderr handler to the root logger; take it away again."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


@pytest.mark.parametrize(("typed", "words"), BAD)
def test_the_validator_says_what_is_wrong(typed: str, words: str) -> None:
    with pytest.raises(InvalidAddress, match=words.replace("[", r"\[").replace("$", r"\$")):
        check_server_address(typed)


@pytest.mark.parametrize(("typed", "url"), GOOD)
def test_the_validator_accepts_real_addresses(typed: str, url: str) -> None:
    assert check_server_address(typed).geturl() == url


@pytest.mark.parametrize(("typed", "words"), BAD)
def test_cli_refuses_before_any_request(
    typed: str, words: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    assert cli_main(["--server", typed, "--user", "mod", "rooms", "list"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("talk-moderator: error: ") and words in lines[0]
    assert "unreachable" not in captured.err and "Traceback" not in captured.err


def test_cli_accounts_add_uses_the_same_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["accounts", "add", "http://127.0.0.1:99999"]) == 2
    err = capsys.readouterr().err
    assert "port must be a number from 1 to 65535" in err and "Traceback" not in err


@pytest.mark.parametrize(("typed", "words"), BAD[:6])
def test_window_refuses_before_any_window(
    typed: str, words: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    assert program_main(["--server", typed, "--user", "mod"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("--server: ") and words in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(("typed", "words"), BAD[:3] + BAD[4:5] + BAD[6:8])
def test_kiosk_toml_refuses_with_its_line(typed: str, words: str) -> None:
    text = kiosk_toml(url=typed)
    with pytest.raises(ConfigError) as info:
        parse_config(text, "kiosk.toml")
    assert words in str(info.value)
    assert info.value.line == 3  # url = "..." in [server]


def test_sign_in_normalizes_through_the_same_check() -> None:
    with pytest.raises(InvalidAddress, match="port must be"):
        normalize_server_url("http://127.0.0.1:99999/index.php")
    assert normalize_server_url("Cloud.Example.org/index.php/apps/spreed") == (
        "https://cloud.example.org"
    )


def test_https_to_a_plain_http_port_says_so(
    demo_server: DemoServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No scheme means https; a port that speaks plain http gets a hint, not OpenSSL's words."""
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", "app-password")
    netloc = urlsplit(demo_server.url).netloc
    assert cli_main(["--server", netloc, "--user", "mod", "rooms", "list"]) == 3
    err = capsys.readouterr().err
    assert (
        f"the server at {netloc} does not speak https on that port; did you mean http://{netloc}?"
    ) in err
    assert "WRONG_VERSION_NUMBER" not in err


async def test_sign_in_check_says_the_same(demo_server: DemoServer) -> None:
    netloc = urlsplit(demo_server.url).netloc
    with pytest.raises(NetworkError) as info:
        await check_server(f"https://{netloc}")
    assert str(info.value) == (
        f"The server at {netloc} does not speak https on that port; did you mean http://{netloc}?"
    )


@pytest.mark.parametrize("path", ["/index.php", "/nextcloud"])
def test_a_wrong_path_is_no_nextcloud_not_a_missing_conversation(
    path: str,
    demo_server: DemoServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TALK_MODERATOR_PASSWORD", demo_server.moderator.app_password)
    url = demo_server.url + path
    login = demo_server.moderator.login
    assert cli_main(["--server", url, "--user", login, "rooms", "list"]) == 1
    err = capsys.readouterr().err
    assert f"{url} answered like no Nextcloud (404 without Nextcloud's API)" in err
    assert "without /index.php or a page's path" in err
    assert "no longer exists" not in err
