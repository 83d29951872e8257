from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_page import CallPage
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "getCallBroadcastCalls"
HTTP_METHOD = "GET"
PATH = "/calls/broadcasts/{id}/calls"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    id: int,
    *,
    batch_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params["fields"] = fields

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/broadcasts/{id}/calls".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CallPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallPage.from_dict(json_loads(response.content))

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
) -> CallPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Response[CallPage | ErrorResponse]:
    """Find calls in a call broadcast

     This endpoint will enable the user to page through all calls for a particular call broadcast
    campaign

    Args:
        id (int): An Id of a call broadcast
        batch_id (int | None): An id of a particular batch associated with broadcast
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        batch_id=batch_id,
        fields=fields,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> CallPage | ErrorResponse | None:
    """Find calls in a call broadcast

     This endpoint will enable the user to page through all calls for a particular call broadcast
    campaign

    Args:
        id (int): An Id of a call broadcast
        batch_id (int | None): An id of a particular batch associated with broadcast
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            batch_id=batch_id,
            fields=fields,
            limit=limit,
            offset=offset,
        )
    ).parsed
