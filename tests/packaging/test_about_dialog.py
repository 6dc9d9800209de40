"""The About dialog tells the version, licence, server compatibility and runtime versions."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app import __version__
from app.api import TalkService
from app.ui.bootstrap import build_window
from app.ui.dialogs.about import AboutDialog
from tests.helpers.waiting import wait_until


def _label(dialog: AboutDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_about_dialog_shows_what_a_bug_report_needs(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.objectName() == "aboutDialog"
    assert __version__ in _label(dialog, "aboutVersionLabel")
    assert "AGPL-3.0-or-later" in _label(dialog, "aboutLicenceLabel")
    compat = _label(dialog, "aboutCompatibilityLabel")
    for fact in ("API v4", "Talk 18", "Nextcloud 27", "Talk 21.1.7", "Nextcloud 32"):
        assert fact in compat
    runtime = _label(dialog, "aboutRuntimeLabel")
    assert f"Qt {qVersion()}" in runtime and f"PySide6 {PySide6.__version__}" in runtime
    icon = dialog.findChild(QLabel, "aboutIconLabel")
    assert icon is not None and not icon.pixmap().isNull()


def test_copy_details_puts_versions_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    button = dialog.findChild(QPushButton, "aboutCopyButton")
    assert button is not None
    button.click()
    text = QGuiApplication.clipboard().text()
    assert f"Talk Moderator {__version__}" in text
    assert "AGPL-3.0-or-later" in text and f"Qt {qVersion()}" in text


async def test_help_about_opens_the_about_dialog(
    qtbot: QtBot, service: TalkService, config_dir: Path
) -> None:
    window = build_window(service, "moderator@demo")
    qtbot.addWidget(window)
    window.show()
    try:
        action = window.findChild(QAction, "actionAbout")
        assert action is not None
        action.trigger()
        await wait_until(
            lambda: (
                (d := window.findChild(AboutDialog, "aboutDialog")) is not None and d.isVisible()
            )
        )
        dialog = window.findChild(AboutDialog, "aboutDialog")
        assert dialog is not None and dialog.parent() is window
        dialog.reject()
    finally:
        await window.shutdown()
        window.close()
