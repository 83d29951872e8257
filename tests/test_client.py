"""The CallFire facade against the fake CallFire over a real socket.

Construction and configuration (from_env, User-Agent, timeouts, limits, retry settings),
what each kind of operation gives back or raises, the low-level client sharing the
facade's auth and retries, per-call options, and the closed-client error. MockTransport
only stands in for a server answering 2xx with a body that does not parse.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import platform
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import callfire_async
import callfire_async.custom
from callfire_async.api import ApiResources
from callfire_async.api.contacts import ContactsApi, get_contact
from callfire_async.custom import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CallFire,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    ResponseParseError,
    RetryPolicy,
)
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.models.campaign_sound import CampaignSound
from callfire_async.models.contact import Contact
from callfire_async.models.resource_id import ResourceId
from callfire_async.models.resource_id_list import ResourceIdList

Credentials = tuple[str, str]


class RecordedSleeps:
    """A retry policy's sleep that records the waits instead of sleeping them."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **options: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self, **options)


@contextlib.asynccontextmanager
async def facade(url: str, credentials: Credentials, **options: Any) -> AsyncIterator[CallFire]:
    username, password = credentials
    options.setdefault("retry", RecordedSleeps().policy())
    async with CallFire(username, password, base_url=url, **options) as cf:
        yield cf


def sdk_version() -> str:
    return importlib.metadata.version("callfire-async")


# -- what operations give back --------------------------------------------------------------


@pytest.mark.anyio
async def test_operations_return_their_models_and_raise_typed_errors(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        created = await cf.contacts.create_contacts(
            body=[Contact(first_name="Ada", home_phone="12135551000")]
        )
        assert isinstance(created, ResourceIdList)
        [entry] = created.items or []
        contact = await cf.contacts.get_contact(entry.id)
        assert isinstance(contact, Contact)
        assert (contact.id, contact.first_name) == (entry.id, "Ada")

        assert await cf.contacts.delete_contact(entry.id) is None

        with pytest.raises(NotFoundError) as raised:
            await cf.contacts.get_contact(987_654)
        assert raised.value.status_code == 404
        assert raised.value.method == "GET"
        assert raised.value.url.endswith("/v2/contacts/987654")

    username, _ = callfire_credentials
    async with facade(callfire_fake_url, (username, "not-the-password")) as cf:
        with pytest.raises(AuthenticationError):
            await cf.contacts.get_contact(1)


@pytest.mark.anyio
async def test_uploads_and_downloads_go_through_the_facade(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    tmp_path: Path,
) -> None:
    [recording] = callfire_fake.seed_recordings(1)
    audio = b"ID3" + bytes(range(256)) * 40
    callfire_fake.put_recording_audio(recording, audio)
    csv = tmp_path / "contacts.csv"
    csv.write_text("firstName,lastName,homePhone\nAda,Lovelace,12135551000\n")

    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert await cf.calls.get_call_recording_mp3(recording).read() == audio

        sound = await cf.campaigns.post_file_campaign_sound(
            file=b"ID3" + b"\x00" * 2048, name="greeting"
        )
        assert isinstance(sound, CampaignSound)
        assert sound.name == "greeting"

        created = await cf.contacts.create_contact_list_from_file(file=csv, name="imported")
        assert isinstance(created, ResourceId)
        contact_list = await cf.contacts.get_contact_list(created.id)
        assert contact_list.name == "imported"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (httpx.Response(200, text="<html>Service Unavailable</html>"), "JSONDecodeError"),
        (httpx.Response(200, json="a string, not an object"), "ValueError"),
        (httpx.Response(201, json={"id": 5}), "lists no 201 response"),
    ],
)
async def test_a_2xx_body_that_does_not_parse_raises_response_parse_error(
    answer: httpx.Response, reason: str
) -> None:
    async with CallFire(
        "user",
        "secret",
        base_url="http://127.0.0.1/v2",
        transport=httpx.MockTransport(lambda request: answer),
    ) as cf:
        with pytest.raises(ResponseParseError) as raised:
            await cf.contacts.get_contact(5)
    error = raised.value
    assert error.operation == "get_contact"
    assert error.status_code == answer.status_code
    assert "get_contact" in str(error)
    assert reason in str(error)
    # The parser's exception holds the raw, unredacted body: its message is in the reason,
    # the object hangs off nothing.
    assert error.__cause__ is None
    assert error.__context__ is None


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["default", "httpx"])
async def test_a_dropped_connection_is_an_api_connection_error(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    transport: str,
) -> None:
    # A POST: no layer may send it again after the connection dropped.
    callfire_fake.faults.add(Fault(method="POST", path="/v2/contacts", drop=True))
    options: dict[str, Any] = {"retry": "off"}
    if transport == "httpx":
        options["transport"] = httpx.AsyncHTTPTransport()
    async with facade(callfire_fake_url, callfire_credentials, **options) as cf:
        with pytest.raises(APIConnectionError) as raised:
            await cf.contacts.create_contacts(body=[Contact(first_name="Ada")])
    # The kind of failure is in the message; httpx's exception, which holds the request and
    # its Authorization header, hangs off nothing.
    assert "RemoteProtocolError" in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__context__ is None
    assert callfire_fake.count("POST", "/v2/contacts") == 1


