"""The Qt desktop console: main window, diff-updating item models, dialogs.

Entry point: ``app.ui.bootstrap.run_gui`` (``app/__main__.py`` picks the mode). The polling
controller the window shares with the kiosk is in ``app.live``.
"""
