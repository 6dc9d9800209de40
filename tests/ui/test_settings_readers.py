"""Every saved setting is read by the app, or waits, unshown, for the issue that uses it.

A field of ``Settings`` that only the settings dialog and the store touch would be a control
that does nothing. The check reads the app's source: some code outside ``app/settings.py`` and
the settings dialog must read ``<...>settings.<field>``.
"""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from app.settings import Settings

APP = Path(__file__).resolve().parents[2] / "app"
STORE = APP / "settings.py"
DIALOG = APP / "ui" / "dialogs" / "settings_dialog.py"

STORE_BOOKKEEPING = {
    "version": "the file format's version, which only the store reads (to upgrade old files)",
    "extra": "keys a newer version wrote, which the store keeps so saving does not drop them",
}
NOT_YET: dict[str, str] = {}
"""Kept in the saved file, not shown in the dialog until the feature that reads them lands."""


def _settings_reads(path: Path) -> set[str]:
    """Names of attributes read off something called ``settings`` in ``path``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            owner = ast.unparse(node.value)
            if owner == "settings" or owner.endswith(".settings"):
                names.add(node.attr)
    return names


def _readers() -> dict[str, list[str]]:
    readers: dict[str, list[str]] = {}
    for path in sorted(APP.rglob("*.py")):
        if path in (STORE, DIALOG):
            continue
        for name in _settings_reads(path):
            readers.setdefault(name, []).append(str(path.relative_to(APP)))
    return readers


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_saved_setting_has_a_reader(name: str) -> None:
    readers = _readers()
    if name in STORE_BOOKKEEPING:
        return
    if name in NOT_YET:
        assert name not in readers, (
            f"{name} is read now ({readers.get(name)}): show it in the settings dialog again "
            "and take it out of NOT_YET"
        )
        return
    assert readers.get(name), f"nothing outside the settings dialog and store reads {name}"


def test_settings_waiting_for_their_feature_are_not_shown() -> None:
    """The dialog neither shows nor edits them; saving keeps what the file holds."""
    tree = ast.parse(DIALOG.read_text(encoding="utf-8"))
    touched = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    touched |= {k.arg for n in ast.walk(tree) if isinstance(n, ast.Call) for k in n.keywords}
    assert not touched & set(NOT_YET)


def test_the_check_finds_readers() -> None:
    """The reader search itself works: the poll interval is read by the account session."""
    assert "ui/session.py" in _readers()["poll_interval"]
    assert "confirm_actions" in _readers()


def test_every_notification_option_decides_something() -> None:
    """Each option of the Notifications box is read where alerts are decided."""
    from app.live import alert_policy
    from app.settings import NotificationOptions

    source = Path(alert_policy.__file__).read_text(encoding="utf-8")
    read = {
        node.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "options"
    }
    read |= set(alert_policy._KIND_SWITCH.values())
    assert {f.name for f in fields(NotificationOptions)} <= read
