"""The participant list's raised hands: an icon, since when, sortable in the order they went
up, and the header saying that only a signaling server's connection shows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.models import ParticipantModel, PersonColumn
from tests.ui.factories import person, room

NOW = 1_800_000_000.0


def _model() -> ParticipantModel:
    model = ParticipantModel()
    model.set_room(room("r"))
    model.set_participants("r", [person(1), person(2), person(3)])
    return model


def test_hands_show_an_icon_and_since_when_in_the_order_they_went_up() -> None:
    model = _model()
    model.sort(PersonColumn.HAND, Qt.SortOrder.AscendingOrder)
    model.set_hands("r", {3: NOW - 60, 2: NOW - 5})
    assert model.keys() == [3, 2, 1]  # first hand up first, then nobody's
    cell = model.index(model.row_of(3) or 0, PersonColumn.HAND)
    assert cell.data() == ""  # the icon, the time in the tooltip and the accessible text
    assert not cell.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "1 of 2 up" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Hand up since ")
    nobody = model.index(model.row_of(1) or 0, PersonColumn.HAND)
    assert nobody.data(Qt.ItemDataRole.DecorationRole) is None
    model.set_hands("r", {2: NOW - 5})
    assert model.keys()[0] == 2
    model.set_hands("other", {1: NOW})  # another room's hands change nothing here
    assert model.keys()[0] == 2


def test_the_header_says_hands_need_a_signaling_server() -> None:
    model = _model()
    tip = model.headerData(
        PersonColumn.HAND, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "signaling server" in tip


def test_switching_rooms_drops_the_hands() -> None:
    model = _model()
    model.set_hands("r", {1: NOW})
    model.set_room(room("s"))
    model.set_participants("s", [person(1)])
    assert model.hand_since(person(1)) is None
