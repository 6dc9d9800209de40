"""The Qt desktop console: main window, polling controller, diff-updating item models.

Entry point: ``app.ui.bootstrap.main``. Reusable pieces for other front-ends (the kiosk):
``app.ui.polling.PollingController`` and ``app.ui.models`` (see their module docstrings).
"""
