"""The chosen language, applied once at start, before any window is built.

Why here: the window and the kiosk both start through ``app.qtapp`` and both translate; the
language is a setting of the window (``Settings.language``) and a key of ``kiosk.toml``. One
``QTranslator`` loads our catalogue (``talk_moderator_<lang>.qm``, package data built from
``resources/translations/``), a second one Qt's own ``qtbase_<lang>.qm`` (the standard
buttons, the colour and file dialogs, the context menus of line edits) from PySide6's
translations folder. Nothing is compiled at run time; a missing catalogue (a checkout where
the build step did not run) leaves the app English and logs one line.

``translated(context, text)`` translates a text that Qt-free code marked with
``app.i18n.QT_TRANSLATE_NOOP``; a table of such texts is translated where it is shown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import CATALOGUE, LANGUAGE_CODES, SOURCE_LANGUAGE, Text, error_words, render
from app.resources import translations_dir

if TYPE_CHECKING:  # the rules load with the window, after its first listing was sent
    from app.moderation.rules import Verdict

log = logging.getLogger(__name__)

LOCALES = {"en": "en_US", "de": "de_DE"}
"""The locale of an explicitly chosen language (its dates, numbers, month names)."""
QT_CATALOGUE = "qtbase"
"""Qt's own catalogue of the widgets module's texts (OK, Cancel, Save, ...)."""


def catalogue_path(language: str, directory: Traversable | None = None) -> Path | None:
    """The built ``.qm`` of ``language`` inside the package (or ``directory``), or None when
    it was not built."""
    resource = (directory or translations_dir()).joinpath(f"{CATALOGUE}_{language}.qm")
    return Path(str(resource)) if resource.is_file() else None


def available_languages() -> tuple[str, ...]:
    """The source language and every language whose catalogue was built."""
    built = tuple(code for code in LANGUAGE_CODES[1:] if catalogue_path(code) is not None)
    return built if SOURCE_LANGUAGE in built else (SOURCE_LANGUAGE, *built)


def resolve_language(
    setting: str, locale: QLocale | None = None, directory: Traversable | None = None
) -> str:
    """The language code a setting means: ``system`` is the first of the desktop's UI
    languages that is English or has a built catalogue; an unknown code is English."""
    if setting != "system":
        return setting if setting in LANGUAGE_CODES else SOURCE_LANGUAGE
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == SOURCE_LANGUAGE or catalogue_path(code, directory) is not None:
            return code
    return SOURCE_LANGUAGE


def qt_catalogue_path(language: str) -> Path | None:
    """Qt's own ``qtbase_<language>.qm``: where QLibraryInfo says, else beside the PySide6
    package (a bundle whose Qt prefix points elsewhere); None when neither has it."""
    import PySide6

    name = f"{QT_CATALOGUE}_{language}.qm"
    for folder in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ):
        if (folder / name).is_file():
            return folder / name
    return None


@dataclass
class Installed:
    """What ``install_translations`` put on the application (so a test can take it off)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    @property
    def ours(self) -> bool:
        """Our catalogue was found and loaded."""
        return any(t.objectName() == CATALOGUE for t in self.translators)


class EnglishPlurals(QTranslator):
    """English plural forms of the numerus texts: ``%n action(s)`` is "1 action", "31 actions".

    Why a translator: the source texts carry both forms (``self.tr("%n action(s)", "", n)``)
    and Qt's English is the source itself, which would show "31 action(s)". Installed first,
    it answers only numerus texts with "(s)" that no catalogue translated (any language falls
    back to it); every other text it leaves to the next translator or the source.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # a null string: not translated here
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


_english_plurals: EnglishPlurals | None = None


def install_english_plurals() -> None:
    """Install ``EnglishPlurals`` once on the running QCoreApplication (every start does;
    the tests too, like the app)."""
    global _english_plurals
    if _english_plurals is None:
        _english_plurals = EnglishPlurals(QCoreApplication.instance())
        _english_plurals.setObjectName("englishPlurals")
        QCoreApplication.installTranslator(_english_plurals)


_installed: Installed | None = None


def install_translations(setting: str, directory: Traversable | None = None) -> Installed:
    """Load the language ``setting`` asks for onto the running QCoreApplication.

    Replaces what an earlier call installed. English (the source language) installs only
    ``EnglishPlurals``, as every language does (below the catalogues).

    Args:
        setting: ``system``, ``en`` or ``de`` (``Settings.language``, ``kiosk.language``).
        directory: where the ``.qm`` files are; the package's ``app/resources/translations``.
    """
    remove_translations()
    install_english_plurals()
    language = resolve_language(setting, directory=directory)
    installed = Installed(language)
    if setting != "system":  # dates, month names and numbers as the chosen language writes them
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    if language != SOURCE_LANGUAGE:
        path = catalogue_path(language, directory)
        if path is None:
            log.warning("no %s catalogue built (scripts/translations.py build): English", language)
            installed.language = SOURCE_LANGUAGE
        else:
            _load(installed, CATALOGUE, str(path))
            qt_path = qt_catalogue_path(language)
            if qt_path is not None:
                _load(installed, QT_CATALOGUE, str(qt_path))
    global _installed
    _installed = installed
    return installed


def _load(installed: Installed, name: str, path: str) -> None:
    translator = QTranslator(QCoreApplication.instance())
    translator.setObjectName(name)
    if translator.load(path) and QCoreApplication.installTranslator(translator):
        installed.translators.append(translator)
    else:
        log.warning("could not load the catalogue %s", path)
        translator.deleteLater()


def remove_translations() -> None:
    """Take off what ``install_translations`` installed: the app is English again."""
    global _installed
    if _installed is None:
        return
    QLocale.setDefault(QLocale.system())
    for translator in _installed.translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed = None


def current_language() -> str:
    """The language installed now (``en`` before any call)."""
    return _installed.language if _installed is not None else SOURCE_LANGUAGE


def translated(context: str, text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, text)``) in the current language."""
    return QCoreApplication.translate(context, text)


def shown(value: Text | str, context: str = "") -> str:
    """A ``Text`` (template translated, then its values, then formatted) or a marked plain
    text of ``context`` in the current language."""
    return render(value, QCoreApplication.translate, context)


def verdict_reason(verdict: Verdict) -> str:
    """Why a rule refused an action (``app.moderation.rules``), in the current language."""
    from app.moderation.rules import RULES_CONTEXT

    if verdict.reason_text is not None:
        return shown(verdict.reason_text)
    return shown(verdict.reason, RULES_CONTEXT)


def verdict_label(verdict: Verdict, default: str = "") -> str:
    """The action text a rule chose (``default``, translated already, when it chose none)."""
    from app.moderation.rules import RULES_CONTEXT

    if verdict.label_text is not None:
        return shown(verdict.label_text)
    return shown(verdict.label, RULES_CONTEXT) if verdict.label else default


def error_text(error: BaseException) -> str:
    """What went wrong, in the current language: a refusal ``explain`` worded
    (``TalkError.text``) translated, any other error as it says itself."""
    return error_words(error, QCoreApplication.translate)
