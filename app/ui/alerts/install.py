"""Attach the live alerts to one main window: panels, tray icon, notifications, "Let in".

The window's ``AlertCenter`` (its parts) decides what is an alert; this module only presents
it. The notification settings are read at each alert (``options``), so a change in Settings
applies to the next alert without a restart.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.live.alert_center import AlertCenter
from app.live.alert_policy import notifies, sounds
from app.live.alerts import Alert, Waiting
from app.moderation import ActionRunner
from app.moderation import operations as ops
from app.moderation.bulk import BulkRunner, ItemStatus
from app.qtapp.translations import shown
from app.resources import ICON_SIZES, icon_png
from app.settings import NotificationOptions

from ..main_window import MainWindow
from .notifier import AlertNotifier
from .panels import AlertsPanel, WaitingPanel
from .tray import AlertTray

log = logging.getLogger(__name__)


@dataclass
class AlertsUi:
    """What ``install_alerts`` attached (tests and the session reach it here)."""

    center: AlertCenter
    alerts_panel: AlertsPanel
    waiting_panel: WaitingPanel
    tray: AlertTray | None
    notifier: AlertNotifier
    tasks: set[asyncio.Task[None]]


def install_alerts(
    window: MainWindow,
    runner: ActionRunner,
    options: Callable[[], NotificationOptions],
    *,
    mute: Callable[[str], None] | None = None,
    tray: AlertTray | None = None,
    use_desktop: bool | None = None,
    clock: Callable[[], datetime] = datetime.now,
) -> AlertsUi:
    """Panels as docks (View menu), the tray icon where there is a tray, notifications.

    Args:
        options: the notification settings now (read at each alert).
        mute: saves a conversation as muted (the Alerts panel's button); None hides it.
        tray: the tray icon (default: one, where the desktop has a tray).
    """
    center = window.alert_center
    waiting_panel = WaitingPanel(window)
    alerts_panel = AlertsPanel(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, waiting_panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, alerts_panel)
    window.tabifyDockWidget(waiting_panel, alerts_panel)
    waiting_panel.raise_()
    view_menu = window.findChild(QMenu, "viewMenu")
    if view_menu is not None:
        view_menu.addSeparator()
        for panel, name in (
            (waiting_panel, "actionShowWaiting"),
            (alerts_panel, "actionShowAlerts"),
        ):
            toggle = panel.toggleViewAction()
            toggle.setObjectName(name)
            tip = QCoreApplication.translate("AlertsUi", "Show or hide the {panel} panel")
            toggle.setToolTip(tip.format(panel=panel.windowTitle()))
            view_menu.addAction(toggle)
    if tray is None and QSystemTrayIcon.isSystemTrayAvailable():
        tray = AlertTray(window)
        tray.show()
    png = icon_png(max(ICON_SIZES))
    icon = Path(str(png)) if isinstance(png, Path) else None  # a file the service can open
    notifier = AlertNotifier(tray, icon, use_desktop=use_desktop, parent=window)
    ui = AlertsUi(center, alerts_panel, waiting_panel, tray, notifier, set())

    def on_alert(alert: Alert) -> None:
        alerts_panel.add(alert)
        now, current = clock(), options()
        if notifies(alert, current, now):
            notifier.notify(alert, sound=sounds(alert, current, now))

    def on_waiting(waiting: list[Waiting]) -> None:
        waiting_panel.set_waiting(waiting)
        if tray is not None:
            tray.set_waiting(len(waiting))

    def go(token: str, attendee_id: int) -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if attendee_id:
            window.select_person(token, attendee_id)
        else:
            window.select_room(token)

    def let_in(people: list[Waiting]) -> None:
        task = asyncio.ensure_future(_let_in(window, runner, center, waiting_panel, people))
        ui.tasks.add(task)
        task.add_done_callback(ui.tasks.discard)

    def show_waiting() -> None:
        window.showNormal()
        window.raise_()
        waiting_panel.show()
        waiting_panel.raise_()

    center.alert_raised.connect(on_alert)
    center.waiting_changed.connect(on_waiting)
    center.watch.mode_changed.connect(alerts_panel.set_mode)
    if center.signaling is not None:
        center.signaling.mode_changed.connect(alerts_panel.set_signaling)
    alerts_panel.activated.connect(go)
    waiting_panel.activated.connect(go)
    notifier.clicked.connect(go)
    waiting_panel.let_in.connect(let_in)

    def on_current_room() -> None:
        room = window.current_room()
        if room is None:
            alerts_panel.show_room(None, False)
        else:
            alerts_panel.show_room(room.is_moderator, room.token in center.pinned)

    def pin(on: bool) -> None:
        room = window.current_room()
        if room is not None:
            center.pin(room.token, on)

    alerts_panel.pin_toggled.connect(pin)
    window.conversation_view.selectionModel().currentChanged.connect(lambda *_: on_current_room())
    on_current_room()
    if mute is not None:
        alerts_panel.mute_requested.connect(mute)
    else:
        alerts_panel.mute_button.hide()
    if tray is not None:
        tray.show_requested.connect(show_waiting)
    return ui


async def _let_in(
    window: MainWindow,
    runner: ActionRunner,
    center: AlertCenter,
    panel: WaitingPanel,
    people: Sequence[Waiting],
) -> None:
    """Admit ``people`` past their lobbies, as one bulk run through the moderation core."""
    chosen = [
        (center.detector.rooms[w.token], w)
        for w in people
        if w.person is not None and w.token in center.detector.rooms
    ]
    operations = [ops.lobby_bypass(room, w.person, True) for room, w in chosen if w.person]
    if not operations:
        return
    panel.show_problem("")
    outcome = await BulkRunner(runner, operations).run()
    accepted = []
    failed = []
    for (_room, waiting), result in zip(chosen, outcome.results, strict=True):
        if result.status is ItemStatus.SUCCEEDED and result.outcome is not None:
            center.admitted(waiting.token, [waiting.attendee_id])
            accepted.append(result.outcome)
        elif result.status is ItemStatus.FAILED:
            words = shown(result.reason) if result.reason is not None else result.error
            failed.append(f"{waiting.name}: {words}")
    window.answers.apply_many(accepted)
    if failed:
        problem = QCoreApplication.translate("AlertsUi", "Not let in: {failures}")
        panel.show_problem(problem.format(failures="; ".join(failed)))
