"""Auto-pagination against the fake CallFire over a real socket.

Each test seeds contacts, iterates a paginator and checks what a user relies on: every
item exactly once and in order, the requests that were made (offsets, page sizes), and,
when iteration ends early, that nothing is left running or in flight. The fake's paging
rules also play a server that caps ``limit`` and one that answers totalCount -1 or leaves
it out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any, Literal
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
from fault_server import Exchange, FaultServer, json_response

from callfire_async.api.contacts import find_contacts
from callfire_async.custom import (
    NO_RETRY,
    AsyncPaginator,
    BadRequestError,
    CallFire,
    InternalServerError,
    ResponseParseError,
    paginate,
)
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.models.contact import Contact
from callfire_async.models.contact_page import ContactPage

# A stalled page: long enough that a test only finishes in time if the request is
# cancelled, never actually waited for.
STALL_SECONDS = 30.0


@contextlib.asynccontextmanager
async def facade(url: str, credentials: tuple[str, str], **options: Any) -> AsyncIterator[CallFire]:
    username, password = credentials
    async with CallFire(username, password, base_url=url, retry=NO_RETRY, **options) as cf:
        yield cf


def page_requests(fake: FakeCallFire) -> list[dict[str, list[str]]]:
    """The query of every GET /v2/contacts the fake received, in order."""
    return [
        parse_qs(request.query)
        for request in fake.requests
        if request.method == "GET" and request.path == "/v2/contacts"
    ]


def offsets_and_limits(fake: FakeCallFire) -> list[tuple[str | None, str | None]]:
    return [
        (query.get("offset", [None])[0], query.get("limit", [None])[0])
        for query in page_requests(fake)
    ]


async def collect(paginator: AsyncPaginator[ContactPage, Contact]) -> list[int]:
    ids = []
    async for contact in paginator:
        assert isinstance(contact.id, int)
        ids.append(contact.id)
    return ids


def assert_pool_quiet(transport: httpx.AsyncHTTPTransport) -> None:
    pool = transport._pool
    assert pool._requests == [], f"requests still in the pool: {pool._requests}"
    for connection in pool.connections:
        assert connection.is_idle() or connection.is_closed(), connection


def pending_tasks(baseline: set[asyncio.Task[Any]]) -> set[asyncio.Task[Any]]:
    return {task for task in asyncio.all_tasks() if task not in baseline and not task.done()}


async def wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Poll state the fake server changes from its own thread."""
    with anyio.fail_after(seconds):
        while not condition():  # noqa: ASYNC110 - no event to wait on across threads
            await anyio.sleep(0.005)


# -- item counts at the page boundaries ---------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("seeded", "expected_requests"),
    [
        (0, [(None, None)]),
        (1, [(None, None)]),
        (100, [(None, None)]),  # exactly one page of CallFire's default size
        (101, [(None, None), ("100", None)]),
        (250, [(None, None), ("100", None), ("200", None)]),
    ],
)
async def test_every_item_once_in_order_with_the_default_page_size(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    seeded: int,
    expected_requests: list[tuple[str | None, str | None]],
) -> None:
    ids = callfire_fake.seed_contacts(seeded)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts()) == ids
    assert offsets_and_limits(callfire_fake) == expected_requests


@pytest.mark.anyio
async def test_ten_thousand_items(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(10_000)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(limit=500)) == ids
    assert offsets_and_limits(callfire_fake) == [
        (None if page == 0 else str(page * 500), "500") for page in range(20)
    ]


