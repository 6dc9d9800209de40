"""TLS: an unknown certificate is offered by fingerprint; a trusted one is pinned exactly."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api import TalkService
from app.api.errors import NetworkError
from app.api.login_flow import (
    CertificateChanged,
    TalkNotInstalled,
    UntrustedCertificate,
    check_server,
    fetch_certificate_sha256,
    format_fingerprint,
    normalize_fingerprint,
    pinned_ssl_context,
    tls_verify,
)
from tests.accounts.servers import (
    SelfSigned,
    nextcloud_without_talk,
    self_signed_certificate,
    serve,
)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[SelfSigned, SelfSigned]:
    directory: Path = tmp_path_factory.mktemp("tls")
    return self_signed_certificate(directory, "one"), self_signed_certificate(directory, "two")


HITS: list[str] = []
"""Paths of the requests that reached the TLS server (the handshake passed)."""


@pytest.fixture(scope="module")
def tls_server(certs: tuple[SelfSigned, SelfSigned]) -> Iterator[str]:
    """A Nextcloud (without Talk) behind the first self-signed certificate."""
    with serve(nextcloud_without_talk("31.0.9", HITS), tls=certs[0]) as url:
        yield url


def test_fingerprint_formats() -> None:
    raw = "ab" * 32
    assert format_fingerprint(raw) == ":".join(["AB"] * 32)
    assert normalize_fingerprint(format_fingerprint(raw)) == raw
    with pytest.raises(ValueError):
        normalize_fingerprint("abcd")
    assert tls_verify(None) is True
    assert isinstance(tls_verify(raw), ssl.SSLContext)


async def test_unknown_certificate_is_offered_with_its_fingerprint(
    tls_server: str, certs: tuple[SelfSigned, SelfSigned]
) -> None:
    with pytest.raises(UntrustedCertificate) as caught:
        await check_server(tls_server)
    offer = caught.value
    assert not isinstance(offer, CertificateChanged)
    assert offer.sha256 == certs[0].sha256
    assert offer.host == "127.0.0.1"
    assert "self-signed" in offer.reason
    assert offer.fingerprint in str(offer)
    host, port = tls_server.removeprefix("https://").split(":")
    assert await fetch_certificate_sha256(host, int(port)) == certs[0].sha256


async def test_trusted_fingerprint_connects(
    tls_server: str, certs: tuple[SelfSigned, SelfSigned]
) -> None:
    # Getting as far as "no Talk" means status.php and capabilities were read over the pin.
    before = len(HITS)
    with pytest.raises(TalkNotInstalled, match="Nextcloud 31.0.9 found"):
        await check_server(tls_server, trusted_sha256=certs[0].sha256)
    async with TalkService(
        tls_server, "someone", "x", verify=tls_verify(certs[0].sha256), read_retries=0
    ) as service:
        status = await service.account.server_status()
    assert status.versionstring == "31.0.9"
    assert HITS[before:] == ["/status.php", "/ocs/v2.php/cloud/capabilities", "/status.php"]


async def test_another_certificate_is_refused_before_anything_is_sent(
    tls_server: str, certs: tuple[SelfSigned, SelfSigned]
) -> None:
    before = len(HITS)
    with pytest.raises(CertificateChanged) as caught:
        await check_server(tls_server, trusted_sha256=certs[1].sha256)
    assert caught.value.sha256 == certs[0].sha256
    assert "changed" in str(caught.value)
    async with TalkService(
        tls_server, "someone", "x", verify=pinned_ssl_context(certs[1].sha256), read_retries=0
    ) as service:
        with pytest.raises(NetworkError, match="fingerprint"):
            await service.account.server_status()
    assert len(HITS) == before  # no request (and no credentials) ever reached the server
