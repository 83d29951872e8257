"""pytest fixtures for testing code against the fake CallFire server.

Installing `callfire-async[fake]` registers this plugin (a `pytest11` entry point), so the
fixtures need no conftest:

- `callfire_fake`: the running fake (a `RunningFakeCallFire`), emptied before each test; seed
  and inspect it, and point code at `.base_url` with `.username` / `.password` (or `.env()`).
- `callfire_client`: an async fixture, a connected `CallFire` against that fake. It runs under
  anyio's pytest plugin (installed with anyio): mark the test `@pytest.mark.anyio`.
- `callfire_credentials` (override it to change the credential), `callfire_client_options`
  (override it to change the client's options), and `callfire_fake_url` /
  `callfire_fake_server` (the base URL; the session's (fake, base URL)) for older tests.

One server per session on 127.0.0.1 (a real socket, a free port), reset before each test.

The entry point loads this module in every pytest run of an environment where callfire-async is
installed, with or without the `fake` extra: so it imports the fake (starlette, uvicorn) and the
SDK only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest
from anyio.lowlevel import checkpoint

if TYPE_CHECKING:
    from ..client import CallFire
    from .running import RunningFakeCallFire


@pytest.fixture(scope="session")
def callfire_credentials() -> tuple[str, str]:
    """(username, password) the fake accepts."""
    return ("test-user", "test-secret")


@pytest.fixture(scope="session")
def callfire_fake_server(
    callfire_credentials: tuple[str, str],
) -> Iterator[tuple[RunningFakeCallFire, str]]:
    """The session's running fake and its base URL, never reset (prefer `callfire_fake`)."""
    try:
        from .running import run_fake
    except ModuleNotFoundError as error:
        pytest.fail(
            f"the fake CallFire server needs the `fake` extra ({error.name} is missing): "
            "pip install 'callfire-async[fake]'",
            pytrace=False,
        )
    username, password = callfire_credentials
    with run_fake(username, password) as fake:
        yield fake, fake.base_url


@pytest.fixture
def callfire_fake(callfire_fake_server: tuple[RunningFakeCallFire, str]) -> RunningFakeCallFire:
    """The session's running fake, emptied of state, faults and recorded requests."""
    fake, _ = callfire_fake_server
    fake.reset()
    return fake


@pytest.fixture
def callfire_fake_url(callfire_fake: RunningFakeCallFire) -> str:
    """Base URL of the running fake, e.g. http://127.0.0.1:PORT/v2."""
    return callfire_fake.base_url


async def _skip_wait(seconds: float) -> None:
    await checkpoint()  # still a point where the task may be cancelled, like a real sleep


@pytest.fixture
def callfire_client_options() -> dict[str, Any]:
    """Keyword options for the `callfire_client` fixture's `CallFire`.

    By default the client retries as in production but without waiting between attempts, so a
    test injecting 503s or 429s into the fake stays fast. Override this fixture to change it.
    """
    from ..retry import RetryPolicy  # the SDK is imported only by tests that use a client

    return {"retry": RetryPolicy(sleep=_skip_wait)}


@pytest.fixture
async def callfire_client(
    callfire_fake: RunningFakeCallFire,
    callfire_client_options: dict[str, Any],
    anyio_backend: object,  # runs this fixture under anyio's pytest plugin
) -> AsyncIterator[CallFire]:
    """A `CallFire` connected to `callfire_fake`, closed after the test."""
    from ..client import CallFire

    username, password = callfire_fake.credentials
    async with CallFire(
        username, password, base_url=callfire_fake.base_url, **callfire_client_options
    ) as client:
        yield client
