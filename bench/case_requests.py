"""Cases 1 and 2: many small GETs of one contact, at concurrency 50 and one at a time.

Besides the SDK (through the facade and through the generated function) and the
references, the transports the SDK could sit on are measured under a plain
``httpx.AsyncClient``: the SDK's default ``AiohttpTransport``, httpx-aiohttp's (when
installed), and httpx's own with its pool sized for the concurrency.
"""

from __future__ import annotations

import asyncio
import importlib.util
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx

from callfire_async.api.contacts import get_contact
from callfire_async.custom.transport import AiohttpTransport
from callfire_async.models import Contact

from .clients import RawAiohttp, RawHttpx, sdk
from .report import Row
from .timing import in_turns, median, stopwatch

CONCURRENCY = 50
TARGET = 1.3  # the SDK's time / raw aiohttp's, facade and generated function alike
Fetch = Callable[[int], Awaitable[Any]]


class Driver:
    """Calls ``fetch`` once per id from ``concurrency`` workers; counts failures."""

    def __init__(self, fetch: Fetch, check: Callable[[Any], bool]) -> None:
        self.fetch = fetch
        self.check = check
        self.errors = 0
        # CPU time of this process per call, by concurrency: the client's own cost
        # (the server runs elsewhere), steadier than wall time on a shared machine.
        self.cpu_per_call: dict[int, list[float]] = {}

    async def run(self, ids: Sequence[int], concurrency: int) -> float:
        pending = iter(ids)

        async def worker() -> None:
            for contact_id in pending:
                try:
                    result = await self.fetch(contact_id)
                except Exception:
                    self.errors += 1
                else:
                    if not self.check(result):
                        self.errors += 1

        cpu_started = time.process_time()
        with stopwatch() as elapsed:
            await asyncio.gather(*(worker() for _ in range(concurrency)))
        cpu = (time.process_time() - cpu_started) / len(ids)
        self.cpu_per_call.setdefault(concurrency, []).append(cpu)
        return elapsed()

    def cpu_us(self, concurrency: int) -> float:
        return median(self.cpu_per_call[concurrency]) * 1e6


def _is_contact(result: Any) -> bool:
    return isinstance(result, Contact)


def _is_contact_json(result: Any) -> bool:
    return isinstance(result, dict) and "id" in result


def _getter(client: RawHttpx) -> Fetch:
    return lambda contact_id: client.get_json(f"/contacts/{contact_id}")


def _transport_options() -> dict[str, Callable[[], httpx.AsyncBaseTransport]]:
    """Transports for a plain httpx.AsyncClient, by the label of their row."""
    sized = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    options: dict[str, Callable[[], httpx.AsyncBaseTransport]] = {
        "httpx.AsyncClient + AiohttpTransport (SDK default)": lambda: AiohttpTransport(),
        f"httpx.AsyncClient, pool sized {CONCURRENCY}/{CONCURRENCY} keep-alive": lambda: (
            httpx.AsyncHTTPTransport(limits=sized)
        ),
    }
    if importlib.util.find_spec("httpx_aiohttp") is not None:
        from httpx_aiohttp import AiohttpTransport as HttpxAiohttpTransport

        options["httpx.AsyncClient + httpx-aiohttp's transport"] = lambda: HttpxAiohttpTransport()
    return options


async def run(
    base_url: str, ids: Sequence[int], *, server: str, repeat: int, calls: int, sequential: int
) -> list[Row]:
    requests = [ids[index % len(ids)] for index in range(calls)]
    one_by_one = requests[:sequential]
    raw_aiohttp = RawAiohttp(base_url)
    raw_httpx = RawHttpx(base_url)
    plain = {label: RawHttpx(base_url, make()) for label, make in _transport_options().items()}
    try:
        async with sdk(base_url) as cf:
            drivers = {
                "facade": Driver(lambda i: cf.contacts.get_contact(i), _is_contact),
                "generated": Driver(
                    lambda i: get_contact.asyncio(i, client=cf.client), _is_contact
                ),
                "aiohttp": Driver(
                    lambda i: raw_aiohttp.get_json(f"/contacts/{i}"), _is_contact_json
                ),
                "httpx": Driver(lambda i: raw_httpx.get_json(f"/contacts/{i}"), _is_contact_json),
            }
            for label, client in plain.items():
                drivers[label] = Driver(_getter(client), _is_contact_json)
            for driver in drivers.values():  # connections open, code paths warm
                await driver.run(requests[:200], CONCURRENCY)
                driver.errors = 0
                driver.cpu_per_call.clear()

            def concurrent(driver: Driver) -> Callable[[], Awaitable[float]]:
                return lambda: driver.run(requests, CONCURRENCY)

            def one_at_a_time(driver: Driver) -> Callable[[], Awaitable[float]]:
                return lambda: driver.run(one_by_one, 1)

            parallel = await in_turns(
                {name: concurrent(driver) for name, driver in drivers.items()}, repeat
            )
            serial_names = ("facade", "generated", "aiohttp", "httpx")
            serial = await in_turns(
                {name: one_at_a_time(drivers[name]) for name in serial_names}, repeat
            )
    finally:
        await raw_aiohttp.aclose()
        for closing in (raw_httpx, *plain.values()):
            await closing.aclose()

    def row(
        case: str, subject: str, samples: dict[str, list[float]], name: str, **extra: Any
    ) -> Row:
        reference = extra.pop("reference", "aiohttp")
        concurrency = CONCURRENCY if samples is parallel else 1
        errors = drivers[name].errors
        cpu = (
            f"client CPU {drivers[name].cpu_us(concurrency):.0f} vs "
            f"{drivers[reference].cpu_us(concurrency):.0f} us/call"
        )
        return Row(
            case=case,
            subject=subject,
            value=median(samples[name]),
            unit="s",
            reference="raw aiohttp" if reference == "aiohttp" else "raw httpx",
            reference_value=median(samples[reference]),
            samples=samples[name],
            reference_samples=samples[reference],
            note=f"{cpu}, {errors} errors" if errors else cpu,
            **extra,
        )

    case1 = f"1 concurrency: {calls:,} GETs, c={CONCURRENCY}, {server}"
    case2 = f"2 sequential: {sequential} GETs, {server}"
    facade = "facade cf.contacts.get_contact (retries on)"
    generated = "generated get_contact.asyncio(client=cf.client)"
    rows = [
        row(case1, facade, parallel, "facade", limit=TARGET),
        row(case1, generated, parallel, "generated", limit=TARGET),
        row(case1, "raw httpx.AsyncClient, defaults", parallel, "httpx"),
        *(row(case1, label, parallel, label) for label in plain),
        row(case1, "facade (ratio: time vs raw httpx)", parallel, "facade", reference="httpx"),
        row(case2, facade, serial, "facade", limit=TARGET),
        row(case2, generated, serial, "generated", limit=TARGET),
        row(case2, "raw httpx.AsyncClient, defaults", serial, "httpx"),
    ]
    return rows
