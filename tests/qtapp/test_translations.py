"""The language setting: the built catalogue is found, installed before any window, and a
missing one leaves the app English.

The catalogue is compiled from the committed ``.ts`` into a temporary folder here (the same
``pyside6-lrelease`` as ``scripts/translations.py build``), so the test does not depend on
whether the checkout's build step ran.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.i18n import CATALOGUE, QT_TRANSLATE_NOOP
from app.qtapp.translations import (
    current_language,
    install_translations,
    remove_translations,
    resolve_language,
    translated,
)
from app.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / f"{CATALOGUE}_de.ts"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``talk_moderator_de.qm`` compiled from the committed catalogue."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(folder / f"{CATALOGUE}_de.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translations()


def test_german_installs_ours_and_qts_own(built: Path, restore_english: None) -> None:
    installed = install_translations("de", built)
    assert installed.language == "de" and installed.ours
    assert current_language() == "de"
    assert translated("Language", LANGUAGES["system"]) == "Systemstandard"
    # Qt's own catalogue: the standard buttons of every dialog.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    box.deleteLater()
    remove_translations()
    assert translated("Language", LANGUAGES["system"]) == "System default"
    assert current_language() == "en"


def test_english_installs_nothing(built: Path, restore_english: None) -> None:
    installed = install_translations("en", built)
    assert installed.language == "en" and installed.translators == []
    assert QCoreApplication.translate("Language", "System default") == "System default"


def test_no_built_catalogue_leaves_the_app_english(
    tmp_path: Path, restore_english: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.qtapp.translations"):
        installed = install_translations("de", tmp_path)
    assert installed.language == "en" and installed.translators == []
    assert "no de catalogue built" in caplog.text
    assert translated("Language", "System default") == "System default"


def test_system_follows_the_locale_when_a_catalogue_is_built(built: Path, tmp_path: Path) -> None:
    assert resolve_language("system", QLocale("de_DE"), built) == "de"
    assert resolve_language("system", QLocale("de_AT"), built) == "de"
    assert resolve_language("system", QLocale("fr_FR"), built) == "en"
    assert resolve_language("system", QLocale("en_GB"), built) == "en"
    assert resolve_language("system", QLocale("de_DE"), tmp_path) == "en"  # none built
    assert resolve_language("de") == "de" and resolve_language("xx") == "en"


def test_the_marker_is_the_text_itself() -> None:
    """The Qt-free marker changes nothing: the CLI prints the English text."""
    assert QT_TRANSLATE_NOOP("Ctx", "Promote {name}?") == "Promote {name}?"


def test_english_plurals_without_a_catalogue(qapp: QApplication) -> None:
    """The numerus texts' English forms come from EnglishPlurals (installed at every start)."""

    class Counted(QObject):
        pass

    assert Counted.tr("%n action(s)", "", 1) == "1 action"
    assert Counted.tr("%n action(s)", "", 31) == "31 actions"
    assert Counted.tr("%n action(s)", "", 0) == "0 actions"
    assert Counted.tr("Plain (s) text") == "Plain (s) text"  # not a numerus call


def test_core_sentences_in_german_and_english(built: Path, restore_english: None) -> None:
    """A refusal of the rules and one of the server: German in the window, English for the
    CLI (the same objects)."""
    from app.api.areas.base import verb
    from app.api.errors import NotFound
    from app.api.explain import Action, explain_text
    from app.api.kinds import ActionKind
    from app.moderation.rules import RuleContext, evaluate
    from app.qtapp.translations import error_text, shown, verdict_reason

    said = explain_text(
        Action(ActionKind.PROMOTE, "promote Bob", "Town hall", "Bob"), 404, None, None
    )
    error = NotFound(str(said), status=404, text=said)
    verdict = evaluate(ActionKind.PROMOTE, RuleContext())
    install_translations("de", built)
    assert (
        error_text(error)
        == "Bob kann nicht befördert werden: Die Person nimmt nicht an 'Town hall' teil"
    )
    assert str(error) == "Cannot promote Bob: they are not a participant of 'Town hall'"
    assert verdict_reason(verdict) == "Wählen Sie zuerst eine Unterhaltung aus"
    attempt = verb(QT_TRANSLATE_NOOP("Verbs", "demote {who} in {room}"), who="Bob", room="'X'")
    generic = explain_text(
        Action(ActionKind.DEMOTE, str(attempt), verb_text=attempt), 418, None, None
    )
    assert (
        shown(generic)
        == "Nicht möglich (Bob in 'X' zurückstufen): Der Server antwortete mit HTTP 418"
    )
    assert str(generic) == "Cannot demote Bob in 'X': the server answered HTTP 418"
    assert verdict.reason == "Select a conversation first"


async def test_service_errors_in_german_and_english(built: Path, restore_english: None) -> None:
    """The sign-in's and the server check's sentences (context Explain, their verbs Verbs):
    German in the window once the catalogue is installed, English for the CLI and the logs."""
    from app.api import TalkService
    from app.api.errors import NetworkError
    from app.api.login_flow import check_server
    from app.qtapp.translations import error_text
    from tests.accounts.servers import closed_port_url

    url = closed_port_url()
    install_translations("de", built)
    with pytest.raises(NetworkError) as refused:
        await check_server(url, timeout=5)
    assert error_text(refused.value) == (
        f"Unter {url} hat nichts geantwortet: Die Verbindung wurde abgelehnt. "
        "Prüfen Sie die Adresse"
    )
    assert str(refused.value) == (
        f"Nothing answered at {url}: the connection was refused. Check the address"
    )
    service = TalkService(url, "alice", "not-used", read_retries=0, timeout=5)
    try:
        with pytest.raises(NetworkError) as unreachable:
            await service.account.server_status()
    finally:
        await service.aclose()
    assert error_text(unreachable.value).startswith(
        f"Nicht möglich (den Server unter {url} prüfen): keine Verbindung zu {url} ("
    )
    assert str(unreachable.value).startswith(
        f"Cannot check the server at {url}: no connection to {url} ("
    )
    remove_translations()
    assert error_text(refused.value) == str(refused.value)
