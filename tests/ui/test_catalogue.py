"""The German catalogue itself: complete, its placeholders intact, really German.

``resources/translations/talk_moderator_de.ts`` is the source the .qm is built from. A message
the code no longer has is marked vanished/obsolete by lupdate and not checked. The check is
what a translator's slip breaks: an unfinished message shows English, a lost ``{name}`` raises
at ``format`` (the app falls back to English then), a lost ``%n`` shows no number, and a
translation left as the English source is English in a German window.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "talk_moderator_de.ts"

SAME_IN_GERMAN = frozenset(
    {
        "Name",
        "OK",
        "Status",
        "Chat",
        "Lobby",
        "Live",
        "Online",
        "Offline",
        "Moderator",
        "moderator",
        "Team",
        "Audio",
        "audio",
        "Video",
        "video",
        "Hand",
        "Login",
        "Server",
        "Token",
        "SIP",
        "PIN",
        "E-Mail",
        "Version",
        "Details",
        "Link",
        "Talk Moderator",
        "CSV",
        "ODS",
        "{seconds} s",
        " s",
        "Name:",
        "Format:",
        "Detail",
        "Option",
        "Option {number}",
        "optional",
        "Person",
        "ok",
        "&CSV",
        "CSV (*.csv)",
        "Version {version}",
        "cloud.example.org",
    }
)
"""Sources whose German is the same word (or that only hold placeholders and punctuation)."""

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind not in ("vanished", "obsolete"):
                found.append((name, message))
    return found


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


def _only_placeholders(text: str) -> bool:
    return not re.sub(r"[\W\d_]+", "", PLACEHOLDER.sub("", text).replace("%n", ""))


MESSAGES = _messages()


def test_the_catalogue_has_the_window_s_texts() -> None:
    """The check below has something to check: the catalogue is the app's, not empty."""
    contexts = {context for context, _ in MESSAGES}
    assert {"MainWindow", "Actions", "Rules", "Toolbar", "KioskWindow"} <= contexts
    assert len(MESSAGES) > 800


def test_every_message_is_translated() -> None:
    unfinished = [
        _label(context, message)
        for context, message in MESSAGES
        if (message.find("translation") is None)
        or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(form.strip() for form in _forms(message))
    ]
    assert not unfinished, f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished)


def test_placeholders_and_numbers_are_kept() -> None:
    broken = []
    for context, message in MESSAGES:
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = _forms(message)
        for form in forms:
            if not form:
                continue  # reported as unfinished
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                broken.append(f"{_label(context, message)} -> {form!r}: placeholders")
            if source.count("&") == 1 and form.count("&") != 1:
                broken.append(f"{_label(context, message)} -> {form!r}: one & (shortcut)")
        # the plural form needs the number; the singular may say it in words ("die letzte")
        if message.get("numerus") == "yes" and "%n" in source and "%n" not in forms[-1]:
            broken.append(f"{_label(context, message)} -> {forms[-1]!r}: no %n")
    assert not broken, "\n".join(broken)


def test_numerus_texts_have_german_s_two_forms() -> None:
    wrong = [
        _label(context, message)
        for context, message in MESSAGES
        if message.get("numerus") == "yes" and len(_forms(message)) != 2
    ]
    assert not wrong, "\n".join(wrong)


def test_no_translation_is_the_english_source() -> None:
    same = [
        _label(context, message)
        for context, message in MESSAGES
        if (source := message.findtext("source") or "") not in SAME_IN_GERMAN
        and not _only_placeholders(source)
        and any(form == source for form in _forms(message))
    ]
    assert not same, "left in English:\n" + "\n".join(same)


@pytest.mark.parametrize("source", sorted(SAME_IN_GERMAN))
def test_the_allow_list_is_short_words(source: str) -> None:
    """Only words and names, never a sentence, may stay as they are."""
    assert len(source.split()) <= 2
