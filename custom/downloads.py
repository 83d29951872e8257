"""Binary downloads (audio, images, video, any bytes) that never hold the whole
file in memory.

A ``BinaryDownload`` describes one binary GET (an MP3 or WAV recording, a
sound, a media file) and sends nothing until it is used:

* ``stream()``: an async context manager yielding a ``BinaryBody`` whose
  ``aiter_bytes()`` gives the body in bounded chunks;
* ``download(path)``: writes the body to a temporary file beside ``path``,
  resumes with ``Range`` after a dropped connection, checks the length, and
  renames the file into place only when it is complete;
* ``read()``: the whole body as bytes, for small files.

Errors are typed: an error status raises its ``APIStatusError`` subclass, a
successful answer that is text or JSON (a proxy's HTML page) raises
``UnexpectedContentError``, and a download that cannot be completed raises
``DownloadError`` with the last failure as its cause.
"""

from __future__ import annotations

import contextlib
import inspect
import os
import re
import secrets
import threading
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx

from .errors import (
    APIConnectionError,
    DownloadError,
    UnexpectedContentError,
    connection_error_from,
    error_from_response,
    parse_error_from_response,
)
from .redaction import public_url
from .transport import READ_CHUNK_SIZE

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_DOWNLOAD_CHUNK_SIZE",
    "AudioBody",
    "AudioDownload",
    "BinaryBody",
    "BinaryDownload",
    "DownloadError",
    "DownloadResult",
    "ProgressCallback",
    "UnexpectedContentError",
]

DEFAULT_CHUNK_SIZE = 64 * 1024
# download() takes the body in pieces of up to this size: large enough that the aiohttp
# transport hands on every piece it received as it is (without cutting, so without copying it).
DEFAULT_DOWNLOAD_CHUNK_SIZE = 1024 * 1024
# Received bytes are written to disk in blocks of this size (see _Transfer.receive).
WRITE_BUFFER_BYTES = 1024 * 1024
# Every this many bytes written, a thread of its own makes them durable while the next
# arrive (see _BackgroundSync).
BACKGROUND_SYNC_BYTES = 8 * 1024 * 1024
DEFAULT_MAX_RESUMES = 5

# Enough of an error body (JSON ErrorResponse, an HTML error page) to build the
# typed error, without reading an arbitrarily large body into memory.
_MAX_ERROR_BODY_BYTES = 64 * 1024

# Media files are already compressed; asking for no content coding keeps byte offsets
# (Range, Content-Length) about the bytes that end up in the file.
_IDENTITY = {"Accept-Encoding": "identity"}

# The generic binary types some servers and CDNs use for any file (and which a
# text-like suffix must never make look like text).
_BINARY_TYPES = frozenset({"application/octet-stream", "binary/octet-stream"})

_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)

ProgressCallback = Callable[[int, int | None], Any]
"""Called with (bytes written so far, total size or None when unknown). It may
return an awaitable, which is awaited. After a restart from zero the first
number goes back."""


@dataclass(frozen=True)
class DownloadResult:
    """A completed download: where, how many bytes, and how many times it was
    taken up again after an interruption (a cut connection, a changed file)."""

    path: Path
    size: int
    content_type: str | None
    resumes: int


