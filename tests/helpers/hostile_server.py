"""A loopback HTTP server that answers whatever bytes a test hands it.

The demo server speaks correct Talk; to see how the service copes with a server that does not
(broken JSON, wrong field types, an HTML error page), tests need answers no Talk server would
send. This serves canned ``(status, body)`` pairs per path, nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

Stream = tuple[int, Callable[[], Iterable[bytes]], int | None]
"""``(status, chunks factory, announced Content-Length or None)``: a body sent piece by piece."""


class HostileServer:
    """``answers[path] = (status, body bytes)``; unknown paths get 404. Counts requests.

    ``streams[path]`` sends a body chunk by chunk (as long as the client reads) and counts the
    bytes that got out in ``sent[path]``: how a test sees that a client stopped reading.
    """

    def __init__(self) -> None:
        self.answers: dict[str, tuple[int, bytes]] = {}
        self.streams: dict[str, Stream] = {}
        self.sent: dict[str, int] = {}
        self.requests: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                path = self.path.split("?", 1)[0]
                owner.requests.append((self.command, path))
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                if path in owner.streams:
                    self._stream(path, *owner.streams[path])
                    return
                status, body = owner.answers.get(path, (404, b"{}"))
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _stream(
                self,
                path: str,
                status: int,
                chunks: Callable[[], Iterable[bytes]],
                announced: int | None,
            ) -> None:
                self.close_connection = True
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                if announced is not None:
                    self.send_header("Content-Length", str(announced))
                self.send_header("Connection", "close")
                self.end_headers()
                owner.sent[path] = 0
                try:
                    for chunk in chunks():
                        self.wfile.write(chunk)
                        owner.sent[path] += len(chunk)
                except OSError:  # the client hung up: what a careful client does
                    return

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
