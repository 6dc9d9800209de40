"""The command line's syntax and help texts (behaviour lives in ``commands/``).

Global options (``--server``, ``--user``, ``--json``, ``--log-level``) are accepted before or
after the sub-command: they are added to every parser with ``SUPPRESS`` defaults, and
``option()`` supplies the default when none was given anywhere.
"""

from __future__ import annotations

import argparse
from typing import Any, NoReturn

from app.api.constants import ADD_SOURCES
from app.moderation.policy import (
    DESCRIPTION_MAX,
    EXPIRATION_EXAMPLES,
    LISTABLE,
    MENTIONS,
    NOTIFICATIONS,
    names,
)
from app.typos import with_suggestion

from .commands import accounts, bans, calls, invitations, participants, permissions, policy, rooms
from .commands import breakout as breakout_commands
from .commands import chat as chat_commands
from .commands import mute as mute_commands
from .commands import polls as polls_commands
from .commands import recording as recording_commands
from .commands import watch as watch_commands
from .connection import ENV_PASSWORD, add_connection_arguments
from .context import Handler
from .errors import UsageError

PROG = "talk-moderator"
LOG_LEVELS = ("debug", "info", "warning", "error")
DEFAULTS: dict[str, Any] = {"json": False, "log_level": "error"}

ROOM_HELP = "conversation token, or its exact name if no other conversation has that name"
WHO_HELP = (
    "attendee id (digits), user id (e.g. alice), actorType/actorId (e.g. guests/3f2a...), "
    "or a display name that only one participant has"
)


class CliArgumentParser(argparse.ArgumentParser):
    """Reports mistakes as one ``UsageError`` line instead of usage text plus ``exit(2)``."""

    def error(self, message: str) -> NoReturn:
        words = with_suggestion(message)  # "invalid choice: 'lst' ...; did you mean 'list'?"
        raise UsageError(f"{self.prog.removeprefix(PROG + ' ')}: {words} (see --help)")


def option(args: argparse.Namespace, name: str) -> Any:
    """A global option's value, wherever it was given, else its default."""
    return getattr(args, name, DEFAULTS.get(name))


def _global_options() -> argparse.ArgumentParser:
    common = CliArgumentParser(add_help=False)
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print results as JSON with the server's own field names (for scripts)",
    )
    common.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default=argparse.SUPPRESS,
        help="log to stderr from this level on (default: error)",
    )
    add_connection_arguments(common)
    return common


