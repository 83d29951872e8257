"""The fake serves every operation of the spec it is built with, and every facade method works
against it: the operations come from the generated facade, never from a list in a test."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from every_operation import drive, facade_methods

from callfire_async.custom import CallFire, RetryPolicy
from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.server import serve_in_thread
from callfire_async.openapi_document import DOCUMENT


async def no_wait(seconds: float) -> None:
    return None


@pytest.mark.anyio
async def test_every_facade_method_against_the_fake_answering_from_the_spec(
    tmp_path: Path,
) -> None:
    fake = FakeCallFire("user", "secret", openapi=DOCUMENT, stateful=False)
    with serve_in_thread(fake) as url:
        async with CallFire("user", "secret", base_url=url, retry=RetryPolicy(sleep=no_wait)) as cf:
            outcome = await drive(cf, DOCUMENT, tmp_path)
    assert outcome.failures == {}
    assert sum(outcome.passed.values()) == len(facade_methods())
    assert fake.server_errors == []


def with_extra_operations() -> dict[str, object]:
    """The generated document plus two operations the stateful fake knows nothing about."""
    document = dict(DOCUMENT)
    paths = dict(document["paths"])
    page = paths["/contacts"]["get"]
    paths["/widgets"] = {"get": {**page, "operationId": "findWidgets"}}
    paths["/widgets/{id}"] = {
        "delete": {
            "operationId": "deleteWidget",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {"204": {"description": "gone", "x-operation-kind": "bodiless"}},
        },
        "put": {
            "operationId": "updateWidget",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "requestBody": paths["/contacts"]["post"]["requestBody"],
            "responses": {"204": {"description": "done", "x-operation-kind": "bodiless"}},
        },
    }
    document["paths"] = paths
    return document


@pytest.mark.anyio
async def test_the_stateful_fake_answers_operations_it_does_not_model_from_the_spec() -> None:
    fake = FakeCallFire("user", "secret", openapi=with_extra_operations())
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://fake/v2", auth=("user", "secret")
    ) as http:
        page = (await http.get("/widgets", params={"limit": 2, "offset": 1})).json()
        assert page["limit"] == 2 and page["offset"] == 1
        assert len(page["items"]) == 2 and page["totalCount"] > 2
        assert (await http.delete("/widgets/7")).status_code == 204
        bad = await http.put("/widgets/7", json=[{"firstName": 5}])
        assert bad.status_code == 400
        assert bad.json()["httpStatusCode"] == 400
        assert "firstName" in bad.json()["message"]
        good = await http.put("/widgets/7", json=[{"firstName": "Ada"}])
        assert good.status_code == 204
        # What the fake models statefully is still served by its stateful routes.
        assert (await http.get("/contacts/424242")).status_code == 404
    assert fake.server_errors == []
