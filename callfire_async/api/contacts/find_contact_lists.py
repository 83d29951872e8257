from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_page import ContactListPage
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "findContactLists"
HTTP_METHOD = "GET"
PATH = "/contacts/lists"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    fields: str | None = None,
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["name"] = name

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/lists",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ContactListPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactListPage.from_dict(json_loads(response.content))

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
) -> ContactListPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListPage | ErrorResponse]:
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
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
) -> Response[ContactListPage | ErrorResponse]:
    """Find contact lists

     Searches for all contact lists which are available for the current user. Returns a paged list of
    contact lists

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        name (str | None): A name or a partial name of a contact list
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListPage | ErrorResponse]
    """

    kwargs = build_request(
        fields=fields,
        limit=limit,
        name=name,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    limit: int | None = None,
    name: str | None = None,
    offset: int | None = None,
) -> ContactListPage | ErrorResponse | None:
    """Find contact lists

     Searches for all contact lists which are available for the current user. Returns a paged list of
    contact lists

    Args:
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        name (str | None): A name or a partial name of a contact list
        offset (int | None): Offset of the first item of the page (default 0).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            limit=limit,
            name=name,
            offset=offset,
        )
    ).parsed
