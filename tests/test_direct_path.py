"""The facade's direct path (custom/direct.py): taken when nothing needs httpx's client
machinery, and indistinguishable from the httpx way on the wire and in what comes back.

The httpx way is reached as a user reaches it: an event hook on the client's httpx client
needs httpx's objects, so calls then go through them.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from every_operation import Arguments, facade_methods
from fault_server import Exchange, FaultServer, RawRequest, gzip_of, head, json_response

from callfire_async.api.contacts import get_contact
from callfire_async.custom import CallFire, RetryPolicy
from callfire_async.custom.errors import APIConnectionError, NotFoundError
from callfire_async.custom.logs import http_logger
from callfire_async.custom.transport import AiohttpTransport
from callfire_async.models import Contact
from callfire_async.openapi_document import DOCUMENT

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = [pytest.mark.spec_driven, pytest.mark.anyio]

CONTACT = b'{"id":5,"firstName":"Ada"}'


async def no_wait(seconds: float) -> None:
    return None


class CountingTransport(AiohttpTransport):
    """The SDK's transport, counting which of its two entries each exchange used."""

    def __init__(self) -> None:
        super().__init__()
        self.direct = 0
        self.httpx_way = 0

    async def send_bytes(self, *args: Any, **kwargs: Any) -> Any:
        self.direct += 1
        return await super().send_bytes(*args, **kwargs)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.httpx_way += 1
        return await super().handle_async_request(request)


@contextlib.contextmanager
def the_httpx_way(cf: CallFire) -> Iterator[None]:
    """Calls made inside go through httpx's objects: an event hook wants them."""

    async def hook(request: httpx.Request) -> None:
        return None

    hooks = cf.client.get_async_httpx_client().event_hooks["request"]
    hooks.append(hook)
    try:
        yield
    finally:
        hooks.remove(hook)


@contextlib.contextmanager
def exchange_log_on() -> Iterator[None]:
    level = http_logger.level
    http_logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        http_logger.setLevel(level)


async def answer_contact(exchange: Exchange) -> bool:
    await exchange.send(json_response(CONTACT))
    return True


def facade(server: FaultServer, **options: Any) -> CallFire:
    options.setdefault("retry", RetryPolicy(sleep=no_wait))
    return CallFire("user", "s3cret-password", base_url=server.base_url, **options)


async def test_facade_and_low_level_calls_take_the_direct_path() -> None:
    transport = CountingTransport()
    async with FaultServer(answer_contact) as server, facade(server, transport=transport) as cf:
        assert isinstance(await cf.contacts.get_contact(5), Contact)
        assert isinstance(await get_contact.asyncio(5, client=cf.client), Contact)
        raw = await cf.with_raw_response.contacts.get_contact(5)
        assert isinstance(raw.parse(), Contact)
        assert (transport.direct, transport.httpx_way) == (3, 0)
        with the_httpx_way(cf):
            assert isinstance(await cf.contacts.get_contact(5), Contact)
        assert (transport.direct, transport.httpx_way) == (3, 1)
        with exchange_log_on():  # the log writes its lines on the direct path too
            assert isinstance(await cf.contacts.get_contact(5), Contact)
        assert (transport.direct, transport.httpx_way) == (4, 1)
        # The low-level function gets a whole httpx.Response, its request built on demand.
        detailed = await get_contact.asyncio_detailed(5, client=cf.client)
        assert detailed.headers["content-type"] == "application/json"
        assert raw.http_response.request.url == f"{server.base_url}/contacts/5"
        assert raw.http_response.request.headers["authorization"].startswith("Basic ")


