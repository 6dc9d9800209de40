"""Set-up without the screen: the kiosk commands, start-up refusals, shipped samples."""

from __future__ import annotations

import configparser
import io
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from platformdirs import user_log_dir
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.api import Room, TalkService
from app.api.areas.breakout import is_breakout_room
from app.demo_server import DemoServer
from app.kiosk import run_kiosk
from app.kiosk.app import demo_conversations
from app.kiosk.cli import main as kiosk_cli
from app.kiosk.config import ConfigError, load_config, parse_config
from app.kiosk.pin import hash_pin, parse_pin_hash, verify_pin
from app.kiosk.window import KioskWindow
from app.secrets import secret_key
from tests.helpers.memory_keyring import MemoryKeyring

from .helpers import PIN, PIN_HASH, kiosk_toml, write_config

ROOT = Path(__file__).resolve().parents[2]


class FakeStdin(io.StringIO):
    def __init__(self, text: str = "", tty: bool = False) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def run_cli(
    argv: list[str], *, stdin: str = "", tty: bool = False, answers: list[str] | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    pending = list(answers or [])
    code = kiosk_cli(argv, stdin=FakeStdin(stdin, tty), out=out, ask=lambda _prompt: pending.pop(0))
    return code, out.getvalue()


# ----------------------------------------------------------------- hash-pin


def test_hash_pin_asks_twice_and_prints_a_usable_line() -> None:
    code, out = run_cli(["hash-pin", "--iterations", "1000"], tty=True, answers=["2468", "2468"])
    assert code == 0
    line = out.strip()
    assert line.startswith('exit_pin = "pbkdf2_sha256$1000$') and "2468" not in line
    stored = parse_pin_hash(line.split('"')[1])
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)


def test_hash_pin_refuses_mismatch_and_weak_pins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(["hash-pin"], tty=True, answers=["2468", "2469"])
    assert code == 1 and out == ""
    assert "the two PINs differ" in capsys.readouterr().err
    code, out = run_cli(["hash-pin"], tty=True, answers=["12"])
    assert code == 1 and out == ""
    assert "4 to 12 digits" in capsys.readouterr().err


def test_hash_pin_reads_a_pipe_once() -> None:
    code, out = run_cli(["hash-pin", "--iterations", "1000"], stdin="13579\n")
    assert code == 0 and verify_pin("13579", parse_pin_hash(out.split('"')[1]))


# ----------------------------------------------------------------- set-secret


def test_set_secret_stores_under_the_shared_key(memory_keyring: MemoryKeyring) -> None:
    code, out = run_cli(
        ["set-secret", "--server", "https://cloud.example.org/", "--user", "desk"],
        stdin="aaaaa-bbbbb-ccccc-ddddd-eeeee\n",
    )
    assert code == 0
    key = secret_key("desk", "https://cloud.example.org")
    assert memory_keyring.secrets[("talk-moderator", key)] == "aaaaa-bbbbb-ccccc-ddddd-eeeee"
    assert key in out and "aaaaa" not in out


def test_set_secret_needs_a_password(memory_keyring: MemoryKeyring) -> None:
    code, _ = run_cli(
        ["set-secret", "--server", "cloud.example.org", "--user", "desk"], tty=True, answers=[""]
    )
    assert code == 1 and memory_keyring.secrets == {}


def test_set_secret_checks_the_address_before_asking(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str] = []
    code = kiosk_cli(
        ["set-secret", "--server", "https://cloud.example.org:99999", "--user", "desk"],
        stdin=FakeStdin("", tty=True),
        out=io.StringIO(),
        ask=lambda prompt: asked.append(prompt) or "secret",
    )
    assert code == 2 and asked == [] and memory_keyring.secrets == {}
    assert "--server: 'https://cloud.example.org:99999' is not a server address: the port" in (
        capsys.readouterr().err
    )


# ----------------------------------------------------------------- check


