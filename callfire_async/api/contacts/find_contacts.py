from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_page import ContactPage
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "findContacts"
HTTP_METHOD = "GET"
PATH = "/contacts"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    contact_list_id: int | None = None,
    fields: str | None = None,
    id: list[int] | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    property_name: str | None = None,
    property_value: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["contactListId"] = contact_list_id

    params["fields"] = fields

    json_id: list[int] | None = None
    if id is not None:
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    json_number: list[str] | None = None
    if number is not None:
        json_number = number

    params["number"] = json_number

    params["offset"] = offset

    params["propertyName"] = property_name

    params["propertyValue"] = property_value

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ContactPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(json_loads(response.content))

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
) -> ContactPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    contact_list_id: int | None = None,
    fields: str | None = None,
    id: list[int] | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    property_name: str | None = None,
    property_value: str | None = None,
) -> Response[ContactPage | ErrorResponse]:
    """Find contacts

     Find user's contacts by id, contact list, or on any property name. Returns a paged list of contacts

    Args:
        contact_list_id (int | None): Filters contacts by a particular contact list
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        id (list[int] | None): Contact ids to search for (repeated, `id=1&id=2`).
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        number (list[str] | None): Phone numbers to search for (repeated,
            `number=1213...&number=1310...`).
        offset (int | None): Offset of the first item of the page (default 0).
        property_name (str | None): Name of a contact property to search by
        property_value (str | None): Value of a contact property to search by

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | ErrorResponse]
    """

    kwargs = build_request(
        contact_list_id=contact_list_id,
        fields=fields,
        id=id,
        limit=limit,
        number=number,
        offset=offset,
        property_name=property_name,
        property_value=property_value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    contact_list_id: int | None = None,
    fields: str | None = None,
    id: list[int] | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    property_name: str | None = None,
    property_value: str | None = None,
) -> ContactPage | ErrorResponse | None:
    """Find contacts

     Find user's contacts by id, contact list, or on any property name. Returns a paged list of contacts

    Args:
        contact_list_id (int | None): Filters contacts by a particular contact list
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        id (list[int] | None): Contact ids to search for (repeated, `id=1&id=2`).
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        number (list[str] | None): Phone numbers to search for (repeated,
            `number=1213...&number=1310...`).
        offset (int | None): Offset of the first item of the page (default 0).
        property_name (str | None): Name of a contact property to search by
        property_value (str | None): Value of a contact property to search by

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            contact_list_id=contact_list_id,
            fields=fields,
            id=id,
            limit=limit,
            number=number,
            offset=offset,
            property_name=property_name,
            property_value=property_value,
        )
    ).parsed
