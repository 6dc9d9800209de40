"""``talk-moderator rooms ...``: list, inspect, create and moderate conversations."""

from __future__ import annotations

import argparse

from app.api.constants import SipState
from app.api.models import Room
from app.moderation import ActionKind
from app.moderation import operations as ops

from ..context import Context
from ..errors import CliError, UsageError
from ..output import SIP_STATES, lobby_text
from ..resolve import find_room
from ..terminal import confirm_by_typing, new_secret, stdin_is_tty
from ..timeparse import lobby_opening_time, parse_since

SIP_CHOICES = {
    "off": SipState.DISABLED,
    "on": SipState.ENABLED_WITH_PIN,
    "nopin": SipState.ENABLED_NO_PIN,
}


async def _result(ctx: Context, token: str, answer: Room | None) -> Room | None:
    """The room after a write, for ``--json`` (some servers answer without it)."""
    if not ctx.out.as_json:
        return answer
    return answer if answer is not None else await ctx.service.rooms.get(token)


async def list_rooms(ctx: Context, args: argparse.Namespace) -> None:
    since = parse_since(args.changed_since) if args.changed_since is not None else None
    listing = await ctx.service.rooms.list(modified_since=since)
    ctx.out.rooms(listing.rooms)


async def show(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    people = await ctx.service.participants.list(room.token)
    ctx.out.room_detail(room, people)


async def create(ctx: Context, args: argparse.Namespace) -> None:
    if args.password_stdin and not args.public:
        raise UsageError("--password-stdin needs --public: only public conversations have one")
    if not args.name.strip():
        raise UsageError("the conversation name must not be empty")
    # On a terminal "stdin" means asking without echo rather than reading a visible line.
    password = new_secret("guest password") if args.password_stdin else None
    outcome = await ctx.run(ops.create_room(args.name, public=args.public, password=password))
    room = outcome.room
    assert room is not None  # create answers the new conversation (decoded strictly)
    kind = "public conversation" if args.public else "conversation"
    ctx.out.done(f"Created {kind} '{room.title}' (token {room.token}).", room)


async def rename(ctx: Context, args: argparse.Namespace) -> None:
    if not args.name.strip():  # a usage error like in 'create', before asking the server
        raise UsageError("the conversation name must not be empty")
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.RENAME, room, "rename")
    answer = (await ctx.run(ops.rename(room, args.name))).room
    ctx.out.done(
        f"Renamed '{room.title}' to '{args.name}'.", await _result(ctx, room.token, answer)
    )


async def delete(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.DELETE, room, "delete a conversation")
    if not args.yes:
        if not stdin_is_tty():
            raise UsageError(
                f"refusing to delete '{room.title}' without confirmation: "
                "no terminal to ask on (pass --yes)"
            )
        people = await ctx.service.participants.list(room.token)
        question = (
            f"Delete '{room.title}' with its chat, for all {len(people)} participants? "
            "This cannot be undone.\nType the conversation name to confirm: "
        )
        if not confirm_by_typing(question, room.title):
            raise CliError(f"'{room.title}' was not deleted (the name did not match)")
    await ctx.run(ops.delete(room))
    ctx.out.done(f"Deleted '{room.title}'.")


async def public(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    allowed = args.state == "on"
    ctx.refuse_early(ActionKind.GUESTS, room, "allow or disallow guests")
    answer = (await ctx.run(ops.set_guests_allowed(room, allowed))).room
    if allowed:
        link = f"{ctx.service.server_url}/call/{room.token}"
        sentence = f"Guests can now join '{room.title}' with the link {link}"
    else:
        sentence = f"'{room.title}' no longer allows guests."
    ctx.out.done(sentence, await _result(ctx, room.token, answer))


async def read_only(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    on = args.state == "on"
    ctx.refuse_early(ActionKind.READ_ONLY, room, "change read-only")
    answer = (await ctx.run(ops.set_read_only(room, on))).room
    if not on:
        sentence = f"'{room.title}' is writable again."
    elif room.has_call:  # as read just before: Talk ends a running call when it goes read-only
        sentence = f"'{room.title}' is now read-only (its running call was ended)."
    else:
        sentence = f"'{room.title}' is now read-only."
    ctx.out.done(sentence, await _result(ctx, room.token, answer))


async def password(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.PASSWORD, room, "set a password")
    if args.clear:
        answer = (await ctx.run(ops.set_password(room, ""))).room
        ctx.out.done(
            f"Removed the password of '{room.title}'.", await _result(ctx, room.token, answer)
        )
        return
    if not room.is_public:
        raise CliError(
            f"Cannot set a password on '{room.title}': only conversations that allow guests can "
            f"have one; allow guests first (talk-moderator rooms public {room.token} on)"
        )
    secret = new_secret(f"password for '{room.title}'")
    answer = (await ctx.run(ops.set_password(room, secret))).room
    ctx.out.done(f"Set the password of '{room.title}'.", await _result(ctx, room.token, answer))


async def lobby(ctx: Context, args: argparse.Namespace) -> None:
    on = args.state == "on"
    if not on and (args.until is not None or args.duration is not None):
        raise UsageError("--until and --for only go with 'lobby ... on'")
    opening = lobby_opening_time(args.until, args.duration) if on else None
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.LOBBY, room, "change the lobby")
    answer = (await ctx.run(ops.set_lobby(room, on, opening))).room
    after = answer if answer is not None else await ctx.service.rooms.get(room.token)
    if on:
        sentence = f"The lobby of '{after.title}' is {lobby_text(after)}: only moderators get in."
    else:
        sentence = f"The lobby of '{after.title}' is off: everyone can join."
    ctx.out.done(sentence, after)


async def sip(ctx: Context, args: argparse.Namespace) -> None:
    state = SIP_CHOICES[args.state]
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.SIP, room, "change SIP dial-in")
    answer = (await ctx.run(ops.set_sip(room, int(state)))).room
    ctx.out.done(
        f"SIP dial-in for '{room.title}' is {SIP_STATES[state]}.",
        await _result(ctx, room.token, answer),
    )


async def favorite(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    on = args.state == "on"
    answer = (await ctx.run(ops.set_favorite(room, on))).room
    sentence = (
        f"'{room.title}' is now one of your favorites."
        if on
        else f"'{room.title}' is no longer one of your favorites."
    )
    ctx.out.done(sentence, answer)
