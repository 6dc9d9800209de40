"""Is this text a server address at all? One check for every way an address comes in.

The command line (``--server``, ``accounts add``), the window's ``--server``, the sign-in dialog
and kiosk.toml's ``[server] url`` all ask ``check_server_address`` before anything touches the
network. Why before: httpx and the resolver turn a malformed address into confusing failures
(a port of 99999 is an ``OverflowError`` deep in the socket layer, ``htp:/x::1`` and
``not a url`` become DNS lookups and "server unreachable"), so the user would chase a network
problem that is a typo. Qt-free, so every front-end shares it.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit

from ..i18n import QT_TRANSLATE_NOOP, Text, text

_SCHEMES = ("http", "https")
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_LOOKS_LIKE_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(?!\d)", re.IGNORECASE)
"""``word:`` not followed by a port number: someone meant a scheme (``htp:/x``, ``https:x``)."""

EXAMPLE = "https://cloud.example.org"


class InvalidAddress(ValueError):
    """The text is not an http(s) server address; ``str()`` is one sentence saying why (the
    CLI's, English), ``text`` the same kept translatable for the window (context Address)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message


def _invalid(template: str, **values: str) -> InvalidAddress:
    return InvalidAddress(text("Address", template, **values))


def check_server_address(text: str) -> SplitResult:
    """The parts of ``text`` as a server address, ``https://`` added when no scheme is given.

    Checks the scheme, the host name (a DNS name, an IPv4 address or a bracketed IPv6 one),
    the port (1 to 65535) and that no user name is in it. The path, query and fragment are left
    to the caller (the sign-in dialog cuts a pasted page address back; the CLI refuses them).

    Raises:
        InvalidAddress: what is wrong, naming the text as typed.
    """
    typed = text.strip()
    if not typed:
        raise _invalid(
            QT_TRANSLATE_NOOP("Address", "no server address given; write it like {example}"),
            example=EXAMPLE,
        )
    if any(char.isspace() for char in typed):
        raise _invalid(
            QT_TRANSLATE_NOOP("Address", "'{typed}' is not a server address (it contains a space)"),
            typed=typed,
        )
    if "://" in typed:
        scheme = typed.split("://", 1)[0].lower()
        if scheme not in _SCHEMES:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address",
                    "'{typed}' is not a server address: the scheme must be https:// or http://, "
                    "not {scheme}://",
                ),
                typed=typed,
                scheme=scheme,
            )
        candidate = typed
    else:
        mistyped = _LOOKS_LIKE_SCHEME.match(typed)
        if mistyped:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address",
                    "'{typed}' is not a server address: '{word}:' is no scheme "
                    "(write it like {example})",
                ),
                typed=typed,
                word=mistyped.group(1),
                example=EXAMPLE,
            )
        candidate = "https://" + typed
    try:
        parts = urlsplit(candidate)
    except ValueError:  # an unclosed '[', or no IPv6 address inside the brackets
        if "]" in typed:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address",
                    "'{typed}' is not a server address: what stands in [ ] is no IPv6 address",
                ),
                typed=typed,
            ) from None
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Address",
                "'{typed}' is not a server address: an IPv6 address goes in brackets, "
                "like http://[::1]:8080",
            ),
            typed=typed,
        ) from None
    if parts.username is not None or parts.password is not None:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Address",
                "leave the user name out of the server address; it is asked for separately",
            )
        )
    _check_host(typed, parts)
    _check_port(typed, parts)
    return parts


def _check_host(typed: str, parts: SplitResult) -> None:
    host = parts.hostname or ""
    if not host:
        raise _invalid(
            QT_TRANSLATE_NOOP("Address", "'{typed}' is not a server address: it has no host name"),
            typed=typed,
        )
    if "[" in parts.netloc:
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address", "'{typed}' is not a server address: '{host}' is no IPv6 address"
                ),
                typed=typed,
                host=host,
            ) from None
        return
    if re.fullmatch(r"[0-9.]+", host):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address", "'{typed}' is not a server address: '{host}' is no IPv4 address"
                ),
                typed=typed,
                host=host,
            ) from None
        return
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        ascii_host = ""
    labels = ascii_host.rstrip(".").split(".")
    if not ascii_host or len(ascii_host) > 253 or not all(_LABEL.match(lab) for lab in labels):
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Address", "'{typed}' is not a server address: '{host}' is no host name"
            ),
            typed=typed,
            host=host,
        )


def _check_port(typed: str, parts: SplitResult) -> None:
    hostport = parts.netloc.rsplit("@", 1)[-1]
    after_host = hostport.rsplit("]", 1)[-1] if hostport.startswith("[") else hostport
    if ":" not in after_host:
        return
    port_text = after_host.rsplit(":", 1)[1]
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        if port_text:
            raise _invalid(
                QT_TRANSLATE_NOOP(
                    "Address",
                    "'{typed}' is not a server address: the port must be a number from 1 to 65535 "
                    "('{port}')",
                ),
                typed=typed,
                port=port_text,
            )
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "Address",
                "'{typed}' is not a server address: the port must be a number from 1 to 65535 "
                "(missing)",
            ),
            typed=typed,
        )


_PLAIN_HTTP_ANSWERS = ("WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG")
"""OpenSSL's words when what answered an https handshake was plain http."""


def plain_http_answer(url: str, exc: BaseException, *, sentence: bool = False) -> Text | None:
    """The words for an https request that met a plain-http server (context Address), else
    None: a clause to put after "Cannot ...:", or with ``sentence`` one of its own.

    Why: an address typed without a scheme becomes https (``127.0.0.1:8099``), and OpenSSL's
    "[SSL: WRONG_VERSION_NUMBER]" does not tell anyone that the port speaks plain http.
    """
    parts = urlsplit(url)
    if parts.scheme != "https":
        return None
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    if not any(word in str(cause) for cause in chain for word in _PLAIN_HTTP_ANSWERS):
        return None
    plain = parts._replace(scheme="http").geturl()
    if sentence:
        template = QT_TRANSLATE_NOOP(
            "Address",
            "The server at {host} does not speak https on that port; did you mean {url}?",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Address",
            "the server at {host} does not speak https on that port; did you mean {url}?",
        )
    return text("Address", template, host=parts.netloc, url=plain)
