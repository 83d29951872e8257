"""The fake's HTTP contract: Basic auth, CallFire's error bodies, 400s for bad input, the log."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio


def _basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        _basic("test-user:wrong"),
        _basic("someone:test-secret"),
        "Bearer abc",
        "Basic not-base64!",
    ],
)
async def test_requests_without_valid_credentials_are_401(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, authorization: str | None
) -> None:
    contact_id = callfire_fake.seed_contacts(1)[0]
    headers = {} if authorization is None else {"Authorization": authorization}
    response = await validated_client.get(f"/contacts/{contact_id}", headers=headers, auth=None)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Basic")
    body = response.json()
    assert body["httpStatusCode"] == 401
    assert isinstance(body["internalCode"], int)
    assert body["message"]
    assert "test-secret" not in response.text


async def test_basic_scheme_is_case_insensitive(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    contact_id = callfire_fake.seed_contacts(1)[0]
    token = base64.b64encode(b"test-user:test-secret").decode()
    response = await validated_client.get(
        f"/contacts/{contact_id}", headers={"Authorization": f"basic  {token}"}, auth=None
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "content", "message"),
    [
        ("POST", "/contacts", b"[{", "not valid JSON"),
        ("POST", "/contacts", b"", "missing"),
        ("POST", "/contacts", b'{"firstName": "A"}', "expected an array"),
        ("POST", "/contacts", b'[{"firstName": 5}]', "body[0].firstName: expected a string"),
        ("POST", "/contacts", b'[{"homePhone": "12-34"}]', "invalid phone number"),
        ("POST", "/contacts", b'[{"homePhone": "1234567890123456"}]', "invalid phone number"),
        ("POST", "/contacts", b'[{"properties": {"a": 1}}]', "properties.a"),
        ("POST", "/contacts/lists", b'{"contactIds": [1]}', "name: required"),
        ("POST", "/contacts/lists", b'{"name": "x", "contactIds": ["1"]}', "integer"),
        ("PUT", "/contacts/lists/1", b"{}", "name: required"),
        ("GET", "/contacts/abc", b"", "must be an integer"),
        ("GET", "/contacts/-1", b"", "at least 0"),
        ("GET", "/contacts?limit=ten", b"", "'limit' must be an integer"),
        ("GET", "/contacts?offset=-5", b"", "'offset' must be at least 0"),
        ("GET", "/contacts?id=1&id=x", b"", "'id' must be an integer"),
        ("GET", "/contacts?number=555", b"", "invalid phone number"),
        ("GET", "/calls?states=READY,NOPE", b"", "NOPE"),
        ("GET", "/calls?results=LA,MAYBE", b"", "MAYBE"),
        ("GET", "/calls?inbound=sometimes", b"", "true or false"),
        ("GET", "/calls/1.5", b"", "must be an integer"),
        ("GET", "/calls/recordings/x.mp3", b"", "must be an integer"),
    ],
)
async def test_bad_input_is_a_clear_400(
    validated_client: httpx.AsyncClient, method: str, path: str, content: bytes, message: str
) -> None:
    response = await validated_client.request(
        method, path, content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["httpStatusCode"] == 400
    assert message in body["message"]


async def test_unknown_paths_and_methods(validated_client: httpx.AsyncClient) -> None:
    missing = await validated_client.get("/nothing/here")
    assert missing.status_code == 404
    assert missing.json()["httpStatusCode"] == 404
    outside = await validated_client.get(validated_client.base_url.copy_with(path="/v1/contacts"))
    assert outside.status_code == 404
    wrong_method = await validated_client.patch("/contacts")
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "POST"}
    assert wrong_method.json()["httpStatusCode"] == 405


async def test_request_log_records_every_attempt(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    contact_id = callfire_fake.seed_contacts(1)[0]
    await validated_client.get(f"/contacts/{contact_id}", params={"fields": "id"})
    await validated_client.post("/contacts", json=[{"firstName": "Log"}])
    await validated_client.get("/contacts/1", auth=None)

    requests = callfire_fake.requests
    assert [(r.method, r.path) for r in requests] == [
        ("GET", f"/v2/contacts/{contact_id}"),
        ("POST", "/v2/contacts"),
        ("GET", "/v2/contacts/1"),
    ]
    assert requests[0].query == "fields=id"
    assert requests[1].json() == [{"firstName": "Log"}]
    assert requests[1].headers["content-type"] == "application/json"
    assert "authorization" in requests[0].headers
    assert "authorization" not in requests[2].headers
    # The credentials never show in a repr.
    assert "Basic" not in repr(requests) and "test-secret" not in repr(callfire_fake)
    assert callfire_fake.count("GET", "/v2/contacts/*") == 2
    assert callfire_fake.count(None, "/v2/contacts*") == 3
    assert callfire_fake.count("POST", "/v2/calls") == 0


async def test_reset_forgets_everything(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    contact_id = callfire_fake.seed_contacts(3)[0]
    callfire_fake.rate_limit(100)
    await validated_client.get(f"/contacts/{contact_id}")
    callfire_fake.reset()
    assert callfire_fake.requests == []
    assert callfire_fake.rate_limiter is None
    assert (await validated_client.get(f"/contacts/{contact_id}")).status_code == 404
    # Ids start again from the beginning.
    assert callfire_fake.seed_contacts(1) == [contact_id]


async def test_in_process_use_through_asgi_transport(spec_hooks: dict[str, list[Any]]) -> None:
    fake = FakeCallFire(username="me", password="pw")
    contact_id = fake.seed_contacts(1)[0]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app),
        base_url="http://fake/v2",
        auth=("me", "pw"),
        event_hooks=spec_hooks,
    ) as client:
        response = await client.get(f"/contacts/{contact_id}")
        assert response.json()["id"] == contact_id
        recording_id = fake.seed_recordings(1, size_bytes=1000)[0]
        audio = await client.get(f"/calls/recordings/{recording_id}.mp3")
        assert len(audio.content) == 1000
    assert fake.count("GET", "/v2/*") == 2
    assert fake.server_errors == []


async def test_an_unexpected_exception_becomes_a_500_error_response(
    spec_hooks: dict[str, list[Any]],
) -> None:
    fake = FakeCallFire()
    contact_id = fake.seed_contacts(1)[0]
    # Corrupt the state so that rendering the contact fails.
    fake.store.contacts[contact_id] = {"id": object()}  # type: ignore[dict-item]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app),
        base_url="http://fake/v2",
        auth=("test-user", "test-secret"),
        event_hooks=spec_hooks,
    ) as client:
        response = await client.get(f"/contacts/{contact_id}")
    assert response.status_code == 500
    assert response.json()["httpStatusCode"] == 500
    assert len(fake.server_errors) == 1
    assert "TypeError" in fake.server_errors[0]
