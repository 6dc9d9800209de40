"""Breakout rooms in the conversation list: right under their parent, indented, with status.

Why not a tree model: the conversation list is a flat ``KeyedTableModel`` diffed by token,
sorted by itself (cached keys, no Python calls per comparison in a proxy), filtered by a
regular expression in C++ and guarded by ``SelectionGuard``; a ``QTreeView`` over a tree model
would need all of that again (and a poll of 5,000 rooms must stay a diff). Instead each
breakout room's sort key is its *parent's* key followed by its room number, so whatever column
is sorted, in either order, a breakout room sits right after its parent (Room 1, Room 2, …)
and moves with it; its name is indented. A breakout room whose parent is not listed sorts on
its own. The flat model, proxies, sorting and selection all stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.api.areas.breakout import (
    asks_for_assistance,
    is_breakout_room,
    is_configured,
    is_started,
)
from app.api.models import Room

INDENT = "    ↳ "
"""What a breakout room's name starts with in the list."""

_NUMBER = re.compile(r"(\d+)\s*$")


def room_number(room: Room) -> int:
    """The breakout room's number ("Room 3" -> 3; by its id when renamed without one)."""
    match = _NUMBER.search(room.name or room.display_name)
    return int(match.group(1)) if match else 1000 + room.id


def sort_key(
    room: Room,
    column: int,
    own: Callable[[Room, int], Any],
    parent_of: Callable[[str], Room | None],
    descending: bool,
) -> tuple[Any, str, int, int]:
    """The grouped sort value: ``(parent's value, parent's token, place, number)``.

    Sorted in reverse, the place is -1 and the number negated, so a parent still comes first
    and its rooms still count up.
    """
    parent = parent_of(room.object_id) if is_breakout_room(room) else None
    if parent is None:
        return (own(room, column), room.token, 0, 0)
    number = room_number(room)
    if descending:
        return (own(parent, column), parent.token, -1, -number)
    return (own(parent, column), parent.token, 1, number)


def name_text(room: Room) -> str:
    return INDENT + room.title if is_breakout_room(room) else room.title


class BreakoutRows:
    """The translation context "BreakoutRows" (``_Texts.tr`` is what lupdate extracts)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("BreakoutRows", text)


def status(room: Room) -> str:
    """The breakout state in words ("" for a conversation without breakout rooms)."""
    if is_breakout_room(room):
        if asks_for_assistance(room):
            return BreakoutRows.tr("asks for help")
        return BreakoutRows.tr("open") if room.lobby_state == 0 else BreakoutRows.tr("closed")
    if is_configured(room):
        return _running(room)
    return ""


def _running(room: Room) -> str:
    if is_started(room):
        return BreakoutRows.tr("rooms running")
    return BreakoutRows.tr("rooms ready")


def type_text(room: Room, plain: str) -> str:
    """The Type column: "Room, open", "Group, rooms running", or ``plain``.

    Short, so the column shows it whole at the default size beside the name: a breakout room
    sits indented under its parent, which says whose room it is, and the name's tooltip says
    it in full ("Breakout room of 'Workshop': asks for help").
    """
    words = status(room)
    if is_breakout_room(room):
        return BreakoutRows.tr("Room, {state}").format(state=words)
    return f"{plain}, {words}" if words else plain


def type_samples(plain: str) -> list[str]:
    """Every Type text of a breakout room or of a parent of type ``plain`` (for sizing the
    column: each must fit)."""
    room_states = (
        BreakoutRows.tr("asks for help"),
        BreakoutRows.tr("open"),
        BreakoutRows.tr("closed"),
    )
    rooms = [BreakoutRows.tr("Room, {state}").format(state=state) for state in room_states]
    parents = [f"{plain}, {BreakoutRows.tr(words)}" for words in ("rooms running", "rooms ready")]
    return rooms + parents


def tooltip_line(room: Room, parent: Room | None) -> str:
    """One more line for the name's tooltip ("" when there is nothing to say)."""
    if is_breakout_room(room):
        if parent is not None:
            line = BreakoutRows.tr("Breakout room of '{title}': {state}")
            return line.format(title=parent.title, state=status(room))
        return BreakoutRows.tr("Breakout room: {state}").format(state=status(room))
    if not is_configured(room):
        return ""
    if is_started(room):
        return BreakoutRows.tr("Breakout rooms: running")
    return BreakoutRows.tr("Breakout rooms: ready")


def icon_name(room: Room) -> str | None:
    """The name column's icon for the breakout state, if any."""
    if asks_for_assistance(room):
        return "breakout-assistance"
    if not is_breakout_room(room) and is_configured(room):
        return "breakout-setup"
    return None
