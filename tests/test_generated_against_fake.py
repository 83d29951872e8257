"""Every operation of the generated client against the fake CallFire over a real socket.

Each test walks one area of the API the way a user does (create -> get ->
find -> update -> delete -> find) through the generated ``asyncio_detailed``
functions, with a ``callfire_async.client.Client`` whose httpx client talks to
the fake on 127.0.0.1 with Basic auth, and checks the state each call leaves
behind. Every response is validated against spec/callfire-v2.openapi.yaml by
an httpx event hook, and the operationId of every request that went over the
wire is recorded: each test checks it exercised the operations it claims, and
those claims together cover every operation the fake models statefully (the
others get answers derived from the spec; tests/every_operation.py drives them).
"""

from __future__ import annotations

import io
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from openapi_validation import spec_validator, validate_response

from callfire_async.api.calls import (
    add_call_broadcast_batch,
    add_call_broadcast_recipients,
    archive_voice_broadcast,
    create_call_broadcast,
    find_call_broadcasts,
    find_calls,
    get_call,
    get_call_broadcast,
    get_call_broadcast_batches,
    get_call_broadcast_calls,
    get_call_broadcast_stats,
    get_call_recording,
    get_call_recording_by_name,
    get_call_recording_mp_3,
    get_call_recording_mp_3_by_name,
    get_call_recordings,
    send_calls,
    start_voice_broadcast,
    stop_voice_broadcast,
    update_call_broadcast,
)
from callfire_async.api.campaigns import (
    delete_campaign_sound,
    find_campaign_sounds,
    get_campaign_batch,
    get_campaign_sound,
    get_campaign_sound_data_mp_3,
    get_campaign_sound_data_wav,
    post_call_campaign_sound,
    post_file_campaign_sound,
    post_tts_campaign_sound,
    update_campaign_batch,
)
from callfire_async.api.contacts import (
    add_contact_list_items,
    add_do_not_contacts,
    create_contact_list,
    create_contact_list_from_file,
    create_contacts,
    delete_contact,
    delete_contact_list,
    delete_do_not_contact,
    delete_do_not_contacts_by_source,
    find_contact_lists,
    find_contacts,
    find_do_not_contacts,
    get_contact,
    get_contact_list,
    get_contact_list_items,
    get_do_not_contact,
    get_universal_do_not_contacts,
    remove_contact_list_item,
    remove_contact_list_items,
    update_contact_list,
    update_do_not_contact,
)
from callfire_async.client import Client
from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.fake.routes import api_routes
from callfire_async.custom.fake.store import Store
from callfire_async.models import (
    AddContactListItemsRequest,
    Batch,
    BatchPage,
    BatchRequest,
    Call,
    CallBroadcast,
    CallBroadcastPage,
    CallBroadcastSounds,
    CallBroadcastStats,
    CallBroadcastStatus,
    CallCreateSound,
    CallList,
    CallPage,
    CallRecipient,
    CallRecording,
    CallRecordingList,
    CallResult,
    CallState,
    CampaignSound,
    CampaignSoundPage,
    CampaignSoundStatus,
    Contact,
    ContactList,
    ContactListPage,
    ContactListUpload,
    ContactPage,
    ContactProperties,
    CreateContactListRequest,
    DoNotContact,
    DoNotContactPage,
    DoNotContactRequest,
    ErrorResponse,
    Recipient,
    ResourceId,
    ResourceIdList,
    SoundFileUpload,
    TextToSpeech,
    UniversalDoNotContactList,
    UpdateContactListRequest,
    Voice,
)
from callfire_async.types import File

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

SPEC = Path(__file__).resolve().parent.parent / "spec" / "callfire-v2.openapi.yaml"

# The operations each area test exercises (checked at the end of each test).
CONTACT_OPERATIONS = {"createContacts", "getContact", "findContacts", "deleteContact"}
CONTACT_LIST_OPERATIONS = {
    "createContactList",
    "getContactList",
    "findContactLists",
    "updateContactList",
    "getContactListItems",
    "addContactListItems",
    "removeContactListItem",
    "removeContactListItems",
    "deleteContactList",
    "createContactListFromFile",
}
DNC_OPERATIONS = {
    "addDoNotContacts",
    "getDoNotContact",
    "findDoNotContacts",
    "updateDoNotContact",
    "getUniversalDoNotContacts",
    "deleteDoNotContact",
    "deleteDoNotContactsBySource",
}
BROADCAST_OPERATIONS = {
    "createCallBroadcast",
    "getCallBroadcast",
    "findCallBroadcasts",
    "updateCallBroadcast",
    "addCallBroadcastBatch",
    "getCallBroadcastBatches",
    "addCallBroadcastRecipients",
    "getCallBroadcastCalls",
    "startVoiceBroadcast",
    "getCallBroadcastStats",
    "stopVoiceBroadcast",
    "archiveVoiceBroadcast",
}
BATCH_OPERATIONS = {"getCampaignBatch", "updateCampaignBatch"}
CALL_OPERATIONS = {"sendCalls", "getCall", "findCalls"}
RECORDING_OPERATIONS = {
    "getCallRecording",
    "getCallRecordings",
    "getCallRecordingByName",
    "getCallRecordingMp3",
    "getCallRecordingMp3ByName",
}
SOUND_OPERATIONS = {
    "postFileCampaignSound",
    "postTTSCampaignSound",
    "postCallCampaignSound",
    "getCampaignSound",
    "findCampaignSounds",
    "deleteCampaignSound",
    "getCampaignSoundDataMp3",
    "getCampaignSoundDataWav",
}
AREAS = [
    CONTACT_OPERATIONS,
    CONTACT_LIST_OPERATIONS,
    DNC_OPERATIONS,
    BROADCAST_OPERATIONS,
    BATCH_OPERATIONS,
    CALL_OPERATIONS,
    RECORDING_OPERATIONS,
    SOUND_OPERATIONS,
]

CALLER_ID = "12132000384"
LIVE_NUMBER = "13105550100"  # the fake answers numbers ending in 0-6 live (LA)
BUSY_NUMBER = "13105550107"  # ... 7 busy
MACHINE_NUMBER = "13105550109"  # ... 9 an answering machine


