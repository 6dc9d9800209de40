"""When a moderation action is possible, and if not, why: pure rules, no Qt.

One rule per ``ActionKind``, for every front-end. The main window asks ``evaluate(kind,
context)`` whenever the selection, the room or the capabilities change, enables the QAction
from ``Verdict.enabled`` and shows ``Verdict.reason`` as tooltip and status tip when it is
disabled; the kiosk asks before it sends a button's action; the CLI asks ``server_refusal``
before sending, for the refusals the server would answer anyway. The rules mirror what the
server would refuse (talk-api/README.md sections 3-5), so the user learns *before* clicking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..api.capabilities import TalkCapabilities
from ..api.chat_models import ChatMessage
from ..api.constants import ActorType, ConversationType, InCallFlag, ParticipantType, Permission
from ..api.kinds import ActionKind
from ..api.models import Participant, Room
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from . import breakout, chat, policy, recording
from .permissions import room_listens_only
from .signaling import speaks


@dataclass(frozen=True)
class RuleContext:
    """Everything the rules look at: a snapshot of the current selection.

    Args:
        room: the current conversation, or None when none is selected.
        participants: the selected participants of that conversation.
        capabilities: the server's capabilities, None while not yet known.
        rooms: all selected conversations (bulk actions); ``room`` is the current one.
        gone: why nothing (or no one) is selected when the selection went away under the
            user (``room_gone``, ``people_gone``); "" when the user simply selected nothing.
            The disabled actions give it as their reason.
        message: the chat message selected in the chat pane (deleting a message).
        signaling: whether this client has a live signaling-server connection to ``room``
            (muting others travels over it; no REST endpoint does it).
    """

    room: Room | None = None
    participants: tuple[Participant, ...] = ()
    capabilities: TalkCapabilities | None = None
    rooms: tuple[Room, ...] = ()
    gone: str = ""
    message: ChatMessage | None = None
    signaling: bool = False


@dataclass(frozen=True)
class Verdict:
    """Whether an action may run now; ``reason`` says why not; ``label`` overrides the text.

    ``reason`` and ``label`` are English (the CLI prints them); ``reason_text`` and
    ``label_text`` are the same sentences kept translatable (``app.i18n.Text``, context
    "Rules") for the window and the kiosk, which show them in the user's language.
    """

    enabled: bool
    reason: str = ""
    label: str | None = None
    reason_text: Text | None = None
    label_text: Text | None = None


OK = Verdict(True)
RULES_CONTEXT = "Rules"
"""The translation context of the rules' reasons and labels (and of the texts of
``breakout``, ``chat``, ``policy`` and ``recording`` that they pass on)."""

_NO_ROOM = QT_TRANSLATE_NOOP("Rules", "Select a conversation first")
_NO_PEOPLE = QT_TRANSLATE_NOOP("Rules", "Select one or more participants first")
_ONE_TO_ONE = QT_TRANSLATE_NOOP("Rules", "Not possible in one-to-one conversations")
_FEDERATED = QT_TRANSLATE_NOOP("Rules", "Not possible in conversations hosted on another server")
_CAPS_UNKNOWN = Verdict(False, QT_TRANSLATE_NOOP("Rules", "Waiting for the server's capabilities"))


def _t(template: str, **values: str | Text) -> Text:
    """A translatable text of the "Rules" context (``template`` marked at its call site)."""
    return text(RULES_CONTEXT, template, **values)


def _no(reason: str, **values: str | Text) -> Verdict:
    """Refused: ``reason`` (a template of ``values`` when given)."""
    reason_text = _t(reason, **values)
    return Verdict(False, str(reason_text), reason_text=reason_text)


def _yes(label: str, **values: str | Text) -> Verdict:
    """Allowed, with the action's text ``label`` (a template of ``values``)."""
    label_text = _t(label, **values)
    return Verdict(True, label=str(label_text), label_text=label_text)


def _no_room(ctx: RuleContext) -> Verdict:
    """No conversation: what went away, if the selection did, else ask for one."""
    return _no(ctx.gone or _NO_ROOM)


def _no_people(ctx: RuleContext) -> Verdict:
    return _no(ctx.gone or _NO_PEOPLE)


def _names(names: Sequence[str]) -> str:
    """'A', 'A' and 'B', 'A', 'B', 'C' and 2 more."""
    quoted = [f"'{name}'" for name in names[:3]]
    if len(names) > 3:
        return f"{', '.join(quoted)} and {len(names) - 3} more"
    if len(quoted) > 1:
        return f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    return quoted[0] if quoted else "''"


