"""The server and the signed-in account: status, capabilities, people search, app password."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ...i18n import QT_TRANSLATE_NOOP, text
from .. import errors
from ..bookkeeping import Bookkeeping
from ..capabilities import TalkCapabilities
from ..constants import APP_PASSWORD_PATH, AUTOCOMPLETE_PATH, CAPABILITIES_PATH, STATUS_PATH
from ..explain import EXPLAIN
from ..models import ServerStatus, Suggestion
from ..ocs import decode_json
from ..transport import Transport
from .base import Area, verb


class AccountArea(Area):
    """``service.account``: what the server offers this account, and the account's password."""

    def __init__(self, transport: Transport, book: Bookkeeping) -> None:
        super().__init__(transport, book)
        self._capabilities: TalkCapabilities | None = None

    async def server_status(self) -> ServerStatus:
        """``/status.php``: is this a Nextcloud, and which version (no auth needed)."""
        server_url = self._transport.server_url
        action = self._act(
            "status",
            verb(QT_TRANSLATE_NOOP("Verbs", "check the server at {server}"), server=server_url),
        )

        def parse(response: httpx.Response) -> ServerStatus:
            try:
                result: ServerStatus = decode_json(response.content, ServerStatus)
                return result
            except errors.MalformedResponse as exc:
                said = text(
                    EXPLAIN,
                    QT_TRANSLATE_NOOP(
                        "Explain",
                        "{server} does not look like a Nextcloud server (no valid status.php)",
                    ),
                    server=server_url,
                )
                raise errors.worded(
                    errors.MalformedResponse, said, status=response.status_code
                ) from exc

        return await self._transport.send("GET", STATUS_PATH, action, decode=parse)

    async def capabilities(self, *, refresh: bool = False) -> TalkCapabilities:
        """The server's Talk features and config (cached until ``refresh``)."""
        if self._capabilities is not None and not refresh:
            return self._capabilities
        action = self._act(
            "capabilities", verb(QT_TRANSLATE_NOOP("Verbs", "read the server's capabilities"))
        )
        # Off the event loop's thread: at start-up this is the first request, and through the
        # async client it paid for that client's first use (its modules, ~15 ms) before the
        # first paint; ``prefetch_capabilities`` sends it earlier still.
        data = await self._transport.call(
            "GET", CAPABILITIES_PATH, action, dict[str, Any], off_thread=True
        )
        try:
            caps = TalkCapabilities.from_ocs_data(data)
        except ValueError as exc:
            said = text(
                EXPLAIN,
                QT_TRANSLATE_NOOP("Explain", "Cannot read the server's capabilities: {error}"),
                error=str(exc),
            )
            raise errors.worded(errors.MalformedResponse, said) from exc
        self._capabilities = caps
        return caps

    def prefetch_capabilities(self) -> None:
        """Send the first ``capabilities()`` read now, in a worker thread, if the service
        reads off the event loop (``app.api.reader``): the start-up calls this with
        ``rooms.prefetch_list`` before loading the window's code."""
        if self._capabilities is None:
            self._transport.prefetch(CAPABILITIES_PATH)

    async def revoke_app_password(self) -> None:
        """Delete the app password this service signs in with, on the server."""
        action = self._act("signout", verb(QT_TRANSLATE_NOOP("Verbs", "revoke the app password")))
        await self._transport.call("DELETE", APP_PASSWORD_PATH, action)

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
        action = self._act(
            "autocomplete", verb(QT_TRANSLATE_NOOP("Verbs", "search for '{search}'"), search=search)
        )
        result: list[Suggestion] = await self._transport.call(
            "GET", AUTOCOMPLETE_PATH, action, list[Suggestion], params=params
        )
        return result
