"""The API credential stays secret: no repr, log line or exception shows it, plain http
is refused off this machine, and a redirect to another origin does not carry it.

The scan drives sessions that fail in every way the fake can fail (401, 404, 503 with
retries, an HTML 502, 429, a dropped connection, a timeout), captures every log record
at DEBUG (httpx and httpcore included) and every repr, str and traceback of what was
raised, and looks for the password in clear and in the base64 Basic credential.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from callfire_async.api.contacts import get_contact
from callfire_async.custom import (
    APIStatusError,
    CallFire,
    CallFireError,
    ConfigurationError,
    RetryPolicy,
)
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.models.contact import Contact

Credentials = tuple[str, str]


async def no_sleep(seconds: float) -> None:
    return None


def secrets_of(username: str, password: str) -> list[str]:
    basic = base64.b64encode(f"{username}:{password}".encode()).decode()
    return [password, basic, f"Basic {basic}"]


def texts_of_error(error: BaseException) -> list[str]:
    """Everything an exception shows: str, repr, the traceback with its causes, and
    (for the SDK's own errors) the repr of every attribute."""
    texts = ["".join(traceback.format_exception(error))]
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen)]
        if isinstance(seen, CallFireError):
            texts.append(repr(vars(seen)))
        seen = seen.__cause__ or seen.__context__
    return texts


# -- insecure transport -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.callfire.com/v2",
        "http://10.0.0.8:8080/v2",
        "http://[2001:db8::1]/v2",
        "http://localhost.example.com/v2",
    ],
)
def test_plain_http_off_this_machine_is_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="allow_insecure_http") as raised:
        CallFire("user", "s3cret-password", base_url=base_url)
    assert "s3cret-password" not in str(raised.value)
    # An explicit opt-in for a trusted network.
    CallFire("user", "s3cret-password", base_url=base_url, allow_insecure_http=True)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8080/v2",
        "http://127.10.20.30/v2",
        "http://[::1]:9000/v2",
        "http://localhost:8000/v2",
        "https://api.callfire.com/v2",
        "https://api.callfire.com/v2/",
    ],
)
def test_https_and_loopback_http_are_accepted(base_url: str) -> None:
    assert CallFire("user", "secret", base_url=base_url).base_url == base_url.rstrip("/")


@pytest.mark.parametrize(
    ("base_url", "complaint"),
    [
        ("https://user:s3cret-password@api.callfire.com/v2", "must not contain credentials"),
        ("ftp://api.callfire.com/v2", "absolute http"),
        ("/v2", "absolute http"),
    ],
)
def test_unusable_base_urls_are_refused(base_url: str, complaint: str) -> None:
    with pytest.raises(ConfigurationError, match=complaint) as raised:
        CallFire("user", "secret", base_url=base_url)
    assert "s3cret-password" not in str(raised.value)


def test_from_env_refuses_an_insecure_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLFIRE_USERNAME", "user")
    monkeypatch.setenv("CALLFIRE_PASSWORD", "secret")
    monkeypatch.setenv("CALLFIRE_BASE_URL", "http://api.callfire.com/v2")
    with pytest.raises(ConfigurationError, match="plain http"):
        CallFire.from_env()


# -- redirects ----------------------------------------------------------------------------------


