"""A small multipart/form-data parser (the two upload endpoints need no more)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message

from .errors import BadRequest


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    def text(self) -> str:
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest(f"form field '{self.name}' is not UTF-8 text") from None


def parse_form(content_type: str | None, body: bytes) -> dict[str, FormPart]:
    """Parts by field name; a 400 when the body is not multipart/form-data."""
    header = Message()
    header["content-type"] = content_type or ""
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str):
        raise BadRequest("expected a multipart/form-data body with a boundary")
    delimiter = b"--" + boundary.encode("latin-1")
    if not body.startswith(delimiter):
        # Some clients put a CRLF before the first delimiter.
        body = body.lstrip(b"\r\n")
    sections = body.split(b"\r\n" + delimiter)
    first = sections[0]
    if not first.startswith(delimiter):
        raise BadRequest("malformed multipart body: missing the first boundary")
    sections[0] = first[len(delimiter) :]
    parts: dict[str, FormPart] = {}
    closed = False
    for section in sections:
        if section.startswith(b"--"):
            closed = True
            break
        part = _parse_part(section)
        parts[part.name] = part
    if not closed:
        raise BadRequest("malformed multipart body: missing the closing boundary")
    return parts


def _parse_part(section: bytes) -> FormPart:
    # A section is: transport padding, CRLF, headers, CRLF CRLF, data.
    _, newline, rest = section.partition(b"\r\n")
    raw_headers, separator, data = rest.partition(b"\r\n\r\n")
    if not newline or not separator:
        raise BadRequest("malformed multipart body: a part has no header block")
    headers = Message()
    for line in raw_headers.decode("utf-8", "replace").split("\r\n"):
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip()] = value.strip()
    disposition = headers.get("content-disposition")
    if disposition is None:
        raise BadRequest("malformed multipart body: a part has no Content-Disposition")
    field_name = headers.get_param("name", header="content-disposition")
    filename = headers.get_param("filename", header="content-disposition")
    if not isinstance(field_name, str):
        raise BadRequest("malformed multipart body: a part has no field name")
    return FormPart(
        name=field_name,
        filename=filename if isinstance(filename, str) else None,
        content_type=headers.get("content-type"),
        data=data,
    )
