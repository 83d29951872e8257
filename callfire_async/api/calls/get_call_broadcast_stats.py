import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_broadcast_stats import CallBroadcastStats
from ...models.error_response import ErrorResponse
from ...types import Response, datetime_to_unix_ms, json_loads

OPERATION_ID = "getCallBroadcastStats"
HTTP_METHOD = "GET"
PATH = "/calls/broadcasts/{id}/stats"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    id: int,
    *,
    begin: datetime.datetime | int | None = None,
    end: datetime.datetime | int | None = None,
    fields: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_begin = None if begin is None else datetime_to_unix_ms(begin)

    params["begin"] = json_begin

    json_end = None if end is None else datetime_to_unix_ms(end)

    params["end"] = json_end

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls/broadcasts/{id}/stats".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CallBroadcastStats | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallBroadcastStats.from_dict(json_loads(response.content))

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
) -> CallBroadcastStats | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallBroadcastStats | ErrorResponse]:
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
    begin: datetime.datetime | int | None = None,
    end: datetime.datetime | int | None = None,
    fields: str | None = None,
) -> Response[CallBroadcastStats | ErrorResponse]:
    """Get statistics on call broadcast

     Returns broadcast statistics like total number of sent/received actions, total cost, number of
    remaining outbound actions, error count, etc

    Args:
        id (int): An id of a call broadcast
        begin (datetime.datetime | int | None): Start of the statistics interval, in unix time
            milliseconds.
        end (datetime.datetime | int | None): End of the statistics interval, in unix time
            milliseconds.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallBroadcastStats | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        begin=begin,
        end=end,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    begin: datetime.datetime | int | None = None,
    end: datetime.datetime | int | None = None,
    fields: str | None = None,
) -> CallBroadcastStats | ErrorResponse | None:
    """Get statistics on call broadcast

     Returns broadcast statistics like total number of sent/received actions, total cost, number of
    remaining outbound actions, error count, etc

    Args:
        id (int): An id of a call broadcast
        begin (datetime.datetime | int | None): Start of the statistics interval, in unix time
            milliseconds.
        end (datetime.datetime | int | None): End of the statistics interval, in unix time
            milliseconds.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallBroadcastStats | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            begin=begin,
            end=end,
            fields=fields,
        )
    ).parsed
