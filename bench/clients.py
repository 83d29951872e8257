"""The clients measured: the SDK (facade and generated functions) and the references
(raw aiohttp and raw httpx, used the way their documentation shows)."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import httpx

from callfire_async.custom.client import CallFire

from .fake_server import PASSWORD, USERNAME

BASIC_AUTH = "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
POOL_SIZE = 100  # httpx's default max_connections; the same for every client


@asynccontextmanager
async def sdk(base_url: str, **options: Any) -> AsyncIterator[CallFire]:
    """The facade with its defaults: retries on, the default transport."""
    async with CallFire(USERNAME, PASSWORD, base_url=base_url, **options) as cf:
        yield cf


class RawAiohttp:
    """aiohttp as its documentation shows it: one session, JSON parsed per response."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=POOL_SIZE),
            headers={"Authorization": BASIC_AUTH},
        )

    async def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        async with self.session.get(self.base_url + path, params=params) as response:
            if response.status != 200:
                raise RuntimeError(f"HTTP {response.status}")
            return json.loads(await response.read())

    async def aclose(self) -> None:
        await self.session.close()


class RawHttpx:
    """httpx's AsyncClient, with its defaults unless given a transport."""

    def __init__(self, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client = httpx.AsyncClient(
            base_url=base_url, auth=(USERNAME, PASSWORD), transport=transport
        )

    async def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        response = await self.client.get(path, params=params)
        response.raise_for_status()
        return response.json()

    async def aclose(self) -> None:
        await self.client.aclose()