def room_gone(titles: Sequence[str]) -> str:
    """What to say when conversations left the list under the user's selection or dialog.

    A listing cannot tell a deletion from a removal of the user, so both are named.
    """
    if len(titles) == 1:
        return f"{_names(titles)} is gone: it was deleted or you were removed"
    return f"{_names(titles)} are gone: they were deleted or you were removed"


def people_gone(names: Sequence[str], room_title: str) -> str:
    """What to say when selected people left a conversation's participants (removed by
    someone else, or they left)."""
    verb = "is" if len(names) == 1 else "are"
    return f"{_names(names)} {verb} gone: removed from '{room_title}', or they left"


def _kind_check(room: Room) -> Verdict | None:
    """Refuse rooms where no moderation is possible: 1:1, notes, changelog, federated."""
    if room.remote_server:
        return _no(_FEDERATED)
    if room.type in (ConversationType.ONE_TO_ONE, ConversationType.FORMER_ONE_TO_ONE):
        return _no(_ONE_TO_ONE)
    if room.type == ConversationType.NOTE_TO_SELF:
        return _no(QT_TRANSLATE_NOOP("Rules", "Not possible in your note-to-self conversation"))
    if room.type == ConversationType.CHANGELOG:
        return _no(QT_TRANSLATE_NOOP("Rules", "Not possible in the changelog conversation"))
    return None


def _moderated_room(ctx: RuleContext, what: str) -> Verdict | Room:
    """The current room if it is a group/public room you moderate, else the refusal."""
    room = ctx.room
    if room is None:
        return _no_room(ctx)
    refusal = _kind_check(room)
    if refusal is not None:
        return refusal
    if not room.is_moderator:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can {what}"), what=_t(what))
    return room


def _in_call(room: Room) -> bool:
    return bool(room.participant_flags & InCallFlag.IN_CALL)


def _is_self(room: Room, person: Participant) -> bool:
    return person.attendee_id == room.attendee_id


# ---------------------------------------------------------------------- per action


def _create_room(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.can_create:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not let you create conversations"))
    return OK


def _rename(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "rename a conversation"))
    if isinstance(checked, Verdict):
        return checked
    if checked.object_type == "event":
        return _no(
            QT_TRANSLATE_NOOP("Rules", "Event conversations are named by their calendar event")
        )
    return OK


def _delete(ctx: RuleContext) -> Verdict:
    room = ctx.room
    if room is None:
        return _no_room(ctx)
    if room.type in (ConversationType.ONE_TO_ONE, ConversationType.FORMER_ONE_TO_ONE):
        return _no(QT_TRANSLATE_NOOP("Rules", "One-to-one conversations cannot be deleted"))
    if room.remote_server:
        return _no(_FEDERATED)
    if not room.is_moderator and not room.can_delete_conversation:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can delete a conversation"))
    return OK


def _breakout_check(room: Room) -> Verdict | None:
    if room.object_type == "room":
        return _no(QT_TRANSLATE_NOOP("Rules", "Not possible in breakout rooms"))
    return None


def _guests(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "allow or disallow guests"))
    if isinstance(checked, Verdict):
        return checked
    refusal = _breakout_check(checked)
    if refusal is not None:
        return refusal
    label = (
        QT_TRANSLATE_NOOP("Rules", "Disallow &Guests")
        if checked.is_public
        else QT_TRANSLATE_NOOP("Rules", "Allow &Guests")
    )
    return Verdict(True, label=label)


def _read_only(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.read_only_rooms:
        return _no(
            QT_TRANSLATE_NOOP("Rules", "The server does not support read-only conversations")
        )
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "make a conversation read-only"))
    if isinstance(checked, Verdict):
        return checked
    label = (
        QT_TRANSLATE_NOOP("Rules", "Make &Writable")
        if checked.is_read_only
        else QT_TRANSLATE_NOOP("Rules", "Make &Read-only")
    )
    return Verdict(True, label=label)


def _password(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "set a password"))
    if isinstance(checked, Verdict):
        return checked
    refusal = _breakout_check(checked)
    if refusal is not None:
        return refusal
    if not checked.is_public:
        return _no(
            QT_TRANSLATE_NOOP("Rules", "Only conversations open to guests can have a password")
        )
    label = (
        QT_TRANSLATE_NOOP("Rules", "Change or Remove &Password…")
        if checked.has_password
        else QT_TRANSLATE_NOOP("Rules", "Set &Password…")
    )
    return Verdict(True, label=label)


def _lobby(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.lobby:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support a lobby"))
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "turn the lobby on or off"))
    if isinstance(checked, Verdict):
        return checked
    refusal = _breakout_check(checked)
    if refusal is not None:
        return refusal
    label = (
        QT_TRANSLATE_NOOP("Rules", "Open the &Lobby")
        if checked.lobby_enabled
        else QT_TRANSLATE_NOOP("Rules", "Turn on the &Lobby…")
    )
    return Verdict(True, label=label)


