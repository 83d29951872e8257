"""Typed exceptions for everything a CallFire call can fail with.

    CallFireError
    ├── APIConnectionError          the request got no HTTP response
    │   └── APITimeoutError         ... because a timeout expired
    ├── APIStatusError              the server answered with an error status
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── RateLimitError          429
    │   └── InternalServerError     5xx
    ├── ResponseParseError          a 2xx whose body could not be understood
    │   └── UnexpectedContentError  ... a download answered with text or JSON
    ├── DownloadError               a download could not be completed
    ├── UploadError                 a file changed while being uploaded
    ├── ConfigurationError          unusable client settings (also a ValueError)
    ├── ClientClosedError           the client was closed (also a RuntimeError)
    └── WrongEventLoopError         the client is in use by another event loop (also a RuntimeError)

Messages, ``str()`` and ``repr()`` carry the method and the URL of the request
with any ``user:password@`` part removed, and never a request header: the
Authorization header holds the API password in base64. A foreign exception
(httpx's, aiohttp's) is never chained to these errors: it holds the request,
headers included. ``connection_error_from`` keeps what helps (the kind of
failure, its message with every secret redacted, the method and the URL).
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .redaction import public_url, redact, redact_headers, redacted_request, redacted_response

__all__ = [
    "MAX_BODY_CHARS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CallFireError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "UnexpectedContentError",
    "UploadError",
    "WrongEventLoopError",
    "call_timeout_error",
    "connection_error_from",
    "error_from_response",
    "parse_error_from_response",
    "parse_retry_after",
]

# Enough of an error body to diagnose it (a proxy's HTML page, a stack trace)
# without keeping a multi-megabyte page alive in every logged exception.
MAX_BODY_CHARS = 2_000
# What of a non-JSON body goes into the one-line message.
_MAX_SUMMARY_CHARS = 200


class CallFireError(Exception):
    """Base class of every error this SDK raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The constructors take keyword-only arguments, which the default
        # exception pickling (cls(*args)) cannot call; workers that ship
        # exceptions between processes need pickling to work.
        return (_restore_error, (type(self), self.args, self.__dict__))


def _restore_error(
    cls: type[CallFireError], args: tuple[Any, ...], state: dict[str, Any]
) -> CallFireError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class APIConnectionError(CallFireError):
    """No usable HTTP response arrived: DNS, connect, TLS, a dropped connection or a
    body cut short, a protocol error, a redirect loop, a body that could not be
    decoded, a timeout."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: httpx.URL | str,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = public_url(url)
        #: The request that failed, with its credentials redacted.
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, write, read or pool timeout expired, or the bound on the whole call."""


