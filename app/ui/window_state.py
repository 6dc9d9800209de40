"""Remember the main window's geometry, splitter and column layout between runs.

Stored with QSettings in INI format in ``window.ini`` of the config directory:
``$TALK_MODERATOR_CONFIG_DIR`` when set, else platformdirs' ``user_config_dir("talk-moderator")``
(which honours ``XDG_CONFIG_HOME``), the same rule as ``app/settings.py``, so tests that point
those variables at a temporary directory never touch the user's files. Layout only: no secrets.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from ..private_files import open_private, tighten

ENV_CONFIG_DIR = "TALK_MODERATOR_CONFIG_DIR"
FILE_NAME = "window.ini"
VERSION = 1
"""Bump when the layout changes incompatibly; older saved state is then ignored."""
HEADER_VERSION = 4
"""Bump when the columns change meaning or sizing rules; older column layouts are then ignored
(geometry and splitter are still restored). 2: icon-only columns, the name column stretches.
3: widths from the style, the participant count and the status message hidden. 4: the raised
hands' column."""


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir("talk-moderator", appauthor=False))


def window_path() -> Path:
    return config_dir() / FILE_NAME


def window_settings() -> QSettings:
    """The QSettings file of window layout: 0600 in a 0700 folder.

    The file is made (empty) before Qt writes it: Qt's atomic save keeps the permissions of the
    file it replaces, and a new one would get the umask's 0644.
    """
    path = window_path()
    if path.exists():
        tighten(path)
    else:
        open_private(path, "a").close()
    return QSettings(str(path), QSettings.Format.IniFormat)


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def save(window: QMainWindow, splitter: QSplitter, headers: Mapping[str, QHeaderView]) -> None:
    settings = window_settings()
    settings.beginGroup("mainWindow")
    settings.setValue("version", VERSION)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState(VERSION))
    settings.setValue("splitter", splitter.saveState())
    settings.setValue("headerVersion", HEADER_VERSION)
    for name, header in headers.items():
        settings.setValue(f"header/{name}", header.saveState())
    settings.endGroup()
    settings.sync()
    tighten(window_path())


def restore(window: QMainWindow, splitter: QSplitter, headers: Mapping[str, QHeaderView]) -> bool:
    """Apply the saved layout; returns False when nothing (usable) was saved."""
    settings = window_settings()
    settings.beginGroup("mainWindow")
    try:
        if str(settings.value("version", "")) != str(VERSION):
            return False
        geometry = _bytes(settings, "geometry")
        if geometry is not None:
            window.restoreGeometry(geometry)
        state = _bytes(settings, "state")
        if state is not None:
            window.restoreState(state, VERSION)
        split = _bytes(settings, "splitter")
        if split is not None:
            splitter.restoreState(split)
        if str(settings.value("headerVersion", "")) != str(HEADER_VERSION):
            return True  # columns saved under older rules: keep the new defaults
        for name, header in headers.items():
            saved = _bytes(settings, f"header/{name}")
            if saved is not None:
                header.restoreState(saved)
        return True
    finally:
        settings.endGroup()
