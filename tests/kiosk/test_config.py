"""kiosk.toml validation: every problem names its line and says how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kiosk.actions import KioskAction
from app.kiosk.config import ConfigError, load_config, parse_config
from app.kiosk.tomlpos import find_line

from .helpers import PIN_HASH, kiosk_toml, write_config


def line_of(text: str, fragment: str) -> int:
    """1-based line of the first line containing ``fragment``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not in the text")


def error_of(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_config(text, "kiosk.toml")
    return info.value


def test_valid_config_is_read() -> None:
    text = kiosk_toml(
        tokens=[("abcd1234", "Main hall"), ("efgh5678", None)],
        actions=["lobby", "end-call", "promote"],
        poll_interval=2.5,
    )
    config = parse_config(text, "kiosk.toml")
    assert config.server_url == "https://cloud.example.org"
    assert config.login == "desk"
    assert [c.token for c in config.conversations] == ["abcd1234", "efgh5678"]
    assert config.label_for("abcd1234") == "Main hall"
    assert config.label_for("efgh5678") is None
    assert config.allowed_actions == {KioskAction.LOBBY, KioskAction.END_CALL, KioskAction.PROMOTE}
    assert not config.allows(KioskAction.REMOVE_GUEST)
    assert config.poll_interval == 2.5
    assert config.max_retry_delay == 60
    assert config.pin.iterations == 1000
    assert config.title == "Test event"


def test_syntax_error_names_line_and_column() -> None:
    text = kiosk_toml().replace('login = "desk"', "login = desk")
    error = error_of(text)
    assert error.line == line_of(text, "login = desk")
    assert error.column is not None
    assert str(error).startswith(f"kiosk.toml, line {error.line}, column {error.column}: ")
    assert "not valid TOML" in str(error)


@pytest.mark.parametrize(
    ("change", "fragment", "words"),
    [
        (('"admit"]', '"admitt"]'), "allowed_actions", "unknown action 'admitt' (did you mean"),
        (("poll_interval = 5", "poll_interval = 0.1"), "poll_interval", "out of range"),
        (("poll_interval = 5", 'poll_interval = "5"'), "poll_interval", "must be a number"),
        (('token = "abcd1234"', 'token = "ABCD!"'), "token =", "is not a conversation token"),
        (('login = "desk"', 'logn = "desk"'), "logn", "did you mean 'login'?"),
        (("exit_pin = ", 'exit_pin = "1234" # '), "exit_pin", "kiosk hash-pin"),
        (('url = "https://cloud', 'url = "http://cloud'), "url =", "use https"),
        (('url = "https://cloud.example.org"', 'url = "cloud"'), "url =", "not a server address"),
        (("title = ", "title = 12 #"), "title", "must be a text in quotes"),
        (('label = "Main hall"', 'label = ""'), "label", "1 to 80 characters"),
    ],
)
def test_semantic_errors_name_the_line(change: tuple[str, str], fragment: str, words: str) -> None:
    text = kiosk_toml().replace(*change)
    assert text != kiosk_toml()
    error = error_of(text)
    assert words in error.message
    assert error.line == line_of(text, fragment)
    assert str(error).startswith(f"kiosk.toml, line {error.line}: ")


def test_duplicate_token_points_at_the_second() -> None:
    text = kiosk_toml(tokens=[("abcd1234", "A"), ("efgh5678", "B"), ("abcd1234", "C")])
    error = error_of(text)
    assert "listed twice (first as conversation 1)" in error.message
    lines = text.splitlines()
    last = max(i for i, line in enumerate(lines) if line == 'token = "abcd1234"')
    assert error.line == last + 1


def test_missing_token_points_at_its_section() -> None:
    text = kiosk_toml(tokens=[("abcd1234", "A")]) + '\n[[conversations]]\nlabel = "No token"\n'
    error = error_of(text)
    assert error.message == "'token' is missing in [conversations[2]]"
    assert error.line == len(text.splitlines()) - 1


def test_missing_pin_and_actions_point_at_the_kiosk_section() -> None:
    base = kiosk_toml()
    no_pin = "\n".join(line for line in base.splitlines() if not line.startswith("exit_pin"))
    error = error_of(no_pin)
    assert "'exit_pin' is missing in [kiosk]" in error.message
    assert error.line == line_of(no_pin, "[kiosk]")
    no_actions = base.replace('allowed_actions = ["lobby", "admit"]\n', "")
    error = error_of(no_actions)
    assert "'allowed_actions' is missing" in error.message and "lobby-timer" in error.message
    assert error.line == line_of(no_actions, "[kiosk]")


def test_no_conversations_is_an_error_unless_demo() -> None:
    text = kiosk_toml(tokens=[])
    assert "no conversations listed" in error_of(text).message
    demo = f'[kiosk]\ndemo = true\nexit_pin = "{PIN_HASH}"\nallowed_actions = ["lobby"]\n'
    config = parse_config(demo)
    assert config.demo and config.conversations == () and config.server_url == ""


def test_empty_actions_make_a_view_only_kiosk() -> None:
    config = parse_config(kiosk_toml(actions=[]))
    assert config.allowed_actions == frozenset()


def test_plain_http_is_fine_on_loopback_or_when_allowed() -> None:
    assert parse_config(kiosk_toml(url="http://127.0.0.1:8080")).server_url.startswith("http://")
    allowed = kiosk_toml(url="http://talk.lan").replace(
        'login = "desk"', 'login = "desk"\nallow_plain_http = true'
    )
    assert parse_config(allowed).server_url == "http://talk.lan"


def test_load_config_reports_missing_file_and_bad_encoding(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")
    path = tmp_path / "latin1.toml"
    path.write_bytes(b"[kiosk]\n# caf\xe9\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 2 and "UTF-8" in info.value.message
    good = write_config(tmp_path, kiosk_toml())
    assert load_config(good).source == str(good)


def test_find_line_understands_tables_arrays_and_dotted_keys() -> None:
    text = (
        'server.url = "x"\n'  # 1
        "[kiosk]\n"  # 2
        "'quoted' = 1\n"  # 3
        'note = """\n'  # 4
        "fake = 1\n"  # 5 (inside a multi-line string)
        '"""\n'  # 6
        "[[conversations]]\n"  # 7
        'token = "a"\n'  # 8
        "[[conversations]]\n"  # 9
        'token = "b"\n'  # 10
    )
    assert find_line(text, ("server", "url")) == 1
    assert find_line(text, ("kiosk", "quoted")) == 3
    assert find_line(text, ("kiosk", "fake")) == 2  # not found: falls back to the section
    assert find_line(text, ("conversations", 1, "token")) == 10
    assert find_line(text, ("conversations", 0)) == 7
    assert find_line(text, ("nothing",)) is None


def test_language_is_checked() -> None:
    assert parse_config(kiosk_toml()).language == "system"
    assert parse_config(kiosk_toml(extra_kiosk='language = "de"\n')).language == "de"
    text = kiosk_toml(extra_kiosk='language = "german"\n')
    error = error_of(text)
    assert error.line == line_of(text, 'language = "german"')
    assert '"system", "en", "de"' in error.message
