from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_sound import CampaignSound
from ...models.error_response import ErrorResponse
from ...models.sound_file_upload import SoundFileUpload
from ...types import UNSET, Response, Unset, json_loads

OPERATION_ID = "postFileCampaignSound"
HTTP_METHOD = "POST"
PATH = "/campaigns/sounds/files"
KIND = "upload"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: SoundFileUpload,
    fields: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/sounds/files",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type itself, with a random boundary: a fixed
    # boundary would corrupt any uploaded file that happens to contain it.

    _kwargs["headers"] = headers
    return _kwargs


def build_upload_request(
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of this upload without its body: the caller streams the multipart body."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/sounds/files",
        "params": params,
        "headers": headers,
    }
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
    body: SoundFileUpload,
    fields: str | None = None,
) -> Response[CampaignSound | ErrorResponse]:
    """Add sound via file

     Create a campaign sound file via a supplied .mp3 or .wav file

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        body (SoundFileUpload): An MP3 or WAV file to add to the sound library.

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
    body: SoundFileUpload,
    fields: str | None = None,
) -> CampaignSound | ErrorResponse | None:
    """Add sound via file

     Create a campaign sound file via a supplied .mp3 or .wav file

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        body (SoundFileUpload): An MP3 or WAV file to add to the sound library.

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
