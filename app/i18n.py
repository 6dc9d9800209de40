"""The Qt-free marker for texts the window shows that are defined in Qt-free code.

Why a marker and not a translation: the moderation core, the service's error sentences and the
settings are shared with the scripting CLI, whose output stays English, and they must not
import Qt. ``QT_TRANSLATE_NOOP("Context", "Text")`` returns the text unchanged (so the CLI
prints it as it is) and tells ``pyside6-lupdate`` to put it into the catalogue under that
context; the Qt front-ends translate it where they show it, with
``QCoreApplication.translate("Context", text)`` (``app.qtapp.translations.translated``).

A text built with runtime values is marked as a template with named placeholders
(``"{name} is already a moderator"``) and formatted after the translation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]
"""``(context, text) -> translation``: ``QCoreApplication.translate`` in the Qt front-ends."""

LANGUAGE_CODES = ("system", "en", "de")
"""The languages the app can be set to: ``system`` follows the desktop's locale, ``en`` is the
source language (no catalogue), ``de`` has ``talk_moderator_de.qm``."""

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "de": "German"}
"""For messages in English (``kiosk check``); the settings dialog names them in their own
language."""
CATALOGUE = "talk_moderator"
"""Our catalogue's base name: ``talk_moderator_de.ts`` in ``resources/translations``, compiled
to ``talk_moderator_de.qm`` in the package's ``app/resources/translations``."""


def catalogue_built(language: str) -> bool:
    """The compiled catalogue of ``language`` is in the package (English needs none)."""
    from .resources import translations_dir

    if language == SOURCE_LANGUAGE:
        return True
    return translations_dir().joinpath(f"{CATALOGUE}_{language}.qm").is_file()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is; ``pyside6-lupdate`` extracts it under ``context``."""
    return text


@dataclass(frozen=True)
class Text:
    """A sentence built with runtime values, kept translatable: its marked template, the
    template's ``context`` and the values (each a plain value or a translatable ``Text``).

    ``str(text)`` is the English sentence (the CLI's, the logs'); the Qt front-ends translate
    the template and the ``Text`` values, then format (``app.qtapp.translations.shown``).
    """

    context: str
    template: str
    values: tuple[tuple[str, str | Text], ...] = ()
    english_lower: bool = False
    """The English text in lower case (a label inside a sentence: "participants only"); a
    translation is shown as the translator wrote it (German keeps its capitals)."""

    def __str__(self) -> str:
        english = self.template.lower() if self.english_lower else self.template
        if not self.values:
            return english
        return english.format(**{key: str(value) for key, value in self.values})


def text(context: str, template: str, **values: str | Text) -> Text:
    """``Text(context, template, values)``; mark ``template`` with QT_TRANSLATE_NOOP."""
    return Text(context, template, tuple(values.items()))


def render(value: Text | str, translate: Translate, context: str = "") -> str:
    """``value`` through ``translate``: a ``Text``'s template and its ``Text`` values
    translated, then formatted; a plain text of ``context`` translated ("" for none).

    Qt-free, so the live layer and the front-ends share it (they pass Qt's translate)."""
    if isinstance(value, str):
        return translate(context, value) if context else value
    template = translate(value.context, value.template)
    if value.english_lower and template == value.template:
        template = template.lower()  # not translated: the English label in a sentence
    if not value.values:
        return template
    try:
        return template.format(**{key: render(item, translate) for key, item in value.values})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        log.warning("translation of %r does not fit its values", value.template)
        return str(value)


def error_words(error: BaseException, translate: Translate) -> str:
    """What went wrong: a refusal the service worded (``TalkError.text``) translated, any
    other error as it says itself."""
    said = getattr(error, "text", None)
    return render(said, translate) if isinstance(said, Text) else str(error)
