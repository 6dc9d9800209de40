"""Who may delete, clear and post in the chat, and why not: the rules as Talk decides
(checked on Talk 21.1.7; the 6-hour limit only for servers without
``delete-messages-unlimited``), and the operations' audit wording."""

from __future__ import annotations

import time

import pytest

from app.api.capabilities import TalkCapabilities
from app.api.chat_models import ChatMessage
from app.api.constants import ConversationType, ParticipantType, Permission
from app.api.models import Room
from app.moderation import ActionKind
from app.moderation import chat as chat_ops
from app.moderation.rules import RuleContext, evaluate

TALK_21 = TalkCapabilities(
    features=frozenset({"delete-messages", "delete-messages-unlimited", "clear-history"})
)
TALK_17 = TalkCapabilities(features=frozenset({"delete-messages", "clear-history"}))


def room(
    participant_type: int = ParticipantType.MODERATOR,
    room_type: int = ConversationType.GROUP,
    **fields: object,
) -> Room:
    values: dict[str, object] = {
        "token": "abcd1234",
        "type": room_type,
        "name": "Town hall",
        "display_name": "Town hall",
        "participant_type": participant_type,
        "actor_type": "users",
        "actor_id": "moderator1",
        "permissions": 254,
    }
    return Room(**{**values, **fields})  # type: ignore[arg-type]


def message(actor_id: str = "alice", *, age: float = 60, **fields: object) -> ChatMessage:
    values: dict[str, object] = {
        "id": 7,
        "actor_type": "users",
        "actor_id": actor_id,
        "actor_display_name": actor_id.capitalize(),
        "message": "Buy cheap followers at http://spam.example now, really cheap deals",
        "message_type": "comment",
        "timestamp": int(time.time() - age),
    }
    return ChatMessage(**{**values, **fields})  # type: ignore[arg-type]


def reason(kind: ActionKind, **ctx: object) -> str:
    verdict = evaluate(kind, RuleContext(capabilities=TALK_21, **ctx))  # type: ignore[arg-type]
    return "" if verdict.enabled else verdict.reason


def test_delete_needs_a_message_that_people_wrote() -> None:
    assert reason(ActionKind.DELETE_MESSAGE) == "Select a conversation first"
    assert reason(ActionKind.DELETE_MESSAGE, room=room()) == "Select a message in the chat first"
    system = message(message_type="system", system_message="user_added")
    assert reason(ActionKind.DELETE_MESSAGE, room=room(), message=system) == (
        "System messages cannot be deleted"
    )
    gone = message(message_type="comment_deleted", deleted=True)
    assert reason(ActionKind.DELETE_MESSAGE, room=room(), message=gone) == (
        "This message was deleted already"
    )
    assert reason(ActionKind.DELETE_MESSAGE, room=room(), message=message()) == ""


def test_others_messages_only_by_moderators_and_never_in_one_to_one() -> None:
    plain = room(ParticipantType.USER)
    assert reason(ActionKind.DELETE_MESSAGE, room=plain, message=message()) == (
        "Only moderators can delete other people's messages"
    )
    assert reason(ActionKind.DELETE_MESSAGE, room=plain, message=message("moderator1")) == ""
    pair = room(ParticipantType.OWNER, ConversationType.ONE_TO_ONE)
    assert reason(ActionKind.DELETE_MESSAGE, room=pair, message=message()) == (
        "In a one-to-one conversation only the author can delete a message"
    )


@pytest.mark.parametrize(("caps", "refused"), [(TALK_21, False), (TALK_17, True)])
def test_the_six_hour_limit_only_on_servers_before_talk_18(
    caps: TalkCapabilities, refused: bool
) -> None:
    old = message(age=6 * 3600 + 60)
    ctx = RuleContext(room=room(), message=old, capabilities=caps)
    verdict = evaluate(ActionKind.DELETE_MESSAGE, ctx)
    assert verdict.enabled is not refused
    if refused:
        assert "only within 6 hours of posting" in verdict.reason
    recent = RuleContext(room=room(), message=message(age=5 * 3600), capabilities=caps)
    assert evaluate(ActionKind.DELETE_MESSAGE, recent).enabled


def test_clear_history_is_for_moderators_outside_one_to_one() -> None:
    assert reason(ActionKind.CLEAR_HISTORY, room=room()) == ""
    assert reason(ActionKind.CLEAR_HISTORY, room=room(ParticipantType.USER)) == (
        "Only moderators can clear the history"
    )
    pair = room(ParticipantType.OWNER, ConversationType.ONE_TO_ONE)
    assert reason(ActionKind.CLEAR_HISTORY, room=pair) == (
        "The history of a one-to-one conversation cannot be cleared"
    )
    assert reason(ActionKind.CLEAR_HISTORY, room=room(read_only=1)) == (
        "Not possible while the conversation is read-only"
    )
    no_feature = TalkCapabilities(features=frozenset())
    verdict = evaluate(ActionKind.CLEAR_HISTORY, RuleContext(room=room(), capabilities=no_feature))
    assert verdict.reason == "The server does not support clearing the history"


def test_post_needs_a_writable_chat() -> None:
    assert reason(ActionKind.POST_ANNOUNCEMENT, room=room(ParticipantType.USER)) == ""
    assert reason(ActionKind.POST_ANNOUNCEMENT, room=room(read_only=1)) == (
        "The conversation is read-only"
    )
    listening = room(ParticipantType.USER, permissions=int(Permission.JOIN_CALL))
    assert reason(ActionKind.POST_ANNOUNCEMENT, room=listening) == (
        "You may not chat in this conversation"
    )


def test_operations_say_what_they_do_without_whole_messages() -> None:
    op = chat_ops.delete_message(room(), message())
    assert op.kind is ActionKind.DELETE_MESSAGE and op.participant == "Alice"
    assert op.detail == (
        "delete Alice's message 'Buy cheap followers at http://spam.example now, really chea…' "
        "(message 7)"
    )
    assert chat_ops.delete_message(room(), ChatMessage(id=9)).detail == (
        "delete message 9 (message 9)"
    )
    silent = chat_ops.post_announcement(room(), "Doors close\nin five", silent=True)
    assert silent.detail == "post a silent announcement: 'Doors close in five'"
    assert silent.text("message") == "Doors close\nin five" and silent.flag("silent")
    assert chat_ops.clear_history(room()).detail == "clear the whole chat history"
    with pytest.raises(chat_ops.MessageRefused, match="empty"):
        chat_ops.check_announcement(" \n ")
    with pytest.raises(chat_ops.MessageRefused, match="32,001 characters"):
        chat_ops.check_announcement("x" * 32_001)
