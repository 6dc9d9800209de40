"""``multipart/form-data`` request bodies (PHP's ``$_POST`` and ``$_FILES``), read with the
standard library's MIME parser so the demo server needs no extra dependency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import HTTP


@dataclass
class FormData:
    """The plain fields and the uploaded files (field name → content) of one body."""

    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


def parse_form_data(content_type: str, body: bytes) -> FormData:
    """Split a form-data body into fields and files; anything unreadable is left out, as PHP
    leaves a broken upload out of ``$_FILES``."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    form = FormData()
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return form
    for part in message.iter_parts():
        _add_part(form, part)
    return form


def _add_part(form: FormData, part: Message) -> None:
    name = part.get_param("name", header="content-disposition")
    if not isinstance(name, str) or not name:
        return
    payload = part.get_payload(decode=True)
    content = payload if isinstance(payload, bytes) else b""
    if part.get_param("filename", header="content-disposition") is not None:
        form.files[name] = content
    else:
        form.fields[name] = content.decode("utf-8", "replace")
