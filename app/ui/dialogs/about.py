"""The About dialog: what this build is, under which licence, and which servers it works with.

Why it lists versions: a moderator reporting a problem can copy one block of text that says
exactly which app, Qt and Python build they run, and which Talk servers it is meant for.
"""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.ui.app_icon import app_icon

LICENCE = "AGPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/agpl-3.0.html"
TALK_API = "Nextcloud Talk API v4"
MIN_TALK = "18"
MIN_NEXTCLOUD = "27"
TESTED_TALK = "21.1.7"
TESTED_NEXTCLOUD = "32"
"""Server compatibility as stated to users; keep in step with README.md and the metainfo."""


def runtime_versions() -> str:
    """Qt (as loaded at run time), PySide6 and Python versions, on one line."""
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}"


def compatibility_text() -> str:
    """The servers this build works with, in the user's language (also in "Copy details")."""
    return QCoreApplication.translate(
        "AboutDialog",
        "Works with {api}: Talk {talk} or newer on Nextcloud {nextcloud} or newer. "
        "Tested with Talk {tested_talk} on Nextcloud {tested_nextcloud}.",
    ).format(
        api=TALK_API,
        talk=MIN_TALK,
        nextcloud=MIN_NEXTCLOUD,
        tested_talk=TESTED_TALK,
        tested_nextcloud=TESTED_NEXTCLOUD,
    )


def about_text() -> str:
    """Plain-text summary, the one "Copy details" puts on the clipboard for bug reports."""
    return "\n".join(
        [
            f"{APP_NAME} {__version__}",
            f"Licence: {LICENCE}",
            compatibility_text(),
            runtime_versions(),
            f"Platform: {platform.platform()} ({QGuiApplication.platformName()})",
        ]
    )


class AboutDialog(QDialog):
    """Modal About box; every label has an objectName so tests (and users' scripts) find it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))

        icon = QLabel(self)
        icon.setObjectName("aboutIconLabel")
        icon.setPixmap(app_icon().pixmap(64, 64))

        title = QLabel(f"<b style='font-size:16pt'>{APP_NAME}</b>", self)
        title.setObjectName("aboutTitleLabel")
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setObjectName("aboutVersionLabel")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(version)
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addLayout(heading_text, 1)

        summary = QLabel(self.tr("A desktop moderation console for Nextcloud Talk."), self)
        summary.setObjectName("aboutSummaryLabel")

        licence = QLabel(
            self.tr(
                "Licence: <a href='{url}'>{licence}</a> (GNU Affero General Public "
                "License, version 3 or later). This program comes with no warranty."
            ).format(url=LICENCE_URL, licence=LICENCE),
            self,
        )
        licence.setObjectName("aboutLicenceLabel")
        licence.setWordWrap(True)
        licence.setOpenExternalLinks(True)

        compatibility = QLabel(compatibility_text(), self)
        compatibility.setObjectName("aboutCompatibilityLabel")
        compatibility.setWordWrap(True)

        runtime = QLabel(runtime_versions(), self)
        runtime.setObjectName("aboutRuntimeLabel")
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        copy = QPushButton(self.tr("Copy Details"), self)
        copy.setObjectName("aboutCopyButton")
        copy.setToolTip(self.tr("Copy version and platform details, for a bug report"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(summary)
        layout.addWidget(licence)
        layout.addWidget(compatibility)
        layout.addWidget(runtime)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def copy_details(self) -> None:
        """Put about_text() on the clipboard."""
        QGuiApplication.clipboard().setText(about_text())
