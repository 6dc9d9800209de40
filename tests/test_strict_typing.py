"""The strict set passes ``mypy --strict``: the layers everything else stands on are fully typed.

The set is pyproject.toml's ``[[tool.mypy.overrides]]`` entry that turns on every per-module
flag of ``--strict`` (``app.api``, ``app.moderation``, ``app.live``, ``app.cli``,
``app.settings``, ``app.secrets``), so a plain ``mypy`` holds them to it as well; this test
reads that list, checks that the entry really sets all of ``--strict``'s flags and runs the
real ``--strict`` over it, once. Modules outside the set that the strict ones import are
analysed but not reported (``--follow-imports=silent``): they are held to the plain rules.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MYPY = Path(sys.executable).with_name("mypy")

STRICT_PER_MODULE = {
    "disallow_untyped_defs": True,
    "disallow_incomplete_defs": True,
    "disallow_any_generics": True,
    "disallow_subclassing_any": True,
    "disallow_untyped_calls": True,
    "disallow_untyped_decorators": True,
    "warn_return_any": True,
    "implicit_reexport": False,
    "strict_equality": True,
    "extra_checks": True,
}
"""What ``--strict`` turns on (``mypy --help`` lists it) besides ``check_untyped_defs``,
``warn_redundant_casts`` and ``warn_unused_ignores``, which ``[tool.mypy]`` sets for all."""

REQUIRED = {
    "app.api.*",
    "app.moderation.*",
    "app.live.*",
    "app.cli.*",
    "app.settings",
    "app.secrets",
}
"""The packages issue 12 puts under ``--strict``; more may join, none may leave."""


def strict_modules() -> list[str]:
    """The module patterns of the override carrying every strict flag (exactly one)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    strict = [
        override
        for override in config["tool"]["mypy"]["overrides"]
        if all(override.get(flag) == value for flag, value in STRICT_PER_MODULE.items())
    ]
    assert len(strict) == 1, "exactly one [[tool.mypy.overrides]] entry sets all of --strict"
    modules = strict[0]["module"]
    return [modules] if isinstance(modules, str) else list(modules)


def mypy_targets(patterns: list[str]) -> list[str]:
    """``app.api.*`` is the package (and everything under it), ``app.settings`` one module."""
    targets: list[str] = []
    for pattern in patterns:
        if pattern.endswith(".*"):
            targets += ["-p", pattern.removesuffix(".*")]
        else:
            targets += ["-m", pattern]
    return targets


def test_the_strict_override_covers_the_strict_set() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["mypy"].get("check_untyped_defs") is True
    assert config["tool"]["mypy"].get("warn_redundant_casts") is True
    assert config["tool"]["mypy"].get("warn_unused_ignores") is True
    assert set(strict_modules()) >= REQUIRED


def test_the_strict_set_passes_mypy_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "mypy"),
            *mypy_targets(strict_modules()),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "Success: no issues found" in done.stdout