class APIStatusError(CallFireError):
    """CallFire (or a proxy in front of it) answered with an error status.

    ``status_code`` is the HTTP status of the response; the other fields come
    from CallFire's ``ErrorResponse`` body when there is one. ``body`` holds the
    raw text (at most ``MAX_BODY_CHARS``) only when the body is not JSON, e.g.
    the HTML page of a 502 from a load balancer.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: httpx.URL | str,
        message: str | None = None,
        http_status_code: int | None = None,
        internal_code: int | str | None = None,
        developer_message: str | None = None,
        help_link: str | None = None,
        body: str | None = None,
        headers: httpx.Headers | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        #: The response, body read, and (``response.request``, also ``request``) the request
        #: it answered, both with the credentials redacted.
        self.response = response
        self.request = response.request if response is not None and _has_request(response) else None
        self.status_code = status_code
        self.reason_phrase = httpx.codes.get_reason_phrase(status_code)
        self.method = method
        self.url = public_url(url)
        self.message = message or self.reason_phrase or f"HTTP {status_code}"
        self.http_status_code = http_status_code
        self.internal_code = internal_code
        self.developer_message = developer_message
        self.help_link = help_link
        self.body = body
        self.headers = headers if headers is not None else httpx.Headers()
        super().__init__(self._describe())

    def _describe(self) -> str:
        status = f"{self.status_code} {self.reason_phrase}".rstrip()
        text = f"{status}: {self.method} {self.url}"
        if self.message != self.reason_phrase:
            text += f": {self.message}"
        if self.internal_code is not None:
            text += f" (internalCode {self.internal_code})"
        return text


class BadRequestError(APIStatusError):
    """400: the request is invalid (a missing field, a malformed number...)."""


class AuthenticationError(APIStatusError):
    """401: the API username or password is wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credential may not use this operation or resource."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the server's requested wait in
    seconds, or None when the response has no usable ``Retry-After`` header."""

    def __init__(self, *, retry_after: float | None = None, **fields: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**fields)


class InternalServerError(APIStatusError):
    """5xx: CallFire or a proxy in front of it failed."""


class ResponseParseError(CallFireError):
    """A successful (2xx) response whose body is not what the operation returns."""

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: httpx.URL | str,
        reason: str,
        operation: str | None = None,
        body: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        #: The response, body read, with the credentials redacted.
        self.response = response
        self.status_code = status_code
        self.method = method
        self.url = public_url(url)
        self.reason = reason
        self.operation = operation
        self.body = body
        what = f"{operation} ({method} {self.url})" if operation else f"{method} {self.url}"
        status = f"{status_code} {httpx.codes.get_reason_phrase(status_code)}".rstrip()
        super().__init__(f"Could not parse the {status} response of {what}: {reason}")


class UnexpectedContentError(ResponseParseError):
    """A successful answer to an audio download whose body is not audio, e.g.
    the HTML page of a proxy or captive portal answering 200 in CallFire's place.

    ``content_type`` is the response's Content-Type; ``body`` holds the start of
    the body (at most ``MAX_BODY_CHARS`` characters)."""

    def __init__(self, *, content_type: str | None, **fields: Any) -> None:
        self.content_type = content_type
        super().__init__(**fields)


class DownloadError(CallFireError):
    """A download could not be completed: the connection kept failing or the
    body did not have the announced length. The last failure is ``__cause__``
    (usually an ``APIConnectionError``). Nothing was left at ``path``."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: httpx.URL | str,
        operation: str,
        path: str | None,
        bytes_received: int,
        expected_size: int | None,
        resumes: int,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = public_url(url)
        self.operation = operation
        self.path = path
        self.bytes_received = bytes_received
        self.expected_size = expected_size
        self.resumes = resumes


class UploadError(CallFireError):
    """A file could not be sent as declared: it changed size while being
    uploaded, or a one-shot file object was asked to be sent twice."""


class ConfigurationError(CallFireError, ValueError):
    """The client was given settings it cannot work with (a missing
    credential, an unusable or insecure base URL)."""


class ClientClosedError(CallFireError, RuntimeError):
    """The client (or the client it was derived from) has been closed."""


