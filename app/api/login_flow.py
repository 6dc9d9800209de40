"""Signing in: check the address, run Nextcloud Login Flow v2, trust certificates explicitly.

Qt-free so the CLI signs in with the same code as the GUI. The steps:

1. ``normalize_server_url`` turns what the user typed into a base URL.
2. ``check_server`` asks ``/status.php`` (is it Nextcloud, which version, installed, not in
   maintenance) and the anonymous capabilities (is Talk there, which version), and answers in
   words a moderator understands when something is off. Plain http is refused for anything but
   loopback unless the caller says the user accepted the warning; a certificate that does not
   verify raises ``UntrustedCertificate`` carrying its SHA-256 fingerprint, so the user can
   trust it for this server explicitly (``pinned_ssl_context``).
3. ``LoginFlow`` starts the flow (``POST /index.php/login/v2``), hands back the URL to open in
   the system browser, and polls until the server answers with the login name and a fresh app
   password (404 while pending), the flow expires (~20 min) or the caller cancels the task.

An app password is revoked with ``revoke_app_password`` (``DELETE /ocs/v2.php/core/apppassword``,
``TalkService.account.revoke_app_password``).
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ..i18n import QT_TRANSLATE_NOOP, Text, text
from . import errors
from .address import InvalidAddress, check_server_address, plain_http_answer
from .capabilities import TalkCapabilities
from .client import build_client
from .constants import CAPABILITIES_PATH, LOGIN_FLOW_PATH, STATUS_PATH
from .explain import EXPLAIN
from .models import ServerStatus
from .ocs import decode_json, read_response
from .service import TalkService

log = logging.getLogger(__name__)

LOGIN_FLOW_LIFETIME = 20 * 60.0
"""Seconds a Login Flow v2 token stays valid on a Nextcloud server."""

_TRAILING_PAGES = ("/index.php", "/status.php", "/login", "/apps/spreed", "/apps/files")

# ----------------------------------------------------------------------------- errors


def _said(template: str, **values: str | Text) -> Text:
    """A sentence of the sign-in, kept translatable: mark ``template`` with
    ``QT_TRANSLATE_NOOP("Explain", ...)``; the CLI prints its English."""
    return text(EXPLAIN, template, **values)


class ServerCheckFailed(errors.TalkError):
    """The address is not a Nextcloud with Talk we can sign in to (``str()`` says why)."""


class NotNextcloud(ServerCheckFailed):
    """Something answered, but not a Nextcloud ``status.php``."""


class ServerNotReady(ServerCheckFailed):
    """A Nextcloud that is not installed yet, in maintenance, or waiting for an upgrade."""


class TalkNotInstalled(ServerCheckFailed):
    """Nextcloud is there, Talk is not (or too old for API v4)."""


class InsecureAddress(ServerCheckFailed):
    """Plain http to a non-loopback address, and the user has not accepted the risk."""


class UntrustedCertificate(errors.NetworkError):
    """The server's certificate does not verify; the user may trust its fingerprint.

    Args:
        host: the server's host name.
        port: its TLS port.
        sha256: the certificate's SHA-256 fingerprint (lower-case hex, no colons).
        reason: what verification said ("self-signed certificate", "Hostname mismatch").
    """

    def __init__(self, message: str, *, host: str, port: int, sha256: str, reason: str) -> None:
        super().__init__(message)
        self.host = host
        self.port = port
        self.sha256 = sha256
        self.reason = reason

    @property
    def fingerprint(self) -> str:
        """The fingerprint as people compare it: ``AB:CD:...``."""
        return format_fingerprint(self.sha256)


class CertificateChanged(UntrustedCertificate):
    """The server shows a different certificate than the one the user trusted."""


class LoginFlowFailed(errors.TalkError):
    """Login Flow v2 could not be started or did not finish."""


class LoginFlowExpired(LoginFlowFailed):
    """Nobody granted access in the browser before the flow expired."""


# ----------------------------------------------------------------------------- addresses


def normalize_server_url(text: str) -> str:
    """``cloud.example.org/`` -> ``https://cloud.example.org`` (the base URL of the Nextcloud).

    No scheme means https. A pasted page address (``.../index.php/apps/spreed``) is cut back
    to the base.

    Raises:
        InvalidAddress: not an http(s) address (a ``ValueError``; ``check_server_address``).
    """
    if not text.strip():
        raise InvalidAddress(
            Text(
                "Address",
                QT_TRANSLATE_NOOP(
                    "Address", "Type the address of your Nextcloud, e.g. cloud.example.org"
                ),
            )
        )
    parts = check_server_address(text)
    path = parts.path.rstrip("/")
    lowered = path.lower()
    for page in _TRAILING_PAGES:
        index = lowered.find(page)
        if index != -1:
            path = path[:index]
            lowered = lowered[:index]
    netloc = parts.netloc.lower()
    return urlunsplit((parts.scheme.lower(), netloc, path.rstrip("/"), "", ""))


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refuse_plain_http(url: str, *, allow_http: bool) -> None:
    """The one rule for every way in (sign-in, accounts, ``--server``, kiosk.toml): the app
    password goes over plain http only to this machine, or with the user's explicit consent.

    Raises:
        InsecureAddress: ``url`` is http to another machine and ``allow_http`` is False.
    """
    if urlsplit(url).scheme.lower() == "http" and not allow_http and not is_loopback(url):
        raise InsecureAddress(
            f"{url} uses plain http: your app password and everything you do would travel "
            "unencrypted and could be read or changed on the way. Use https, or continue only "
            "if you understand the risk"
        )


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return parts.hostname or "", parts.port or default


# ----------------------------------------------------------------------------- TLS


def normalize_fingerprint(text: str) -> str:
    """``AB:CD:...`` or ``abcd...`` -> ``abcd...``.

    Raises:
        ValueError: not 32 bytes of hex.
    """
    value = text.strip().replace(":", "").replace(" ", "").lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ValueError("a SHA-256 fingerprint is 64 hex digits (32 pairs)")
    return value


def format_fingerprint(sha256: str) -> str:
    value = normalize_fingerprint(sha256).upper()
    return ":".join(value[i : i + 2] for i in range(0, len(value), 2))


def certificate_sha256(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


class FingerprintMismatch(ssl.SSLCertVerificationError):
    """The peer's certificate is not the one pinned for this server."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(
            f"certificate fingerprint {format_fingerprint(actual)} is not the trusted "
            f"{format_fingerprint(expected)}"
        )
        self.expected = expected
        self.actual = actual


