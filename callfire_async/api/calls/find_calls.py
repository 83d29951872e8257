import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_page import CallPage
from ...models.call_result import CallResult
from ...models.call_state import CallState
from ...models.error_response import ErrorResponse
from ...types import Response, datetime_to_unix_ms, json_loads

OPERATION_ID = "findCalls"
HTTP_METHOD = "GET"
PATH = "/calls"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    batch_id: int | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    from_number: str | None = None,
    id: list[int] | None = None,
    inbound: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
    label: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    results: list[CallResult] | list[str] | str | None = None,
    states: list[CallState] | list[str] | str | None = None,
    to_number: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchId"] = batch_id

    params["campaignId"] = campaign_id

    params["fields"] = fields

    params["fromNumber"] = from_number

    json_id: list[int] | None = None
    if id is not None:
        json_id = id

    params["id"] = json_id

    params["inbound"] = inbound

    json_interval_begin = None if interval_begin is None else datetime_to_unix_ms(interval_begin)

    params["intervalBegin"] = json_interval_begin

    json_interval_end = None if interval_end is None else datetime_to_unix_ms(interval_end)

    params["intervalEnd"] = json_interval_end

    params["label"] = label

    params["limit"] = limit

    params["offset"] = offset

    json_results: str | None = (
        results
        if results is None or isinstance(results, str)
        else ",".join(str(item) for item in results)
    )

    params["results"] = json_results

    json_states: str | None = (
        states
        if states is None or isinstance(states, str)
        else ",".join(str(item) for item in states)
    )

    params["states"] = json_states

    params["toNumber"] = to_number

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls",
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
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    from_number: str | None = None,
    id: list[int] | None = None,
    inbound: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
    label: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    results: list[CallResult] | list[str] | str | None = None,
    states: list[CallState] | list[str] | str | None = None,
    to_number: str | None = None,
) -> Response[CallPage | ErrorResponse]:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None): An id of a contact batch, queries for calls of a particular contact
            batch
        campaign_id (int | None): Broadcast id whose calls to return; `0` returns the calls sent
            through POST /calls.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        from_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.
        id (list[int] | None): Call ids to search for (repeated, `id=1&id=2`).
        inbound (bool | None): Filters inbound calls for true value and outbound calls for false
            value
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None): A label for a specific call
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).
        results (list[CallResult] | list[str] | str | None): Call results to search for, sent as
            one comma-separated value (`results=LA,AM`); a list of CallResult members or plain
            strings, or one comma-separated string. Known values: LA, AM, BUSY, DNC, XFER, NO_ANS,
            XFER_LEG, INTERNAL_ERROR, CARRIER_ERROR, CARRIER_TEMP_ERROR, UNDIALED, SD, POSTPONED,
            ABANDONED, SKIPPED.
        states (list[CallState] | list[str] | str | None): Call states to search for, sent as one
            comma-separated value (`states=READY,FINISHED`); a list of CallState members or plain
            strings, or one comma-separated string. Known values: READY, SELECTED, CALLBACK, FINISHED,
            DISABLED, SKIPPED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT.
        to_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | ErrorResponse]
    """

    kwargs = build_request(
        batch_id=batch_id,
        campaign_id=campaign_id,
        fields=fields,
        from_number=from_number,
        id=id,
        inbound=inbound,
        interval_begin=interval_begin,
        interval_end=interval_end,
        label=label,
        limit=limit,
        offset=offset,
        results=results,
        states=states,
        to_number=to_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    batch_id: int | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    from_number: str | None = None,
    id: list[int] | None = None,
    inbound: bool | None = None,
    interval_begin: datetime.datetime | int | None = None,
    interval_end: datetime.datetime | int | None = None,
    label: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    results: list[CallResult] | list[str] | str | None = None,
    states: list[CallState] | list[str] | str | None = None,
    to_number: str | None = None,
) -> CallPage | ErrorResponse | None:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None): An id of a contact batch, queries for calls of a particular contact
            batch
        campaign_id (int | None): Broadcast id whose calls to return; `0` returns the calls sent
            through POST /calls.
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        from_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.
        id (list[int] | None): Call ids to search for (repeated, `id=1&id=2`).
        inbound (bool | None): Filters inbound calls for true value and outbound calls for false
            value
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None): A label for a specific call
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        offset (int | None): Offset of the first item of the page (default 0).
        results (list[CallResult] | list[str] | str | None): Call results to search for, sent as
            one comma-separated value (`results=LA,AM`); a list of CallResult members or plain
            strings, or one comma-separated string. Known values: LA, AM, BUSY, DNC, XFER, NO_ANS,
            XFER_LEG, INTERNAL_ERROR, CARRIER_ERROR, CARRIER_TEMP_ERROR, UNDIALED, SD, POSTPONED,
            ABANDONED, SKIPPED.
        states (list[CallState] | list[str] | str | None): Call states to search for, sent as one
            comma-separated value (`states=READY,FINISHED`); a list of CallState members or plain
            strings, or one comma-separated string. Known values: READY, SELECTED, CALLBACK, FINISHED,
            DISABLED, SKIPPED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT.
        to_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            batch_id=batch_id,
            campaign_id=campaign_id,
            fields=fields,
            from_number=from_number,
            id=id,
            inbound=inbound,
            interval_begin=interval_begin,
            interval_end=interval_end,
            label=label,
            limit=limit,
            offset=offset,
            results=results,
            states=states,
            to_number=to_number,
        )
    ).parsed
