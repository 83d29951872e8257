"""Per-call options, raw responses and argument type checks, over a real socket to the fake.

Every facade method takes ``timeout=``, ``extra_headers=``, ``extra_query=``, ``retry=`` and
``call_timeout=``; ``cf.with_raw_response`` hands back the HTTP response next to the model; a
wrong argument type is a ``TypeError`` before anything is sent.
"""

from __future__ import annotations

import importlib
import inspect
import os
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest
from transfer_support import RECORDING_PATH

from callfire_async import (
    APIStatusError,
    APITimeoutError,
    CallFire,
    NotFoundError,
    RawResponse,
    RetryPolicy,
)
from callfire_async.api import TAGS
from callfire_async.custom.fake import Fault, RunningFakeCallFire
from callfire_async.models import Contact, ContactPage, CreateContactListRequest

pytestmark = pytest.mark.anyio

TRACE = {"X-Trace-Id": "abc123"}


def query_of(request: object) -> dict[str, list[str]]:
    return parse_qs(getattr(request, "query"))  # noqa: B009 - RecordedRequest.query


# --- options reach the wire ---


async def test_extra_headers_and_query_reach_the_wire(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)

    contact = await callfire_client.contacts.get_contact(
        contact_id, fields="id", extra_headers=TRACE, extra_query={"trace": "on"}
    )

    assert contact.id == contact_id
    [request] = callfire_fake.requests
    assert request.headers["x-trace-id"] == "abc123"
    assert query_of(request) == {"fields": ["id"], "trace": ["on"]}
    # The client's own headers stay: credentials and User-Agent.
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["user-agent"].startswith("callfire-async/")


async def test_options_apply_to_that_call_only(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    await callfire_client.contacts.get_contact(contact_id, extra_headers=TRACE)
    await callfire_client.contacts.get_contact(contact_id)

    first, second = callfire_fake.requests
    assert "x-trace-id" in first.headers
    assert "x-trace-id" not in second.headers


async def test_a_short_per_call_timeout_fires(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    # Far below the client's 30 s read timeout: only the call's own timeout can fire.
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=5.0))

    with pytest.raises(APITimeoutError):
        await callfire_client.contacts.get_contact(contact_id, timeout=0.05, retry="off")
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1


async def test_a_short_per_call_call_timeout_fires(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", delay=5.0))

    with pytest.raises(APITimeoutError):
        await callfire_client.contacts.get_contact(contact_id, call_timeout=0.05)


async def test_retry_off_for_one_call_while_the_client_retries(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=2))

    with pytest.raises(APIStatusError) as caught:
        await callfire_client.contacts.get_contact(contact_id, retry="off")
    assert caught.value.status_code == 503
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1
    # The client's own policy retries the next call past the remaining 503.
    assert (await callfire_client.contacts.get_contact(contact_id)).id == contact_id
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3


async def test_a_per_call_retry_policy_wins_over_with_options(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=1))
    derived = callfire_client.with_options(retry="off")

    retrying = RetryPolicy(sleep=_no_wait)
    contact = await derived.contacts.get_contact(contact_id, retry=retrying)

    assert contact.id == contact_id
    assert callfire_fake.count("GET", "/v2/contacts/*") == 2


async def _no_wait(seconds: float) -> None:
    return None


async def test_a_paginator_sends_the_options_with_every_page(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    callfire_fake.seed_contacts(5)

    contacts = [
        contact
        async for contact in callfire_client.contacts.find_contacts(
            limit=2, extra_headers=TRACE, extra_query={"trace": "on"}
        )
    ]

    assert len(contacts) == 5
    pages = callfire_fake.requests
    assert len(pages) == 3
    for page in pages:
        assert page.headers["x-trace-id"] == "abc123"
        assert query_of(page)["trace"] == ["on"]


async def test_a_download_sends_the_options_with_every_resume(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire, tmp_path: Path
) -> None:
    data = os.urandom(3 * 1024 * 1024)
    [recording_id] = callfire_fake.seed_recordings(1, size_bytes=1024)
    callfire_fake.put_recording_audio(recording_id, data)
    callfire_fake.faults.add(
        Fault(method="GET", path=RECORDING_PATH, truncate_after=1_000_000, times=2)
    )

    download = callfire_client.calls.get_call_recording_mp3(
        recording_id, extra_headers=TRACE, extra_query={"trace": "on"}
    )
    result = await download.download(tmp_path / "call.mp3")

    assert result.resumes == 2
    assert (tmp_path / "call.mp3").read_bytes() == data
    requests = callfire_fake.requests
    assert len(requests) == 3
    for request in requests:
        assert request.headers["x-trace-id"] == "abc123"
        assert query_of(request)["trace"] == ["on"]


async def test_an_upload_sends_the_options(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    sound = await callfire_client.campaigns.post_file_campaign_sound(
        file=b"ID3" + b"\x00" * 2048, name="greeting", extra_headers=TRACE, timeout=10
    )

    assert sound.name == "greeting"
    [request] = callfire_fake.requests
    assert request.headers["x-trace-id"] == "abc123"


def test_every_facade_method_takes_the_options_keyword_only() -> None:
    options = ("timeout", "extra_headers", "extra_query", "retry", "call_timeout")
    methods = [
        member
        for resource in _resource_classes()
        for name, member in vars(resource).items()
        if not name.startswith("_") and inspect.isfunction(member)
    ]
    assert any(method.__qualname__.startswith("ContactsApiWithRawResponse.") for method in methods)
    for method in methods:
        parameters = inspect.signature(method).parameters
        for name in options:
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, method
            assert parameters[name].default is None, method
        # After the operation's own arguments.
        assert list(parameters)[-len(options) :] == list(options), method


def _resource_classes() -> list[type]:
    """The generated resource classes of every tag, plain and raw."""
    classes: list[type] = []
    for tag in TAGS:
        module = importlib.import_module(f"callfire_async.api.{tag}")
        classes += [
            member
            for name, member in vars(module).items()
            if isinstance(member, type) and name.endswith(("Api", "ApiWithRawResponse"))
        ]
    return classes


# --- raw responses ---


async def test_a_raw_response_has_the_exchange_and_parses_to_the_model(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)

    raw = await callfire_client.with_raw_response.contacts.get_contact(
        contact_id, extra_headers=TRACE
    )

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.json()["id"] == contact_id
    contact = raw.parse()
    assert isinstance(contact, Contact)
    assert contact.id == contact_id
    assert raw.parse() is contact  # parsed once
    assert callfire_fake.requests[0].headers["x-trace-id"] == "abc123"


async def test_a_raw_paged_call_is_the_page_asked_for(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    callfire_fake.seed_contacts(5)

    raw = await callfire_client.with_raw_response.contacts.find_contacts(limit=2, offset=2)

    page = raw.parse()
    assert isinstance(page, ContactPage)
    assert len(page.items or []) == 2
    assert page.total_count == 5
    assert len(callfire_fake.requests) == 1


async def test_a_raw_call_still_raises_the_typed_error(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    with pytest.raises(NotFoundError) as caught:
        await callfire_client.with_raw_response.contacts.get_contact(404404)
    assert caught.value.response.status_code == 404


async def test_a_raw_upload_parses_to_the_model(callfire_client: CallFire) -> None:
    raw = await callfire_client.with_raw_response.campaigns.post_file_campaign_sound(
        file=b"ID3" + b"\x00" * 2048, name="greeting"
    )
    assert raw.status_code in (200, 201)
    sound = raw.parse()
    assert sound.name == "greeting"


def test_downloads_are_not_offered_raw(callfire_client: CallFire) -> None:
    assert not hasattr(callfire_client.with_raw_response.calls, "get_call_recording_mp3")
    assert hasattr(callfire_client.calls, "get_call_recording_mp3")


# --- wrong argument types ---


async def test_a_model_where_a_list_is_expected_is_a_type_error_before_sending(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    with pytest.raises(TypeError, match=r"'body' must be list\[Contact\], not Contact"):
        await callfire_client.contacts.create_contacts(body=Contact(first_name="Ada"))  # type: ignore[arg-type]
    assert callfire_fake.requests == []


async def test_a_dict_where_a_model_is_expected_is_a_type_error_before_sending(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    with pytest.raises(TypeError, match=r"'body' must be CreateContactListRequest, not dict"):
        await callfire_client.contacts.create_contact_list(body={"name": "x"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"'body' must be list\[Contact\], not a list of dict"):
        await callfire_client.contacts.create_contacts(body=[{"firstName": "Ada"}])  # type: ignore[list-item]
    assert callfire_fake.requests == []


async def test_a_string_limit_is_a_type_error_before_sending(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    with pytest.raises(TypeError, match=r"find_contacts\(\) argument 'limit' must be int \| None"):
        callfire_client.contacts.find_contacts(limit="ten")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'id' must be int"):
        await callfire_client.contacts.get_contact("5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'id' must be int"):
        callfire_client.calls.get_call_recording_mp3("5")  # type: ignore[arg-type]
    assert callfire_fake.requests == []


async def test_what_the_signature_accepts_is_sent(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    # An int for a time filter (milliseconds), None for an optional argument, a model body.
    await callfire_client.calls.find_calls(interval_begin=1_700_000_000_000, limit=None)
    created = await callfire_client.contacts.create_contact_list(
        body=CreateContactListRequest(name="list")
    )
    assert created.id is not None
    assert len(callfire_fake.requests) == 2


def test_the_options_example_runs() -> None:
    import subprocess
    import sys

    from support import ROOT

    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "options_and_raw.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "status 200, application/json" in result.stdout
    assert "walked 45 contacts" in result.stdout
