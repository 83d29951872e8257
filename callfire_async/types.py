"""Contains some shared types for properties"""

import datetime
import functools
import gc
import importlib
import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import attrs
from attrs import define

# The JSON decoder for response bodies and from_json(): orjson when it is installed (the `fast`
# extra: about twice as fast as the standard library's on CallFire's pages), else json. Both
# take str or bytes and raise a ValueError (json.JSONDecodeError) on a malformed document.
# Looked up by name, so that type checkers pass whether or not orjson (an optional extra, with no
# stubs in a plain install) is installed.
_decode: Callable[[str | bytes], Any]
try:
    _decode = importlib.import_module("orjson").loads
except ImportError:  # pragma: no cover - which branch runs depends on the environment
    _decode = json.loads


# With the collector paused, as models are built (see built_with_gc_paused below): decoding a
# page allocates thousands of containers and frees none. functools.wraps: the decoder's name
# and module (orjson or json) stay what a program (or the benchmark report) sees.
@functools.wraps(_decode)
def json_loads(document: str | bytes) -> Any:
    if not gc.isenabled():
        return _decode(document)
    gc.disable()
    try:
        return _decode(document)
    finally:
        gc.enable()


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

T = TypeVar("T")

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


def rebuilt_as(cls: type[T], model: Any) -> T:
    """`model`, as its class's from_dict built it, rebuilt as an instance of the subclass `cls`
    through that subclass's constructor: a subclass may add fields (with defaults) or its own
    __init__, which the base class's from_dict (which fills the slots directly) knows nothing of."""
    fields = attrs.fields(type(model))
    instance = cls(**{field.alias: getattr(model, field.name) for field in fields if field.init})
    for field in fields:
        if not field.init:
            setattr(instance, field.name, getattr(model, field.name))
    return instance


def built_with_gc_paused(build: Callable[[Any], T], document: Any) -> T:
    """`build(document)` with the cyclic garbage collector paused. Models built from a parsed
    document are thousands of container objects (a page of 1,000 calls: about 13,000, the JSON
    it came from as many again) and the build frees none of them, so every collection their
    allocations trigger meanwhile traverses and promotes them to older generations for nothing;
    the full collections that follow traverse every object of the process. On a page of calls
    that was a third of the parse time. The build makes no reference cycles, so nothing is left
    for the collector to find later. The pause is process-wide and short: a collection another
    thread's allocations call for waits for the end of the build. When the collector is off
    already (the program's choice), it stays off and nothing is changed."""
    if not gc.isenabled():
        return build(document)
    gc.disable()
    try:
        return build(document)
    finally:
        gc.enable()


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
    "built_with_gc_paused",
    "datetime_to_unix_ms",
    "json_loads",
    "rebuilt_as",
    "unix_ms_to_datetime",
]
