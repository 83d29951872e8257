"""FakeCallFire: a stateful, in-memory CallFire v2 API for tests and demos."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from .app import FakeApp
from .audio import MP3_CONTENT_TYPE, StoredAudio
from .auth import BasicAuth
from .control import ControlApp
from .faults import FaultRegistry, RateLimiter
from .paging import PagingRules
from .request_log import RecordedRequest, RequestLog
from .router import Router
from .routes import api_routes
from .seeding import (
    DEFAULT_RECORDING_BYTES,
    recording_seconds,
    seed_calls,
    seed_contacts,
    seed_recordings,
    seed_sounds,
)
from .spec_answers import spec_routes
from .store import Store, now_ms


def _generated_document() -> Mapping[str, Any]:
    """The OpenAPI document the package was generated from (written by `make generate`)."""
    from ...openapi_document import DOCUMENT

    return DOCUMENT


class FakeCallFire:
    """The CallFire v2 API in memory, served under /v2 by the ASGI app `app`.

    In-process: `httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app),
    base_url="http://fake/v2")`; over a socket: `serve_in_thread(fake)`.

    It serves every operation of `openapi` (by default the document the package was generated
    from): the stateful routes for what it models, and answers derived from the spec for any
    other operation (see spec_answers.py). `stateful=False` answers every operation from the
    spec alone: a quick way to try every operation of a client generated from a new spec.
    """

    def __init__(
        self,
        username: str = "test-user",
        password: str = "test-secret",
        *,
        enable_control: bool = False,
        clock: Callable[[], int] = now_ms,
        max_recorded_requests: int = 100_000,
        openapi: Mapping[str, Any] | None = None,
        stateful: bool = True,
    ) -> None:
        self.username = username
        self.auth = BasicAuth(username, password)
        self._default_clock = clock
        self.store = Store(clock=clock)
        self.faults = FaultRegistry()
        self.rate_limiter: RateLimiter | None = None
        self.request_log = RequestLog(max_recorded_requests)
        # Tracebacks of unexpected exceptions (each answered with a 500): a correct
        # fake keeps this empty, and tests check that it does.
        self.server_errors: list[str] = []
        control = ControlApp(self) if enable_control else None
        stateful_routes = api_routes(self.store) if stateful else []
        document = _generated_document() if openapi is None else openapi
        routes = stateful_routes + spec_routes(document, self.store, stateful_routes)
        self.app = FakeApp(self, Router(routes), control)

    def __repr__(self) -> str:
        return f"FakeCallFire(username={self.username!r})"

    @property
    def clock(self) -> Callable[[], int]:
        """The time source for `created`/`modified` fields, in unix milliseconds."""
        return self.store.clock

    @clock.setter
    def clock(self, clock: Callable[[], int]) -> None:
        # Tests set a fixed clock to check time filters; reset() restores the default.
        self.store.clock = clock

    def reset(self) -> None:
        """Forget all state, faults, the rate limit, recorded requests and errors."""
        self.store.clock = self._default_clock
        self.store.reset()
        self.faults.clear()
        self.rate_limiter = None
        self.request_log.clear()
        self.server_errors.clear()

    @property
    def paging(self) -> PagingRules:
        """How pages are cut: CallFire's rules unless a test changes them (reset() restores)."""
        return self.store.paging

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.request_log.snapshot()

    def count(self, method: str | None, path_glob: str) -> int:
        """Recorded requests with this method (None: any) whose path matches the glob."""
        return self.request_log.count(method, path_glob)

    def rate_limit(
        self,
        max_requests: int | None,
        per_seconds: float = 1.0,
        retry_after: int | str = 1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Answer 429 + Retry-After beyond max_requests per per_seconds; None disables.
        `clock` (seconds, monotonic) is injectable so tests can move the window."""
        self.rate_limiter = (
            None
            if max_requests is None
            else RateLimiter(max_requests, per_seconds, retry_after, clock)
        )

    def seed_contacts(self, n: int) -> list[int]:
        return seed_contacts(self.store, n)

    def seed_calls(self, n: int) -> list[int]:
        return seed_calls(self.store, n)

    def seed_recordings(self, n: int, size_bytes: int = DEFAULT_RECORDING_BYTES) -> list[int]:
        """Recordings whose MP3 bytes are generated on demand: 256 MB costs no memory."""
        return seed_recordings(self.store, n, size_bytes)

    def seed_sounds(self, n: int) -> list[int]:
        return seed_sounds(self.store, n)

    def put_recording_audio(self, recording_id: int, data: bytes) -> None:
        """Replace a recording's MP3 bytes (and so its size, hash and ETag)."""
        recording = self.store.recordings.get(recording_id)
        if recording is None:
            raise KeyError(f"recording {recording_id} does not exist")
        audio = StoredAudio(data, MP3_CONTENT_TYPE)
        recording.audio = audio
        recording.meta["lengthInBytes"] = len(data)
        recording.meta["lengthInSeconds"] = recording_seconds(len(data))
        recording.meta["hash"] = hashlib.sha1(data).hexdigest()