def pinned_ssl_context(sha256: str) -> ssl.SSLContext:
    """A client context that accepts exactly the certificate with this SHA-256 fingerprint.

    The usual chain and host-name checks are replaced by the pin: the fingerprint is compared
    inside the TLS handshake of every connection, so nothing (no credentials) is sent to a
    server showing another certificate.
    """
    expected = normalize_fingerprint(sha256)

    class _PinnedSSLObject(ssl.SSLObject):
        def do_handshake(self) -> None:
            super().do_handshake()
            der = self.getpeercert(binary_form=True)
            actual = certificate_sha256(der) if der else ""
            if actual != expected:
                raise FingerprintMismatch(expected, actual or "0" * 64)

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.sslobject_class = _PinnedSSLObject
    return context


def tls_verify(trusted_sha256: str | None) -> bool | ssl.SSLContext:
    """What to pass as httpx's (and ``TalkService``'s) ``verify`` for an account."""
    return pinned_ssl_context(trusted_sha256) if trusted_sha256 else True


async def fetch_certificate_sha256(host: str, port: int, *, timeout: float = 10.0) -> str:
    """The SHA-256 fingerprint of the certificate ``host:port`` shows (without verifying it).

    Raises:
        NetworkError: no TLS connection could be made.
    """
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a cancellation
        # that arrives as the connection completes (the caller's task then never ends).
        async with asyncio.timeout(timeout):
            _reader, writer = await asyncio.open_connection(
                host, port, ssl=context, server_hostname=host
            )
    except (OSError, TimeoutError, ssl.SSLError) as exc:
        said = _said(
            QT_TRANSLATE_NOOP("Explain", "Cannot read the certificate of {host}:{port} ({error})"),
            host=host,
            port=str(port),
            error=str(exc),
        )
        raise errors.worded(errors.NetworkError, said) from exc
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except (OSError, ssl.SSLError):
            pass
    if not der:
        said = _said(
            QT_TRANSLATE_NOOP("Explain", "{host}:{port} showed no certificate"),
            host=host,
            port=str(port),
        )
        raise errors.worded(errors.NetworkError, said)
    return certificate_sha256(der)


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything chained behind it (``__cause__`` / ``__context__``)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _cert_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate verification failure behind an httpx error, if that is what it was."""
    for cause in _causes(exc):
        if isinstance(cause, ssl.SSLCertVerificationError):
            return cause
    return None


async def _untrusted(url: str, cert_error: ssl.SSLCertVerificationError) -> UntrustedCertificate:
    host, port = host_port(url)
    if isinstance(cert_error, FingerprintMismatch):
        return CertificateChanged(
            f"The certificate of {host} has changed since you trusted it. This can mean someone "
            f"is intercepting the connection. New fingerprint: "
            f"{format_fingerprint(cert_error.actual)}",
            host=host,
            port=port,
            sha256=cert_error.actual,
            reason="the certificate changed",
        )
    reason = getattr(cert_error, "verify_message", "") or str(cert_error)
    sha256 = await fetch_certificate_sha256(host, port)
    return UntrustedCertificate(
        f"The certificate of {host} could not be verified ({reason}). Trust it only if its "
        f"fingerprint matches the one your server administrator gave you: "
        f"{format_fingerprint(sha256)}",
        host=host,
        port=port,
        sha256=sha256,
        reason=str(reason),
    )


# ----------------------------------------------------------------------------- HTTP


def _client(
    url: str,
    trusted_sha256: str | None,
    timeout: float,
    transport: httpx.AsyncBaseTransport | None,
) -> httpx.AsyncClient:
    """No credentials yet: the same client as the service's, pinned certificate honoured."""
    return build_client(
        url, verify=tls_verify(trusted_sha256), timeout=timeout, transport=transport
    )


