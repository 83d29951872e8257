"""The retry transport against the fake CallFire over real sockets.

Each case injects a fault into the fake, makes a call through
``RetryTransport(httpx.AsyncHTTPTransport(), policy)`` and checks what a user
relies on: how many attempts reached the server, what the call returned or
raised, that a POST never created anything twice, and that the connection
pool has nothing in flight afterwards. Waits are recorded, never slept.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.retry import (
    IDEMPOTENT_METHODS,
    NO_RETRY,
    RetryPolicy,
    RetryTransport,
    retry_override,
)

# How long the fake stalls a "slow" response, and the client read timeout that
# gives up on it first.
STALL_SECONDS = 0.6
READ_TIMEOUT = 0.2


class RecordedWaits:
    """An injected clock and sleep: sleeping only advances the clock."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


@pytest.fixture
def waits() -> RecordedWaits:
    return RecordedWaits()


class Stalls:
    """Adds faults to the fake and remembers how long their delays keep a
    request handler busy on the server: the test waits that out at teardown,
    so a stalled handler never acts on the next test's state."""

    def __init__(self, fake: FakeCallFire) -> None:
        self._fake = fake
        self._busy_until = 0.0

    def add(self, fault: Fault) -> None:
        self._fake.faults.add(fault)
        if fault.delay:
            times = fault.times or 1
            self._busy_until = max(self._busy_until, time.monotonic() + fault.delay * times + 0.3)

    def wait_out(self) -> None:
        time.sleep(max(0.0, self._busy_until - time.monotonic()))


@pytest.fixture
def stalls(callfire_fake: FakeCallFire) -> Iterator[Stalls]:
    stalls = Stalls(callfire_fake)
    yield stalls
    stalls.wait_out()


async def eventually(condition: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    """Wait for a condition on the fake's state, which changes in the server's thread."""
    with anyio.fail_after(within):
        while not await condition():  # noqa: ASYNC110 - no event can cross from that thread
            await anyio.sleep(0.02)


def policy_with(waits: RecordedWaits, **options: Any) -> RetryPolicy:
    # random() == 1.0 makes every backoff the full exponential delay: 0.5, 1, 2...
    return RetryPolicy(sleep=waits.sleep, clock=waits.clock, random=lambda: 1.0, **options)


def assert_pool_quiet(inner: httpx.AsyncHTTPTransport) -> None:
    """No request in flight and no connection held by an unclosed response."""
    pool = inner._pool
    assert pool._requests == [], f"requests still in the pool: {pool._requests}"
    for connection in pool.connections:
        assert connection.is_idle() or connection.is_closed(), connection


@asynccontextmanager
async def retrying_client(
    base_url: str,
    credentials: tuple[str, str],
    policy: RetryPolicy,
    *,
    wrap: Callable[[httpx.AsyncHTTPTransport], httpx.AsyncBaseTransport] | None = None,
    client_timeout: httpx.Timeout | None = None,
    limits: httpx.Limits | None = None,
) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncHTTPTransport]]:
    inner = httpx.AsyncHTTPTransport(limits=limits or httpx.Limits())
    io_transport = wrap(inner) if wrap is not None else inner
    async with httpx.AsyncClient(
        base_url=base_url,
        auth=credentials,
        transport=RetryTransport(io_transport, policy),
        timeout=client_timeout or httpx.Timeout(5.0, read=READ_TIMEOUT),
    ) as client:
        yield client, inner


