"""multipart/form-data request bodies streamed from disk.

``encode_multipart(form, files)`` describes the body without reading any
file: the returned ``MultipartBody.stream`` reads each file in bounded chunks
while the request is being sent, so memory stays flat whatever the file size.

The boundary is random for every body. A fixed boundary corrupts any file that
happens to contain it: the server takes those bytes for the end of the part.
"""

from __future__ import annotations

import io
import os
import secrets
import stat
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

import anyio
import httpx

from ..types import File, Unset
from .errors import UploadError

__all__ = [
    "UPLOAD_CHUNK_SIZE",
    "MultipartBody",
    "MultipartStream",
    "UploadError",
    "UploadSource",
    "content_type_for",
    "encode_multipart",
]

UploadSource: TypeAlias = str | os.PathLike[str] | bytes | BinaryIO | File
"""A file to upload: a path, the bytes themselves, a binary file object
(read from its current position), or the generated client's ``File``."""

UPLOAD_CHUNK_SIZE = 64 * 1024

_CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".csv": "text/csv",
}
_DEFAULT_CONTENT_TYPE = "application/octet-stream"

# How browsers (and httpx) escape names in Content-Disposition: a quote or a
# line break in a file name must not end the header value early.
_FORM_PARAM_ESCAPES = {'"': "%22", "\\": "\\\\"} | {
    chr(code): f"%{code:02X}" for code in range(0x20) if code != 0x1B
}


def content_type_for(file_name: str) -> str:
    """The Content-Type of a file part, from its file name's extension."""
    return _CONTENT_TYPES.get(Path(file_name).suffix.lower(), _DEFAULT_CONTENT_TYPE)


class _Data:
    """The bytes of one part. ``size`` is None when it cannot be known ahead."""

    size: int | None = None
    replayable = True

    def chunks(self, chunk_size: int) -> AsyncIterator[bytes]:
        raise NotImplementedError


class _BytesData(_Data):
    def __init__(self, data: bytes) -> None:
        self._data = data
        self.size = len(data)

    async def chunks(self, chunk_size: int) -> AsyncIterator[bytes]:
        view = memoryview(self._data)
        for start in range(0, len(view), chunk_size):
            yield bytes(view[start : start + chunk_size])


class _PathData(_Data):
    """A file on disk, opened anew for every sending of the body."""

    def __init__(self, path: Path) -> None:
        self._path = path
        status = path.stat()  # a missing file fails here, before any request
        if not stat.S_ISREG(status.st_mode):
            raise ValueError(f"{path} is not a regular file")
        self._size = self.size = status.st_size

    async def chunks(self, chunk_size: int) -> AsyncIterator[bytes]:
        size = self._size
        file = await anyio.open_file(self._path, "rb")
        try:
            remaining = size
            while remaining:
                chunk = await file.read(min(chunk_size, remaining))
                if not chunk:
                    raise UploadError(
                        f"{self._path} shrank to {size - remaining} bytes while being uploaded "
                        f"(it had {size})"
                    )
                remaining -= len(chunk)
                yield chunk
            if await file.read(1):
                raise UploadError(f"{self._path} grew while being uploaded (it had {size} bytes)")
        finally:
            with anyio.CancelScope(shield=True):
                await file.aclose()


class _FileObjectData(_Data):
    """A caller's binary file object: sent from the position it had when the
    body was built. Seekable files are sent again by seeking back; others only
    once. The caller keeps ownership (it is never closed here)."""

    def __init__(self, file: BinaryIO) -> None:
        if isinstance(file, io.TextIOBase):
            raise TypeError("upload files must be opened in binary mode ('rb')")
        self._file = file
        self._start: int | None = None
        self._used = False
        try:
            if file.seekable():
                self._start = file.tell()
                self.size = file.seek(0, os.SEEK_END) - self._start
                file.seek(self._start)
        except (OSError, ValueError, AttributeError):
            self._start = None
            self.size = None
        self.replayable = self._start is not None

    async def chunks(self, chunk_size: int) -> AsyncIterator[bytes]:
        if self._start is not None:
            await anyio.to_thread.run_sync(self._file.seek, self._start)
        elif self._used:
            raise UploadError("a file object that cannot seek can be sent only once")
        self._used = True
        remaining = self.size
        while remaining is None or remaining > 0:
            wanted = chunk_size if remaining is None else min(chunk_size, remaining)
            # File objects are synchronous: read in a worker thread.
            chunk = await anyio.to_thread.run_sync(self._file.read, wanted)
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise TypeError("upload files must be opened in binary mode ('rb')")
            if not chunk:
                if remaining is not None:
                    raise UploadError("the file object shrank while being uploaded")
                return
            if remaining is not None:
                remaining -= len(chunk)
            yield bytes(chunk)


@dataclass(frozen=True)
class _Part:
    head: bytes  # boundary line and part headers, up to and including the blank line
    data: _Data

    @property
    def size(self) -> int | None:
        if self.data.size is None:
            return None
        return len(self.head) + self.data.size + len(b"\r\n")


class MultipartStream(httpx.AsyncByteStream):
    """The body of a multipart request, produced while it is sent.

    ``replayable`` says whether it can be sent again after it was started (a
    retry): true when every file is a path, bytes or a seekable file object.
    Each iteration starts over from the first byte.
    """

    def __init__(self, parts: list[_Part], closing: bytes, chunk_size: int) -> None:
        self._parts = parts
        self._closing = closing
        self._chunk_size = chunk_size

    @property
    def replayable(self) -> bool:
        return all(part.data.replayable for part in self._parts)

    @property
    def content_length(self) -> int | None:
        sizes = [part.size for part in self._parts]
        if any(size is None for size in sizes):
            return None
        return sum(size for size in sizes if size is not None) + len(self._closing)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            yield part.head
            async for chunk in part.data.chunks(self._chunk_size):
                yield chunk
            yield b"\r\n"
        yield self._closing

    async def aclose(self) -> None:
        # Files opened from paths are closed by each iteration; file objects
        # belong to the caller.
        return None


@dataclass(frozen=True)
class MultipartBody:
    """Headers and streamed body of a multipart/form-data request."""

    boundary: str
    headers: dict[str, str]
    stream: MultipartStream

    def build_request(
        self,
        http: httpx.AsyncClient,
        method: str,
        url: httpx.URL | str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> httpx.Request:
        """An ``httpx.Request`` carrying this body, built by ``http`` (base URL,
        auth, default headers) with the stream itself as the request's stream,
        so that a retry transport can see whether it is replayable."""
        merged = httpx.Headers(headers)
        merged.update(self.headers)
        request = http.build_request(
            method,
            url,
            params=params,
            headers=merged,
            # None: the client's timeout (a per-call ``timeout=`` is never None).
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
            extensions=extensions,
        )
        request.stream = self.stream
        return request


def encode_multipart(
    form: Mapping[str, Any],
    files: Mapping[str, UploadSource],
    *,
    chunk_size: int = UPLOAD_CHUNK_SIZE,
) -> MultipartBody:
    """Describe a multipart/form-data body; no file is read until it is sent.

    ``form`` values that are UNSET or None are left out, booleans become
    ``true``/``false`` and anything else ``str(value)``. Each file part's name
    comes from its path or file object (else the field name) and its
    Content-Type from that name's extension.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    boundary = secrets.token_hex(16)
    delimiter = f"--{boundary}\r\n".encode("ascii")
    parts: list[_Part] = []
    for name, value in form.items():
        if value is None or isinstance(value, Unset):
            continue
        head = delimiter + _disposition(name, None) + b"\r\n\r\n"
        parts.append(_Part(head, _BytesData(_form_value(value).encode("utf-8"))))
    for name, source in files.items():
        data, file_name, content_type = _file_part(name, source)
        head = (
            delimiter
            + _disposition(name, file_name)
            + f"\r\nContent-Type: {content_type}\r\n\r\n".encode("latin-1")
        )
        parts.append(_Part(head, data))
    stream = MultipartStream(parts, f"--{boundary}--\r\n".encode("ascii"), chunk_size)
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    length = stream.content_length
    if length is None:
        headers["Transfer-Encoding"] = "chunked"
    else:
        headers["Content-Length"] = str(length)
    return MultipartBody(boundary=boundary, headers=headers, stream=stream)


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _file_part(field: str, source: UploadSource) -> tuple[_Data, str, str]:
    """(data, file name, content type) of one file field."""
    declared_type: str | None = None
    data: _Data
    if isinstance(source, File):
        declared_type = source.mime_type
        file_name = source.file_name or _name_of(source.payload) or field
        data = _FileObjectData(source.payload)
    elif isinstance(source, bytes | bytearray | memoryview):
        file_name = field
        data = _BytesData(bytes(source))
    elif isinstance(source, str | os.PathLike):
        path = Path(os.fspath(source))
        file_name = path.name
        data = _PathData(path)
    else:
        file_name = _name_of(source) or field
        data = _FileObjectData(source)
    return data, file_name, declared_type or content_type_for(file_name)


def _name_of(file: object) -> str | None:
    name = getattr(file, "name", None)  # an int for files opened from a descriptor
    if isinstance(name, str | bytes | os.PathLike):
        return os.path.basename(os.fsdecode(name)) or None
    return None


def _disposition(name: str, file_name: str | None) -> bytes:
    text = f'Content-Disposition: form-data; name="{_escape(name)}"'
    if file_name is not None:
        text += f'; filename="{_escape(file_name)}"'
    # Non-ASCII names go out as UTF-8, as browsers send them.
    return text.encode("utf-8")


def _escape(value: str) -> str:
    return "".join(_FORM_PARAM_ESCAPES.get(character, character) for character in value)