class RedirectingServer:
    """Answers the first request with a redirect to ``location`` and records the
    Authorization header of every request it sees."""

    def __init__(self, location: str, status: int = 302) -> None:
        self.location = location
        self.status = status
        self.seen: list[tuple[str, str | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((str(request.url), request.headers.get("authorization")))
        if len(self.seen) == 1:
            return httpx.Response(self.status, headers={"Location": self.location})
        return httpx.Response(200, json={"id": 5, "firstName": "Ada"})


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("base_url", "location", "keeps_credentials"),
    [
        # Another host, another port, a downgrade to http: the credential stays behind.
        ("http://127.0.0.1:8000/v2", "http://localhost:8000/v2/contacts/5", False),
        ("http://127.0.0.1:8000/v2", "http://127.0.0.1:9000/v2/contacts/5", False),
        ("https://api.callfire.com/v2", "http://api.callfire.com/v2/contacts/5", False),
        ("https://api.callfire.com/v2", "https://cdn.example.com/contacts/5", False),
        # The same origin: it is still CallFire, which needs it.
        ("https://api.callfire.com/v2", "https://api.callfire.com/v2/contacts/5?x=1", True),
    ],
)
async def test_a_redirect_to_another_origin_never_carries_the_credentials(
    base_url: str, location: str, keeps_credentials: bool
) -> None:
    server = RedirectingServer(location)
    async with CallFire(
        "user",
        "s3cret-password",
        base_url=base_url,
        transport=httpx.MockTransport(server),
        allow_insecure_http=True,
    ) as cf:
        contact = await cf.contacts.get_contact(5)
    assert isinstance(contact, Contact)
    [(_, first), (url, second)] = server.seen
    assert first == "Basic " + base64.b64encode(b"user:s3cret-password").decode()
    assert url == location
    assert (second == first) if keeps_credentials else (second is None)


@pytest.mark.anyio
async def test_a_download_redirected_elsewhere_does_not_carry_the_credentials() -> None:
    server = RedirectingServer("https://storage.example.com/recordings/7.mp3", status=307)

    def handler(request: httpx.Request) -> httpx.Response:
        if len(server.seen) == 0:
            return server(request)
        server.seen.append((str(request.url), request.headers.get("authorization")))
        return httpx.Response(
            200, content=b"ID3" + b"\x00" * 64, headers={"Content-Type": "audio/mpeg"}
        )

    async with CallFire("user", "secret", transport=httpx.MockTransport(handler)) as cf:
        assert (await cf.calls.get_call_recording_mp3(7).read()).startswith(b"ID3")
    [(_, first), (_, second)] = server.seen
    assert first is not None and second is None


# -- the scan -----------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["default", "httpx"])
async def test_no_log_repr_or_exception_shows_the_credentials(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    caplog: pytest.LogCaptureFixture,
    transport: str,
) -> None:
    username, password = callfire_credentials
    wrong_password = "wr0ng-Passw0rd-42"
    secrets = secrets_of(username, password) + secrets_of(username, wrong_password)
    [contact_id] = callfire_fake.seed_contacts(1)
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "callfire_async", "aiohttp", "asyncio"):
        caplog.set_level(logging.DEBUG, logger=name)

    def options() -> dict[str, Any]:
        chosen: dict[str, Any] = {"retry": RetryPolicy(sleep=no_sleep), "timeout": 2.0}
        if transport == "httpx":
            chosen["transport"] = httpx.AsyncHTTPTransport()
        return chosen

    shown: list[str] = []
    errors: list[BaseException] = []

    async def expect_failure(make_call: Callable[[], Any]) -> None:
        try:
            await make_call()
        except (CallFireError, httpx.HTTPError) as exc:  # low-level calls raise httpx's
            errors.append(exc)
        else:
            raise AssertionError("the call was expected to fail")

    def fault(**fields: Any) -> None:
        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", **fields))

    async with CallFire(username, password, base_url=callfire_fake_url, **options()) as cf:
        shown += [repr(cf), str(cf), repr(cf.client), repr(cf.with_options(retry="off"))]
        shown += [repr(cf.contacts.find_contacts()), repr(cf.calls.get_call_recording_mp3(1))]

        await expect_failure(lambda: cf.contacts.get_contact(contact_id + 1))  # 404
        fault(status=503, times=2)
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id  # retried
        fault(status=503, times=None)
        await expect_failure(lambda: cf.contacts.get_contact(contact_id))  # retries used up
        callfire_fake.faults.clear()
        fault(status=502, html=True)
        await expect_failure(lambda: cf.with_options(retry="off").contacts.get_contact(1))
        fault(status=429, retry_after="120")  # beyond the cap: not waited for
        await expect_failure(lambda: cf.contacts.get_contact(contact_id))
        callfire_fake.faults.add(Fault(method="POST", path="/v2/contacts", drop=True))
        await expect_failure(lambda: cf.contacts.create_contacts(body=[Contact(first_name="A")]))
        fault(delay=1.0)
        hasty = cf.with_options(retry="off", timeout=0.2)
        await expect_failure(lambda: hasty.contacts.get_contact(contact_id))
        fault(delay=1.0)
        await expect_failure(lambda: get_contact.asyncio(contact_id, client=hasty.client))

    async with CallFire(username, wrong_password, base_url=callfire_fake_url, **options()) as cf:
        await expect_failure(lambda: cf.contacts.get_contact(contact_id))  # 401
        shown.append(repr(cf))

    kinds = {type(error).__name__ for error in errors}
    assert {
        "NotFoundError",
        "InternalServerError",
        "RateLimitError",
        "APIConnectionError",
        "APITimeoutError",
        "AuthenticationError",
    } <= kinds
    assert any(isinstance(e, APIStatusError) and e.body for e in errors)  # the HTML page
    for error in errors:
        shown += texts_of_error(error)
    shown += [record.getMessage() for record in caplog.records]
    shown.append(caplog.text)
    assert any("Retrying GET" in record.getMessage() for record in caplog.records)

    everything = "\n".join(shown)
    for secret in secrets:
        assert secret not in everything


@pytest.mark.anyio
async def test_a_server_echoing_the_request_headers_does_not_leak_them_into_errors() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        headers = "\n".join(f"{name}: {value}" for name, value in request.headers.items())
        return httpx.Response(400, text=f"<html><title>Bad request</title>{headers}</html>")

    async with CallFire(
        "user",
        "s3cret-password",
        base_url="http://127.0.0.1/v2",
        transport=httpx.MockTransport(echo),
    ) as cf:
        with pytest.raises(APIStatusError) as raised:
            await cf.contacts.get_contact(5)
    everything = "\n".join(texts_of_error(raised.value))
    assert "user-agent: callfire-async/" in everything  # the echo is there...
    for secret in secrets_of("user", "s3cret-password"):
        assert secret not in everything  # ...without the credential
