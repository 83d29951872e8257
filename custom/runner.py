"""Running one generated operation: build the request, send it, raise or parse.

The generated resource classes (``callfire_async.api.<tag>.<Tag>Api``) hand
every call to an ``OperationRunner``, together with the generated endpoint
module and its public hooks: ``build_request(**arguments)`` describes the
request, ``parse_response(response)`` turns a successful response into the
operation's model, and ``KIND`` says how the facade runs it (spec/kinds.py).
``HttpOperationRunner`` is the runner the ``CallFire`` facade uses: it sends
through the generated client's ``httpx.AsyncClient`` (auth, retries, pool and
timeouts all live there) and turns every failure into a typed exception.
Errors are raised, never returned: a typed method either gives the model its
signature names or raises.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ..client import AuthenticatedClient, Client
from ..errors import UnexpectedStatus
from .arguments import check_arguments
from .direct import DirectResponse, as_httpx_response
from .errors import (
    APIConnectionError,
    connection_error_from,
    error_from_response,
    parse_error_from_response,
)
from .pagination import AsyncPaginator

if TYPE_CHECKING:
    from .downloads import BinaryDownload
    from .options import RequestOptions
    from .raw import RawResponse
    from .uploads import UploadSource

__all__ = ["HttpOperationRunner", "OperationRunner", "absolute"]

SendDescribed = Callable[[dict[str, Any]], Awaitable["httpx.Response | DirectResponse"]]
"""Sends a generated request description and reads the response whole (the facade's client
``exchange``, which may take the direct path); failures raised as typed errors."""


class OperationRunner(Protocol):
    """What the generated resource classes call; the ``CallFire`` facade
    provides it. ``endpoint`` is the generated module of the operation,
    ``operation`` its snake_case name, ``arguments`` the keyword arguments of
    the module's ``build_request`` (None for an argument not given)."""

    async def call(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> Any:
        """A plain operation: the parsed 2xx model (None for a bodiless 2xx)."""
        ...

    async def call_raw(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]:
        """A plain, paged or upload operation's successful response, unparsed."""
        ...

    def paginate(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
        *,
        max_items: int | None,
        prefetch: bool,
    ) -> AsyncPaginator[Any, Any]:
        """A paged operation: a paginator starting at the arguments' offset."""
        ...

    def download(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> BinaryDownload:
        """A binary operation: a download that sends nothing until used."""
        ...

    async def upload(
        self,
        endpoint: ModuleType,
        operation: str,
        *,
        parameters: dict[str, Any],
        form: dict[str, Any],
        files: dict[str, UploadSource],
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        """A multipart operation: ``parameters`` are its path, query and
        header arguments, ``form`` the other fields, ``files`` the files
        (with ``raw``, a ``RawResponse``)."""
        ...


# Parsing errors a generated ``from_dict`` or ``response.json()`` raises on a
# body that is not what the spec says: a JSON syntax error (ValueError), a
# missing required field (KeyError), a field of the wrong type (TypeError,
# AttributeError), an unknown enum value of a strict enum (ValueError).
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def _never_closed() -> None:
    return None


class HttpOperationRunner:
    """Runs operations through ``client``'s ``httpx.AsyncClient``.

    ``ensure_open`` is called before anything is requested and raises when
    the owner of the client has been closed.
    """

    def __init__(
        self,
        client: Client | AuthenticatedClient,
        *,
        ensure_open: Callable[[], None] = _never_closed,
        send_described: SendDescribed | None = None,
    ) -> None:
        self._client = client
        self._ensure_open = ensure_open
        self._send_described = send_described

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def call(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> Any:
        response = await self._exchange(endpoint, arguments, options)
        return self._parse(endpoint, operation, response)

    async def call_raw(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]:
        from .raw import RawResponse

        response = as_httpx_response(await self._exchange(endpoint, arguments, options))
        return RawResponse(response, lambda received: self._parse(endpoint, operation, received))

    async def _exchange(
        self, endpoint: ModuleType, arguments: dict[str, Any], options: RequestOptions | None
    ) -> httpx.Response | DirectResponse:
        self._ensure_open()
        check_arguments(endpoint.build_request, arguments)
        http = self._client.get_async_httpx_client()
        described = endpoint.build_request(**arguments)
        if options is not None:
            described = options.apply(described)
        if self._send_described is None:
            return await _send(http, http.build_request(**absolute(http.base_url, described)))
        response = await self._send_described(described)
        if not response.is_success:
            raise error_from_response(as_httpx_response(response))
        return response

    def paginate(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
        *,
        max_items: int | None,
        prefetch: bool,
    ) -> AsyncPaginator[Any, Any]:
        self._ensure_open()
        check_arguments(endpoint.build_request, arguments)
        accepted = inspect.signature(endpoint.build_request).parameters
        fixed = {name: value for name, value in arguments.items() if name not in _PAGE_ARGUMENTS}

        async def fetch_page(offset: int | None, limit: int | None) -> Any:
            page_arguments = dict(fixed)
            if "offset" in accepted:
                page_arguments["offset"] = offset
            if "limit" in accepted:
                page_arguments["limit"] = limit
            return await self.call(endpoint, operation, page_arguments, options)

        return AsyncPaginator(
            fetch_page,
            offset=_optional_int(arguments.get("offset")),
            limit=_optional_int(arguments.get("limit")),
            max_items=max_items,
            prefetch=prefetch,
            # Without an offset parameter there is no way to ask for page two.
            single_page="offset" not in accepted,
            description=operation,
        )

    def download(
        self,
        endpoint: ModuleType,
        operation: str,
        arguments: dict[str, Any],
        options: RequestOptions | None = None,
    ) -> BinaryDownload:
        from .downloads import BinaryDownload  # only binary operations need it

        self._ensure_open()
        check_arguments(endpoint.build_request, arguments)
        http = self._client.get_async_httpx_client()
        described = endpoint.build_request(**arguments)
        if options is not None:
            described = options.apply(described)
        return BinaryDownload(http, described, operation)

    async def upload(
        self,
        endpoint: ModuleType,
        operation: str,
        *,
        parameters: dict[str, Any],
        form: dict[str, Any],
        files: dict[str, UploadSource],
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        from .uploads import encode_multipart  # only uploads need it

        self._ensure_open()
        check_arguments(endpoint.build_upload_request, parameters)
        http = self._client.get_async_httpx_client()
        described = absolute(http.base_url, endpoint.build_upload_request(**parameters))
        if options is not None:
            described = options.apply(described)
        present = {name: source for name, source in files.items() if source is not None}
        body = encode_multipart(form, present)
        # The stream goes on the request itself (not through httpx's content=,
        # which would wrap it), so the retry transport can tell whether the
        # body can be sent again.
        request = body.build_request(
            http,
            described["method"],
            described["url"],
            params=described.get("params"),
            headers=described.get("headers"),
            timeout=described.get("timeout"),
            extensions=described.get("extensions"),
        )
        response = await _send(http, request)
        if raw:
            from .raw import RawResponse

            return RawResponse(
                response, lambda received: self._parse(endpoint, operation, received)
            )
        return self._parse(endpoint, operation, response)

    def _parse(
        self, endpoint: ModuleType, operation: str, response: httpx.Response | DirectResponse
    ) -> Any:
        try:
            return endpoint.parse_response(response)
        except UnexpectedStatus:
            if _bodiless(endpoint) and response.is_success and not response.content:
                # The work is done and nothing was promised back: an undocumented 2xx
                # without a body is success, never an error the caller might retry.
                return None
            reason = f"the API description lists no {response.status_code} response"
        except _PARSE_ERRORS as exc:
            reason = f"{type(exc).__name__}: {exc}"
        # Raised outside the except block and unchained: the parser's exception (a
        # JSONDecodeError's ``doc``, UnexpectedStatus's ``content``) holds the whole body,
        # unredacted, which may echo the request's credentials; the reason keeps its message.
        raise parse_error_from_response(
            as_httpx_response(response), reason, operation=operation
        ) from None


_PAGE_ARGUMENTS = frozenset({"offset", "limit"})


def absolute(base_url: httpx.URL, described: dict[str, Any]) -> dict[str, Any]:
    """The generated request description with its path joined onto the base URL.

    Given a relative path, httpx parses the URL up to three times per request (joining it to
    the base URL, building the request, merging the query); one absolute URL object and no
    empty ``params`` make that once, which is a visible share of the cost of a small call.
    """
    joined = dict(described)
    joined["url"] = httpx.URL(str(base_url) + described["url"].lstrip("/"))
    if not joined.get("params"):
        joined.pop("params", None)
    return joined


async def _send(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send ``request`` and read the response; raise the typed error for a
    failed exchange or a non-2xx status."""
    failure: APIConnectionError | None = None
    try:
        response = await http.send(request)
    except httpx.RequestError as exc:
        # The facade's client already raises typed errors; a plain httpx client
        # (``paginate(..., client=Client(...))``) does not.
        failure = connection_error_from(exc, request)
    if failure is not None:
        raise failure from None  # outside the except block: exc holds the request's headers
    if not response.is_success:
        raise error_from_response(response)
    return response


def _bodiless(endpoint: ModuleType) -> bool:
    return getattr(endpoint, "KIND", None) == "bodiless"


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
