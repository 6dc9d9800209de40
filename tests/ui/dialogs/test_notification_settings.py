"""The Notifications part of Settings: what it shows is what is saved, and what is saved is
what the alert policy decides with."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from app.live.alert_policy import notifies
from app.live.alerts import Alert, AlertKind
from app.settings import NotificationOptions, SettingsStore
from app.ui.dialogs.settings_dialog import SettingsDialog


async def test_notification_options_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(notifications=NotificationOptions(muted_rooms=("abc123", "zzz999")))
    dialog = SettingsDialog(store, room_titles={"abc123": "Town hall"})
    qtbot.addWidget(dialog)
    box = dialog.notification_box
    assert box.muted_list.item(0).text() == "Town hall"  # named, not a token
    assert box.muted_list.item(1).text() == "zzz999"  # a room not listed (any more)
    box.switches["call_started"].setChecked(False)
    box.sound_check.setChecked(True)
    box.quiet_check.setChecked(True)
    box.quiet_from.setTime(QTime(21, 30))
    box.quiet_until.setTime(QTime(6, 0))
    box.muted_list.item(0).setSelected(True)
    box.unmute_button.click()
    dialog.accept()
    await dialog.wait_idle()

    saved = SettingsStore(tmp_path / "settings.json").settings.notifications
    assert (saved.call_started, saved.sound, saved.lobby_waiting) == (False, True, True)
    assert (saved.quiet_from, saved.quiet_until, saved.muted_rooms) == (
        "21:30",
        "06:00",
        ("zzz999",),
    )
    waiting = Alert(AlertKind.LOBBY, "abc123", "Town hall", "Ann is waiting", 0.0)
    assert notifies(waiting, saved, datetime(2026, 12, 3, 12, 0))  # unmuted, daytime
    assert not notifies(waiting, saved, datetime(2026, 12, 3, 22, 0))  # quiet hours
    call = Alert(AlertKind.CALL, "abc123", "Town hall", "A call started", 0.0)
    assert not notifies(call, saved, datetime(2026, 12, 3, 12, 0))


async def test_turning_notifications_off_greys_the_rest(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(SettingsStore(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    box = dialog.notification_box
    box.enabled_check.setChecked(False)
    assert not box.sound_check.isEnabled() and not box.switches["lobby_waiting"].isEnabled()
    await dialog.wait_idle()
