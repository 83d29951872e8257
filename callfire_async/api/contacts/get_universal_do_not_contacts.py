from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.universal_do_not_contact_list import UniversalDoNotContactList
from ...types import Response, json_loads

OPERATION_ID = "getUniversalDoNotContacts"
HTTP_METHOD = "GET"
PATH = "/contacts/dncs/universals/{to_number}"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    to_number: str,
    *,
    fields: str | None = None,
    from_number: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["fromNumber"] = from_number

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/dncs/universals/{to_number}".format(
            to_number=quote(str(to_number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | UniversalDoNotContactList | None:
    if response.status_code == 200:
        response_200 = UniversalDoNotContactList.from_dict(json_loads(response.content))

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
) -> ErrorResponse | UniversalDoNotContactList | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UniversalDoNotContactList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    to_number: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    from_number: str | None = None,
) -> Response[ErrorResponse | UniversalDoNotContactList]:
    """Find universal do not contacts (udnc) associated with toNumber

     Searches for a UniversalDoNotContact object for a given phone number. Shows whether inbound/outbound
    actions are allowed for a given number

    Args:
        to_number (str): The destination phone number in E.164 format (11 digits).
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        from_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UniversalDoNotContactList]
    """

    kwargs = build_request(
        to_number=to_number,
        fields=fields,
        from_number=from_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    to_number: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | None = None,
    from_number: str | None = None,
) -> ErrorResponse | UniversalDoNotContactList | None:
    """Find universal do not contacts (udnc) associated with toNumber

     Searches for a UniversalDoNotContact object for a given phone number. Shows whether inbound/outbound
    actions are allowed for a given number

    Args:
        to_number (str): The destination phone number in E.164 format (11 digits).
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        from_number (str | None): A phone number in E.164 format (11 digits), e.g. 12132000384.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UniversalDoNotContactList
    """

    return (
        await asyncio_detailed(
            to_number=to_number,
            client=client,
            fields=fields,
            from_number=from_number,
        )
    ).parsed
