"""A signaling server's participants update applied to the list in hand, costing only for what
it changes: Talk lists every session in the room in each update (a round of 100 permission
changes in a 10,000-person room came as six updates of about 3,000 sessions each), so the
sessions' rows are indexed once per list and an update that changes nobody shows nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.api import TalkService
from app.api.hpb.events import ParticipantChange, ParticipantsUpdate
from app.api.models import Participant
from app.live import PollingController, signaling_watch
from app.live.signaling_watch import SignalingWatch, _applied, _Room, _session_index


def people(count: int) -> tuple[Participant, ...]:
    return tuple(
        Participant(
            attendee_id=n,
            actor_type="users",
            actor_id=f"user{n}",
            participant_type=3,
            permissions=254,
            session_ids=(f"talk-{n}",),
        )
        for n in range(count)
    )


def change(n: int, **fields: int) -> ParticipantChange:
    return ParticipantChange(session_id=f"sig-{n}", nextcloud_session_id=f"talk-{n}", **fields)


def test_an_update_that_changes_nobody_is_the_list_itself() -> None:
    room, listed = _Room("abc"), people(50)
    everyone = [change(n, participant_permissions=254, participant_type=3) for n in range(50)]
    assert _applied(listed, everyone, {}, _session_index(room, listed)) is listed


def test_only_the_changed_people_are_new_objects_in_their_rows() -> None:
    room, listed = _Room("abc"), people(50)
    update = [change(n, participant_permissions=254) for n in range(50)]
    update[7] = change(7, participant_permissions=126)
    update[9] = change(9, participant_type=2, in_call=1)

    updated = _applied(listed, update, {}, _session_index(room, listed))

    assert updated is not None and updated is not listed
    assert updated[7].permissions == 126 and updated[7].attendee_id == 7
    assert updated[9].participant_type == 2 and updated[9].in_call == 1
    assert all(updated[n] is listed[n] for n in range(50) if n not in (7, 9))


def test_a_session_nobody_has_cannot_be_placed() -> None:
    room, listed = _Room("abc"), people(5)
    stranger = ParticipantChange(session_id="sig-x", nextcloud_session_id="talk-x", in_call=1)
    assert _applied(listed, [stranger], {}, _session_index(room, listed)) is None


def test_the_sessions_are_indexed_once_per_list_read() -> None:
    room, listed = _Room("abc"), people(5)
    index = _session_index(room, listed)
    assert index == {f"talk-{n}": n for n in range(5)}
    assert _session_index(room, listed) is index
    # an applied update keeps the rows (``_on_update`` hands the index on to it)
    updated = _applied(listed, [change(2, in_call=1)], {}, index)
    assert updated is not None
    room.indexed = updated
    assert _session_index(room, updated) is index
    # a list read anew is indexed anew
    read_again = people(6)
    assert _session_index(room, read_again) == {f"talk-{n}": n for n in range(6)}


async def test_an_update_costs_only_for_what_differs_from_the_last_one(
    qapp: QApplication,
) -> None:
    """Through the watch as events arrive: the first update of a list places every session,
    the next ones only the sessions whose entry changed; an update that changes nobody
    shows nothing; a change back to what an earlier update said is still applied."""
    service = TalkService("http://127.0.0.1:9", "moderator1", "x")
    controller = PollingController(service)
    watch = SignalingWatch(service, controller)
    shown: list[Sequence[Participant]] = []
    controller.participants_changed.connect(lambda token, listed: shown.append(listed))
    placed: list[int] = []
    real_applied = signaling_watch._applied

    def counted(listed: Any, changes: Sequence[ParticipantChange], *rest: Any) -> Any:
        placed.append(len(changes))
        return real_applied(listed, changes, *rest)

    room = _Room("abc")
    room.people = people(100)
    watch._rooms["abc"] = room
    everyone = [change(n, participant_permissions=254) for n in range(100)]

    def update(changes: list[ParticipantChange]) -> None:
        watch._on_event(ParticipantsUpdate(room="abc", users=tuple(changes)))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signaling_watch, "_applied", counted)
        update(everyone)
        assert placed == [100] and shown == [], "an unchanged list was shown again"
        everyone[5] = change(5, participant_permissions=126)
        update(everyone)
        assert placed[-1] == 1 and shown[-1][5].permissions == 126
        everyone[5] = change(5, participant_permissions=254)  # back again
        update(everyone)
        assert placed[-1] == 1 and shown[-1][5].permissions == 254
        update(everyone)
        assert placed[-1] == 0 and len(shown) == 2
    await watch.stop()
    await service.aclose()
