"""Proxies on both transports: HTTPS_PROXY / HTTP_PROXY / NO_PROXY honoured as httpx honours
them, an explicit ``proxy=`` winning, proxy credentials shown nowhere.

The proxy variables are cleared for every test (conftest). A local socket stands in for the
proxy: it records the head of what it is sent and refuses (403), so nothing ever leaves this
machine, not even for api.callfire.com."""

from __future__ import annotations

import asyncio
import base64
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from test_fault_server import texts_hanging_off
from transfer_support import BACKENDS, require_backend

from callfire_async.custom import (
    APIConnectionError,
    CallFire,
    ConfigurationError,
    PermissionDeniedError,
)
from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.proxies import bypasses_proxy, environment_proxies, proxy_for
from callfire_async.custom.transport import Backend, default_transport

pytestmark = pytest.mark.anyio

API_PASSWORD = "api-pa55word-9d1e"
PROXY_PASSWORD = "proxy-pa55word-4c2b"


class RefusingProxy:
    """A TCP server on 127.0.0.1 that records the request head of every connection and
    answers 403."""

    def __init__(self) -> None:
        self.heads: list[str] = []
        self.url = ""

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            self.heads.append(head.decode("latin-1"))
            writer.write(
                b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @asynccontextmanager
    async def running(self) -> AsyncIterator[RefusingProxy]:
        server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        async with server:
            yield self


def facade(backend: Backend, **options: object) -> CallFire:
    """A facade on ``backend`` for the real base URL, one attempt per call. The transport is
    made here, after the test set the environment (it is read when a transport is made)."""
    require_backend(backend)
    base_url = options.pop("base_url", "https://api.callfire.com/v2")
    proxy = options.pop("proxy", None)
    username, password = options.pop("credentials", ("api-user", API_PASSWORD))
    transport = default_transport(limits=httpx.Limits(), backend=backend, proxy=proxy)  # type: ignore[arg-type]
    return CallFire(
        username, password, base_url=base_url, retry="off", transport=transport, **options
    )  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_https_proxy_from_the_environment_gets_the_connect(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with RefusingProxy().running() as proxy:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        async with facade(backend) as cf:
            with pytest.raises(APIConnectionError, match="ProxyError"):
                await cf.contacts.get_contact(5)
    [head] = proxy.heads
    assert head.startswith("CONNECT api.callfire.com:443 HTTP/1.1\r\n")
    # The tunnel request carries nothing of the API credential: that goes inside the tunnel.
    assert "authorization" not in head.lower()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_the_default_transport_of_the_facade_honours_https_proxy(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_backend(backend)
    async with RefusingProxy().running() as proxy:
        monkeypatch.setenv("https_proxy", proxy.url)  # the lower-case spelling counts too
        if backend == "httpx":
            monkeypatch.setitem(sys.modules, "aiohttp", None)  # so "auto" falls back to httpx
        async with CallFire("api-user", API_PASSWORD, retry="off") as cf:
            with pytest.raises(APIConnectionError):
                await cf.contacts.get_contact(5)
    assert [head.split("\r\n")[0] for head in proxy.heads] == [
        "CONNECT api.callfire.com:443 HTTP/1.1"
    ]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_http_proxy_and_no_proxy(
    backend: Backend,
    monkeypatch: pytest.MonkeyPatch,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
) -> None:
    async with RefusingProxy().running() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with facade(backend, base_url=callfire_fake_url) as cf:
            with pytest.raises(PermissionDeniedError):  # the proxy's answer
                await cf.contacts.get_contact(5)
        # A plain http request goes to the proxy whole, with its absolute URL.
        [head] = proxy.heads
        assert head.startswith(f"GET {callfire_fake_url}/contacts/5 HTTP/1.1\r\n")

        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        [contact_id] = callfire_fake.seed_contacts(1)
        async with facade(
            backend, base_url=callfire_fake_url, credentials=callfire_credentials
        ) as cf:
            contact = await cf.contacts.get_contact(contact_id)
        assert contact.id == contact_id
        assert len(proxy.heads) == 1  # straight to the fake, not through the proxy


@pytest.mark.parametrize("backend", BACKENDS)
async def test_an_explicit_proxy_wins_and_its_credentials_show_nowhere(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with RefusingProxy().running() as from_env, RefusingProxy().running() as explicit:
        monkeypatch.setenv("HTTPS_PROXY", from_env.url)
        with_credentials = explicit.url.replace("http://", f"http://corp-user:{PROXY_PASSWORD}@")
        async with facade(backend, proxy=with_credentials) as cf:
            with pytest.raises(APIConnectionError) as raised:
                await cf.contacts.get_contact(5)
            shown = [repr(cf), repr(cf.client), *texts_hanging_off(raised.value)]
    assert from_env.heads == []
    [head] = explicit.heads
    assert head.startswith("CONNECT api.callfire.com:443 HTTP/1.1\r\n")
    token = base64.b64encode(f"corp-user:{PROXY_PASSWORD}".encode()).decode()
    sent = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
    assert {name.lower(): value for name, value in sent.items()}["proxy-authorization"] == (
        f"Basic {token}"
    )
    assert [text for text in shown if PROXY_PASSWORD in text or token in text] == []


async def test_the_facades_proxy_option_reaches_the_default_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with (
        RefusingProxy().running() as explicit,
        CallFire("api-user", API_PASSWORD, retry="off", proxy=explicit.url) as cf,
    ):
        with pytest.raises(APIConnectionError):
            await cf.contacts.get_contact(5)
    assert explicit.heads[0].startswith("CONNECT api.callfire.com:443 ")
    with pytest.raises(ConfigurationError, match="proxy"):
        CallFire("u", "p", proxy=explicit.url, transport=httpx.AsyncHTTPTransport())


@pytest.mark.parametrize(
    ("host", "no_proxy", "bypassed"),
    [
        ("api.callfire.com", "*", True),
        ("api.callfire.com", "callfire.com", True),
        ("api.callfire.com", ".callfire.com", True),
        ("api.callfire.com", "*.callfire.com", True),
        ("callfire.com", "callfire.com:443", True),
        ("notcallfire.com", "callfire.com", False),
        ("api.callfire.com", "localhost, 127.0.0.1", False),
        ("127.0.0.1", "localhost, 127.0.0.1", True),
        ("10.2.3.4", "10.0.0.0/8", True),
        ("11.2.3.4", "10.0.0.0/8", False),
        ("::1", "::1", True),
        ("api.callfire.com", "", False),
    ],
)
def test_no_proxy_matches_hosts_as_httpx_does(host: str, no_proxy: str, bypassed: bool) -> None:
    assert bypasses_proxy(host, no_proxy) is bypassed


@pytest.mark.parametrize("backend", BACKENDS)
async def test_an_unreachable_proxy_fails_the_call_without_showing_its_credentials(
    backend: Backend,
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proxy = f"http://corp-user:{PROXY_PASSWORD}@127.0.0.1:{port}"
    async with facade(backend, proxy=proxy) as cf:
        with pytest.raises(APIConnectionError) as raised:
            await cf.contacts.get_contact(5)
    assert [text for text in texts_hanging_off(raised.value) if PROXY_PASSWORD in text] == []


@pytest.mark.parametrize("backend", BACKENDS)
async def test_trust_env_off_ignores_the_proxy_variables(
    backend: Backend,
    monkeypatch: pytest.MonkeyPatch,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
) -> None:
    require_backend(backend)
    [contact_id] = callfire_fake.seed_contacts(1)
    async with RefusingProxy().running() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        transport = default_transport(limits=httpx.Limits(), backend=backend, trust_env=False)
        async with CallFire(
            *callfire_credentials, base_url=callfire_fake_url, transport=transport
        ) as cf:
            assert (await cf.contacts.get_contact(contact_id)).id == contact_id
    assert proxy.heads == []


def test_a_proxy_variable_without_a_scheme_is_an_http_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "proxy.corp:3128")
    monkeypatch.setenv("ALL_PROXY", "socks5://other:1080")
    monkeypatch.setenv("NO_PROXY", ".internal")
    proxies = environment_proxies()
    assert proxy_for(httpx.URL("https://api.callfire.com/v2"), proxies) == "http://proxy.corp:3128"
    assert proxy_for(httpx.URL("http://api.callfire.com/v2"), proxies) == "socks5://other:1080"
    assert proxy_for(httpx.URL("https://db.internal/"), proxies) is None
