"""Fixtures for driving the real main window against the real demo server."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api import TalkService
from app.live import PollConfig
from app.ui.bootstrap import build_window
from app.ui.main_window import MainWindow

FAST = PollConfig(
    rooms_interval=0.1,
    selected_interval=0.1,
    full_interval=0.5,
    backoff_base=0.05,
    backoff_max=0.4,
    offline_after=2,
    chat_timeout=5,  # a closed window's chat poll frees the real server's worker soon
)
"""Short intervals so every test sees several polls within a second."""

WindowOpener = Callable[..., AbstractAsyncContextManager[MainWindow]]


@pytest.fixture
def open_window(qtbot: QtBot, service: TalkService, config_dir: Path) -> WindowOpener:
    """Opens the main window polling the demo server (as the moderator, fast polls).

    A context manager rather than a fixture: the poll tasks must stop inside the test, on its
    qasync loop, before pytest-qt processes events between test phases (asyncio callbacks run
    then would find no running loop).
    """

    @contextlib.asynccontextmanager
    async def opener(
        svc: TalkService | None = None, config: PollConfig = FAST
    ) -> AsyncIterator[MainWindow]:
        svc = svc or service
        window = build_window(svc, f"{svc.login}@demo", poll_config=config)
        qtbot.addWidget(window)
        window.show()
        window.start()
        try:
            yield window
        finally:
            await window.shutdown()
            window.close()

    return opener
