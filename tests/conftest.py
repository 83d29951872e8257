"""Shared test configuration.

Async tests run on asyncio (the SDK's must) through anyio's pytest plugin; a few tests opt in to
trio as well. The fake CallFire's fixtures come from its pytest plugin, the same one users load.
"""

from __future__ import annotations

import pytest

pytest_plugins = ["callfire_async.custom.fake.pytest_plugin"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
