"""Case 5: what the SDK costs before and after the network: importing it, in fresh
processes, and turning a page of JSON into models."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from callfire_async.models import CallPage, ContactPage
from callfire_async.types import json_loads

from .reference_server import contact_page
from .report import Row, json_decoder, peak_rss_mb
from .timing import median

_IMPORT_PROBE = (
    "import resource, sys, time; t = time.perf_counter(); c = time.process_time(); "
    "import {module}; "
    "print(time.perf_counter() - t, time.process_time() - c, "
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 'aiohttp' in sys.modules)"
)


def _import_seconds(module: str) -> tuple[float, float, float, bool]:
    """Wall and CPU seconds of the import, the process's peak RSS (MB), whether aiohttp came."""
    completed = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu, rss, aiohttp_loaded = completed.stdout.split()
    return float(seconds), float(cpu), float(rss), aiohttp_loaded == "True"


def import_rows(repeat: int) -> list[Row]:
    modules = ("httpx", "callfire_async", "callfire_async.custom", "callfire_async.custom.client")
    samples: dict[str, list[float]] = {module: [] for module in modules}
    cpu: dict[str, list[float]] = {module: [] for module in modules}
    rss: dict[str, list[float]] = {module: [] for module in modules}
    loads_aiohttp: set[str] = set()
    for _ in range(repeat):
        for module in modules:
            seconds, cpu_seconds, rss_mb, aiohttp_loaded = _import_seconds(module)
            samples[module].append(seconds * 1000)
            cpu[module].append(cpu_seconds * 1000)
            rss[module].append(rss_mb)
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
                limit=1.2 if module == "callfire_async" else None,
                samples=samples[module],
                reference_samples=samples["httpx"],
                note="imports aiohttp" if module in loads_aiohttp else "",
                cpu=median(cpu[module]),
                reference_cpu=median(cpu["httpx"]),
                cpu_unit="ms",
                peak_rss_mb=median(rss[module]),
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
    """JSON bytes to typed models, against ``json.loads`` alone: a page of calls (five times,
    two enums and a nested dialing attempt each) and a page of contacts with custom properties;
    each with the decoder the SDK uses (orjson when installed) and with the standard library's."""
    pages = [
        ("CallPage", CallPage, _call_page_json(items)),
        ("ContactPage", ContactPage, contact_page(0, items)),
    ]
    decoder = json_decoder()
    rows = []
    for name, model, body in pages:
        assert len(json.loads(body)["items"]) == items

        def parse_sdk(model: Any = model, body: bytes = body) -> Any:
            return model.from_dict(json_loads(body))

        def parse_stdlib(model: Any = model, body: bytes = body) -> Any:
            return model.from_dict(json.loads(body))

        def loads_only(body: bytes = body) -> Any:
            return json.loads(body)

        variants: dict[str, Callable[[], Any]] = {"loads": loads_only, "sdk": parse_sdk}
        if decoder != "json (standard library)":
            variants["stdlib"] = parse_stdlib
        wall, cpu = _per_item_us(variants, repeat, items)
        subjects = {
            "sdk": f"{decoder.split()[0]} + {name}.from_dict, per item",
            "stdlib": f"json.loads + {name}.from_dict (without orjson), per item",
        }
        for variant in variants:
            if variant == "loads":
                continue
            rows.append(
                Row(
                    case=f"5 parsing a {items:,}-item {name}",
                    subject=subjects[variant],
                    value=median(wall[variant]),
                    unit="us",
                    reference="json.loads alone, per item",
                    reference_value=median(wall["loads"]),
                    limit=1.5 if (name, variant) == ("CallPage", "sdk") else None,
                    samples=wall[variant],
                    reference_samples=wall["loads"],
                    note=f"{len(body) // items} bytes of JSON per item",
                    cpu=median(cpu[variant]),
                    reference_cpu=median(cpu["loads"]),
                    peak_rss_mb=peak_rss_mb(),
                )
            )
    return rows


def _per_item_us(
    variants: dict[str, Callable[[], Any]], repeat: int, items: int, rounds: int = 20
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU microseconds per item of each variant, the variants in turns."""
    wall: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(repeat):
        for name, parse in variants.items():
            started, cpu_started = time.perf_counter(), time.process_time()
            for _ in range(rounds):
                parse()
            wall[name].append((time.perf_counter() - started) / rounds / items * 1e6)
            cpu[name].append((time.process_time() - cpu_started) / rounds / items * 1e6)
    return wall, cpu
