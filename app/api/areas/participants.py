"""The people in a conversation: list, add, remove, promote, demote, permissions, invitations."""

from __future__ import annotations

import builtins

import httpx

from ...i18n import QT_TRANSLATE_NOOP
from .. import errors
from ..constants import API_BASE, API_V1_BASE
from ..kinds import ActionKind
from ..models import EmailImport, Participant
from ..ocs import decode_json, decode_success
from .base import Area, verb


class ParticipantsArea(Area):
    """``service.participants``: who is in a conversation and what they may do.

    Everyone is addressed by attendee id (users, guests, e-mail invitees, groups, phones).
    """

    def title(self, token: str, attendee_id: int) -> str:
        """The last known name of an attendee, for messages; "attendee <id>" when never seen."""
        return self._book.attendee_title(token, attendee_id)

    async def list(self, token: str, *, include_status: bool = False) -> builtins.list[Participant]:
        return builtins.list(await self.read_all(token, include_status=include_status))

    async def read_all(
        self, token: str, *, include_status: bool = False
    ) -> tuple[Participant, ...]:
        """Everyone in the conversation, as ``list`` but a tuple: when the server's answer is
        byte for byte the one before, that answer's tuple itself, not decoded again (so a
        poller sees "unchanged" by identity)."""
        params = {"includeStatus": "true"} if include_status else None
        action = self._act(
            "participants",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "list the participants of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        key = ("participants", token, include_status)

        def decode(response: httpx.Response) -> tuple[Participant, ...]:
            return self._book.answers.items(key, response, Participant, action)

        people: tuple[Participant, ...] = await self._transport.send(
            "GET",
            f"{API_BASE}/room/{token}/participants",
            action,
            params=params,
            decode=decode,
            off_thread=True,
        )
        self._book.remember_participants(token, people)
        return people

    async def add(self, token: str, new_participant: str, source: str = "users") -> int | None:
        """Invite a user, group, team, e-mail address or phone number.

        Returns:
            the new conversation type when adding an e-mail address made the room public.
        """
        action = self._act(
            "add",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "add {who} to {room}"),
                who=new_participant,
                room=self._quoted(token),
            ),
            token,
            new_participant,
        )
        data = await self._transport.call(
            "POST",
            f"{API_BASE}/room/{token}/participants",
            action,
            json={"newParticipant": new_participant, "source": source},
        )
        if isinstance(data, dict) and isinstance(data.get("type"), int):
            return int(data["type"])
        return None

    async def remove(self, token: str, attendee_id: int) -> None:
        """Remove anyone (user, guest, e-mail invitee, group, phone) by attendee id."""
        who = self.title(token, attendee_id)
        action = self._act(
            "remove",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "remove {who} from {room}"),
                who=who,
                room=self._quoted(token),
            ),
            token,
            who,
        )
        await self._transport.call(
            "DELETE", f"{API_BASE}/room/{token}/attendees", action, json={"attendeeId": attendee_id}
        )

    async def promote(self, token: str, attendee_id: int) -> None:
        who = self.title(token, attendee_id)
        action = self._act(
            "promote",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "promote {who} to moderator in {room}"),
                who=who,
                room=self._quoted(token),
            ),
            token,
            who,
        )
        await self._transport.call(
            "POST", f"{API_BASE}/room/{token}/moderators", action, json={"attendeeId": attendee_id}
        )

    async def demote(self, token: str, attendee_id: int) -> None:
        who = self.title(token, attendee_id)
        action = self._act(
            "demote",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "demote {who} in {room}"),
                who=who,
                room=self._quoted(token),
            ),
            token,
            who,
        )
        await self._transport.call(
            "DELETE",
            f"{API_BASE}/room/{token}/moderators",
            action,
            json={"attendeeId": attendee_id},
        )

    async def set_permissions(
        self, token: str, attendee_id: int, method: str, permissions: int
    ) -> builtins.list[Participant]:
        """Change one attendee's permissions (``method``: set, add or remove)."""
        who = self.title(token, attendee_id)
        action = self._act(
            "permissions",
            verb(QT_TRANSLATE_NOOP("Verbs", "change the permissions of {who}"), who=who),
            token,
            who,
        )
        data = await self._transport.call(
            "PUT",
            f"{API_BASE}/room/{token}/attendees/permissions",
            action,
            builtins.list[Participant] | None,
            json={"attendeeId": attendee_id, "method": method, "permissions": permissions},
        )
        return builtins.list(data or [])

    async def resend_invitations(self, token: str, attendee_id: int | None = None) -> None:
        """Send the e-mail invitations again: to everyone invited, or to one attendee.

        For one attendee the 404 means that attendee (not the room) is unknown, so the action
        kind differs and the message says so.
        """
        if attendee_id is None:
            action = self._act(
                "resend",
                verb(
                    QT_TRANSLATE_NOOP("Verbs", "resend invitations for {room}"),
                    room=self._quoted(token),
                ),
                token,
            )
            body = None
        else:
            who = self.title(token, attendee_id)
            action = self._act(
                "resend-one",
                verb(QT_TRANSLATE_NOOP("Verbs", "resend the invitation to {who}"), who=who),
                token,
                who,
            )
            body = {"attendeeId": attendee_id}
        await self._transport.call(
            "POST", f"{API_BASE}/room/{token}/participants/resend-invitations", action, json=body
        )

    async def import_emails(
        self, token: str, content: bytes, *, filename: str = "guests.csv", test_run: bool = False
    ) -> EmailImport:
        """Invite the e-mail guests of a CSV file (an ``email`` column, optionally ``name``).

        With ``test_run`` the server only checks the file: nobody is added, no mail sent. A
        dry run that finds invalid lines answers with a refusal holding the counts; that is
        returned like a success, its ``message`` the server's sentence. A real import adds
        the valid lines, reports the invalid ones, and makes the conversation public.

        Raises:
            BadRequest: no ``email`` column, no file, a conversation without guests.
        """
        if test_run:
            template = QT_TRANSLATE_NOOP("Verbs", "check the e-mail guests to import into {room}")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "import e-mail guests into {room}")
        attempt = verb(template, room=self._quoted(token))
        action = self._act(ActionKind.IMPORT_EMAILS, attempt, token)

        def counted(response: httpx.Response) -> bool:
            """A refusal that still counts the file (invalid lines): a result, not an error."""
            if response.status_code != 400:
                return False
            try:
                data = decode_json(response.content).get("ocs", {}).get("data")
            except (errors.MalformedResponse, AttributeError):
                return False
            return isinstance(data, dict) and isinstance(data.get("invalidLines"), list)

        result: EmailImport = await self._transport.send(
            "POST",
            f"{API_BASE}/room/{token}/import-emails",
            action,
            files={"file": (filename, content, "text/csv")},
            data={"testRun": "true" if test_run else "false"},
            keep=counted,
            decode=lambda response: decode_success(response, EmailImport, action),
        )
        return result

    async def set_guest_name(self, token: str, display_name: str) -> None:
        """As a guest: the name the others see."""
        action = self._act(
            "guest-name", verb(QT_TRANSLATE_NOOP("Verbs", "set your guest name")), token
        )
        await self._transport.call(
            "POST", f"{API_V1_BASE}/guest/{token}/name", action, json={"displayName": display_name}
        )
