"""Contains endpoint functions for accessing the API, and the typed resource class the facade exposes"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from ...custom.options import request_options
from ...models.batch import Batch
from ...models.call_create_sound import CallCreateSound
from ...models.campaign_sound import CampaignSound
from ...models.campaign_sound_page import CampaignSoundPage
from ...models.error_response import ErrorResponse
from ...models.sound_file_upload import SoundFileUpload
from ...models.text_to_speech import TextToSpeech
from ...types import UNSET, File, FileTypes, Unset
from . import delete_campaign_sound as _delete_campaign_sound
from . import find_campaign_sounds as _find_campaign_sounds
from . import get_campaign_batch as _get_campaign_batch
from . import get_campaign_sound as _get_campaign_sound
from . import get_campaign_sound_data_mp_3 as _get_campaign_sound_data_mp_3
from . import get_campaign_sound_data_wav as _get_campaign_sound_data_wav
from . import post_call_campaign_sound as _post_call_campaign_sound
from . import post_file_campaign_sound as _post_file_campaign_sound
from . import post_tts_campaign_sound as _post_tts_campaign_sound
from . import update_campaign_batch as _update_campaign_batch

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


class CampaignsApi:
    """The operations tagged `campaigns`."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    # Each method's generated endpoint module (KIND, HTTP_METHOD, PATH, the hooks): read by the
    # API reference writer and the tests.
    ENDPOINT_MODULES: ClassVar[dict[str, ModuleType]] = {
        "get_campaign_batch": _get_campaign_batch,
        "update_campaign_batch": _update_campaign_batch,
        "find_campaign_sounds": _find_campaign_sounds,
        "post_call_campaign_sound": _post_call_campaign_sound,
        "post_file_campaign_sound": _post_file_campaign_sound,
        "post_tts_campaign_sound": _post_tts_campaign_sound,
        "get_campaign_sound": _get_campaign_sound,
        "delete_campaign_sound": _delete_campaign_sound,
        "get_campaign_sound_data_mp3": _get_campaign_sound_data_mp_3,
        "get_campaign_sound_data_wav": _get_campaign_sound_data_wav,
    }

    async def get_campaign_batch(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> Batch:
        """Find a specific batch

        Returns a single Batch instance for a given batch id. This API is useful for determining the
        state of a validating batch

        Args:
            id: An id of a batch
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            Batch

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "Batch",
            await self._runner.call(
                _get_campaign_batch,
                "get_campaign_batch",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_campaign_batch(
        self,
        id: int,
        *,
        body: Batch,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Update a batch

        Updates a single Batch instance, currently batch can only be turned "on/off"

        Args:
            id: An id of a batch to update
            body: A group of recipients added to a broadcast at once.
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
                _update_campaign_batch,
                "update_campaign_batch",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def find_campaign_sounds(
        self,
        *,
        fields: str | None = None,
        filter_: str | None = None,
        include_archived: bool | None = None,
        include_pending: bool | None = None,
        include_scrubbed: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> AsyncPaginator[CampaignSoundPage, CampaignSound]:
        """Find sounds

        To find all campaign sounds which were created by user. Returns all sounds available to be
        used in campaigns

        Args:
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            filter_: Part of a file name; sounds whose name contains it are returned.
            include_archived: Includes ARCHIVED sounds for true value
            include_pending: Includes UPLOAD/RECORDING sounds for true value
            include_scrubbed: Includes SCRUBBED sounds for true value
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
            _find_campaign_sounds,
            "find_campaign_sounds",
            dict(
                fields=fields,
                filter_=filter_,
                include_archived=include_archived,
                include_pending=include_pending,
                include_scrubbed=include_scrubbed,
                limit=limit,
                offset=offset,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            max_items=max_items,
            prefetch=prefetch,
        )

    async def post_call_campaign_sound(
        self,
        *,
        body: CallCreateSound,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CampaignSound:
        """Add sound via call

        Use this API to create a sound via a phone call. Provide the required phone number in the
        CallCreateSound object inside the request, and user will receive a call shortly after with
        instructions on how to record a sound over the phone.

        Args:
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            body: A request to record a sound by having CallFire call a phone.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CampaignSound

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CampaignSound",
            await self._runner.call(
                _post_call_campaign_sound,
                "post_call_campaign_sound",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def post_file_campaign_sound(
        self,
        *,
        file: UploadSource,
        name: str | None = None,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CampaignSound:
        """Add sound via file

        Create a campaign sound file via a supplied .mp3 or .wav file

        Args:
            file: The MP3 or WAV file.
            name: The sound's name; taken from the file name when empty.
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CampaignSound. File fields take a path, bytes or a binary file object and are streamed
            from disk as multipart/form-data with a random boundary.

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CampaignSound",
            await self._runner.upload(
                _post_file_campaign_sound,
                "post_file_campaign_sound",
                parameters={
                    "fields": fields,
                },
                form={
                    "name": name,
                },
                files={
                    "file": file,
                },
                options=request_options(timeout, extra_headers, extra_query, retry, call_timeout),
                raw=False,
            ),
        )

    async def post_tts_campaign_sound(
        self,
        *,
        body: TextToSpeech,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CampaignSound:
        """Add sound via text-to-speech

        Use this API to create a sound file via a supplied string of text. Add a text in the
        TextToSpeech.message field, and pick a voice in the TextToSpeech.voice field. Available
        voices are: MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1

        Args:
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            body: A request to create a sound from text.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CampaignSound

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CampaignSound",
            await self._runner.call(
                _post_tts_campaign_sound,
                "post_tts_campaign_sound",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_campaign_sound(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> CampaignSound:
        """Find a specific sound

        Returns a single CampaignSound instance for a given sound id in campaign. This is a meta
        data to the sounds. No audio data is returned from this API

        Args:
            id: An id of a sound campaign
            fields: Limit the fields in the response (partial response), e.g. `fields=id,name` for a
                single object or `fields=items(id,name)` for a page.
            timeout: This call's timeout between bytes (httpx.Timeout or seconds); None: the client's.
            extra_headers: Headers added to this call's requests.
            extra_query: Query parameters added to this call's requests.
            retry: This call's RetryPolicy, or "off" for one attempt; None: the client's.
            call_timeout: Seconds this whole call may take, retries included; None: the client's.

        Returns:
            CampaignSound

        Raises:
            APIStatusError: CallFire answered with an error status (one subclass per status).
            APIConnectionError: the request was not sent or its answer not received.
            ResponseParseError: a successful answer that does not fit the spec.
        """

        return cast(
            "CampaignSound",
            await self._runner.call(
                _get_campaign_sound,
                "get_campaign_sound",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_campaign_sound(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Delete a specific sound

        Deletes a single campaign sound instance for a specific campaign sound id, this operation
        does not delete sound completely, it sets sound status to ARCHIVED which means that sound
        will no longer appear in 'find' operation results, but still accessible via 'get' operation

        Args:
            id: An id of a campaign sound
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
                _delete_campaign_sound,
                "delete_campaign_sound",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    def get_campaign_sound_data_mp3(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> BinaryDownload:
        """Download a MP3 sound

        Download the MP3 version of a hosted file. This is an audio data endpoint. Returns binary
        response of the 'audio/mpeg' content type

        Args:
            id: An id of a campaign sound
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
            _get_campaign_sound_data_mp_3,
            "get_campaign_sound_data_mp_3",
            dict(
                id=id,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
        )

    def get_campaign_sound_data_wav(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> BinaryDownload:
        """Download a WAV sound

        Download the WAV version of the hosted file. This is an audio data endpoint. Returns binary
        response of the 'audio/wav' content type

        Args:
            id: An id of a campaign sound
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
            _get_campaign_sound_data_wav,
            "get_campaign_sound_data_wav",
            dict(
                id=id,
            ),
            request_options(timeout, extra_headers, extra_query, retry, call_timeout),
        )


class CampaignsApiWithRawResponse:
    """The operations tagged `campaigns`, each returning its successful HTTP response unparsed (`.parse()` gives the model; downloads are not offered)."""

    def __init__(self, runner: OperationRunner) -> None:
        self._runner = runner

    async def get_campaign_batch(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[Batch]:
        """`get_campaign_batch`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[Batch]",
            await self._runner.call_raw(
                _get_campaign_batch,
                "get_campaign_batch",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def update_campaign_batch(
        self,
        id: int,
        *,
        body: Batch,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`update_campaign_batch`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _update_campaign_batch,
                "update_campaign_batch",
                dict(
                    id=id,
                    body=body,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def find_campaign_sounds(
        self,
        *,
        fields: str | None = None,
        filter_: str | None = None,
        include_archived: bool | None = None,
        include_pending: bool | None = None,
        include_scrubbed: bool | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CampaignSoundPage]:
        """`find_campaign_sounds`'s page at the given offset: its raw response; `.parse()` gives the page."""
        return cast(
            "RawResponse[CampaignSoundPage]",
            await self._runner.call_raw(
                _find_campaign_sounds,
                "find_campaign_sounds",
                dict(
                    fields=fields,
                    filter_=filter_,
                    include_archived=include_archived,
                    include_pending=include_pending,
                    include_scrubbed=include_scrubbed,
                    limit=limit,
                    offset=offset,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def post_call_campaign_sound(
        self,
        *,
        body: CallCreateSound,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CampaignSound]:
        """`post_call_campaign_sound`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CampaignSound]",
            await self._runner.call_raw(
                _post_call_campaign_sound,
                "post_call_campaign_sound",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def post_file_campaign_sound(
        self,
        *,
        file: UploadSource,
        name: str | None = None,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CampaignSound]:
        """`post_file_campaign_sound`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CampaignSound]",
            await self._runner.upload(
                _post_file_campaign_sound,
                "post_file_campaign_sound",
                parameters={
                    "fields": fields,
                },
                form={
                    "name": name,
                },
                files={
                    "file": file,
                },
                options=request_options(timeout, extra_headers, extra_query, retry, call_timeout),
                raw=True,
            ),
        )

    async def post_tts_campaign_sound(
        self,
        *,
        body: TextToSpeech,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CampaignSound]:
        """`post_tts_campaign_sound`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CampaignSound]",
            await self._runner.call_raw(
                _post_tts_campaign_sound,
                "post_tts_campaign_sound",
                dict(
                    body=body,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def get_campaign_sound(
        self,
        id: int,
        *,
        fields: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[CampaignSound]:
        """`get_campaign_sound`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[CampaignSound]",
            await self._runner.call_raw(
                _get_campaign_sound,
                "get_campaign_sound",
                dict(
                    id=id,
                    fields=fields,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )

    async def delete_campaign_sound(
        self,
        id: int,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> RawResponse[None]:
        """`delete_campaign_sound`'s raw response; `.parse()` gives the model."""
        return cast(
            "RawResponse[None]",
            await self._runner.call_raw(
                _delete_campaign_sound,
                "delete_campaign_sound",
                dict(
                    id=id,
                ),
                request_options(timeout, extra_headers, extra_query, retry, call_timeout),
            ),
        )