class BinaryBody:
    """The response of a streamed binary download, its body not yet read."""

    def __init__(self, response: httpx.Response, *, operation: str) -> None:
        self._response = response
        self._operation = operation

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def content_type(self) -> str | None:
        return _header(self._response, "content-type")

    @property
    def content_length(self) -> int | None:
        """The body's size in bytes, or None when the server did not say."""
        return _identity_length(self._response)

    @property
    def etag(self) -> str | None:
        return _header(self._response, "etag")

    async def aiter_bytes(self, chunk_size: int = DEFAULT_CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (the last may be shorter).

        A dropped connection raises ``APIConnectionError``; a body shorter than
        its Content-Length raises ``DownloadError``.
        """
        response = self._response
        received = 0
        failure: APIConnectionError | None = None
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                received += len(chunk)
                yield chunk
        except httpx.RequestError as exc:
            failure = connection_error_from(exc, response.request)
        if failure is not None:
            # Raised here, not in the except block: the httpx exception holds the request.
            raise failure from None
        expected = self.content_length
        if expected is not None and received != expected:
            request = response.request
            raise DownloadError(
                f"The body of {self._operation} ({request.method} {public_url(request.url)}) "
                f"ended after {received} of {expected} bytes",
                method=request.method,
                url=request.url,
                operation=self._operation,
                path=None,
                bytes_received=received,
                expected_size=expected,
                resumes=0,
            )

    def __repr__(self) -> str:
        return (
            f"<BinaryBody {self._operation} {self.status_code} "
            f"content_type={self.content_type!r} content_length={self.content_length!r}>"
        )


class BinaryDownload:
    """One binary GET, sent only when ``stream()``, ``download()`` or ``read()``
    is used (each use sends its own request).

    ``request`` holds the keyword arguments of ``httpx.AsyncClient.build_request``
    (method, url relative to the client's base URL, params, headers).
    """

    def __init__(self, http: httpx.AsyncClient, request: dict[str, Any], operation: str) -> None:
        self._http = http
        self._request = dict(request)
        self._operation = operation

    @property
    def operation(self) -> str:
        return self._operation

    def __repr__(self) -> str:
        method = str(self._request.get("method", "GET")).upper()
        return f"<BinaryDownload {self._operation} {method} {self._request.get('url')}>"

    @contextlib.asynccontextmanager
    async def stream(self) -> AsyncIterator[BinaryBody]:
        """``async with download.stream() as body:`` then ``body.aiter_bytes()``.

        Raises the typed error for an error status and ``UnexpectedContentError``
        for a 2xx that is text or JSON, before the block runs.
        """
        request = self._build_request(_IDENTITY)
        response = await _send_streaming(self._http, request)
        try:
            await _check_binary_response(response, self._operation, allowed=(200,))
            yield BinaryBody(response, operation=self._operation)
        finally:
            await response.aclose()

    async def read(self) -> bytes:
        """The whole body in memory: only for files known to be small."""
        async with self.stream() as body:
            return b"".join([chunk async for chunk in body.aiter_bytes()])

    async def download(
        self,
        path: str | os.PathLike[str],
        *,
        progress: ProgressCallback | None = None,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        chunk_size: int = DEFAULT_DOWNLOAD_CHUNK_SIZE,
    ) -> DownloadResult:
        """Write the body to ``path``, which appears only once it is complete.

        The bytes go to a temporary file in the same directory (so the final
        rename is atomic). When the connection drops or the body ends early,
        the download goes on from where it stopped with ``Range`` (and
        ``If-Range`` with the ETag, so a file that changed meanwhile is fetched
        again from the start rather than stitched together), at most
        ``max_resumes`` times. On failure the temporary file is removed and
        ``path`` is left as it was.

        ``chunk_size`` bounds the pieces the body is taken in; ``progress`` is
        called after each. The file is flushed and fsynced before the rename;
        a large one is synced as it grows, so that little is left for the end.
        """
        if max_resumes < 0:
            raise ValueError("max_resumes must not be negative")
        if chunk_size < 1:
            raise ValueError("chunk_size must be positive")
        destination = Path(os.fspath(path))
        # Hidden, unique and beside the destination: same file system for
        # os.replace, and two concurrent downloads never share a file.
        temporary = destination.with_name(f".{destination.name}.part-{secrets.token_hex(8)}")
        file = await anyio.open_file(temporary, "xb")
        background_sync = _BackgroundSync(file.wrapped.fileno())
        transfer = _Transfer(
            file=file, progress=progress, chunk_size=chunk_size, background_sync=background_sync
        )
        try:
            resumes = await self._fill(transfer, destination, max_resumes)
            await file.flush()
            await background_sync.finish()
            await anyio.to_thread.run_sync(os.fsync, file.wrapped.fileno())
            await file.aclose()
            await anyio.to_thread.run_sync(os.replace, temporary, destination)
        except BaseException:
            # Also on cancellation: shielded, so the cleanup itself is not cancelled.
            with anyio.CancelScope(shield=True):
                # The file is closed only once no thread syncs its descriptor any more.
                with contextlib.suppress(OSError):
                    await background_sync.finish()
                await file.aclose()
                await anyio.to_thread.run_sync(_remove_if_present, temporary)
            raise
        await anyio.to_thread.run_sync(_fsync_directory, destination.parent)
        return DownloadResult(
            path=destination,
            size=transfer.done,
            content_type=transfer.content_type,
            resumes=resumes,
        )

    async def _fill(self, transfer: _Transfer, destination: Path, max_resumes: int) -> int:
        """Request until the file is complete; returns the number of resumes."""
        resumes = 0
        first = True
        while True:
            failure: _Interrupted | None = None
            try:
                complete = await self._attempt(transfer, first=first)
            except _Interrupted as interruption:
                failure = interruption
            finally:
                first = False
            if failure is not None:
                if resumes >= max_resumes:
                    # Raised outside the except block, so that the error's context is not the
                    # internal _Interrupted; the cause is the last typed failure, if any.
                    raise self._give_up(transfer, destination, resumes, failure) from (
                        failure.cause
                    )
                resumes += 1
                continue
            if complete:
                return resumes
            # A 206 that ended where its Content-Range said but before the end
            # of the file (a server may send less than asked): ask for the rest.
            # Not a failure, so it does not use up a resume.

    async def _attempt(self, transfer: _Transfer, *, first: bool) -> bool:
        """One request; True when the file is complete. Raises ``_Interrupted``
        for a failure worth resuming after, the typed error for any other."""
        headers = dict(_IDENTITY)
        if transfer.done:
            headers["Range"] = f"bytes={transfer.done}-"
            # A weak validator may not be used with If-Range (RFC 9110 13.1.5).
            if transfer.etag and not transfer.etag.startswith("W/"):
                headers["If-Range"] = transfer.etag
        request = self._build_request(headers)
        # Not above a MiB whatever chunk_size is: aiohttp buffers up to twice this much.
        request.extensions[READ_CHUNK_SIZE] = min(transfer.chunk_size, DEFAULT_DOWNLOAD_CHUNK_SIZE)
        try:
            response = await _send_streaming(self._http, request)
        except APIConnectionError as error:
            if first:
                # Nothing started yet: the retry transport already had its
                # attempts at reaching the server.
                raise
            interruption = _Interrupted(error.message, error)
        else:
            try:
                await self._accept(response, transfer, ranged="Range" in headers)
                return await transfer.receive(response)
            finally:
                await response.aclose()
        raise interruption from None

    async def _accept(self, response: httpx.Response, transfer: _Transfer, *, ranged: bool) -> None:
        """Check a response before its body is written; restart the file from
        zero when the response does not continue what was received."""
        if response.status_code == 416 and ranged:
            # The range we have no longer fits the resource: it changed.
            await transfer.restart()
            raise _Interrupted("the server refused the range: the file changed", None)
        await _check_binary_response(response, self._operation, allowed=(200, 206))
        etag = _header(response, "etag")
        transfer.content_type = _header(response, "content-type")
        if response.status_code == 200:
            if transfer.done:
                # Range ignored, or If-Range said the file changed: this is the
                # whole (possibly new) file, so start over with it.
                await transfer.restart(report=False)
            transfer.total = _identity_length(response)
            transfer.etag = etag
            await transfer.report()
            return

        content_range = _parse_content_range(_header(response, "content-range"))
        continues = (
            ranged
            and content_range is not None
            and content_range[0] == transfer.done
            and (transfer.total is None or content_range[2] in (None, transfer.total))
            and (transfer.etag is None or etag is None or etag == transfer.etag)
        )
        if not continues:
            await transfer.restart()
            raise _Interrupted("the partial response does not continue the bytes received", None)
        assert content_range is not None
        if transfer.total is None:
            transfer.total = content_range[2]
        if transfer.etag is None:
            transfer.etag = etag

    def _give_up(
        self, transfer: _Transfer, destination: Path, resumes: int, interruption: _Interrupted
    ) -> DownloadError:
        request = self._build_request({})
        total = "?" if transfer.total is None else str(transfer.total)
        return DownloadError(
            f"Downloading {self._operation} ({request.method} {public_url(request.url)}) "
            f"to {destination} failed after {resumes} resumes, with {transfer.done} of "
            f"{total} bytes received: {interruption.reason}",
            method=request.method,
            url=request.url,
            operation=self._operation,
            path=os.fspath(destination),
            bytes_received=transfer.done,
            expected_size=transfer.total,
            resumes=resumes,
        )

    def _build_request(self, extra_headers: Mapping[str, str]) -> httpx.Request:
        arguments = dict(self._request)
        method = str(arguments.pop("method", "GET")).upper()
        url = arguments.pop("url")
        headers = httpx.Headers(arguments.pop("headers", None))
        headers.update(extra_headers)
        return self._http.build_request(method, url, headers=headers, **arguments)


class _Interrupted(Exception):
    """A download attempt failed in a way another request may repair."""

    def __init__(self, reason: str, cause: BaseException | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause


@dataclass
class _Transfer:
    """The state of one download: the temporary file and what it holds."""

    file: anyio.AsyncFile[bytes]
    progress: ProgressCallback | None
    chunk_size: int
    background_sync: _BackgroundSync
    write_buffer: memoryview = field(
        default_factory=lambda: memoryview(bytearray(WRITE_BUFFER_BYTES))
    )
    done: int = 0
    total: int | None = None
    etag: str | None = None
    content_type: str | None = None

    async def report(self) -> None:
        if self.progress is not None:
            result = self.progress(self.done, self.total)
            if inspect.isawaitable(result):
                await result

    async def write(self, data: bytes | memoryview) -> None:
        await self.file.write(data)
        self.background_sync.written(len(data))

    async def restart(self, *, report: bool = True) -> None:
        """Forget what was received: the next bytes written start the file."""
        await self.file.seek(0)
        await self.file.truncate()
        self.done = 0
        self.total = None
        self.etag = None
        if report:
            await self.report()

    async def receive(self, response: httpx.Response) -> bool:
        """Append the body to the file; True when the file is complete."""
        declared = _identity_length(response)
        expected_end = None if declared is None else self.done + declared
        chunk_size = self.chunk_size
        # Writes run in a worker thread, so a slow disk never stalls the loop; a thread hand-off
        # per chunk would cost a third of the throughput, so they are a MiB at a time. The chunks
        # are copied into one reused buffer rather than kept until written: a MiB of received
        # pieces freed at once makes the C allocator hand the memory back to the system, and
        # take it again, page by page, for the next pieces (that costs more than the copy).
        buffer = self.write_buffer
        capacity = len(buffer)
        filled = 0
        failure: APIConnectionError | None = None
        broken_connection = False
        try:
            # The pieces the transport received, as they are (decoded, were the body encoded
            # after all): httpx's aiter_bytes(chunk_size) copies every byte to cut them to size.
            async for chunk in response.aiter_bytes():
                for piece in _cut(chunk, chunk_size):
                    size = len(piece)
                    if filled + size > capacity:
                        block, filled = buffer[:filled], 0
                        await self.write(block)
                    if size >= capacity:
                        await self.write(piece)
                    else:
                        buffer[filled : filled + size] = piece
                        filled += size
                    self.done += size
                    if self.progress is not None:
                        await self.report()
        except httpx.RequestError as exc:
            failure = connection_error_from(exc, response.request)
            broken_connection = isinstance(exc, httpx.TransportError)
        finally:
            # What was received is kept (a resume asks for the bytes after it), even when the
            # connection broke or the download is being cancelled.
            if filled:
                block, filled = buffer[:filled], 0
                await self.write(block)
        # Raised outside the except block: the httpx exception holds the request.
        if failure is not None and broken_connection:
            raise _Interrupted(failure.message, failure) from None
        if failure is not None:
            raise failure from None  # an undecodable body: another request would repeat it
        if expected_end is not None and self.done < expected_end:
            cut = APIConnectionError(
                f"the body ended after {self.done} of {expected_end} bytes",
                method=response.request.method,
                url=response.request.url,
            )
            raise _Interrupted(cut.message, cut)
        if self.total is not None and self.done > self.total:
            reason = f"received {self.done} bytes of a {self.total}-byte file"
            await self.restart()
            raise _Interrupted(reason, None)
        return self.total is None or self.done == self.total


def _cut(chunk: bytes, size: int) -> Sequence[bytes | memoryview]:
    """``chunk`` in pieces of at most ``size`` bytes (views: cutting copies nothing)."""
    if len(chunk) <= size:
        return (chunk,)
    whole = memoryview(chunk)
    return [whole[start : start + size] for start in range(0, len(chunk), size)]


class _BackgroundSync:
    """Makes a growing file durable as it grows: every ``BACKGROUND_SYNC_BYTES`` written,
    a thread of its own runs ``fdatasync`` while the next bytes arrive.

    The fsync before the rename has to get every byte onto the disk; left to the end, it
    waits for the whole file (a quarter of a 256 MB download's time in the benchmark), and
    the dirty pages pile up in memory meanwhile. Synced as the file grows, the end only
    waits for the last few MB. A failed sync is raised by ``finish()``: the fsync that
    follows it on the same descriptor may not report the error again.
    """

    def __init__(self, fileno: int) -> None:
        self._fileno = fileno
        self._unsynced = 0
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None

    def written(self, count: int) -> None:
        self._unsynced += count
        if self._unsynced < BACKGROUND_SYNC_BYTES:
            return
        if self._thread is not None and self._thread.is_alive():
            return  # the running sync is behind: the next one starts when it is done
        self._unsynced = 0
        self._thread = threading.Thread(
            target=self._sync, name="callfire-download-sync", daemon=True
        )
        self._thread.start()

    def _sync(self) -> None:
        try:
            _fdatasync(self._fileno)
        except OSError as error:
            if self._error is None:
                self._error = error

    async def finish(self) -> None:
        """Wait for the running sync (the descriptor may be closed after this); raise
        the error of any sync that failed."""
        thread, self._thread = self._thread, None
        if thread is not None and thread.is_alive():
            await anyio.to_thread.run_sync(thread.join)
        error, self._error = self._error, None
        if error is not None:
            raise error


# fdatasync leaves out metadata a reader does not need (times); macOS has only fsync.
_fdatasync = getattr(os, "fdatasync", os.fsync)


async def _check_binary_response(
    response: httpx.Response, operation: str, *, allowed: tuple[int, ...]
) -> None:
    """Raise the typed error unless ``response`` is an allowed status with bytes."""
    if not 200 <= response.status_code < 300:
        body = await _read_bounded(response)
        raise error_from_response(response, body=body)
    content_type = _header(response, "content-type")
    if response.status_code not in allowed:
        reason = f"expected status {' or '.join(map(str, allowed))} with a binary body"
    elif not _is_binary(content_type):
        reason = f"expected a binary body, got Content-Type {content_type}"
    else:
        return
    body = await _read_bounded(response)
    base = parse_error_from_response(response, reason, operation=operation, body=body)
    raise UnexpectedContentError(
        content_type=content_type,
        status_code=base.status_code,
        method=base.method,
        url=base.url,
        reason=reason,
        operation=operation,
        body=base.body,
    )


def _is_binary(content_type: str | None) -> bool:
    """Anything but text and JSON: those are what a proxy, portal or API error answers with."""
    if content_type is None:
        # No claim either way; the length checks still apply.
        return True
    media_type = content_type.partition(";")[0].strip().lower()
    if media_type in _BINARY_TYPES:
        return True
    return not (
        media_type.startswith("text/")
        or media_type == "application/json"
        or media_type.endswith("+json")
    )


async def _read_bounded(response: httpx.Response) -> bytes:
    """At most ``_MAX_ERROR_BODY_BYTES`` of the body; whatever arrived if the
    connection drops (an error body only has to be good enough to describe)."""
    received = bytearray()
    try:
        async for chunk in response.aiter_bytes():
            received += chunk
            if len(received) >= _MAX_ERROR_BODY_BYTES:
                break
    except (httpx.RequestError, APIConnectionError):
        pass
    return bytes(received[:_MAX_ERROR_BODY_BYTES])


async def _send_streaming(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send ``request`` for a streamed body; a failure is raised typed (the facade's
    client already does that; a plain ``httpx.AsyncClient`` does not)."""
    try:
        return await http.send(request, stream=True)
    except httpx.RequestError as exc:
        failure = connection_error_from(exc, request)
    raise failure from None


def _header(response: httpx.Response, name: str) -> str | None:
    value: str | None = response.headers.get(name)
    return value


def _identity_length(response: httpx.Response) -> int | None:
    """Content-Length, when it counts the bytes we get (no content coding)."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        return None
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        return None
    return length if length >= 0 else None


def _parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """(first byte, last byte, total or None) of ``bytes first-last/total``."""
    if value is None:
        return None
    match = _CONTENT_RANGE.match(value)
    if match is None:
        return None
    first, last, total = match.groups()
    if int(last) < int(first):
        return None
    return int(first), int(last), None if total == "*" else int(total)


def _remove_if_present(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable; best effort (not every platform allows it)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# The names of the first release, when every download was audio.
AudioBody = BinaryBody
AudioDownload = BinaryDownload
