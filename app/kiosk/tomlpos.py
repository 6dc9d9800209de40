"""Find the line of a key in TOML text, so configuration errors can name it.

``tomllib`` reports line and column only for syntax errors; for a value that parses but makes
no sense (an unknown action, a missing token) we look the key up in the text ourselves. This is
a line scanner, not a parser: it understands ``[table]``, ``[[array.of.tables]]``, bare, quoted
and dotted keys, which is all a hand-written kiosk.toml uses.
"""

from __future__ import annotations

import re

KeyPath = tuple[str | int, ...]
"""A path into the parsed document, e.g. ``("conversations", 1, "token")``."""

_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*(?P<name>[^\]]+?)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*(?P<name>[^\]\[]+?)\s*\]")
_SIMPLE_KEY = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY = re.compile(rf"^\s*(?P<key>{_SIMPLE_KEY}(?:\s*\.\s*{_SIMPLE_KEY})*)\s*=")
_PART = re.compile(_SIMPLE_KEY)


def _split_key(text: str) -> list[str]:
    return [part.strip("\"'") for part in _PART.findall(text)]


def _index_tables(lines: list[str]) -> list[tuple[int, KeyPath, KeyPath | None]]:
    """``(line number, table path, key path or None for a header)`` for every relevant line."""
    entries: list[tuple[int, KeyPath, KeyPath | None]] = []
    counters: dict[tuple[str, ...], int] = {}
    table: KeyPath = ()
    in_multiline = False
    for number, line in enumerate(lines, start=1):
        if in_multiline:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = False
            continue
        if (match := _ARRAY_TABLE.match(line)) is not None:
            names = tuple(_split_key(match["name"]))
            index = counters.get(names, -1) + 1
            counters[names] = index
            # Sub-tables of an earlier array element ([[a]] then [[a.b]]) are rare; keep it flat.
            table = (*names, index)
            entries.append((number, table, None))
            continue
        if (match := _TABLE.match(line)) is not None and not line.lstrip().startswith("[["):
            table = tuple(_split_key(match["name"]))
            entries.append((number, table, None))
            continue
        if (match := _KEY.match(line)) is not None:
            entries.append((number, table, (*table, *_split_key(match["key"]))))
            rest = line[match.end() :]
            if rest.count('"""') % 2 == 1 or rest.count("'''") % 2 == 1:
                in_multiline = True
    return entries


def find_line(text: str, path: KeyPath) -> int | None:
    """The 1-based line where ``path`` is set; else where its table starts; else None.

    Args:
        text: the TOML source.
        path: the key's path; a path that names a table (``("kiosk",)``) gives its header line.
    """
    entries = _index_tables(text.splitlines())
    for number, _table, key in entries:
        if key == path:
            return number
    for prefix_len in range(len(path), 0, -1):
        prefix = path[:prefix_len]
        for number, table, key in entries:
            if key is None and table == prefix:
                return number
    return None
