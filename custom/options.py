"""Per-call options: ``timeout=``, ``extra_headers=``, ``extra_query=``, ``retry=`` and
``call_timeout=`` on every facade method.

They travel on the request itself rather than on a derived client (building an
``httpx.AsyncClient`` per call would cost more than the call): the headers and query are merged
into the generated request description, the timeout becomes httpx's own per-request ``timeout``
extension, and the retry policy and call timeout are request extensions the facade's client reads
when it sends, the same machinery ``CallFire.with_options`` uses. A paginator or a download keeps
the options and applies them to each request it sends (every page, every resume).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal

import httpx

from .retry import NO_RETRY, RetryPolicy

__all__ = ["CALL_TIMEOUT", "RETRY_POLICY", "RequestOptions", "request_options"]

RETRY_POLICY: Final = "callfire.retry_policy"
"""Request extension: the ``RetryPolicy`` of this request, winning over the client's."""

CALL_TIMEOUT: Final = "callfire.call_timeout"
"""Request extension: the seconds this call may take in all, winning over the client's."""


class RequestOptions:
    """The options of one call; ``None`` everywhere means the client's settings."""

    __slots__ = ("call_timeout", "extra_headers", "extra_query", "retry", "timeout")

    def __init__(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | Literal["off"] | None = None,
        call_timeout: float | None = None,
    ) -> None:
        if retry is not None and retry != "off" and not isinstance(retry, RetryPolicy):
            raise TypeError(
                f"retry must be a RetryPolicy, 'off' or None, not {type(retry).__name__}"
            )
        if call_timeout is not None and not call_timeout > 0:
            raise ValueError("call_timeout must be a positive number of seconds, or None")
        self.timeout = timeout
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.retry: RetryPolicy | None = NO_RETRY if retry == "off" else retry
        self.call_timeout = call_timeout

    def __repr__(self) -> str:
        # Header values may be credentials of the caller's own (a tracing token): names only.
        headers = sorted(self.extra_headers) if self.extra_headers else None
        return (
            f"<RequestOptions timeout={self.timeout!r} extra_headers={headers!r} "
            f"extra_query={sorted(self.extra_query) if self.extra_query else None!r} "
            f"retry={self.retry!r} call_timeout={self.call_timeout!r}>"
        )

    def apply(self, described: dict[str, Any]) -> dict[str, Any]:
        """``described`` (keyword arguments for ``httpx.AsyncClient.build_request``) with
        these options added; a new dict, ``described`` is left as it is."""
        merged = dict(described)
        if self.extra_headers:
            headers = httpx.Headers(merged.get("headers"))
            headers.update(self.extra_headers)
            merged["headers"] = headers
        if self.extra_query:
            params = dict(merged.get("params") or {})
            params.update(self.extra_query)
            merged["params"] = params
        if self.timeout is not None:
            merged["timeout"] = self.timeout
        extensions: dict[str, Any] = dict(merged.get("extensions") or {})
        if self.retry is not None:
            extensions[RETRY_POLICY] = self.retry
        if self.call_timeout is not None:
            extensions[CALL_TIMEOUT] = self.call_timeout
        if extensions:
            merged["extensions"] = extensions
        return merged


def request_options(
    timeout: httpx.Timeout | float | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    retry: RetryPolicy | Literal["off"] | None,
    call_timeout: float | None,
) -> RequestOptions | None:
    """The options of a call, or None when it sets none (the common case costs nothing)."""
    if (
        timeout is None
        and extra_headers is None
        and extra_query is None
        and retry is None
        and call_timeout is None
    ):
        return None
    return RequestOptions(
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        retry=retry,
        call_timeout=call_timeout,
    )
