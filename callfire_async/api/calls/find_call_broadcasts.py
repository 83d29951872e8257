import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_broadcast_page import CallBroadcastPage
from ...models.error_response import ErrorResponse
from ...types import Response, datetime_to_unix_ms, json_loads

OPERATION_ID = "findCallBroadcasts"
HTTP_METHOD = "GET"
PATH = "/calls/broadcasts"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    fields: str | None = None,
    label: str | None = None,
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
    running: bool | None = None,
    scheduled: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["label"] = label

    params["limit"] = limit

    params["name"] = name

    params["offset"] = offset

    params["running"] = running

    params["scheduled"] = scheduled

    json_interval_begin = None if interval_begin is None else datetime_to_unix_ms(interval_begin)

    params["intervalBegin"] = json_interval_begin

    json_interval_end = None if interval_end is None else datetime_to_unix_ms(interval_end)

    params["intervalEnd"] = json_interval_end

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/broadcasts",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CallBroadcastPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallBroadcastPage.from_dict(json_loads(response.content))

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
) -> CallBroadcastPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallBroadcastPage | ErrorResponse]:
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
    label: str | None = None,
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
    running: bool | None = None,
    scheduled: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
) -> Response[CallBroadcastPage | ErrorResponse]:
    """Find call broadcasts

     Searches for all voice broadcasts created by user. Can query on label, name, and the current running
    status of the campaign. Returns a paged list of voice broadcasts

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        label (str | None): A label of a voice broadcast
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        name (str | None): A name of voice broadcast
        offset (int | None): Offset of the first item of the page (default 0).
        running (bool | None): Specify whether the campaigns should be running or not
        scheduled (bool | None): Find only broadcasts that are (true) or are not (false)
            scheduled.
        interval_begin (datetime.datetime | int | None): Start of the find time interval, in unix
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the find time interval, in unix
            milliseconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallBroadcastPage | ErrorResponse]
    """

    kwargs = build_request(
        fields=fields,
        label=label,
        limit=limit,
        name=name,
        offset=offset,
        running=running,
        scheduled=scheduled,
        interval_begin=interval_begin,
        interval_end=interval_end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    label: str | None = None,
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
    running: bool | None = None,
    scheduled: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
) -> CallBroadcastPage | ErrorResponse | None:
    """Find call broadcasts

     Searches for all voice broadcasts created by user. Can query on label, name, and the current running
    status of the campaign. Returns a paged list of voice broadcasts

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        label (str | None): A label of a voice broadcast
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        name (str | None): A name of voice broadcast
        offset (int | None): Offset of the first item of the page (default 0).
        running (bool | None): Specify whether the campaigns should be running or not
        scheduled (bool | None): Find only broadcasts that are (true) or are not (false)
            scheduled.
        interval_begin (datetime.datetime | int | None): Start of the find time interval, in unix
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the find time interval, in unix
            milliseconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallBroadcastPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            label=label,
            limit=limit,
            name=name,
            offset=offset,
            running=running,
            scheduled=scheduled,
            interval_begin=interval_begin,
            interval_end=interval_end,
        )
    ).parsed
