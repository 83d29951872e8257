"""Case 3: listing every contact, page by page.

Throughput: the paginator against a raw aiohttp offset loop that parses each page's
JSON. Latency hiding: with 20 ms added to every page request, the paginator with
``prefetch=True`` against the same without, for a consumer that spends as long on
each page (20 ms of asynchronous work, a database write say) as the network does:
the case prefetching is for. These pages have CallFire's default size, 100.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from callfire_async.custom.client import CallFire

from .clients import RawAiohttp, sdk
from .report import Row, peak_rss_mb
from .timing import in_turns, median, stopwatch

PAGE_SIZE = 1000
LATENCY = 0.020
LATENCY_PAGE_SIZE = 100
CONSUMER_WORK_PER_PAGE = 0.020


async def _paginator_items(cf: CallFire, *, prefetch: bool) -> tuple[float, int]:
    count = 0
    with stopwatch() as elapsed:
        async with cf.contacts.find_contacts(limit=PAGE_SIZE, prefetch=prefetch) as paginator:
            async for _ in paginator:
                count += 1
    return elapsed(), count


def _measured(
    cpu: list[float], counts: list[int], run: Callable[[], Awaitable[tuple[float, int]]]
) -> Callable[[], Awaitable[float]]:
    """``run`` as a timed variant for ``in_turns``: its wall time, with this process's CPU
    time per item appended to ``cpu`` and its item count to ``counts``."""

    async def timed() -> float:
        started = time.process_time()
        seconds, count = await run()
        cpu.append((time.process_time() - started) / max(count, 1) * 1e6)
        counts.append(count)
        return seconds

    return timed


async def _aiohttp_items(client: RawAiohttp) -> tuple[float, int]:
    count = 0
    offset = 0
    with stopwatch() as elapsed:
        while True:
            page: dict[str, Any] = await client.get_json(
                "/contacts", {"limit": PAGE_SIZE, "offset": offset}
            )
            items = page["items"]
            count += len(items)
            offset += len(items)
            if not items or offset >= page["totalCount"]:
                break
    return elapsed(), count


async def _pages_with_work(cf: CallFire, *, prefetch: bool, pages: int) -> float:
    paginator = cf.contacts.find_contacts(
        limit=LATENCY_PAGE_SIZE, max_items=pages * LATENCY_PAGE_SIZE, prefetch=prefetch
    )
    with stopwatch() as elapsed:
        async with paginator:
            async for _ in paginator.pages():
                await asyncio.sleep(CONSUMER_WORK_PER_PAGE)
    return elapsed()


async def _control(base_url: str, method: str, path: str, body: Any = None) -> None:
    origin = httpx.URL(base_url).copy_with(path="/")
    async with httpx.AsyncClient(base_url=str(origin)) as control:
        response = await control.request(method, path, json=body)
        response.raise_for_status()


async def run(base_url: str, *, total: int, repeat: int, latency_pages: int) -> list[Row]:
    async with sdk(base_url) as cf:
        return await _run(cf, base_url, total=total, repeat=repeat, latency_pages=latency_pages)


async def _run(
    cf: CallFire, base_url: str, *, total: int, repeat: int, latency_pages: int
) -> list[Row]:
    counts: list[int] = []
    cpu: dict[str, list[float]] = {"paginator": [], "prefetch": [], "aiohttp": []}
    raw = RawAiohttp(base_url)
    try:
        await cf.contacts.find_contacts(limit=1)  # connection and code paths warm
        await raw.get_json("/contacts", {"limit": 1})

        samples = await in_turns(
            {
                "paginator": _measured(
                    cpu["paginator"], counts, lambda: _paginator_items(cf, prefetch=False)
                ),
                "prefetch": _measured(
                    cpu["prefetch"], counts, lambda: _paginator_items(cf, prefetch=True)
                ),
                "aiohttp": _measured(cpu["aiohttp"], counts, lambda: _aiohttp_items(raw)),
            },
            repeat,
        )
    finally:
        await raw.aclose()
    wrong = [count for count in counts if count != total]

    fault = {"method": "GET", "path": "/v2/contacts", "delay": LATENCY, "times": None}
    await _control(base_url, "POST", "/_fake/faults", fault)
    try:

        async def sequential() -> float:
            return await _pages_with_work(cf, prefetch=False, pages=latency_pages)

        async def prefetching() -> float:
            return await _pages_with_work(cf, prefetch=True, pages=latency_pages)

        latency_samples = await in_turns(
            {"sequential": sequential, "prefetch": prefetching}, repeat
        )
    finally:
        await _control(base_url, "DELETE", "/_fake/faults")

    case = f"3 pagination: {total:,} contacts, pages of {PAGE_SIZE:,}, fake"
    note = f"wrong item counts: {wrong}" if wrong else ""
    return [
        Row(
            case=case,
            subject="paginator: async for over cf.contacts.find_contacts",
            value=median(samples["paginator"]),
            unit="s",
            reference="raw aiohttp offset loop + json",
            reference_value=median(samples["aiohttp"]),
            limit=1.3,
            samples=samples["paginator"],
            reference_samples=samples["aiohttp"],
            note=note,
            cpu=median(cpu["paginator"]),
            reference_cpu=median(cpu["aiohttp"]),
            peak_rss_mb=peak_rss_mb(),
        ),
        Row(
            case=case,
            subject="the same with prefetch=True",
            value=median(samples["prefetch"]),
            unit="s",
            reference="raw aiohttp offset loop + json",
            reference_value=median(samples["aiohttp"]),
            samples=samples["prefetch"],
            reference_samples=samples["aiohttp"],
            # A consumer that never awaits gives the prefetch no time to overlap with: here it
            # only costs a task per page; the latency case below is what it is for.
            note=note or "no target: nothing to overlap with",
            cpu=median(cpu["prefetch"]),
            reference_cpu=median(cpu["aiohttp"]),
            peak_rss_mb=peak_rss_mb(),
        ),
        Row(
            case=(
                f"3 pagination: {latency_pages} pages of {LATENCY_PAGE_SIZE}, "
                f"+{LATENCY * 1000:.0f} ms latency, "
                f"consumer {CONSUMER_WORK_PER_PAGE * 1000:.0f} ms/page"
            ),
            subject="paginator prefetch=False (ratio: speedup from prefetch)",
            value=median(latency_samples["sequential"]),
            unit="s",
            reference="prefetch=True",
            reference_value=median(latency_samples["prefetch"]),
            limit=1.7,
            higher_is_better=True,
            samples=latency_samples["sequential"],
            reference_samples=latency_samples["prefetch"],
        ),
    ]


async def run_typed_contacts(base_url: str, *, total: int, repeat: int) -> list[Row]:
    """Every contact of the reference server's listing, each with five custom properties: typed
    ``Contact`` models (with their ``ContactProperties``) through the paginator, against a raw
    aiohttp offset loop that stops at ``json.loads``. Client CPU is this process's CPU time."""
    async with sdk(base_url) as cf:
        raw = RawAiohttp(base_url)
        try:
            # Connections warm, and every page encoded once by the server before timing.
            await _paginator_items(cf, prefetch=False)
            cpu: dict[str, list[float]] = {"paginator": [], "aiohttp": []}
            counts: list[int] = []
            samples = await in_turns(
                {
                    "paginator": _measured(
                        cpu["paginator"], counts, lambda: _paginator_items(cf, prefetch=False)
                    ),
                    "aiohttp": _measured(cpu["aiohttp"], counts, lambda: _aiohttp_items(raw)),
                },
                repeat,
            )
        finally:
            await raw.aclose()
    wrong = [count for count in counts if count != total]
    return [
        Row(
            case=(
                f"3 pagination: {total:,} typed contacts with custom properties, "
                f"pages of {PAGE_SIZE:,}, ref. server"
            ),
            subject="paginator: Contact models with ContactProperties",
            value=median(samples["paginator"]),
            unit="s",
            reference="raw aiohttp offset loop + json.loads",
            reference_value=median(samples["aiohttp"]),
            limit=1.3,
            samples=samples["paginator"],
            reference_samples=samples["aiohttp"],
            note=f"wrong item counts: {wrong}" if wrong else "",
            cpu=median(cpu["paginator"]),
            reference_cpu=median(cpu["aiohttp"]),
            peak_rss_mb=peak_rss_mb(),
        )
    ]
