"""The import layers in pyproject.toml's ``[tool.importlinter]`` hold (a wrong arrow fails).

The service, the moderation core, the CLI and the demo server must run without Qt (headless
servers, CI jobs); front-ends sit above the moderation core, which sits above the service.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout
