"""The fake's contacts and contact lists over a real socket, responses checked against the spec."""

from __future__ import annotations

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio


async def test_contact_create_get_find_delete(validated_client: httpx.AsyncClient) -> None:
    created = await validated_client.post(
        "/contacts",
        json=[
            {"firstName": "Ada", "homePhone": "12135550101", "properties": {"tier": "gold"}},
            {"firstName": "Bob", "mobilePhone": "+12135550102"},
        ],
    )
    assert created.status_code == 200
    ada_id, bob_id = (item["id"] for item in created.json()["items"])

    ada = (await validated_client.get(f"/contacts/{ada_id}")).json()
    assert ada == {
        "id": ada_id,
        "firstName": "Ada",
        "homePhone": "12135550101",
        "properties": {"tier": "gold"},
        "deleted": False,
    }
    page = (await validated_client.get("/contacts")).json()
    assert [contact["id"] for contact in page["items"]] == [ada_id, bob_id]
    assert page["totalCount"] == 2

    deleted = await validated_client.delete(f"/contacts/{ada_id}")
    assert deleted.status_code == 204
    assert deleted.content == b""
    # Deleted contacts stay retrievable, marked deleted, but leave every search.
    again = (await validated_client.get(f"/contacts/{ada_id}")).json()
    assert again["deleted"] is True
    page = (await validated_client.get("/contacts")).json()
    assert [contact["id"] for contact in page["items"]] == [bob_id]
    assert page["totalCount"] == 1
    by_id = (await validated_client.get("/contacts", params={"id": [ada_id, bob_id]})).json()
    assert [contact["id"] for contact in by_id["items"]] == [bob_id]


async def test_find_contacts_filters(validated_client: httpx.AsyncClient) -> None:
    ids = [
        item["id"]
        for item in (
            await validated_client.post(
                "/contacts",
                json=[
                    {"firstName": "A", "homePhone": "12135550001", "properties": {"team": "red"}},
                    {"firstName": "B", "workPhone": "12135550002", "properties": {"team": "blue"}},
                    {"firstName": "C", "mobilePhone": "12135550003"},
                ],
            )
        ).json()["items"]
    ]

    async def found(**params: object) -> list[int]:
        page = (await validated_client.get("/contacts", params=params)).json()  # type: ignore[arg-type]
        return [contact["id"] for contact in page["items"]]

    assert await found(id=[ids[0], ids[2]]) == [ids[0], ids[2]]
    assert await found(number=["12135550002", "+12135550003"]) == [ids[1], ids[2]]
    assert await found(propertyName="team", propertyValue="blue") == [ids[1]]
    assert await found(propertyName="team") == [ids[0], ids[1]]
    assert await found(propertyName="firstName", propertyValue="C") == [ids[2]]


