"""Contains endpoint functions for accessing the API, and the typed resource class the facade exposes"""

from __future__ import annotations

from io import BytesIO
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, cast

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
from ...models.error_response import ErrorResponse
from ...models.recipient import Recipient
from ...models.resource_id import ResourceId
from ...models.voice import Voice
from ...types import UNSET, File, FileTypes, Unset
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
    from ...custom.downloads import BinaryDownload
    from ...custom.pagination import AsyncPaginator
    from ...custom.runner import OperationRunner
    from ...custom.uploads import UploadSource

_ = (UNSET, Unset, File, cast)  # keep imports stable whatever the tag's operations use


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
        batch_id: int | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        from_number: str | Unset = UNSET,
        id: list[int] | Unset = UNSET,
        inbound: bool | Unset = UNSET,
        interval_begin: int | Unset = UNSET,
        interval_end: int | Unset = UNSET,
        label: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        results: str | Unset = UNSET,
        states: str | Unset = UNSET,
        to_number: str | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
    ) -> AsyncPaginator[CallPage, Call]:
        """Find calls

        Returns a paginator: `await` it for the first page, `async for` it for every item
        across pages, or iterate `.pages()`. `max_items` caps the total; `prefetch` fetches
        the next page while the current one is being consumed.
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
            max_items=max_items,
            prefetch=prefetch,
        )

    async def send_calls(
        self,
        *,
        body: list[CallRecipient],
        campaign_id: int | Unset = UNSET,
        default_live_message: str | Unset = UNSET,
        default_live_message_sound_id: int | Unset = UNSET,
        default_machine_message: str | Unset = UNSET,
        default_machine_message_sound_id: int | Unset = UNSET,
        default_voice: Voice | Unset = UNSET,
        fields: str | Unset = UNSET,
        strict_validation: bool | Unset = UNSET,
    ) -> CallList:
        """Send calls"""
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
            ),
        )

    def find_call_broadcasts(
        self,
        *,
        fields: str | Unset = UNSET,
        label: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        name: str | Unset = UNSET,
        offset: int | Unset = UNSET,
        running: bool | Unset = UNSET,
        scheduled: bool | Unset = UNSET,
        interval_begin: int | Unset = UNSET,
        interval_end: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
    ) -> AsyncPaginator[CallBroadcastPage, CallBroadcast]:
        """Find call broadcasts

        Returns a paginator: `await` it for the first page, `async for` it for every item
        across pages, or iterate `.pages()`. `max_items` caps the total; `prefetch` fetches
        the next page while the current one is being consumed.
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
            max_items=max_items,
            prefetch=prefetch,
        )

    async def create_call_broadcast(
        self,
        *,
        body: CallBroadcast,
        start: bool | Unset = UNSET,
        strict_validation: bool | Unset = UNSET,
    ) -> ResourceId:
        """Create a call broadcast"""
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
            ),
        )

    async def get_call_broadcast(
        self,
        id: int,
        *,
        fields: str | Unset = UNSET,
    ) -> CallBroadcast:
        """Find a specific call broadcast"""
        return cast(
            "CallBroadcast",
            await self._runner.call(
                _get_call_broadcast,
                "get_call_broadcast",
                dict(
                    id=id,
                    fields=fields,
                ),
            ),
        )

    async def update_call_broadcast(
        self,
        id: int,
        *,
        body: CallBroadcast,
        strict_validation: bool | Unset = UNSET,
    ) -> None:
        """Update a call broadcast"""
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
            ),
        )

    async def archive_voice_broadcast(
        self,
        id: int,
    ) -> None:
        """Archive voice broadcast"""
        return cast(
            "None",
            await self._runner.call(
                _archive_voice_broadcast,
                "archive_voice_broadcast",
                dict(
                    id=id,
                ),
            ),
        )

    def get_call_broadcast_batches(
        self,
        id: int,
        *,
        fields: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
    ) -> AsyncPaginator[BatchPage, Batch]:
        """Find batches in a call broadcast

        Returns a paginator: `await` it for the first page, `async for` it for every item
        across pages, or iterate `.pages()`. `max_items` caps the total; `prefetch` fetches
        the next page while the current one is being consumed.
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
            max_items=max_items,
            prefetch=prefetch,
        )

    async def add_call_broadcast_batch(
        self,
        id: int,
        *,
        body: BatchRequest,
        strict_validation: bool | Unset = UNSET,
    ) -> ResourceId:
        """Add batches to a call broadcast"""
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
            ),
        )

    def get_call_broadcast_calls(
        self,
        id: int,
        *,
        batch_id: int | Unset = UNSET,
        fields: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = False,
    ) -> AsyncPaginator[CallPage, Call]:
        """Find calls in a call broadcast

        Returns a paginator: `await` it for the first page, `async for` it for every item
        across pages, or iterate `.pages()`. `max_items` caps the total; `prefetch` fetches
        the next page while the current one is being consumed.
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
            max_items=max_items,
            prefetch=prefetch,
        )

    async def add_call_broadcast_recipients(
        self,
        id: int,
        *,
        body: list[Recipient],
        fields: str | Unset = UNSET,
        strict_validation: bool | Unset = UNSET,
    ) -> CallList:
        """Add recipients to a call broadcast"""
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
            ),
        )

    async def start_voice_broadcast(
        self,
        id: int,
    ) -> None:
        """Start voice broadcast"""
        return cast(
            "None",
            await self._runner.call(
                _start_voice_broadcast,
                "start_voice_broadcast",
                dict(
                    id=id,
                ),
            ),
        )

    async def get_call_broadcast_stats(
        self,
        id: int,
        *,
        begin: int | Unset = UNSET,
        end: int | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> CallBroadcastStats:
        """Get statistics on call broadcast"""
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
            ),
        )

    async def stop_voice_broadcast(
        self,
        id: int,
    ) -> None:
        """Stop voice broadcast"""
        return cast(
            "None",
            await self._runner.call(
                _stop_voice_broadcast,
                "stop_voice_broadcast",
                dict(
                    id=id,
                ),
            ),
        )

    async def get_call_recording(
        self,
        id: int,
        *,
        fields: str | Unset = UNSET,
    ) -> CallRecording:
        """Get call recording by id"""
        return cast(
            "CallRecording",
            await self._runner.call(
                _get_call_recording,
                "get_call_recording",
                dict(
                    id=id,
                    fields=fields,
                ),
            ),
        )

    def get_call_recording_mp3(
        self,
        id: int,
    ) -> BinaryDownload:
        """Get call recording in mp3 format

        Returns a download: `async with ....stream() as body`, `await ....download(path)`
        or `await ....read()`; nothing is requested until one of them is used.
        """
        return self._runner.download(
            _get_call_recording_mp_3,
            "get_call_recording_mp_3",
            dict(
                id=id,
            ),
        )

    async def get_call(
        self,
        id: int,
        *,
        fields: str | Unset = UNSET,
    ) -> Call:
        """Find a specific call"""
        return cast(
            "Call",
            await self._runner.call(
                _get_call,
                "get_call",
                dict(
                    id=id,
                    fields=fields,
                ),
            ),
        )

    async def get_call_recordings(
        self,
        id: int,
        *,
        fields: str | Unset = UNSET,
    ) -> CallRecordingList:
        """Get call recordings for a call"""
        return cast(
            "CallRecordingList",
            await self._runner.call(
                _get_call_recordings,
                "get_call_recordings",
                dict(
                    id=id,
                    fields=fields,
                ),
            ),
        )

    async def get_call_recording_by_name(
        self,
        id: int,
        name: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CallRecording:
        """Get call recording by name"""
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
            ),
        )

    def get_call_recording_mp3_by_name(
        self,
        id: int,
        name: str,
    ) -> BinaryDownload:
        """Get call mp3 recording by name

        Returns a download: `async with ....stream() as body`, `await ....download(path)`
        or `await ....read()`; nothing is requested until one of them is used.
        """
        return self._runner.download(
            _get_call_recording_mp_3_by_name,
            "get_call_recording_mp_3_by_name",
            dict(
                id=id,
                name=name,
            ),
        )