class FailingConnects(httpx.AsyncBaseTransport):
    """Raises a connect-phase error for the first ``failures`` requests (which
    therefore never reach the server), then sends requests for real."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        failures: int = 1,
        error: type[httpx.TransportError] = httpx.ConnectError,
    ) -> None:
        self._inner = inner
        self.failures = failures
        self._error = error

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.failures > 0:
            self.failures -= 1
            raise self._error("connection refused", request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


NEW_CONTACT = [{"firstName": "Ada", "lastName": "Lovelace", "homePhone": "12135551234"}]


async def contact_total(client: httpx.AsyncClient) -> int:
    response = await client.get("/contacts", params={"limit": 1})
    response.raise_for_status()
    total: int = response.json()["totalCount"]
    return total


# --- the retry matrix -------------------------------------------------------

FAULTS: dict[str, dict[str, Any]] = {
    "503": {"status": 503},
    "429+Retry-After": {"status": 429, "retry_after": "2"},
    "dropped": {"drop": True},
    "timeout": {"delay": STALL_SECONDS},
}
METHODS = ("GET", "PUT", "DELETE", "POST")


def expected_outcome(method: str, fault: str) -> tuple[int, str]:
    """(attempts seen by the server, outcome) for a fault on the first attempt."""
    if method in IDEMPOTENT_METHODS or fault == "429+Retry-After":
        return 2, "success"
    return 1, {"503": "503", "dropped": "dropped", "timeout": "timeout"}[fault]


async def create_contact_list(client: httpx.AsyncClient, name: str) -> int:
    response = await client.post("/contacts/lists", json={"name": name})
    response.raise_for_status()
    list_id: int = response.json()["id"]
    return list_id


@pytest.mark.anyio
@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("method", METHODS)
async def test_retry_matrix(
    method: str,
    fault: str,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    stalls: Stalls,
) -> None:
    attempts, outcome = expected_outcome(method, fault)
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        [contact_id] = callfire_fake.seed_contacts(1)
        body: Any = None
        if method == "POST":  # create contacts
            path, body = "/contacts", NEW_CONTACT
        elif method == "PUT":  # rename a contact list
            path, body = (
                f"/contacts/lists/{await create_contact_list(client, 'Old')}",
                {"name": "New"},
            )
        else:
            path = f"/contacts/{contact_id}"
        server_path = "/v2" + path
        contacts_before = await contact_total(client)
        stalls.add(Fault(method=method, path=server_path, times=1, **FAULTS[fault]))

        response: httpx.Response | None = None
        error: httpx.TransportError | None = None
        try:
            response = await client.request(method, path, json=body)
        except httpx.TransportError as exc:
            error = exc
        assert_pool_quiet(inner)

        assert callfire_fake.count(method, server_path) == attempts
        if outcome == "success":
            assert error is None and response is not None, error
            assert response.is_success, response.text
            assert waits.sleeps == ([2.0] if fault == "429+Retry-After" else [0.5])
        elif outcome == "503":
            assert response is not None and response.status_code == 503
        elif outcome == "dropped":
            assert isinstance(error, httpx.RemoteProtocolError | httpx.ReadError)
        else:
            assert isinstance(error, httpx.ReadTimeout)
        if outcome != "success":
            assert waits.sleeps == []

        if method == "GET" and response is not None:
            assert response.json()["id"] == contact_id
        if method == "PUT":
            assert (await client.get(path)).json()["name"] == "New"
        if method == "DELETE":
            assert (await client.get(path)).json()["deleted"] is True
        if method == "POST":
            if outcome == "timeout":
                # The client gave up, but the stalled attempt still creates the
                # contact on the server; it must be the only one.
                async def created_by_the_stalled_attempt() -> bool:
                    return await contact_total(client) > contacts_before

                await eventually(created_by_the_stalled_attempt)
            created = await contact_total(client) - contacts_before
            assert created == (1 if outcome in ("success", "timeout") else 0)
        assert_pool_quiet(inner)


@pytest.mark.anyio
async def test_attempts_are_bounded_and_the_last_response_is_returned(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=10, status=503))
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        async with client.stream("GET", f"/contacts/{contact_id}") as response:
            assert response.status_code == 503
            assert not response.is_stream_consumed  # handed back unread
            body = json.loads(await response.aread())
        assert body["httpStatusCode"] == 503  # the last ErrorResponse, intact
        assert_pool_quiet(inner)
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3
    assert waits.sleeps == [0.5, 1.0]


@pytest.mark.anyio
async def test_post_is_retried_when_the_connection_was_never_made(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    async with retrying_client(
        callfire_fake_url,
        callfire_credentials,
        policy_with(waits),
        wrap=lambda inner: FailingConnects(inner, failures=2),
    ) as (client, inner):
        response = await client.post("/contacts", json=NEW_CONTACT)
        assert response.is_success
        assert await contact_total(client) == 1
        assert_pool_quiet(inner)
    assert callfire_fake.count("POST", "/v2/contacts") == 1
    assert waits.sleeps == [0.5, 1.0]


@pytest.mark.anyio
async def test_post_is_retried_after_a_pool_timeout_and_created_once(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    stalls: Stalls,
) -> None:
    """One connection, held by a slow GET: the POST cannot get it in time
    (PoolTimeout: nothing was sent), waits, and is sent once the GET is done."""
    [contact_id] = callfire_fake.seed_contacts(1)
    stalls.add(Fault(method="GET", path="/v2/contacts/*", times=1, delay=0.3))
    slow_get_done = anyio.Event()
    sleeps: list[float] = []

    async def sleep_until_the_connection_is_free(seconds: float) -> None:
        sleeps.append(seconds)
        await slow_get_done.wait()

    policy = RetryPolicy(sleep=sleep_until_the_connection_is_free, random=lambda: 1.0)
    async with retrying_client(
        callfire_fake_url,
        callfire_credentials,
        policy,
        client_timeout=httpx.Timeout(5.0, pool=0.05),
        limits=httpx.Limits(max_connections=1),
    ) as (client, inner):

        async def slow_get() -> None:
            (await client.get(f"/contacts/{contact_id}")).raise_for_status()
            slow_get_done.set()

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(slow_get)

            async def slow_get_arrived() -> bool:
                return callfire_fake.count("GET", "/v2/contacts/*") > 0

            await eventually(slow_get_arrived)
            response = await client.post("/contacts", json=NEW_CONTACT)
        assert response.is_success
        assert sleeps == [0.5]
        assert await contact_total(client) == 1 + 1  # the seeded contact and the new one
        assert_pool_quiet(inner)
    assert callfire_fake.count("POST", "/v2/contacts") == 1


@pytest.mark.anyio
async def test_opting_in_to_post_retries_can_create_duplicates(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    stalls: Stalls,
) -> None:
    """Why POST is not retried by default: a timed-out create still happens."""
    stalls.add(Fault(method="POST", path="/v2/contacts", times=1, delay=STALL_SECONDS))
    policy = policy_with(waits, retry_non_idempotent=True)
    async with retrying_client(callfire_fake_url, callfire_credentials, policy) as (client, inner):
        response = await client.post("/contacts", json=NEW_CONTACT)
        assert response.is_success

        async def duplicated() -> bool:
            return await contact_total(client) == 2

        await eventually(duplicated)
        assert_pool_quiet(inner)
    assert callfire_fake.count("POST", "/v2/contacts") == 2


# --- deadline and Retry-After ----------------------------------------------


@pytest.mark.anyio
async def test_the_deadline_stops_retries_before_a_wait_that_would_pass_it(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    caplog: pytest.LogCaptureFixture,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=100, status=503))
    policy = policy_with(waits, max_attempts=10, initial_delay=1.0, max_delay=8.0, deadline=10.0)
    caplog.set_level(logging.INFO, logger="callfire_async")
    async with retrying_client(callfire_fake_url, callfire_credentials, policy) as (client, inner):
        response = await client.get(f"/contacts/{contact_id}")
        assert_pool_quiet(inner)
    # Waits 1 + 2 + 4 = 7 s; the next (8 s) would end at 15 s > 10 s.
    assert response.status_code == 503
    assert waits.sleeps == [1.0, 2.0, 4.0]
    assert callfire_fake.count("GET", "/v2/contacts/*") == 4
    assert "deadline" in caplog.records[-1].getMessage()
    assert caplog.records[-1].levelno == logging.WARNING


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("retry_after", "options", "attempts", "sleeps"),
    [
        pytest.param("3", {}, 2, [3.0], id="honoured-exactly"),
        pytest.param("0", {}, 2, [0.0], id="zero"),
        # No deadline: only the cap can stop these (the default 60 s deadline would stop a
        # 120 s wait on its own, and hide a missing cap).
        pytest.param("120", {"retry_after_cap": 60.0, "deadline": None}, 1, [], id="beyond-cap"),
        pytest.param(
            "120", {"retry_after_cap": 200.0, "deadline": None}, 2, [120.0], id="within-cap"
        ),
        pytest.param("30", {"deadline": 10.0}, 1, [], id="beyond-deadline"),
    ],
)
async def test_retry_after_is_honoured_or_ends_the_retries(
    retry_after: str,
    options: dict[str, float | None],
    attempts: int,
    sleeps: list[float],
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(
        Fault(method="GET", path="/v2/contacts/*", times=1, status=429, retry_after=retry_after)
    )
    policy = policy_with(waits, **options)
    async with retrying_client(callfire_fake_url, callfire_credentials, policy) as (client, inner):
        response = await client.get(f"/contacts/{contact_id}")
        assert_pool_quiet(inner)
    assert response.status_code == (200 if attempts == 2 else 429)
    assert waits.sleeps == sleeps
    assert callfire_fake.count("GET", "/v2/contacts/*") == attempts


@pytest.mark.anyio
async def test_retry_after_as_an_http_date(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    in_five_seconds = email.utils.formatdate(time.time() + 5, usegmt=True)
    callfire_fake.faults.add(
        Fault(method="GET", path="/v2/contacts/*", times=1, status=503, retry_after=in_five_seconds)
    )
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        response = await client.get(f"/contacts/{contact_id}")
        assert_pool_quiet(inner)
    assert response.status_code == 200
    [wait] = waits.sleeps
    # HTTP dates have one-second resolution, and uvicorn refreshes its Date header once a second.
    assert 3.0 < wait <= 6.0


# --- what is never retried ---------------------------------------------------


async def chunked_body(data: bytes) -> AsyncIterator[bytes]:
    yield data[:10]
    yield data[10:]


@pytest.mark.anyio
async def test_a_streamed_body_that_was_sent_is_not_sent_again(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="callfire_async")
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        list_id = await create_contact_list(client, "Old")
        callfire_fake.faults.add(Fault(method="PUT", path="/v2/contacts/*", times=1, status=503))
        response = await client.put(
            f"/contacts/lists/{list_id}",
            content=chunked_body(b'{"name": "Streamed name"}'),
            headers={"Content-Type": "application/json"},
        )
        assert_pool_quiet(inner)
    assert response.status_code == 503
    assert callfire_fake.count("PUT", "/v2/contacts/lists/*") == 1
    assert waits.sleeps == []
    assert "cannot be sent again" in caplog.text


@pytest.mark.anyio
async def test_a_streamed_body_that_was_never_sent_is_retried(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    body = b'{"name": "Streamed name"}'
    flaky: list[FailingConnects] = []

    def failing_connects(inner: httpx.AsyncBaseTransport) -> FailingConnects:
        flaky.append(FailingConnects(inner, failures=0, error=httpx.ConnectTimeout))
        return flaky[0]

    async with retrying_client(
        callfire_fake_url, callfire_credentials, policy_with(waits), wrap=failing_connects
    ) as (client, inner):
        list_id = await create_contact_list(client, "Old")
        # The connection fails before the body is touched: sending it later is safe.
        flaky[0].failures = 1
        response = await client.put(
            f"/contacts/lists/{list_id}",
            content=chunked_body(body),
            headers={"Content-Type": "application/json"},
        )
        assert response.is_success
        assert (await client.get(f"/contacts/lists/{list_id}")).json()["name"] == "Streamed name"
        assert_pool_quiet(inner)
    [put] = [r for r in callfire_fake.requests if r.method == "PUT"]
    assert put.body == body
    assert waits.sleeps == [0.5]


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 401, 404, 409, 500])
async def test_other_statuses_are_returned_at_once(
    status: int,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=5, status=status))
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        response = await client.get("/contacts/1")
        assert_pool_quiet(inner)
    assert response.status_code == status
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1
    assert waits.sleeps == []


# --- per-call override ----------------------------------------------------------


@pytest.mark.anyio
async def test_retry_override_replaces_the_policy_inside_the_block_only(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    path = f"/contacts/{contact_id}"
    async with retrying_client(callfire_fake_url, callfire_credentials, policy_with(waits)) as (
        client,
        inner,
    ):
        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=1, status=503))
        with retry_override(NO_RETRY):
            assert (await client.get(path)).status_code == 503
        assert callfire_fake.count("GET", "/v2/contacts/*") == 1

        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=4, status=503))
        with retry_override(policy_with(waits, max_attempts=5, initial_delay=0.1)):
            assert (await client.get(path)).status_code == 200
        assert callfire_fake.count("GET", "/v2/contacts/*") == 1 + 5
        assert waits.sleeps == pytest.approx([0.1, 0.2, 0.4, 0.8])

        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=1, status=503))
        assert (await client.get(path)).status_code == 200  # the transport's own policy again
        assert callfire_fake.count("GET", "/v2/contacts/*") == 1 + 5 + 2
        assert_pool_quiet(inner)


# --- logging --------------------------------------------------------------------


@pytest.mark.anyio
async def test_each_retry_is_logged_without_credentials(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    caplog: pytest.LogCaptureFixture,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=1, status=503))
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=1, drop=True))
    caplog.set_level(logging.INFO, logger="callfire_async")
    userinfo_url = callfire_fake_url.replace(
        "http://", "http://{}:{}@".format(*callfire_credentials)
    )
    async with retrying_client(userinfo_url, callfire_credentials, policy_with(waits)) as (
        client,
        _,
    ):
        response = await client.get(f"/contacts/{contact_id}", params={"fields": "id"})
    assert response.status_code == 200

    messages = [r.getMessage() for r in caplog.records if r.name == "callfire_async"]
    assert messages == [
        f"Retrying GET /v2/contacts/{contact_id}?fields=id after HTTP 503 "
        "(attempt 1 of 3 failed), waiting 0.50 s",
        f"Retrying GET /v2/contacts/{contact_id}?fields=id after RemoteProtocolError "
        "(attempt 2 of 3 failed), waiting 1.00 s",
    ]
    username, password = callfire_credentials
    assert password not in caplog.text
    assert username not in caplog.text
    assert "uthorization" not in caplog.text


# --- cancellation ---------------------------------------------------------------


def pending_tasks(baseline: Sequence[asyncio.Task[Any]]) -> set[asyncio.Task[Any]]:
    return {task for task in asyncio.all_tasks() if task not in baseline and not task.done()}


@pytest.mark.anyio
async def test_cancelling_during_a_backoff_wait_leaves_nothing_open(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=1, status=503))
    waiting = anyio.Event()

    async def wait_until_cancelled(seconds: float) -> None:
        waiting.set()
        await anyio.sleep_forever()

    baseline = list(asyncio.all_tasks())
    finished: list[httpx.Response] = []
    policy = RetryPolicy(sleep=wait_until_cancelled)
    async with retrying_client(callfire_fake_url, callfire_credentials, policy) as (client, inner):

        async def call() -> None:
            finished.append(await client.get(f"/contacts/{contact_id}"))

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(call)
            with anyio.fail_after(5):
                await waiting.wait()
            tasks.cancel_scope.cancel()

        assert finished == []
        assert_pool_quiet(inner)
        assert pending_tasks(baseline) == set()
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1  # no attempt after the cancel


@pytest.mark.anyio
async def test_cancelling_during_a_slow_response_leaves_nothing_open(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    waits: RecordedWaits,
    stalls: Stalls,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    stalls.add(Fault(method="GET", path="/v2/contacts/*", times=1, delay=1.0))
    baseline = list(asyncio.all_tasks())
    async with retrying_client(
        callfire_fake_url,
        callfire_credentials,
        policy_with(waits),
        client_timeout=httpx.Timeout(5.0),
    ) as (client, inner):
        with anyio.move_on_after(0.3) as scope:
            await client.get(f"/contacts/{contact_id}")
        assert scope.cancelled_caught
        assert_pool_quiet(inner)
        assert pending_tasks(baseline) == set()
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1
    assert waits.sleeps == []


# --- trio -----------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_retries_work_under_trio_with_the_default_sleep(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=2, status=502))
    # The default sleep (anyio.sleep) and clock, with zero-length waits.
    policy = RetryPolicy(initial_delay=0.0)
    async with retrying_client(callfire_fake_url, callfire_credentials, policy) as (client, inner):
        response = await client.get(f"/contacts/{contact_id}")
        assert_pool_quiet(inner)
    assert response.status_code == 200
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3


# --- the policy itself --------------------------------------------------------------


def test_backoff_is_exponential_with_equal_jitter_and_capped() -> None:
    lowest = RetryPolicy(random=lambda: 0.0, initial_delay=0.5, max_delay=8.0)
    highest = RetryPolicy(random=lambda: 1.0, initial_delay=0.5, max_delay=8.0)
    assert [highest.backoff(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    # At least half of the exponential delay is always kept.
    assert [lowest.backoff(n) for n in range(1, 8)] == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_policy_defaults_and_off() -> None:
    policy = RetryPolicy()
    assert policy.max_attempts == 3
    assert policy.deadline == 60.0
    assert policy.retry_statuses == frozenset({408, 429, 502, 503, 504})
    assert not policy.retry_non_idempotent
    assert policy.sleep is anyio.sleep
    assert NO_RETRY.max_attempts == 1 and RetryPolicy.off() == NO_RETRY
    assert policy.retries_method("get") and policy.retries_method("DELETE")
    assert not policy.retries_method("POST") and not policy.retries_method("PATCH")
    assert RetryPolicy(retry_non_idempotent=True).retries_method("POST")


@pytest.mark.parametrize(
    "options",
    [{"max_attempts": 0}, {"initial_delay": -1.0}, {"deadline": -5.0}, {"retry_after_cap": -1.0}],
)
def test_invalid_policies_are_rejected(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**options)