# -- configuration ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_user_agent_names_the_sdk_its_version_python_and_the_platform(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    callfire_fake.seed_contacts(1)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        await cf.contacts.find_contacts()
    own = (
        f"callfire-async/{sdk_version()} "
        f"(Python {platform.python_version()}; {platform.system()} {platform.machine()})"
    )
    assert callfire_fake.requests[-1].headers["user-agent"] == own

    headers = {"User-Agent": "billing-worker/2.1", "X-Team": "payments"}
    async with facade(callfire_fake_url, callfire_credentials, headers=headers) as cf:
        await get_contact.asyncio(1, client=cf.client)
    sent = callfire_fake.requests[-1].headers
    assert sent["user-agent"] == f"billing-worker/2.1 {own}"
    assert sent["x-team"] == "payments"


@pytest.mark.anyio
async def test_from_env_reads_the_credential_and_base_url(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    username, password = callfire_credentials
    monkeypatch.setenv("CALLFIRE_USERNAME", username)
    monkeypatch.setenv("CALLFIRE_PASSWORD", password)
    monkeypatch.setenv("CALLFIRE_BASE_URL", callfire_fake_url)
    async with CallFire.from_env(retry="off") as cf:
        assert cf.base_url == callfire_fake_url
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id

    monkeypatch.delenv("CALLFIRE_BASE_URL")
    async with CallFire.from_env() as cf:
        assert cf.base_url == "https://api.callfire.com/v2"
    async with CallFire.from_env(base_url=callfire_fake_url) as cf:
        assert cf.base_url == callfire_fake_url


def test_from_env_names_the_missing_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLFIRE_USERNAME", "user")
    monkeypatch.delenv("CALLFIRE_PASSWORD", raising=False)
    with pytest.raises(ConfigurationError, match="CALLFIRE_PASSWORD is not set"):
        CallFire.from_env()

    with pytest.raises(ConfigurationError, match="CALLFIRE_USERNAME and CALLFIRE_PASSWORD are"):
        CallFire.from_env(environ={"CALLFIRE_USERNAME": ""})


@pytest.mark.anyio
async def test_a_float_timeout_bounds_each_request(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=2.0))
    async with facade(callfire_fake_url, callfire_credentials, timeout=0.2, retry="off") as cf:
        with anyio.fail_after(1.5):
            with pytest.raises(APITimeoutError):
                await cf.contacts.get_contact(1)


@pytest.mark.anyio
async def test_connection_limits_and_the_pool_timeout_apply(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=0.6))
    async with facade(
        callfire_fake_url,
        callfire_credentials,
        limits=httpx.Limits(max_connections=1),
        timeout=httpx.Timeout(5.0, pool=0.1),
        retry="off",
    ) as cf:
        outcomes: list[object] = []

        async def get() -> None:
            try:
                outcomes.append(await cf.contacts.get_contact(contact_id))
            except APITimeoutError as exc:
                outcomes.append(exc)

        async with anyio.create_task_group() as group:
            group.start_soon(get)
            await anyio.sleep(0.1)  # the first request holds the only connection
            group.start_soon(get)
    assert isinstance(outcomes[0], APITimeoutError)  # waited for a connection: pool timeout
    assert isinstance(outcomes[1], Contact)


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="limits"):
        CallFire(
            "user",
            "secret",
            limits=httpx.Limits(max_connections=1),
            transport=httpx.AsyncHTTPTransport(),
        )
    with pytest.raises(ConfigurationError, match="retry"):
        CallFire("user", "secret", retry="sometimes")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="password"):
        CallFire("user", "")
    with pytest.raises(ConfigurationError, match="username"):
        CallFire("", "secret")


@pytest.mark.anyio
@pytest.mark.parametrize("retry", [None, "off"])
async def test_retries_can_be_turned_off(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    retry: str | None,
) -> None:
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=None))
    async with facade(callfire_fake_url, callfire_credentials, retry=retry) as cf:
        with pytest.raises(InternalServerError):
            await cf.contacts.get_contact(1)
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1


# -- the low-level client -----------------------------------------------------------------------


@pytest.mark.anyio
async def test_low_level_calls_with_cf_client_get_auth_and_retries(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    sleeps = RecordedSleeps()
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=2))
    async with facade(callfire_fake_url, callfire_credentials, retry=sleeps.policy()) as cf:
        contact = await get_contact.asyncio(contact_id, client=cf.client)
    assert isinstance(contact, Contact) and contact.id == contact_id
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3
    assert len(sleeps.waits) == 2
    assert all("authorization" in request.headers for request in callfire_fake.requests)


def test_the_facade_exposes_the_generated_resources() -> None:
    cf = CallFire("user", "secret")
    assert isinstance(cf, ApiResources)
    assert type(cf.contacts) is ContactsApi
    assert callfire_async.CallFire is CallFire
    assert cf.client.get_async_httpx_client().base_url == httpx.URL("https://api.callfire.com/v2/")
    assert "__del__" not in vars(CallFire)  # nothing asynchronous can run there


