from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list import ContactList
from ...models.create_contact_list_request import CreateContactListRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "createContactList"
HTTP_METHOD = "POST"
PATH = "/contacts/lists"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    body: CreateContactListRequest,
    fields: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contacts/lists",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ContactList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactList.from_dict(json_loads(response.content))

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
) -> ContactList | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactListRequest,
    fields: str | None = None,
) -> Response[ContactList | ErrorResponse]:
    """Create contact lists

     Creates a contact list for use with campaigns using 1 of 3 inputs. A List of Contact objects, a list
    of String E.164 numbers, or a list of CallFire contactIds can be used as the data source for the
    created contact list. After contact list is added into the CallFire system, contact lists goes
    through seven system safeguards that check the accuracy and consistency of the data. For example,
    our system checks that contact number is formatted correctly, is valid, is not duplicated in another
    contact list, or is not added on a specific DNC list. You can configure to keep/merge or remove
    contacts which do not complies these rules. If contacts were not added to a contact list after the
    validation, this means the data needs to be properly formatted and corrected before calling this API

    Args:
        fields (str | None): Limit the fields in the response (partial response).
        body (CreateContactListRequest): A new contact list's name and contacts (set one of
            contacts, contactIds, contactNumbers).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateContactListRequest,
    fields: str | None = None,
) -> ContactList | ErrorResponse | None:
    """Create contact lists

     Creates a contact list for use with campaigns using 1 of 3 inputs. A List of Contact objects, a list
    of String E.164 numbers, or a list of CallFire contactIds can be used as the data source for the
    created contact list. After contact list is added into the CallFire system, contact lists goes
    through seven system safeguards that check the accuracy and consistency of the data. For example,
    our system checks that contact number is formatted correctly, is valid, is not duplicated in another
    contact list, or is not added on a specific DNC list. You can configure to keep/merge or remove
    contacts which do not complies these rules. If contacts were not added to a contact list after the
    validation, this means the data needs to be properly formatted and corrected before calling this API

    Args:
        fields (str | None): Limit the fields in the response (partial response).
        body (CreateContactListRequest): A new contact list's name and contacts (set one of
            contacts, contactIds, contactNumbers).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            fields=fields,
        )
    ).parsed
