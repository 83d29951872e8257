"""The hand-written layer of callfire_async: the ``CallFire`` facade, typed
errors, retries, pagination, streamed downloads and uploads.

    from callfire_async.custom import CallFire, NotFoundError, RetryPolicy

Names are imported on first use, so ``import callfire_async`` stays cheap and
the generated package can import this one without a cycle.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import CallFire, CallFireOptions
    from .downloads import AudioBody, AudioDownload, BinaryBody, BinaryDownload
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CallFireError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        DownloadError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        UnexpectedContentError,
        UploadError,
    )
    from .options import RequestOptions
    from .pagination import AsyncPaginator, paginate
    from .raw import RawResponse
    from .retry import NO_RETRY, RetryPolicy, retry_override
    from .runner import OperationRunner
    from .uploads import UploadSource

# Public name -> the module of this package that defines it.
_EXPORTS = {
    "CallFire": "client",
    "CallFireOptions": "client",
    "ClientClosedError": "errors",
    "ConfigurationError": "errors",
    "AudioBody": "downloads",
    "AudioDownload": "downloads",
    "BinaryBody": "downloads",
    "BinaryDownload": "downloads",
    "DownloadError": "errors",
    "UnexpectedContentError": "errors",
    "APIConnectionError": "errors",
    "APIStatusError": "errors",
    "APITimeoutError": "errors",
    "AuthenticationError": "errors",
    "BadRequestError": "errors",
    "CallFireError": "errors",
    "ConflictError": "errors",
    "InternalServerError": "errors",
    "NotFoundError": "errors",
    "PermissionDeniedError": "errors",
    "RateLimitError": "errors",
    "ResponseParseError": "errors",
    "AsyncPaginator": "pagination",
    "paginate": "pagination",
    "NO_RETRY": "retry",
    "RetryPolicy": "retry",
    "retry_override": "retry",
    "OperationRunner": "runner",
    "RawResponse": "raw",
    "RequestOptions": "options",
    "UploadError": "errors",
    "UploadSource": "uploads",
}

__all__ = [
    "NO_RETRY",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AudioBody",
    "AudioDownload",
    "AuthenticationError",
    "BadRequestError",
    "BinaryBody",
    "BinaryDownload",
    "CallFire",
    "CallFireError",
    "CallFireOptions",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "InternalServerError",
    "NotFoundError",
    "OperationRunner",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseParseError",
    "RetryPolicy",
    "UnexpectedContentError",
    "UploadError",
    "UploadSource",
    "paginate",
    "retry_override",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