def _sip(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    if caps is None:
        return _CAPS_UNKNOWN
    if not caps.sip_dial_in:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server has no SIP configured"))
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "change SIP dial-in"))
    if isinstance(checked, Verdict):
        return checked
    refusal = _breakout_check(checked)
    if refusal is not None:
        return refusal
    if not checked.can_enable_sip:
        return _no(
            QT_TRANSLATE_NOOP("Rules", "You are not in a group allowed to enable SIP dial-in")
        )
    return OK


def _favorite(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.favorites:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support favorites"))
    room = ctx.room
    if room is None:
        return _no_room(ctx)
    label = (
        QT_TRANSLATE_NOOP("Rules", "Remove from &Favorites")
        if room.is_favorite
        else QT_TRANSLATE_NOOP("Rules", "Add to &Favorites")
    )
    return Verdict(True, label=label)


def _add_participant(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "add participants"))
    if isinstance(checked, Verdict):
        return checked
    return OK


def _participant_room(ctx: RuleContext, what: str) -> Verdict | Room:
    """Common checks of actions on selected participants."""
    checked = _moderated_room(ctx, what)
    if isinstance(checked, Verdict):
        return checked
    if not ctx.participants:
        return _no_people(ctx)
    return checked


def _is_group_actor(person: Participant) -> bool:
    return person.actor_type in (ActorType.GROUPS, ActorType.CIRCLES)


def _remove(ctx: RuleContext) -> Verdict:
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "remove participants"))
    if isinstance(checked, Verdict):
        return checked
    for person in ctx.participants:
        if person.is_owner and not _is_self(checked, person):
            return _no(
                QT_TRANSLATE_NOOP("Rules", "The owner ({name}) cannot be removed"),
                name=person.title,
            )
    return OK


def _promote(ctx: RuleContext) -> Verdict:
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "promote"))
    if isinstance(checked, Verdict):
        return checked
    people = ctx.participants
    if len(people) > 1:
        # a mixed selection promotes the rest; the window lists these as already moderators
        people = tuple(person for person in people if not person.is_moderator)
        if not people:
            return _no(QT_TRANSLATE_NOOP("Rules", "Everyone selected is already a moderator"))
    for person in people:
        if _is_self(checked, person):
            return _no(QT_TRANSLATE_NOOP("Rules", "You cannot change your own role"))
        if _is_group_actor(person):
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is a group or team, which cannot be promoted"),
                name=person.title,
            )
        if person.is_moderator:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is already a moderator"), name=person.title
            )
        # An e-mail guest can be promoted before joining (Talk makes them a guest moderator).
        if person.actor_type == ActorType.PHONES:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} has not joined yet and cannot be promoted"),
                name=person.title,
            )
    return OK


def _demote(ctx: RuleContext) -> Verdict:
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "demote"))
    if isinstance(checked, Verdict):
        return checked
    for person in ctx.participants:
        if _is_self(checked, person):
            return _no(QT_TRANSLATE_NOOP("Rules", "You cannot change your own role"))
        if person.is_owner:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is the owner and cannot be demoted"),
                name=person.title,
            )
        if person.participant_type not in (
            ParticipantType.MODERATOR,
            ParticipantType.GUEST_MODERATOR,
        ):
            return _no(QT_TRANSLATE_NOOP("Rules", "{name} is not a moderator"), name=person.title)
    return OK


def _lobby_bypass(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    if caps is not None and not (caps.lobby and caps.attendee_permissions):
        return _no(
            QT_TRANSLATE_NOOP("Rules", "The server does not support per-person lobby permissions")
        )
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "let people in past the lobby"))
    if isinstance(checked, Verdict):
        return checked
    if not checked.lobby_enabled:
        return _no(QT_TRANSLATE_NOOP("Rules", "The lobby of this conversation is off"))
    for person in ctx.participants:
        if _is_group_actor(person):
            return _no(
                QT_TRANSLATE_NOOP(
                    "Rules", "{name} is a group or team; let its members in one by one"
                ),
                name=person.title,
            )
        if person.is_moderator:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is a moderator and is never held in the lobby"),
                name=person.title,
            )
    if all(person.ignores_lobby for person in ctx.participants):
        return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Send Back to the &Lobby"))
    return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Let In Past the &Lobby"))


def _call_room(ctx: RuleContext) -> Verdict | Room:
    caps = ctx.capabilities
    if caps is not None and not caps.calls_enabled:
        return _no(QT_TRANSLATE_NOOP("Rules", "Calls are disabled on this server"))
    room = ctx.room
    if room is None:
        return _no_room(ctx)
    if room.remote_server:
        return _no(_FEDERATED)
    if room.is_read_only:
        return _no(QT_TRANSLATE_NOOP("Rules", "Calls are not possible in read-only conversations"))
    return room


