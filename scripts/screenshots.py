"""Render the README screenshots from the live app against the demo server (offscreen).

Run: .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] [NAME ...]
(default docs/screenshots; NAME is one of main-window, lobby-dialog, password-dialog,
bulk-result, kiosk: only those pictures; default all)

Writes main-window.png, lobby-dialog.png, password-dialog.png, bulk-result.png, kiosk.png
(1280x800, the kiosk's windowed size) and kiosk-1920x1080.png.
Everything runs in this process against an in-process DemoServer (seed 1), so the pictures are
the real widgets with real data; the audit log, window.ini and every other setting go to a
temporary config directory, not the user's.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# before the app is imported: the window saves its geometry (window.ini) on close
os.environ["TALK_MODERATOR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="talk-moderator-shots-")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.api import Room, TalkService  # noqa: E402
from app.audit import AuditLog  # noqa: E402
from app.demo_server import DemoServer  # noqa: E402
from app.kiosk.app import demo_conversations  # noqa: E402
from app.kiosk.config import load_config  # noqa: E402
from app.kiosk.window import KioskWindow  # noqa: E402
from app.moderation import ActionRunner  # noqa: E402
from app.moderation import operations as ops  # noqa: E402
from app.qtapp.translations import install_translations  # noqa: E402
from app.ui.bootstrap import account_label, build_window  # noqa: E402
from app.ui.dialogs.bulk_result import BulkResultDialog  # noqa: E402
from app.ui.dialogs.lobby import LobbyDialog  # noqa: E402
from app.ui.dialogs.password import PasswordDialog  # noqa: E402
from app.ui.moderation import install_moderation  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KIOSK_DEMO = ROOT / "resources" / "kiosk" / "kiosk.demo.toml"
EVENT_ROOM = "Town Hall"


async def _wait(condition: Callable[[], object], timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the window did not fill in time")
        await asyncio.sleep(0.05)


async def _settle() -> None:
    """Let layouts and pending paints run before grabbing (no condition to wait on)."""
    for _ in range(5):
        QApplication.processEvents()
        await asyncio.sleep(0.05)


def _save(widget: QWidget, out: Path, name: str) -> None:
    """Grab ``widget`` and write it as a maximally compressed PNG (quality 0 in Qt's terms)."""
    path = out / name
    if not widget.grab().save(str(path), "PNG", 0):
        raise OSError(f"cannot write {path}")
    print(f"wrote {path} ({path.stat().st_size // 1024} KB)")


async def _room(service: TalkService, title: str) -> Room:
    listing = await service.rooms.list()
    return next(room for room in listing.rooms if room.title == title)


async def _main_window(service: TalkService, out: Path) -> None:
    window = build_window(service, f"{account_label(service)} (demo)")
    # the actions' handlers, as in the app: the toolbar shows what is enabled, not all greyed
    # (the audit log goes to the temporary config directory)
    install_moderation(window)
    window.show()
    window.start()
    window.resize(1280, 800)  # the size README promises
    try:
        await _wait(lambda: window.conversation_model.rowCount() > 5)
        view = window.conversation_view
        proxy = view.model()
        target = 0
        for row in range(proxy.rowCount()):
            if EVENT_ROOM.lower() in str(proxy.index(row, 0).data()).lower():
                target = row
                break
        view.selectRow(target)
        await _wait(lambda: window.participant_model.rowCount() > 1)
        await asyncio.sleep(0.5)
        _save(window, out, "main-window.png")
    finally:
        window.close()
        await window.shutdown()


async def _lobby_dialog(service: TalkService, runner: ActionRunner, out: Path) -> None:
    room = await _room(service, "Team Standup")  # a group room with the lobby off
    dialog = LobbyDialog(runner, room)
    tomorrow = datetime.now().astimezone().replace(hour=9, minute=30, second=0, microsecond=0)
    dialog.enabled_check.setChecked(True)
    dialog.set_opens_at(tomorrow + timedelta(days=1))
    dialog.show()
    await _settle()
    _save(dialog, out, "lobby-dialog.png")
    dialog.close()
    dialog.deleteLater()


async def _password_dialog(service: TalkService, runner: ActionRunner, out: Path) -> None:
    room = await _room(service, EVENT_ROOM)
    policy = (await service.account.capabilities()).password_policy
    dialog = PasswordDialog(runner, room, policy=policy)
    dialog.password_edit.setText("correct horse battery")
    dialog.confirm_edit.setText("correct horse battery")
    dialog.show()
    await _settle()
    _save(dialog, out, "password-dialog.png")
    dialog.close()
    dialog.deleteLater()


async def _bulk_result(service: TalkService, runner: ActionRunner, out: Path) -> None:
    room = await _room(service, EVENT_ROOM)
    people = [
        p for p in await service.participants.list(room.token) if p.attendee_id != room.attendee_id
    ]
    # Alice is already a moderator there: as in the window, she is listed and nothing is sent
    # for her; the others are promoted.
    already = [person for person in people if person.is_moderator]
    rest = [person for person in people if not person.is_moderator]
    dialog = BulkResultDialog(
        runner,
        [ops.promote(room, person) for person in rest],
        title=f"Promote: {len(rest)} participants",
        start_text="Promote",
        intro=f"Promote {len(rest)} participants of '{room.title}'?",
        noted=[(person.title, "already a moderator") for person in already],
    )
    dialog.show()
    finished: list[object] = []
    dialog.finished_all.connect(finished.append)
    dialog.start()
    await _wait(lambda: bool(finished))
    await _settle()
    _save(dialog, out, "bulk-result.png")
    dialog.close()
    dialog.deleteLater()


async def _kiosk(server: DemoServer, service: TalkService, out: Path) -> None:
    config = load_config(KIOSK_DEMO)
    config = dataclasses.replace(
        config,
        server_url=server.url,
        login=server.moderator.login,
        conversations=await demo_conversations(service),
    )
    window = KioskWindow(config, service, windowed=True)
    window.start()  # windowed: 1280x800
    try:
        await _wait(
            lambda: (
                all(card.view.loaded for card in window.cards.values())
                and all(v.people_loaded for v in window.feed.views.values() if v.is_moderator)
                and window.banner.property("state") == "live"
            )
        )
        await _settle()
        _save(window, out, "kiosk.png")
        window.resize(1920, 1080)  # a full-HD screen: four cards side by side
        await _wait(lambda: window.card_columns == 4)
        await _settle()
        _save(window, out, "kiosk-1920x1080.png")
    finally:
        await window.shutdown()
        window._may_close = True  # the PIN guard is not the point here
        window.close()
        window.deleteLater()


PICTURES = ("main-window", "lobby-dialog", "password-dialog", "bulk-result", "kiosk")


async def _shoot(out: Path, names: tuple[str, ...]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    server = DemoServer(seed=1)
    server.start()
    service = TalkService(server.url, server.moderator.login, server.moderator.app_password)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            runner = ActionRunner(service, AuditLog(Path(scratch) / "audit.jsonl"))
            if "main-window" in names:
                await _main_window(service, out)
            if "lobby-dialog" in names:
                await _lobby_dialog(service, runner, out)
            if "password-dialog" in names:
                await _password_dialog(service, runner, out)
            if "bulk-result" in names:
                await _bulk_result(service, runner, out)
            if "kiosk" in names:
                await _kiosk(server, service, out)
    finally:
        await service.aclose()
        server.stop()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    names = tuple(sys.argv[2:]) or PICTURES
    unknown = sorted(set(names) - set(PICTURES))
    if unknown:
        print(f"screenshots: unknown picture {', '.join(unknown)}; known: {', '.join(PICTURES)}")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    install_translations("en")  # as the app starts: English plural forms ("10 participants")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_shoot(out, names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