async def _request(
    client: httpx.AsyncClient, method: str, url: str, what: str | Text, **kwargs: Any
) -> httpx.Response:
    """One request with network failures turned into sentences (and certificates into offers);
    ``what`` names the request in them (a ``Text`` of context Explain, or a file name)."""
    base = str(client.base_url).rstrip("/")
    try:
        return await read_response(client, method, url, **kwargs)
    except httpx.TimeoutException as exc:
        said = _said(
            QT_TRANSLATE_NOOP("Explain", "{server} did not answer in time ({what})"),
            server=base,
            what=what,
        )
        raise errors.worded(errors.NetworkError, said) from exc
    except httpx.HTTPError as exc:
        cert_error = _cert_error(exc)
        if cert_error is not None:
            raise await _untrusted(base, cert_error) from exc
        causes = _causes(exc)
        detail = str(causes[-1]) or type(causes[-1]).__name__
        plain = plain_http_answer(base, exc, sentence=True)
        if plain is not None:
            said = plain
        elif any(isinstance(c, ConnectionRefusedError) for c in causes):
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "Nothing answered at {server}: the connection was refused. Check the address",
                ),
                server=base,
            )
        elif any(isinstance(c, socket.gaierror) for c in causes):
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain", "The name {host} could not be found. Check the address"
                ),
                host=host_port(base)[0],
            )
        else:
            said = _said(
                QT_TRANSLATE_NOOP("Explain", "Cannot reach {server} ({error})"),
                server=base,
                error=detail,
            )
        raise errors.worded(errors.NetworkError, said) from exc


# ----------------------------------------------------------------------------- server check