def _join_call(ctx: RuleContext) -> Verdict:
    checked = _call_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if _in_call(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "You are already in the call"))
    if not checked.has_call and not checked.can_start_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running and you may not start one"))
    return Verdict(
        True,
        label=QT_TRANSLATE_NOOP("Rules", "&Join Call")
        if checked.has_call
        else QT_TRANSLATE_NOOP("Rules", "&Start Call"),
    )


def _leave_call(ctx: RuleContext) -> Verdict:
    checked = _call_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if not _in_call(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "You are not in the call"))
    return OK


def _end_call(ctx: RuleContext) -> Verdict:
    checked = _call_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if not checked.has_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running"))
    if not checked.is_moderator:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can end the call for everyone"))
    return OK


def _refuse_call_target(ctx: RuleContext, to_do: str) -> Verdict | None:
    """Why ringing or dialling someone into the call is not possible now (None: it is).

    Both need a running call that you are in, and someone selected to bring into it.
    """
    checked = _call_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if not checked.has_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running"))
    if not _in_call(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "Join the call first to {to_do}"), to_do=_t(to_do))
    if not ctx.participants:
        return _no_people(ctx)
    return None


def _ring(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    if caps is not None and not caps.ring:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server cannot ring participants"))
    refused = _refuse_call_target(ctx, QT_TRANSLATE_NOOP("Rules", "ring someone"))
    if refused is not None:
        return refused
    for person in ctx.participants:
        if person.actor_type != ActorType.USERS:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "Only users can be rung; {name} is not a user"),
                name=person.title,
            )
        if person.in_call & InCallFlag.IN_CALL:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is already in the call"), name=person.title
            )
    return OK


def _dial_out(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    if caps is None:
        return _CAPS_UNKNOWN
    if not caps.sip_dial_out:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server has no SIP dial-out configured"))
    refused = _refuse_call_target(ctx, QT_TRANSLATE_NOOP("Rules", "dial out"))
    if refused is not None:
        return refused
    for person in ctx.participants:
        if person.actor_type != ActorType.PHONES:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "Only phone numbers can be dialled; {name} is not one"),
                name=person.title,
            )
    return OK


def _permissions_supported(ctx: RuleContext) -> Verdict | None:
    caps = ctx.capabilities
    if caps is not None and not caps.attendee_permissions:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support permissions"))
    return None


def _permissions(ctx: RuleContext) -> Verdict:
    refusal = _permissions_supported(ctx)
    if refusal is not None:
        return refusal
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "change permissions"))
    if isinstance(checked, Verdict):
        return checked
    for person in ctx.participants:
        if _is_group_actor(person):
            return _no(
                QT_TRANSLATE_NOOP(
                    "Rules", "{name} is a group or team; change its members one by one"
                ),
                name=person.title,
            )
        if person.is_moderator:
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is a moderator and always has every permission"),
                name=person.title,
            )
    return OK


def _room_level(ctx: RuleContext, what: str) -> Verdict | Room:
    """Checks of the conversation-wide permissions (its default, listen only)."""
    refusal = _permissions_supported(ctx)
    if refusal is not None:
        return refusal
    checked = _moderated_room(ctx, what)
    if isinstance(checked, Verdict):
        return checked
    refusal = _breakout_check(checked)
    if refusal is not None:
        return refusal
    return checked


def _room_permissions(ctx: RuleContext) -> Verdict:
    checked = _room_level(ctx, QT_TRANSLATE_NOOP("Rules", "change the conversation's permissions"))
    return checked if isinstance(checked, Verdict) else OK


def _listen_only(ctx: RuleContext) -> Verdict:
    """Only for a running call, and always to undo it (the call may have ended since)."""
    checked = _room_level(ctx, QT_TRANSLATE_NOOP("Rules", "make attendees listen only"))
    if isinstance(checked, Verdict):
        return checked
    if room_listens_only(checked):
        return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Let Attendees &Speak Again"))
    if not checked.has_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running"))
    return OK


def _bans_supported(ctx: RuleContext) -> Verdict | None:
    caps = ctx.capabilities
    if caps is not None and not caps.bans:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support bans"))
    return None