class GeneratedApi:
    """Calls generated endpoint functions and keeps the operationIds that went over the wire."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.exercised: set[str] = set()

    async def record_operation(self, response: httpx.Response) -> None:
        request = response.request
        template = spec_validator().path_template(request.method, request.url.path)
        operation = spec_validator().document["paths"][template][request.method.lower()]
        self.exercised.add(operation["operationId"])

    async def ok(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """The parsed answer of a call that must succeed (2xx)."""
        response = await endpoint.asyncio_detailed(*args, client=self.client, **kwargs)
        assert 200 <= response.status_code < 300, (
            endpoint.__name__,
            response.status_code,
            response.content[:500],
        )
        assert not isinstance(response.parsed, ErrorResponse)
        return response.parsed

    async def raw(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """The whole generated Response (status, headers, parsed)."""
        return await endpoint.asyncio_detailed(*args, client=self.client, **kwargs)

    async def fails(
        self, endpoint: ModuleType, *args: Any, status: int, **kwargs: Any
    ) -> ErrorResponse:
        response = await endpoint.asyncio_detailed(*args, client=self.client, **kwargs)
        assert response.status_code == status, (endpoint.__name__, response.content[:500])
        assert isinstance(response.parsed, ErrorResponse)
        assert response.parsed.http_status_code == status
        return response.parsed


@pytest.fixture
async def api(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
) -> AsyncIterator[GeneratedApi]:
    username, password = callfire_credentials
    http = httpx.AsyncClient(
        base_url=callfire_fake_url,
        auth=httpx.BasicAuth(username, password),
        timeout=30,
    )
    generated = GeneratedApi(Client(base_url=callfire_fake_url).set_async_httpx_client(http))
    # Validation first: a response that breaks the spec fails the call that received it.
    http.event_hooks["response"] = [validate_response, generated.record_operation]
    async with generated.client:
        yield generated
    assert callfire_fake.server_errors == [], "\n".join(callfire_fake.server_errors)


def spec_operation_ids() -> set[str]:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def spec_operation_paths() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template)."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        operation["operationId"]: (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def wav_file(seconds: float, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(bytes(2 * int(rate * seconds)))
    return buffer.getvalue()


# ---------------------------------------------------------------------------


def test_the_area_tests_cover_every_operation_the_fake_models() -> None:
    covered = set().union(*AREAS)
    assert covered <= spec_operation_ids()
    routes = {(method, path) for method, path, _ in api_routes(Store())}
    modelled = {
        operation_id
        for operation_id, (method, path) in spec_operation_paths().items()
        if (method, "/v2" + path) in routes
    }
    assert modelled <= covered


@pytest.mark.anyio
async def test_contacts_lifecycle(api: GeneratedApi) -> None:
    created = await api.ok(
        create_contacts,
        body=[
            Contact(
                first_name="Ada",
                last_name="Lovelace",
                home_phone="12135551001",
                mobile_phone="13105551003",
                properties=ContactProperties.from_dict({"plan": "gold"}),
            ),
            Contact(first_name="Alan", last_name="Turing", work_phone="12135551010"),
        ],
    )
    assert isinstance(created, ResourceIdList)
    ada_id, alan_id = (item.id for item in created.items)
    assert ada_id != alan_id

    ada = await api.ok(get_contact, ada_id)
    assert isinstance(ada, Contact)
    assert (ada.first_name, ada.last_name, ada.home_phone) == ("Ada", "Lovelace", "12135551001")
    assert ada.properties.additional_properties == {"plan": "gold"}
    assert ada.deleted is False

    partial = await api.ok(get_contact, ada_id, fields="id,firstName")
    assert partial.to_dict() == {"id": ada_id, "firstName": "Ada"}

    both = await api.ok(find_contacts, id=[ada_id, alan_id])
    assert isinstance(both, ContactPage)
    assert sorted(contact.id for contact in both.items) == sorted([ada_id, alan_id])
    assert all(isinstance(contact, Contact) for contact in both.items)

    by_number = await api.ok(find_contacts, number=["13105551003", "19999999999"])
    assert [contact.id for contact in by_number.items] == [ada_id]

    by_property = await api.ok(find_contacts, property_name="plan", property_value="gold")
    assert [contact.id for contact in by_property.items] == [ada_id]

    paged = await api.ok(find_contacts, limit=1, offset=1)
    assert len(paged.items) == 1 and paged.offset == 1 and paged.limit == 1

    await api.ok(delete_contact, ada_id)
    deleted = await api.ok(get_contact, ada_id)
    assert deleted.deleted is True  # CallFire keeps deleted contacts retrievable
    remaining = await api.ok(find_contacts, id=[ada_id, alan_id])
    assert [contact.id for contact in remaining.items] == [alan_id]

    await api.fails(get_contact, 987654321, status=404)
    assert api.exercised >= CONTACT_OPERATIONS


@pytest.mark.anyio
async def test_contact_lists_items_and_csv_upload(api: GeneratedApi) -> None:
    created = await api.ok(
        create_contact_list,
        body=CreateContactListRequest(
            name="Spring customers", contact_numbers=["12135551001", "12135551002"]
        ),
    )
    # The spec promises a ContactList; CallFire (and the fake) fill only its id.
    assert isinstance(created, ContactList)
    list_id = created.id

    fetched = await api.ok(get_contact_list, list_id)
    assert (fetched.name, fetched.size, str(fetched.status)) == ("Spring customers", 2, "ACTIVE")

    found = await api.ok(find_contact_lists, name="spring")
    assert isinstance(found, ContactListPage)
    assert [item.id for item in found.items] == [list_id]

    await api.ok(update_contact_list, list_id, body=UpdateContactListRequest(name="Patients"))
    assert (await api.ok(get_contact_list, list_id)).name == "Patients"
    assert (await api.ok(find_contact_lists, name="spring")).items == []

    members = await api.ok(get_contact_list_items, list_id)
    assert isinstance(members, ContactPage)
    assert sorted(contact.home_phone for contact in members.items) == [
        "12135551001",
        "12135551002",
    ]
    first_id, second_id = (contact.id for contact in members.items)

    extra = await api.ok(
        create_contacts, body=[Contact(first_name="Eve", home_phone="12135551003")]
    )
    extra_id = extra.items[0].id
    await api.ok(
        add_contact_list_items, list_id, body=AddContactListItemsRequest(contact_ids=[extra_id])
    )
    assert (await api.ok(get_contact_list, list_id)).size == 3
    in_list = await api.ok(find_contacts, contact_list_id=list_id)
    assert extra_id in {contact.id for contact in in_list.items}

    await api.ok(remove_contact_list_item, list_id, extra_id)
    assert (await api.ok(get_contact_list, list_id)).size == 2
    await api.ok(remove_contact_list_items, list_id, contact_id=[first_id, second_id])
    assert (await api.ok(get_contact_list, list_id)).size == 0
    assert (await api.ok(get_contact_list_items, list_id)).items == []
    # Removing from a list does not delete the contacts.
    assert (await api.ok(get_contact, first_id)).deleted is False

    csv_bytes = (
        b"firstName,lastName,homePhone,plan\r\n"
        b"Ada,Lovelace,12135551001,gold\r\n"
        b"Alan,Turing,1 (213) 555-1010,silver\r\n"
    )
    uploaded = await api.ok(
        create_contact_list_from_file,
        body=ContactListUpload(
            file=File(
                payload=io.BytesIO(csv_bytes), file_name="patients.csv", mime_type="text/csv"
            ),
            name="March patients",
            use_custom_fields=True,
        ),
    )
    assert isinstance(uploaded, ResourceId)
    from_file = await api.ok(get_contact_list, uploaded.id)
    assert (from_file.name, from_file.size) == ("March patients", 2)
    imported = await api.ok(get_contact_list_items, uploaded.id)
    by_name = {contact.first_name: contact for contact in imported.items}
    assert by_name["Alan"].home_phone == "12135551010"
    assert by_name["Ada"].properties.additional_properties == {"plan": "gold"}

    await api.ok(delete_contact_list, list_id)
    await api.fails(get_contact_list, list_id, status=404)
    remaining = await api.ok(find_contact_lists)
    assert [item.id for item in remaining.items] == [uploaded.id]
    assert api.exercised >= CONTACT_LIST_OPERATIONS


@pytest.mark.anyio
async def test_do_not_contact_lists(api: GeneratedApi) -> None:
    numbers = ["12135551001", "12135551002", "12135551003"]
    await api.ok(
        add_do_not_contacts,
        body=DoNotContactRequest(numbers=numbers, source="crm-optout", call=True, text=False),
    )
    entry = await api.ok(get_do_not_contact, "12135551001")
    assert isinstance(entry, DoNotContact)
    assert (entry.number, entry.call, entry.text, entry.source) == (
        "12135551001",
        True,
        False,
        "crm-optout",
    )

    some = await api.ok(find_do_not_contacts, number=["12135551001", "12135551002"])
    assert isinstance(some, DoNotContactPage)
    assert sorted(item.number for item in some.items) == numbers[:2]
    by_source = await api.ok(find_do_not_contacts, source="crm-optout")
    assert sorted(item.number for item in by_source.items) == numbers

    await api.ok(update_do_not_contact, "12135551001", body=DoNotContact(call=False, text=True))
    updated = await api.ok(get_do_not_contact, "12135551001")
    assert (updated.call, updated.text) == (False, True)
    callable_only = await api.ok(find_do_not_contacts, call=True)
    assert sorted(item.number for item in callable_only.items) == numbers[1:]

    universal = await api.ok(get_universal_do_not_contacts, "12135551002", from_number=CALLER_ID)
    assert isinstance(universal, UniversalDoNotContactList)
    [blocked] = universal.items
    assert (blocked.to_number, blocked.from_number) == ("12135551002", CALLER_ID)
    assert blocked.outbound_call is False
    [free] = (await api.ok(get_universal_do_not_contacts, "12135559999")).items
    assert free.outbound_call is True

    # One DELETE with comma-separated numbers removes each of them.
    await api.ok(delete_do_not_contact, "12135551001,12135551002")
    await api.fails(get_do_not_contact, "12135551001", status=404)
    await api.fails(get_do_not_contact, "12135551002", status=404)
    assert (await api.ok(get_do_not_contact, "12135551003")).number == "12135551003"

    await api.ok(
        add_do_not_contacts,
        body=DoNotContactRequest(numbers=["12135552001", "12135552002"], source="import-2"),
    )
    assert len((await api.ok(find_do_not_contacts, source="import-2")).items) == 2
    await api.ok(delete_do_not_contacts_by_source, "import-2")
    assert (await api.ok(find_do_not_contacts, source="import-2")).items == []
    left = await api.ok(find_do_not_contacts)
    assert [item.number for item in left.items] == ["12135551003"]
    assert api.exercised >= DNC_OPERATIONS


@pytest.mark.anyio
async def test_call_broadcast_lifecycle(api: GeneratedApi) -> None:
    broadcast_id = (
        await api.ok(
            create_call_broadcast,
            body=CallBroadcast(
                name="Spring reminder",
                from_number=CALLER_ID,
                labels=["spring"],
                sounds=CallBroadcastSounds(
                    live_sound_text="Your appointment is tomorrow.",
                    live_sound_text_voice=Voice.FEMALE1,
                ),
            ),
        )
    ).id
    created = await api.raw(get_call_broadcast, broadcast_id)
    broadcast = created.parsed
    assert isinstance(broadcast, CallBroadcast)
    assert broadcast.status is CallBroadcastStatus.SETUP
    assert broadcast.sounds.live_sound_text_voice is Voice.FEMALE1

    found = await api.ok(find_call_broadcasts, name="spring", label="spring")
    assert isinstance(found, CallBroadcastPage)
    assert [item.id for item in found.items] == [broadcast_id]

    await api.ok(
        update_call_broadcast,
        broadcast_id,
        body=CallBroadcast(name="Spring reminder (final)", max_active=5),
    )
    updated = await api.ok(get_call_broadcast, broadcast_id)
    assert (updated.name, updated.max_active) == ("Spring reminder (final)", 5)

    batch_response = await api.raw(
        add_call_broadcast_batch,
        broadcast_id,
        body=BatchRequest(
            name="March patients",
            recipients=[Recipient(phone_number=LIVE_NUMBER), Recipient(phone_number=BUSY_NUMBER)],
        ),
    )
    assert batch_response.status_code == 201
    batch_id = batch_response.parsed.id
    batches = await api.ok(get_call_broadcast_batches, broadcast_id)
    assert isinstance(batches, BatchPage)
    [batch] = batches.items
    assert (batch.id, batch.name, batch.size, batch.enabled) == (
        batch_id,
        "March patients",
        2,
        True,
    )

    added = await api.ok(
        add_call_broadcast_recipients,
        broadcast_id,
        body=[Recipient(phone_number=MACHINE_NUMBER)],
    )
    assert isinstance(added, CallList)
    [machine_call] = added.items
    assert isinstance(machine_call, Call)
    assert machine_call.state is CallState.READY  # nothing is dialled before the start

    calls = await api.ok(get_call_broadcast_calls, broadcast_id)
    assert isinstance(calls, CallPage)
    assert len(calls.items) == 3
    assert {call.state for call in calls.items} == {CallState.READY}

    await api.ok(start_voice_broadcast, broadcast_id)
    assert (await api.ok(get_call_broadcast, broadcast_id)).status is CallBroadcastStatus.RUNNING
    running = await api.ok(find_call_broadcasts, running=True)
    assert [item.id for item in running.items] == [broadcast_id]

    batch_calls = await api.ok(get_call_broadcast_calls, broadcast_id, batch_id=batch_id)
    results = {call.to_number: call.final_call_result for call in batch_calls.items}
    assert results == {LIVE_NUMBER: CallResult.LA, BUSY_NUMBER: CallResult.BUSY}
    assert {call.state for call in batch_calls.items} == {CallState.FINISHED}

    stats = await api.ok(get_call_broadcast_stats, broadcast_id)
    assert isinstance(stats, CallBroadcastStats)
    assert (stats.total_outbound_count, stats.calls_placed) == (3, 3)
    assert (stats.live_count, stats.busy_count, stats.answering_machine_count) == (1, 1, 1)
    assert stats.calls_remaining == 0
    far_future = await api.ok(get_call_broadcast_stats, broadcast_id, begin=32503680000000)
    assert far_future.total_outbound_count == 0

    await api.ok(stop_voice_broadcast, broadcast_id)
    assert (await api.ok(get_call_broadcast, broadcast_id)).status is CallBroadcastStatus.STOPPED
    assert (await api.ok(find_call_broadcasts, running=True)).items == []

    await api.ok(archive_voice_broadcast, broadcast_id)
    assert (await api.ok(get_call_broadcast, broadcast_id)).status is CallBroadcastStatus.ARCHIVED
    assert (await api.ok(find_call_broadcasts)).items == []

    await api.fails(get_call_broadcast, 987654321, status=404)
    assert api.exercised >= BROADCAST_OPERATIONS


@pytest.mark.anyio
async def test_batches_enable_and_disable(api: GeneratedApi) -> None:
    broadcast_id = (
        await api.ok(
            create_call_broadcast, body=CallBroadcast(name="Batches", from_number=CALLER_ID)
        )
    ).id
    batch_id = (
        await api.ok(
            add_call_broadcast_batch,
            broadcast_id,
            body=BatchRequest(name="On hold", recipients=[Recipient(phone_number=LIVE_NUMBER)]),
        )
    ).id

    batch = await api.ok(get_campaign_batch, batch_id)
    assert isinstance(batch, Batch)
    assert (batch.broadcast_id, batch.enabled, batch.size, batch.remaining) == (
        broadcast_id,
        True,
        1,
        1,
    )

    await api.ok(update_campaign_batch, batch_id, body=Batch(enabled=False))
    assert (await api.ok(get_campaign_batch, batch_id)).enabled is False

    # A disabled batch is not dialled when its broadcast starts...
    await api.ok(start_voice_broadcast, broadcast_id)
    held = await api.ok(get_call_broadcast_calls, broadcast_id, batch_id=batch_id)
    assert [call.state for call in held.items] == [CallState.READY]
    assert (await api.ok(get_campaign_batch, batch_id)).remaining == 1

    # ... and is dialled as soon as it is enabled again.
    await api.ok(update_campaign_batch, batch_id, body=Batch(enabled=True))
    enabled = await api.ok(get_campaign_batch, batch_id)
    assert (enabled.enabled, enabled.remaining) == (True, 0)
    dialled = await api.ok(get_call_broadcast_calls, broadcast_id, batch_id=batch_id)
    assert [call.state for call in dialled.items] == [CallState.FINISHED]

    await api.fails(get_campaign_batch, 987654321, status=404)
    assert api.exercised >= BATCH_OPERATIONS


@pytest.mark.anyio
async def test_calls_send_get_and_find_with_filters(api: GeneratedApi) -> None:
    contact_id = (
        (await api.ok(create_contacts, body=[Contact(first_name="Ada", home_phone=MACHINE_NUMBER)]))
        .items[0]
        .id
    )
    sent = await api.ok(
        send_calls,
        body=[
            CallRecipient(
                phone_number=LIVE_NUMBER,
                from_number=CALLER_ID,
                live_message="Your table is ready.",
            ),
            CallRecipient(contact_id=contact_id, from_number=CALLER_ID),
        ],
        default_voice=Voice.MALE1,
    )
    assert isinstance(sent, CallList)
    live, machine = sent.items
    assert (live.to_number, live.state, live.final_call_result) == (
        LIVE_NUMBER,
        CallState.FINISHED,
        CallResult.LA,
    )
    assert machine.contact.id == contact_id
    assert machine.final_call_result is CallResult.AM

    fetched = await api.ok(get_call, live.id)
    assert isinstance(fetched, Call)
    assert fetched.id == live.id
    assert fetched.records and fetched.records[0].result is CallResult.LA

    both = await api.ok(find_calls, id=[live.id, machine.id])
    assert sorted(call.id for call in both.items) == sorted([live.id, machine.id])
    only_live = await api.ok(find_calls, states="FINISHED,READY", results="LA,BUSY")
    assert [call.id for call in only_live.items] == [live.id]
    outside_broadcasts = await api.ok(find_calls, campaign_id=0)
    assert {call.id for call in outside_broadcasts.items} == {live.id, machine.id}
    by_number = await api.ok(find_calls, to_number=MACHINE_NUMBER, inbound=False)
    assert [call.id for call in by_number.items] == [machine.id]
    later = await api.ok(find_calls, interval_begin=32503680000000)
    assert later.items == []

    await api.fails(get_call, 987654321, status=404)
    assert api.exercised >= CALL_OPERATIONS


@pytest.mark.anyio
async def test_recordings_metadata_and_mp3(api: GeneratedApi, callfire_fake: FakeCallFire) -> None:
    [recording_id] = callfire_fake.seed_recordings(1, size_bytes=32 * 1024)
    audio = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes([0xFF, 0xFB, 0x94, 0xC0]) * 500
    callfire_fake.put_recording_audio(recording_id, audio)

    recording = await api.ok(get_call_recording, recording_id)
    assert isinstance(recording, CallRecording)
    assert recording.id == recording_id
    assert recording.length_in_bytes == len(audio)
    assert recording.mp_3_url.endswith(f"/v2/calls/recordings/{recording_id}.mp3")
    call_id, name = recording.call_id, recording.name

    listed = await api.ok(get_call_recordings, call_id)
    assert isinstance(listed, CallRecordingList)
    assert [item.id for item in listed.items] == [recording_id]

    by_name = await api.ok(get_call_recording_by_name, call_id, name)
    assert isinstance(by_name, CallRecording)
    assert by_name.id == recording_id

    mp3 = await api.raw(get_call_recording_mp_3, recording_id)
    assert mp3.status_code == 200
    assert mp3.headers["content-type"].startswith("audio/mpeg")
    assert isinstance(mp3.parsed, File)
    assert mp3.parsed.payload.read() == audio

    mp3_by_name = await api.raw(get_call_recording_mp_3_by_name, call_id, name)
    assert mp3_by_name.headers["content-type"].startswith("audio/mpeg")
    assert mp3_by_name.parsed.payload.read() == audio

    await api.fails(get_call_recording, 987654321, status=404)
    await api.fails(get_call_recording_by_name, call_id, "no-such-name", status=404)
    assert api.exercised >= RECORDING_OPERATIONS


@pytest.mark.anyio
async def test_campaign_sounds(api: GeneratedApi) -> None:
    mp3_audio = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes([0xFF, 0xFB, 0x94, 0xC0]) * 4000
    uploaded = await api.ok(
        post_file_campaign_sound,
        body=SoundFileUpload(
            file=File(
                payload=io.BytesIO(mp3_audio), file_name="jingle.mp3", mime_type="audio/mpeg"
            ),
            name="Spring jingle",
        ),
    )
    assert isinstance(uploaded, CampaignSound)
    assert (uploaded.name, uploaded.status) == ("Spring jingle", CampaignSoundStatus.ACTIVE)
    mp3 = await api.raw(get_campaign_sound_data_mp_3, uploaded.id)
    assert mp3.headers["content-type"].startswith("audio/mpeg")
    assert mp3.parsed.payload.read() == mp3_audio

    wav_audio = wav_file(seconds=2)
    uploaded_wav = await api.ok(
        post_file_campaign_sound,
        body=SoundFileUpload(
            file=File(payload=io.BytesIO(wav_audio), file_name="beep.wav", mime_type="audio/wav")
        ),
    )
    assert uploaded_wav.name == "beep"  # named after the file when no name is given
    assert uploaded_wav.length_in_seconds == 2
    same_wav = await api.ok(get_campaign_sound_data_wav, uploaded_wav.id)
    assert same_wav.payload.read() == wav_audio

    spoken = await api.ok(
        post_tts_campaign_sound,
        body=TextToSpeech(message="Your table is ready", voice=Voice.FEMALE2),
    )
    assert isinstance(spoken, CampaignSound)
    assert spoken.status is CampaignSoundStatus.ACTIVE
    tts_wav = await api.raw(get_campaign_sound_data_wav, spoken.id)
    assert tts_wav.headers["content-type"].startswith("audio/")
    with wave.open(io.BytesIO(tts_wav.parsed.payload.read())) as reader:
        assert reader.getnchannels() == 1
        assert reader.getnframes() > 0
        seconds = reader.getnframes() / reader.getframerate()
    assert abs(seconds - spoken.length_in_seconds) <= 1

    recorded = await api.ok(
        post_call_campaign_sound,
        body=CallCreateSound(name="Owner greeting", to_number="12135550100"),
    )
    assert recorded.status is CampaignSoundStatus.RECORDING

    fetched = await api.ok(get_campaign_sound, uploaded.id)
    assert fetched.to_dict() == uploaded.to_dict()

    listed = await api.ok(find_campaign_sounds)
    assert isinstance(listed, CampaignSoundPage)
    assert {sound.id for sound in listed.items} == {uploaded.id, uploaded_wav.id, spoken.id}
    with_pending = await api.ok(find_campaign_sounds, include_pending=True)
    assert recorded.id in {sound.id for sound in with_pending.items}
    filtered = await api.ok(find_campaign_sounds, filter_="jingle")
    assert [sound.id for sound in filtered.items] == [uploaded.id]

    await api.ok(delete_campaign_sound, uploaded.id)
    archived = await api.ok(get_campaign_sound, uploaded.id)
    assert archived.status is CampaignSoundStatus.ARCHIVED  # DELETE only archives
    assert uploaded.id not in {sound.id for sound in (await api.ok(find_campaign_sounds)).items}
    with_archived = await api.ok(find_campaign_sounds, include_archived=True)
    assert uploaded.id in {sound.id for sound in with_archived.items}

    await api.fails(get_campaign_sound, 987654321, status=404)
    assert api.exercised >= SOUND_OPERATIONS
