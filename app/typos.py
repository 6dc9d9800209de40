"""A mistyped word on the command line gets the word that was probably meant.

argparse (3.11) answers ``room list`` with "invalid choice: 'room' (choose from 'rooms', ...)";
one close match appended ("did you mean 'rooms'?") saves reading the whole list. Shared by the
program's top-level parser (``app.modes``) and the CLI's (``app.cli.parser``); no Qt.
"""

from __future__ import annotations

import difflib
import re

_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<word>[^']*)' \(choose from (?P<choices>.*)\)")


def with_suggestion(message: str) -> str:
    """``message`` with "; did you mean 'X'?" when it is argparse's invalid choice and one of
    the choices is close to what was typed; otherwise ``message`` as it is."""
    found = _INVALID_CHOICE.search(message)
    if found is None:
        return message
    choices = re.findall(r"'([^']*)'", found.group("choices"))
    word = found.group("word")
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if not close:
        prefixed = [choice for choice in choices if choice.startswith(word) and word]
        close = prefixed[:1]
    return f"{message}; did you mean '{close[0]}'?" if close else message
