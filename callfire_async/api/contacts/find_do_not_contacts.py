from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.do_not_contact_page import DoNotContactPage
from ...models.error_response import ErrorResponse
from ...types import Response, json_loads

OPERATION_ID = "findDoNotContacts"
HTTP_METHOD = "GET"
PATH = "/contacts/dncs"
KIND = "paged"
"""How the facade runs this operation: plain, paged, download, upload or bodiless."""


def build_request(
    *,
    call: bool | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    prefix: str | None = None,
    source: str | None = None,
    text: bool | None = None,
    inbound_call: bool | None = None,
    inbound_text: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["call"] = call

    params["campaignId"] = campaign_id

    params["fields"] = fields

    params["limit"] = limit

    json_number: list[str] | None = None
    if number is not None:
        json_number = number

    params["number"] = json_number

    params["offset"] = offset

    params["prefix"] = prefix

    params["source"] = source

    params["text"] = text

    params["inboundCall"] = inbound_call

    params["inboundText"] = inbound_text

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/dncs",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> DoNotContactPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DoNotContactPage.from_dict(json_loads(response.content))

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
) -> DoNotContactPage | ErrorResponse | None:
    try:
        return parse_response(response)
    except errors.UnexpectedStatus:
        if client.raise_on_unexpected_status:
            raise
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DoNotContactPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    call: bool | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    prefix: str | None = None,
    source: str | None = None,
    text: bool | None = None,
    inbound_call: bool | None = None,
    inbound_text: bool | None = None,
) -> Response[DoNotContactPage | ErrorResponse]:
    """Find do not contact (dnc) items

     Searches for all Do Not Contact (DNC) objects created by user. These DoNotContact entries only
    affect calls/texts/campaigns on this account. Returns a paged list of DoNotContact objects

    Args:
        call (bool | None): Show only numbers on the Do-Not-Call list.
        campaign_id (int | None): A campaign id which was used to send a message to a DNC number
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        number (list[str] | None): Phone numbers to search for (repeated,
            `number=1213...&number=1310...`).
        offset (int | None): Offset of the first item of the page (default 0).
        prefix (str | None): Prefix (1-10 digits) of phone numbers
        source (str | None): A DNC source name to search for DNCs
        text (bool | None): Show only numbers on the Do-Not-Text list.
        inbound_call (bool | None): Show only numbers that may not call in.
        inbound_text (bool | None): Show only numbers that may not text in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoNotContactPage | ErrorResponse]
    """

    kwargs = build_request(
        call=call,
        campaign_id=campaign_id,
        fields=fields,
        limit=limit,
        number=number,
        offset=offset,
        prefix=prefix,
        source=source,
        text=text,
        inbound_call=inbound_call,
        inbound_text=inbound_text,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    call: bool | None = None,
    campaign_id: int | None = None,
    fields: str | None = None,
    limit: int | None = None,
    number: list[str] | None = None,
    offset: int | None = None,
    prefix: str | None = None,
    source: str | None = None,
    text: bool | None = None,
    inbound_call: bool | None = None,
    inbound_text: bool | None = None,
) -> DoNotContactPage | ErrorResponse | None:
    """Find do not contact (dnc) items

     Searches for all Do Not Contact (DNC) objects created by user. These DoNotContact entries only
    affect calls/texts/campaigns on this account. Returns a paged list of DoNotContact objects

    Args:
        call (bool | None): Show only numbers on the Do-Not-Call list.
        campaign_id (int | None): A campaign id which was used to send a message to a DNC number
        fields (str | None): Limit the fields in the response (partial response), e.g.
            `fields=id,name` for a single object or `fields=items(id,name)` for a page.
        limit (int | None): Maximum number of items to return in a page (CallFire's default is
            100; fewer items than `limit` means the last page).
        number (list[str] | None): Phone numbers to search for (repeated,
            `number=1213...&number=1310...`).
        offset (int | None): Offset of the first item of the page (default 0).
        prefix (str | None): Prefix (1-10 digits) of phone numbers
        source (str | None): A DNC source name to search for DNCs
        text (bool | None): Show only numbers on the Do-Not-Text list.
        inbound_call (bool | None): Show only numbers that may not call in.
        inbound_text (bool | None): Show only numbers that may not text in.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoNotContactPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            call=call,
            campaign_id=campaign_id,
            fields=fields,
            limit=limit,
            number=number,
            offset=offset,
            prefix=prefix,
            source=source,
            text=text,
            inbound_call=inbound_call,
            inbound_text=inbound_text,
        )
    ).parsed