def _ban(ctx: RuleContext) -> Verdict:
    refusal = _bans_supported(ctx)
    if refusal is not None:
        return refusal
    checked = _participant_room(ctx, QT_TRANSLATE_NOOP("Rules", "ban people"))
    if isinstance(checked, Verdict):
        return checked
    if len(ctx.participants) > 1:
        return _no(
            QT_TRANSLATE_NOOP("Rules", "Ban one person at a time (each ban has its own note)")
        )
    person = ctx.participants[0]
    if _is_self(checked, person):
        return _no(QT_TRANSLATE_NOOP("Rules", "You cannot ban yourself"))
    if person.is_moderator:
        return _no(
            QT_TRANSLATE_NOOP("Rules", "{name} is a moderator; demote them first to ban them"),
            name=person.title,
        )
    if person.actor_type not in (ActorType.USERS, ActorType.GUESTS, ActorType.EMAILS):
        return _no(
            QT_TRANSLATE_NOOP(
                "Rules", "Only users, guests and e-mail guests can be banned; {name} is not"
            ),
            name=person.title,
        )
    return OK


def _unban(ctx: RuleContext) -> Verdict:
    refusal = _bans_supported(ctx)
    if refusal is not None:
        return refusal
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "see and lift bans"))
    return checked if isinstance(checked, Verdict) else OK


_NO_SIGNALING = QT_TRANSLATE_NOOP(
    "Rules",
    "Muting needs a connection to the conversation over a signaling server: this server has "
    "none, or it cannot be reached right now",
)


def _mute_room(ctx: RuleContext) -> Verdict | Room:
    """A running call you moderate, with the room's signaling connection up."""
    checked = _call_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if not checked.is_moderator:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can mute others"))
    if not checked.has_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running"))
    if not ctx.signaling:
        return _no(_NO_SIGNALING)
    return checked


def _mute(ctx: RuleContext) -> Verdict:
    checked = _mute_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if not ctx.participants:
        return _no_people(ctx)
    for person in ctx.participants:
        if _is_self(checked, person):
            return _no(QT_TRANSLATE_NOOP("Rules", "You cannot mute yourself from here"))
        if not person.in_call & InCallFlag.IN_CALL:
            return _no(QT_TRANSLATE_NOOP("Rules", "{name} is not in the call"), name=person.title)
        if not speaks(person):
            return _no(
                QT_TRANSLATE_NOOP("Rules", "{name} is in the call without a microphone"),
                name=person.title,
            )
    return OK


def _mute_all(ctx: RuleContext) -> Verdict:
    checked = _mute_room(ctx)
    return checked if isinstance(checked, Verdict) else OK


# ---------------------------------------------------------------- conversation policy


def _selected_room(ctx: RuleContext) -> Verdict | Room:
    """The current room, or the refusal every rule gives without one."""
    if ctx.room is None:
        no_room = _moderated_room(ctx, "")  # the common "select a conversation" verdict
        assert isinstance(no_room, Verdict)
        return no_room
    return ctx.room


def _is_guest_caller(room: Room) -> bool:
    return room.participant_type in (ParticipantType.GUEST, ParticipantType.GUEST_MODERATOR)


def _policy_room(ctx: RuleContext, what: str) -> Verdict | Room:
    """A group or public room you moderate, not a breakout room."""
    checked = _moderated_room(ctx, what)
    if isinstance(checked, Verdict):
        return checked
    return _breakout_check(checked) or checked


def _description(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "change the description"))
    if isinstance(checked, Verdict):
        return checked
    if checked.object_type == "event":
        return _no(
            QT_TRANSLATE_NOOP(
                "Rules", "Event conversations take their description from the calendar event"
            )
        )
    return OK


def _listable(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.has("listable-rooms"):
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support listed conversations"))
    checked = _policy_room(ctx, QT_TRANSLATE_NOOP("Rules", "change who can find a conversation"))
    if isinstance(checked, Verdict):
        return checked
    who = policy.label_text(policy.LISTABLE, checked.listable, lower=True)
    return _yes(QT_TRANSLATE_NOOP("Rules", "Who Can &Find It: {who}…"), who=who)


def _message_expiration(ctx: RuleContext) -> Verdict:
    room = _selected_room(ctx)
    if isinstance(room, Verdict):
        return room
    if room.remote_server:
        return _no(_FEDERATED)
    if room.type == ConversationType.FORMER_ONE_TO_ONE:
        return _no(QT_TRANSLATE_NOOP("Rules", "Not possible in a former one-to-one conversation"))
    refusal = _breakout_check(room)
    if refusal is not None:
        return refusal
    if not room.is_moderator:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can make messages expire"))
    words = policy.expiration_words(room.message_expiration)
    return _yes(QT_TRANSLATE_NOOP("Rules", "&Message Expiration: {words}…"), words=words)


def _mention_permissions(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.mention_permissions:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support limiting @all mentions"))
    checked = _policy_room(ctx, QT_TRANSLATE_NOOP("Rules", "change who may mention everyone"))
    if isinstance(checked, Verdict):
        return checked
    who = policy.label_text(policy.MENTIONS, checked.mention_permissions, lower=True)
    return _yes(QT_TRANSLATE_NOOP("Rules", "@&all Mentions: {who}…"), who=who)


def _recording_consent(ctx: RuleContext) -> Verdict:
    checked = _policy_room(ctx, QT_TRANSLATE_NOOP("Rules", "change recording consent"))
    if isinstance(checked, Verdict):
        return checked
    refusal = policy.consent_refusal(ctx.capabilities, checked)
    if refusal is not None:
        return _no(refusal)
    state = _t(
        QT_TRANSLATE_NOOP("Rules", "required")
        if checked.recording_consent
        else QT_TRANSLATE_NOOP("Rules", "not required")
    )
    return _yes(QT_TRANSLATE_NOOP("Rules", "Recording &Consent: {state}…"), state=state)


def _own_settings_room(ctx: RuleContext, feature: bool, feature_missing: str) -> Verdict | Room:
    """Your own settings of a conversation: any conversation you are in, unless a guest."""
    if ctx.capabilities is not None and not feature:
        return _no(feature_missing)
    room = _selected_room(ctx)
    if isinstance(room, Verdict):
        return room
    if _is_guest_caller(room):
        return _no(QT_TRANSLATE_NOOP("Rules", "Guests have no notification settings"))
    return room


def _notifications(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    room = _own_settings_room(
        ctx,
        caps is not None and caps.notification_levels,
        QT_TRANSLATE_NOOP("Rules", "The server does not support notification levels"),
    )
    if isinstance(room, Verdict):
        return room
    level = policy.notification_words(room)
    return _yes(QT_TRANSLATE_NOOP("Rules", "&Notifications: {level}…"), level=level)


def _call_notifications(ctx: RuleContext) -> Verdict:
    caps = ctx.capabilities
    room = _own_settings_room(
        ctx,
        caps is not None and caps.call_notifications,
        QT_TRANSLATE_NOOP("Rules", "The server does not support call notification settings"),
    )
    if isinstance(room, Verdict):
        return room
    state = _t(
        QT_TRANSLATE_NOOP("Rules", "on")
        if room.notification_calls
        else QT_TRANSLATE_NOOP("Rules", "off")
    )
    return _yes(QT_TRANSLATE_NOOP("Rules", "Call N&otifications: {state}…"), state=state)


def _resend_invitations(ctx: RuleContext) -> Verdict:
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "resend invitations"))
    if isinstance(checked, Verdict):
        return checked
    if _is_guest_caller(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "Only signed-in moderators can resend invitations"))
    if not ctx.participants:
        return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Resend All E-mail &Invitations"))
    for person in ctx.participants:
        if person.actor_type != ActorType.EMAILS:
            return _no(
                QT_TRANSLATE_NOOP(
                    "Rules", "{name} is not an e-mail guest: invitations go to e-mail guests"
                ),
                name=person.title,
            )
    if len(ctx.participants) > 1:
        return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Resend E-mail &Invitations"))
    return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "Resend E-mail &Invitation"))


def _import_emails(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.email_import:
        return _no(QT_TRANSLATE_NOOP("Rules", "The server cannot import e-mail guests"))
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "import e-mail guests"))
    if isinstance(checked, Verdict):
        return checked
    if _is_guest_caller(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "Only signed-in moderators can import e-mail guests"))
    return _breakout_check(checked) or OK


# ------------------------------------------------- polls, attendance list, recording

_NO_POLLS = QT_TRANSLATE_NOOP("Rules", "Polls exist only in group and public conversations")


def _poll_room_refusal(room: Room) -> str | None:
    """What the conversation's type alone rules out for polls (the server's ``room``)."""
    if room.type not in (ConversationType.GROUP, ConversationType.PUBLIC):
        return _NO_POLLS
    return None


def _poll_room(ctx: RuleContext) -> Verdict | Room:
    if ctx.capabilities is not None and not ctx.capabilities.has("talk-polls"):
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support polls"))
    room = _selected_room(ctx)
    if isinstance(room, Verdict):
        return room
    refusal = _poll_room_refusal(room)
    return _no(refusal) if refusal is not None else room


def _create_poll(ctx: RuleContext) -> Verdict:
    """Anyone who may chat may post a poll (not only moderators)."""
    checked = _poll_room(ctx)
    if isinstance(checked, Verdict):
        return checked
    if checked.is_read_only:
        return _no(QT_TRANSLATE_NOOP("Rules", "The conversation is read-only"))
    if checked.permissions and not checked.permissions & Permission.CHAT:
        return _no(
            QT_TRANSLATE_NOOP(
                "Rules", "You may not chat in this conversation, so you cannot post a poll"
            )
        )
    return OK


