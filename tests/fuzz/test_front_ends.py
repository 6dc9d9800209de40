"""Well-formed answers with extreme values: the window's lists and the kiosk's card show them.

The decoders (``test_service_decoders.py``) turn a wrong *shape* into a ``TalkError``; a right
shape with odd values gets through: timestamps in the year 292 billion or before 1970, negative
counts, unknown types and flags, control characters, right-to-left overrides and 5,000-character
names. The item models are read for every cell and role (what a view paints), the clock tick
runs, and the kiosk builds and updates a card; Qt reports any exception in those, which fails
the test (pytest-qt's exception capture).
"""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.api import Participant, Room
from app.kiosk.actions import KioskAction
from app.kiosk.cards import ConversationCard
from app.kiosk.state import RoomView
from app.ui.models.conversations import ConversationModel
from app.ui.models.participants import ParticipantModel
from tests.fuzz.recorded import recorded_answers

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.UserRole,
)
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
SMALL = st.integers(min_value=-2, max_value=8)
"""Types, states and flags: a known value switches on the code that shows it."""
EXTREME = st.sampled_from([-(2**63), -1, 2**31, 2**53 + 1, 2**62, 2**63 - 1])
TEXT = st.one_of(
    st.text(max_size=40),
    st.just("\u202eevil\u0000<b>x</b>\n\t"),
    st.just("W" * 5000),
)


def _recorded(route: str, status: int = 200) -> dict[str, Any] | None:
    for answer in recorded_answers():
        if answer.route == route and answer.status == status:
            data = answer.body["ocs"]["data"]
            item = data[0] if isinstance(data, list) else data
            if isinstance(item, dict) and "token" in item or "attendeeId" in item:
                return dict(item)
    return None


ROOM = _recorded("GET /ocs/v2.php/apps/spreed/api/vN/room/{}")
PERSON = _recorded("GET /ocs/v2.php/apps/spreed/api/vN/room/{}/participants")


@st.composite
def odd(draw: st.DrawFn, seed: dict[str, Any], cls: type[Any]) -> Any:
    """``seed`` with some values swapped for extreme ones of the same JSON type."""
    changed = dict(seed)
    for key, value in seed.items():
        if not draw(st.booleans()):
            continue
        if isinstance(value, bool):
            changed[key] = draw(st.booleans())
        elif isinstance(value, int):
            changed[key] = draw(st.one_of(SMALL, EXTREME, INT64))
        elif isinstance(value, str):
            changed[key] = draw(TEXT)
    try:
        return msgspec.json.decode(json.dumps(changed), type=cls)
    except msgspec.ValidationError:
        assume(False)


def _read_every_cell(model: Any) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                model.data(index, role)
    for column in range(model.columnCount()):
        for role in ROLES:
            model.headerData(column, Qt.Orientation.Horizontal, role)


FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def seeds() -> tuple[dict[str, Any], dict[str, Any]]:
    if ROOM is None or PERSON is None:
        pytest.skip("../shared/talk-api/real-server.md is not beside the project")
    return ROOM, PERSON


def test_the_room_list_shows_odd_rooms(qtbot: Any, seeds: tuple[dict[str, Any], ...]) -> None:
    model = ConversationModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)

    @FUZZ
    @given(rooms=st.lists(odd(seeds[0], Room), min_size=1, max_size=3, unique_by=lambda r: r.token))
    def show(rooms: list[Room]) -> None:
        model.replace_all(rooms)
        model.set_participant_count(rooms[0].token, -1)
        _read_every_cell(model)
        model.tick()
        for column in range(model.columnCount()):
            model.sort(column, Qt.SortOrder.DescendingOrder)
        view.grab()

    show()


def test_the_participant_list_shows_odd_people(
    qtbot: Any, seeds: tuple[dict[str, Any], ...]
) -> None:
    model = ParticipantModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)

    @FUZZ
    @given(room=odd(seeds[0], Room), people=st.lists(odd(seeds[1], Participant), max_size=3))
    def show(room: Room, people: list[Participant]) -> None:
        unique = list({person.attendee_id: person for person in people}.values())
        model.set_room(room)
        model.set_participants(room.token, unique)
        _read_every_cell(model)
        model.tick()
        view.grab()

    show()


def test_the_kiosk_card_shows_odd_rooms(qtbot: Any, seeds: tuple[dict[str, Any], ...]) -> None:
    first = msgspec.json.decode(json.dumps(seeds[0]), type=Room)
    card = ConversationCard(RoomView(first.token, "Desk"), frozenset(KioskAction))
    qtbot.addWidget(card)

    @FUZZ
    @given(room=odd(seeds[0], Room), people=st.lists(odd(seeds[1], Participant), max_size=3))
    def show(room: Room, people: list[Participant]) -> None:
        view = RoomView(room.token, "Desk", room=room, participants=tuple(people))
        card.update_view(RoomView(first.token, room.display_name or "x", room=room))
        card.update_view(
            RoomView(
                first.token, view.label, room=room, participants=tuple(people), people_loaded=True
            )
        )
        card.tick()
        card.grab()

    show()
