"""A stateful fake of the CallFire v2 API (an ASGI app), for tests and demos.

    from callfire_async.custom.fake import FakeCallFire, Fault, serve_in_thread

    fake = FakeCallFire(username="test-user", password="test-secret")
    with serve_in_thread(fake) as base_url:   # "http://127.0.0.1:PORT/v2"
        ...

Needs the `fake` extra (starlette, uvicorn).
"""

from __future__ import annotations

from .fake import FakeCallFire
from .faults import Fault
from .request_log import RecordedRequest
from .server import serve_in_thread

__all__ = ["FakeCallFire", "Fault", "RecordedRequest", "serve_in_thread"]
