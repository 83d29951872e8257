import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_page import CallPage
from ...models.error_response import ErrorResponse
from ...types import Response, datetime_to_unix_ms


def _get_kwargs(
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
    results: str | None = None,
    states: str | None = None,
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

    params["results"] = results

    params["states"] = states

    params["toNumber"] = to_number

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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


def sync_detailed(
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
    results: str | None = None,
    states: str | None = None,
    to_number: str | None = None,
) -> Response[CallPage | ErrorResponse]:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None):
        campaign_id (int | None):
        fields (str | None):
        from_number (str | None):
        id (list[int] | None):
        inbound (bool | None):
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None):
        limit (int | None):
        offset (int | None):
        results (str | None):
        states (str | None):
        to_number (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
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
    results: str | None = None,
    states: str | None = None,
    to_number: str | None = None,
) -> CallPage | ErrorResponse | None:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None):
        campaign_id (int | None):
        fields (str | None):
        from_number (str | None):
        id (list[int] | None):
        inbound (bool | None):
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None):
        limit (int | None):
        offset (int | None):
        results (str | None):
        states (str | None):
        to_number (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallPage | ErrorResponse
    """

    return sync_detailed(
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
    ).parsed


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
    results: str | None = None,
    states: str | None = None,
    to_number: str | None = None,
) -> Response[CallPage | ErrorResponse]:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None):
        campaign_id (int | None):
        fields (str | None):
        from_number (str | None):
        id (list[int] | None):
        inbound (bool | None):
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None):
        limit (int | None):
        offset (int | None):
        results (str | None):
        states (str | None):
        to_number (str | None):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
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
    results: str | None = None,
    states: str | None = None,
    to_number: str | None = None,
) -> CallPage | ErrorResponse | None:
    """Find calls

     To search for all calls sent or received by the user. Use "id=0" for the campaignId parameter to
    query for all calls sent through the POST /calls API. See [call states and
    results](https://developers.callfire.com/results-responses-errors.html)

    Args:
        batch_id (int | None):
        campaign_id (int | None):
        fields (str | None):
        from_number (str | None):
        id (list[int] | None):
        inbound (bool | None):
        interval_begin (datetime.datetime | int | None): Start of the time interval, in unix time
            milliseconds.
        interval_end (datetime.datetime | int | None): End of the time interval, in unix time
            milliseconds.
        label (str | None):
        limit (int | None):
        offset (int | None):
        results (str | None):
        states (str | None):
        to_number (str | None):

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