def test_importing_the_package_stays_cheap() -> None:
    code = (
        "import sys, callfire_async, callfire_async.custom as c;"
        "heavy = ('callfire_async.custom.client', 'callfire_async.custom.retry',"
        " 'callfire_async.api.calls', 'anyio');"
        "loaded = [m for m in heavy if m in sys.modules];"
        "print(','.join(loaded));"
        "assert all(getattr(c, name) is not None for name in c.__all__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


# -- per-call options ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_with_options_changes_retries_and_timeouts_on_the_same_pool(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    sleeps = RecordedSleeps()
    transport = httpx.AsyncHTTPTransport()
    async with facade(
        callfire_fake_url, callfire_credentials, retry=sleeps.policy(), transport=transport
    ) as cf:
        once = cf.with_options(retry="off")

        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503))
        with pytest.raises(InternalServerError):
            await once.contacts.get_contact(contact_id)
        assert callfire_fake.count("GET", "/v2/contacts/*") == 1
        # Sent over the pool of the transport the original facade owns.
        assert len(transport._pool.connections) == 1

        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503))
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id  # still retries
        assert callfire_fake.count("GET", "/v2/contacts/*") == 3

        more = RecordedSleeps()
        patient = cf.with_options(retry=more.policy(max_attempts=5))
        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=4))
        assert (await patient.contacts.get_contact(contact_id)).id == contact_id
        assert len(more.waits) == 4
        assert len(transport._pool.connections) == 1  # one pool, its connection reused

        callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=2.0))
        hasty = once.with_options(timeout=0.2)  # keeps retry="off"
        with anyio.fail_after(1.5), pytest.raises(APITimeoutError):
            await hasty.contacts.get_contact(contact_id)

        await once.aclose()
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id


@pytest.mark.anyio
async def test_with_options_applies_when_paginators_and_downloads_send(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    callfire_fake.seed_contacts(150)
    [recording] = callfire_fake.seed_recordings(1, size_bytes=1024)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        once = cf.with_options(retry="off")
        paginator = once.contacts.find_contacts()
        download = once.calls.get_call_recording_mp3(recording)

        # Faults added after creation: the policy is the one in force when sending.
        seen = 0
        with pytest.raises(InternalServerError):
            async for _ in paginator:
                if seen == 0:
                    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts", status=503))
                seen += 1
        assert (seen, callfire_fake.count("GET", "/v2/contacts")) == (100, 2)

        callfire_fake.faults.add(Fault(method="GET", path="/v2/calls/recordings/*", status=503))
        with pytest.raises(InternalServerError):
            await download.read()
        assert callfire_fake.count("GET", "/v2/calls/recordings/*") == 1


# -- closing ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_closed_client_raises_a_clear_error_on_every_path(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    [recording] = callfire_fake.seed_recordings(1, size_bytes=1024)
    cf = CallFire(*callfire_credentials, base_url=callfire_fake_url)
    derived = cf.with_options(retry="off")
    paginator = cf.contacts.find_contacts()
    download = cf.calls.get_call_recording_mp3(recording)
    assert (await cf.contacts.get_contact(contact_id)).id == contact_id
    await cf.aclose()
    await cf.aclose()  # again: nothing happens
    assert cf.closed and derived.closed
    before = len(callfire_fake.requests)

    attempts: list[Any] = [
        lambda: cf.contacts.get_contact(contact_id),
        lambda: get_contact.asyncio(contact_id, client=cf.client),
        lambda: paginator.first_page(),
        lambda: download.read(),
        lambda: derived.contacts.get_contact(contact_id),
        lambda: get_contact.asyncio(contact_id, client=derived.client),
        cf.__aenter__,
    ]
    for attempt in attempts:
        with pytest.raises(ClientClosedError, match="closed"):
            await attempt()
    with pytest.raises(ClientClosedError):
        async for _ in paginator:
            pass
    with pytest.raises(ClientClosedError):
        cf.contacts.find_contacts()
    with pytest.raises(ClientClosedError):
        cf.with_options(timeout=1)
    assert isinstance(ClientClosedError("x"), RuntimeError)
    assert len(callfire_fake.requests) == before
    assert "closed" in repr(cf)


@pytest.mark.anyio
async def test_closing_a_derived_facade_leaves_the_original_open(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        async with cf.with_options(timeout=5) as derived:
            assert (await derived.contacts.get_contact(contact_id)).id == contact_id
        assert derived.closed and not cf.closed
        with pytest.raises(ClientClosedError):
            await derived.contacts.get_contact(contact_id)
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id


# -- trio ---------------------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_facade_runs_under_trio(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503))
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        assert (await cf.contacts.get_contact(contact_id)).id == contact_id  # after a retry
        with pytest.raises(NotFoundError):
            await cf.contacts.get_contact(contact_id + 1)
        created = await cf.contacts.create_contact_list(
            body=callfire_async.models.CreateContactListRequest(name="trio")
        )
        assert created is not None
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3
