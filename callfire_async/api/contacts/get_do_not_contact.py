from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.do_not_contact import DoNotContact
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "getDoNotContact"
HTTP_METHOD = "GET"
PATH = "/contacts/dncs/{number}"
KIND = "plain"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/dncs/{number}".format(
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DoNotContact | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DoNotContact.from_dict(json_loads(response.content))

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
) -> DoNotContact | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DoNotContact | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DoNotContact | ErrorResponse]:
    """Get do not contact (dnc)

     Get Do Not Contact (DNC) object create by user. This DoNotContact entry only affects
    calls/texts/campaigns on this account.

    Args:
        number (str): A phone number in E.164 format (11 digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoNotContact | ErrorResponse]
    """

    kwargs = build_request(
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: str,
    *,
    client: AuthenticatedClient | Client,
) -> DoNotContact | ErrorResponse | None:
    """Get do not contact (dnc)

     Get Do Not Contact (DNC) object create by user. This DoNotContact entry only affects
    calls/texts/campaigns on this account.

    Args:
        number (str): A phone number in E.164 format (11 digits).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoNotContact | ErrorResponse
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
        )
    ).parsed
