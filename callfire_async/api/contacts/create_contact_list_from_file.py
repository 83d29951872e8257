from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_upload import ContactListUpload
from ...models.error_response import ErrorResponse
from ...models.resource_id import ResourceId
from ...types import Response, json_loads

OPERATION_ID = "createContactListFromFile"
HTTP_METHOD = "POST"
PATH = "/contacts/lists/upload"
KIND = "upload"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: ContactListUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/lists/upload",
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type itself, with a random boundary: a fixed
    # boundary would corrupt any uploaded file that happens to contain it.

    _kwargs["headers"] = headers
    return _kwargs


def build_upload_request() -> dict[str, Any]:
    """The request of this upload without its body: the caller streams the multipart body."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/lists/upload",
        "headers": headers,
    }
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | ResourceId | None:
    if response.status_code == 200:
        response_200 = ResourceId.from_dict(json_loads(response.content))

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
    body: ContactListUpload,
) -> Response[ErrorResponse | ResourceId]:
    """Create contact list from file

     Creates a contact list to be used with campaigns through uploading a .csv file. Returns the id of
    created list

    Args:
        body (ContactListUpload): A CSV file of contacts to create a contact list from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResourceId]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactListUpload,
) -> ErrorResponse | ResourceId | None:
    """Create contact list from file

     Creates a contact list to be used with campaigns through uploading a .csv file. Returns the id of
    created list

    Args:
        body (ContactListUpload): A CSV file of contacts to create a contact list from.

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
        )
    ).parsed
