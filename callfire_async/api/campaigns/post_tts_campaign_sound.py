from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_sound import CampaignSound
from ...models.error_response import ErrorResponse
from ...models.text_to_speech import TextToSpeech
from ...types import Response, json_loads

OPERATION_ID = "postTTSCampaignSound"
HTTP_METHOD = "POST"
PATH = "/campaigns/sounds/tts"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: TextToSpeech,
    fields: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/sounds/tts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CampaignSound | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignSound.from_dict(json_loads(response.content))

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
) -> CampaignSound | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignSound | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TextToSpeech,
    fields: str | None = None,
) -> Response[CampaignSound | ErrorResponse]:
    """Add sound via text-to-speech

     Use this API to create a sound file via a supplied string of text. Add a text in the
    TextToSpeech.message field, and pick a voice in the TextToSpeech.voice field. Available voices are:
    MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        body (TextToSpeech): A request to create a sound from text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignSound | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TextToSpeech,
    fields: str | None = None,
) -> CampaignSound | ErrorResponse | None:
    """Add sound via text-to-speech

     Use this API to create a sound file via a supplied string of text. Add a text in the
    TextToSpeech.message field, and pick a voice in the TextToSpeech.voice field. Available voices are:
    MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        body (TextToSpeech): A request to create a sound from text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignSound | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
