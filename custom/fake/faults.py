"""Programmed failures (status codes, latency, dropped and cut connections) and a rate limit."""

from __future__ import annotations

import fnmatch
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    """Answer the next `times` matching requests with a failure instead of the API.

    `method` None matches any method; `path` is an fnmatch glob over the request
    path, which includes /v2 (`*` also crosses `/`). `times` None means every
    matching request, until cleared.
    """

    method: str | None = None
    path: str = "*"
    times: int | None = 1
    status: int | None = None
    retry_after: str | int | None = None
    html: bool = False
    delay: float = 0.0
    drop: bool = False
    truncate_after: int | None = None

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        if self.status is not None and not 100 <= self.status <= 599:
            raise ValueError(f"status {self.status} is not an HTTP status code")
        if self.delay < 0:
            raise ValueError("delay must not be negative")
        if self.truncate_after is not None and self.truncate_after < 0:
            raise ValueError("truncate_after must not be negative")
        if (self.html or self.retry_after is not None) and self.status is None:
            raise ValueError("html and retry_after need a status")
        if self.drop and (self.status is not None or self.truncate_after is not None):
            raise ValueError("a dropped connection sends nothing: no status or truncate_after")
        if not (
            self.status is not None or self.delay or self.drop or self.truncate_after is not None
        ):
            raise ValueError("a fault needs at least one of status, delay, drop, truncate_after")

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method) and fnmatch.fnmatchcase(
            path, self.path
        )


@dataclass
class _Pending:
    fault: Fault
    remaining: int | None


class FaultRegistry:
    """The pending faults; the first one matching a request is consumed by it."""

    def __init__(self) -> None:
        # Tests add faults from their own thread while the server thread consumes them.
        self._lock = threading.Lock()
        self._pending: list[_Pending] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._pending.append(_Pending(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return [entry.fault for entry in self._pending]

    def take(self, method: str, path: str) -> Fault | None:
        if not self._pending:  # the common case, without taking the lock
            return None
        with self._lock:
            for index, entry in enumerate(self._pending):
                if entry.fault.matches(method, path):
                    if entry.remaining is not None:
                        entry.remaining -= 1
                        if entry.remaining == 0:
                            del self._pending[index]
                    return entry.fault
        return None


class RateLimiter:
    """At most `max_requests` in any `per_seconds` window; beyond it, 429 + Retry-After."""

    def __init__(
        self,
        max_requests: int,
        per_seconds: float,
        retry_after: int | str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_requests < 1 or per_seconds <= 0:
            raise ValueError("max_requests must be at least 1 and per_seconds positive")
        self.max_requests = max_requests
        self.per_seconds = per_seconds
        self.retry_after = str(retry_after)
        self._lock = threading.Lock()
        self._times: deque[float] = deque()
        self._clock = clock  # injectable, so a test moves the window without sleeping

    def allow(self) -> bool:
        now = self._clock()
        with self._lock:
            while self._times and now - self._times[0] >= self.per_seconds:
                self._times.popleft()
            if len(self._times) >= self.max_requests:
                return False
            self._times.append(now)
            return True
