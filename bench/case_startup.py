"""Case 5: what the SDK costs before and after the network: importing it, in fresh
processes, and turning a page of JSON into models."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

import httpx

from callfire_async.models import CallPage

from .report import Row
from .timing import median

_IMPORT_PROBE = (
    "import sys, time; t = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - t, 'aiohttp' in sys.modules)"
)


def _import_seconds(module: str) -> tuple[float, bool]:
    completed = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, aiohttp_loaded = completed.stdout.split()
    return float(seconds), aiohttp_loaded == "True"


def import_rows(repeat: int) -> list[Row]:
    modules = ("httpx", "callfire_async", "callfire_async.custom", "callfire_async.custom.client")
    samples: dict[str, list[float]] = {module: [] for module in modules}
    loads_aiohttp: set[str] = set()
    for _ in range(repeat):
        for module in modules:
            seconds, aiohttp_loaded = _import_seconds(module)
            samples[module].append(seconds * 1000)
            if aiohttp_loaded:
                loads_aiohttp.add(module)
    rows = []
    for module in modules[1:]:
        rows.append(
            Row(
                case="5 import time, fresh process",
                subject=f"import {module}",
                value=median(samples[module]),
                unit="ms",
                reference="import httpx",
                reference_value=median(samples["httpx"]),
                samples=samples[module],
                reference_samples=samples["httpx"],
                note="imports aiohttp" if module in loads_aiohttp else "",
            )
        )
    return rows


def _call_page_json(items: int) -> bytes:
    """A CallPage as the fake serves it, with ``items`` calls."""
    from callfire_async.custom.fake import FakeCallFire

    fake = FakeCallFire("u", "p")
    fake.seed_calls(items)

    async def fetch() -> bytes:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=fake.app), base_url="http://fake", auth=("u", "p")
        ) as client:
            response = await client.get("/v2/calls", params={"limit": items})
            response.raise_for_status()
            return response.content

    return asyncio.run(fetch())


def parsing_rows(repeat: int, items: int = 1000) -> list[Row]:
    body = _call_page_json(items)
    assert len(json.loads(body)["items"]) == items

    def per_item_us(parse: object, rounds: int = 20) -> float:
        best = []
        for _ in range(repeat):
            started = time.perf_counter()
            for _ in range(rounds):
                parse()  # type: ignore[operator]
            best.append((time.perf_counter() - started) / rounds / items * 1e6)
        return median(best)

    loads = per_item_us(lambda: json.loads(body))
    models = per_item_us(lambda: CallPage.from_dict(json.loads(body)))
    return [
        Row(
            case=f"5 parsing a {items:,}-item CallPage",
            subject="json.loads + CallPage.from_dict, per item",
            value=models,
            unit="us",
            reference="json.loads alone, per item",
            reference_value=loads,
            note=f"{len(body) // items} bytes of JSON per call",
        )
    ]