@dataclass(frozen=True)
class ServerInfo:
    """What ``check_server`` found.

    Args:
        url: the base URL to use (after following a redirect to https, if any).
        nextcloud_version: e.g. "32.0.1".
        product_name: "Nextcloud" or a rebranded name.
        talk_version: e.g. "21.1.7"; empty when the server hides capabilities from anonymous
            visitors (then Talk is checked again after signing in).
        capabilities: the anonymous capabilities, when readable.
    """

    url: str
    nextcloud_version: str
    product_name: str = "Nextcloud"
    talk_version: str = ""
    capabilities: TalkCapabilities | None = None

    @property
    def summary(self) -> str:
        talk = f" with Talk {self.talk_version}" if self.talk_version else ""
        return f"{self.product_name} {self.nextcloud_version}{talk}"


def require_talk(caps: TalkCapabilities, nextcloud_version: str, product: str) -> None:
    """Raise ``TalkNotInstalled`` unless the capabilities show a Talk with API v4."""
    if not caps.talk_installed:
        said = _said(
            QT_TRANSLATE_NOOP("Explain", "{product} {version} found, but Talk is not installed"),
            product=product,
            version=nextcloud_version,
        )
        raise errors.worded(TalkNotInstalled, said)
    if not caps.supports_v4:
        unknown = Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "(unknown)"))
        said = _said(
            QT_TRANSLATE_NOOP(
                "Explain",
                "{product} {version} with Talk {talk} found, but this Talk is too old: "
                "Talk Moderator needs Talk 13 or newer (API v4)",
            ),
            product=product,
            version=nextcloud_version,
            talk=caps.talk_version or unknown,
        )
        raise errors.worded(TalkNotInstalled, said)


def _status_from(response: httpx.Response, url: str) -> ServerStatus:
    said = _said(
        QT_TRANSLATE_NOOP(
            "Explain", "That address answered, but it is not a Nextcloud server ({url})"
        ),
        url=url,
    )
    not_nextcloud = errors.worded(NotNextcloud, said, status=response.status_code)
    if response.status_code != 200:
        raise not_nextcloud
    try:
        status: ServerStatus = decode_json(response.content, ServerStatus)
    except errors.MalformedResponse:
        raise not_nextcloud from None
    if not status.version and not status.versionstring:
        raise not_nextcloud
    return status


async def check_server(
    url: str,
    *,
    trusted_sha256: str | None = None,
    allow_http: bool = False,
    timeout: float = 10.0,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ServerInfo:
    """Is ``url`` a Nextcloud with Talk we can sign in to? Every "no" is a sentence.

    Args:
        url: a normalized base URL (``normalize_server_url``).
        trusted_sha256: a certificate fingerprint the user trusted for this server.
        allow_http: the user accepted plain http for a non-loopback address.

    Raises:
        InsecureAddress: plain http to another machine without ``allow_http``.
        UntrustedCertificate: the certificate does not verify (or no longer matches the pin).
        NotNextcloud, ServerNotReady, TalkNotInstalled: the server is not usable.
        NetworkError: nothing (or nothing in time) answered.
    """
    refuse_plain_http(url, allow_http=allow_http)
    async with _client(url, trusted_sha256, timeout, transport) as client:
        response = await _request(client, "GET", STATUS_PATH, "status.php")
        location = response.headers.get("location", "")
        if response.is_redirect and location.rstrip("/").endswith(STATUS_PATH):
            redirected = location.rstrip("/")[: -len(STATUS_PATH)]
            same_host = urlsplit(redirected).hostname == urlsplit(url).hostname
            if same_host and urlsplit(redirected).scheme == "https":
                log.info("%s redirects to %s", url, redirected)
                return await check_server(
                    redirected,
                    trusted_sha256=trusted_sha256,
                    timeout=timeout,
                    transport=transport,
                )
        status = _status_from(response, url)
        product = status.productname or "Nextcloud"
        version = status.versionstring or status.version
        if not status.installed:
            not_ready = QT_TRANSLATE_NOOP("Explain", "The {product} at {url} is not installed yet")
        elif status.maintenance:
            not_ready = QT_TRANSLATE_NOOP(
                "Explain", "The {product} at {url} is in maintenance mode: try again later"
            )
        elif status.needs_db_upgrade:
            not_ready = QT_TRANSLATE_NOOP(
                "Explain", "The {product} at {url} is waiting for an upgrade"
            )
        else:
            not_ready = ""
        if not_ready:
            raise errors.worded(ServerNotReady, _said(not_ready, product=product, url=url))
        caps_response = await _request(
            client,
            "GET",
            CAPABILITIES_PATH,
            Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "capabilities")),
        )
    if caps_response.status_code == 401:
        log.info("%s hides capabilities from anonymous visitors", url)
        return ServerInfo(url=url, nextcloud_version=version, product_name=product)
    if caps_response.status_code != 200:
        said = _said(
            QT_TRANSLATE_NOOP(
                "Explain",
                "{product} {version} found at {url}, but it did not answer the capabilities "
                "request (HTTP {status})",
            ),
            product=product,
            version=version,
            url=url,
            status=str(caps_response.status_code),
        )
        raise errors.worded(NotNextcloud, said, status=caps_response.status_code)
    try:
        document = decode_json(caps_response.content)
        caps = TalkCapabilities.from_ocs_data(document["ocs"]["data"])
    except (errors.MalformedResponse, KeyError, TypeError, ValueError) as exc:
        said = _said(
            QT_TRANSLATE_NOOP(
                "Explain",
                "{product} {version} found at {url}, but its capabilities could not be read",
            ),
            product=product,
            version=version,
            url=url,
        )
        raise errors.worded(NotNextcloud, said) from exc
    require_talk(caps, version, product)
    return ServerInfo(
        url=url,
        nextcloud_version=version,
        product_name=product,
        talk_version=caps.talk_version,
        capabilities=caps,
    )


