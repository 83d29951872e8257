"""The generated models accept what CallFire adds after this SDK was generated.

CallFire grows its enums (its own Java client lacks ACTIVE_SYSTEM and SCRUBBED)
and adds fields to its objects. A user listing sounds or calls must get the
whole page back with the new value kept as sent, not an exception that loses
every other item; and sending an object back (``to_dict``) must not drop what
the SDK did not understand. CallFire's ``internalCode`` arrives as a number or
as a string depending on the endpoint.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from callfire_async.api.calls import find_calls, get_call_broadcast
from callfire_async.api.campaigns import find_campaign_sounds
from callfire_async.api.contacts import get_contact
from callfire_async.client import Client
from callfire_async.models import (
    Call,
    CallBroadcast,
    CallBroadcastStatus,
    CallPage,
    CallResult,
    CallState,
    CampaignSound,
    CampaignSoundPage,
    CampaignSoundStatus,
    Contact,
    ErrorResponse,
    RetryResult,
)

BASE_URL = "https://api.callfire.com/v2"

SOUND_PAGE = {
    "items": [
        {"id": 8101, "name": "greeting", "created": 1443378307000, "status": "ACTIVE"},
        {"id": 8102, "name": "jingle", "created": 1443378308000, "status": "SOMETHING_NEW"},
        {"id": 8103, "name": "outro", "created": 1443378309000, "status": "SCRUBBED"},
    ],
    "limit": 100,
    "offset": 0,
    "totalCount": 3,
}

CALL_PAGE = {
    "items": [
        {
            "id": 9101,
            "toNumber": "13105551003",
            "state": "FINISHED",
            "finalCallResult": "LA",
            "records": [{"id": 9301, "result": "LA"}],
        },
        {
            "id": 9102,
            "toNumber": "12135551010",
            "state": "RINGING_ON_A_NEW_CARRIER",
            "finalCallResult": "VOICEMAIL_FULL",
            "records": [{"id": 9302, "result": "VOICEMAIL_FULL", "sentiment": "calm"}],
            "transcript": {"language": "en-US", "text": "hello"},
        },
    ],
    "limit": 2,
    "offset": 0,
    "totalCount": -1,
}


def client_answering(status: int, body: Any) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=BASE_URL)
    return Client(base_url=BASE_URL).set_async_httpx_client(http)


# --- unknown enum values -------------------------------------------------------------------


def test_a_page_with_an_unknown_sound_status_parses_whole() -> None:
    parsed = CampaignSoundPage.from_dict(copy.deepcopy(SOUND_PAGE))

    assert isinstance(parsed.items, list) and len(parsed.items) == 3
    assert all(isinstance(item, CampaignSound) for item in parsed.items)
    known, new, scrubbed = parsed.items
    assert known.status is CampaignSoundStatus.ACTIVE
    assert scrubbed.status is CampaignSoundStatus.SCRUBBED
    assert isinstance(new.status, CampaignSoundStatus)
    assert new.status == "SOMETHING_NEW"
    assert new.status.value == "SOMETHING_NEW"
    assert str(new.status) == "SOMETHING_NEW"
    # The value is kept, but the enum's list of known members stays what the spec says.
    assert "SOMETHING_NEW" not in [member.value for member in CampaignSoundStatus]


def test_an_unknown_enum_value_round_trips_through_to_dict() -> None:
    parsed = CampaignSoundPage.from_dict(copy.deepcopy(SOUND_PAGE))
    assert parsed.to_dict() == SOUND_PAGE


def test_unknown_call_state_and_result_inside_a_page_parse_and_round_trip() -> None:
    parsed = CallPage.from_dict(copy.deepcopy(CALL_PAGE))

    assert all(isinstance(item, Call) for item in parsed.items)
    finished, strange = parsed.items
    assert finished.state is CallState.FINISHED
    assert finished.final_call_result is CallResult.LA
    assert isinstance(strange.state, CallState)
    assert strange.state == "RINGING_ON_A_NEW_CARRIER"
    assert isinstance(strange.final_call_result, CallResult)
    assert strange.final_call_result == "VOICEMAIL_FULL"
    assert strange.records[0].result == "VOICEMAIL_FULL"
    assert parsed.to_dict() == CALL_PAGE


def test_unknown_values_in_enum_lists_and_read_only_status_are_kept() -> None:
    broadcast = {
        "id": 7001,
        "name": "Spring reminder",
        "status": "PAUSED_BY_COMPLIANCE",
        "retryConfig": {"maxAttempts": 2, "retryResults": ["BUSY", "CALLBACK_REQUESTED"]},
    }
    parsed = CallBroadcast.from_dict(copy.deepcopy(broadcast))

    assert isinstance(parsed.status, CallBroadcastStatus)
    assert parsed.status == "PAUSED_BY_COMPLIANCE"
    assert parsed.retry_config.retry_results == [RetryResult.BUSY, "CALLBACK_REQUESTED"]
    assert all(isinstance(value, RetryResult) for value in parsed.retry_config.retry_results)
    assert parsed.to_dict() == broadcast


def test_a_value_that_is_not_a_string_is_still_rejected() -> None:
    # Tolerance is for new names; a number where a name belongs is a broken response.
    with pytest.raises(ValueError):
        CampaignSoundStatus(7)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_generated_find_returns_the_whole_page_with_an_unknown_status() -> None:
    client = client_answering(200, SOUND_PAGE)
    async with client:
        response = await find_campaign_sounds.asyncio_detailed(client=client)

    assert response.status_code == 200
    assert isinstance(response.parsed, CampaignSoundPage)
    assert [str(item.status) for item in response.parsed.items] == [
        "ACTIVE",
        "SOMETHING_NEW",
        "SCRUBBED",
    ]


@pytest.mark.anyio
async def test_generated_find_calls_returns_calls_with_an_unseen_state() -> None:
    client = client_answering(200, CALL_PAGE)
    async with client:
        response = await find_calls.asyncio_detailed(client=client, states="READY")

    assert isinstance(response.parsed, CallPage)
    assert [item.id for item in response.parsed.items] == [9101, 9102]
    assert response.parsed.items[1].state == "RINGING_ON_A_NEW_CARRIER"


# --- unknown fields ------------------------------------------------------------------------


def test_unknown_fields_are_kept_in_additional_properties_at_every_level() -> None:
    parsed = CallPage.from_dict(copy.deepcopy(CALL_PAGE))
    strange = parsed.items[1]

    assert strange.additional_properties == {"transcript": {"language": "en-US", "text": "hello"}}
    assert strange["transcript"]["text"] == "hello"
    assert "transcript" in strange
    assert strange.records[0].additional_properties == {"sentiment": "calm"}
    assert parsed.items[0].additional_properties == {}


def test_unknown_fields_do_not_hide_known_ones_and_round_trip() -> None:
    contact = {
        "id": 1381,
        "firstName": "Ada",
        "homePhone": "12135551001",
        "properties": {"plan": "gold"},
        "timeZone": "America/Los_Angeles",
        "consent": {"sms": True, "since": 1443378307000},
    }
    parsed = Contact.from_dict(copy.deepcopy(contact))

    assert parsed.id == 1381
    assert parsed.first_name == "Ada"
    assert parsed.properties.additional_properties == {"plan": "gold"}
    assert parsed.additional_keys == ["timeZone", "consent"]
    assert parsed.to_dict() == contact


@pytest.mark.anyio
async def test_generated_get_keeps_unknown_fields() -> None:
    body = {"id": 1381, "firstName": "Ada", "score": 0.93}
    client = client_answering(200, body)
    async with client:
        response = await get_contact.asyncio_detailed(1381, client=client)

    assert isinstance(response.parsed, Contact)
    assert response.parsed.first_name == "Ada"
    assert response.parsed["score"] == 0.93


# --- ErrorResponse.internalCode ------------------------------------------------------------


@pytest.mark.parametrize("internal_code", [0, 404013, "0", "ERR_CAMPAIGN_NOT_FOUND"])
def test_error_response_internal_code_as_int_or_str(internal_code: int | str) -> None:
    body = {
        "httpStatusCode": 404,
        "internalCode": internal_code,
        "message": "Resource not found",
        "developerMessage": "no broadcast 7001",
        "helpLink": "https://developers.callfire.com/docs.html",
    }
    parsed = ErrorResponse.from_dict(dict(body))

    assert parsed.http_status_code == 404
    assert parsed.internal_code == internal_code
    assert type(parsed.internal_code) is type(internal_code)
    assert parsed.message == "Resource not found"
    assert parsed.to_dict() == body


@pytest.mark.anyio
@pytest.mark.parametrize("internal_code", [0, "0"])
async def test_generated_call_parses_an_error_body_with_either_internal_code(
    internal_code: int | str,
) -> None:
    client = client_answering(404, {"httpStatusCode": 404, "internalCode": internal_code})
    async with client:
        response = await get_call_broadcast.asyncio_detailed(7001, client=client)

    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.internal_code == internal_code
