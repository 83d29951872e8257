"""``cf.with_raw_response``: the HTTP response of a call next to its typed model.

    raw = await cf.with_raw_response.contacts.get_contact(5)
    raw.status_code, raw.headers["x-request-id"]
    contact = raw.parse()  # a Contact, as ``cf.contacts.get_contact(5)`` returns

As in openai-python, an error status still raises the typed error (which carries the response as
``err.response``); only a successful response is handed back unparsed. A paged operation gives
the raw response of the page asked for (``.parse()`` is that page's model, not a paginator: a raw
response is one HTTP exchange). Downloads are not offered: ``download.stream()`` already hands
out the streamed response's status and headers before the body is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """One successful exchange: ``status_code``, ``headers``, ``http_response`` (the
    ``httpx.Response``, body read) and ``parse()``, the operation's typed model (parsed on
    first use, then kept)."""

    __slots__ = ("_parsed", "_parser", "http_response")

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The operation's model; raises ``ResponseParseError`` when the body does not fit."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<RawResponse {self.status_code} {request.method} {request.url.copy_with(query=None)}>"
        )
