"""Settings file (typed, versioned, secret-free) and the keyring wrapper."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail

from app import secrets
from app.secrets import KeyringUnavailable, SecretStore
from app.settings import (
    POLL_INTERVAL_MAX,
    SETTINGS_VERSION,
    AccountEntry,
    NotificationOptions,
    Settings,
    SettingsStore,
    Theme,
    settings_path,
)
from app.settings import config_dir as app_config_dir
from tests.helpers.memory_keyring import MemoryKeyring


class EmptyChainer(chainer.ChainerBackend):
    """A chainer that found no backend at all (a headless box without Secret Service)."""

    backends = ()  # type: ignore[assignment]


ALICE = AccountEntry(server_url="https://cloud.example.org", login="alice", label="Town hall")
BOB = AccountEntry(server_url="https://other.example.org/nc", login="bob")


def settings_file(text: str) -> Path:
    """Write ``text`` as the settings file a SettingsStore will read, as if left by another run."""
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(text)
    return path


def test_config_dir_honours_environment(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert app_config_dir() == config_dir / "talk-moderator"
    assert settings_path() == config_dir / "talk-moderator" / "settings.json"
    monkeypatch.delenv("TALK_MODERATOR_CONFIG_DIR")
    assert app_config_dir() == config_dir / "talk-moderator"  # platformdirs, via XDG


def test_defaults_without_a_file(config_dir: Path) -> None:
    store = SettingsStore()
    assert store.settings == Settings()
    assert store.settings.poll_interval == 5
    assert store.settings.theme is Theme.SYSTEM
    assert not store.path.exists()


def test_round_trip_and_private_file(config_dir: Path) -> None:
    store = SettingsStore()
    seen: list[Settings] = []
    store.subscribe(seen.append)
    settings = (
        Settings(
            poll_interval=30,
            theme=Theme.DARK,
            confirm_actions=False,
            notifications=NotificationOptions(enabled=True, lobby_waiting=False, sound=True),
            language="de",
        )
        .with_account(ALICE)
        .with_account(BOB, activate=False)
    )
    store.save(settings)
    assert seen == [settings]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    again = SettingsStore()
    assert again.settings == settings
    assert again.settings.active == ALICE
    assert again.settings.account("Town hall") == ALICE
    assert again.settings.account("bob@other.example.org/nc") == BOB
    assert again.settings.account("nobody") is None


def test_accounts_switch_and_remove(config_dir: Path) -> None:
    settings = Settings().with_account(ALICE).with_account(BOB)
    assert settings.active == BOB
    assert settings.activated(ALICE.key).active == ALICE
    without_bob = settings.without_account(BOB.key)
    assert without_bob.accounts == (ALICE,)
    assert without_bob.active == ALICE
    assert without_bob.without_account(ALICE.key).active is None
    with pytest.raises(KeyError):
        settings.activated("nobody@nowhere")


def test_bad_values_fall_back_and_clamp(config_dir: Path) -> None:
    settings_file(
        json.dumps(
            {
                "version": 1,
                "poll_interval": 100000,
                "theme": "purple",
                "confirm_actions": "yes",
                "language": "",
                "accounts": [
                    {"server_url": "https://x.example"},
                    {"login": "a", "server_url": ""},
                    {"login": "carol", "server_url": "https://x.example", "label": 5},
                ],
                "active_account": "ghost@x.example",
            }
        )
    )
    settings = SettingsStore().settings
    assert settings.poll_interval == POLL_INTERVAL_MAX
    assert settings.theme is Theme.SYSTEM
    assert settings.confirm_actions is True
    assert settings.language == "system"
    assert [a.key for a in settings.accounts] == ["carol@x.example"]
    assert settings.active_account == "carol@x.example"


def test_broken_file_gives_defaults(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings_file("{not json")
    assert SettingsStore().settings == Settings()
    assert "not valid JSON" in caplog.text


def test_upgrade_from_unversioned_file_drops_secrets(config_dir: Path) -> None:
    path = settings_file(
        json.dumps(
            {
                "poll_interval": 20,
                "app_password": "hunter2-secret",
                "accounts": [
                    {
                        "server_url": "https://x.example",
                        "login": "dave",
                        "appPassword": "also-secret",
                    }
                ],
            }
        )
    )
    store = SettingsStore()
    assert store.settings.version == SETTINGS_VERSION
    assert store.settings.poll_interval == 20
    assert [a.login for a in store.settings.accounts] == ["dave"]
    store.save(store.settings)
    text = path.read_text()
    assert "secret" not in text
    assert json.loads(text)["version"] == SETTINGS_VERSION


def test_newer_file_keeps_unknown_keys(config_dir: Path) -> None:
    path = settings_file(
        json.dumps(
            {
                "version": SETTINGS_VERSION + 1,
                "future_option": [1, 2],
                "poll_interval": 7,
                "secret_thing": "x",
            }
        )
    )
    store = SettingsStore()
    assert store.settings.poll_interval == 7
    store.update(poll_interval=8)
    document = json.loads(path.read_text())
    assert document["future_option"] == [1, 2]
    assert document["version"] == SETTINGS_VERSION + 1
    assert "secret_thing" not in document


# ----------------------------------------------------------------------- secrets


def test_keyring_round_trip(memory_keyring: MemoryKeyring) -> None:
    key = secrets.secret_key("alice", "https://cloud.example.org/")
    assert key == "alice@cloud.example.org" == ALICE.key
    assert secrets.keyring_problem() is None
    assert secrets.get_app_password(key) is None
    secrets.set_app_password(key, "app-pass-1")
    assert memory_keyring.secrets == {("talk-moderator", key): "app-pass-1"}
    assert secrets.get_app_password(key) == "app-pass-1"
    assert secrets.delete_app_password(key) is True
    assert secrets.delete_app_password(key) is False
    assert memory_keyring.secrets == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), EmptyChainer()], ids=["fail", "chainer"])
def test_no_usable_keyring_is_reported(backend: keyring.backend.KeyringBackend) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        problem = secrets.keyring_problem()
        assert problem is not None and "no keyring backend" in problem
        with pytest.raises(KeyringUnavailable):
            secrets.set_app_password("a@b", "x")
        with pytest.raises(KeyringUnavailable):
            secrets.get_app_password("a@b")
        store = SecretStore()
        with pytest.raises(KeyringUnavailable):
            store.set("a@b", "x")
        store.set("a@b", "run-only-secret", run_only=True)
        assert store.get("a@b") == "run-only-secret"
        assert store.is_run_only("a@b")
        assert "run-only-secret" not in repr(store)
        assert store.delete("a@b") is True
        with pytest.raises(KeyringUnavailable):
            store.get("a@b")
    finally:
        keyring.set_keyring(previous)


def test_run_only_wins_and_keyring_save_clears_it(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("a@b", "in-keyring")
    store.set("a@b", "for-this-run", run_only=True)
    assert store.get("a@b") == "for-this-run"
    store.set("a@b", "in-keyring-2")
    assert not store.is_run_only("a@b")
    assert store.get("a@b") == "in-keyring-2"
    assert store.delete("a@b") and not store.delete("a@b")


def test_sealed_secret_never_shows() -> None:
    sealed = secrets.Sealed("hunter2")
    assert sealed.value == "hunter2"
    assert "hunter2" not in repr(sealed) and "hunter2" not in str(sealed)
    assert "hunter2" not in repr([sealed])
