"""A stateful fake of the CallFire v2 API (an ASGI app), for tests and demos.

    from callfire_async.custom.fake import FakeCallFire, Fault, serve_in_thread

    fake = FakeCallFire(username="test-user", password="test-secret")
    with serve_in_thread(fake) as base_url:   # "http://127.0.0.1:PORT/v2"
        ...

    with run_fake() as fake:                  # the same, and the fake knows its URL
        fake.base_url, fake.username, fake.password

Needs the `fake` extra (starlette, uvicorn). Its pytest fixtures (`callfire_fake`,
`callfire_client`, ...) are in `pytest_plugin`, registered with pytest by the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fake import FakeCallFire
    from .faults import Fault
    from .request_log import RecordedRequest
    from .running import RunningFakeCallFire, run_fake
    from .server import serve_in_thread

# Public name -> the module of this package that defines it. Imported on first use: pytest loads
# the `pytest_plugin` submodule (and so this package) in every environment where callfire-async
# is installed, also where the `fake` extra (starlette, uvicorn) is not.
_EXPORTS = {
    "FakeCallFire": "fake",
    "Fault": "faults",
    "RecordedRequest": "request_log",
    "RunningFakeCallFire": "running",
    "run_fake": "running",
    "serve_in_thread": "server",
}

__all__ = [
    "FakeCallFire",
    "Fault",
    "RecordedRequest",
    "RunningFakeCallFire",
    "run_fake",
    "serve_in_thread",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