@pytest.mark.anyio
async def test_await_gives_the_first_page_and_pages_gives_every_page(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(25)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        first = await cf.contacts.find_contacts(limit=10)
        assert isinstance(first, ContactPage)
        assert [contact.id for contact in first.items or []] == ids[:10]
        assert (first.limit, first.total_count) == (10, 25)

        sizes = [
            len(page.items or []) async for page in cf.contacts.find_contacts(limit=10).pages()
        ]
        assert sizes == [10, 10, 5]


@pytest.mark.anyio
async def test_max_items_caps_the_total_and_the_last_request(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(250)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(limit=100, max_items=150)) == ids[:150]
        # No more items are transferred than are used.
        assert offsets_and_limits(callfire_fake) == [(None, "100"), ("100", "50")]

        callfire_fake.reset()
        ids = callfire_fake.seed_contacts(250)
        assert await collect(cf.contacts.find_contacts(max_items=5)) == ids[:5]
        assert offsets_and_limits(callfire_fake) == [(None, "5")]

        page = await cf.contacts.find_contacts(max_items=3)
        assert [contact.id for contact in page.items or []] == ids[:3]

        callfire_fake.reset()
        assert await collect(cf.contacts.find_contacts(max_items=0)) == []
        assert callfire_fake.requests == []


@pytest.mark.anyio
async def test_a_starting_offset_is_honoured(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(120)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(offset=30, limit=50)) == ids[30:]
    assert offsets_and_limits(callfire_fake) == [("30", "50"), ("80", "50")]


@pytest.mark.anyio
@pytest.mark.parametrize(("seeded", "requests"), [(250, 3), (200, 3), (0, 1)])
async def test_without_total_count_a_short_page_ends_the_iteration(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    seeded: int,
    requests: int,
) -> None:
    ids = callfire_fake.seed_contacts(seeded)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        first = await cf.contacts.find_contacts(limit=100, fields="items(id)")
        assert first.total_count is None and first.limit is None
        contacts = [c async for c in cf.contacts.find_contacts(limit=100, fields="items(id)")]
    assert [contact.id for contact in contacts] == ids
    assert all(contact.first_name is None for contact in contacts)
    assert len(page_requests(callfire_fake)) == 1 + requests


@pytest.mark.anyio
async def test_errors_are_raised_typed_during_iteration(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    callfire_fake.seed_contacts(150)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        seen = []
        with pytest.raises(InternalServerError) as raised:
            async for contact in cf.contacts.find_contacts(prefetch=True):
                if not seen:
                    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts", status=503))
                seen.append(contact)
        assert len(seen) == 100
        assert raised.value.status_code == 503

        with pytest.raises(BadRequestError):
            await cf.contacts.find_contacts(limit=-1)


# -- servers that cap the page size or do not know the total ------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    "seeded",
    [
        230,  # the short third page ends it
        200,  # every page is full: the empty third page ends it
    ],
)
async def test_total_count_minus_one_stops_on_a_short_or_empty_page(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    seeded: int,
) -> None:
    callfire_fake.paging.total_count = "unknown"
    ids = callfire_fake.seed_contacts(seeded)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(limit=100)) == ids
    assert offsets_and_limits(callfire_fake) == [(None, "100"), ("100", "100"), ("200", "100")]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("total", "limit"),
    [
        ("known", "requested"),  # the total says more items follow
        ("known", "absent"),
        ("unknown", "served"),  # the page says which size the server used
        ("absent", "served"),
    ],
)
async def test_a_server_that_caps_the_page_size_is_read_to_the_end(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    total: Literal["known", "unknown", "absent"],
    limit: Literal["served", "requested", "absent"],
) -> None:
    callfire_fake.paging.max_limit = 50
    callfire_fake.paging.total_count = total
    callfire_fake.paging.limit = limit
    ids = callfire_fake.seed_contacts(170)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(limit=500)) == ids
    # Each offset follows from the items received, not from the limit asked for.
    offsets = [offset for offset, _ in offsets_and_limits(callfire_fake)]
    assert offsets[:4] == [None, "50", "100", "150"]


@pytest.mark.anyio
async def test_an_unparsable_page_is_a_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>maintenance</html>")

    async with CallFire(
        "user", "secret", base_url="http://127.0.0.1/v2", transport=httpx.MockTransport(handler)
    ) as cf:
        with pytest.raises(ResponseParseError, match="find_contacts"):
            await cf.contacts.find_contacts()


