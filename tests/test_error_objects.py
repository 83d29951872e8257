"""``err.response`` and ``err.request`` over a real socket (the fake CallFire): what a user
inspects after a failed call, with the credential redacted from both."""

from __future__ import annotations

import base64

import httpx
import pytest

from callfire_async.custom import (
    APIConnectionError,
    CallFire,
    NotFoundError,
    RetryPolicy,
)
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.redaction import REDACTED

Credentials = tuple[str, str]

pytestmark = pytest.mark.anyio


async def _no_wait(seconds: float) -> None:
    return None


def _secrets(credentials: Credentials) -> list[str]:
    username, password = credentials
    return [password, base64.b64encode(f"{username}:{password}".encode()).decode()]


async def test_a_status_error_carries_the_read_response_and_its_request(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    username, password = callfire_credentials
    async with CallFire(username, password, base_url=callfire_fake_url) as cf:
        with pytest.raises(NotFoundError) as raised:
            await cf.contacts.get_contact(987_654)
    error = raised.value
    response = error.response
    assert isinstance(response, httpx.Response)
    assert response.status_code == 404
    assert response.json()["httpStatusCode"] == 404  # the body is read: no await needed
    assert response.headers["content-type"].startswith("application/json")
    request = error.request
    assert isinstance(request, httpx.Request)
    assert response.request is request
    assert request.method == "GET"
    assert request.url.path.endswith("/v2/contacts/987654")
    assert request.headers["authorization"] == REDACTED
    assert request.headers["user-agent"].startswith("callfire-async/")
    shown = repr(vars(request)) + repr(request.headers.raw) + response.text
    assert not [secret for secret in _secrets(callfire_credentials) if secret in shown]


async def test_a_connection_error_carries_the_request_it_failed_to_send(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    callfire_fake.faults.add(Fault(method="POST", path="/v2/contacts", drop=True))
    username, password = callfire_credentials
    retry = RetryPolicy(sleep=_no_wait)
    async with CallFire(username, password, base_url=callfire_fake_url, retry=retry) as cf:
        with pytest.raises(APIConnectionError) as raised:
            await cf.contacts.create_contacts(body=[])
    request = raised.value.request
    assert isinstance(request, httpx.Request)
    assert (request.method, request.url.path) == ("POST", "/v2/contacts")
    assert request.content == b"[]"  # the body that was sent, for the user's diagnosis
    assert request.headers["authorization"] == REDACTED
