"""The shipped icon, .desktop entry and AppStream metainfo agree with the app and stay valid.

Why: these files are read by desktops and software centres, not by our code, so nothing else
would notice a stale icon, a renamed app id or a release missing from the metainfo.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from app import APP_ID, APP_NAME, __version__
from app.resources import ICON_NAME, ICON_SIZES, icon_png, icon_svg

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"


def _make_icons() -> ModuleType:
    """packaging/make_icons.py as a module (``packaging`` is not a package: PyPI owns the name)."""
    path = ROOT / "packaging" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_icons_match_the_svg_master(qapp: object) -> None:
    assert _make_icons().check() == []


def test_icons_are_package_data() -> None:
    assert ICON_NAME == APP_ID
    assert icon_svg().is_file()
    for size in ICON_SIZES:
        assert icon_png(size).is_file(), size


def test_app_icon_has_every_size(qapp: object) -> None:
    from app.ui.app_icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(n, n) for n in ICON_SIZES} <= sizes


def test_desktop_entry_names_the_app_and_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == ICON_NAME
    assert entry["Exec"].split()[0] == "talk-moderator"


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "AGPL-3.0-or-later"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "talk-moderator"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases and releases[0] == __version__, "add a <release> for the new version"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
