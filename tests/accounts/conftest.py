"""Accounts tests: the shared account store."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.accounts import AccountStore
from app.secrets import SecretStore
from app.settings import SettingsStore
from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture
def store(config_dir: Path, memory_keyring: MemoryKeyring) -> AccountStore:
    """An empty account store over this test's config folder and throw-away keyring."""
    return AccountStore(SettingsStore(), SecretStore())
