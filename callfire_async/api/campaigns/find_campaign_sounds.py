from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_sound_page import CampaignSoundPage
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "findCampaignSounds"
HTTP_METHOD = "GET"
PATH = "/campaigns/sounds"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    fields: str | None = None,
    filter_: str | None = None,
    include_archived: bool | None = None,
    include_pending: bool | None = None,
    include_scrubbed: bool | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["filter"] = filter_

    params["includeArchived"] = include_archived

    params["includePending"] = include_pending

    params["includeScrubbed"] = include_scrubbed

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/sounds",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CampaignSoundPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignSoundPage.from_dict(json_loads(response.content))

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
) -> CampaignSoundPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignSoundPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    filter_: str | None = None,
    include_archived: bool | None = None,
    include_pending: bool | None = None,
    include_scrubbed: bool | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Response[CampaignSoundPage | ErrorResponse]:
    """Find sounds

     To find all campaign sounds which were created by user. Returns all sounds available to be used in
    campaigns

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        filter_ (str | None): Part of a file name; sounds whose name contains it are returned.
        include_archived (bool | None): Includes ARCHIVED sounds for true value
        include_pending (bool | None): Includes UPLOAD/RECORDING sounds for true value
        include_scrubbed (bool | None): Includes SCRUBBED sounds for true value
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignSoundPage | ErrorResponse]
    """

    kwargs = build_request(
        fields=fields,
        filter_=filter_,
        include_archived=include_archived,
        include_pending=include_pending,
        include_scrubbed=include_scrubbed,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    filter_: str | None = None,
    include_archived: bool | None = None,
    include_pending: bool | None = None,
    include_scrubbed: bool | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> CampaignSoundPage | ErrorResponse | None:
    """Find sounds

     To find all campaign sounds which were created by user. Returns all sounds available to be used in
    campaigns

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        filter_ (str | None): Part of a file name; sounds whose name contains it are returned.
        include_archived (bool | None): Includes ARCHIVED sounds for true value
        include_pending (bool | None): Includes UPLOAD/RECORDING sounds for true value
        include_scrubbed (bool | None): Includes SCRUBBED sounds for true value
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignSoundPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            filter_=filter_,
            include_archived=include_archived,
            include_pending=include_pending,
            include_scrubbed=include_scrubbed,
            limit=limit,
            offset=offset,
        )
    ).parsed
