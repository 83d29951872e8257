"""Every operation of the generated low-level client, one request and one response each.

The table below holds, per operationId of the spec, the call a user makes
(``asyncio_detailed`` of the generated endpoint module), the request CallFire
must receive (method, path under ``/v2``, query items in order, JSON or
multipart body) and a realistic CallFire answer with the model it must parse
into. The requests go to an ``httpx.MockTransport``, so what is checked is the
exact bytes-level contract between the generated code and CallFire: repeated
array parameters (``id=1&id=2``), comma-separated ``states``/``results``,
random multipart boundaries, binary audio bodies and typed page items.
"""

from __future__ import annotations

import functools
import io
import json
import re
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml

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
from callfire_async.models import (
    AddContactListItemsRequest,
    Batch,
    BatchPage,
    BatchRequest,
    Call,
    CallBroadcast,
    CallBroadcastPage,
    CallBroadcastStats,
    CallCreateSound,
    CallList,
    CallPage,
    CallRecipient,
    CallRecording,
    CallRecordingList,
    CampaignSound,
    CampaignSoundPage,
    Contact,
    ContactList,
    ContactListPage,
    ContactListUpload,
    ContactPage,
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
    UniversalDoNotContact,
    UniversalDoNotContactList,
    UpdateContactListRequest,
    Voice,
)
from callfire_async.types import File

# Takes its operations from the spec: rerun in a regenerated copy by tests/test_seed_edit.py.
pytestmark = pytest.mark.spec_driven

# libyaml's loader when present: the spec is large and pure-Python parsing is slow.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SPEC = Path(__file__).resolve().parent.parent / "spec" / "callfire-v2.openapi.yaml"
BASE_URL = "https://api.callfire.com/v2"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# ---------------------------------------------------------------------------
# Realistic CallFire payloads (shapes and values as CallFire answers them).
# ---------------------------------------------------------------------------

CREATED = 1443378307000  # unix milliseconds, as CallFire sends every time

