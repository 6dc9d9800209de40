"""Signing in again after each 401 leaves no sign-in dialog behind: an all-day console meets
many (the soak counts the window's live Qt objects and found one dialog kept per 401)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.accounts import AccountStore
from app.api import TalkService
from app.demo_server import DemoServer
from app.live import ConnectionState, PollConfig
from app.ui.bootstrap import build_console, show_console
from app.ui.dialogs.sign_in import SignInDialog
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.signals import wait_signal
from tests.helpers.waiting import wait_until

FAST = PollConfig(rooms_interval=0.2, selected_interval=0.2)


def _sign_in_dialogs() -> list[SignInDialog]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return [w for w in app.topLevelWidgets() if isinstance(w, SignInDialog)]


async def test_each_401_asks_once_and_the_closed_dialog_goes(
    qtbot: QtBot, store: AccountStore, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    login = demo_server.moderator.login
    secret = demo_server.state.create_app_password(login)
    service = TalkService(demo_server.url, login, secret, read_retries=0)
    console = build_console(service, "moderator1@demo", store, poll_config=FAST)
    window, session = show_console(console).window, console.session
    try:
        await wait_until(lambda: window.controller.loaded, message="rooms never loaded")
        for _round in range(3):
            # the app password is revoked (an admin, the web interface): the next poll is a 401
            assert demo_server.state.revoke_app_password(login, secret)
            window.refresh_now()
            await wait_until(
                lambda: session.sign_in_dialog is not None and session.sign_in_dialog.isVisible(),
                message="nobody asked to sign in again",
            )
            dialog = session.sign_in_dialog
            assert dialog is not None
            assert len(_sign_in_dialogs()) == 1
            secret = demo_server.state.create_app_password(login)
            dialog.manual_button.click()
            dialog.app_password_edit.setText(secret)
            async with wait_signal(session.signed_in_again, timeout=10):
                dialog.sign_in_button.click()
            await wait_until(
                lambda: window.controller.status.state == ConnectionState.CONNECTED,
                message="polling did not resume",
            )
            assert session.sign_in_dialog is None
            await wait_until(lambda: not _sign_in_dialogs(), message="the closed dialog was kept")
    finally:
        await window.shutdown()
        window.close()
        window.deleteLater()
        await service.aclose()