def _close_poll(ctx: RuleContext) -> Verdict:
    """The poll results view, where an open poll is closed (moderators and its author)."""
    checked = _poll_room(ctx)
    return checked if isinstance(checked, Verdict) else OK


def _recording_room(ctx: RuleContext, what: str) -> Verdict | Room:
    """A call you moderate as a signed-in user, on a server that can record at all."""
    caps = ctx.capabilities
    if caps is not None and not caps.has("recording-v1"):
        return _no(QT_TRANSLATE_NOOP("Rules", "The server does not support recording calls"))
    room = _selected_room(ctx)
    if isinstance(room, Verdict):
        return room
    if room.remote_server:
        return _no(_FEDERATED)
    if not room.is_moderator or _is_guest_caller(room):
        return _no(
            QT_TRANSLATE_NOOP("Rules", "Only signed-in moderators can {what}"), what=_t(what)
        )
    return room


def _start_recording(ctx: RuleContext) -> Verdict:
    checked = _recording_room(ctx, QT_TRANSLATE_NOOP("Rules", "record a call"))
    if isinstance(checked, Verdict):
        return checked
    if ctx.capabilities is not None and not ctx.capabilities.recording:
        return _no(QT_TRANSLATE_NOOP("Rules", "This server has no recording backend"))
    if not checked.has_call:
        return _no(QT_TRANSLATE_NOOP("Rules", "No call is running"))
    if recording.is_recording(checked):
        return _no(
            QT_TRANSLATE_NOOP("Rules", "{state} already"), state=recording.recording_text(checked)
        )
    return OK


def _stop_recording(ctx: RuleContext) -> Verdict:
    checked = _recording_room(ctx, QT_TRANSLATE_NOOP("Rules", "stop a recording"))
    if isinstance(checked, Verdict):
        return checked
    if not recording.is_recording(checked):
        return _no(QT_TRANSLATE_NOOP("Rules", "The call is not being recorded"))
    return OK


def _download_attendance(ctx: RuleContext) -> Verdict:
    if ctx.capabilities is not None and not ctx.capabilities.has("download-call-participants"):
        return _no(QT_TRANSLATE_NOOP("Rules", "The server cannot make attendance lists"))
    room = _selected_room(ctx)
    if isinstance(room, Verdict):
        return room
    if not room.is_moderator:
        return _no(QT_TRANSLATE_NOOP("Rules", "Only moderators can download the attendance list"))
    if not room.has_call:
        return _no(
            QT_TRANSLATE_NOOP(
                "Rules", "There is no call running: the attendance list is of a running call"
            )
        )
    return OK


# ---------------------------------------------------------------- breakout rooms


def _breakout_parent(ctx: RuleContext, kind: ActionKind) -> Verdict | Room:
    """A group conversation you moderate, on a server that has breakout rooms switched on."""
    refusal = breakout.server_refusal(ctx.capabilities)
    if refusal is not None:
        return _no(refusal)
    checked = _moderated_room(ctx, QT_TRANSLATE_NOOP("Rules", "manage breakout rooms"))
    if isinstance(checked, Verdict):
        return checked
    if kind is ActionKind.BREAKOUT_ASSISTANCE:
        refusal = breakout.assistance_refusal(checked)
    else:
        refusal = breakout.type_refusal(checked) or breakout.state_refusal(kind, checked)
    return _no(refusal) if refusal is not None else checked


def _breakout_rule(kind: ActionKind) -> Rule:
    def rule(ctx: RuleContext) -> Verdict:
        checked = _breakout_parent(ctx, kind)
        if isinstance(checked, Verdict):
            return checked
        if kind is ActionKind.BREAKOUT_SETUP and breakout.is_configured(checked):
            return Verdict(True, label=QT_TRANSLATE_NOOP("Rules", "&Breakout Rooms…"))
        return OK

    return rule


Rule = Callable[[RuleContext], Verdict]


def _chat_rule(kind: ActionKind) -> Rule:
    """Chat moderation (``moderation.chat``): the selected conversation, and for deleting
    the message selected in the chat pane (``RuleContext.message``)."""

    def rule(ctx: RuleContext) -> Verdict:
        if ctx.room is None:
            return _no_room(ctx)
        refusal = chat.refusal(kind, ctx.room, ctx.message, ctx.capabilities)
        return _no(refusal) if refusal is not None else OK

    return rule


