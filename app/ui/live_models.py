"""Feed the window's item models from the live layer's ``PollingController``.

The controller only emits signals; these connections turn them into row-level model updates::

    controller = PollingController(service, PollConfig(rooms_interval=5, selected_interval=2))
    rooms, people = ConversationModel(), ParticipantModel()
    bind_models(controller, rooms, people)
    controller.start()
    show_room(controller, people, token)     # the participant model follows the selection
"""

from __future__ import annotations

from collections.abc import Sequence

from app.api.models import Participant, Room
from app.live import PollingController

from .models.conversations import ConversationModel
from .models.participants import ParticipantModel


def bind_models(
    controller: PollingController,
    conversations: ConversationModel,
    participants: ParticipantModel | None = None,
) -> None:
    """Feed the models from the controller's signals (rooms, removals, participants, peers)."""
    controller.rooms_changed.connect(conversations.upsert)

    def removed(rooms: Sequence[Room]) -> None:
        conversations.remove(room.token for room in rooms)

    controller.rooms_removed.connect(removed)

    def counted(token: str, people: Sequence[Participant]) -> None:
        conversations.set_participant_count(token, len(people))

    controller.participants_changed.connect(counted)
    if participants is None:
        return

    def room_changed(rooms: Sequence[Room]) -> None:
        current = participants.token
        if current is None:
            return
        for room in rooms:
            if room.token == current:
                participants.set_room(room)

    controller.rooms_changed.connect(room_changed)

    def room_removed(rooms: Sequence[Room]) -> None:
        if any(room.token == participants.token for room in rooms):
            participants.set_room(None)

    controller.rooms_removed.connect(room_removed)
    controller.participants_changed.connect(participants.set_participants)
    controller.call_peers_changed.connect(participants.set_call_peers)


def show_room(
    controller: PollingController, participants: ParticipantModel, token: str | None
) -> None:
    """Select ``token`` for fast polling and point the participant model at it."""
    participants.set_room(controller.room(token) if token is not None else None)
    controller.select_room(token)


__all__ = ["bind_models", "show_room"]
