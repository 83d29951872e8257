"""The requests that reached the fake, for tests to count and inspect."""

from __future__ import annotations

import fnmatch
import json
import threading
from typing import Any


class RecordedRequest:
    """One request as received: method, path (with /v2), raw query string, headers, body.

    Its repr leaves out headers and body, which carry credentials.
    """

    __slots__ = ("_headers", "_raw_headers", "body", "method", "path", "query")

    def __init__(
        self,
        method: str,
        path: str,
        query: str,
        raw_headers: list[tuple[bytes, bytes]],
        body: bytes,
    ) -> None:
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self._raw_headers = raw_headers
        self._headers: dict[str, str] | None = None

    @property
    def headers(self) -> dict[str, str]:
        """Lower-cased names; repeated headers joined with ', '."""
        # Decoded lazily: the log records every request, but few are ever inspected.
        if self._headers is None:
            headers: dict[str, str] = {}
            for raw_name, raw_value in self._raw_headers:
                name = raw_name.decode("latin-1").lower()
                value = raw_value.decode("latin-1")
                headers[name] = f"{headers[name]}, {value}" if name in headers else value
            self._headers = headers
        return self._headers

    def json(self) -> Any:
        return json.loads(self.body)

    def __repr__(self) -> str:
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, "
            f"query={self.query!r}, body=<{len(self.body)} bytes>)"
        )


class RequestLog:
    """Requests in arrival order; the oldest are forgotten beyond `max_size`."""

    def __init__(self, max_size: int = 100_000) -> None:
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self.max_size = max_size

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)
            if len(self._requests) > self.max_size:
                del self._requests[: len(self._requests) - self.max_size]

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def count(self, method: str | None, path_glob: str) -> int:
        wanted = None if method is None or method == "*" else method.upper()
        return sum(
            1
            for request in self.snapshot()
            if (wanted is None or request.method == wanted)
            and fnmatch.fnmatchcase(request.path, path_glob)
        )
