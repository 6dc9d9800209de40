"""The whole tree is ``ruff check`` clean and ``ruff format`` formatted.

Checked in the test run rather than left to an editor, so a change that slips past one
person's set-up fails in ``.ci/run`` with the file and line named.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUFF = Path(sys.executable).with_name("ruff")


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUFF), *args], cwd=ROOT, capture_output=True, text=True, timeout=110, check=False
    )


def test_ruff_check_is_clean() -> None:
    done = _ruff("check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


def test_ruff_format_leaves_every_file_as_it_is() -> None:
    done = _ruff("format", "--check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
