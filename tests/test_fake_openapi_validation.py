"""The response validator itself, and the fake's coverage of the spec's operations."""

from __future__ import annotations

import importlib
import json
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.routes import api_routes
from callfire_async.custom.fake.store import Store

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

# Loaded as a plugin (so pytest rewrites its asserts) before anything is taken from it.
pytest_plugins = ["openapi_validation"]


def _validation() -> ModuleType:
    return importlib.import_module("openapi_validation")


def spec_validator() -> Any:
    return _validation().spec_validator()


def _spec_operations() -> set[tuple[str, str]]:
    document = yaml.safe_load(_validation().SPEC_PATH.read_text(encoding="utf-8"))
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    }


def test_the_fake_models_only_operations_of_the_spec() -> None:
    """Its stateful routes are operations of the spec; any other operation of the spec is
    answered from the spec itself (tests/test_every_operation.py)."""
    served = {(method, path.removeprefix("/v2")) for method, path, _ in api_routes(Store())}
    assert served <= _spec_operations()


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/v2/contacts/dncs", "/contacts/dncs"),
        ("GET", "/v2/contacts/12", "/contacts/{id}"),
        ("GET", "/v2/contacts/dncs/12135550001", "/contacts/dncs/{number}"),
        ("GET", "/v2/calls/recordings/5.mp3", "/calls/recordings/{id}.mp3"),
        ("GET", "/v2/calls/recordings/5", "/calls/recordings/{id}"),
        ("GET", "/v2/calls/5/recordings/intro.mp3", "/calls/{id}/recordings/{name}.mp3"),
        ("POST", "/v2/calls/broadcasts/5/start", "/calls/broadcasts/{id}/start"),
        ("HEAD", "/v2/campaigns/sounds/5.wav", "/campaigns/sounds/{id}.wav"),
    ],
)
def test_paths_match_their_template(method: str, path: str, template: str) -> None:
    assert spec_validator().path_template(method, path) == template


@pytest.mark.parametrize(
    ("method", "path", "status", "content_type", "body", "problem"),
    [
        ("GET", "/v2/contacts/5", 200, "application/json", {"id": "5"}, "not of type"),
        ("GET", "/v2/contacts/5", 200, "application/json", {"id": 5, "nickname": "x"}, "nickname"),
        ("GET", "/v2/calls", 200, "application/json", {"items": [{"state": "LOST"}]}, "LOST"),
        ("GET", "/v2/calls/recordings/5.mp3", 200, "application/json", {}, "content type"),
        ("DELETE", "/v2/contacts/5", 204, "application/json", {}, "no body"),
        ("GET", "/v2/contacts/5", 202, "application/json", {}, "not documented"),
        ("GET", "/v2/contacts", 503, "application/json", {"httpStatusCode": "x"}, "not of type"),
        ("PATCH", "/v2/contacts", 200, "application/json", {}, "no operation"),
    ],
)
def test_the_validator_rejects_what_the_spec_does_not_allow(
    method: str, path: str, status: int, content_type: str, body: object, problem: str
) -> None:
    with pytest.raises(_validation().ResponseValidationError, match=problem):
        spec_validator().validate(method, path, status, content_type, json.dumps(body).encode())


def test_the_validator_accepts_callfire_shapes() -> None:
    validator = spec_validator()
    validator.validate(
        "GET",
        "/v2/contacts",
        200,
        "application/json",
        b'{"items":[{"id":1,"deleted":false,"properties":{"a":"b"}}],'
        b'"limit":100,"offset":0,"totalCount":1}',
    )
    validator.validate("POST", "/v2/calls/broadcasts", 201, "application/json", b'{"id":3}')
    validator.validate("DELETE", "/v2/contacts/5", 204, None, b"")
    validator.validate("GET", "/v2/campaigns/sounds/5.wav", 206, "audio/wav", b"")
    validator.validate(
        "GET", "/v2/nothing", 404, "application/json", b'{"httpStatusCode":404,"internalCode":"x"}'
    )


@pytest.mark.anyio
async def test_the_validated_client_fails_on_an_undeclared_field(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    contact_id = callfire_fake.seed_contacts(1)[0]
    callfire_fake.store.contacts[contact_id]["nickname"] = "typo"
    with pytest.raises(_validation().ResponseValidationError, match="nickname"):
        await validated_client.get(f"/contacts/{contact_id}")
