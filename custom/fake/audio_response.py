"""Serving an AudioSource over HTTP: Range, If-Range, ETag, streamed in chunks."""

from __future__ import annotations

import email.utils
import re

from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from .audio import AudioSource
from .connection import find_transport, wait_until_disconnected
from .errors import error_body_bytes

_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


class Unsatisfiable(Exception):
    pass


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """[start, stop) of a single `bytes=` range, or None to serve the whole body.

    Malformed and multi-range headers are ignored (RFC 9110 allows a server to
    answer 200 with the full body); a well-formed range that does not overlap
    the body raises Unsatisfiable.
    """
    match = _RANGE.match(header)
    if match is None:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        suffix = int(last)
        if suffix == 0:
            raise Unsatisfiable
        return (max(0, size - suffix), size)
    start = int(first)
    stop = size if last == "" else min(int(last) + 1, size)
    if last != "" and int(last) < start:
        return None
    if start >= size:
        raise Unsatisfiable
    return (start, stop)


def _if_range_matches(if_range: str, source: AudioSource) -> bool:
    value = if_range.strip()
    if value.startswith('"') or value.startswith("W/"):
        # A weak validator never matches for If-Range (RFC 9110 13.1.5).
        return value == source.etag
    return value == email.utils.formatdate(source.last_modified, usegmt=True)


class AudioResponse:
    """An ASGI response for one AudioSource; honours GET and HEAD."""

    def __init__(self, request: Request, source: AudioSource) -> None:
        self.request = request
        self.source = source

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        source = self.source
        headers = self.request.headers
        size = source.size
        window: tuple[int, int] | None = None
        range_header = headers.get("range")
        if range_header is not None:
            if_range = headers.get("if-range")
            if if_range is None or _if_range_matches(if_range, source):
                try:
                    window = parse_range(range_header, size)
                except Unsatisfiable:
                    await self._unsatisfiable(send, size)
                    return
        start, stop = window if window is not None else (0, size)
        response_headers = [
            (b"content-type", source.content_type.encode()),
            (b"content-length", str(stop - start).encode()),
            (b"accept-ranges", b"bytes"),
            (b"etag", source.etag.encode()),
            (
                b"last-modified",
                email.utils.formatdate(source.last_modified, usegmt=True).encode(),
            ),
        ]
        if window is not None:
            response_headers.append((b"content-range", f"bytes {start}-{stop - 1}/{size}".encode()))
        await send(
            {
                "type": "http.response.start",
                "status": 206 if window is not None else 200,
                "headers": response_headers,
            }
        )
        if scope["method"] != "HEAD":
            # uvicorn silently drops what is sent after the client has gone: stop
            # generating (possibly hundreds of megabytes) once the connection closes.
            transport = find_transport(receive)
            for chunk in source.iter_range(start, stop):
                if transport is not None and transport.is_closing():
                    await wait_until_disconnected(receive)
                    return
                if chunk:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _unsatisfiable(self, send: Send, size: int) -> None:
        body = error_body_bytes(416, f"requested range is outside the {size} bytes of the audio")
        await send(
            {
                "type": "http.response.start",
                "status": 416,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"content-range", f"bytes */{size}".encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body, "more_body": False})
