"""``talk-moderator participants resend-invitations|import-emails``: e-mail guests.

An import always starts with the server's dry run (nothing added, no mail sent) and prints
who the file would invite, who is invited already and which lines are invalid; with
``--dry-run`` that is all, otherwise the file is then imported for real (the valid lines; the
conversation becomes public). ``--json`` prints the server's answer with its own field names
(``invites``, ``duplicates``, ``invalid``, ``invalidLines``, ``type``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.api.models import EmailImport, to_wire
from app.moderation import ActionKind
from app.moderation import invitations as inv

from ..context import Context
from ..errors import CliError, UsageError
from ..output import render_table
from ..resolve import find_participant, find_room


async def resend_invitations(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if args.who is not None:
        person = await find_participant(ctx.service, room, args.who)
        if person.actor_type != "emails":
            raise CliError(
                f"{person.title} is not an e-mail guest of '{room.title}': invitations go to "
                "e-mail guests (see: talk-moderator participants list)"
            )
        await ctx.run(inv.resend_invitation(room, person))
        ctx.out.done(f"Sent the invitation to '{room.title}' to {person.title} again.", person)
        return
    guests = inv.email_guests(await ctx.service.participants.list(room.token))
    if guests:
        await ctx.run(inv.resend_all_invitations(room))
    if ctx.out.as_json:
        ctx.out.json([ctx.out.wire(person) for person in guests])
    elif not guests:
        ctx.out.done(f"'{room.title}' has no e-mail guests; nothing was sent.")
    else:
        names = ", ".join(person.title for person in guests)
        count = len(guests)
        ctx.out.done(
            f"Sent the invitation again to {count} e-mail guest{'s' if count != 1 else ''} "
            f"of '{room.title}': {names}."
        )


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > inv.MAX_CSV_BYTES:
            raise UsageError(
                f"{path} has {size / 1024 / 1024:.1f} MB, more than any guest list "
                f"(at most {inv.MAX_CSV_BYTES // 1024 // 1024} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def _counts(answer: EmailImport) -> dict[str, Any]:
    """The server's answer with its field names, without what it did not send."""
    return {key: value for key, value in to_wire(answer).items() if value not in (None, "")}


async def import_emails(ctx: Context, args: argparse.Namespace) -> None:
    path = Path(args.file)
    content = _read(path)
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.IMPORT_EMAILS, room, "import e-mail guests")
    preview = await inv.check_import(ctx.service, room, content, path.name)
    if args.dry_run:
        if ctx.out.as_json:
            ctx.out.json(_counts(preview.check))
            return
        ctx.out.done(_preview_text(preview, path.name, room.title))
        return
    if not preview.can_import:
        raise CliError(
            f"Nobody in {path.name} to invite into '{room.title}' ({preview.summary()}); "
            "nothing was imported"
        )
    if not ctx.out.as_json:
        ctx.out.done(_preview_text(preview, path.name, room.title))
    answer = (await ctx.run(inv.import_emails(room, content, path.name))).answer
    assert isinstance(answer, EmailImport)
    if ctx.out.as_json:
        ctx.out.json(_counts(answer))
        return
    count = answer.invites
    sentence = f"Invited {count} e-mail guest{'s' if count != 1 else ''} into '{room.title}'"
    if answer.invalid_lines:
        sentence += f", skipped invalid lines {', '.join(map(str, answer.invalid_lines))}"
    if not room.is_public:
        sentence += "; the conversation is public now"
    ctx.out.done(sentence + ".")


def _preview_text(preview: inv.ImportPreview, filename: str, room_title: str) -> str:
    rows = [(str(g.line), g.email or "-", g.name or "-", g.status) for g in preview.lines]
    table = render_table(("LINE", "ADDRESS", "NAME", "IMPORT"), rows) if rows else ""
    head = f"The server checked {filename} for '{room_title}': {preview.summary()}."
    return head + ("\n" + table if table else "")