class WrongEventLoopError(CallFireError, RuntimeError):
    """The client was used from an event loop other than the one its connections belong
    to, while that one is still open (e.g. one client shared by threads that each run their
    own loop). Nothing was sent. Once the first loop is closed (a script calling
    ``asyncio.run()`` twice), the client follows the new loop with new connections."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def _error_class_for(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def error_from_response(response: httpx.Response, *, body: bytes | None = None) -> APIStatusError:
    """Build the typed error for an error response.

    ``body`` is the response body when the caller read it separately; without
    it the response's content is used if it has been read, and treated as
    empty otherwise (an unread stream is never read here: this function is
    synchronous and must not block).
    """
    raw = body if body is not None else _read_content(response)
    request = response.request if _has_request(response) else None
    method = request.method if request is not None else "?"
    url: httpx.URL | str = request.url if request is not None else "?"

    fields: dict[str, Any] = {
        "status_code": response.status_code,
        "method": method,
        "url": url,
        "headers": redact_headers(response.headers, request),
        "response": redacted_response(response, raw, request),
    }
    text = redact(_decode(raw, response), request)
    payload = _json_object(text)
    if payload is not None:
        fields["message"] = _optional_str(payload.get("message"))
        fields["http_status_code"] = _optional_int(payload.get("httpStatusCode"))
        fields["internal_code"] = _internal_code(payload.get("internalCode"))
        fields["developer_message"] = _optional_str(payload.get("developerMessage"))
        fields["help_link"] = _optional_str(payload.get("helpLink"))
    elif text.strip():
        fields["body"] = _truncate(text, MAX_BODY_CHARS)
        fields["message"] = _summarize(text, response)

    error_class = _error_class_for(response.status_code)
    if error_class is RateLimitError:
        return RateLimitError(retry_after=parse_retry_after(response.headers), **fields)
    return error_class(**fields)


def parse_error_from_response(
    response: httpx.Response,
    reason: str,
    *,
    operation: str | None = None,
    body: bytes | None = None,
) -> ResponseParseError:
    """Build the error for a 2xx response whose body could not be parsed;
    ``reason`` says what was wrong (e.g. the JSON decoder's message)."""
    raw = body if body is not None else _read_content(response)
    request = response.request if _has_request(response) else None
    text = _decode(raw, response)
    return ResponseParseError(
        status_code=response.status_code,
        method=request.method if request is not None else "?",
        url=request.url if request is not None else "?",
        reason=reason,
        operation=operation,
        body=_truncate(redact(text, request), MAX_BODY_CHARS) if text else None,
        response=redacted_response(response, raw, request),
    )


def connection_error_from(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """The typed error for an httpx request failure: APITimeoutError for a timeout,
    APIConnectionError for anything else (a dropped connection, a protocol error,
    a redirect loop, a body that could not be decoded).

    This is the one translation of transport failures every path uses (the
    facade's calls, paginators, downloads, uploads and the low-level functions
    called with ``cf.client``); the aiohttp transport raises httpx's classes too.
    The message names the kind of failure, the method and the URL, with every
    secret of the request redacted. Raise the result ``from None``, outside the
    ``except`` block: ``exc`` holds the request, Authorization header included,
    and must hang off nothing the user sees.
    """
    url = public_url(request.url)
    detail = redact(str(exc), request).strip()
    if isinstance(exc, httpx.TooManyRedirects):
        message = f"Redirect loop: {request.method} {url} kept being redirected"
    elif isinstance(exc, httpx.DecodingError):
        message = (
            f"Undecodable response: the body of {request.method} {url} could not be "
            "decoded by its Content-Encoding"
        )
    else:
        message = f"{type(exc).__name__} during {request.method} {url}"
    if detail:
        message += f": {detail}"
    error_class = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return error_class(message, method=request.method, url=url, request=redacted_request(request))


def call_timeout_error(request: httpx.Request, seconds: float) -> APITimeoutError:
    """The error for a call that outlasted the client's bound on a whole call."""
    url = public_url(request.url)
    return APITimeoutError(
        f"{request.method} {url} did not complete within the {seconds:g} s bound on the "
        "whole call (call_timeout)",
        method=request.method,
        url=url,
        request=redacted_request(request),
    )


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header, or None.

    Accepts delta-seconds ("120", leniently "1.5") and HTTP dates. A date is
    measured against the response's own ``Date`` header when present, so a
    client whose clock is off still waits what the server meant; otherwise
    against ``now`` (Unix time, default the current time). Past dates give 0.
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None

    target = _http_date(value)
    if target is None:
        return None
    reference = _http_date(headers.get("date", ""))
    if reference is None:
        reference = time.time() if now is None else now
    return max(0.0, target - reference)


def _http_date(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - the property raises when no request is attached
    except RuntimeError:
        return False
    return True


def _read_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def _decode(raw: bytes, response: httpx.Response) -> str:
    encoding = response.charset_encoding or "utf-8"
    try:
        return raw.decode(encoding, errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


def _json_object(text: str) -> dict[str, Any] | None:
    if not text.lstrip().startswith("{"):
        return None
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    return payload if isinstance(payload, dict) else None


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _optional_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _internal_code(value: Any) -> int | str | None:
    # The spec types internalCode as a string; CallFire's own clients and
    # fixtures send an integer. Keep whichever arrived.
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | str):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return str(value)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _summarize(text: str, response: httpx.Response) -> str:
    """One short line saying what a non-JSON error body is about."""
    looks_like_html = "html" in response.headers.get("content-type", "").lower() or (
        text.lstrip().startswith("<")
    )
    if looks_like_html:
        title = _TITLE.search(text)
        text = title.group(1) if title else _TAG.sub(" ", text)
    return _truncate(" ".join(text.split()), _MAX_SUMMARY_CHARS)


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"... [{len(text) - limit} more characters]"
