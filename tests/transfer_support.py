"""Shared pieces of the download, upload and memory tests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from callfire_async.custom.fake import serve_in_thread
from callfire_async.custom.retry import RetryPolicy, RetryTransport
from callfire_async.custom.transport import Backend, aiohttp_available, default_transport

RECORDING_PATH = "/v2/calls/recordings/*"


async def no_wait(seconds: float) -> None:
    """Retries in tests happen at once: the backoff itself is tested in test_retry."""


# The I/O transports the SDK can run on: httpx's own, and aiohttp's (the
# default when aiohttp is installed). Downloads and uploads must behave the same.
BACKENDS: list[Backend] = ["httpx", "aiohttp"]


def require_backend(backend: Backend) -> None:
    if backend == "aiohttp" and not aiohttp_available():
        pytest.skip("aiohttp is not installed")


def fake_client(
    base_url: str,
    credentials: tuple[str, str],
    *,
    backend: Backend = "httpx",
    policy: RetryPolicy | None = None,
) -> httpx.AsyncClient:
    """A client for the fake shaped like the SDK's: Basic auth, the retry
    transport around the I/O transport of ``backend``."""
    require_backend(backend)
    retry = policy if policy is not None else RetryPolicy(sleep=no_wait)
    inner = default_transport(limits=httpx.Limits(), backend=backend)
    return httpx.AsyncClient(
        base_url=base_url,
        auth=credentials,
        transport=RetryTransport(inner, retry),
        timeout=30.0,
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class IgnoreRequestHeaders:
    """An ASGI wrapper: the fake as seen through a server (an old proxy, a
    cache) that drops some request headers, e.g. ignores Range or If-Range."""

    def __init__(self, app: Any, *names: str) -> None:
        self._app = app
        self._names = {name.lower().encode("latin-1") for name in names}

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() not in self._names]
            scope = {**scope, "headers": headers}
        await self._app(scope, receive, send)


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Serve an ASGI app wrapping the fake on 127.0.0.1; yields the base URL."""
    # serve_in_thread only reads `.app` from the fake it is given.
    with serve_in_thread(SimpleNamespace(app=app)) as base_url:  # type: ignore[arg-type]
        yield base_url


def leftovers(directory: Path) -> list[str]:
    """Every entry of ``directory``, hidden temporary files included."""
    return sorted(entry.name for entry in directory.iterdir())
