"""``talk-moderator rooms ...``: list, inspect, create and moderate conversations."""

from __future__ import annotations

import argparse

from app.api.constants import ConversationType, SipState
from app.api.models import Room

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
    return answer if answer is not None else await ctx.service.get_room(token)


async def list_rooms(ctx: Context, args: argparse.Namespace) -> None:
    since = parse_since(args.changed_since) if args.changed_since is not None else None
    listing = await ctx.service.list_rooms(modified_since=since)
    ctx.out.rooms(listing.rooms)


async def show(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    people = await ctx.service.list_participants(room.token)
    ctx.out.room_detail(room, people)


async def create(ctx: Context, args: argparse.Namespace) -> None:
    if args.password_stdin and not args.public:
        raise UsageError("--password-stdin needs --public: only public conversations have one")
    if not args.name.strip():
        raise UsageError("the conversation name must not be empty")
    # On a terminal "stdin" means asking without echo rather than reading a visible line.
    password = new_secret("guest password") if args.password_stdin else None
    room_type = ConversationType.PUBLIC if args.public else ConversationType.GROUP
    room = await ctx.service.create_room(int(room_type), args.name, password=password)
    kind = "public conversation" if args.public else "conversation"
    ctx.out.done(f"Created {kind} '{room.title}' (token {room.token}).", room)


async def rename(ctx: Context, args: argparse.Namespace) -> None:
    if not args.name.strip():  # a usage error like in 'create', before asking the server
        raise UsageError("the conversation name must not be empty")
    room = await find_room(ctx.service, args.room)
    answer = await ctx.service.rename_room(room.token, args.name)
    ctx.out.done(
        f"Renamed '{room.title}' to '{args.name}'.", await _result(ctx, room.token, answer)
    )


async def delete(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not args.yes:
        if not stdin_is_tty():
            raise UsageError(
                f"refusing to delete '{room.title}' without confirmation: "
                "no terminal to ask on (pass --yes)"
            )
        people = await ctx.service.list_participants(room.token)
        question = (
            f"Delete '{room.title}' with its chat, for all {len(people)} participants? "
            "This cannot be undone.\nType the conversation name to confirm: "
        )
        if not confirm_by_typing(question, room.title):
            raise CliError(f"'{room.title}' was not deleted (the name did not match)")
    await ctx.service.delete_room(room.token)
    ctx.out.done(f"Deleted '{room.title}'.")


async def public(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    allowed = args.state == "on"
    answer = await ctx.service.set_guests_allowed(room.token, allowed)
    if allowed:
        link = f"{ctx.service.server_url}/call/{room.token}"
        sentence = f"Guests can now join '{room.title}' with the link {link}"
    else:
        sentence = f"'{room.title}' no longer allows guests."
    ctx.out.done(sentence, await _result(ctx, room.token, answer))


async def read_only(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    on = args.state == "on"
    answer = await ctx.service.set_read_only(room.token, on)
    sentence = (
        f"'{room.title}' is now read-only (a running call was ended)."
        if on
        else f"'{room.title}' is writable again."
    )
    ctx.out.done(sentence, await _result(ctx, room.token, answer))


async def password(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if args.clear:
        answer = await ctx.service.set_password(room.token, "")
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
    answer = await ctx.service.set_password(room.token, secret)
    ctx.out.done(f"Set the password of '{room.title}'.", await _result(ctx, room.token, answer))


async def lobby(ctx: Context, args: argparse.Namespace) -> None:
    on = args.state == "on"
    if not on and (args.until is not None or args.duration is not None):
        raise UsageError("--until and --for only go with 'lobby ... on'")
    opening = lobby_opening_time(args.until, args.duration) if on else None
    room = await find_room(ctx.service, args.room)
    answer = await ctx.service.set_lobby(room.token, on, opening)
    after = answer if answer is not None else await ctx.service.get_room(room.token)
    if on:
        sentence = f"The lobby of '{after.title}' is {lobby_text(after)}: only moderators get in."
    else:
        sentence = f"The lobby of '{after.title}' is off: everyone can join."
    ctx.out.done(sentence, after)


async def sip(ctx: Context, args: argparse.Namespace) -> None:
    state = SIP_CHOICES[args.state]
    room = await find_room(ctx.service, args.room)
    answer = await ctx.service.set_sip(room.token, int(state))
    ctx.out.done(
        f"SIP dial-in for '{room.title}' is {SIP_STATES[state]}.",
        await _result(ctx, room.token, answer),
    )