CONTACT = {
    "id": 1381,
    "firstName": "Ada",
    "lastName": "Lovelace",
    "zipcode": "90401",
    "homePhone": "12135551001",
    "workPhone": "12135551002",
    "mobilePhone": "13105551003",
    "extraPhone1": "13105551004",
    "externalId": "crm-77",
    "externalSystem": "salesforce",
    "deleted": False,
    "properties": {"plan": "gold", "region": "west"},
}
OTHER_CONTACT = {
    "id": 1382,
    "firstName": "Alan",
    "lastName": "Turing",
    "homePhone": "12135551010",
    "deleted": False,
    "properties": {},
}
CONTACT_LIST = {
    "id": 4101,
    "name": "Spring customers",
    "size": 2,
    "created": CREATED,
    "status": "ACTIVE",
}
RECORDING = {
    "id": 9401,
    "callId": 9101,
    "campaignId": 7001,
    "name": "greeting",
    "created": CREATED + 30_000,
    "lengthInBytes": 41544,
    "lengthInSeconds": 5,
    "hash": "1b4c2f2e9b1d3d8f2a6e",
    "mp3Url": "https://api.callfire.com/v2/calls/recordings/9401.mp3",
    "state": "READY",
}
CALL_RECORD = {
    "id": 9301,
    "toNumber": "13105551003",
    "originateTime": CREATED,
    "answerTime": CREATED + 8_000,
    "finishTime": CREATED + 50_000,
    "duration": 42,
    "billedAmount": 1.5,
    "callerName": "ACME Dental",
    "switchId": "sw-03",
    "result": "LA",
    "labels": ["spring"],
    "notes": [{"created": CREATED + 60_000, "text": "asked to call back"}],
    "questionResponses": [{"question": "Satisfied?", "response": "1"}],
    "recordings": [RECORDING],
}
CALL = {
    "id": 9101,
    "fromNumber": "12135550100",
    "toNumber": "13105551003",
    "state": "FINISHED",
    "finalCallResult": "LA",
    "campaignId": 7001,
    "batchId": 7501,
    "contact": {"id": 1381, "homePhone": "13105551003", "properties": {}},
    "inbound": False,
    "created": CREATED,
    "modified": CREATED + 60_000,
    "labels": ["spring"],
    "attributes": {"order": "A-17"},
    "agentCall": False,
    "notes": [],
    "records": [CALL_RECORD],
}
READY_CALL = {
    "id": 9102,
    "fromNumber": "12135550100",
    "toNumber": "12135551010",
    "state": "READY",
    "campaignId": 7001,
    "batchId": 7501,
    "contact": {"id": 1382, "homePhone": "12135551010", "properties": {}},
    "inbound": False,
    "created": CREATED,
    "modified": CREATED,
    "attributes": {},
    "agentCall": False,
    "records": [],
}
RECIPIENT = {"phoneNumber": "13105551003", "attributes": {"order": "A-17"}}
NEW_BROADCAST = {
    "name": "Spring reminder",
    "fromNumber": "12135550100",
    "labels": ["spring"],
    "answeringMachineConfig": "AM_AND_LIVE",
    "recipients": [RECIPIENT, {"contactId": 1382}],
    "resumeNextDay": True,
    "maxActive": 10,
    "sounds": {
        "liveSoundText": "Hello, this is ACME Dental reminding you of your visit.",
        "liveSoundTextVoice": "FEMALE1",
        "machineSoundId": 8101,
        "transferDigit": "1",
        "transferNumber": "12135550199",
        "dncDigit": "9",
    },
    "retryConfig": {
        "maxAttempts": 2,
        "minutesBetweenAttempts": 60,
        "retryResults": ["BUSY", "NO_ANS"],
        "retryPhoneTypes": ["MOBILE_PHONE", "HOME_PHONE"],
    },
    "schedules": [
        {
            "startDate": {"year": 2026, "month": 3, "day": 2},
            "stopDate": {"year": 2026, "month": 3, "day": 6},
            "startTimeOfDay": {"hour": 9, "minute": 0, "second": 0, "nano": 0},
            "stopTimeOfDay": {"hour": 17, "minute": 30, "second": 0, "nano": 0},
            "timeZone": "America/Los_Angeles",
            "daysOfWeek": ["MONDAY", "WEDNESDAY", "FRIDAY"],
        }
    ],
    "localTimeRestriction": {
        "enabled": True,
        "beginHour": 9,
        "beginMinute": 0,
        "endHour": 20,
        "endMinute": 0,
    },
}
BROADCAST = {
    "id": 7001,
    "status": "RUNNING",
    "lastModified": CREATED + 120_000,
    **NEW_BROADCAST,
    "recipients": [],
}
STATS = {
    "totalOutboundCount": 2,
    "remainingOutboundCount": 1,
    "billedAmount": 1.5,
    "callsAttempted": 1,
    "callsPlaced": 1,
    "callsDuration": 42,
    "billedDuration": 60,
    "responseRatePercent": 100,
    "callsRemaining": 1,
    "callsAwaitingRedial": 0,
    "callsLiveAnswer": 1,
    "totalCount": 2,
    "answeringMachineCount": 0,
    "busyCount": 0,
    "dialedCount": 1,
    "doNotCallCount": 0,
    "errorCount": 0,
    "liveCount": 1,
    "miscCount": 0,
    "noAnswerCount": 0,
    "transferCount": 0,
}
BATCH = {
    "id": 7501,
    "name": "March patients",
    "status": "ACTIVE",
    "broadcastId": 7001,
    "created": CREATED,
    "size": 2,
    "remaining": 1,
    "enabled": True,
}
SOUND = {
    "id": 8101,
    "name": "spring-greeting",
    "created": CREATED,
    "lengthInSeconds": 5,
    "duplicate": False,
    "status": "ACTIVE",
}
DNC = {
    "number": "12135551001",
    "call": True,
    "text": False,
    "inboundCall": True,
    "inboundText": False,
    "source": "crm-optout",
    "campaignId": 7001,
    "created": CREATED,
}
UNIVERSAL_DNC = {
    "toNumber": "12135551001",
    "fromNumber": "12135550100",
    "inboundCall": False,
    "inboundText": False,
    "outboundCall": True,
    "outboundText": False,
}
ERROR_404 = {
    "httpStatusCode": 404,
    "internalCode": 0,
    "message": "Resource not found",
    "developerMessage": "no entity with the given id",
    "helpLink": "https://developers.callfire.com/docs.html",
}

# An MP3 frame header after an ID3 tag; the body holds bytes ("--", "+++", CRLF) that a
# fixed multipart boundary or a text decoding would corrupt.
MP3_BYTES = (
    b"ID3\x03\x00\x00\x00\x00\x00\x0a" + b"\xff\xfb\x90\x64" + bytes(range(256)) + b"\r\n--+++\r\n"
)
CSV_BYTES = b"firstName,lastName,homePhone,plan\r\nAda,Lovelace,12135551001,gold\r\n"


def page(items: list[dict[str, Any]], *, limit: int = 2, offset: int = 0) -> dict[str, Any]:
    return {"items": items, "limit": limit, "offset": offset, "totalCount": len(items) + offset}


def wav_bytes() -> bytes:
    """A real 8 kHz mono 16-bit WAV: CallFire serves sounds in this telephone format."""
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(b"\x00\x01" * 800)
    return out.getvalue()


