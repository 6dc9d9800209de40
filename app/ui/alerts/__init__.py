"""The window's side of the live alerts: notifications, the tray icon, the Alerts and Waiting
panels. ``install_alerts`` attaches them to a window; ``app.live.alert_center`` decides."""

from .install import AlertsUi, install_alerts

__all__ = ["AlertsUi", "install_alerts"]
