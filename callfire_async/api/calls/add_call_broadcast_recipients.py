from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_list import CallList
from ...models.error_response import ErrorResponse
from ...models.recipient import Recipient
from ...types import Response, json_loads

OPERATION_ID = "addCallBroadcastRecipients"
HTTP_METHOD = "POST"
PATH = "/calls/broadcasts/{id}/recipients"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    id: int,
    *,
    body: list[Recipient],
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["strictValidation"] = strict_validation

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calls/broadcasts/{id}/recipients".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CallList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallList.from_dict(json_loads(response.content))

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
) -> CallList | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CallList | ErrorResponse]:
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
    body: list[Recipient],
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> Response[CallList | ErrorResponse]:
    """Add recipients to a call broadcast

     Use this API to add the recipients to an existing voice broadcast. Post a list of Recipient objects
    to be added to the voice broadcast campaign. These contacts will not go through validation process,
    and will be acted upon as they are added. Recipients may be added as a list of contact ids, or list
    of numbers

    Args:
        id (int): An id of a call broadcast
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (list[Recipient]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallList | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
        fields=fields,
        strict_validation=strict_validation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[Recipient],
    fields: str | None = None,
    strict_validation: bool | None = None,
) -> CallList | ErrorResponse | None:
    """Add recipients to a call broadcast

     Use this API to add the recipients to an existing voice broadcast. Post a list of Recipient objects
    to be added to the voice broadcast campaign. These contacts will not go through validation process,
    and will be acted upon as they are added. Recipients may be added as a list of contact ids, or list
    of numbers

    Args:
        id (int): An id of a call broadcast
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        strict_validation (bool | None): Turns on strict validation of recipients.
        body (list[Recipient]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            fields=fields,
            strict_validation=strict_validation,
        )
    ).parsed
