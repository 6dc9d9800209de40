"""``app.api`` passes ``mypy --strict``: the layer everything else stands on is fully typed.

pyproject.toml's ``[tool.mypy]`` override for ``app.api.*`` sets the same flags, so a plain
``mypy`` run holds the API to them too; this test checks the real ``--strict`` in the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MYPY = Path(sys.executable).with_name("mypy")


def test_app_api_passes_mypy_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(MYPY), "--strict", "--cache-dir", str(tmp_path / "mypy"), "-p", "app.api"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "Success: no issues found" in done.stdout