RULES: dict[ActionKind, Rule] = {
    ActionKind.CREATE: _create_room,
    ActionKind.RENAME: _rename,
    ActionKind.DELETE: _delete,
    ActionKind.GUESTS: _guests,
    ActionKind.READ_ONLY: _read_only,
    ActionKind.PASSWORD: _password,
    ActionKind.LOBBY: _lobby,
    ActionKind.SIP: _sip,
    ActionKind.FAVORITE: _favorite,
    ActionKind.ADD: _add_participant,
    ActionKind.REMOVE: _remove,
    ActionKind.PROMOTE: _promote,
    ActionKind.DEMOTE: _demote,
    ActionKind.LOBBY_BYPASS: _lobby_bypass,
    ActionKind.PERMISSIONS: _permissions,
    ActionKind.BAN: _ban,
    ActionKind.UNBAN: _unban,
    ActionKind.JOIN_CALL: _join_call,
    ActionKind.LEAVE_CALL: _leave_call,
    ActionKind.END_CALL: _end_call,
    ActionKind.RING: _ring,
    ActionKind.DIAL_OUT: _dial_out,
    ActionKind.LISTEN_ONLY: _listen_only,
    ActionKind.ROOM_PERMISSIONS: _room_permissions,
    ActionKind.DESCRIPTION: _description,
    ActionKind.LISTABLE: _listable,
    ActionKind.MESSAGE_EXPIRATION: _message_expiration,
    ActionKind.MENTION_PERMISSIONS: _mention_permissions,
    ActionKind.RECORDING_CONSENT: _recording_consent,
    ActionKind.NOTIFICATIONS: _notifications,
    ActionKind.CALL_NOTIFICATIONS: _call_notifications,
    ActionKind.RESEND_INVITATIONS: _resend_invitations,
    ActionKind.IMPORT_EMAILS: _import_emails,
    **{kind: _breakout_rule(kind) for kind in breakout.KINDS},
    **{kind: _chat_rule(kind) for kind in chat.KINDS},
    ActionKind.CREATE_POLL: _create_poll,
    ActionKind.CLOSE_POLL: _close_poll,
    ActionKind.START_RECORDING: _start_recording,
    ActionKind.STOP_RECORDING: _stop_recording,
    ActionKind.DOWNLOAD_ATTENDANCE: _download_attendance,
    ActionKind.MUTE: _mute,
    ActionKind.MUTE_ALL: _mute_all,
}


def evaluate(kind: ActionKind, ctx: RuleContext) -> Verdict:
    """Whether ``kind`` may run for the selection in ``ctx`` (never raises)."""
    return RULES[kind](ctx)


_NEEDS_GROUP_ROOM = frozenset(
    {
        ActionKind.RENAME,
        ActionKind.LISTABLE,
        ActionKind.MENTION_PERMISSIONS,
        ActionKind.IMPORT_EMAILS,
        ActionKind.GUESTS,
        ActionKind.READ_ONLY,
        ActionKind.PASSWORD,
        ActionKind.LOBBY,
        ActionKind.SIP,
        ActionKind.ADD,
        ActionKind.REMOVE,
        ActionKind.PROMOTE,
        ActionKind.DEMOTE,
        ActionKind.LOBBY_BYPASS,
        ActionKind.PERMISSIONS,
        ActionKind.ROOM_PERMISSIONS,
        ActionKind.LISTEN_ONLY,
        ActionKind.BAN,
        ActionKind.UNBAN,
    }
)
_NOT_IN_BREAKOUT = frozenset(
    {
        ActionKind.GUESTS,
        ActionKind.LISTABLE,
        ActionKind.MENTION_PERMISSIONS,
        ActionKind.PASSWORD,
        ActionKind.LOBBY,
        ActionKind.SIP,
        ActionKind.ROOM_PERMISSIONS,
        ActionKind.LISTEN_ONLY,
    }
)


def _kind_check_reason(room: Room) -> str | None:
    refusal = _kind_check(room)
    return refusal.reason if refusal is not None else None


def server_refusal(kind: ActionKind, room: Room) -> str | None:
    """The reason the server would refuse ``kind`` in ``room`` whoever asks, else None.

    Only what the conversation's type decides (one-to-one, note to self, changelog, hosted
    elsewhere, breakout room): a scripted caller learns it before anything is sent, with the
    same words as the window. Rights (moderator or not) are left to the server, whose answer
    says which right was missing.
    """
    if kind in _NEEDS_GROUP_ROOM:
        refusal = _kind_check(room)
        if refusal is None and kind in _NOT_IN_BREAKOUT:
            refusal = _breakout_check(room)
        return refusal.reason if refusal is not None else None
    if kind in (ActionKind.CREATE_POLL, ActionKind.CLOSE_POLL):
        return _poll_room_refusal(room)
    if kind in breakout.ON_PARENT:
        return _kind_check_reason(room) or breakout.type_refusal(room)
    if kind is ActionKind.DELETE and room.type in (
        ConversationType.ONE_TO_ONE,
        ConversationType.FORMER_ONE_TO_ONE,
    ):
        return "One-to-one conversations cannot be deleted"
    return None
