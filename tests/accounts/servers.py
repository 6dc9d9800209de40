"""Small real servers for the sign-in tests: any ASGI app on loopback, optionally over TLS.

Used for what the demo server is not: a web server that is not Nextcloud, a Nextcloud without
Talk, and the demo server's own app behind a self-signed certificate.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route


@dataclass(frozen=True)
class SelfSigned:
    certfile: Path
    keyfile: Path
    sha256: str


def self_signed_certificate(directory: Path, name: str = "cert") -> SelfSigned:
    """A fresh self-signed certificate for 127.0.0.1 / localhost (EC key: fast to make)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "talk-moderator test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = directory / f"{name}.pem", directory / f"{name}-key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    sha256 = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    return SelfSigned(certfile, keyfile, sha256)


@contextmanager
def serve(app: Any, tls: SelfSigned | None = None) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 (a free port); yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    options: dict[str, Any] = {}
    if tls is not None:
        options = {"ssl_certfile": str(tls.certfile), "ssl_keyfile": str(tls.keyfile)}
    config = uvicorn.Config(app, log_level="warning", lifespan="off", **options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:  # a condition, not a fixed wait
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.005)
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def closed_port_url() -> str:
    """An http URL on loopback where nothing listens (the port was just freed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def plain_website() -> Starlette:
    """A web server that is not Nextcloud: HTML everywhere, 404 for status.php."""

    async def page(request: Request) -> Response:
        if request.url.path == "/status.php":
            return HTMLResponse("<h1>Not found</h1>", status_code=404)
        return HTMLResponse("<h1>Welcome to my homepage</h1>")

    return Starlette(routes=[Route("/{path:path}", page, methods=["GET", "POST"])])


def nextcloud_without_talk(version: str = "32.0.1", hits: list[str] | None = None) -> Starlette:
    """A Nextcloud that answers status.php and capabilities, with no ``spreed`` in them.

    Args:
        hits: when given, the path of every request that reached the app is appended.
    """

    async def status(request: Request) -> Response:
        if hits is not None:
            hits.append(request.url.path)
        return JSONResponse(
            {
                "installed": True,
                "maintenance": False,
                "needsDbUpgrade": False,
                "version": version + ".2",
                "versionstring": version,
                "edition": "",
                "productname": "Nextcloud",
                "extendedSupport": False,
            }
        )

    async def capabilities(request: Request) -> Response:
        if hits is not None:
            hits.append(request.url.path)
        return JSONResponse(
            {
                "ocs": {
                    "meta": {"status": "ok", "statuscode": 200, "message": "OK"},
                    "data": {
                        "version": {"major": 32, "string": version},
                        "capabilities": {"core": {"pollinterval": 60}},
                    },
                }
            }
        )

    return Starlette(
        routes=[
            Route("/status.php", status),
            Route("/ocs/v2.php/cloud/capabilities", capabilities),
        ]
    )