def test_check_validates_file_and_connection(
    kiosk_config_path: Path, demo_rooms: dict[str, Room]
) -> None:
    code, out = run_cli(["check", str(kiosk_config_path)])
    assert "is valid: 4 conversations" in out
    assert "ok  Webinar: 'Product Launch Webinar'" in out
    assert "ok  Town hall: 'Town Hall'" in out
    # The sample deliberately lists a room the account does not moderate.
    assert "!!  Book club: moderator1 is not a moderator of 'Book Club'" in out
    assert code == 1


def test_check_reports_unknown_rooms(
    tmp_path: Path, demo_server: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    login = demo_server.moderator.login
    memory_keyring.set_password(
        "talk-moderator", secret_key(login, demo_server.url), demo_server.moderator.app_password
    )
    path = write_config(
        tmp_path, kiosk_toml(url=demo_server.url, login=login, tokens=[("zzzz9999", "Ghost room")])
    )
    code, out = run_cli(["check", str(path)])
    assert code == 1 and "!!  Ghost room: not found" in out


def test_check_of_the_demo_file_names_the_cards_it_will_show() -> None:
    """The shipped demo file lists no [[conversations]]: the kiosk shows the demo server's
    rooms, so the check says which, checked on a demo server, instead of "0 conversations"."""
    code, out = run_cli(["check", str(ROOT / "resources" / "kiosk" / "kiosk.demo.toml")])
    assert code == 0, out
    assert "0 conversations" not in out
    assert "is valid: conversations from the demo server, actions: " in out
    assert "ok  the cards show 4: 'Product Launch Webinar', 'All Hands'" in out
    assert "ok  'Product Launch Webinar'" in out and "ok  signed in as moderator1" in out


def test_check_names_the_bad_line_and_the_missing_secret(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_config(tmp_path, kiosk_toml().replace("poll_interval = 5", "poll_interval = -1"))
    code, _ = run_cli(["check", str(bad)])
    assert code == 2
    assert f"{bad}, line 9: 'kiosk.poll_interval' = -1 is out of range" in capsys.readouterr().err
    good = write_config(tmp_path, kiosk_toml(), "good.toml")
    assert run_cli(["check", "--offline", str(good)])[0] == 0
    code, _ = run_cli(["check", str(good)])
    err = capsys.readouterr().err
    assert code == 2 and "no app password stored for desk@cloud.example.org" in err
    assert "kiosk set-secret --server https://cloud.example.org --user desk" in err


# ----------------------------------------------------------------- start-up refusals


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """run_kiosk sets up the process's logging; give the next tests theirs back."""
    root = logging.getLogger()
    startup = logging.getLogger("app.kiosk.startup")
    handlers, level = list(root.handlers), root.level
    httpx_level = logging.getLogger("httpx").level
    marker = getattr(root, "_talk_moderator_kiosk", None)
    try:
        yield
    finally:
        for logger in (root, startup):
            for handler in list(logger.handlers):
                if handler not in handlers:
                    logger.removeHandler(handler)
                    handler.close()
        root.setLevel(level)
        logging.getLogger("httpx").setLevel(httpx_level)
        if marker is None and hasattr(root, "_talk_moderator_kiosk"):
            delattr(root, "_talk_moderator_kiosk")


def test_run_kiosk_refuses_bad_config_before_any_window(
    restore_logging: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = kiosk_toml().replace('"admit"]', '"admit", "ban-everyone"]')
    path = write_config(tmp_path, text)
    assert run_kiosk(str(path), dialogs=False) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 10: unknown action 'ban-everyone'" in err
    assert "Traceback" not in err


def test_run_kiosk_refuses_without_secret(
    restore_logging: None,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config(tmp_path, kiosk_toml())
    assert run_kiosk(str(path), dialogs=False) == 2
    assert "talk-moderator kiosk set-secret" in capsys.readouterr().err


async def test_demo_mode_picks_moderated_group_rooms(service: TalkService) -> None:
    entries = await demo_conversations(service)
    assert 1 <= len(entries) <= 4
    rooms = {r.token: r for r in (await service.rooms.list()).rooms}
    for entry in entries:
        room = rooms[entry.token]
        assert room.is_group_like and room.is_moderator and entry.label == room.title
        assert not is_breakout_room(room)  # "Room 2" says nothing at an event desk
    assert any(is_breakout_room(room) for room in rooms.values())  # there were some to skip
    assert rooms[entries[0].token].lobby_enabled  # the interesting rooms come first


# ----------------------------------------------------------------- shipped files


def test_example_config_refuses_to_start_until_a_pin_is_set() -> None:
    example = ROOT / "resources" / "kiosk" / "kiosk.example.toml"
    with pytest.raises(ConfigError) as info:
        load_config(example)
    text = example.read_text(encoding="utf-8")
    pin_line = next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith("exit_pin"))
    assert info.value.line == pin_line and "kiosk hash-pin" in info.value.message
    fixed = text.replace(
        'exit_pin = "REPLACE-ME: run talk-moderator kiosk hash-pin"',
        f'exit_pin = "{hash_pin("8642", iterations=1000)}"',
    )
    config = parse_config(fixed)
    assert [c.label for c in config.conversations] == ["Main hall", "Workshop room"]
    assert len(config.allowed_actions) == 5


def test_demo_config_is_valid_with_pin_1234() -> None:
    config = load_config(ROOT / "resources" / "kiosk" / "kiosk.demo.toml")
    assert config.demo and len(config.allowed_actions) == 9
    assert verify_pin("1234", config.pin)


def test_systemd_unit_restarts_a_crashed_kiosk() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "packaging" / "systemd" / "talk-moderator-kiosk.service")
    service = unit["Service"]
    assert service["Restart"] == "always"
    assert "--kiosk" in service["ExecStart"]
    assert service["RestartPreventExitStatus"].split() == ["0", "2"]
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_run_kiosk_demo_mode_end_to_end(
    restore_logging: None, qapp: QApplication, tmp_path: Path, config_dir: Path
) -> None:
    """The real entry point: demo server, window, live cards, and out again with the PIN."""
    path = write_config(
        tmp_path,
        (
            "[kiosk]\ndemo = true\n"
            f'exit_pin = "{PIN_HASH}"\npoll_interval = 0.5\nallowed_actions = ["lobby"]\n'
        ),
    )
    seen: dict[str, object] = {}
    deadline = time.monotonic() + 20

    def drive() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, KioskWindow)]
        if not windows:
            return
        window = windows[0]
        if time.monotonic() > deadline:  # never hang the suite: fail below instead
            seen["timed out"] = True
            window._leave()
            return
        if "pin" in seen or not window.cards:
            return
        if not all(card.view.loaded for card in window.cards.values()):
            return
        seen["cards"] = len(window.cards)
        seen["banner"] = window.banner.text()
        dialog = window.ask_exit()
        dialog.edit.setText(PIN)
        dialog.submit()
        seen["pin"] = True

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(drive)
    timer.start()
    try:
        code = run_kiosk(str(path), windowed=True, dialogs=False)
    finally:
        timer.stop()
    assert "timed out" not in seen
    assert code == 0
    assert seen["cards"] == 4 and seen["banner"] == "Live"
    # The kiosk's log file has the session, never the app password.
    secret = DemoServer(seed=1).moderator.app_password
    log_file = Path(user_log_dir("talk-moderator", appauthor=False)) / "kiosk.log"
    text = log_file.read_text(encoding="utf-8")
    assert "kiosk started: 4 conversations" in text and "exit PIN accepted" in text
    assert secret not in text


def test_check_says_which_language_the_kiosk_shows(tmp_path: Path) -> None:
    """German needs the catalogue scripts/setup.sh builds; "system" follows the locale."""
    german = write_config(tmp_path, kiosk_toml(extra_kiosk='language = "de"\n'))
    _, out = run_cli(["check", "--offline", str(german)])
    assert "ok  language: German" in out, out
    system = write_config(tmp_path, kiosk_toml())
    _, out = run_cli(["check", "--offline", str(system)])
    assert "ok  language: the machine's locale" in out
