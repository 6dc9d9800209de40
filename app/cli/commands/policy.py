"""``talk-moderator rooms description|listable|expiration|mentions|recording-consent|notify``:
a conversation's policy, and your own notifications of it.

Each change is one action through the moderation core (audited); ``--json`` prints the
conversation afterwards with the server's field names (``description``, ``listable``,
``messageExpiration``, ``mentionPermissions``, ``recordingConsent``, ``isFavorite``,
``notificationLevel``, ``notificationCalls``).
"""

from __future__ import annotations

import argparse

from app.api.models import Room
from app.moderation import ActionKind, Operation, policy

from ..context import Context
from ..errors import CliError, UsageError
from ..resolve import find_room


async def _run(ctx: Context, room: Room, ops: list[Operation]) -> Room:
    """Send ``ops`` in order; the room as the last answer (or a read) has it."""
    after: Room | None = None
    for op in ops:
        after = (await ctx.run(op)).room or after
    if after is None or ctx.out.as_json:
        after = await ctx.service.rooms.get(room.token)
    return after


async def description(ctx: Context, args: argparse.Namespace) -> None:
    if args.clear == (args.text is not None):
        raise UsageError("give the new description, or --clear to remove it (not both)")
    text = "" if args.clear else policy.trimmed(args.text)
    if len(text) > policy.DESCRIPTION_MAX:
        raise UsageError(
            f"the description has {len(text):,} characters; Talk keeps at most "
            f"{policy.DESCRIPTION_MAX:,}"
        )
    room = await find_room(ctx.service, args.room)
    after = await _run(ctx, room, [policy.set_description(room, text)])
    sentence = (
        f"The description of '{room.title}' is now: {text}"
        if text
        else f"'{room.title}' has no description now."
    )
    ctx.out.done(sentence, after)


async def listable(ctx: Context, args: argparse.Namespace) -> None:
    found = policy.named(policy.LISTABLE, args.scope)
    assert found is not None  # argparse allows only these names
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.LISTABLE, room, "change who can find it")
    after = await _run(ctx, room, [policy.set_listable(room, found.value)])
    who = {
        "none": "Only its participants can find",
        "users": "Users of this server can find and join",
        "everyone": "Everyone with an account, guest accounts too, can find and join",
    }[found.name]
    ctx.out.done(f"{who} '{after.title}'.", after)


async def expiration(ctx: Context, args: argparse.Namespace) -> None:
    try:
        seconds = policy.parse_expiration(args.duration)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    room = await find_room(ctx.service, args.room)
    after = await _run(ctx, room, [policy.set_message_expiration(room, seconds)])
    sentence = (
        f"Messages in '{after.title}' are kept (no expiration)."
        if not seconds
        else f"Messages in '{after.title}' are deleted {policy.expiration_text(seconds)} "
        "after they were sent."
    )
    ctx.out.done(sentence, after)


async def mentions(ctx: Context, args: argparse.Namespace) -> None:
    found = policy.named(policy.MENTIONS, args.who)
    assert found is not None
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.MENTION_PERMISSIONS, room, "change who may mention everyone")
    after = await _run(ctx, room, [policy.set_mention_permissions(room, found.value)])
    who = "Everyone" if found.value == 0 else "Only moderators"
    ctx.out.done(f"{who} may mention @all in '{after.title}'.", after)


async def recording_consent(ctx: Context, args: argparse.Namespace) -> None:
    caps = await ctx.service.account.capabilities()
    if args.state == "optional":
        raise UsageError(
            "'optional' is the server's own mode (its administrator lets each conversation's "
            f"moderators decide), not a conversation's setting; on this server "
            f"{policy.consent_mode_text(caps)}. A conversation is 'off' or 'required'"
        )
    room = await find_room(ctx.service, args.room)
    refusal = policy.consent_refusal(caps, room)
    if refusal is not None:
        raise CliError(
            f"Cannot change recording consent of '{room.title}': {refusal[0].lower()}{refusal[1:]}"
        )
    required = args.state == "required"
    after = await _run(ctx, room, [policy.set_recording_consent(room, required)])
    sentence = (
        f"Joining the call in '{after.title}' now needs consent to its recording "
        f"(talk-moderator call join {after.token} --recording-consent)."
        if required
        else f"Joining the call in '{after.title}' needs no recording consent any more."
    )
    ctx.out.done(sentence, after)


async def notify(ctx: Context, args: argparse.Namespace) -> None:
    level = policy.named(policy.NOTIFICATIONS, args.level)
    assert level is not None
    room = await find_room(ctx.service, args.room)
    ops = [policy.set_notification_level(room, level.value)]
    if args.calls is not None:
        ops.append(policy.set_call_notifications(room, args.calls == "on"))
    after = await _run(ctx, room, ops)
    words = {"always": "every message", "mentions": "@-mentions only", "never": "nothing"}
    sentence = f"'{after.title}' now notifies you of {words[level.name]}"
    if args.calls is not None:
        sentence += ", and of calls" if args.calls == "on" else ", and not of calls"
    ctx.out.done(sentence + ".", after)