async def test_paging_follows_callfire_rules(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    ids = callfire_fake.seed_contacts(250)

    first = (await validated_client.get("/contacts")).json()
    assert (first["limit"], first["offset"], first["totalCount"]) == (100, 0, 250)
    assert [contact["id"] for contact in first["items"]] == ids[:100]

    last = (await validated_client.get("/contacts", params={"offset": 200, "limit": 100})).json()
    assert [contact["id"] for contact in last["items"]] == ids[200:]
    assert (last["limit"], last["offset"], last["totalCount"]) == (100, 200, 250)

    beyond = (await validated_client.get("/contacts", params={"offset": 300})).json()
    assert beyond["items"] == []
    assert beyond["totalCount"] == 250

    collected: list[int] = []
    offset = 0
    while True:
        page = (
            await validated_client.get("/contacts", params={"offset": offset, "limit": 30})
        ).json()
        collected += [contact["id"] for contact in page["items"]]
        offset += len(page["items"])
        if len(page["items"]) < 30:
            break
    assert collected == ids


async def test_fields_selects_partial_responses(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    contact_id = callfire_fake.seed_contacts(3)[0]

    one = await validated_client.get(f"/contacts/{contact_id}", params={"fields": "id,firstName"})
    assert one.json() == {"id": contact_id, "firstName": "First1"}

    page = await validated_client.get(
        "/contacts", params={"fields": "items(id,lastName),totalCount", "limit": 2}
    )
    assert page.json() == {
        "items": [
            {"id": contact_id, "lastName": "Last1"},
            {"id": contact_id + 1, "lastName": "Last2"},
        ],
        "totalCount": 3,
    }

    bad = await validated_client.get("/contacts", params={"fields": "items(id"})
    assert bad.status_code == 400
    assert "fields" in bad.json()["message"]


async def test_contact_list_lifecycle(validated_client: httpx.AsyncClient) -> None:
    existing = (
        await validated_client.post(
            "/contacts", json=[{"firstName": "Old", "homePhone": "1213555"}]
        )
    ).json()["items"][0]["id"]
    created = await validated_client.post(
        "/contacts/lists",
        json={
            "name": "Customers",
            "contactIds": [existing],
            "contactNumbers": ["12135550201"],
            "contactNumbersField": "mobilePhone",
            "contacts": [{"firstName": "New", "workPhone": "12135550202"}],
        },
    )
    assert created.status_code == 200
    list_id = created.json()["id"]

    contact_list = (await validated_client.get(f"/contacts/lists/{list_id}")).json()
    assert contact_list["name"] == "Customers"
    assert contact_list["size"] == 3
    assert contact_list["status"] == "ACTIVE"
    items = (await validated_client.get(f"/contacts/lists/{list_id}/items")).json()
    assert items["totalCount"] == 3
    assert items["items"][0]["id"] == existing
    assert items["items"][1]["mobilePhone"] == "12135550201"
    assert items["items"][2]["firstName"] == "New"
    # The contacts a list creates are ordinary contacts.
    in_list = (await validated_client.get("/contacts", params={"contactListId": list_id})).json()
    assert in_list["totalCount"] == 3

    renamed = await validated_client.put(f"/contacts/lists/{list_id}", json={"name": "VIP"})
    assert renamed.status_code == 204
    found = (await validated_client.get("/contacts/lists", params={"name": "vi"})).json()
    assert [item["id"] for item in found["items"]] == [list_id]
    assert (await validated_client.get("/contacts/lists", params={"name": "zzz"})).json()[
        "items"
    ] == []

    added = await validated_client.post(
        f"/contacts/lists/{list_id}/items", json={"contactNumbers": ["12135550203"]}
    )
    assert added.status_code == 204
    member_ids = [
        item["id"]
        for item in (await validated_client.get(f"/contacts/lists/{list_id}/items")).json()["items"]
    ]
    assert len(member_ids) == 4

    removed = await validated_client.delete(
        f"/contacts/lists/{list_id}/items", params={"contactId": member_ids[:2]}
    )
    assert removed.status_code == 204
    one_removed = await validated_client.delete(f"/contacts/lists/{list_id}/items/{member_ids[2]}")
    assert one_removed.status_code == 204
    remaining = (await validated_client.get(f"/contacts/lists/{list_id}/items")).json()
    assert [item["id"] for item in remaining["items"]] == [member_ids[3]]
    assert (await validated_client.get(f"/contacts/lists/{list_id}")).json()["size"] == 1

    # Deleting a contact takes it out of its lists.
    await validated_client.delete(f"/contacts/{member_ids[3]}")
    assert (await validated_client.get(f"/contacts/lists/{list_id}")).json()["size"] == 0

    deleted = await validated_client.delete(f"/contacts/lists/{list_id}")
    assert deleted.status_code == 204
    assert (await validated_client.get(f"/contacts/lists/{list_id}")).status_code == 404
    # Its contacts are not deleted with it.
    assert (await validated_client.get(f"/contacts/{existing}")).json()["deleted"] is False


async def test_contact_list_with_unknown_contact_is_rejected_whole(
    validated_client: httpx.AsyncClient,
) -> None:
    response = await validated_client.post(
        "/contacts/lists", json={"name": "Broken", "contactIds": [999]}
    )
    assert response.status_code == 400
    assert "999" in response.json()["message"]
    assert (await validated_client.get("/contacts/lists")).json()["totalCount"] == 0


async def test_upload_csv_creates_list_of_contacts(validated_client: httpx.AsyncClient) -> None:
    csv = (
        b"First Name,lastName,mobilePhone,phone,Favourite Colour\r\n"
        b"Ada,Lovelace,(213) 555-0301,12135550311,green\r\n"
        b"Bad,Number,12x,,red\r\n"
        b"Alan,Turing,12135550302,,blue\r\n"
    )
    response = await validated_client.post(
        "/contacts/lists/upload",
        files={"file": ("people.csv", csv, "text/csv")},
        data={"name": "Imported", "useCustomFields": "true"},
    )
    assert response.status_code == 200
    list_id = response.json()["id"]

    contact_list = (await validated_client.get(f"/contacts/lists/{list_id}")).json()
    assert contact_list["name"] == "Imported"
    assert contact_list["size"] == 2
    # The row with an invalid number was rejected: the list reports errors.
    assert contact_list["status"] == "ERRORS"
    items = (await validated_client.get(f"/contacts/lists/{list_id}/items")).json()["items"]
    assert [(c["firstName"], c["lastName"], c["mobilePhone"], c["properties"]) for c in items] == [
        ("Ada", "Lovelace", "2135550301", {"Favourite Colour": "green"}),
        ("Alan", "Turing", "12135550302", {"Favourite Colour": "blue"}),
    ]
    assert items[0]["homePhone"] == "12135550311"


async def test_upload_csv_without_header_and_without_custom_fields(
    validated_client: httpx.AsyncClient,
) -> None:
    response = await validated_client.post(
        "/contacts/lists/upload",
        files={"file": ("numbers.csv", b"12135550401,x\n12135550402,y\n")},
    )
    assert response.status_code == 200
    list_id = response.json()["id"]
    contact_list = (await validated_client.get(f"/contacts/lists/{list_id}")).json()
    assert contact_list["name"] == "numbers"
    items = (await validated_client.get(f"/contacts/lists/{list_id}/items")).json()["items"]
    assert [(c["homePhone"], c["properties"]) for c in items] == [
        ("12135550401", {"B": "x"}),
        ("12135550402", {"B": "y"}),
    ]


@pytest.mark.parametrize(
    ("files", "data", "message"),
    [
        (None, {"name": "x"}, "multipart"),
        ({"other": ("a.csv", b"12135550401")}, {}, "file"),
        ({"file": ("a.csv", b"")}, {}, "no contacts"),
        ({"file": ("a.csv", b"name\nnobody\n")}, {}, "valid phone number"),
        ({"file": ("a.csv", b"\xff\xfe")}, {}, "UTF-8"),
        ({"file": ("a.csv", b"12135550401")}, {"useCustomFields": "maybe"}, "useCustomFields"),
    ],
)
async def test_upload_rejects_bad_input(
    validated_client: httpx.AsyncClient,
    files: dict[str, tuple[str, bytes]] | None,
    data: dict[str, str],
    message: str,
) -> None:
    response = await validated_client.post("/contacts/lists/upload", files=files, data=data)
    assert response.status_code == 400
    assert message in response.json()["message"]


async def test_unknown_contact_and_list_are_404(validated_client: httpx.AsyncClient) -> None:
    for path in ("/contacts/1", "/contacts/lists/1", "/contacts/lists/1/items"):
        response = await validated_client.get(path)
        assert response.status_code == 404, path
        assert response.json()["httpStatusCode"] == 404


async def test_seeding_one_hundred_thousand_contacts(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    ids = callfire_fake.seed_contacts(100_000)
    assert len(set(ids)) == 100_000
    page = (await validated_client.get("/contacts", params={"offset": 99_990})).json()
    assert page["totalCount"] == 100_000
    assert [contact["id"] for contact in page["items"]] == ids[-10:]
    last = (await validated_client.get(f"/contacts/{ids[-1]}")).json()
    assert last["firstName"] == "First100000"
