"""Contains endpoint functions for accessing the API, and the typed resource class the facade exposes"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from ...custom.options import request_options
from ...models.add_contact_list_items_request import AddContactListItemsRequest
from ...models.contact import Contact
from ...models.contact_list import ContactList
from ...models.contact_list_page import ContactListPage
from ...models.contact_list_upload import ContactListUpload
from ...models.contact_page import ContactPage
from ...models.create_contact_list_request import CreateContactListRequest
from ...models.do_not_contact import DoNotContact
from ...models.do_not_contact_page import DoNotContactPage
from ...models.do_not_contact_request import DoNotContactRequest
from ...models.error_response import ErrorResponse
from ...models.resource_id import ResourceId
from ...models.resource_id_list import ResourceIdList
from ...models.universal_do_not_contact import UniversalDoNotContact
from ...models.universal_do_not_contact_list import UniversalDoNotContactList
from ...models.update_contact_list_request import UpdateContactListRequest
from ...types import UNSET, File, Unset
from . import add_contact_list_items as _add_contact_list_items
from . import add_do_not_contacts as _add_do_not_contacts
from . import create_contact_list as _create_contact_list
from . import create_contact_list_from_file as _create_contact_list_from_file
from . import create_contacts as _create_contacts
from . import delete_contact as _delete_contact
from . import delete_contact_list as _delete_contact_list
from . import delete_do_not_contact as _delete_do_not_contact
from . import delete_do_not_contacts_by_source as _delete_do_not_contacts_by_source
from . import find_contact_lists as _find_contact_lists
from . import find_contacts as _find_contacts
from . import find_do_not_contacts as _find_do_not_contacts
from . import get_contact as _get_contact
from . import get_contact_list as _get_contact_list
from . import get_contact_list_items as _get_contact_list_items
from . import get_do_not_contact as _get_do_not_contact
from . import get_universal_do_not_contacts as _get_universal_do_not_contacts
from . import remove_contact_list_item as _remove_contact_list_item
from . import remove_contact_list_items as _remove_contact_list_items
from . import update_contact_list as _update_contact_list
from . import update_do_not_contact as _update_do_not_contact

if TYPE_CHECKING:
    import httpx

    from ...custom.downloads import BinaryDownload
    from ...custom.pagination import AsyncPaginator
    from ...custom.raw import RawResponse
    from ...custom.retry import RetryPolicy
    from ...custom.runner import OperationRunner
    from ...custom.uploads import UploadSource

_ = (
    UNSET,
    Unset,
    File,
    cast,
    Mapping,
    Literal,
)  # keep imports stable whatever the tag's operations use


class ContactsApi:
    """The operations tagged `contacts`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    # Each method's generated endpoint module (KIND, HTTP_METHOD, PATH, the hooks): read by the
    # API reference writer and the tests.
    ENDPOINT_MODULES: ClassVar[dict[str, ModuleType]] = {
        "find_contacts": _find_contacts,
        "create_contacts": _create_contacts,
        "find_do_not_contacts": _find_do_not_contacts,
        "add_do_not_contacts": _add_do_not_contacts,
        "delete_do_not_contacts_by_source": _delete_do_not_contacts_by_source,
        "get_universal_do_not_contacts": _get_universal_do_not_contacts,
        "get_do_not_contact": _get_do_not_contact,
        "update_do_not_contact": _update_do_not_contact,
        "delete_do_not_contact": _delete_do_not_contact,
        "find_contact_lists": _find_contact_lists,
        "create_contact_list": _create_contact_list,
        "create_contact_list_from_file": _create_contact_list_from_file,
        "get_contact_list": _get_contact_list,
        "update_contact_list": _update_contact_list,
        "delete_contact_list": _delete_contact_list,
        "get_contact_list_items": _get_contact_list_items,
        "add_contact_list_items": _add_contact_list_items,
        "remove_contact_list_items": _remove_contact_list_items,
        "remove_contact_list_item": _remove_contact_list_item,
        "get_contact": _get_contact,
        "delete_contact": _delete_contact,
    }

    def find_contacts(
        self,
        *,
        contact_list_id: int | None = None,
        fields: str | None = None,
        id: list[int] | None = None,
        limit: int | None = None,
        number: list[str] | None = None,
        offset: int | None = None,
        property_name: str | None = None,
        property_value: str | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[ContactPage, Contact]:
        """Find contacts

        Find user's contacts by id, contact list, or on any property name. Returns a paged list of
        contacts

        Args:
            contact_list_id: Filters contacts by a particular contact list
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            id: Contact ids to search for (repeated, `id=1&id=2`).
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            number: Phone numbers to search for (repeated, `number=1213...&number=1310...`).
            offset: Offset of the first item of the page (default 0).
            property_name: Name of a contact property to search by
            property_value: Value of a contact property to search by
            max_items: Stop after this many items in total (None: every item).
            prefetch: Fetch the next page while the current one is being consumed.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A paginator: `await` it for the first page, `async for` it for every item across pages,
            or iterate `.pages()`.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.paginate(
            _find_contacts,
            "find_contacts",
            dict(
                contact_list_id=contact_list_id,
                fields=fields,
                id=id,
                limit=limit,
                number=number,
                offset=offset,
                property_name=property_name,
                property_value=property_value,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def create_contacts(
        self,
        *,
        body: list[Contact],
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ResourceIdList:
        """Create contacts

        Creates contacts in CallFire system. These contacts are not validated on creation. They will
        be validated upon being added to a campaign

        Args:
            body:
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ResourceIdList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ResourceIdList",
            await self._runner.call(
                _create_contacts,
                "create_contacts",
                dict(
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def find_do_not_contacts(
        self,
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
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[DoNotContactPage, DoNotContact]:
        """Find do not contact (dnc) items

        Searches for all Do Not Contact (DNC) objects created by user. These DoNotContact entries
        only affect calls/texts/campaigns on this account. Returns a paged list of DoNotContact
        objects

        Args:
            call: Show only numbers on the Do-Not-Call list.
            campaign_id: A campaign id which was used to send a message to a DNC number
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            number: Phone numbers to search for (repeated, `number=1213...&number=1310...`).
            offset: Offset of the first item of the page (default 0).
            prefix: Prefix (1-10 digits) of phone numbers
            source: A DNC source name to search for DNCs
            text: Show only numbers on the Do-Not-Text list.
            inbound_call: Show only numbers that may not call in.
            inbound_text: Show only numbers that may not text in.
            max_items: Stop after this many items in total (None: every item).
            prefetch: Fetch the next page while the current one is being consumed.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A paginator: `await` it for the first page, `async for` it for every item across pages,
            or iterate `.pages()`.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.paginate(
            _find_do_not_contacts,
            "find_do_not_contacts",
            dict(
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
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def add_do_not_contacts(
        self,
        *,
        body: DoNotContactRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Add or update do not contact (dnc) numbers

        Add or update a list of Do Not Contact (DNC) contact entries. Can toggle whether the DNCs
        are enabled for calls/texts.

        Args:
            body: Numbers to add to (or update on) the do-not-contact list.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _add_do_not_contacts,
                "add_do_not_contacts",
                dict(
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_do_not_contacts_by_source(
        self,
        source: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete do not contact (dnc) numbers contained in source.

        Delete Do Not Contact (DNC) contact entries contained in source.

        Args:
            source: The source whose do-not-contact entries to delete.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _delete_do_not_contacts_by_source,
                "delete_do_not_contacts_by_source",
                dict(
                    source=source,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_universal_do_not_contacts(
        self,
        to_number: str,
        *,
        fields: str | None = None,
        from_number: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> UniversalDoNotContactList:
        """Find universal do not contacts (udnc) associated with toNumber

        Searches for a UniversalDoNotContact object for a given phone number. Shows whether
        inbound/outbound actions are allowed for a given number

        Args:
            to_number: The destination phone number in E.164 format (11 digits).
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            from_number: A phone number in E.164 format (11 digits), e.g. 12132000384.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            UniversalDoNotContactList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "UniversalDoNotContactList",
            await self._runner.call(
                _get_universal_do_not_contacts,
                "get_universal_do_not_contacts",
                dict(
                    to_number=to_number,
                    fields=fields,
                    from_number=from_number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_do_not_contact(
        self,
        number: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> DoNotContact:
        """Get do not contact (dnc)

        Get Do Not Contact (DNC) object create by user. This DoNotContact entry only affects
        calls/texts/campaigns on this account.

        Args:
            number: A phone number in E.164 format (11 digits).
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            DoNotContact

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "DoNotContact",
            await self._runner.call(
                _get_do_not_contact,
                "get_do_not_contact",
                dict(
                    number=number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_do_not_contact(
        self,
        number: str,
        *,
        body: DoNotContact,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Update an individual do not contact (dnc) number

        Update a Do Not Contact (DNC) contact entry. Can toggle whether the DNC is enabled for
        calls/texts.

        Args:
            number: A phone number in E.164 format (11 digits).
            body: A number on the account's do-not-contact list and the channels it blocks.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _update_do_not_contact,
                "update_do_not_contact",
                dict(
                    number=number,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_do_not_contact(
        self,
        number: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete do not contact (dnc) number. If number contains commas treat as list of numbers

        Delete a Do Not Contact (DNC) contact entry.

        Args:
            number: A phone number in E.164 format (11 digits); a comma-separated value deletes several
                numbers.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _delete_do_not_contact,
                "delete_do_not_contact",
                dict(
                    number=number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def find_contact_lists(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[ContactListPage, ContactList]:
        """Find contact lists

        Searches for all contact lists which are available for the current user. Returns a paged
        list of contact lists

        Args:
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            name: A name or a partial name of a contact list
            offset: Offset of the first item of the page (default 0).
            max_items: Stop after this many items in total (None: every item).
            prefetch: Fetch the next page while the current one is being consumed.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A paginator: `await` it for the first page, `async for` it for every item across pages,
            or iterate `.pages()`.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.paginate(
            _find_contact_lists,
            "find_contact_lists",
            dict(
                fields=fields,
                limit=limit,
                name=name,
                offset=offset,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def create_contact_list(
        self,
        *,
        body: CreateContactListRequest,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ContactList:
        """Create contact lists

        Creates a contact list for use with campaigns using 1 of 3 inputs. A List of Contact
        objects, a list of String E.164 numbers, or a list of CallFire contactIds can be used as the
        data source for the created contact list. After contact list is added into the CallFire
        system, contact lists goes through seven system safeguards that check the accuracy and
        consistency of the data. For example, our system checks that contact number is formatted
        correctly, is valid, is not duplicated in another contact list, or is not added on a
        specific DNC list. You can configure to keep/merge or remove contacts which do not complies
        these rules. If contacts were not added to a contact list after the validation, this means
        the data needs to be properly formatted and corrected before calling this API

        Args:
            fields: Limit the fields in the response (partial response).
            body: A new contact list's name and contacts (set one of contacts, contactIds,
                contactNumbers).
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ContactList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ContactList",
            await self._runner.call(
                _create_contact_list,
                "create_contact_list",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def create_contact_list_from_file(
        self,
        *,
        file: UploadSource,
        name: str | None = None,
        use_custom_fields: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ResourceId:
        """Create contact list from file

        Creates a contact list to be used with campaigns through uploading a .csv file. Returns the
        id of created list

        Args:
            file: The CSV file; its header row names the contact fields.
            name: The new list's name.
            use_custom_fields: True to keep the CSV's column names as property names; false to name custom fields
                A, B, C, ...
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ResourceId. File fields take a path, bytes or a binary file object and are streamed from
            disk as multipart/form-data with a random boundary.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ResourceId",
            await self._runner.upload(
                _create_contact_list_from_file,
                "create_contact_list_from_file",
                parameters={},
                form={
                    "name": name,
                    "useCustomFields": use_custom_fields,
                },
                files={
                    "file": file,
                },
                options=request_options(timeout, extra_headers, extra_query, retry, call_timeout),
                raw=False,
            ),
        )

    async def get_contact_list(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ContactList:
        """Find a specific contact list

        Returns a single ContactList instance for a given contact list id

        Args:
            id: An id of a contact list to return
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ContactList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ContactList",
            await self._runner.call(
                _get_contact_list,
                "get_contact_list",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_contact_list(
        self,
        id: int,
        *,
        body: UpdateContactListRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Update a contact list

        Updates contact list instance.

        Args:
            id: An id of contact list to update
            body: A contact list's new name.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _update_contact_list,
                "update_contact_list",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_contact_list(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete a contact list

        Deletes a contact list, included contacts will not be deleted.

        Args:
            id: An id of the contact list to be deleted
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _delete_contact_list,
                "delete_contact_list",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_contact_list_items(
        self,
        id: int,
        *,
        fields: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[ContactPage, Contact]:
        """Find contacts in a contact list

        Searches for all entries in a contact list with specified id. Returns a paged list of
        contact entries

        Args:
            id: An id of a contact list
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            offset: Offset of the first item of the page (default 0).
            max_items: Stop after this many items in total (None: every item).
            prefetch: Fetch the next page while the current one is being consumed.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A paginator: `await` it for the first page, `async for` it for every item across pages,
            or iterate `.pages()`.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.paginate(
            _get_contact_list_items,
            "get_contact_list_items",
            dict(
                id=id,
                fields=fields,
                limit=limit,
                offset=offset,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def add_contact_list_items(
        self,
        id: int,
        *,
        body: AddContactListItemsRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Add contacts to a contact list

        Adds contacts to a contact list. Available contact sources are: list of the contact
        entities, list of ids of existing contacts in user's account, list of phone numbers in E.164
        format (11-digits)

        Args:
            id: An id of a contact list
            body: Contacts to add to a list (set one of contacts, contactIds, contactNumbers).
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _add_contact_list_items,
                "add_contact_list_items",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def remove_contact_list_items(
        self,
        id: int,
        *,
        contact_id: list[int] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete contacts from a contact list

        Deletes contacts from a contact list. List the contact ids in request to delete multiple
        contacts with one request.

        Args:
            id: A id of a contact list
            contact_id: Ids of the contacts to remove (repeated, `contactId=1&contactId=2`).
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _remove_contact_list_items,
                "remove_contact_list_items",
                dict(
                    id=id,
                    contact_id=contact_id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def remove_contact_list_item(
        self,
        id: int,
        contact_id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete a contact from a contact list

        Deletes a single contact from a contact list

        Args:
            id: An id of a contact list
            contact_id: An id of the contact to remove.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _remove_contact_list_item,
                "remove_contact_list_item",
                dict(
                    id=id,
                    contact_id=contact_id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_contact(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> Contact:
        """Find a specific contact

        Returns a Contact instance for a given contact id. Deleted contacts can be still retrieved
        but will be marked as deleted. Deleted contacts will not be shown in search request.

        Args:
            id: An id of a contact
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            Contact

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "Contact",
            await self._runner.call(
                _get_contact,
                "get_contact",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_contact(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete a contact

        Deletes a contact instance from account

        Args:
            id: An Id of a contact
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            None (CallFire answers with no body)

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "None",
            await self._runner.call(
                _delete_contact,
                "delete_contact",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )


class ContactsApiWithRawResponse:
    """The operations tagged `contacts`, each returning its successful HTTP response unparsed (`.parse()` gives the model; downloads are not offered)."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    async def find_contacts(
        self,
        *,
        contact_list_id: int | None = None,
        fields: str | None = None,
        id: list[int] | None = None,
        limit: int | None = None,
        number: list[str] | None = None,
        offset: int | None = None,
        property_name: str | None = None,
        property_value: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ContactPage]:
        """`find_contacts`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[ContactPage]",
            await self._runner.call_raw(
                _find_contacts,
                "find_contacts",
                dict(
                    contact_list_id=contact_list_id,
                    fields=fields,
                    id=id,
                    limit=limit,
                    number=number,
                    offset=offset,
                    property_name=property_name,
                    property_value=property_value,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def create_contacts(
        self,
        *,
        body: list[Contact],
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ResourceIdList]:
        """`create_contacts`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ResourceIdList]",
            await self._runner.call_raw(
                _create_contacts,
                "create_contacts",
                dict(
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def find_do_not_contacts(
        self,
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
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[DoNotContactPage]:
        """`find_do_not_contacts`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[DoNotContactPage]",
            await self._runner.call_raw(
                _find_do_not_contacts,
                "find_do_not_contacts",
                dict(
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
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def add_do_not_contacts(
        self,
        *,
        body: DoNotContactRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`add_do_not_contacts`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _add_do_not_contacts,
                "add_do_not_contacts",
                dict(
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_do_not_contacts_by_source(
        self,
        source: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`delete_do_not_contacts_by_source`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _delete_do_not_contacts_by_source,
                "delete_do_not_contacts_by_source",
                dict(
                    source=source,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_universal_do_not_contacts(
        self,
        to_number: str,
        *,
        fields: str | None = None,
        from_number: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[UniversalDoNotContactList]:
        """`get_universal_do_not_contacts`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[UniversalDoNotContactList]",
            await self._runner.call_raw(
                _get_universal_do_not_contacts,
                "get_universal_do_not_contacts",
                dict(
                    to_number=to_number,
                    fields=fields,
                    from_number=from_number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_do_not_contact(
        self,
        number: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[DoNotContact]:
        """`get_do_not_contact`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[DoNotContact]",
            await self._runner.call_raw(
                _get_do_not_contact,
                "get_do_not_contact",
                dict(
                    number=number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_do_not_contact(
        self,
        number: str,
        *,
        body: DoNotContact,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`update_do_not_contact`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _update_do_not_contact,
                "update_do_not_contact",
                dict(
                    number=number,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_do_not_contact(
        self,
        number: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`delete_do_not_contact`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _delete_do_not_contact,
                "delete_do_not_contact",
                dict(
                    number=number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def find_contact_lists(
        self,
        *,
        fields: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        offset: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ContactListPage]:
        """`find_contact_lists`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[ContactListPage]",
            await self._runner.call_raw(
                _find_contact_lists,
                "find_contact_lists",
                dict(
                    fields=fields,
                    limit=limit,
                    name=name,
                    offset=offset,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def create_contact_list(
        self,
        *,
        body: CreateContactListRequest,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ContactList]:
        """`create_contact_list`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ContactList]",
            await self._runner.call_raw(
                _create_contact_list,
                "create_contact_list",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def create_contact_list_from_file(
        self,
        *,
        file: UploadSource,
        name: str | None = None,
        use_custom_fields: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ResourceId]:
        """`create_contact_list_from_file`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ResourceId]",
            await self._runner.upload(
                _create_contact_list_from_file,
                "create_contact_list_from_file",
                parameters={},
                form={
                    "name": name,
                    "useCustomFields": use_custom_fields,
                },
                files={
                    "file": file,
                },
                options=request_options(timeout, extra_headers, extra_query, retry, call_timeout),
                raw=True,
            ),
        )

    async def get_contact_list(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ContactList]:
        """`get_contact_list`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ContactList]",
            await self._runner.call_raw(
                _get_contact_list,
                "get_contact_list",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_contact_list(
        self,
        id: int,
        *,
        body: UpdateContactListRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`update_contact_list`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _update_contact_list,
                "update_contact_list",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_contact_list(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`delete_contact_list`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _delete_contact_list,
                "delete_contact_list",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_contact_list_items(
        self,
        id: int,
        *,
        fields: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ContactPage]:
        """`get_contact_list_items`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[ContactPage]",
            await self._runner.call_raw(
                _get_contact_list_items,
                "get_contact_list_items",
                dict(
                    id=id,
                    fields=fields,
                    limit=limit,
                    offset=offset,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def add_contact_list_items(
        self,
        id: int,
        *,
        body: AddContactListItemsRequest,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`add_contact_list_items`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _add_contact_list_items,
                "add_contact_list_items",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def remove_contact_list_items(
        self,
        id: int,
        *,
        contact_id: list[int] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`remove_contact_list_items`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _remove_contact_list_items,
                "remove_contact_list_items",
                dict(
                    id=id,
                    contact_id=contact_id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def remove_contact_list_item(
        self,
        id: int,
        contact_id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`remove_contact_list_item`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _remove_contact_list_item,
                "remove_contact_list_item",
                dict(
                    id=id,
                    contact_id=contact_id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_contact(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[Contact]:
        """`get_contact`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[Contact]",
            await self._runner.call_raw(
                _get_contact,
                "get_contact",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_contact(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`delete_contact`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _delete_contact,
                "delete_contact",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )
