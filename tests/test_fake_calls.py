"""The fake's calls, call broadcasts, batches and recordings' metadata, over a real socket.

Every response is checked against the spec. The fake places a call at once and
picks its result by the last digit of the number: 7 BUSY, 8 NO_ANS, 9 AM,
anything else LA; numbers on the Do-Not-Call list end in state DNC.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio


async def _ids(client: httpx.AsyncClient, path: str, **params: Any) -> list[int]:
    page = (await client.get(path, params=params)).json()
    return [item["id"] for item in page["items"]]


async def _send(client: httpx.AsyncClient, *numbers: str, **params: Any) -> list[dict[str, Any]]:
    response = await client.post(
        "/calls", params=params, json=[{"phoneNumber": number} for number in numbers]
    )
    assert response.status_code == 200, response.text
    calls: list[dict[str, Any]] = response.json()["items"]
    return calls


async def test_send_calls_then_get_and_find(validated_client: httpx.AsyncClient) -> None:
    await validated_client.post("/contacts/dncs", json={"numbers": ["12135550005"]})
    calls = await _send(
        validated_client, "12135550000", "12135550007", "12135550008", "12135550009", "12135550005"
    )
    assert [(call["state"], call.get("finalCallResult")) for call in calls] == [
        ("FINISHED", "LA"),
        ("FINISHED", "BUSY"),
        ("FINISHED", "NO_ANS"),
        ("FINISHED", "AM"),
        ("DNC", "DNC"),
    ]
    live = calls[0]
    assert live["toNumber"] == "12135550000"
    assert live["inbound"] is False
    assert live["records"][0]["result"] == "LA"
    assert live["records"][0]["duration"] == 30
    assert calls[4]["records"] == []

    fetched = (await validated_client.get(f"/calls/{live['id']}")).json()
    assert fetched == live

    all_ids = [call["id"] for call in calls]
    assert await _ids(validated_client, "/calls") == all_ids
    assert await _ids(validated_client, "/calls", id=all_ids[1:3]) == all_ids[1:3]
    assert await _ids(validated_client, "/calls", results="BUSY,AM") == [all_ids[1], all_ids[3]]
    assert await _ids(validated_client, "/calls", states="DNC") == [all_ids[4]]
    assert await _ids(validated_client, "/calls", toNumber="12135550008") == [all_ids[2]]
    assert await _ids(validated_client, "/calls", inbound="true") == []
    # campaignId=0 finds the calls sent outside any broadcast.
    assert await _ids(validated_client, "/calls", campaignId=0) == all_ids


async def test_find_calls_by_time_interval(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    callfire_fake.clock = lambda: 1_000_000
    early = (await _send(validated_client, "12135550000"))[0]
    callfire_fake.clock = lambda: 2_000_000
    late = (await _send(validated_client, "12135550010"))[0]
    assert early["created"] == 1_000_000

    assert await _ids(validated_client, "/calls", intervalBegin=1_500_000) == [late["id"]]
    assert await _ids(validated_client, "/calls", intervalEnd=1_500_000) == [early["id"]]
    assert await _ids(
        validated_client, "/calls", intervalBegin=1_000_000, intervalEnd=2_000_000
    ) == [early["id"], late["id"]]


async def test_send_calls_to_contacts_and_with_attributes(
    validated_client: httpx.AsyncClient,
) -> None:
    contact_id = (
        await validated_client.post(
            "/contacts", json=[{"firstName": "Z", "workPhone": "12135550040"}]
        )
    ).json()["items"][0]["id"]
    response = await validated_client.post(
        "/calls",
        json=[
            {"contactId": contact_id, "attributes": {"order": "42"}, "fromNumber": "12132000384"}
        ],
        params={"fields": "items(id,toNumber,fromNumber,attributes,contact(id))"},
    )
    assert response.json()["items"][0] == {
        "id": response.json()["items"][0]["id"],
        "toNumber": "12135550040",
        "fromNumber": "12132000384",
        "attributes": {"order": "42"},
        "contact": {"id": contact_id},
    }
    assert await _ids(validated_client, "/calls", fromNumber="12132000384") == [
        response.json()["items"][0]["id"]
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([], "at least one"),
        ([{"phoneNumber": f"1213555{index:04d}"} for index in range(11)], "at most 10"),
        ([{"attributes": {}}], "phoneNumber or contactId"),
        ([{"phoneNumber": "12135550001"}, {"contactId": 12345}], "contact 12345"),
        ([{"phoneNumber": 12135550001}], "string"),
        ([{"phoneNumber": "555"}], "invalid phone number"),
        ({"phoneNumber": "12135550001"}, "array"),
        ([{"phoneNumber": "12135550001", "voice": "ROBOT"}], "voice"),
        ([{"phoneNumber": "12135550001", "liveMessageSoundId": 77}], "sound 77"),
    ],
)
async def test_send_calls_rejects_bad_recipients(
    validated_client: httpx.AsyncClient, body: object, message: str
) -> None:
    response = await validated_client.post("/calls", json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]
    # Nothing was half-created.
    assert (await validated_client.get("/calls")).json()["totalCount"] == 0


async def test_ten_recipients_are_allowed(validated_client: httpx.AsyncClient) -> None:
    calls = await _send(validated_client, *(f"1213555{index:04d}" for index in range(10)))
    assert len(calls) == 10


async def test_broadcast_lifecycle(validated_client: httpx.AsyncClient) -> None:
    created = await validated_client.post(
        "/calls/broadcasts",
        json={
            "name": "Spring sale",
            "fromNumber": "12132000384",
            "labels": ["sale"],
            "answeringMachineConfig": "LIVE_IMMEDIATE",
            "sounds": {"liveSoundText": "Hello", "liveSoundTextVoice": "FEMALE1"},
            "retryConfig": {"maxAttempts": 2, "retryResults": ["BUSY"]},
            "schedules": [
                {
                    "startDate": {"year": 2030, "month": 1, "day": 2},
                    "startTimeOfDay": {"hour": 9, "minute": 0, "second": 0, "nano": 0},
                    "daysOfWeek": ["MONDAY"],
                    "timeZone": "America/New_York",
                }
            ],
            "localTimeRestriction": {"enabled": True, "beginHour": 9, "endHour": 18},
            "recipients": [{"phoneNumber": "12135550100"}, {"phoneNumber": "12135550107"}],
        },
    )
    assert created.status_code == 201
    broadcast_id = created.json()["id"]

    broadcast = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}")).json()
    assert broadcast["status"] == "SETUP"
    assert broadcast["name"] == "Spring sale"
    assert broadcast["sounds"]["liveSoundTextVoice"] == "FEMALE1"
    assert broadcast["schedules"][0]["startDate"] == {"year": 2030, "month": 1, "day": 2}

    # Its recipients wait as READY calls in a first batch until it starts.
    calls = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/calls")).json()
    assert [call["state"] for call in calls["items"]] == ["READY", "READY"]
    assert all(call["labels"] == ["sale"] for call in calls["items"])
    assert all(call["fromNumber"] == "12132000384" for call in calls["items"])
    assert await _ids(validated_client, "/calls", campaignId=broadcast_id) == [
        call["id"] for call in calls["items"]
    ]
    stats = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/stats")).json()
    assert (stats["totalCount"], stats["callsRemaining"], stats["callsPlaced"]) == (2, 2, 0)

    updated = await validated_client.put(
        f"/calls/broadcasts/{broadcast_id}", json={"name": "Summer sale", "maxActive": 5}
    )
    assert updated.status_code == 204
    assert await _ids(validated_client, "/calls/broadcasts", name="summer") == [broadcast_id]
    assert await _ids(validated_client, "/calls/broadcasts", label="sale") == [broadcast_id]
    assert await _ids(validated_client, "/calls/broadcasts", running="true") == []

    started = await validated_client.post(f"/calls/broadcasts/{broadcast_id}/start")
    assert started.status_code == 204
    assert (await validated_client.get(f"/calls/broadcasts/{broadcast_id}")).json()[
        "status"
    ] == "RUNNING"
    assert await _ids(validated_client, "/calls/broadcasts", running="true") == [broadcast_id]
    stats = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/stats")).json()
    assert stats["callsPlaced"] == 2
    assert stats["callsRemaining"] == 0
    assert stats["liveCount"] == 1
    assert stats["busyCount"] == 1
    assert stats["callsDuration"] == 30
    assert stats["billedAmount"] == pytest.approx(0.05)
    assert stats["responseRatePercent"] == 50

    stopped = await validated_client.post(f"/calls/broadcasts/{broadcast_id}/stop")
    assert stopped.status_code == 204
    assert (await validated_client.get(f"/calls/broadcasts/{broadcast_id}")).json()[
        "status"
    ] == "STOPPED"

    archived = await validated_client.post(f"/calls/broadcasts/{broadcast_id}/archive")
    assert archived.status_code == 204
    assert await _ids(validated_client, "/calls/broadcasts") == []
    assert (await validated_client.get(f"/calls/broadcasts/{broadcast_id}")).json()[
        "status"
    ] == "ARCHIVED"
    restart = await validated_client.post(f"/calls/broadcasts/{broadcast_id}/start")
    assert restart.status_code == 400
    assert "archived" in restart.json()["message"]


async def test_find_broadcasts_by_creation_interval(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    callfire_fake.clock = lambda: 1_000
    old = (await validated_client.post("/calls/broadcasts", json={"name": "Old"})).json()["id"]
    callfire_fake.clock = lambda: 3_000
    new = (await validated_client.post("/calls/broadcasts", json={"name": "New"})).json()["id"]
    assert await _ids(validated_client, "/calls/broadcasts", intervalBegin=2_000) == [new]
    assert await _ids(validated_client, "/calls/broadcasts", intervalEnd=2_000) == [old]


async def test_broadcast_created_started(validated_client: httpx.AsyncClient) -> None:
    response = await validated_client.post(
        "/calls/broadcasts",
        params={"start": "true"},
        json={"name": "Now", "recipients": [{"phoneNumber": "12135550109"}]},
    )
    broadcast_id = response.json()["id"]
    assert (await validated_client.get(f"/calls/broadcasts/{broadcast_id}")).json()[
        "status"
    ] == "RUNNING"
    calls = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/calls")).json()
    assert calls["items"][0]["finalCallResult"] == "AM"


async def test_batches_and_recipients(validated_client: httpx.AsyncClient) -> None:
    broadcast_id = (
        await validated_client.post("/calls/broadcasts", json={"name": "Batches"})
    ).json()["id"]
    list_id = (
        await validated_client.post(
            "/contacts/lists",
            json={"name": "L", "contactNumbers": ["12135550200", "12135550201"]},
        )
    ).json()["id"]

    from_list = await validated_client.post(
        f"/calls/broadcasts/{broadcast_id}/batches",
        json={"name": "From list", "contactListId": list_id},
    )
    assert from_list.status_code == 201
    list_batch_id = from_list.json()["id"]
    # scrubDuplicates drops a number the broadcast already has, and repeats within the batch.
    scrubbed = await validated_client.post(
        f"/calls/broadcasts/{broadcast_id}/batches",
        json={
            "name": "Scrubbed",
            "recipients": [
                {"phoneNumber": "12135550200"},
                {"phoneNumber": "12135550202"},
                {"phoneNumber": "12135550202"},
            ],
            "scrubDuplicates": True,
        },
    )
    scrubbed_batch_id = scrubbed.json()["id"]

    batch = (await validated_client.get(f"/campaigns/batches/{list_batch_id}")).json()
    assert batch == {
        "id": list_batch_id,
        "name": "From list",
        "status": "ACTIVE",
        "broadcastId": broadcast_id,
        "created": batch["created"],
        "size": 2,
        "remaining": 2,
        "enabled": True,
    }
    assert (await validated_client.get(f"/campaigns/batches/{scrubbed_batch_id}")).json()[
        "size"
    ] == 1
    batches = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/batches")).json()
    assert [item["id"] for item in batches["items"]] == [list_batch_id, scrubbed_batch_id]

    # A disabled batch is not dialled when the broadcast starts; enabling it dials it.
    disabled = await validated_client.put(
        f"/campaigns/batches/{scrubbed_batch_id}", json={"enabled": False}
    )
    assert disabled.status_code == 204
    await validated_client.post(f"/calls/broadcasts/{broadcast_id}/start")
    assert (await validated_client.get(f"/campaigns/batches/{list_batch_id}")).json()[
        "remaining"
    ] == 0
    waiting = (await validated_client.get(f"/campaigns/batches/{scrubbed_batch_id}")).json()
    assert (waiting["enabled"], waiting["remaining"]) == (False, 1)
    await validated_client.put(f"/campaigns/batches/{scrubbed_batch_id}", json={"enabled": True})
    assert (await validated_client.get(f"/campaigns/batches/{scrubbed_batch_id}")).json()[
        "remaining"
    ] == 0

    in_batch = await _ids(
        validated_client, f"/calls/broadcasts/{broadcast_id}/calls", batchId=list_batch_id
    )
    assert len(in_batch) == 2
    assert await _ids(validated_client, "/calls", batchId=list_batch_id) == in_batch

    # Recipients added to a running broadcast are dialled at once and returned as calls.
    added = await validated_client.post(
        f"/calls/broadcasts/{broadcast_id}/recipients",
        json=[{"phoneNumber": "12135550208", "attributes": {"k": "v"}}],
    )
    assert added.status_code == 200
    call = added.json()["items"][0]
    assert (call["campaignId"], call["state"], call["finalCallResult"]) == (
        broadcast_id,
        "FINISHED",
        "NO_ANS",
    )
    stats = (await validated_client.get(f"/calls/broadcasts/{broadcast_id}/stats")).json()
    assert (stats["totalCount"], stats["noAnswerCount"], stats["liveCount"]) == (4, 1, 3)


async def test_stats_time_window(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    callfire_fake.clock = lambda: 5_000
    broadcast_id = (
        await validated_client.post(
            "/calls/broadcasts",
            params={"start": "true"},
            json={"name": "W", "recipients": [{"phoneNumber": "12135550300"}]},
        )
    ).json()["id"]
    callfire_fake.clock = lambda: 9_000
    await validated_client.post(
        f"/calls/broadcasts/{broadcast_id}/recipients", json=[{"phoneNumber": "12135550301"}]
    )
    window = await validated_client.get(
        f"/calls/broadcasts/{broadcast_id}/stats", params={"begin": 8_000, "end": 10_000}
    )
    assert window.json()["totalCount"] == 1


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("/calls/broadcasts", {"name": 5}, "string"),
        ("/calls/broadcasts", {"answeringMachineConfig": "SOMETIMES"}, "answeringMachineConfig"),
        ("/calls/broadcasts", {"recipients": [{"contactId": 404}]}, "contact 404"),
        ("/calls/broadcasts", {"sounds": {"liveSoundId": 999}}, "sound 999"),
        ("/calls/broadcasts", {"schedules": [{"startDate": {"month": 13}}]}, "month"),
        ("/calls/broadcasts", [], "object"),
    ],
)
async def test_create_broadcast_rejects_bad_input(
    validated_client: httpx.AsyncClient, path: str, body: object, message: str
) -> None:
    response = await validated_client.post(path, json=body)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert (await validated_client.get("/calls/broadcasts")).json()["totalCount"] == 0


async def test_batch_requests_reject_bad_input(validated_client: httpx.AsyncClient) -> None:
    broadcast_id = (await validated_client.post("/calls/broadcasts", json={})).json()["id"]
    batches = f"/calls/broadcasts/{broadcast_id}/batches"
    for body, message in [
        ({"name": "empty"}, "contactListId or recipients"),
        ({"contactListId": 5}, "contact list 5"),
        ({"recipients": []}, "at least one"),
    ]:
        response = await validated_client.post(batches, json=body)
        assert response.status_code == 400
        assert message in response.json()["message"]
    batch_id = (
        await validated_client.post(batches, json={"recipients": [{"phoneNumber": "1213555"}]})
    ).json()["id"]
    missing = await validated_client.put(f"/campaigns/batches/{batch_id}", json={"name": "x"})
    assert missing.status_code == 400
    assert "enabled" in missing.json()["message"]
    assert (await validated_client.get("/campaigns/batches/1")).status_code == 404
    assert (await validated_client.get("/calls/broadcasts/1/batches")).status_code == 404


async def test_recordings_metadata(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire, callfire_fake_url: str
) -> None:
    recording_id = callfire_fake.seed_recordings(1, size_bytes=48_010)[0]
    recording = (await validated_client.get(f"/calls/recordings/{recording_id}")).json()
    assert recording["id"] == recording_id
    assert recording["lengthInBytes"] == 48_010
    assert recording["lengthInSeconds"] == 3
    assert recording["state"] == "READY"
    assert recording["mp3Url"] == f"{callfire_fake_url}/calls/recordings/{recording_id}.mp3"
    call_id = recording["callId"]

    listed = (await validated_client.get(f"/calls/{call_id}/recordings")).json()
    assert listed == {"items": [recording]}
    by_name = await validated_client.get(f"/calls/{call_id}/recordings/{recording['name']}")
    assert by_name.json() == recording
    assert (await validated_client.get(f"/calls/{call_id}/recordings/nope")).status_code == 404
    assert (await validated_client.get("/calls/recordings/1")).status_code == 404
    assert (await validated_client.get("/calls/1/recordings")).status_code == 404
    partial = await validated_client.get(
        f"/calls/{call_id}/recordings", params={"fields": "items(id,mp3Url)"}
    )
    assert partial.json() == {"items": [{"id": recording_id, "mp3Url": recording["mp3Url"]}]}


async def test_seeded_calls_are_findable(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    ids = callfire_fake.seed_calls(25)
    page = (await validated_client.get("/calls", params={"limit": 10, "offset": 20})).json()
    assert page["totalCount"] == 25
    assert [call["id"] for call in page["items"]] == ids[20:]
    busy = (await validated_client.get("/calls", params={"results": "BUSY"})).json()
    assert {call["toNumber"][-1] for call in busy["items"]} == {"7"}
