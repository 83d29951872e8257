"""Contains endpoint functions for accessing the API, and the typed resource class the facade exposes"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from io import BytesIO
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from ...custom.options import request_options
from ...models.batch import Batch
from ...models.batch_page import BatchPage
from ...models.batch_request import BatchRequest
from ...models.call import Call
from ...models.call_broadcast import CallBroadcast
from ...models.call_broadcast_page import CallBroadcastPage
from ...models.call_broadcast_stats import CallBroadcastStats
from ...models.call_list import CallList
from ...models.call_page import CallPage
from ...models.call_recipient import CallRecipient
from ...models.call_recording import CallRecording
from ...models.call_recording_list import CallRecordingList
from ...models.call_result import CallResult
from ...models.call_state import CallState
from ...models.error_response import ErrorResponse
from ...models.recipient import Recipient
from ...models.resource_id import ResourceId
from ...models.voice import Voice
from ...types import UNSET, File, FileTypes, Unset, datetime_to_unix_ms
from . import add_call_broadcast_batch as _add_call_broadcast_batch
from . import add_call_broadcast_recipients as _add_call_broadcast_recipients
from . import archive_voice_broadcast as _archive_voice_broadcast
from . import create_call_broadcast as _create_call_broadcast
from . import find_call_broadcasts as _find_call_broadcasts
from . import find_calls as _find_calls
from . import get_call as _get_call
from . import get_call_broadcast as _get_call_broadcast
from . import get_call_broadcast_batches as _get_call_broadcast_batches
from . import get_call_broadcast_calls as _get_call_broadcast_calls
from . import get_call_broadcast_stats as _get_call_broadcast_stats
from . import get_call_recording as _get_call_recording
from . import get_call_recording_by_name as _get_call_recording_by_name
from . import get_call_recording_mp_3 as _get_call_recording_mp_3
from . import get_call_recording_mp_3_by_name as _get_call_recording_mp_3_by_name
from . import get_call_recordings as _get_call_recordings
from . import send_calls as _send_calls
from . import start_voice_broadcast as _start_voice_broadcast
from . import stop_voice_broadcast as _stop_voice_broadcast
from . import update_call_broadcast as _update_call_broadcast

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


class CallsApi:
    """The operations tagged `calls`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    # Each method's generated endpoint module (KIND, HTTP_METHOD, PATH, the hooks): read by the
    # API reference writer and the tests.
    ENDPOINT_MODULES: ClassVar[dict[str, ModuleType]] = {
        "find_calls": _find_calls,
        "send_calls": _send_calls,
        "find_call_broadcasts": _find_call_broadcasts,
        "create_call_broadcast": _create_call_broadcast,
        "get_call_broadcast": _get_call_broadcast,
        "update_call_broadcast": _update_call_broadcast,
        "archive_voice_broadcast": _archive_voice_broadcast,
        "get_call_broadcast_batches": _get_call_broadcast_batches,
        "add_call_broadcast_batch": _add_call_broadcast_batch,
        "get_call_broadcast_calls": _get_call_broadcast_calls,
        "add_call_broadcast_recipients": _add_call_broadcast_recipients,
        "start_voice_broadcast": _start_voice_broadcast,
        "get_call_broadcast_stats": _get_call_broadcast_stats,
        "stop_voice_broadcast": _stop_voice_broadcast,
        "get_call_recording": _get_call_recording,
        "get_call_recording_mp3": _get_call_recording_mp_3,
        "get_call": _get_call,
        "get_call_recordings": _get_call_recordings,
        "get_call_recording_by_name": _get_call_recording_by_name,
        "get_call_recording_mp3_by_name": _get_call_recording_mp_3_by_name,
    }

    def find_calls(
        self,
        *,
        batch_id: int | None = None,
        campaign_id: int | None = None,
        fields: str | None = None,
        from_number: str | None = None,
        id: list[int] | None = None,
        inbound: bool | None = None,
        interval_begin: datetime.datetime | int | None = None,
        interval_end: datetime.datetime | int | None = None,
        label: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        results: list[CallResult] | list[str] | str | None = None,
        states: list[CallState] | list[str] | str | None = None,
        to_number: str | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[CallPage, Call]:
        """Find calls

        To search for all calls sent or received by the user. Use "id=0" for the campaignId
        parameter to query for all calls sent through the POST /calls API. See [call states and
        results](https://developers.callfire.com/results-responses-errors.html)

        Args:
            batch_id: An id of a contact batch, queries for calls of a particular contact batch
            campaign_id: Broadcast id whose calls to return; `0` returns the calls sent through POST /calls.
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            from_number: A phone number in E.164 format (11 digits), e.g. 12132000384.
            id: Call ids to search for (repeated, `id=1&id=2`).
            inbound: Filters inbound calls for true value and outbound calls for false value
            interval_begin: Start of the time interval, in unix time milliseconds.
            interval_end: End of the time interval, in unix time milliseconds.
            label: A label for a specific call
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            offset: Offset of the first item of the page (default 0).
            results: Call results to search for, sent as one comma-separated value (`results=LA,AM`); a
                list of CallResult members or plain strings, or one comma-separated string. Known
                values: LA, AM, BUSY, DNC, XFER, NO_ANS, XFER_LEG, INTERNAL_ERROR, CARRIER_ERROR,
                CARRIER_TEMP_ERROR, UNDIALED, SD, POSTPONED, ABANDONED, SKIPPED.
            states: Call states to search for, sent as one comma-separated value
                (`states=READY,FINISHED`); a list of CallState members or plain strings, or one
                comma-separated string. Known values: READY, SELECTED, CALLBACK, FINISHED, DISABLED,
                SKIPPED, DNC, DUP, INVALID, TIMEOUT, PERIOD_LIMIT.
            to_number: A phone number in E.164 format (11 digits), e.g. 12132000384.
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
            _find_calls,
            "find_calls",
            dict(
                batch_id=batch_id,
                campaign_id=campaign_id,
                fields=fields,
                from_number=from_number,
                id=id,
                inbound=inbound,
                interval_begin=interval_begin,
                interval_end=interval_end,
                label=label,
                limit=limit,
                offset=offset,
                results=results,
                states=states,
                to_number=to_number,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def send_calls(
        self,
        *,
        body: list[CallRecipient],
        campaign_id: int | None = None,
        default_live_message: str | None = None,
        default_live_message_sound_id: int | None = None,
        default_machine_message: str | None = None,
        default_machine_message_sound_id: int | None = None,
        default_voice: Voice | None = None,
        fields: str | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallList:
        """Send calls

        Use the /calls API to send individual calls quickly. A verified Caller ID and sufficient
        credits are required to make a call. CallRecipient represents a single recipient identified
        by phone number or contact id in CallFire system. You can attach user-defined attributes to
        a Call action via CallRecipient.attributes property, attributes are available in Call action
        response

        Args:
            campaign_id: Specifies a campaignId to send calls quickly on a previously created campaign
            default_live_message: Text to be turned into a sound, this text will be played when the phone is answered
            default_live_message_sound_id: Id of sound file to play if phone is answered
            default_machine_message: Text to be turned into a sound, this text will be played when answering machine is
                detected
            default_machine_message_sound_id: An id of a sound file to play if answering machine is detected
            default_voice: A text-to-speech voice.
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            strict_validation: Turns on strict validation of recipients.
            body:
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallList",
            await self._runner.call(
                _send_calls,
                "send_calls",
                dict(
                    body=body,
                    campaign_id=campaign_id,
                    default_live_message=default_live_message,
                    default_live_message_sound_id=default_live_message_sound_id,
                    default_machine_message=default_machine_message,
                    default_machine_message_sound_id=default_machine_message_sound_id,
                    default_voice=default_voice,
                    fields=fields,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def find_call_broadcasts(
        self,
        *,
        fields: str | None = None,
        label: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        offset: int | None = None,
        running: bool | None = None,
        scheduled: bool | None = None,
        interval_begin: datetime.datetime | int | None = None,
        interval_end: datetime.datetime | int | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[CallBroadcastPage, CallBroadcast]:
        """Find call broadcasts

        Searches for all voice broadcasts created by user. Can query on label, name, and the current
        running status of the campaign. Returns a paged list of voice broadcasts

        Args:
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            label: A label of a voice broadcast
            limit: Maximum number of items to return in a page (CallFire's default is 100; fewer items
                than `limit` means the last page).
            name: A name of voice broadcast
            offset: Offset of the first item of the page (default 0).
            running: Specify whether the campaigns should be running or not
            scheduled: Find only broadcasts that are (true) or are not (false) scheduled.
            interval_begin: Start of the find time interval, in unix milliseconds.
            interval_end: End of the find time interval, in unix milliseconds.
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
            _find_call_broadcasts,
            "find_call_broadcasts",
            dict(
                fields=fields,
                label=label,
                limit=limit,
                name=name,
                offset=offset,
                running=running,
                scheduled=scheduled,
                interval_begin=interval_begin,
                interval_end=interval_end,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def create_call_broadcast(
        self,
        *,
        body: CallBroadcast,
        start: bool | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ResourceId:
        """Create a call broadcast

        Creates a call broadcast campaign using the Call Broadcast API. Send a CallBroadcast in the
        message body to add details in a voice broadcast campaign. The campaign can be created
        without contacts and bare minimum configuration, but contacts will have to be added further
        on to use the campaign

        Args:
            start: Specify whether to immediately start this campaign (not required)
            strict_validation: Turns on strict validation of recipients.
            body: A voice campaign calling a set of recipients with sounds, schedules and retries.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ResourceId

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ResourceId",
            await self._runner.call(
                _create_call_broadcast,
                "create_call_broadcast",
                dict(
                    body=body,
                    start=start,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallBroadcast:
        """Find a specific call broadcast

        Returns a single CallBroadcast instance for a given call broadcast campaign id

        Args:
            id: An id of a CallBroadcast
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallBroadcast

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallBroadcast",
            await self._runner.call(
                _get_call_broadcast,
                "get_call_broadcast",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_call_broadcast(
        self,
        id: int,
        *,
        body: CallBroadcast,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Update a call broadcast

        This operation lets the user modify the configuration of a voice broadcast campaign after
        call broadcast campaign is created. See CallBroadcast for more information on what can/can't
        be updated on this API

        Args:
            id: An id of a voice broadcast
            strict_validation: Turns on strict validation of recipients.
            body: A voice campaign calling a set of recipients with sounds, schedules and retries.
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
                _update_call_broadcast,
                "update_call_broadcast",
                dict(
                    id=id,
                    body=body,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def archive_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Archive voice broadcast

        Archives a voice broadcast (voice broadcast will be hidden in search results)

        Args:
            id: An id of a voice broadcast to archive
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
                _archive_voice_broadcast,
                "archive_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_call_broadcast_batches(
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
    ) -> AsyncPaginator[BatchPage, Batch]:
        """Find batches in a call broadcast

        This endpoint will enable the user to page through all of the batches for a particular voice
        broadcast campaign

        Args:
            id: An id of a call broadcast
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
            _get_call_broadcast_batches,
            "get_call_broadcast_batches",
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

    async def add_call_broadcast_batch(
        self,
        id: int,
        *,
        body: BatchRequest,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> ResourceId:
        """Add batches to a call broadcast

        The 'add batch' API allows user to add additional batches to an already created voice
        broadcast campaign. The added batch will go through the CallFire validation process, unlike
        in the recipients version of this API. That is why you can use the scrubDuplicates flag to
        remove duplicates from your batch. Batches may be added as a contact list id, a list of
        contact ids, or a list of numbers

        Args:
            id: An id of a call broadcast
            strict_validation: Turns on strict validation of recipients.
            body: A batch to add to a broadcast, from a contact list or a list of recipients.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            ResourceId

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "ResourceId",
            await self._runner.call(
                _add_call_broadcast_batch,
                "add_call_broadcast_batch",
                dict(
                    id=id,
                    body=body,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_call_broadcast_calls(
        self,
        id: int,
        *,
        batch_id: int | None = None,
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
    ) -> AsyncPaginator[CallPage, Call]:
        """Find calls in a call broadcast

        This endpoint will enable the user to page through all calls for a particular call broadcast
        campaign

        Args:
            id: An Id of a call broadcast
            batch_id: An id of a particular batch associated with broadcast
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
            _get_call_broadcast_calls,
            "get_call_broadcast_calls",
            dict(
                id=id,
                batch_id=batch_id,
                fields=fields,
                limit=limit,
                offset=offset,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def add_call_broadcast_recipients(
        self,
        id: int,
        *,
        body: list[Recipient],
        fields: str | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallList:
        """Add recipients to a call broadcast

        Use this API to add the recipients to an existing voice broadcast. Post a list of Recipient
        objects to be added to the voice broadcast campaign. These contacts will not go through
        validation process, and will be acted upon as they are added. Recipients may be added as a
        list of contact ids, or list of numbers

        Args:
            id: An id of a call broadcast
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            strict_validation: Turns on strict validation of recipients.
            body:
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallList",
            await self._runner.call(
                _add_call_broadcast_recipients,
                "add_call_broadcast_recipients",
                dict(
                    id=id,
                    body=body,
                    fields=fields,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def start_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Start voice broadcast

        Start a voice broadcast

        Args:
            id: An id of voice broadcast to start
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
                _start_voice_broadcast,
                "start_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast_stats(
        self,
        id: int,
        *,
        begin: datetime.datetime | int | None = None,
        end: datetime.datetime | int | None = None,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallBroadcastStats:
        """Get statistics on call broadcast

        Returns broadcast statistics like total number of sent/received actions, total cost, number
        of remaining outbound actions, error count, etc

        Args:
            id: An id of a call broadcast
            begin: Start of the statistics interval, in unix time milliseconds.
            end: End of the statistics interval, in unix time milliseconds.
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallBroadcastStats

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallBroadcastStats",
            await self._runner.call(
                _get_call_broadcast_stats,
                "get_call_broadcast_stats",
                dict(
                    id=id,
                    begin=begin,
                    end=end,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def stop_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Stop voice broadcast

        Stop a voice broadcast

        Args:
            id: An id of voice broadcast to stop
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
                _stop_voice_broadcast,
                "stop_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recording(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallRecording:
        """Get call recording by id

        Returns metadata of recording of a particular call. Metadata contains a link to a MP3
        recording

        Args:
            id: An id of a call recording.
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallRecording

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallRecording",
            await self._runner.call(
                _get_call_recording,
                "get_call_recording",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_call_recording_mp3(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> BinaryDownload:
        """Get call recording in mp3 format

        Returns an MP3 recording of particular call, response contains binary data, content type is
        'audio/mpeg'

        Args:
            id: An id of a call recording.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A download: `async with ....stream() as body`, `await ....download(path)` or `await
            ....read()`; nothing is requested until one of them is used.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.download(
            _get_call_recording_mp_3,
            "get_call_recording_mp_3",
            dict(
                id=id,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
        )

    async def get_call(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> Call:
        """Find a specific call

        Returns a single Call instance for a given call id.

        Args:
            id: An id of a call
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            Call

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "Call",
            await self._runner.call(
                _get_call,
                "get_call",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recordings(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallRecordingList:
        """Get call recordings for a call

        Returns a list of recordings metadata of particular call. Metadata contains link to a MP3
        recording

        Args:
            id: An id of a call
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallRecordingList

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallRecordingList",
            await self._runner.call(
                _get_call_recordings,
                "get_call_recordings",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recording_by_name(
        self,
        id: int,
        name: str,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CallRecording:
        """Get call recording by name

        Returns recording metadata of particular call. Metadata contains link to a MP3 recording

        Args:
            id: An id of a call
            name: A name of a recording
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CallRecording

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CallRecording",
            await self._runner.call(
                _get_call_recording_by_name,
                "get_call_recording_by_name",
                dict(
                    id=id,
                    name=name,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_call_recording_mp3_by_name(
        self,
        id: int,
        name: str,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> BinaryDownload:
        """Get call mp3 recording by name

        Returns a MP3 recording of a particular call, response contains binary data, content type is
        'audio/mpeg'

        Args:
            id: An id of a call
            name: A name of a recording
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            A download: `async with ....stream() as body`, `await ....download(path)` or `await
            ....read()`; nothing is requested until one of them is used.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return self._runner.download(
            _get_call_recording_mp_3_by_name,
            "get_call_recording_mp_3_by_name",
            dict(
                id=id,
                name=name,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
        )


class CallsApiWithRawResponse:
    """The operations tagged `calls`, each returning its successful HTTP response unparsed (`.parse()` gives the model; downloads are not offered)."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    async def find_calls(
        self,
        *,
        batch_id: int | None = None,
        campaign_id: int | None = None,
        fields: str | None = None,
        from_number: str | None = None,
        id: list[int] | None = None,
        inbound: bool | None = None,
        interval_begin: datetime.datetime | int | None = None,
        interval_end: datetime.datetime | int | None = None,
        label: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        results: list[CallResult] | list[str] | str | None = None,
        states: list[CallState] | list[str] | str | None = None,
        to_number: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallPage]:
        """`find_calls`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[CallPage]",
            await self._runner.call_raw(
                _find_calls,
                "find_calls",
                dict(
                    batch_id=batch_id,
                    campaign_id=campaign_id,
                    fields=fields,
                    from_number=from_number,
                    id=id,
                    inbound=inbound,
                    interval_begin=interval_begin,
                    interval_end=interval_end,
                    label=label,
                    limit=limit,
                    offset=offset,
                    results=results,
                    states=states,
                    to_number=to_number,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def send_calls(
        self,
        *,
        body: list[CallRecipient],
        campaign_id: int | None = None,
        default_live_message: str | None = None,
        default_live_message_sound_id: int | None = None,
        default_machine_message: str | None = None,
        default_machine_message_sound_id: int | None = None,
        default_voice: Voice | None = None,
        fields: str | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallList]:
        """`send_calls`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallList]",
            await self._runner.call_raw(
                _send_calls,
                "send_calls",
                dict(
                    body=body,
                    campaign_id=campaign_id,
                    default_live_message=default_live_message,
                    default_live_message_sound_id=default_live_message_sound_id,
                    default_machine_message=default_machine_message,
                    default_machine_message_sound_id=default_machine_message_sound_id,
                    default_voice=default_voice,
                    fields=fields,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def find_call_broadcasts(
        self,
        *,
        fields: str | None = None,
        label: str | None = None,
        limit: int | None = None,
        name: str | None = None,
        offset: int | None = None,
        running: bool | None = None,
        scheduled: bool | None = None,
        interval_begin: datetime.datetime | int | None = None,
        interval_end: datetime.datetime | int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallBroadcastPage]:
        """`find_call_broadcasts`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[CallBroadcastPage]",
            await self._runner.call_raw(
                _find_call_broadcasts,
                "find_call_broadcasts",
                dict(
                    fields=fields,
                    label=label,
                    limit=limit,
                    name=name,
                    offset=offset,
                    running=running,
                    scheduled=scheduled,
                    interval_begin=interval_begin,
                    interval_end=interval_end,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def create_call_broadcast(
        self,
        *,
        body: CallBroadcast,
        start: bool | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ResourceId]:
        """`create_call_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ResourceId]",
            await self._runner.call_raw(
                _create_call_broadcast,
                "create_call_broadcast",
                dict(
                    body=body,
                    start=start,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallBroadcast]:
        """`get_call_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallBroadcast]",
            await self._runner.call_raw(
                _get_call_broadcast,
                "get_call_broadcast",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_call_broadcast(
        self,
        id: int,
        *,
        body: CallBroadcast,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`update_call_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _update_call_broadcast,
                "update_call_broadcast",
                dict(
                    id=id,
                    body=body,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def archive_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`archive_voice_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _archive_voice_broadcast,
                "archive_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast_batches(
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
    ) -> RawResponse[BatchPage]:
        """`get_call_broadcast_batches`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[BatchPage]",
            await self._runner.call_raw(
                _get_call_broadcast_batches,
                "get_call_broadcast_batches",
                dict(
                    id=id,
                    fields=fields,
                    limit=limit,
                    offset=offset,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def add_call_broadcast_batch(
        self,
        id: int,
        *,
        body: BatchRequest,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[ResourceId]:
        """`add_call_broadcast_batch`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[ResourceId]",
            await self._runner.call_raw(
                _add_call_broadcast_batch,
                "add_call_broadcast_batch",
                dict(
                    id=id,
                    body=body,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast_calls(
        self,
        id: int,
        *,
        batch_id: int | None = None,
        fields: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallPage]:
        """`get_call_broadcast_calls`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[CallPage]",
            await self._runner.call_raw(
                _get_call_broadcast_calls,
                "get_call_broadcast_calls",
                dict(
                    id=id,
                    batch_id=batch_id,
                    fields=fields,
                    limit=limit,
                    offset=offset,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def add_call_broadcast_recipients(
        self,
        id: int,
        *,
        body: list[Recipient],
        fields: str | None = None,
        strict_validation: bool | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallList]:
        """`add_call_broadcast_recipients`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallList]",
            await self._runner.call_raw(
                _add_call_broadcast_recipients,
                "add_call_broadcast_recipients",
                dict(
                    id=id,
                    body=body,
                    fields=fields,
                    strict_validation=strict_validation,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def start_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`start_voice_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _start_voice_broadcast,
                "start_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_broadcast_stats(
        self,
        id: int,
        *,
        begin: datetime.datetime | int | None = None,
        end: datetime.datetime | int | None = None,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallBroadcastStats]:
        """`get_call_broadcast_stats`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallBroadcastStats]",
            await self._runner.call_raw(
                _get_call_broadcast_stats,
                "get_call_broadcast_stats",
                dict(
                    id=id,
                    begin=begin,
                    end=end,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def stop_voice_broadcast(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`stop_voice_broadcast`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _stop_voice_broadcast,
                "stop_voice_broadcast",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recording(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallRecording]:
        """`get_call_recording`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallRecording]",
            await self._runner.call_raw(
                _get_call_recording,
                "get_call_recording",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[Call]:
        """`get_call`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[Call]",
            await self._runner.call_raw(
                _get_call,
                "get_call",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recordings(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallRecordingList]:
        """`get_call_recordings`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallRecordingList]",
            await self._runner.call_raw(
                _get_call_recordings,
                "get_call_recordings",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_call_recording_by_name(
        self,
        id: int,
        name: str,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CallRecording]:
        """`get_call_recording_by_name`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CallRecording]",
            await self._runner.call_raw(
                _get_call_recording_by_name,
                "get_call_recording_by_name",
                dict(
                    id=id,
                    name=name,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )
