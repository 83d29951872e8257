"""pytest fixtures for testing code against the fake CallFire server.

    pytest_plugins = ["callfire_async.custom.fake.pytest_plugin"]

One server per session on 127.0.0.1 (a real socket), reset before each test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake import FakeCallFire
from .server import serve_in_thread


@pytest.fixture(scope="session")
def callfire_credentials() -> tuple[str, str]:
    """(username, password) the fake accepts."""
    return ("test-user", "test-secret")


@pytest.fixture(scope="session")
def callfire_fake_server(
    callfire_credentials: tuple[str, str],
) -> Iterator[tuple[FakeCallFire, str]]:
    username, password = callfire_credentials
    fake = FakeCallFire(username, password)
    with serve_in_thread(fake) as url:
        yield fake, url


@pytest.fixture
def callfire_fake(callfire_fake_server: tuple[FakeCallFire, str]) -> FakeCallFire:
    """The session's fake, emptied of state, faults and recorded requests."""
    fake, _ = callfire_fake_server
    fake.reset()
    return fake


@pytest.fixture
def callfire_fake_url(
    callfire_fake: FakeCallFire, callfire_fake_server: tuple[FakeCallFire, str]
) -> str:
    """Base URL of the running fake, e.g. http://127.0.0.1:PORT/v2."""
    return callfire_fake_server[1]
