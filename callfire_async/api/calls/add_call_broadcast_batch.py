from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_request import BatchRequest
from ...models.error_response import ErrorResponse
from ...models.resource_id import ResourceId
from ...types import Response, json_loads

OPERATION_ID = "addCallBroadcastBatch"
HTTP_METHOD = "POST"
PATH = "/calls/broadcasts/{id}/batches"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    id: int,
    *,
    body: BatchRequest,
    strict_validation: bool | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["strictValidation"] = strict_validation

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls/broadcasts/{id}/batches".format(
            id=quote(str(id), safe=""),
        ),
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
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
    strict_validation: bool | None = None,
) -> Response[ErrorResponse | ResourceId]:
    """Add batches to a call broadcast

     The 'add batch' API allows user to add additional batches to an already created voice broadcast
    campaign. The added batch will go through the CallFire validation process, unlike in the recipients
    version of this API. That is why you can use the scrubDuplicates flag to remove duplicates from your
    batch. Batches may be added as a contact list id, a list of contact ids, or a list of numbers

    Args:
        id (int): An id of a call broadcast
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (BatchRequest): A batch to add to a broadcast, from a contact list or a list of
            recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResourceId]
    """

    kwargs = build_request(
        id=id,
        body=body,
        strict_validation=strict_validation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: BatchRequest,
    strict_validation: bool | None = None,
) -> ErrorResponse | ResourceId | None:
    """Add batches to a call broadcast

     The 'add batch' API allows user to add additional batches to an already created voice broadcast
    campaign. The added batch will go through the CallFire validation process, unlike in the recipients
    version of this API. That is why you can use the scrubDuplicates flag to remove duplicates from your
    batch. Batches may be added as a contact list id, a list of contact ids, or a list of numbers

    Args:
        id (int): An id of a call broadcast
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (BatchRequest): A batch to add to a broadcast, from a contact list or a list of
            recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResourceId
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            strict_validation=strict_validation,
        )
    ).parsed
