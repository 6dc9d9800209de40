"""The quicker import check answers what PySide6's own check answers, for every module."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from app.qtapp import pyside_imports
from app.qtapp.pyside_imports import quicken_import_check, source_mentions_pyside


def pyside_check() -> object:
    return getattr(sys.modules[pyside_imports.FEATURE_MODULE], pyside_imports.CHECK_NAME)


def loaded_modules() -> list[ModuleType]:
    """The app's modules and a spread of others (stdlib, httpx, PySide6's own, extensions)."""
    return [
        module
        for name, module in sorted(sys.modules.items())
        if isinstance(module, ModuleType)
        and (name.startswith(("app.", "httpx", "asyncio", "json", "PySide6", "shiboken6")))
    ]


def test_the_quick_check_answers_as_pysides_own_for_every_module() -> None:
    import app.ui.main_window  # noqa: F401 (modules that use PySide6, and many that do not)

    check = pyside_check()
    original = getattr(check, "pysides_own", check)  # PySide6's, also where a start installed ours
    assert callable(original)
    modules = loaded_modules()
    answers = {m.__name__: (source_mentions_pyside(m, original), original(m)) for m in modules}
    assert len(answers) > 200
    assert {quick == slow for quick, slow in answers.values()} == {True}
    assert answers["app.ui.main_window"] == (True, True)
    assert answers["app.api.service"] == (False, False)


def test_after_installing_a_new_module_is_recorded_as_pyside_records_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules[pyside_imports.FEATURE_MODULE]
    check = pyside_check()
    monkeypatch.setattr(feature, pyside_imports.CHECK_NAME, getattr(check, "pysides_own", check))
    assert quicken_import_check() is True
    assert quicken_import_check() is False  # once
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "no_qt_here.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("uses_qt_here")  # through PySide6's import hook (import_module is not)
    __import__("no_qt_here")
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # "no feature selected"
    assert feature.pyside_feature_dict["no_qt_here"] == -1  # "ignore this module"
    for name in ("uses_qt_here", "no_qt_here"):
        sys.modules.pop(name)
        feature.pyside_feature_dict.pop(name)


def test_a_module_without_a_source_file_is_asked_of_pysides_own_check() -> None:
    asked: list[str] = []

    def own(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    assert source_mentions_pyside(sys, own) is True  # built in: no file
    assert asked == ["sys"]
