"""The Qt-free sign-in: address check, Login Flow v2, app-password revocation (real HTTP)."""

from __future__ import annotations

import asyncio
import html
import re
from urllib.parse import urljoin

import httpx
import pytest

from app.api import NotAuthenticated, TalkService
from app.api.errors import NetworkError
from app.api.login_flow import (
    InsecureAddress,
    LoginFlow,
    LoginFlowExpired,
    NotNextcloud,
    TalkNotInstalled,
    check_server,
    is_loopback,
    normalize_server_url,
    revoke_app_password,
    verify_credentials,
)
from app.demo_server import DemoServer
from tests.accounts.servers import closed_port_url, nextcloud_without_talk, plain_website, serve


async def grant_in_browser(
    login_url: str, login: str, password: str, *, verify: bool = True
) -> None:
    """What the user does in the browser: follow the login URL to the server's page, log in
    there and grant access (the page's form, with its hidden fields)."""
    async with httpx.AsyncClient(follow_redirects=True, verify=verify) as browser:
        page = await browser.get(login_url)
        assert page.status_code == 200 and "Grant access" in page.text
        action = re.search(r'<form[^>]*action="([^"]+)"', page.text)
        assert action is not None
        hidden = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page.text))
        answer = await browser.post(
            urljoin(str(page.url), html.unescape(action.group(1))),
            data={**hidden, "user": login, "password": password},
        )
        assert answer.status_code == 200, answer.text


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cloud.example.org", "https://cloud.example.org"),
        ("  https://Cloud.Example.org/ ", "https://cloud.example.org"),
        ("http://127.0.0.1:8080/nc/index.php/apps/spreed", "http://127.0.0.1:8080/nc"),
        ("https://x.example/nextcloud/login?redirect=1", "https://x.example/nextcloud"),
    ],
)
def test_normalize_server_url(typed: str, expected: str) -> None:
    assert normalize_server_url(typed) == expected


@pytest.mark.parametrize("typed", ["", "ftp://x.example", "https://", "https://bob:pw@x.example"])
def test_normalize_rejects(typed: str) -> None:
    with pytest.raises(ValueError):
        normalize_server_url(typed)


def test_loopback() -> None:
    assert is_loopback("http://127.0.0.1:5000")
    assert is_loopback("http://localhost")
    assert is_loopback("http://[::1]:80")
    assert not is_loopback("http://192.168.1.10")
    assert not is_loopback("http://cloud.example.org")


async def test_check_the_demo_server(demo_server: DemoServer) -> None:
    info = await check_server(demo_server.url)
    assert info.url == demo_server.url
    assert info.nextcloud_version and info.talk_version
    assert info.capabilities is not None and info.capabilities.supports_v4
    assert info.summary.startswith("Nextcloud ")


async def test_plain_http_to_another_machine_needs_consent() -> None:
    with pytest.raises(InsecureAddress, match="plain http"):
        await check_server("http://cloud.example.org")


async def test_not_nextcloud() -> None:
    with serve(plain_website()) as url:
        with pytest.raises(NotNextcloud, match="answered, but it is not a Nextcloud server"):
            await check_server(url)


async def test_connection_refused() -> None:
    with pytest.raises(NetworkError, match="connection was refused"):
        await check_server(closed_port_url(), timeout=5)


async def test_nextcloud_without_talk() -> None:
    with serve(nextcloud_without_talk("32.0.1")) as url:
        with pytest.raises(TalkNotInstalled, match="Nextcloud 32.0.1 found, but Talk is not"):
            await check_server(url)


async def test_login_flow_end_to_end_then_revoke(demo_server: DemoServer) -> None:
    moderator = demo_server.moderator
    async with LoginFlow(demo_server.url) as flow:
        started = await flow.start()
        assert started.login_url.startswith(demo_server.url)
        assert "poll_token" not in repr(started) and started.poll_token not in repr(started)
        assert await flow.poll() is None  # pending: 404
        waiting = asyncio.ensure_future(flow.wait(0.02))
        await grant_in_browser(started.login_url, moderator.login, moderator.password)
        credentials = await asyncio.wait_for(waiting, 10)
    assert credentials.login == moderator.login
    assert credentials.server_url == demo_server.url
    assert credentials.app_password not in repr(credentials)
    assert credentials.app_password != moderator.app_password  # a fresh one

    caps = await verify_credentials(demo_server.url, credentials.login, credentials.app_password)
    assert caps.supports_v4
    assert (
        await revoke_app_password(demo_server.url, credentials.login, credentials.app_password)
        is True
    )
    with pytest.raises(NotAuthenticated):
        async with TalkService(
            demo_server.url, credentials.login, credentials.app_password, read_retries=0
        ) as service:
            await service.rooms.list()
    # revoking again: already gone
    assert (
        await revoke_app_password(demo_server.url, credentials.login, credentials.app_password)
        is False
    )


async def test_login_flow_cancel_and_expiry(demo_server: DemoServer) -> None:
    async with LoginFlow(demo_server.url) as flow:
        await flow.start()
        waiting = asyncio.ensure_future(flow.wait(0.02))
        await asyncio.sleep(0)  # let it start polling
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
    async with LoginFlow(demo_server.url, lifetime=0.0) as flow:
        await flow.start()
        with pytest.raises(LoginFlowExpired):
            await flow.wait(0.02)


async def test_wrong_manual_credentials(demo_server: DemoServer) -> None:
    with pytest.raises(NotAuthenticated, match="did not accept"):
        await verify_credentials(demo_server.url, demo_server.moderator.login, "not-it")
