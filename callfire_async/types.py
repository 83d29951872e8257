"""Contains some shared types for properties"""

import datetime
import importlib
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

# The JSON decoder for response bodies and from_json(): orjson when it is installed (the `fast`
# extra: about twice as fast as the standard library's on CallFire's pages), else json. Both
# take str or bytes and raise a ValueError (json.JSONDecodeError) on a malformed document.
# Looked up by name, so that type checkers pass whether or not orjson (an optional extra, with no
# stubs in a plain install) is installed.
json_loads: Callable[[str | bytes], Any]
try:
    json_loads = importlib.import_module("orjson").loads
except ImportError:  # pragma: no cover - which branch runs depends on the environment
    json_loads = json.loads


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# CallFire's times are whole milliseconds since the epoch. Exact integer arithmetic on both sides
# (no float timestamps), so an int read from the API is written back as the very same int. The
# models inline `UNIX_EPOCH + MILLISECOND * value`: a page of calls holds thousands of times, and
# these two C operations cost less than datetime.fromtimestamp (whose float is exact only for
# years 1830-2109, so it needed a range check too) or a timedelta built from keywords.
UNIX_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
MILLISECOND = datetime.timedelta(milliseconds=1)


def unix_ms_to_datetime(value: int) -> datetime.datetime:
    """An aware UTC datetime from unix milliseconds."""
    return UNIX_EPOCH + MILLISECOND * value


def datetime_to_unix_ms(value: datetime.datetime | int) -> int:
    """Unix milliseconds from a datetime (a naive one is local time, as in `datetime.timestamp()`;
    microseconds below a millisecond are dropped); an int is taken as milliseconds already."""
    if isinstance(value, int):
        return value
    return (value.astimezone(datetime.timezone.utc) - UNIX_EPOCH) // MILLISECOND


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "datetime_to_unix_ms",
    "json_loads",
    "unix_ms_to_datetime",
]
