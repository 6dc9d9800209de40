"""Nextcloud's password policy as the recording shows it (length ≥ 10, no common passwords).

The real server checks against a list of 1,000,000 common passwords; a short list of the
most common ones stands in for it, with the same messages.
"""

from __future__ import annotations

MIN_LENGTH = 10
MSG_COMMON = "Password is among the 1,000,000 most common ones. Please make it unique."
MSG_LENGTH = f"Password needs to be at least {MIN_LENGTH} characters long."

COMMON_PASSWORDS = frozenset(
    {
        "123",
        "abc",
        "1234",
        "12345",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "0000",
        "000000",
        "111111",
        "121212",
        "123123",
        "654321",
        "666666",
        "696969",
        "987654321",
        "password",
        "password1",
        "password12",
        "password123",
        "password1234",
        "passw0rd",
        "p@ssw0rd",
        "qwerty",
        "qwerty123",
        "qwertyuiop",
        "azerty",
        "asdfgh",
        "asdfghjkl",
        "zxcvbnm",
        "abc123",
        "abcdef",
        "letmein",
        "welcome",
        "welcome1",
        "welcome123",
        "admin",
        "admin123",
        "administrator",
        "iloveyou",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "master",
        "shadow",
        "sunshine",
        "princess",
        "trustno1",
        "secret",
        "superman",
        "batman",
        "starwars",
        "whatever",
        "freedom",
        "nextcloud",
        "changeme",
        "default",
        "login",
    }
)


def policy_message(
    password: str, *, common: bool = True, unlisted_lengths: tuple[int, ...] = ()
) -> str | None:
    """The ``message`` Nextcloud returns for a rejected password, or ``None`` if it passes.

    ``common`` false skips the common-password list (a server whose policy has none);
    Nextcloud keeps that list in one file per password length, and a length listed in
    ``unlisted_lengths`` has no file on that server, so no password of it counts as common.
    """
    problems = []
    listed = len(password) not in unlisted_lengths
    if common and listed and password.lower() in COMMON_PASSWORDS:
        problems.append(MSG_COMMON)
    if len(password) < MIN_LENGTH:
        problems.append(MSG_LENGTH)
    return " ".join(problems) or None