class _Builder:
    """Adds leaf commands that all accept the global options."""

    def __init__(self, common: argparse.ArgumentParser) -> None:
        self.common = common

    def group(self, parent: Any, name: str, summary: str, description: str) -> Any:
        parser = parent.add_parser(
            name,
            help=summary,
            description=description,
            parents=[self.common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        subs = parser.add_subparsers(title="actions", dest="action", metavar="ACTION")
        subs.required = True
        return subs

    def leaf(
        self,
        subs: Any,
        name: str,
        handler: Handler,
        summary: str,
        description: str = "",
        examples: str = "",
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subs.add_parser(
            name,
            help=summary,
            description=description or summary,
            epilog=f"examples:\n{examples}" if examples else None,
            parents=[self.common],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        parser.set_defaults(handler=handler)
        return parser


def _on_off(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("state", choices=("on", "off"), metavar="on|off", help=what)


def _add_rooms(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "rooms",
        "list, inspect, create and moderate conversations",
        "List, inspect, create and moderate conversations.\n"
        "A conversation (ROOM) is named by its token or by its exact, unique name.",
    )
    p = build.leaf(
        subs,
        "list",
        rooms.list_rooms,
        "list your conversations",
        examples=f"  {PROG} rooms list\n  {PROG} --json rooms list | jq -r '.[].token'\n"
        f"  {PROG} rooms list --changed-since 2026-11-28T09:00",
    )
    p.add_argument(
        "--changed-since",
        metavar="TIME",
        help="only conversations changed since TIME (Unix timestamp or ISO date-time); "
        "removals are not reported",
    )
    p = build.leaf(
        subs,
        "show",
        rooms.show,
        "show one conversation's settings and participants",
        examples=f"  {PROG} rooms show abc123xy\n  {PROG} rooms show 'Town hall'",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)

    p = build.leaf(
        subs,
        "create",
        rooms.create,
        "create a group (or public) conversation",
        description="Create a conversation; you become its owner.\n"
        "With --public, guests can join by link; --password-stdin reads its password from "
        "the first line of standard input.",
        examples=f"  {PROG} rooms create 'Town hall'\n"
        f"  printf '%s\\n' \"$PW\" | {PROG} rooms create 'Open day' --public --password-stdin",
    )
    p.add_argument("name", metavar="NAME", help="the conversation's name (1 to 255 characters)")
    p.add_argument("--public", action="store_true", help="allow guests (public link)")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read a guest password from standard input, or ask for it on a terminal "
        "(needs --public)",
    )

    p = build.leaf(
        subs,
        "rename",
        rooms.rename,
        "rename a conversation",
        examples=f"  {PROG} rooms rename abc123xy 'Town hall (archived)'",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("name", metavar="NAME", help="the new name")

    p = build.leaf(
        subs,
        "delete",
        rooms.delete,
        "delete a conversation for everyone",
        description="Delete a conversation, its chat and its shares, for all participants.\n"
        "Asks you to type the conversation's name unless --yes is given; without a terminal "
        "and without --yes it refuses.",
        examples=f"  {PROG} rooms delete abc123xy\n  {PROG} rooms delete abc123xy --yes",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = build.leaf(
        subs,
        "public",
        rooms.public,
        "allow or disallow guests (public link)",
        examples=f"  {PROG} rooms public abc123xy on\n  {PROG} rooms public abc123xy off",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    _on_off(p, "on: anyone with the link may join as a guest; off: participants only")

    p = build.leaf(
        subs,
        "read-only",
        rooms.read_only,
        "lock or unlock the chat",
        description="Make a conversation read-only (nobody can post; a running call ends) or "
        "writable again.",
        examples=f"  {PROG} rooms read-only abc123xy on",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    _on_off(p, "on: read-only; off: writable")

    p = build.leaf(
        subs,
        "password",
        rooms.password,
        "set or remove the guest password",
        description="Set the password guests must enter (public conversations only).\n"
        "The new password is read from standard input when it is not a terminal, otherwise "
        "you are asked for it twice. It is never taken from the command line.",
        examples=f"  {PROG} rooms password abc123xy\n"
        f"  printf '%s\\n' \"$PW\" | {PROG} rooms password abc123xy\n"
        f"  {PROG} rooms password abc123xy --clear",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("--clear", action="store_true", help="remove the password")

    p = build.leaf(
        subs,
        "lobby",
        rooms.lobby,
        "hold non-moderators in a lobby, optionally until a time",
        description="Turn the lobby on (non-moderators wait and leave a running call) or off.\n"
        "With --until or --for the server opens the lobby by itself at that time.",
        examples=f"  {PROG} rooms lobby abc123xy on --until 2026-11-28T14:00   (local time)\n"
        f"  {PROG} rooms lobby abc123xy on --for 15m\n  {PROG} rooms lobby abc123xy off",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    _on_off(p, "on: lobby for non-moderators; off: everyone may join")
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--until",
        metavar="ISO",
        help="open the lobby at this time, e.g. 2026-11-28T14:00 (local) or ...+01:00",
    )
    when.add_argument(
        "--for",
        dest="duration",
        metavar="DURATION",
        help="open the lobby after this long, e.g. 90s, 15m, 2h, 1h30m",
    )

    p = build.leaf(
        subs,
        "sip",
        rooms.sip,
        "SIP dial-in by phone",
        description="Turn SIP dial-in on (callers enter a per-attendee PIN), on without PIN "
        "(nopin), or off. The server must have SIP configured.",
        examples=f"  {PROG} rooms sip abc123xy on\n  {PROG} rooms sip abc123xy nopin",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "state",
        choices=tuple(rooms.SIP_CHOICES),
        metavar="on|off|nopin",
        help="on: with PIN; nopin: without PIN; off",
    )

    p = build.leaf(
        subs,
        "favorite",
        rooms.favorite,
        "add to or remove from your favorites",
        description="Mark the conversation as one of your favorites (listed first in Talk "
        "and in the moderation window), or unmark it. Only your own list changes.",
        examples=f"  {PROG} rooms favorite abc123xy on\n  {PROG} rooms favorite abc123xy off",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    _on_off(p, "on: a favorite; off: no longer one")
    _add_room_policy(build, subs)
    _add_room_permissions(build, subs)


def _add_room_policy(build: _Builder, subs: Any) -> None:
    """A conversation's policy (moderators) and your own notifications of it."""
    p = build.leaf(
        subs,
        "description",
        policy.description,
        "set or remove the description",
        description=f"Set the conversation's description (at most {DESCRIPTION_MAX:,} "
        "characters; spaces and newlines around it are dropped), or remove it with --clear.",
        examples=f"  {PROG} rooms description abc123xy 'Questions at the end, please'\n"
        f"  {PROG} rooms description abc123xy --clear",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("text", metavar="TEXT", nargs="?", help="the new description")
    p.add_argument("--clear", action="store_true", help="remove the description")

    p = build.leaf(
        subs,
        "listable",
        policy.listable,
        "who may find and join it without an invitation",
        description="none: only its participants see it; users: users of this server can "
        "find and join it;\neveryone: guest accounts (Guests app) too.",
        examples=f"  {PROG} rooms listable abc123xy users",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "scope", choices=names(LISTABLE), metavar="none|users|everyone", help="who may find it"
    )

    p = build.leaf(
        subs,
        "expiration",
        policy.expiration,
        "delete messages automatically after a time",
        description="Messages are deleted this long after they were sent (off: kept). "
        f"Talk's own choices are {EXPIRATION_EXAMPLES};\nany duration of s, m, h, d, w works.",
        examples=f"  {PROG} rooms expiration abc123xy 8h\n  {PROG} rooms expiration abc123xy off",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("duration", metavar="off|DURATION", help="off, or e.g. 1h, 8h, 1d, 7d, 28d")

    p = build.leaf(
        subs,
        "mentions",
        policy.mentions,
        "who may mention @all",
        examples=f"  {PROG} rooms mentions abc123xy moderators",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "who", choices=names(MENTIONS), metavar="everyone|moderators", help="who may use @all"
    )

    p = build.leaf(
        subs,
        "recording-consent",
        policy.recording_consent,
        "whether joining the call needs consent to its recording",
        description="required: joining the call needs consent to its recording (call join "
        "--recording-consent);\noff: it does not. Only where the server lets each "
        "conversation decide (its mode 'optional')\nand has a recording server; not while a "
        "call is running.",
        examples=f"  {PROG} rooms recording-consent abc123xy required",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "state",
        choices=("off", "required", "optional"),
        metavar="off|required|optional",
        help="off or required ('optional' is the server's mode, explained when given)",
    )

    p = build.leaf(
        subs,
        "notify",
        policy.notify,
        "your own notifications of a conversation",
        description="always: every message; mentions: only @-mentions; never: nothing. "
        "--calls on|off: whether\na starting call notifies you. Only your account's "
        "settings change.",
        examples=f"  {PROG} rooms notify abc123xy mentions --calls off",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "level", choices=names(NOTIFICATIONS), metavar="always|mentions|never", help="level"
    )
    p.add_argument("--calls", choices=("on", "off"), help="call notifications on or off")


def _add_participants(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "participants",
        "list and moderate the people in a conversation",
        "List and moderate the people in a conversation.\n"
        f"A participant (WHO) is named by {WHO_HELP}.",
    )
    p = build.leaf(
        subs,
        "list",
        participants.list_participants,
        "list participants",
        examples=f"  {PROG} participants list abc123xy --status",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("--status", action="store_true", help="include user statuses")

    p = build.leaf(
        subs,
        "add",
        participants.add,
        "invite a user, group, team, e-mail address or phone",
        examples=f"  {PROG} participants add abc123xy alice\n"
        f"  {PROG} participants add abc123xy staff --source groups\n"
        f"  {PROG} participants add abc123xy guest@example.org --source emails",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help="user id, group id, team id, e-mail or number")
    p.add_argument(
        "--source",
        choices=ADD_SOURCES,
        default="users",
        help="what WHO is (default: users); an e-mail invitation makes the room public",
    )
    for name, handler, summary in (
        ("remove", participants.remove, "remove someone from the conversation"),
        ("promote", participants.promote, "make someone a moderator"),
        ("demote", participants.demote, "take moderator rights away"),
    ):
        p = build.leaf(
            subs, name, handler, summary, examples=f"  {PROG} participants {name} abc123xy bob"
        )
        p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
        p.add_argument("who", metavar="WHO", help=WHO_HELP)
        if name == "remove":
            _ban_options(p)
    p = build.leaf(
        subs,
        "lobby-bypass",
        participants.lobby_bypass,
        "let someone skip the lobby",
        examples=f"  {PROG} participants lobby-bypass abc123xy speaker1 on",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help=WHO_HELP)
    _on_off(p, "on: may join while the lobby is on; off: waits like everyone else")
    _add_invitations(build, subs)
    _add_participant_permissions(build, subs)


def _add_invitations(build: _Builder, subs: Any) -> None:
    """E-mail guests: their invitations again, or many of them from a CSV file."""
    p = build.leaf(
        subs,
        "resend-invitations",
        invitations.resend_invitations,
        "send e-mail guests their invitation again",
        description="Send one e-mail guest (WHO: their address, or as in 'participants') "
        "their invitation again,\nor without WHO every e-mail guest of the conversation.",
        examples=f"  {PROG} participants resend-invitations abc123xy carol@example.org\n"
        f"  {PROG} participants resend-invitations abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", nargs="?", help="the e-mail guest (default: all)")

    p = build.leaf(
        subs,
        "import-emails",
        invitations.import_emails,
        "invite e-mail guests from a CSV file",
        description="FILE.csv has an 'email' column and optionally a 'name' column. The "
        "server checks the file\nfirst (nobody is added, no mail sent) and this prints who "
        "would be invited, who is invited\nalready and which lines are invalid; then the "
        "valid lines are imported: each gets an\ninvitation e-mail and the conversation "
        "becomes public. --dry-run stops after the check.",
        examples=f"  {PROG} participants import-emails abc123xy guests.csv --dry-run\n"
        f"  {PROG} participants import-emails abc123xy guests.csv",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("file", metavar="FILE.csv", help="the guest list")
    p.add_argument(
        "--dry-run", action="store_true", help="only check the file and show who it invites"
    )


PERMS_HELP = (
    "comma-separated: start-call, join-call, lobby-ignore, audio, video, screen, chat; "
    "or default, or none"
)


def _add_room_permissions(build: _Builder, subs: Any) -> None:
    """What everyone who is not a moderator may do in a conversation."""
    p = build.leaf(
        subs,
        "permissions",
        permissions.room_permissions,
        "what everyone who is not a moderator may do",
        description="Set the conversation's default permissions: what everyone who is not a "
        "moderator may do,\nunless they have permissions of their own (Talk resets those). "
        "default: Talk's built-in ones.\nWith --call, the running call's permissions instead "
        "(Talk 19 and older; newer servers refuse).",
        examples=f"  {PROG} rooms permissions abc123xy join-call,chat   (listen only)\n"
        f"  {PROG} rooms permissions abc123xy default",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("perms", metavar="PERMS", help=PERMS_HELP)
    p.add_argument("--call", action="store_true", help="the running call's permissions")


def _add_participant_permissions(build: _Builder, subs: Any) -> None:
    """One person's permissions, or everyone's at once."""
    p = build.leaf(
        subs,
        "permissions",
        permissions.participant_permissions,
        "what one person (or everyone) may do",
        description="Set exactly PERMS for WHO (PERMS default: back to the conversation's), or "
        "with --add/--remove\nchange only those rights. --everyone: everyone who is not a "
        "moderator, one by one where\nthe server has no request for all at once.",
        examples=f"  {PROG} participants permissions abc123xy alice audio --add\n"
        f"  {PROG} participants permissions abc123xy --everyone audio,video,screen --remove\n"
        f"  {PROG} participants permissions abc123xy bob default",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", nargs="?", help=WHO_HELP)
    p.add_argument("perms", metavar="PERMS", help=PERMS_HELP)
    p.add_argument("--everyone", action="store_true", help="everyone who is not a moderator")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--add", action="store_true", help="give these rights, keep the others")
    how.add_argument("--remove", action="store_true", help="take these rights, keep the others")


def _ban_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--ban", action="store_true", help="also ban them: they cannot come back (bans list)"
    )
    p.add_argument("--note", metavar="TEXT", help="internal note of the ban (at most 4,000 bytes)")


def _add_bans(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "bans",
        "who is banned from a conversation; ban; lift a ban",
        "Who is banned from a conversation; ban; lift a ban (moderators).\n"
        "A ban removes the person and keeps them out: a user cannot be added again, a guest "
        "cannot\nrejoin by the public link. WHO is named as in 'participants', or as users/ID, "
        "emails/ADDRESS,\nguests/ID or ip/ADDRESS[/BITS] for someone who is not a participant.",
    )
    p = build.leaf(
        subs,
        "list",
        bans.list_bans,
        "who is banned, when, by whom, with which note",
        examples=f"  {PROG} bans list abc123xy\n  {PROG} --json bans list abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p = build.leaf(
        subs,
        "add",
        bans.add,
        "ban someone",
        examples=f"  {PROG} bans add abc123xy 'Heckler' --note 'Shouted over the speaker'\n"
        f"  {PROG} bans add abc123xy users/mallory",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help="a participant, or TYPE/ID")
    p.add_argument(
        "--note", metavar="TEXT", help="internal note for moderators (at most 4,000 bytes)"
    )
    p = build.leaf(
        subs,
        "remove",
        bans.remove,
        "lift a ban",
        examples=f"  {PROG} bans remove abc123xy 12",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("ban_id", metavar="BAN_ID", type=int, help="the ban's ID (see 'bans list')")


def _add_calls(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "call",
        "see, join, leave and end calls; ring people; mute them",
        "See, join, leave and end calls; ring people; mute them.\n\n"
        "Talk ties call actions to a session, kept by one client. Every run of this command is "
        "a new\nsession: 'call join' leaves your account in the call after the command exits, "
        "until the server\ndrops the session for lack of pings. A later 'call leave' cannot "
        "reach that session (it says so);\n'call end' ends the call for everyone.",
    )
    p = build.leaf(
        subs,
        "list",
        calls.list_peers,
        "who is in the call",
        examples=f"  {PROG} call list abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)

    p = build.leaf(
        subs,
        "join",
        calls.join,
        "join (or start) the call",
        description="Join the call, or start it if none is running. This command sends no "
        "audio or video itself;\n--audio/--video only announce media. The account stays in "
        "the call after the command exits,\nuntil the server drops the session for lack of "
        "pings; later runs cannot take it out again\n(only 'call end', for everyone).",
        examples=f"  {PROG} call join abc123xy --silent",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "--audio",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="announce audio (default: no)",
    )
    p.add_argument(
        "--video",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="announce video (default: no)",
    )
    p.add_argument(
        "--silent",
        action="store_true",
        help="do not notify the other participants when starting the call",
    )
    p.add_argument(
        "--recording-consent",
        action="store_true",
        help="consent to the call's recording, which some calls ask for before you may join",
    )

    p = build.leaf(
        subs,
        "leave",
        calls.leave,
        "leave the call (others stay)",
        description="Leave the call (others stay). Only a session of this run can be taken "
        "out: if your account\nis in the call through another session (another device, an "
        "earlier 'call join'), this\nfails with exit status 1 and says so.",
        examples=f"  {PROG} call leave abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p = build.leaf(
        subs,
        "end",
        calls.end,
        "end the call for everyone (moderators)",
        examples=f"  {PROG} call end abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p = build.leaf(
        subs,
        "ring",
        calls.ring,
        "ring a participant who is not in the call",
        description="Ring a participant who is not in the running call. Talk only lets call "
        "members ring, so\nthis joins the call silently and without media for the moment it "
        "takes, then leaves again.",
        examples=f"  {PROG} call ring abc123xy alice",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help=WHO_HELP)
    p = build.leaf(
        subs,
        "dialout",
        calls.dialout,
        "have the SIP bridge phone a participant",
        description="Phone a 'phones' participant into the running call (needs SIP dial-out)."
        "\nJoins the call silently for the moment it takes, like 'call ring'.",
        examples=f"  {PROG} participants add abc123xy +4930123456 --source phones\n"
        f"  {PROG} call dialout abc123xy +4930123456",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help=WHO_HELP)
    p = build.leaf(
        subs,
        "mute",
        mute_commands.mute,
        "turn off one person's microphone, or everyone's (moderators)",
        description="Ask one participant's client, or every client in the call but yours, to "
        "turn off its\nmicrophone (they can turn it on again). This travels only over a "
        "signaling server: the command\nconnects to the conversation's signaling for the one "
        "request and says so when the server has\nnone.",
        examples=f"  {PROG} call mute abc123xy alice\n  {PROG} call mute 'Town hall' --all",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", nargs="?", default="", help=WHO_HELP)
    p.add_argument("--all", action="store_true", help="everyone in the call but you")
    p = build.leaf(
        subs,
        "attendance",
        calls.attendance,
        "save the attendance list of the running call (moderators)",
        description="Save who joined the running call (also those who left it again): name, "
        "e-mail address,\nkind and account, as Talk lists them. CSV is Talk's own file; ODS is "
        "made from it (Talk 21\nmakes only CSV). The file holds personal data: it is written "
        "readable by you only.\nWithout a running call the server refuses, and nothing is "
        "written.",
        examples=f"  {PROG} call attendance abc123xy -o attendance.csv\n"
        f"  {PROG} call attendance 'Town hall' --format ods -o town-hall.ods",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "--format", choices=("csv", "ods"), default="csv", help="the file's format (default csv)"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to save it (replaced)"
    )


def _add_polls(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "polls",
        "create a poll, show its results, close it",
        "Create a poll in a group or public conversation, show its results, close it.\n"
        "Polls have numbers (ID): 'polls create' prints it, the chat links it. Talk shows the "
        "counts of\nan open poll only to those who voted in a public poll; until it is closed "
        "you see how many voted.",
    )
    p = build.leaf(
        subs,
        "create",
        polls_commands.create,
        "post a poll (anyone who may chat)",
        examples=f"  {PROG} polls create abc123xy 'Lunch?' Pizza Salad Soup\n"
        f"  {PROG} polls create 'Town hall' 'Which topics?' A B C --hidden --max-votes 2",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("question", metavar="QUESTION", help="what the poll asks")
    p.add_argument("options", metavar="OPTION", nargs="+", help="the answers (at least two)")
    p.add_argument(
        "--hidden",
        action="store_true",
        help="hide the results until the poll is closed (default: voters see them)",
    )
    p.add_argument(
        "--max-votes",
        type=int,
        default=0,
        metavar="N",
        help="how many options one person may pick (default 0: no limit)",
    )
    p = build.leaf(
        subs,
        "show",
        polls_commands.show,
        "a poll's results as you may see them now",
        examples=f"  {PROG} polls show abc123xy 3",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("poll_id", metavar="ID", type=int, help="the poll's number")
    p = build.leaf(
        subs,
        "close",
        polls_commands.close,
        "end the voting and show the results (moderators and the author)",
        examples=f"  {PROG} polls close abc123xy 3",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("poll_id", metavar="ID", type=int, help="the poll's number")


def _add_recording(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "recording",
        "record the running call; stop the recording",
        "Record the running call (moderators signed in with an account). Talk records through "
        "a\nrecording server: without one the server refuses. The file goes to the Files of "
        "who started it.",
    )
    p = build.leaf(
        subs,
        "start",
        recording_commands.start,
        "start recording the running call",
        examples=f"  {PROG} recording start abc123xy\n"
        f"  {PROG} recording start abc123xy --audio-only",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("--audio-only", action="store_true", help="record the sound only (no video)")
    p = build.leaf(
        subs,
        "stop",
        recording_commands.stop,
        "stop the recording",
        examples=f"  {PROG} recording stop abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)


def _add_chat(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "chat",
        "read a conversation's chat; post; delete a message; clear the history",
        "Read a conversation's chat, post to it, delete a message, clear the whole history.\n"
        "Talk lets the author and the moderators delete a message (nobody the other person's "
        "in a\none-to-one conversation); system messages cannot be deleted. Clearing the "
        "history is for\nmoderators and deletes every message for everyone.",
    )
    p = build.leaf(
        subs,
        "list",
        chat_commands.list_messages,
        "the newest messages, oldest first, with their ids",
        examples=f"  {PROG} chat list abc123xy --limit 20\n"
        f"  {PROG} --json chat list abc123xy | jq '.[] | select(.actorType == \"guests\")'",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="how many of the newest messages (default 50)",
    )
    p = build.leaf(
        subs,
        "send",
        chat_commands.send,
        "post a message (an announcement) as yourself",
        examples=f"  {PROG} chat send abc123xy 'Doors close in 5 minutes'\n"
        f"  {PROG} chat send 'Town Hall' 'Slides are online' --silent",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("message", metavar="MESSAGE", help="the text (at most 32,000 characters)")
    p.add_argument(
        "--silent", action="store_true", help="send no notifications to the participants"
    )
    p = build.leaf(
        subs,
        "delete",
        chat_commands.delete,
        "delete a message for everyone",
        examples=f"  {PROG} chat delete abc123xy 42",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "message_id", metavar="MESSAGE_ID", type=int, help="the message's id (see 'chat list')"
    )
    p = build.leaf(
        subs,
        "clear",
        chat_commands.clear,
        "delete every message of the conversation (moderators)",
        examples=f"  {PROG} chat clear abc123xy --yes",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("--yes", action="store_true", help="confirm: every message goes, for everyone")


def _add_breakout(build: _Builder, top: Any) -> None:
    subs = build.group(
        top,
        "breakout",
        "breakout rooms of a group conversation: set up, assign, start, stop, broadcast",
        'Split a group conversation into breakout rooms (Talk\'s "Room 1", "Room 2", ...).\n'
        "Moderators are in every breakout room; other users are spread over them "
        "(automatic),\nassigned one by one (manual, 'breakout assign') or pick one (free). "
        "The rooms stay closed\nuntil 'breakout start'; 'breakout stop' brings everyone back.",
    )
    p = build.leaf(
        subs,
        "setup",
        breakout_commands.setup,
        "set up N breakout rooms (closed until started)",
        examples=f"  {PROG} breakout setup 'Workshop' --rooms 4\n"
        f"  {PROG} breakout setup abc123xy --rooms 3 --mode manual",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "--rooms", type=int, required=True, metavar="N", help="how many breakout rooms (1 to 20)"
    )
    p.add_argument(
        "--mode",
        choices=("automatic", "manual", "free"),
        default="automatic",
        metavar="automatic|manual|free",
        help="automatic: spread everyone (default); manual: assign with 'breakout assign'; "
        "free: people pick a room",
    )
    p = build.leaf(
        subs,
        "list",
        breakout_commands.list_rooms,
        "the breakout rooms, their state and who is in each",
        examples=f"  {PROG} breakout list 'Workshop'\n  {PROG} --json breakout list abc123xy",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p = build.leaf(
        subs,
        "assign",
        breakout_commands.assign,
        "move one person into breakout room N (counted from 1)",
        examples=f"  {PROG} breakout assign 'Workshop' alice 2",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("who", metavar="WHO", help=WHO_HELP)
    p.add_argument("number", metavar="N", type=int, help="the breakout room: 1 is Room 1")
    for name, handler, summary in (
        ("start", breakout_commands.start, "open the breakout rooms: everyone goes to theirs"),
        ("stop", breakout_commands.stop, "close the breakout rooms: everyone comes back"),
        ("remove", breakout_commands.remove, "delete the breakout rooms and their chats"),
    ):
        example = f"  {PROG} breakout {name} 'Workshop'"
        p = build.leaf(subs, name, handler, summary, examples=example)
        p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p = build.leaf(
        subs,
        "broadcast",
        breakout_commands.broadcast,
        "post one message in every breakout room",
        examples=f"  {PROG} breakout broadcast 'Workshop' '5 minutes left'",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument("message", metavar="MESSAGE", help="the message (at most 32,000 characters)")


def _add_watch(build: _Builder, top: Any) -> None:
    p = build.leaf(
        top,
        "watch",
        watch_commands.watch,
        "print what happens in a conversation as it happens, one line per event",
        "Print what happens in a conversation, one line per event: people joining and "
        "leaving,\nentering and leaving the call, role and permission changes, raised hands, "
        "new chat\nmessages. Over the server's signaling server when it has one (at once); "
        "otherwise over\nTalk's internal signaling (no hands). With --json one object per line:\n"
        '{"event": "join"|"leave"|"update"|"hand"|"chat"|..., "room": TOKEN, ...} with the '
        "server's\nown field names inside.",
        examples=f"  {PROG} watch abc123xy\n"
        f"  {PROG} --json watch 'Town hall' --count 10 --timeout 600 | jq -c "
        "'select(.event == \"hand\")'",
    )
    p.add_argument("room", metavar="ROOM", help=ROOM_HELP)
    p.add_argument(
        "--count", type=int, metavar="N", help="stop after N events (default: until Ctrl+C)"
    )
    p.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop after this long, whatever came (exit status 0)",
    )


def build_parser() -> CliArgumentParser:
    common = _global_options()
    parser = CliArgumentParser(
        prog=PROG,
        description="Moderate Nextcloud Talk conversations from scripts and terminals.",
        epilog=(
            "connection: --account NAME (a saved account, see 'accounts'), or\n"
            "            --server URL --user NAME, app password in $" + ENV_PASSWORD + ".\n"
            "exit status: 0 done, 1 refused by the server or not found, 2 usage error,\n"
            "             3 server unreachable, 130 interrupted.\n"
            f"kiosk set-up (PIN hash, keyring secret, checks): {PROG} kiosk --help\n"
            f"examples:\n  export {ENV_PASSWORD}=...\n"
            f"  {PROG} --server https://cloud.example.org --user mod rooms list\n"
            f"  {PROG} participants promote 'Town hall' alice --server ... --user mod"
        ),
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    top.required = True
    build = _Builder(common)
    _add_rooms(build, top)
    _add_participants(build, top)
    _add_calls(build, top)
    _add_bans(build, top)
    _add_chat(build, top)
    _add_polls(build, top)
    _add_recording(build, top)
    _add_breakout(build, top)
    _add_watch(build, top)
    accounts.add_parser(top, common)
    return parser