async def test_the_exchange_log_reads_the_same_on_both_ways(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def flaky(exchange: Exchange) -> bool:
        if exchange.number % 2:
            await exchange.send(json_response(b"{}", "503 Service Unavailable"))
        else:
            await exchange.send(json_response(CONTACT, **{"X-Echo": "s3cret-password"}))
        return True

    caplog.set_level(logging.DEBUG, logger="callfire_async")
    lines = []
    steady = RetryPolicy(sleep=no_wait, random=lambda: 0.5)  # the same waits both ways
    async with FaultServer(flaky) as server, facade(server, retry=steady) as cf:
        for direct in (True, False):
            caplog.clear()
            with contextlib.nullcontext() if direct else the_httpx_way(cf):
                await cf.contacts.get_contact(5, fields="id")
            lines.append(
                [re.sub(r"in \d+\.\d+ s", "in <t>", r.getMessage()) for r in caplog.records]
            )
    assert lines[0] == lines[1]
    assert len(lines[0]) == 7  # sent, answered 503, retrying, sent, answered 200, headers
    assert "s3cret-password" not in "".join(lines[0])


async def answer_ok(exchange: Exchange) -> bool:
    await exchange.send(json_response(b"{}"))
    return True


async def requests_of_every_operation(
    server: FaultServer, *, direct: bool
) -> dict[str, list[RawRequest]]:
    """What ``server`` receives for each facade method, called once with its required
    arguments, on the direct path or the httpx way."""
    arguments = Arguments(DOCUMENT)
    seen: dict[str, list[RawRequest]] = {}
    async with facade(server) as cf:
        for tag, name, endpoint in facade_methods():
            if endpoint.KIND in ("download", "upload"):
                continue  # streamed bodies: the httpx way on both
            method = getattr(getattr(cf, tag), name)
            before = len(server.requests)
            # {} may not parse as the operation's model: only the request counts here.
            with (
                contextlib.nullcontext() if direct else the_httpx_way(cf),
                contextlib.suppress(Exception),
            ):
                result = method(**arguments.for_method(method, endpoint))
                if endpoint.KIND == "paged":
                    [item async for item in result]
                else:
                    await result
            seen[f"{tag}.{name}"] = server.requests[before:]
    return seen


async def test_every_operation_sends_the_same_request_on_both_ways() -> None:
    async with FaultServer(answer_ok) as server:
        direct = await requests_of_every_operation(server, direct=True)
        httpx_way = await requests_of_every_operation(server, direct=False)
    assert direct.keys() == httpx_way.keys() and direct
    for operation, requests in direct.items():
        expected = httpx_way[operation]
        assert len(requests) == len(expected) == 1, operation
        [sent], [reference] = requests, expected
        assert (sent.method, sent.target) == (reference.method, reference.target), operation
        assert sent.headers == reference.headers, operation
        if reference.body:
            assert json.loads(sent.body) == json.loads(reference.body), operation
        else:
            assert sent.body == b"", operation


async def test_query_values_are_encoded_as_httpx_encodes_them() -> None:
    odd = "a b&c=d/é,(x)+%"
    targets = []
    async with FaultServer(answer_ok) as server, facade(server) as cf:
        for direct in (True, False):
            with contextlib.nullcontext() if direct else the_httpx_way(cf):
                await cf.contacts.get_contact(5, fields=odd, extra_query={"flag": True, "n": 0})
            targets.append(server.requests[-1].target)
    assert targets[0] == targets[1]
    assert "fields=a+b%26c%3Dd%2F%C3%A9%2C%28x%29%2B%25" in targets[0]


async def test_headers_a_call_gives_merge_as_on_the_httpx_way() -> None:
    given = {"Authorization": "Bearer mine", "Content-Type": "application/x-mine", "X-Trace": "7"}
    async with FaultServer(answer_ok) as server, facade(server) as cf:
        for direct in (True, False):
            with contextlib.nullcontext() if direct else the_httpx_way(cf):
                await cf.contacts.create_contacts(
                    body=[Contact(first_name="Ada")], extra_headers=given
                )
    direct_request, httpx_request = server.requests
    assert direct_request.headers == httpx_request.headers
    assert direct_request.headers["authorization"].startswith("Basic ")  # the auth wins
    assert direct_request.headers["content-type"] == "application/x-mine"  # the call's wins
    assert direct_request.headers["x-trace"] == "7"


@pytest.mark.parametrize("same_origin", [True, False])
async def test_a_redirect_is_followed_and_the_credential_stays_with_its_origin(
    same_origin: bool,
) -> None:
    async with FaultServer(answer_contact) as elsewhere:

        async def redirect(exchange: Exchange) -> bool:
            if exchange.number == 1:
                target = server.base_url if same_origin else elsewhere.base_url
                location = f"{target}/contacts/5?moved=1"
                await exchange.send(head("307 Temporary Redirect", {"Location": location}))
                return False
            return await answer_contact(exchange)

        async with FaultServer(redirect) as server, facade(server) as cf:
            contact = await cf.contacts.get_contact(5)
        assert isinstance(contact, Contact) and contact.id == 5
        first = server.requests[0]
        [second] = (server if same_origin else elsewhere).requests[-1:]
        expected = "Basic " + base64.b64encode(b"user:s3cret-password").decode()
        assert first.headers["authorization"] == expected
        assert second.target == "/v2/contacts/5?moved=1"
        assert second.headers.get("authorization") == (expected if same_origin else None)


async def test_a_cookie_the_server_sets_is_sent_back() -> None:
    async def set_cookie(exchange: Exchange) -> bool:
        extra = {"Set-Cookie": "session=abc; Path=/"} if exchange.number == 1 else {}
        await exchange.send(json_response(CONTACT, **extra))
        return True

    async with FaultServer(set_cookie) as server, facade(server) as cf:
        await cf.contacts.get_contact(5)
        await cf.contacts.get_contact(5)
    assert "cookie" not in server.requests[0].headers
    assert server.requests[1].headers["cookie"] == "session=abc"


async def test_a_compressed_body_is_decoded() -> None:
    async def gzipped(exchange: Exchange) -> bool:
        body = gzip_of(CONTACT)
        await exchange.send(
            head(
                "200 OK",
                {
                    "Content-Type": "application/json",
                    "Content-Encoding": "gzip",
                    "Content-Length": str(len(body)),
                },
            )
            + body
        )
        return True

    async with FaultServer(gzipped) as server, facade(server) as cf:
        assert (await cf.contacts.get_contact(5)).first_name == "Ada"
        raw = await cf.with_raw_response.contacts.get_contact(5)
        assert raw.http_response.content == CONTACT
        assert (await get_contact.asyncio_detailed(5, client=cf.client)).content == CONTACT


async def test_errors_and_retries_behave_as_on_the_httpx_way() -> None:
    async def flaky(exchange: Exchange) -> bool:
        if exchange.number % 3 == 1:
            await exchange.send(json_response(b"{}", "503 Service Unavailable"))
        elif exchange.number % 3 == 2:
            body = b'{"message":"no such contact"}'
            await exchange.send(json_response(body, "404 Not Found"))
        else:
            exchange.reset()
            return False
        return True

    outcomes = []
    async with FaultServer(flaky) as server, facade(server) as cf:
        for direct in (True, False):
            with contextlib.nullcontext() if direct else the_httpx_way(cf):
                with pytest.raises(NotFoundError) as raised:
                    await cf.contacts.get_contact(5)  # 503, retried, then 404
                with pytest.raises(APIConnectionError) as dropped:
                    await cf.contacts.create_contacts(body=[Contact(first_name="A")])  # reset
            outcomes.append((raised.value.message, str(raised.value), type(dropped.value)))
            assert "s3cret" not in repr(dropped.value) + str(dropped.value)
    assert outcomes[0] == outcomes[1]
    assert [request.method for request in server.requests] == ["GET", "GET", "POST"] * 2
