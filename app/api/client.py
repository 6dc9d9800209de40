"""The one place an ``httpx.AsyncClient`` is built, for the service and the sign-in alike.

Both speak to the same server, so they must present themselves the same way (the User-Agent is
what Nextcloud shows as the device under "Devices & sessions"), verify TLS the same way (a
pinned certificate is an ``ssl.SSLContext`` from ``login_flow.pinned_ssl_context``) and never
follow a redirect on their own (a redirect could carry the credentials to another host).
"""

from __future__ import annotations

import platform
import ssl
import threading

import httpx

from .. import __version__

DEFAULT_TIMEOUT = 15.0
"""Seconds per request (connect, read, write, pool) unless the caller says otherwise."""

LIMITS = httpx.Limits(max_connections=48, max_keepalive_connections=8, keepalive_expiry=30.0)
"""Connections to the one server: the bulk runner's 8 requests in flight, the polls, and up to
``signaling.MAX_PULLS`` (24) signaling pulls held open for half a minute each, so a held pull
never makes a poll or an action wait for a connection; idle ones are kept for the next poll."""

OCS_HEADERS = {"OCS-APIRequest": "true", "Accept": "application/json"}
"""Without ``OCS-APIRequest`` Nextcloud refuses the request as a possible CSRF attack."""


def user_agent() -> str:
    """``TalkModerator/<version> (<host name>)``: the app password's name in the web interface."""
    node = platform.node()
    return f"TalkModerator/{__version__}" + (f" ({node})" if node else "")


def tls_verify(verify: bool | ssl.SSLContext) -> bool | ssl.SSLContext:
    """What to give httpx for ``verify``: the system certificates' context is made once per
    process (``system_tls_context``) instead of once per client; anything else as it is."""
    return system_tls_context() if verify is True else verify


_tls_lock = threading.Lock()
_tls_context: list[ssl.SSLContext] = []
"""The one system context, once made (under ``_tls_lock``)."""


def system_tls_context() -> ssl.SSLContext:
    """httpx's default verifying context (certifi's bundle, ``SSL_CERT_FILE`` honoured).

    Loading the bundle takes tens of milliseconds, and every client made its own: the
    service's, its reader's, each sign-in's. One context serves them all (``SSLContext`` is
    safe to share between threads for new connections). A caller that comes while
    ``warm_tls_context``'s thread is loading it waits for that one instead of loading another.
    """
    with _tls_lock:
        if not _tls_context:
            _tls_context.append(httpx.create_ssl_context())
        return _tls_context[0]


def warm_tls_context() -> threading.Thread:
    """Load the system context in a thread now, while the front-end's modules load.

    Why: the service's client needs it when it is built, and loading the certificates (about
    20 ms) holds no lock of the interpreter's, so on a second CPU it costs the start nothing;
    on the start's own thread it came between importing and the first request.
    """
    thread = threading.Thread(target=system_tls_context, name="tls-context", daemon=True)
    thread.start()
    return thread


def build_client(
    base_url: str,
    *,
    auth: httpx.Auth | None = None,
    verify: bool | ssl.SSLContext = True,
    timeout: float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """A client for one server: OCS headers, our User-Agent, TLS, timeouts, limits.

    Args:
        base_url: the server's base URL; request paths are relative to it.
        auth: the credentials to send (None: none, e.g. while signing in).
        verify: TLS verification as httpx takes it: True (system certificates), a pinned
            ``ssl.SSLContext`` (``login_flow.tls_verify``), or False.
        timeout: seconds per request.
        transport: a custom httpx transport (tests, recording); it then owns TLS and limits.
    """
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        headers={**OCS_HEADERS, "User-Agent": user_agent()},
        timeout=timeout,
        verify=tls_verify(verify),
        limits=LIMITS,
        transport=transport,
        follow_redirects=False,
    )
