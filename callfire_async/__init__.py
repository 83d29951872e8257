"""A client library for accessing CallFire API v2"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import models
    from .client import AuthenticatedClient, Client
    from .custom import (
        NO_RETRY,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AsyncPaginator,
        AudioBody,
        AudioDownload,
        AuthenticationError,
        BadRequestError,
        BinaryBody,
        BinaryDownload,
        CallFire,
        CallFireError,
        CallFireOptions,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        DownloadError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RawResponse,
        RequestOptions,
        ResponseParseError,
        RetryPolicy,
        UnexpectedContentError,
        UploadError,
        UploadSource,
        paginate,
        retry_override,
    )
    from .types import UNSET, File, Unset

    __version__: str

# Every public name, imported on first use: `import callfire_async` then costs a few
# milliseconds rather than the ~200 ms of importing httpx and attrs, and the generated package
# and the hand-written layer (which imports it) need no import order.
_EXPORTS = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "UNSET": ".types",
    "File": ".types",
    "Unset": ".types",
    "NO_RETRY": ".custom",
    "APIConnectionError": ".custom",
    "APIStatusError": ".custom",
    "APITimeoutError": ".custom",
    "AsyncPaginator": ".custom",
    "AudioBody": ".custom",
    "AudioDownload": ".custom",
    "AuthenticationError": ".custom",
    "BadRequestError": ".custom",
    "BinaryBody": ".custom",
    "BinaryDownload": ".custom",
    "CallFire": ".custom",
    "CallFireError": ".custom",
    "CallFireOptions": ".custom",
    "ClientClosedError": ".custom",
    "ConfigurationError": ".custom",
    "ConflictError": ".custom",
    "DownloadError": ".custom",
    "InternalServerError": ".custom",
    "NotFoundError": ".custom",
    "PermissionDeniedError": ".custom",
    "RateLimitError": ".custom",
    "RawResponse": ".custom",
    "RequestOptions": ".custom",
    "ResponseParseError": ".custom",
    "RetryPolicy": ".custom",
    "UnexpectedContentError": ".custom",
    "UploadError": ".custom",
    "UploadSource": ".custom",
    "paginate": ".custom",
    "retry_override": ".custom",
}

__all__ = (
    "NO_RETRY",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AudioBody",
    "AudioDownload",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BinaryBody",
    "BinaryDownload",
    "CallFire",
    "CallFireError",
    "CallFireOptions",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "File",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseParseError",
    "RetryPolicy",
    "UnexpectedContentError",
    "Unset",
    "UploadError",
    "UploadSource",
    "__version__",
    "models",
    "paginate",
    "retry_override",
)


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__version__":
        # One source: the version in pyproject.toml, read from the installed distribution's
        # metadata ("0+unknown" in a vendored copy, which has none).
        from .custom.client import sdk_version

        return sdk_version()
    if name == "models":
        return importlib.import_module(".models", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
