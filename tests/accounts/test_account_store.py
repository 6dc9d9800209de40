"""Saved accounts against the demo server: add, read back, switch, remove (and revoke)."""

from __future__ import annotations

import asyncio
import json

import pytest

from app.accounts import AccountStore, MissingSecret, UnknownAccount
from app.api import NotAuthenticated, TalkService
from app.api.login_flow import Credentials, LoginFlow
from app.demo_server import DemoServer
from app.secrets import SERVICE_NAME, SecretStore
from app.settings import SettingsStore
from tests.accounts.test_login_flow import grant_in_browser
from tests.helpers.memory_keyring import MemoryKeyring


async def sign_in(server: DemoServer, login: str) -> Credentials:
    """A full Login Flow v2 for ``login``: a fresh app password from the server."""
    user = server.users[login]
    async with LoginFlow(server.url) as flow:
        started = await flow.start()
        waiting = asyncio.ensure_future(flow.wait(0.02))
        await grant_in_browser(started.login_url, user.login, user.password)
        return await asyncio.wait_for(waiting, 10)


def other_login(server: DemoServer) -> str:
    return next(login for login in sorted(server.users) if login != server.moderator.login)


async def test_add_read_switch_remove(
    store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    mod = await sign_in(demo_server, demo_server.moderator.login)
    first = await store.add(mod, label="Town hall")
    assert memory_keyring.secrets == {(SERVICE_NAME, first.key): mod.app_password}
    second_login = other_login(demo_server)
    other = await store.add(await sign_in(demo_server, second_login))
    assert other.label == f"{second_login} on {demo_server.url.split('://')[1]}"
    assert store.active == other  # the newest one is used

    # the saved settings name both accounts, never a password
    document = json.loads(store.settings_store.path.read_text())
    assert [a["login"] for a in document["accounts"]] == [mod.login, second_login]
    assert mod.app_password not in store.settings_store.path.read_text()

    # a fresh store (next start) reads the same accounts, and the secret from the keyring
    again = AccountStore(SettingsStore(), SecretStore())
    assert again.find("Town hall") == first
    assert again.find(first.key) == first
    with pytest.raises(UnknownAccount, match="Town hall"):
        again.find("nobody")
    async with await again.open_service(first, read_retries=0) as service:
        rooms = await service.rooms.list()
        assert rooms.rooms
        assert service.login == mod.login

    # switching
    switched = await again.switch_async("Town hall")
    assert switched == first
    assert SettingsStore().settings.active == first

    # removing: revoked on the server, gone from the keyring and the settings
    outcome = await again.remove(first)
    assert outcome.revoked is True and outcome.secret_deleted
    assert (SERVICE_NAME, first.key) not in memory_keyring.secrets
    assert [a.key for a in SettingsStore().settings.accounts] == [other.key]
    assert SettingsStore().settings.active == other
    with pytest.raises(NotAuthenticated):
        async with TalkService(
            demo_server.url, mod.login, mod.app_password, read_retries=0
        ) as service:
            await service.rooms.list()
    with pytest.raises(MissingSecret):
        await again.open_service(first)


async def test_remove_when_the_server_is_gone(
    store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    entry = await store.add(await sign_in(demo_server, demo_server.moderator.login))
    demo_server.stop()
    outcome = await store.remove(entry)
    assert outcome.revoked is None
    assert "no connection" in outcome.server_error
    assert outcome.secret_deleted
    assert memory_keyring.secrets == {}
    assert store.accounts == ()


async def test_remove_an_already_revoked_password(
    store: AccountStore, demo_server: DemoServer
) -> None:
    creds = await sign_in(demo_server, demo_server.moderator.login)
    entry = await store.add(creds)
    assert demo_server.state.revoke_app_password(creds.login, creds.app_password)
    outcome = await store.remove(entry)
    assert outcome.revoked is False and outcome.secret_deleted
