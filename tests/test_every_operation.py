"""The fake serves every operation of the spec it is built with, and every facade method works
against it: the operations come from the generated facade, never from a list in a test."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from every_operation import drive, facade_methods

from callfire_async.custom import CallFire, RetryPolicy
from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.server import serve_in_thread
from callfire_async.openapi_document import DOCUMENT

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven


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


def test_the_command_line_serves_any_openapi_document_from_the_spec_alone(tmp_path: Path) -> None:
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(with_extra_operations()), encoding="utf-8")
    command = [sys.executable, "-m", "callfire_async.custom.fake", "--port", "0"]
    command += ["--username", "u", "--password", "p", "--openapi", str(document), "--spec-only"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/v2)", line)
        assert match, line
        with httpx.Client(base_url=match.group(1), auth=("u", "p"), timeout=10) as http:
            page = http.get("/widgets", params={"limit": 3}).json()
            assert len(page["items"]) == 3
            # --spec-only: even what the fake models is answered from the spec.
            assert http.get("/contacts/424242").status_code == 200
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "Traceback" not in stderr