WAV_BYTES = wav_bytes()

# ---------------------------------------------------------------------------
# The table.
# ---------------------------------------------------------------------------

NO_JSON: Any = object()


@dataclass(frozen=True)
class Part:
    """One multipart/form-data part as CallFire must receive it."""

    data: bytes
    filename: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class ExpectedRequest:
    method: str
    path: str  # under the base path /v2, percent-decoded
    query: list[tuple[str, str]] = field(default_factory=list)  # in order, repeats kept
    json: Any = NO_JSON
    multipart: dict[str, Part] | None = None


@dataclass(frozen=True)
class Canned:
    status: int = 200
    json: Any = NO_JSON
    content: bytes = b""
    content_type: str = "application/json"

    def response(self) -> httpx.Response:
        if self.json is not NO_JSON:
            return httpx.Response(self.status, json=self.json)
        headers = {"Content-Type": self.content_type} if self.content else {}
        return httpx.Response(self.status, content=self.content, headers=headers)


@dataclass(frozen=True)
class Case:
    endpoint: ModuleType
    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    request: ExpectedRequest
    canned: Canned
    parsed_type: type | None  # None: an operation without a response body
    item_type: type | None = None  # the type of every element of parsed.items


def upload_sound_body() -> SoundFileUpload:
    return SoundFileUpload(
        file=File(payload=io.BytesIO(MP3_BYTES), file_name="greeting.mp3", mime_type="audio/mpeg"),
        name="spring-greeting",
    )


def upload_csv_body() -> ContactListUpload:
    return ContactListUpload(
        file=File(payload=io.BytesIO(CSV_BYTES), file_name="patients.csv", mime_type="text/csv"),
        name="March patients",
        use_custom_fields=True,
    )


