from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_list import CallList
from ...models.call_recipient import CallRecipient
from ...models.error_response import ErrorResponse
from ...models.voice import Voice
from ...types import Response, json_loads

OPERATION_ID = "sendCalls"
HTTP_METHOD = "POST"
PATH = "/calls"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: list[CallRecipient],
    campaign_id: int | None = None,
    default_live_message: str | None = None,
    default_live_message_sound_id: int | None = None,
    default_machine_message: str | None = None,
    default_machine_message_sound_id: int | None = None,
    default_voice: Voice | None = None,
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params["defaultLiveMessage"] = default_live_message

    params["defaultLiveMessageSoundId"] = default_live_message_sound_id

    params["defaultMachineMessage"] = default_machine_message

    params["defaultMachineMessageSoundId"] = default_machine_message_sound_id

    json_default_voice: str | None = None
    if default_voice is not None:
        json_default_voice = str(default_voice)
    params["defaultVoice"] = json_default_voice

    params["fields"] = fields

    params["strictValidation"] = strict_validation

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CallList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallList.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(json_loads(response.content))

        return response_500

    raise errors.UnexpectedStatus(response.status_code, response.content)


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallList | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[CallRecipient],
    campaign_id: int | None = None,
    default_live_message: str | None = None,
    default_live_message_sound_id: int | None = None,
    default_machine_message: str | None = None,
    default_machine_message_sound_id: int | None = None,
    default_voice: Voice | None = None,
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> Response[CallList | ErrorResponse]:
    """Send calls

     Use the /calls API to send individual calls quickly. A verified Caller ID and sufficient credits are
    required to make a call. CallRecipient represents a single recipient identified by phone number or
    contact id in CallFire system. You can attach user-defined attributes to a Call action via
    CallRecipient.attributes property, attributes are available in Call action response

    Args:
        campaign_id (int | None): Specifies a campaignId to send calls quickly on a previously
            created campaign
        default_live_message (str | None): Text to be turned into a sound, this text will be
            played when the phone is answered
        default_live_message_sound_id (int | None): Id of sound file to play if phone is answered
        default_machine_message (str | None): Text to be turned into a sound, this text will be
            played when answering machine is detected
        default_machine_message_sound_id (int | None): An id of a sound file to play if answering
            machine is detected
        default_voice (Voice | None): A text-to-speech voice.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (list[CallRecipient]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        campaign_id=campaign_id,
        default_live_message=default_live_message,
        default_live_message_sound_id=default_live_message_sound_id,
        default_machine_message=default_machine_message,
        default_machine_message_sound_id=default_machine_message_sound_id,
        default_voice=default_voice,
        fields=fields,
        strict_validation=strict_validation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[CallRecipient],
    campaign_id: int | None = None,
    default_live_message: str | None = None,
    default_live_message_sound_id: int | None = None,
    default_machine_message: str | None = None,
    default_machine_message_sound_id: int | None = None,
    default_voice: Voice | None = None,
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> CallList | ErrorResponse | None:
    """Send calls

     Use the /calls API to send individual calls quickly. A verified Caller ID and sufficient credits are
    required to make a call. CallRecipient represents a single recipient identified by phone number or
    contact id in CallFire system. You can attach user-defined attributes to a Call action via
    CallRecipient.attributes property, attributes are available in Call action response

    Args:
        campaign_id (int | None): Specifies a campaignId to send calls quickly on a previously
            created campaign
        default_live_message (str | None): Text to be turned into a sound, this text will be
            played when the phone is answered
        default_live_message_sound_id (int | None): Id of sound file to play if phone is answered
        default_machine_message (str | None): Text to be turned into a sound, this text will be
            played when answering machine is detected
        default_machine_message_sound_id (int | None): An id of a sound file to play if answering
            machine is detected
        default_voice (Voice | None): A text-to-speech voice.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (list[CallRecipient]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            campaign_id=campaign_id,
            default_live_message=default_live_message,
            default_live_message_sound_id=default_live_message_sound_id,
            default_machine_message=default_machine_message,
            default_machine_message_sound_id=default_machine_message_sound_id,
            default_voice=default_voice,
            fields=fields,
            strict_validation=strict_validation,
        )
    ).parsed
