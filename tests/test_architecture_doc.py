"""docs/ARCHITECTURE.md stays true: every file it names exists, and every table and function
its "How to add an action" checklist names is still there, under that name.

A renamed table would otherwise leave the checklist pointing at nothing; this fails instead,
naming what moved.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"

NAMED = {
    "app.api.kinds": ["ActionKind"],
    "app.moderation.operations": ["DISPATCH", "_favorite"],
    "app.moderation.operation": ["Operation", "SECRET_PARAMS", "for_room", "for_person"],
    "app.moderation.rules": [
        "RULES",
        "evaluate",
        "server_refusal",
        "_NEEDS_GROUP_ROOM",
        "_NOT_IN_BREAKOUT",
    ],
    "app.moderation.runner": ["ActionRunner.run"],
    "app.live.controller": [
        "PollingController.apply_rooms",
        "PollingController.forget_rooms",
    ],
    "app.ui.actions": ["SPECS"],
    "app.ui.action_ids": ["CONVERSATION_ACTIONS", "PARTICIPANT_ACTIONS", "CALL_ACTIONS"],
    "app.ui.iconset": ["ACTION_ICONS"],
    "app.ui.moderation": [
        "install_moderation",
        "ModerationController.install",
        "ModerationController._people",
        "ModerationController._room_dialog",
    ],
    "app.ui.answers": ["CHANGES_PEOPLE", "NOTHING_TO_SHOW", "REMOVES_ROOM"],
    "app.ui.dialogs.base": ["AsyncActionDialog"],
    "app.ui.dialogs.confirm": ["ConfirmActionDialog"],
    "app.ui.live_models": ["bind_models"],
    "app.ui.bootstrap": ["build_console"],
    "app.cli.context": ["Context.refuse_early", "Context.run"],
    "app.kiosk.actions": ["KioskAction"],
    "app.modes": ["decide"],
}
"""What the page names, by module; each name must appear in the page and exist in the code."""

PATH = re.compile(r"`((?:app|tests|docs)/[^`\s]*|pyproject\.toml)`")


def test_every_file_the_page_names_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = []
    for path in sorted(set(PATH.findall(text))):
        # "app/cli/commands/<area>.py", "app/ui/icons/<value>.svg": the folder must exist.
        target = ROOT / (path.split("<", 1)[0] if "<" in path else path)
        if not (target.exists() or ("<" in path and target.parent.is_dir())):
            missing.append(path)
    assert not missing, f"docs/ARCHITECTURE.md names files that do not exist: {missing}"


@pytest.mark.parametrize("module", sorted(NAMED))
def test_every_name_the_checklist_uses_exists(module: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    loaded = importlib.import_module(module)
    for dotted in NAMED[module]:
        assert dotted.rsplit(".", 1)[-1] in text, f"{dotted} is listed here but not in the page"
        target: object = loaded
        for part in dotted.split("."):
            assert hasattr(target, part), f"{module}.{dotted} is gone: update docs/ARCHITECTURE.md"
            target = getattr(target, part)