CASES: dict[str, Case] = {
    # --- calls ---------------------------------------------------------------------------
    "findCalls": Case(
        find_calls,
        (),
        dict(
            campaign_id=7001,
            id=[9101, 9102],
            states="READY,FINISHED",
            results="LA,AM",
            inbound=False,
            interval_begin=CREATED,
            limit=2,
            offset=0,
        ),
        ExpectedRequest(
            "GET",
            "/calls",
            [
                ("campaignId", "7001"),
                ("id", "9101"),
                ("id", "9102"),
                ("inbound", "false"),
                ("intervalBegin", str(CREATED)),
                ("limit", "2"),
                ("offset", "0"),
                ("results", "LA,AM"),
                ("states", "READY,FINISHED"),
            ],
        ),
        Canned(json=page([CALL, READY_CALL])),
        CallPage,
        Call,
    ),
    "sendCalls": Case(
        send_calls,
        (),
        dict(
            body=[
                CallRecipient(
                    phone_number="13105551003",
                    live_message="Your table is ready.",
                    voice=Voice.FEMALE1,
                ),
                CallRecipient(contact_id=1382, machine_message_sound_id=8101),
            ],
            default_voice=Voice.MALE1,
            strict_validation=True,
        ),
        ExpectedRequest(
            "POST",
            "/calls",
            [("defaultVoice", "MALE1"), ("strictValidation", "true")],
            json=[
                {
                    "phoneNumber": "13105551003",
                    "liveMessage": "Your table is ready.",
                    "voice": "FEMALE1",
                },
                {"contactId": 1382, "machineMessageSoundId": 8101},
            ],
        ),
        Canned(json={"items": [READY_CALL, {**READY_CALL, "id": 9103}]}),
        CallList,
        Call,
    ),
    "findCallBroadcasts": Case(
        find_call_broadcasts,
        (),
        dict(name="Spring", label="spring", running=True, limit=10, offset=20),
        ExpectedRequest(
            "GET",
            "/calls/broadcasts",
            [
                ("label", "spring"),
                ("limit", "10"),
                ("name", "Spring"),
                ("offset", "20"),
                ("running", "true"),
            ],
        ),
        Canned(json=page([BROADCAST], limit=10, offset=20)),
        CallBroadcastPage,
        CallBroadcast,
    ),
    "createCallBroadcast": Case(
        create_call_broadcast,
        (),
        dict(body=CallBroadcast.from_dict(NEW_BROADCAST), start=False),
        ExpectedRequest("POST", "/calls/broadcasts", [("start", "false")], json=NEW_BROADCAST),
        Canned(status=201, json={"id": 7001}),
        ResourceId,
    ),
    "getCallBroadcast": Case(
        get_call_broadcast,
        (7001,),
        {},
        ExpectedRequest("GET", "/calls/broadcasts/7001"),
        Canned(json=BROADCAST),
        CallBroadcast,
    ),
    "updateCallBroadcast": Case(
        update_call_broadcast,
        (7001,),
        dict(body=CallBroadcast(name="Spring reminder v2", max_active=5)),
        ExpectedRequest(
            "PUT", "/calls/broadcasts/7001", json={"name": "Spring reminder v2", "maxActive": 5}
        ),
        Canned(status=204),
        None,
    ),
    "archiveVoiceBroadcast": Case(
        archive_voice_broadcast,
        (7001,),
        {},
        ExpectedRequest("POST", "/calls/broadcasts/7001/archive"),
        Canned(status=200),
        None,
    ),
    "getCallBroadcastBatches": Case(
        get_call_broadcast_batches,
        (7001,),
        dict(limit=1),
        ExpectedRequest("GET", "/calls/broadcasts/7001/batches", [("limit", "1")]),
        Canned(json=page([BATCH], limit=1)),
        BatchPage,
        Batch,
    ),
    "addCallBroadcastBatch": Case(
        add_call_broadcast_batch,
        (7001,),
        dict(
            body=BatchRequest(
                name="March patients",
                recipients=[Recipient(phone_number="13105551003")],
                scrub_duplicates=True,
            ),
            strict_validation=True,
        ),
        ExpectedRequest(
            "POST",
            "/calls/broadcasts/7001/batches",
            [("strictValidation", "true")],
            json={
                "name": "March patients",
                "recipients": [{"phoneNumber": "13105551003"}],
                "scrubDuplicates": True,
            },
        ),
        Canned(status=201, json={"id": 7501}),
        ResourceId,
    ),
    "getCallBroadcastCalls": Case(
        get_call_broadcast_calls,
        (7001,),
        dict(batch_id=7501, fields="items(id,state)"),
        ExpectedRequest(
            "GET",
            "/calls/broadcasts/7001/calls",
            [("batchId", "7501"), ("fields", "items(id,state)")],
        ),
        Canned(json=page([{"id": 9101, "state": "FINISHED"}, {"id": 9102, "state": "READY"}])),
        CallPage,
        Call,
    ),
    "addCallBroadcastRecipients": Case(
        add_call_broadcast_recipients,
        (7001,),
        dict(body=[Recipient.from_dict(RECIPIENT), Recipient(contact_id=1382)]),
        ExpectedRequest(
            "POST", "/calls/broadcasts/7001/recipients", json=[RECIPIENT, {"contactId": 1382}]
        ),
        Canned(json={"items": [READY_CALL]}),
        CallList,
        Call,
    ),
    "startVoiceBroadcast": Case(
        start_voice_broadcast,
        (7001,),
        {},
        ExpectedRequest("POST", "/calls/broadcasts/7001/start"),
        Canned(status=200),
        None,
    ),
    "getCallBroadcastStats": Case(
        get_call_broadcast_stats,
        (7001,),
        dict(begin=CREATED, end=CREATED + 86_400_000),
        ExpectedRequest(
            "GET",
            "/calls/broadcasts/7001/stats",
            [("begin", str(CREATED)), ("end", str(CREATED + 86_400_000))],
        ),
        Canned(json=STATS),
        CallBroadcastStats,
    ),
    "stopVoiceBroadcast": Case(
        stop_voice_broadcast,
        (7001,),
        {},
        ExpectedRequest("POST", "/calls/broadcasts/7001/stop"),
        Canned(status=204),
        None,
    ),
    "getCallRecording": Case(
        get_call_recording,
        (9401,),
        {},
        ExpectedRequest("GET", "/calls/recordings/9401"),
        Canned(json=RECORDING),
        CallRecording,
    ),
    "getCallRecordingMp3": Case(
        get_call_recording_mp_3,
        (9401,),
        {},
        ExpectedRequest("GET", "/calls/recordings/9401.mp3"),
        Canned(content=MP3_BYTES, content_type="audio/mpeg"),
        File,
    ),
    "getCall": Case(
        get_call,
        (9101,),
        {},
        ExpectedRequest("GET", "/calls/9101"),
        Canned(json=CALL),
        Call,
    ),
    "getCallRecordings": Case(
        get_call_recordings,
        (9101,),
        {},
        ExpectedRequest("GET", "/calls/9101/recordings"),
        Canned(json={"items": [RECORDING]}),
        CallRecordingList,
        CallRecording,
    ),
    "getCallRecordingByName": Case(
        get_call_recording_by_name,
        (9101, "greeting"),
        dict(fields="id,name,mp3Url"),
        ExpectedRequest("GET", "/calls/9101/recordings/greeting", [("fields", "id,name,mp3Url")]),
        Canned(json={"id": 9401, "name": "greeting", "mp3Url": RECORDING["mp3Url"]}),
        CallRecording,
    ),
    "getCallRecordingMp3ByName": Case(
        get_call_recording_mp_3_by_name,
        (9101, "greeting"),
        {},
        ExpectedRequest("GET", "/calls/9101/recordings/greeting.mp3"),
        Canned(content=MP3_BYTES, content_type="audio/mpeg"),
        File,
    ),
    # --- campaigns -----------------------------------------------------------------------
    "getCampaignBatch": Case(
        get_campaign_batch,
        (7501,),
        {},
        ExpectedRequest("GET", "/campaigns/batches/7501"),
        Canned(json=BATCH),
        Batch,
    ),
    "updateCampaignBatch": Case(
        update_campaign_batch,
        (7501,),
        dict(body=Batch(enabled=False)),
        ExpectedRequest("PUT", "/campaigns/batches/7501", json={"enabled": False}),
        Canned(status=204),
        None,
    ),
    "findCampaignSounds": Case(
        find_campaign_sounds,
        (),
        dict(filter_="greeting", include_archived=True, include_pending=False, limit=5),
        ExpectedRequest(
            "GET",
            "/campaigns/sounds",
            [
                ("filter", "greeting"),
                ("includeArchived", "true"),
                ("includePending", "false"),
                ("limit", "5"),
            ],
        ),
        Canned(json=page([SOUND, {**SOUND, "id": 8102, "status": "ARCHIVED"}], limit=5)),
        CampaignSoundPage,
        CampaignSound,
    ),
    "postCallCampaignSound": Case(
        post_call_campaign_sound,
        (),
        dict(body=CallCreateSound(name="owner-greeting", to_number="12135550100")),
        ExpectedRequest(
            "POST",
            "/campaigns/sounds/calls",
            json={"name": "owner-greeting", "toNumber": "12135550100"},
        ),
        Canned(json={"id": 8103, "name": "owner-greeting", "status": "RECORDING"}),
        CampaignSound,
    ),
    "postFileCampaignSound": Case(
        post_file_campaign_sound,
        (),
        dict(body=upload_sound_body()),
        ExpectedRequest(
            "POST",
            "/campaigns/sounds/files",
            multipart={
                "file": Part(MP3_BYTES, filename="greeting.mp3", content_type="audio/mpeg"),
                "name": Part(b"spring-greeting"),
            },
        ),
        Canned(json={**SOUND, "status": "UPLOAD"}),
        CampaignSound,
    ),
    "postTTSCampaignSound": Case(
        post_tts_campaign_sound,
        (),
        dict(body=TextToSpeech(message="Your table is ready.", voice=Voice.FEMALE2)),
        ExpectedRequest(
            "POST",
            "/campaigns/sounds/tts",
            json={"message": "Your table is ready.", "voice": "FEMALE2"},
        ),
        Canned(json={**SOUND, "id": 8104, "name": "Your table is ready."}),
        CampaignSound,
    ),
    "deleteCampaignSound": Case(
        delete_campaign_sound,
        (8101,),
        {},
        ExpectedRequest("DELETE", "/campaigns/sounds/8101"),
        Canned(status=200),
        None,
    ),
    "getCampaignSound": Case(
        get_campaign_sound,
        (8101,),
        {},
        ExpectedRequest("GET", "/campaigns/sounds/8101"),
        Canned(json=SOUND),
        CampaignSound,
    ),
    "getCampaignSoundDataMp3": Case(
        get_campaign_sound_data_mp_3,
        (8101,),
        {},
        ExpectedRequest("GET", "/campaigns/sounds/8101.mp3"),
        Canned(content=MP3_BYTES, content_type="audio/mpeg"),
        File,
    ),
    "getCampaignSoundDataWav": Case(
        get_campaign_sound_data_wav,
        (8101,),
        {},
        ExpectedRequest("GET", "/campaigns/sounds/8101.wav"),
        Canned(content=WAV_BYTES, content_type="audio/wav"),
        File,
    ),
    # --- contacts ------------------------------------------------------------------------
    "findContacts": Case(
        find_contacts,
        (),
        dict(id=[1381, 1382], number=["12135551001", "12135551010"], limit=2),
        ExpectedRequest(
            "GET",
            "/contacts",
            [
                ("id", "1381"),
                ("id", "1382"),
                ("limit", "2"),
                ("number", "12135551001"),
                ("number", "12135551010"),
            ],
        ),
        Canned(json=page([CONTACT, OTHER_CONTACT])),
        ContactPage,
        Contact,
    ),
    "createContacts": Case(
        create_contacts,
        (),
        dict(
            body=[
                Contact(first_name="Ada", home_phone="12135551001"),
                Contact.from_dict({"firstName": "Alan", "properties": {"plan": "silver"}}),
            ]
        ),
        ExpectedRequest(
            "POST",
            "/contacts",
            json=[
                {"firstName": "Ada", "homePhone": "12135551001"},
                {"firstName": "Alan", "properties": {"plan": "silver"}},
            ],
        ),
        Canned(json={"items": [{"id": 1381}, {"id": 1382}]}),
        ResourceIdList,
        ResourceId,
    ),
    "findDoNotContacts": Case(
        find_do_not_contacts,
        (),
        dict(number=["12135551001", "12135551002"], source="crm-optout", call=True),
        ExpectedRequest(
            "GET",
            "/contacts/dncs",
            [
                ("call", "true"),
                ("number", "12135551001"),
                ("number", "12135551002"),
                ("source", "crm-optout"),
            ],
        ),
        Canned(json=page([DNC], limit=100)),
        DoNotContactPage,
        DoNotContact,
    ),
    "addDoNotContacts": Case(
        add_do_not_contacts,
        (),
        dict(
            body=DoNotContactRequest(
                numbers=["12135551001", "12135551002"], source="crm-optout", call=True, text=False
            )
        ),
        ExpectedRequest(
            "POST",
            "/contacts/dncs",
            json={
                "numbers": ["12135551001", "12135551002"],
                "source": "crm-optout",
                "call": True,
                "text": False,
            },
        ),
        Canned(status=204),
        None,
    ),
    "deleteDoNotContactsBySource": Case(
        delete_do_not_contacts_by_source,
        ("crm-optout",),
        {},
        ExpectedRequest("DELETE", "/contacts/dncs/sources/crm-optout"),
        Canned(status=204),
        None,
    ),
    "getUniversalDoNotContacts": Case(
        get_universal_do_not_contacts,
        ("12135551001",),
        dict(from_number="12135550100"),
        ExpectedRequest(
            "GET", "/contacts/dncs/universals/12135551001", [("fromNumber", "12135550100")]
        ),
        Canned(json={"items": [UNIVERSAL_DNC]}),
        UniversalDoNotContactList,
        UniversalDoNotContact,
    ),
    "deleteDoNotContact": Case(
        delete_do_not_contact,
        # CallFire reads a comma-separated path value as several numbers.
        ("12135551001,12135551002",),
        {},
        ExpectedRequest("DELETE", "/contacts/dncs/12135551001,12135551002"),
        Canned(status=204),
        None,
    ),
    "getDoNotContact": Case(
        get_do_not_contact,
        ("12135551001",),
        {},
        ExpectedRequest("GET", "/contacts/dncs/12135551001"),
        Canned(json=DNC),
        DoNotContact,
    ),
    "updateDoNotContact": Case(
        update_do_not_contact,
        ("12135551001",),
        dict(body=DoNotContact(number="12135551001", call=False, text=True)),
        ExpectedRequest(
            "PUT",
            "/contacts/dncs/12135551001",
            json={"number": "12135551001", "call": False, "text": True},
        ),
        Canned(status=200),
        None,
    ),
    "findContactLists": Case(
        find_contact_lists,
        (),
        dict(name="Spring", offset=0),
        ExpectedRequest("GET", "/contacts/lists", [("name", "Spring"), ("offset", "0")]),
        Canned(json=page([CONTACT_LIST], limit=100)),
        ContactListPage,
        ContactList,
    ),
    "createContactList": Case(
        create_contact_list,
        (),
        dict(
            body=CreateContactListRequest(
                name="Spring customers",
                contact_numbers=["12135551001", "12135551010"],
                contact_numbers_field="homePhone",
            )
        ),
        ExpectedRequest(
            "POST",
            "/contacts/lists",
            json={
                "name": "Spring customers",
                "contactNumbers": ["12135551001", "12135551010"],
                "contactNumbersField": "homePhone",
            },
        ),
        # CallFire answers a bare ResourceId here although its spec promises a ContactList.
        Canned(json={"id": 4101}),
        ContactList,
    ),
    "createContactListFromFile": Case(
        create_contact_list_from_file,
        (),
        dict(body=upload_csv_body()),
        ExpectedRequest(
            "POST",
            "/contacts/lists/upload",
            multipart={
                "file": Part(CSV_BYTES, filename="patients.csv", content_type="text/csv"),
                "name": Part(b"March patients"),
                "useCustomFields": Part(b"true"),
            },
        ),
        Canned(json={"id": 4102}),
        ResourceId,
    ),
    "deleteContactList": Case(
        delete_contact_list,
        (4101,),
        {},
        ExpectedRequest("DELETE", "/contacts/lists/4101"),
        Canned(status=204),
        None,
    ),
    "getContactList": Case(
        get_contact_list,
        (4101,),
        dict(fields="id,name,size"),
        ExpectedRequest("GET", "/contacts/lists/4101", [("fields", "id,name,size")]),
        Canned(json={"id": 4101, "name": "Spring customers", "size": 2}),
        ContactList,
    ),
    "updateContactList": Case(
        update_contact_list,
        (4101,),
        dict(body=UpdateContactListRequest(name="Spring customers 2026")),
        ExpectedRequest("PUT", "/contacts/lists/4101", json={"name": "Spring customers 2026"}),
        Canned(status=200),
        None,
    ),
    "removeContactListItems": Case(
        remove_contact_list_items,
        (4101,),
        dict(contact_id=[1381, 1382]),
        ExpectedRequest(
            "DELETE", "/contacts/lists/4101/items", [("contactId", "1381"), ("contactId", "1382")]
        ),
        Canned(status=204),
        None,
    ),
    "getContactListItems": Case(
        get_contact_list_items,
        (4101,),
        dict(limit=2, offset=2),
        ExpectedRequest("GET", "/contacts/lists/4101/items", [("limit", "2"), ("offset", "2")]),
        Canned(json=page([CONTACT, OTHER_CONTACT], offset=2)),
        ContactPage,
        Contact,
    ),
    "addContactListItems": Case(
        add_contact_list_items,
        (4101,),
        dict(body=AddContactListItemsRequest(contact_ids=[1381, 1382])),
        ExpectedRequest("POST", "/contacts/lists/4101/items", json={"contactIds": [1381, 1382]}),
        Canned(status=204),
        None,
    ),
    "removeContactListItem": Case(
        remove_contact_list_item,
        (4101, 1381),
        {},
        ExpectedRequest("DELETE", "/contacts/lists/4101/items/1381"),
        Canned(status=204),
        None,
    ),
    "deleteContact": Case(
        delete_contact,
        (1381,),
        {},
        ExpectedRequest("DELETE", "/contacts/1381"),
        Canned(status=204),
        None,
    ),
    "getContact": Case(
        get_contact,
        (1381,),
        {},
        ExpectedRequest("GET", "/contacts/1381"),
        Canned(json=CONTACT),
        Contact,
    ),
}

