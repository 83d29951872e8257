"""The fake's Do-Not-Contact lists, over a real socket, every response checked against the spec."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio


async def _numbers(client: httpx.AsyncClient, **params: Any) -> list[str]:
    page = (await client.get("/contacts/dncs", params=params)).json()
    return [entry["number"] for entry in page["items"]]


async def test_dnc_add_get_find_update_delete(validated_client: httpx.AsyncClient) -> None:
    added = await validated_client.post(
        "/contacts/dncs", json={"numbers": ["12135550001", "+12135550002"], "source": "crm"}
    )
    assert added.status_code == 204
    await validated_client.post(
        "/contacts/dncs",
        json={"numbers": ["13105550003"], "call": False, "text": True, "inboundCall": True},
    )

    entry = (await validated_client.get("/contacts/dncs/12135550002")).json()
    assert entry["number"] == "12135550002"
    assert (entry["call"], entry["text"], entry["inboundCall"], entry["inboundText"]) == (
        True,
        True,
        False,
        False,
    )
    assert entry["source"] == "crm"
    assert isinstance(entry["created"], int)
    assert (await validated_client.get("/contacts/dncs/13105550003")).json()["source"] == "Api V2"

    assert await _numbers(validated_client) == ["12135550001", "12135550002", "13105550003"]
    assert await _numbers(validated_client, prefix="1310") == ["13105550003"]
    assert await _numbers(validated_client, call="false") == ["13105550003"]
    assert await _numbers(validated_client, call="true", text="true") == [
        "12135550001",
        "12135550002",
    ]
    assert await _numbers(validated_client, inboundCall="true") == ["13105550003"]
    assert await _numbers(validated_client, source="crm") == ["12135550001", "12135550002"]
    assert await _numbers(validated_client, number=["12135550001", "13105550003"]) == [
        "12135550001",
        "13105550003",
    ]

    updated = await validated_client.put(
        "/contacts/dncs/12135550001", json={"call": False, "inboundText": True}
    )
    assert updated.status_code == 204
    entry = (await validated_client.get("/contacts/dncs/12135550001")).json()
    assert (entry["call"], entry["text"], entry["inboundText"]) == (False, True, True)

    # A comma-separated path value deletes several numbers.
    deleted = await validated_client.delete("/contacts/dncs/12135550001,12135550002")
    assert deleted.status_code == 204
    assert await _numbers(validated_client) == ["13105550003"]
    assert (await validated_client.get("/contacts/dncs/12135550001")).status_code == 404


async def test_adding_a_number_again_updates_it(validated_client: httpx.AsyncClient) -> None:
    await validated_client.post("/contacts/dncs", json={"numbers": ["12135550001"]})
    await validated_client.post(
        "/contacts/dncs", json={"numbers": ["12135550001"], "text": False, "source": "again"}
    )
    page = (await validated_client.get("/contacts/dncs")).json()
    assert page["totalCount"] == 1
    assert (page["items"][0]["text"], page["items"][0]["source"]) == (False, "again")


async def test_delete_by_source(validated_client: httpx.AsyncClient) -> None:
    await validated_client.post(
        "/contacts/dncs", json={"numbers": ["12135550001", "12135550002"], "source": "old list"}
    )
    await validated_client.post("/contacts/dncs", json={"numbers": ["12135550003"]})
    response = await validated_client.delete("/contacts/dncs/sources/old list")
    assert response.status_code == 204
    assert await _numbers(validated_client) == ["12135550003"]


async def test_universal_dnc_reflects_the_account_list(validated_client: httpx.AsyncClient) -> None:
    clear = (await validated_client.get("/contacts/dncs/universals/12135550009")).json()
    assert clear == {
        "items": [
            {
                "toNumber": "12135550009",
                "inboundCall": True,
                "inboundText": True,
                "outboundCall": True,
                "outboundText": True,
            }
        ]
    }
    await validated_client.post("/contacts/dncs", json={"numbers": ["12135550009"], "text": False})
    blocked = await validated_client.get(
        "/contacts/dncs/universals/12135550009", params={"fromNumber": "12132000384"}
    )
    item = blocked.json()["items"][0]
    assert item["fromNumber"] == "12132000384"
    assert (item["outboundCall"], item["outboundText"]) == (False, True)


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("POST", "/contacts/dncs", {"numbers": []}, "at least one"),
        ("POST", "/contacts/dncs", {"numbers": ["12"]}, "invalid phone number"),
        ("POST", "/contacts/dncs", {"source": "x"}, "numbers: required"),
        ("POST", "/contacts/dncs", {"numbers": ["12135550001"], "call": "yes"}, "boolean"),
        ("GET", "/contacts/dncs/not-a-number", None, "invalid phone number"),
        ("DELETE", "/contacts/dncs/12135550001,abc", None, "invalid phone number"),
        ("GET", "/contacts/dncs?prefix=12a", None, "prefix"),
        ("GET", "/contacts/dncs?call=perhaps", None, "true or false"),
    ],
)
async def test_dnc_bad_input_is_400(
    validated_client: httpx.AsyncClient,
    method: str,
    path: str,
    body: object,
    message: str,
) -> None:
    response = await validated_client.request(method, path, json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]


async def test_updating_an_unknown_number_is_404(validated_client: httpx.AsyncClient) -> None:
    response = await validated_client.put("/contacts/dncs/12135550001", json={"call": True})
    assert response.status_code == 404
