from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_broadcast import CallBroadcast
from ...models.error_response import ErrorResponse
from ...models.resource_id import ResourceId
from ...types import Response, json_loads

OPERATION_ID = "createCallBroadcast"
HTTP_METHOD = "POST"
PATH = "/calls/broadcasts"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: CallBroadcast,
    start: bool | None = None,
    strict_validation: bool | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["strictValidation"] = strict_validation

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls/broadcasts",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | ResourceId | None:
    if response.status_code == 200:
        response_200 = ResourceId.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = ResourceId.from_dict(json_loads(response.content))

        return response_201

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
) -> ErrorResponse | ResourceId | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResourceId]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CallBroadcast,
    start: bool | None = None,
    strict_validation: bool | None = None,
) -> Response[ErrorResponse | ResourceId]:
    """Create a call broadcast

     Creates a call broadcast campaign using the Call Broadcast API. Send a CallBroadcast in the message
    body to add details in a voice broadcast campaign. The campaign can be created without contacts and
    bare minimum configuration, but contacts will have to be added further on to use the campaign

    Args:
        start (bool | None): Specify whether to immediately start this campaign (not required)
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (CallBroadcast): A voice campaign calling a set of recipients with sounds, schedules
            and retries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResourceId]
    """

    kwargs = build_request(
        body=body,
        start=start,
        strict_validation=strict_validation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CallBroadcast,
    start: bool | None = None,
    strict_validation: bool | None = None,
) -> ErrorResponse | ResourceId | None:
    """Create a call broadcast

     Creates a call broadcast campaign using the Call Broadcast API. Send a CallBroadcast in the message
    body to add details in a voice broadcast campaign. The campaign can be created without contacts and
    bare minimum configuration, but contacts will have to be added further on to use the campaign

    Args:
        start (bool | None): Specify whether to immediately start this campaign (not required)
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (CallBroadcast): A voice campaign calling a set of recipients with sounds, schedules
            and retries.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResourceId
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            start=start,
            strict_validation=strict_validation,
        )
    ).parsed