# ---------------------------------------------------------------------------
# Helpers.
# ---------------------------------------------------------------------------


@functools.cache
def spec_operations() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path template) for every operation of the spec."""
    document = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    operations: dict[str, tuple[str, str]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                operations[operation["operationId"]] = (method.upper(), path)
    return operations


def template_regex(template: str) -> re.Pattern[str]:
    """A path template such as /calls/{id}/recordings/{name}.mp3 as a full-match regex."""
    pieces = re.split(r"(\{[^}]+\})", template)
    pattern = "".join("[^/]+" if piece.startswith("{") else re.escape(piece) for piece in pieces)
    return re.compile(pattern)


class Recorder:
    """A MockTransport handler that keeps every request and answers with one canned response."""

    def __init__(self, canned: Canned) -> None:
        self.canned = canned
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.canned.response()


def generated_client(handler: Callable[[httpx.Request], httpx.Response]) -> Client:
    http = httpx.AsyncClient(
        transport=httpx.MockTransport(handler),
        base_url=BASE_URL,
        auth=httpx.BasicAuth("api-user", "api-secret"),
    )
    return Client(base_url=BASE_URL).set_async_httpx_client(http)


async def run_case(case: Case, canned: Canned) -> tuple[Any, list[httpx.Request]]:
    for value in case.kwargs.values():
        # An upload body's file is read by each request that sends it: rewind it.
        upload = getattr(value, "file", None)
        if isinstance(upload, File):
            upload.payload.seek(0)
    recorder = Recorder(canned)
    client = generated_client(recorder)
    async with client:
        response = await case.endpoint.asyncio_detailed(*case.args, client=client, **case.kwargs)
    return response, recorder.requests


def multipart_parts(request: httpx.Request) -> tuple[str, dict[str, Part]]:
    """The boundary and the parts of a multipart/form-data request body, parsed by hand."""
    content_type = request.headers["Content-Type"]
    media_type, _, parameters = content_type.partition(";")
    assert media_type.strip() == "multipart/form-data"
    match = re.search(r'boundary="?([^";]+)"?', parameters)
    assert match, content_type
    boundary = match.group(1)
    body = request.content
    segments = body.split(b"--" + boundary.encode())
    assert segments[0] == b"", "no preamble expected"
    assert segments[-1] == b"--\r\n", "the body must end with the closing delimiter"
    parts: dict[str, Part] = {}
    for segment in segments[1:-1]:
        assert segment.startswith(b"\r\n") and segment.endswith(b"\r\n")
        head, separator, data = segment[2:-2].partition(b"\r\n\r\n")
        assert separator, "each part needs a blank line after its headers"
        headers = dict(
            (name.strip().lower(), value.strip())
            for name, _, value in (line.partition(":") for line in head.decode().split("\r\n"))
        )
        disposition = headers["content-disposition"]
        name = re.search(r'\bname="([^"]*)"', disposition)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        assert name, disposition
        file_part_type = headers.get("content-type") if filename else None
        parts[name.group(1)] = Part(
            data, filename=filename.group(1) if filename else None, content_type=file_part_type
        )
    return boundary, parts


def form_value(part: Part) -> Part:
    """A form field with booleans spelled in lower case.

    CallFire reads form booleans case-insensitively (``True`` and ``true`` alike), and the
    generated models write Python's ``str(True)``.
    """
    if part.filename is None and part.data.lower() in (b"true", b"false"):
        return Part(part.data.lower())
    return part


def unknown_fields(value: Any, where: str = "parsed") -> list[str]:
    """Every additional_properties key in a parsed model tree: fields the models do not know."""
    found: list[str] = []
    if attrs.has(type(value)):
        declared = [a.name for a in attrs.fields(type(value)) if a.name != "additional_properties"]
        if not declared:
            return found  # a string map (Contact.properties, Call.attributes): keys are data
        found.extend(f"{where}.{key}" for key in value.additional_properties)
        for name in declared:
            found.extend(unknown_fields(getattr(value, name), f"{where}.{name}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(unknown_fields(item, f"{where}[{index}]"))
    return found


# ---------------------------------------------------------------------------
# Tests.
# ---------------------------------------------------------------------------


def test_the_table_names_only_operations_of_the_spec() -> None:
    """The table holds the operations with hand-checked wire formats; every operation of the
    spec, whether in the table or not, is driven by tests/test_every_operation.py."""
    assert set(CASES) <= set(spec_operations())


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_table_entry_matches_the_spec_method_and_path(operation_id: str) -> None:
    method, template = spec_operations()[operation_id]
    expected = CASES[operation_id].request
    assert expected.method == method
    assert template_regex(template).fullmatch(expected.path), (expected.path, template)


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(CASES))
async def test_operation_request_and_response(operation_id: str) -> None:
    case = CASES[operation_id]
    response, requests = await run_case(case, case.canned)

    assert len(requests) == 1
    request = requests[0]
    expected = case.request
    assert request.method == expected.method
    assert request.url.scheme == "https"
    assert request.url.host == "api.callfire.com"
    assert request.url.path == "/v2" + expected.path
    assert request.url.params.multi_items() == expected.query
    assert request.headers["Authorization"].startswith("Basic ")

    if expected.json is not NO_JSON:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == expected.json
    elif expected.multipart is not None:
        boundary, parts = multipart_parts(request)
        assert {name: form_value(part) for name, part in parts.items()} == expected.multipart
        assert boundary != "+++"
    else:
        assert request.content == b""

    assert response.status_code == case.canned.status
    parsed = response.parsed
    if case.parsed_type is None:
        assert parsed is None
        return
    assert isinstance(parsed, case.parsed_type), type(parsed)
    if case.parsed_type is File:
        assert parsed.payload.read() == case.canned.content
        return
    if case.item_type is not None:
        assert parsed.items, "the canned page is not empty"
        assert all(isinstance(item, case.item_type) for item in parsed.items)
    # Every field of the realistic answer is modelled, and nothing is lost on the way back.
    assert unknown_fields(parsed) == []
    assert parsed.to_dict() == case.canned.json


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(CASES))
async def test_operation_parses_a_callfire_error_body(operation_id: str) -> None:
    response, _ = await run_case(CASES[operation_id], Canned(status=404, json=ERROR_404))
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.http_status_code == 404
    assert response.parsed.message == "Resource not found"


@pytest.mark.anyio
async def test_multipart_boundary_is_random_and_absent_from_the_file() -> None:
    boundaries: list[str] = []
    for _ in range(2):
        recorder = Recorder(Canned(json=SOUND))
        client = generated_client(recorder)
        async with client:
            await post_file_campaign_sound.asyncio_detailed(client=client, body=upload_sound_body())
        boundary, parts = multipart_parts(recorder.requests[0])
        assert parts["file"].data == MP3_BYTES
        assert boundary.encode() not in MP3_BYTES
        assert len(boundary) >= 16
        boundaries.append(boundary)
    assert boundaries[0] != boundaries[1]


def test_the_wav_fixture_is_a_real_wav() -> None:
    with wave.open(io.BytesIO(WAV_BYTES)) as reader:
        assert reader.getframerate() == 8000
        assert reader.getnframes() == 800
