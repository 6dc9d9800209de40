"""Data files shipped inside the package (the app icon), found through importlib.resources.

Why inside the package: a checkout, a wheel install and a PyInstaller bundle all keep package
data next to the code, so one lookup works everywhere. The icons here are generated from
``resources/icons/talk-moderator.svg`` by ``packaging/make_icons.py``; don't edit them by hand.
This module knows no Qt, so non-GUI code (and packaging scripts) can use it too.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

ICON_NAME = "org.talkmoderator.TalkModerator"
"""The freedesktop icon name, the same as the app id (the .desktop file's ``Icon=``)."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor PNG sizes that make_icons.py renders."""


def icon_theme_dir() -> Traversable:
    """The generated ``hicolor`` tree (``<size>x<size>/apps/<ICON_NAME>.png``, ``scalable/``)."""
    return files(__name__).joinpath("icons", "hicolor")


def icon_png(size: int) -> Traversable:
    """The PNG of the app icon at one of ICON_SIZES."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size}px icon; sizes are {ICON_SIZES}")
    return icon_theme_dir().joinpath(f"{size}x{size}", "apps", f"{ICON_NAME}.png")


def icon_svg() -> Traversable:
    """The scalable (SVG) app icon."""
    return icon_theme_dir().joinpath("scalable", "apps", f"{ICON_NAME}.svg")


TRANSLATIONS = "translations"
"""The folder of the compiled catalogues (``talk_moderator_<lang>.qm``): built from
``resources/translations/*.ts`` by ``scripts/translations.py build`` (setup and packaging run
it), never committed; without them the app is English."""


def translations_dir() -> Traversable:
    """Where the compiled ``.qm`` catalogues are (it may hold none: an unbuilt checkout)."""
    return files(__name__).joinpath(TRANSLATIONS)