# ----------------------------------------------------------------------------- login flow


@dataclass(frozen=True)
class Credentials:
    """What a finished sign-in hands back. ``repr`` never shows the app password."""

    server_url: str
    login: str
    app_password: str = field(repr=False)


@dataclass(frozen=True)
class LoginFlowStart:
    """The first answer of Login Flow v2.

    Args:
        login_url: open this in the system browser.
        poll_endpoint: where to poll.
        poll_token: the token to poll with (a secret until the flow ends: never logged).
    """

    login_url: str
    poll_endpoint: str
    poll_token: str = field(repr=False)


class LoginFlow:
    """One run of Nextcloud Login Flow v2 against one server.

    Use ``await start()``, open ``login_url``, then ``await wait()``; cancel the task running
    ``wait`` to give up. Always ``await aclose()`` (or use ``async with``).

    Args:
        server_url: the checked base URL (``ServerInfo.url``).
        trusted_sha256: the certificate fingerprint trusted for this server, if any.
        lifetime: seconds after which the flow is given up (the server forgets it).
    """

    def __init__(
        self,
        server_url: str,
        *,
        trusted_sha256: str | None = None,
        timeout: float = 15.0,
        lifetime: float = LOGIN_FLOW_LIFETIME,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.lifetime = lifetime
        self._client = _client(self.server_url, trusted_sha256, timeout, transport)
        self._started: LoginFlowStart | None = None
        self._deadline = 0.0

    def __repr__(self) -> str:
        return f"LoginFlow({self.server_url!r})"

    async def __aenter__(self) -> LoginFlow:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    @property
    def started(self) -> LoginFlowStart | None:
        return self._started

    async def start(self) -> LoginFlowStart:
        """Ask the server for a new flow.

        Raises:
            LoginFlowFailed: the server does not offer Login Flow v2 or answered nonsense.
            NetworkError / UntrustedCertificate: as in ``check_server``.
        """
        response = await _request(
            self._client,
            "POST",
            LOGIN_FLOW_PATH,
            Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "start the sign-in")),
        )
        if response.status_code != 200:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "{server} did not start a browser sign-in (HTTP {status}); sign in with an "
                    "app password instead",
                ),
                server=self.server_url,
                status=str(response.status_code),
            )
            raise errors.worded(LoginFlowFailed, said, status=response.status_code)
        try:
            document = decode_json(response.content)
            poll = document["poll"]
            started = LoginFlowStart(
                login_url=str(document["login"]),
                poll_endpoint=str(poll["endpoint"]),
                poll_token=str(poll["token"]),
            )
        except (errors.MalformedResponse, KeyError, TypeError) as exc:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain", "{server} answered the sign-in request with something unexpected"
                ),
                server=self.server_url,
            )
            raise errors.worded(LoginFlowFailed, said) from exc
        self._check_url(
            started.login_url,
            QT_TRANSLATE_NOOP("Explain", "{server} gave an unusable sign-in page address: {url}"),
        )
        self._check_url(
            started.poll_endpoint,
            QT_TRANSLATE_NOOP("Explain", "{server} gave an unusable poll endpoint address: {url}"),
        )
        self._check_same_server(started.poll_endpoint)
        self._started = started
        self._deadline = time.monotonic() + self.lifetime
        log.info("login flow started at %s", self.server_url)
        return started

    def _check_url(self, url: str, unusable: str) -> None:
        """The browser and the poll only go to http(s), and https stays https; ``unusable``
        the sentence (marked, context Explain) when not."""
        scheme = urlsplit(url).scheme
        ours = urlsplit(self.server_url).scheme
        if scheme not in ("http", "https") or (ours == "https" and scheme != "https"):
            said = _said(unusable, server=self.server_url, url=url)
            raise errors.worded(LoginFlowFailed, said)

    def _check_same_server(self, url: str) -> None:
        """The poll token (and with it the app password) only goes back where it came from.

        A server that names another host, port or scheme as the poll endpoint would have the
        token posted there, maybe in clear: the sign-in stops instead.
        """
        ours, theirs = urlsplit(self.server_url), urlsplit(url)
        try:
            same = ours.scheme == theirs.scheme.lower() and host_port(self.server_url) == (
                host_port(url)
            )
        except ValueError:  # a port that is no number
            same = False
        if not same:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "{server} asked to finish the sign-in at another server ({other}). Stopped: "
                    "the sign-in token is only sent to the server you are signing in to. Ask its "
                    "administrator to check the server's address settings (overwrite.cli.url, "
                    "trusted_domains)",
                ),
                server=self.server_url,
                other=f"{theirs.scheme}://{theirs.netloc}",
            )
            raise errors.worded(LoginFlowFailed, said)

    async def poll(self) -> Credentials | None:
        """Poll once: the credentials when access was granted, None while pending.

        Raises:
            LoginFlowExpired: the flow's lifetime is over.
            LoginFlowFailed: ``start`` was not called, or the server answered nonsense.
            NetworkError: as in ``check_server``.
        """
        if self._started is None:
            said = Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "the sign-in was not started"))
            raise errors.worded(LoginFlowFailed, said)
        if time.monotonic() > self._deadline:
            said = Text(
                EXPLAIN,
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "Nobody granted access in the browser in time; the sign-in expired. "
                    "Start again",
                ),
            )
            raise errors.worded(LoginFlowExpired, said)
        response = await _request(
            self._client,
            "POST",
            self._started.poll_endpoint,
            Text(EXPLAIN, QT_TRANSLATE_NOOP("Explain", "wait for the browser")),
            data={"token": self._started.poll_token},
        )
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain", "{server} failed while waiting for the browser (HTTP {status})"
                ),
                server=self.server_url,
                status=str(response.status_code),
            )
            raise errors.worded(errors.ServerError, said, status=response.status_code)
        try:
            document = decode_json(response.content)
            credentials = Credentials(
                server_url=self.server_url,
                login=str(document["loginName"]),
                app_password=str(document["appPassword"]),
            )
        except (errors.MalformedResponse, KeyError, TypeError) as exc:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain", "{server} finished the sign-in with an unreadable answer"
                ),
                server=self.server_url,
            )
            raise errors.worded(LoginFlowFailed, said) from exc
        if not credentials.login or not credentials.app_password:
            said = _said(
                QT_TRANSLATE_NOOP("Explain", "{server} finished the sign-in without credentials"),
                server=self.server_url,
            )
            raise errors.worded(LoginFlowFailed, said)
        announced = str(document.get("server", "")).rstrip("/")
        if announced and announced != self.server_url:
            log.info("server calls itself %s; keeping the checked %s", announced, self.server_url)
        log.info("login flow at %s granted for %s", self.server_url, credentials.login)
        return credentials

    async def wait(self, interval: float = 1.0, *, max_failures: int = 5) -> Credentials:
        """Poll every ``interval`` seconds until access is granted or the flow expires.

        Transient failures (network, 5xx) are retried up to ``max_failures`` times in a row.
        Cancel the awaiting task to give up.

        Raises:
            LoginFlowExpired, LoginFlowFailed, NetworkError, ServerError.
        """
        failures = 0
        while True:
            try:
                credentials = await self.poll()
            except (errors.NetworkError, errors.ServerError) as exc:
                if isinstance(exc, UntrustedCertificate):
                    raise
                failures += 1
                if failures >= max_failures:
                    raise
                log.warning(
                    "polling the login flow failed (%d/%d): %s", failures, max_failures, exc
                )
            else:
                failures = 0
                if credentials is not None:
                    return credentials
            await asyncio.sleep(interval)