# -- prefetch, early exits, cancellation ----------------------------------------------------


@pytest.mark.anyio
async def test_prefetch_yields_the_same_items_in_the_same_order(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(1_050)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        sequential = await collect(cf.contacts.find_contacts(limit=100))
        prefetched = await collect(cf.contacts.find_contacts(limit=100, prefetch=True))
        paginator = cf.contacts.find_contacts(limit=100, prefetch=True)
        async with paginator:  # prefetch in the paginator's own task group
            grouped = await collect(paginator)
    assert sequential == prefetched == grouped == ids
    # Never more than one page ahead: 11 pages each time, none requested twice.
    assert len(page_requests(callfire_fake)) == 33


@pytest.mark.anyio
async def test_prefetch_runs_while_the_caller_works_and_only_one_page_ahead(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    callfire_fake.seed_contacts(500)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        async for page in cf.contacts.find_contacts(limit=100, prefetch=True).pages():
            # The caller holds page N; page N+1 is requested meanwhile, N+2 is not.
            current = (page.offset or 0) // 100 + 1
            expected = min(current + 1, 5)
            await wait_until(lambda n=expected: len(page_requests(callfire_fake)) >= n)
            await anyio.sleep(0.02)
            assert len(page_requests(callfire_fake)) == expected


EXITS = ["paginator.aclose", "iterator.aclose", "async with", "aclosing", "garbage collection"]


@pytest.mark.anyio
@pytest.mark.parametrize("exit_by", EXITS)
async def test_breaking_out_leaves_no_request_in_flight_and_no_task(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    exit_by: str,
) -> None:
    callfire_fake.seed_contacts(300)
    transport = httpx.AsyncHTTPTransport()
    baseline = set(asyncio.all_tasks())
    async with facade(callfire_fake_url, callfire_credentials, transport=transport) as cf:
        paginator = cf.contacts.find_contacts(limit=100, prefetch=True)

        async def take_one(items: AsyncIterator[Contact]) -> None:
            async for _ in items:
                # The prefetch of page 2 has been started but has not run yet: stall it.
                callfire_fake.faults.add(
                    Fault(method="GET", path="/v2/contacts", delay=STALL_SECONDS)
                )
                await wait_until(lambda: len(page_requests(callfire_fake)) == 2)
                break

        started = time.monotonic()
        if exit_by == "paginator.aclose":
            await take_one(aiter(paginator))
            await paginator.aclose()
        elif exit_by == "iterator.aclose":
            items = aiter(paginator)
            await take_one(items)
            await items.aclose()
        elif exit_by == "async with":
            async with paginator:
                await take_one(aiter(paginator))
        elif exit_by == "aclosing":
            async with contextlib.aclosing(aiter(paginator)) as items:
                await take_one(items)
        else:
            await take_one(aiter(paginator))
            # asyncio closes an abandoned async generator in a task of its own,
            # started as soon as the generator is dropped.
            await wait_until(lambda: not pending_tasks(baseline), seconds=STALL_SECONDS / 4)

        assert pending_tasks(baseline) == set()
        assert_pool_quiet(transport)
        assert time.monotonic() - started < STALL_SECONDS / 2
    assert len(page_requests(callfire_fake)) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("prefetch", [False, True])
async def test_cancelling_leaves_no_request_in_flight_and_no_task(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    prefetch: bool,
) -> None:
    callfire_fake.seed_contacts(300)
    transport = httpx.AsyncHTTPTransport()
    baseline = set(asyncio.all_tasks())
    async with facade(callfire_fake_url, callfire_credentials, transport=transport) as cf:
        seen = 0
        with anyio.move_on_after(0.3) as scope:
            async for _ in cf.contacts.find_contacts(limit=100, prefetch=prefetch):
                if seen == 0:
                    callfire_fake.faults.add(
                        Fault(method="GET", path="/v2/contacts", delay=STALL_SECONDS)
                    )
                seen += 1
        assert scope.cancelled_caught
        assert seen == 100
        assert pending_tasks(baseline) == set()
        assert_pool_quiet(transport)


@pytest.mark.anyio
async def test_prefetch_against_sequential_with_20_ms_latency(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A measurement, printed, not asserted: 20 pages of 100 contacts, 20 ms of server
    latency per page, and a caller that spends 20 ms on each page."""
    ids = callfire_fake.seed_contacts(2_000)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts", delay=0.02, times=None))

    async def consume(paginator: AsyncPaginator[ContactPage, Contact]) -> tuple[float, list[int]]:
        started = time.perf_counter()
        seen = []
        async for contact in paginator:
            seen.append(contact.id or 0)
            if len(seen) % 100 == 0:
                await anyio.sleep(0.02)
        return time.perf_counter() - started, seen

    async with facade(callfire_fake_url, callfire_credentials) as cf:
        sequential, first = await consume(cf.contacts.find_contacts(limit=100))
        prefetched, second = await consume(cf.contacts.find_contacts(limit=100, prefetch=True))
    assert first == second == ids
    with capsys.disabled():
        print(
            f"\n[prefetch measurement] 20 pages, 20 ms latency + 20 ms work per page: "
            f"sequential {sequential * 1000:.0f} ms, prefetch {prefetched * 1000:.0f} ms "
            f"(ratio {sequential / prefetched:.2f}x)"
        )


# -- the low-level functions --------------------------------------------------------------


@pytest.mark.anyio
async def test_paginate_over_a_generated_function(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(120)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        detailed = paginate(find_contacts.asyncio_detailed, client=cf.client, limit=50)
        assert await collect(detailed) == ids
        parsed = paginate(find_contacts.asyncio, client=cf.client, limit=50, offset=100)
        assert await collect(parsed) == ids[100:]
        by_module = paginate(find_contacts, client=cf.client, limit=50)
        assert await collect(by_module.with_options(max_items=60, prefetch=True)) == ids[:60]
        first = await paginate(find_contacts.asyncio_detailed, client=cf.client, limit=7)
        assert isinstance(first, ContactPage) and len(first.items or []) == 7

        with pytest.raises(BadRequestError):
            await paginate(find_contacts.asyncio_detailed, client=cf.client, limit=-1)


# -- trio -------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_pagination_and_prefetch_under_trio(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    ids = callfire_fake.seed_contacts(230)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await collect(cf.contacts.find_contacts(limit=100, prefetch=True)) == ids
        paginator = cf.contacts.find_contacts(limit=100, prefetch=True)
        async with paginator:
            assert await collect(paginator) == ids
            async for _ in paginator:
                break


@pytest.mark.anyio
async def test_max_items_cuts_a_first_page_longer_than_asked() -> None:
    """A server that ignores ``limit`` (a proxy rewriting the query, an old server) sends
    50 contacts for a request of 3: the caller still gets 3, awaited, iterated or paged,
    and no second page is requested."""
    contacts = [{"id": n} for n in range(1, 51)]
    page = json.dumps({"items": contacts, "offset": 0, "limit": 50, "totalCount": 50})

    async def ignore_the_limit(exchange: Exchange) -> bool:
        await exchange.send(json_response(page.encode()))
        return True

    async with (
        FaultServer(ignore_the_limit) as server,
        CallFire("user", "secret-password", base_url=server.base_url) as cf,
    ):
        first = await cf.contacts.find_contacts(max_items=3)
        assert [contact.id for contact in first.items] == [1, 2, 3]
        assert await collect(cf.contacts.find_contacts(max_items=3)) == [1, 2, 3]
        pages = [page async for page in cf.contacts.find_contacts(max_items=3).pages()]
        assert [[contact.id for contact in page.items] for page in pages] == [[1, 2, 3]]
    assert len(server.requests) == 3
    assert all("limit=3" in request.target for request in server.requests)
