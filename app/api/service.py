"""TalkService: the one object that speaks the Talk OCS API (v4) for one account.

The GUI, the kiosk and the CLI all act through it. It holds one ``httpx.AsyncClient`` (so one
cookie jar: the Talk session set by joining a conversation lives there), returns typed models or
raises ``TalkError`` subclasses with sentences a moderator can read. Reads may be retried with
backoff; writes are sent exactly once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeAlias, TypeVar

import httpx

from .. import __version__
from . import errors
from .capabilities import TalkCapabilities
from .constants import (
    API_BASE,
    API_V1_BASE,
    APP_PASSWORD_PATH,
    AUTOCOMPLETE_PATH,
    CAPABILITIES_PATH,
    STATUS_PATH,
    InCallFlag,
    Permission,
)
from .explain import Action
from .models import CallPeer, Participant, Room, RoomList, ServerStatus, Suggestion
from .ocs import ResponseTooLarge, decode_json, decode_success, raise_for_status, read_response

log = logging.getLogger(__name__)

T = TypeVar("T")

Params: TypeAlias = Mapping[str, Any] | list[tuple[str, Any]] | None

Timer = datetime | int | None
"""A lobby opening time: an aware datetime, a Unix timestamp, or None for no timer."""

DEFAULT_CALL_FLAGS = InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO | InCallFlag.WITH_VIDEO


def _timestamp(timer: Timer) -> int | None:
    if timer is None:
        return None
    if isinstance(timer, datetime):
        if timer.tzinfo is None:
            raise ValueError("lobby timer must be timezone-aware")
        return int(timer.timestamp())
    return int(timer)


def _basic_auth(login: str, app_password: str) -> httpx.Auth:
    """No Authorization header at all for an empty login: a guest is anonymous.

    Nextcloud treats ``Basic`` with an empty login as anonymous, but that is lenience, not the
    protocol (other servers answer 401); guests join public rooms by link, without credentials.
    """
    return httpx.BasicAuth(login, app_password) if login else httpx.Auth()  # Auth(): sends none


class TalkService:
    """Talk API v4 client for one account on one server.

    Args:
        server_url: base URL of the Nextcloud, e.g. ``https://cloud.example.org``.
        login: the login name; empty for a guest (no credentials are sent).
        app_password: an app password (sessions for calls are only kept for app passwords).
        timeout: per-request timeout in seconds.
        read_retries: how often a failed read is retried (with exponential backoff + jitter).
        verify: TLS verification, as httpx takes it (True, an ``ssl.SSLContext``, or False).
        transport: a custom httpx transport (tests, pinning).
    """

    def __init__(
        self,
        server_url: str,
        login: str,
        app_password: str,
        *,
        timeout: float = 15.0,
        read_retries: int = 2,
        retry_base_delay: float = 0.5,
        verify: bool | ssl.SSLContext = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.login = login
        self.read_retries = read_retries
        self.retry_base_delay = retry_base_delay
        self._client = httpx.AsyncClient(
            base_url=self.server_url,
            auth=_basic_auth(login, app_password),
            headers={
                "OCS-APIRequest": "true",
                "Accept": "application/json",
                "User-Agent": f"TalkModerator/{__version__}",
            },
            timeout=timeout,
            verify=verify,
            transport=transport,
            follow_redirects=False,
        )
        self._room_titles: dict[str, str] = {}
        self._attendee_titles: dict[tuple[str, int], str] = {}
        self._sessions: set[str] = set()
        self._session_locks: dict[str, asyncio.Lock] = {}
        self._capabilities: TalkCapabilities | None = None

    def __repr__(self) -> str:  # never show the secret
        return f"TalkService({self.server_url!r}, login={self.login!r})"

    async def __aenter__(self) -> TalkService:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    @property
    def closed(self) -> bool:
        return self._client.is_closed

    def set_credentials(self, login: str, app_password: str) -> None:
        """Sign in again with a new app password (after a 401); open windows keep this service.

        Talk sessions opened with the old password are forgotten, so call actions join again.
        """
        self.login = login
        self._client.auth = _basic_auth(login, app_password)
        self._sessions.clear()

    # ----------------------------------------------------------------- naming helpers

    def room_title(self, token: str) -> str:
        """The last known title of a room, for messages; the token when never seen."""
        return self._room_titles.get(token, token)

    def attendee_title(self, token: str, attendee_id: int) -> str:
        return self._attendee_titles.get((token, attendee_id), f"attendee {attendee_id}")

    def _remember_rooms(self, rooms: Sequence[Room]) -> None:
        for room in rooms:
            self._room_titles[room.token] = room.title

    def _remember_participants(self, token: str, people: Sequence[Participant]) -> None:
        for person in people:
            self._attendee_titles[(token, person.attendee_id)] = person.title

    def _act(
        self, kind: str, verb: str, token: str | None = None, target: str | None = None
    ) -> Action:
        return Action(
            kind=kind,
            verb=verb,
            room=self.room_title(token) if token else None,
            target=target,
        )

    # ----------------------------------------------------------------- transport

    async def _send(
        self,
        method: str,
        path: str,
        action: Action,
        *,
        params: Params = None,
        json: Mapping[str, Any] | None = None,
        decode: Callable[[httpx.Response], T],
    ) -> T:
        """One request, decoded; GETs are retried on transient failures, nothing else is.

        Decoding happens inside the retry loop, so a garbled answer to a read (truncated JSON,
        ``MalformedResponse``) is retried like a 5xx instead of failing at once.
        """
        attempts = 1 + (self.read_retries if method == "GET" else 0)
        last_error: errors.TalkError | None = None
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(self._backoff(attempt, last_error))
            try:
                response = await read_response(self._client, method, path, params=params, json=json)
            except ResponseTooLarge:
                raise  # the same request would only bring the same flood again
            except httpx.TimeoutException as exc:
                last_error = errors.NetworkError(
                    f"Cannot {action.verb}: the server at {self.server_url} did not answer in time"
                )
                last_error.__cause__ = exc
            except httpx.HTTPError as exc:
                last_error = errors.NetworkError(
                    f"Cannot {action.verb}: no connection to {self.server_url} "
                    f"({type(exc).__name__}: {exc or 'connection lost'})"
                )
                last_error.__cause__ = exc
            else:
                try:
                    raise_for_status(response, action)
                    return decode(response)
                except errors.RETRYABLE_READ_ERRORS as exc:
                    last_error = exc
            log.warning(
                "%s %s failed (attempt %d/%d): %s", method, path, attempt + 1, attempts, last_error
            )
        assert last_error is not None
        raise last_error

    def _backoff(self, attempt: int, error: errors.TalkError | None) -> float:
        if isinstance(error, errors.RateLimited) and error.retry_after is not None:
            return min(error.retry_after, 30.0)
        base: float = self.retry_base_delay * (2 ** (attempt - 1))
        return base * (0.5 + random.random())

    async def _call(
        self,
        method: str,
        path: str,
        action: Action,
        data_type: Any = Any,
        *,
        params: Params = None,
        json: Mapping[str, Any] | None = None,
    ) -> Any:
        return await self._send(
            method,
            path,
            action,
            params=params,
            json=json,
            decode=lambda response: decode_success(response, data_type, action),
        )

    # ----------------------------------------------------------------- server

    async def server_status(self) -> ServerStatus:
        """``/status.php``: is this a Nextcloud, and which version (no auth needed)."""
        action = Action("status", f"check the server at {self.server_url}")

        def parse(response: httpx.Response) -> ServerStatus:
            try:
                result: ServerStatus = decode_json(response.content, ServerStatus)
                return result
            except errors.MalformedResponse as exc:
                raise errors.MalformedResponse(
                    f"{self.server_url} does not look like a Nextcloud server "
                    "(no valid status.php)",
                    status=response.status_code,
                ) from exc

        return await self._send("GET", STATUS_PATH, action, decode=parse)

    async def capabilities(self, *, refresh: bool = False) -> TalkCapabilities:
        """The server's Talk features and config (cached until ``refresh``)."""
        if self._capabilities is not None and not refresh:
            return self._capabilities
        action = Action("capabilities", "read the server's capabilities")
        data = await self._call("GET", CAPABILITIES_PATH, action, dict[str, Any])
        try:
            caps = TalkCapabilities.from_ocs_data(data)
        except ValueError as exc:
            raise errors.MalformedResponse(f"Cannot read the server's capabilities: {exc}") from exc
        self._capabilities = caps
        return caps

    async def revoke_app_password(self) -> None:
        """Delete the app password this service signs in with, on the server."""
        await self._call("DELETE", APP_PASSWORD_PATH, Action("signout", "revoke the app password"))

    async def autocomplete(
        self,
        search: str,
        *,
        token: str | None = None,
        share_types: Sequence[int] = (0, 1, 4),
        limit: int = 20,
    ) -> list[Suggestion]:
        """People, groups and addresses matching ``search`` (0 users, 1 groups, 4 emails).

        With ``token``, people already in that conversation are left out. Without it no
        ``itemType`` is sent: Talk 21 answers ``itemType=call`` without an ``itemId`` with a 500.
        """
        params: list[tuple[str, Any]] = [("search", search), ("limit", limit)]
        if token:
            params.extend((("itemType", "call"), ("itemId", token)))
        params.extend(("shareTypes[]", t) for t in share_types)
        action = Action("autocomplete", f"search for '{search}'")
        result: list[Suggestion] = await self._call(
            "GET", AUTOCOMPLETE_PATH, action, list[Suggestion], params=params
        )
        return result

    # ----------------------------------------------------------------- conversations

    async def list_rooms(
        self,
        *,
        modified_since: int | None = None,
        include_status: bool = False,
        no_status_update: bool = True,
    ) -> RoomList:
        """The user's conversations; with ``modified_since`` only those changed since then."""
        params: dict[str, Any] = {"noStatusUpdate": int(no_status_update), "includeLastMessage": 0}
        if include_status:
            params["includeStatus"] = "true"
        if modified_since is not None:
            params["modifiedSince"] = modified_since
        action = Action("list-rooms", "list the conversations")
        response, rooms = await self._send(
            "GET",
            f"{API_BASE}/room",
            action,
            params=params,
            decode=lambda r: (r, decode_success(r, list[Room], action)),
        )
        self._remember_rooms(rooms)
        modified_before = response.headers.get("X-Nextcloud-Talk-Modified-Before")
        return RoomList(
            rooms=tuple(rooms),
            modified_before=int(modified_before)
            if modified_before and modified_before.isdigit()
            else None,
            talk_hash=response.headers.get("X-Nextcloud-Talk-Hash"),
            full=modified_since is None,
        )

    async def get_room(self, token: str) -> Room:
        action = self._act("get-room", f"open {self._quoted(token)}", token)
        room: Room = await self._call("GET", f"{API_BASE}/room/{token}", action, Room)
        self._remember_rooms([room])
        return room

    def _quoted(self, token: str) -> str:
        return f"'{self.room_title(token)}'"

    async def create_room(
        self,
        room_type: int,
        name: str = "",
        *,
        invite: str | None = None,
        source: str | None = None,
        password: str | None = None,
    ) -> Room:
        """Create a conversation (2 group, 3 public; 1 one-to-one with ``invite``)."""
        body: dict[str, Any] = {"roomType": room_type, "roomName": name}
        if invite is not None:
            body["invite"] = invite
        if source is not None:
            body["source"] = source
        if password:
            body["password"] = password
        action = Action("create", f"create the conversation '{name or invite}'", target=invite)
        room: Room = await self._call("POST", f"{API_BASE}/room", action, Room, json=body)
        self._remember_rooms([room])
        return room

    async def _room_write(
        self, method: str, path: str, action: Action, json: Mapping[str, Any] | None = None
    ) -> Room | None:
        """A write whose answer is the updated room object (or nothing on some servers)."""
        data = await self._call(method, path, action, Room | None | list[Any], json=json)
        if isinstance(data, Room):
            self._remember_rooms([data])
            return data
        return None

    async def rename_room(self, token: str, name: str) -> Room | None:
        action = self._act("rename", f"rename {self._quoted(token)} to '{name}'", token)
        result = await self._room_write(
            "PUT", f"{API_BASE}/room/{token}", action, {"roomName": name}
        )
        self._room_titles[token] = name
        return result

    async def set_description(self, token: str, description: str) -> Room | None:
        action = self._act("description", f"change the description of {self._quoted(token)}", token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/description", action, {"description": description}
        )

    async def delete_room(self, token: str) -> None:
        action = self._act("delete", f"delete {self._quoted(token)}", token)
        await self._call("DELETE", f"{API_BASE}/room/{token}", action)

    async def set_guests_allowed(
        self, token: str, allowed: bool, *, password: str | None = None
    ) -> Room | None:
        """Make the room public (guests may join by link) or group-only again.

        With a password, Talk 21 stores it but answers with the room as it was before
        (``hasPassword: false``); the room is then read back, so callers show the truth.
        """
        if allowed:
            action = self._act("public", f"allow guests in {self._quoted(token)}", token)
            body = {"password": password} if password else None
            room = await self._room_write("POST", f"{API_BASE}/room/{token}/public", action, body)
            if password and room is not None and not room.has_password:
                room = await self.get_room(token)
            return room
        action = self._act("private", f"disallow guests in {self._quoted(token)}", token)
        return await self._room_write("DELETE", f"{API_BASE}/room/{token}/public", action)

    async def set_read_only(self, token: str, read_only: bool) -> Room | None:
        verb = "make {} read-only" if read_only else "make {} writable again"
        action = self._act("read-only", verb.format(self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/read-only", action, {"state": int(read_only)}
        )

    async def set_password(self, token: str, password: str) -> Room | None:
        """Set the room password; the empty string removes it."""
        verb = "set the password of {}" if password else "remove the password of {}"
        action = self._act("password", verb.format(self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/password", action, {"password": password}
        )

    async def set_favorite(self, token: str, favorite: bool) -> None:
        verb = "add {} to favorites" if favorite else "remove {} from favorites"
        action = self._act("favorite", verb.format(self._quoted(token)), token)
        await self._call(
            "POST" if favorite else "DELETE", f"{API_BASE}/room/{token}/favorite", action
        )

    async def set_notification_level(self, token: str, level: int) -> None:
        action = self._act("notify", f"change notifications of {self._quoted(token)}", token)
        await self._call("POST", f"{API_BASE}/room/{token}/notify", action, json={"level": level})

    async def set_call_notifications(self, token: str, enabled: bool) -> None:
        action = self._act("notify", f"change call notifications of {self._quoted(token)}", token)
        await self._call(
            "POST", f"{API_BASE}/room/{token}/notify-calls", action, json={"level": int(enabled)}
        )

    async def set_lobby(self, token: str, enabled: bool, timer: Timer = None) -> Room | None:
        """Turn the lobby on or off; ``timer`` opens it automatically at that time."""
        stamp = _timestamp(timer) if enabled else None
        if enabled:
            verb = "turn on the lobby of {}"
            if stamp:
                verb += f" until {datetime.fromtimestamp(stamp).astimezone():%Y-%m-%d %H:%M %Z}"
        else:
            verb = "open the lobby of {}"
        action = self._act("lobby", verb.format(self._quoted(token)), token)
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/webinar/lobby",
            action,
            {"state": int(enabled), "timer": stamp},
        )

    async def set_sip(self, token: str, state: int) -> Room | None:
        """SIP dial-in: 0 off, 1 on with per-attendee PIN, 2 on without PIN."""
        verb = "turn off SIP dial-in for {}" if state == 0 else "turn on SIP dial-in for {}"
        action = self._act("sip", verb.format(self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/webinar/sip", action, {"state": state}
        )

    # ----------------------------------------------------------------- participants

    async def list_participants(
        self, token: str, *, include_status: bool = False
    ) -> list[Participant]:
        params = {"includeStatus": "true"} if include_status else None
        action = self._act("participants", f"list the participants of {self._quoted(token)}", token)
        people: list[Participant] = await self._call(
            "GET",
            f"{API_BASE}/room/{token}/participants",
            action,
            list[Participant],
            params=params,
        )
        self._remember_participants(token, people)
        return people

    async def add_participant(
        self, token: str, new_participant: str, source: str = "users"
    ) -> int | None:
        """Invite a user, group, team, e-mail address or phone number.

        Returns:
            the new conversation type when adding an e-mail address made the room public.
        """
        action = self._act(
            "add", f"add {new_participant} to {self._quoted(token)}", token, new_participant
        )
        data = await self._call(
            "POST",
            f"{API_BASE}/room/{token}/participants",
            action,
            json={"newParticipant": new_participant, "source": source},
        )
        if isinstance(data, dict) and isinstance(data.get("type"), int):
            return int(data["type"])
        return None

    async def remove_attendee(self, token: str, attendee_id: int) -> None:
        """Remove anyone (user, guest, e-mail invitee, group, phone) by attendee id."""
        who = self.attendee_title(token, attendee_id)
        action = self._act("remove", f"remove {who} from {self._quoted(token)}", token, who)
        await self._call(
            "DELETE", f"{API_BASE}/room/{token}/attendees", action, json={"attendeeId": attendee_id}
        )

    async def leave_room(self, token: str) -> None:
        """Remove yourself from the conversation for good."""
        action = self._act("leave", f"leave {self._quoted(token)}", token)
        await self._call("DELETE", f"{API_BASE}/room/{token}/participants/self", action)
        self._sessions.discard(token)

    async def join_room(
        self, token: str, *, password: str | None = None, force: bool = True
    ) -> Room:
        """Open a Talk session in the conversation (needed for anything call-related)."""
        body: dict[str, Any] = {"force": force}
        if password:
            body["password"] = password
        action = self._act("join", f"join {self._quoted(token)}", token)
        room: Room = await self._call(
            "POST", f"{API_BASE}/room/{token}/participants/active", action, Room, json=body
        )
        self._sessions.add(token)
        self._remember_rooms([room])
        return room

    async def leave_session(self, token: str) -> None:
        """Close the Talk session (you stay a participant)."""
        action = self._act("leave-session", f"disconnect from {self._quoted(token)}", token)
        try:
            await self._call("DELETE", f"{API_BASE}/room/{token}/participants/active", action)
        finally:
            self._sessions.discard(token)

    def has_session(self, token: str) -> bool:
        return token in self._sessions

    @property
    def session_tokens(self) -> frozenset[str]:
        """The conversations where this service has opened a Talk session (to close on quit)."""
        return frozenset(self._sessions)

    async def ensure_session(self, token: str) -> None:
        """Join the conversation once, so call actions have the session they need.

        Concurrent callers (a bulk ring) wait for the one join in flight instead of joining
        again: every extra join opens another session of ours in the room.
        """
        if token in self._sessions:
            return
        lock = self._session_locks.setdefault(token, asyncio.Lock())
        async with lock:
            if token not in self._sessions:
                await self.join_room(token)

    async def promote(self, token: str, attendee_id: int) -> None:
        who = self.attendee_title(token, attendee_id)
        action = self._act(
            "promote", f"promote {who} to moderator in {self._quoted(token)}", token, who
        )
        await self._call(
            "POST", f"{API_BASE}/room/{token}/moderators", action, json={"attendeeId": attendee_id}
        )

    async def demote(self, token: str, attendee_id: int) -> None:
        who = self.attendee_title(token, attendee_id)
        action = self._act("demote", f"demote {who} in {self._quoted(token)}", token, who)
        await self._call(
            "DELETE",
            f"{API_BASE}/room/{token}/moderators",
            action,
            json={"attendeeId": attendee_id},
        )

    async def set_attendee_permissions(
        self, token: str, attendee_id: int, method: str, permissions: int
    ) -> list[Participant]:
        """Change one attendee's permissions (``method``: set, add or remove)."""
        who = self.attendee_title(token, attendee_id)
        action = self._act("permissions", f"change the permissions of {who}", token, who)
        data = await self._call(
            "PUT",
            f"{API_BASE}/room/{token}/attendees/permissions",
            action,
            list[Participant] | None,
            json={"attendeeId": attendee_id, "method": method, "permissions": permissions},
        )
        return list(data or [])

    async def set_lobby_bypass(self, token: str, attendee_id: int, allowed: bool) -> None:
        """Let one person in past the lobby (or send them back) via the lobby-ignore bit."""
        await self.set_attendee_permissions(
            token, attendee_id, "add" if allowed else "remove", int(Permission.LOBBY_IGNORE)
        )

    async def resend_invitations(self, token: str, attendee_id: int | None = None) -> None:
        """Send the e-mail invitations again: to everyone invited, or to one attendee.

        For one attendee the 404 means that attendee (not the room) is unknown, so the action
        kind differs and the message says so.
        """
        if attendee_id is None:
            action = self._act("resend", f"resend invitations for {self._quoted(token)}", token)
            body = None
        else:
            who = self.attendee_title(token, attendee_id)
            action = self._act("resend-one", f"resend the invitation to {who}", token, who)
            body = {"attendeeId": attendee_id}
        await self._call(
            "POST", f"{API_BASE}/room/{token}/participants/resend-invitations", action, json=body
        )

    async def set_guest_name(self, token: str, display_name: str) -> None:
        action = self._act("guest-name", "set your guest name", token)
        await self._call(
            "POST", f"{API_V1_BASE}/guest/{token}/name", action, json={"displayName": display_name}
        )

    # ----------------------------------------------------------------- calls

    async def list_call_peers(self, token: str) -> list[CallPeer]:
        action = self._act("call-peers", f"list who is in the call of {self._quoted(token)}", token)
        peers: list[CallPeer] = await self._call(
            "GET", f"{API_BASE}/call/{token}", action, list[CallPeer]
        )
        return peers

    async def join_call(
        self,
        token: str,
        *,
        flags: int = int(DEFAULT_CALL_FLAGS),
        silent: bool = False,
        recording_consent: bool = False,
    ) -> None:
        """Join (or start) the call; opens the Talk session first when needed."""
        await self.ensure_session(token)
        action = self._act("join-call", f"join the call in {self._quoted(token)}", token)
        body: dict[str, Any] = {"flags": flags, "silent": silent}
        if recording_consent:
            body["recordingConsent"] = True
        await self._call("POST", f"{API_BASE}/call/{token}", action, json=body)

    async def update_call_flags(self, token: str, flags: int) -> None:
        action = self._act("call-flags", f"change your media in {self._quoted(token)}", token)
        await self._call("PUT", f"{API_BASE}/call/{token}", action, json={"flags": flags})

    async def leave_call(self, token: str, *, end_for_everyone: bool = False) -> None:
        """Leave the call, or as a moderator end it for everyone (needs only a session)."""
        await self.ensure_session(token)
        if end_for_everyone:
            action = self._act(
                "end-call", f"end the call in {self._quoted(token)} for everyone", token
            )
        else:
            action = self._act("leave-call", f"leave the call in {self._quoted(token)}", token)
        await self._call(
            "DELETE", f"{API_BASE}/call/{token}", action, json={"all": end_for_everyone}
        )

    async def ring(self, token: str, attendee_id: int) -> None:
        """Ring someone who is not in the call yet."""
        await self.ensure_session(token)
        who = self.attendee_title(token, attendee_id)
        action = self._act("ring", f"ring {who}", token, who)
        await self._call("POST", f"{API_BASE}/call/{token}/ring/{attendee_id}", action)

    async def dial_out(self, token: str, attendee_id: int) -> None:
        """Have the SIP bridge phone a ``phones`` attendee into the running call."""
        await self.ensure_session(token)
        who = self.attendee_title(token, attendee_id)
        action = self._act("dialout", f"dial out to {who}", token, who)
        await self._call("POST", f"{API_BASE}/call/{token}/dialout/{attendee_id}", action)