# ----------------------------------------------------------------------------- app passwords


def _one_shot_service(
    server_url: str,
    login: str,
    app_password: str,
    trusted_sha256: str | None,
    timeout: float,
) -> TalkService:
    """A service for one call made while the user waits: no read retries, pinned cert honoured."""
    return TalkService(
        server_url,
        login,
        app_password,
        timeout=timeout,
        read_retries=0,
        verify=tls_verify(trusted_sha256),
    )


async def verify_credentials(
    server_url: str,
    login: str,
    app_password: str,
    *,
    trusted_sha256: str | None = None,
    timeout: float = 15.0,
) -> TalkCapabilities:
    """Check typed-in credentials (and that Talk is enabled for this user).

    Raises:
        NotAuthenticated: the server refused the login name or app password.
        TalkNotInstalled: Talk is missing or disabled for this user.
        NetworkError / UntrustedCertificate.
    """
    async with _one_shot_service(
        server_url, login, app_password, trusted_sha256, timeout
    ) as service:
        try:
            await service.rooms.list()
        except errors.NotAuthenticated as exc:
            said = _said(
                QT_TRANSLATE_NOOP(
                    "Explain",
                    "{server} did not accept the user name and app password. Create an app "
                    "password under Settings > Security in the web interface",
                ),
                server=server_url,
            )
            raise errors.worded(errors.NotAuthenticated, said, status=401) from exc
        except errors.NotFound as exc:
            said = _said(
                QT_TRANSLATE_NOOP("Explain", "Talk is not available for {login} on {server}"),
                login=login,
                server=server_url,
            )
            raise errors.worded(TalkNotInstalled, said) from exc
        except errors.NetworkError as exc:
            cert_error = _cert_error(exc)
            if cert_error is not None:
                raise await _untrusted(server_url, cert_error) from exc
            raise
        caps = await service.account.capabilities(refresh=True)
    require_talk(caps, caps.server_version or "", "Nextcloud")
    return caps


async def revoke_app_password(
    server_url: str,
    login: str,
    app_password: str,
    *,
    trusted_sha256: str | None = None,
    timeout: float = 15.0,
) -> bool:
    """Delete the app password on the server; False when it was already gone (401).

    Raises:
        TalkError: the server could not be reached or refused otherwise.
    """
    async with _one_shot_service(
        server_url, login, app_password, trusted_sha256, timeout
    ) as service:
        try:
            await service.account.revoke_app_password()
        except errors.NotAuthenticated:
            log.info("the app password of %s on %s was already revoked", login, server_url)
            return False
    log.info("revoked the app password of %s on %s", login, server_url)
    return True
