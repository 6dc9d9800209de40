"""A quicker answer to the question PySide6 asks of every module imported after it.

For its opt-in ``from __feature__ import snake_case`` PySide6 replaces ``__import__`` and, after
each import, asks whether the new module's source mentions "PySide6" (its
``shibokensupport.feature._mod_uses_pyside``). It asks through ``inspect.getsource``, which
reads, splits and caches every file line by line: for the window's ~500 modules that was about
40 ms of a 0.5 s start (measured with ``python -m bench.ui_bench``) and their sources kept in
memory. Reading the file's bytes once gives the same answer; where the file cannot be read
(a module from a zip archive, a module without source) PySide6's own check still answers.
The app never selects a feature, so the answer only has to stay what PySide6 would give.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"


def source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file contains "PySide6" (``fallback`` where it is no file)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return fallback(module)


def quicken_import_check() -> bool:
    """Import PySide6 (which installs its import hook) and answer its check from the bytes;
    False where this PySide6 has no such check (then it is left as it is) or it is done."""
    import PySide6  # noqa: F401 (its import installs the hook)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK_NAME, None)
    if feature is None or not callable(original) or hasattr(original, "pysides_own"):
        return False

    def quick(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    quick.pysides_own = original  # type: ignore[attr-defined]
    setattr(feature, CHECK_NAME, quick)
    return True
