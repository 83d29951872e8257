"""Auto-pagination over CallFire's paged operations.

Every CallFire list answers ``{items, limit, offset, totalCount}`` for the
query ``limit`` (page size, default 100) and ``offset``. An ``AsyncPaginator``
turns one such operation into:

* ``await paginator``: the first page, typed as the operation's page model;
* ``async for item in paginator``: every item across pages;
* ``async for page in paginator.pages()``: every page.

Nothing is requested before one of them is used, and each use starts again
from the starting offset. The next request's offset is the previous request's
offset plus the number of items received (not plus ``limit``: a server that
returns fewer items than asked must not make items be skipped). Iteration ends
on an empty page, once the offset reaches ``totalCount``, or, when the total
is unknown (``-1`` or left out, e.g. by ``fields=items(id)``), on a page
shorter than the page size.

``prefetch=True`` requests the next page while the caller is still working
through the current one, never more than one request ahead. Leaving early
(``break``, an exception, cancellation) cancels that request; use
``async with paginator:`` or ``contextlib.aclosing`` to have it cancelled at
the end of the block rather than when the iterator is garbage collected.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import inspect
import sys
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, Self, TypeVar, overload

import anyio

if TYPE_CHECKING:
    from anyio.abc import TaskGroup

    from ..client import AuthenticatedClient, Client
    from ..models.error_response import ErrorResponse

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "AsyncPaginator",
    "PageLike",
    "paginate",
]

DEFAULT_PAGE_SIZE = 100
"""CallFire's page size when a request gives no ``limit``."""


class PageLike(Protocol):
    """What the paginator reads from a page model."""

    @property
    def items(self) -> list[Any] | None: ...
    @property
    def limit(self) -> int | None: ...
    @property
    def offset(self) -> int | None: ...
    @property
    def total_count(self) -> int | None: ...


PageT = TypeVar("PageT", bound=PageLike)
ItemT = TypeVar("ItemT")
_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)

FetchPage = Callable[[int | None, int | None], Awaitable[PageT]]
"""Requests one page: ``(offset, limit)``; None leaves the parameter out."""


class _Keep(enum.Enum):
    """The default of an option that keeps its current value."""

    KEEP = enum.auto()


_KEEP = _Keep.KEEP


class AsyncPaginator(Generic[PageT, ItemT]):
    """The pages (``PageT``) and items (``ItemT``) of one paged operation; see
    the module documentation.

    ``fetch_page(offset, limit)`` requests one page. ``offset`` and ``limit``
    are the starting offset and the page size (None: CallFire's defaults, 0
    and 100). ``single_page`` is for an operation without an ``offset``
    parameter: there is no way to ask it for a second page.
    """

    def __init__(
        self,
        fetch_page: FetchPage[PageT],
        *,
        offset: int | None = None,
        limit: int | None = None,
        max_items: int | None = None,
        prefetch: bool = False,
        single_page: bool = False,
        description: str = "",
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must not be negative")
        self._fetch_page = fetch_page
        self._offset = offset
        self._limit = limit
        self._max_items = max_items
        self._prefetch = prefetch
        self._single_page = single_page
        self._description = description
        # The iterations begun and not yet ended, so that aclose() can end
        # them. Generators are referenced weakly: one abandoned with `break`
        # is closed by the event loop as soon as it is dropped.
        self._iterations: set[_Iteration] = set()
        # Prefetched requests not yet consumed or cancelled.
        self._running: set[_Prefetch[PageT]] = set()
        self._task_group: TaskGroup | None = None

    def __repr__(self) -> str:
        options = [f"offset={self._offset}", f"limit={self._limit}"]
        if self._max_items is not None:
            options.append(f"max_items={self._max_items}")
        if self._prefetch:
            options.append("prefetch=True")
        return f"<AsyncPaginator {self._description} {' '.join(options)}>".replace("  ", " ")

    @property
    def max_items(self) -> int | None:
        return self._max_items

    @property
    def prefetch(self) -> bool:
        return self._prefetch

    def with_options(
        self, *, max_items: int | _Keep | None = _KEEP, prefetch: bool | None = None
    ) -> AsyncPaginator[PageT, ItemT]:
        """A paginator for the same request with other iteration options
        (``max_items=None`` removes the cap)."""
        return AsyncPaginator(
            self._fetch_page,
            offset=self._offset,
            limit=self._limit,
            max_items=self._max_items if isinstance(max_items, _Keep) else max_items,
            prefetch=self._prefetch if prefetch is None else prefetch,
            single_page=self._single_page,
            description=self._description,
        )

    # -- the first page ------------------------------------------------------

    def __await__(self) -> Generator[Any, None, PageT]:
        return self.first_page().__await__()

    async def first_page(self) -> PageT:
        """The page at the starting offset (at most ``max_items`` items)."""
        page = await self._fetch_page(self._offset, self._request_limit(self._max_items))
        _trim(page, self._max_items)
        return page

    # -- iteration -----------------------------------------------------------

    def __aiter__(self) -> AsyncGenerator[ItemT, None]:
        return self._track(self._items)

    def pages(self) -> AsyncGenerator[PageT, None]:
        """Every page from the starting offset; with ``max_items`` the last
        page is cut so that the pages hold at most that many items."""
        return self._track(self._pages)

    async def aclose(self) -> None:
        """End the iterations of this paginator: those still open are closed,
        those abandoned with ``break`` are waited for while the event loop
        closes them. Their prefetched requests are cancelled and waited for,
        so when this returns no request of this paginator is in flight.
        (An iteration that is busy in another task right now is left alone.)
        """
        for iteration in list(self._iterations):
            generator = iteration.generator()
            if generator is not None:
                with contextlib.suppress(RuntimeError):  # running in another task
                    await generator.aclose()
                    self._iterations.discard(iteration)  # in case it never started
            elif iteration.finished is None:
                self._iterations.discard(iteration)  # dropped before it started
            else:
                await iteration.finished.wait()
        with anyio.CancelScope(shield=True):
            for ahead in list(self._running):
                await self._cancel(ahead)

    async def __aenter__(self) -> Self:
        # Inside the block a prefetch runs in this task group, which works
        # under every backend anyio supports (trio too); outside one, it runs
        # as an asyncio task, or not at all under other backends.
        self._task_group = anyio.create_task_group()
        await self._task_group.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool | None:
        task_group, self._task_group = self._task_group, None
        try:
            with anyio.CancelScope(shield=True):
                await self.aclose()
        finally:
            if task_group is not None:
                await task_group.__aexit__(exc_type, exc, traceback)
        return None

    def _track(
        self, iterate: Callable[[_Iteration], AsyncGenerator[_T, None]]
    ) -> AsyncGenerator[_T, None]:
        iteration = _Iteration()
        generator = iterate(iteration)
        iteration.generator = weakref.ref(generator)
        self._iterations.add(iteration)
        return generator

    @contextlib.asynccontextmanager
    async def _registered(self, iteration: _Iteration) -> AsyncIterator[None]:
        """Marks the body of a tracked iteration: begun, then ended."""
        iteration.finished = anyio.Event()
        try:
            yield
        finally:
            self._iterations.discard(iteration)
            iteration.finished.set()

    async def _items(self, iteration: _Iteration) -> AsyncGenerator[ItemT, None]:
        async with (
            self._registered(iteration),
            contextlib.aclosing(self._fetch_pages()) as pages,
        ):
            async for page in pages:
                for item in _items_of(page):
                    yield item

    async def _pages(self, iteration: _Iteration) -> AsyncGenerator[PageT, None]:
        async with (
            self._registered(iteration),
            contextlib.aclosing(self._fetch_pages()) as pages,
        ):
            async for page in pages:
                yield page

    async def _fetch_pages(self) -> AsyncGenerator[PageT, None]:
        remaining = self._max_items
        if remaining == 0:
            return
        offset = self._offset
        limit = self._request_limit(remaining)
        page = await self._fetch_page(offset, limit)
        ahead: _Prefetch[PageT] | None = None
        try:
            while True:
                items = _items_of(page)
                if remaining is not None:
                    _trim(page, remaining)
                    items = items[:remaining]
                    remaining -= len(items)
                next_offset = (offset or 0) + len(items)
                last = (
                    self._single_page
                    or remaining == 0
                    or _is_last_page(page, len(items), next_offset, limit)
                )
                next_limit = self._request_limit(remaining)
                if not last and self._prefetch:
                    ahead = self._start_prefetch(next_offset, next_limit)
                yield page
                if last:
                    return
                if ahead is not None:
                    page = await ahead.result()
                    self._running.discard(ahead)
                    ahead = None
                else:
                    page = await self._fetch_page(next_offset, next_limit)
                offset, limit = next_offset, next_limit
        finally:
            if ahead is not None:
                # Shielded: a cancelled consumer still waits for the prefetch
                # to end, so that nothing is left running or in flight.
                with anyio.CancelScope(shield=True):
                    await self._cancel(ahead)

    def _request_limit(self, remaining: int | None) -> int | None:
        """The ``limit`` to send: the page size, lowered to what ``max_items``
        still allows so that no more items are transferred than are used."""
        if remaining is None:
            return self._limit
        page_size = self._limit if self._limit is not None else DEFAULT_PAGE_SIZE
        if self._limit is None and remaining >= page_size:
            return None
        return min(page_size, remaining)

    def _start_prefetch(self, offset: int, limit: int | None) -> _Prefetch[PageT] | None:
        def fetch() -> Awaitable[PageT]:
            return self._fetch_page(offset, limit)

        ahead: _Prefetch[PageT]
        if self._task_group is not None:
            ahead = _TaskGroupPrefetch(self._task_group, fetch)
        elif _asyncio_is_running():
            ahead = _AsyncioPrefetch(fetch)
        else:
            return None
        self._running.add(ahead)
        return ahead

    async def _cancel(self, ahead: _Prefetch[PageT]) -> None:
        await ahead.cancel()
        self._running.discard(ahead)


class _Iteration:
    """One iteration of a paginator, as the paginator keeps track of it."""

    __slots__ = ("finished", "generator")

    def __init__(self) -> None:
        # A weak reference to the generator, once there is one.
        self.generator: Callable[[], AsyncGenerator[Any, None] | None] = _no_generator
        # Created when the iteration begins (an Event needs a running loop).
        self.finished: anyio.Event | None = None


def _no_generator() -> None:
    return None


def _items_of(page: PageLike) -> list[Any]:
    items = page.items
    return items if isinstance(items, list) else []


def _trim(page: PageLike, max_items: int | None) -> None:
    items = page.items
    if max_items is not None and isinstance(items, list) and len(items) > max_items:
        # The page was parsed for this paginator alone, so cutting it is safe.
        setattr(page, "items", items[:max_items])  # noqa: B010 - PageLike is read-only


def _is_last_page(page: PageLike, count: int, next_offset: int, limit: int | None) -> bool:
    """Whether the page just received ends the list.

    A known total decides on its own: a page shorter than asked because the
    server caps ``limit`` must not end the iteration while the total says more
    items follow. Without a total, a page shorter than the page size is the
    last; the page size is what the server says it used (``limit`` in the
    page) when that is less than what was asked.
    """
    if count == 0:
        return True
    total = page.total_count
    if isinstance(total, int) and total >= 0:
        return next_offset >= total
    page_size = limit if limit is not None else DEFAULT_PAGE_SIZE
    served = page.limit
    if isinstance(served, int) and 0 < served < page_size:
        page_size = served
    return count < page_size


def _asyncio_is_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    try:
        import sniffio  # trio-asyncio runs both: ask which one is in charge
    except ImportError:  # pragma: no cover - sniffio comes with anyio
        return True
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return False


class _Prefetch(Protocol[_T_co]):
    async def result(self) -> _T_co: ...
    async def cancel(self) -> None: ...


class _AsyncioPrefetch(Generic[_T]):
    """A page request running as an asyncio task."""

    def __init__(self, fetch: Callable[[], Awaitable[_T]]) -> None:
        async def run() -> _T:
            return await fetch()

        self._task = asyncio.get_running_loop().create_task(run())
        self._cancelling = False

    async def result(self) -> _T:
        # Shielded: a consumer cancelled while waiting must not cancel the
        # task as well; cancel() does that, once. A second cancellation could
        # interrupt the connection cleanup that the first one started.
        return await asyncio.shield(self._task)

    async def cancel(self) -> None:
        if not self._cancelling:  # the iteration and aclose() may both get here
            self._cancelling = True
            self._task.cancel()
        await asyncio.wait([self._task])
        if not self._task.cancelled():
            self._task.exception()  # retrieved: nobody will want it now


class _TaskGroupPrefetch(Generic[_T]):
    """A page request running in the paginator's task group; its outcome,
    error included, is kept for ``result()`` instead of failing the group."""

    def __init__(self, task_group: TaskGroup, fetch: Callable[[], Awaitable[_T]]) -> None:
        self._scope = anyio.CancelScope()
        self._done = anyio.Event()
        self._value: _T | None = None
        self._error: Exception | None = None
        self._succeeded = False
        task_group.start_soon(self._run, fetch)

    async def _run(self, fetch: Callable[[], Awaitable[_T]]) -> None:
        try:
            with self._scope:
                self._value = await fetch()
                self._succeeded = True
        except Exception as exc:
            self._error = exc
        finally:
            self._done.set()

    async def result(self) -> _T:
        await self._done.wait()
        if self._error is not None:
            raise self._error
        if not self._succeeded:
            raise RuntimeError("the prefetched page request was cancelled")
        return self._value  # type: ignore[return-value] # set when the fetch succeeded

    async def cancel(self) -> None:
        self._scope.cancel()
        await self._done.wait()


# -- paging the low-level generated functions ----------------------------------

_P = ParamSpec("_P")
_PageT_co = TypeVar("_PageT_co", covariant=True)
_ParsedT_co = TypeVar("_ParsedT_co", covariant=True)


class _TypedPage(Protocol[_PageT_co, ItemT]):
    """A generated page model: reading the item type off ``items`` and the page
    type off ``from_dict`` lets a type checker name both."""

    @property
    def items(self) -> list[ItemT] | None: ...
    @property
    def limit(self) -> int | None: ...
    @property
    def offset(self) -> int | None: ...
    @property
    def total_count(self) -> int | None: ...
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> _PageT_co: ...


class _DetailedResponse(Protocol[_ParsedT_co]):
    """The generated ``Response[...]`` (read-only, hence covariant)."""

    @property
    def parsed(self) -> _ParsedT_co | None: ...


_AnyPageT = TypeVar("_AnyPageT", bound=PageLike)


@overload
def paginate(
    endpoint: Callable[
        _P, Awaitable[_DetailedResponse[_TypedPage[_AnyPageT, ItemT] | ErrorResponse]]
    ],
    /,
    *args: _P.args,
    **kwargs: _P.kwargs,
) -> AsyncPaginator[_AnyPageT, ItemT]: ...
@overload
def paginate(
    endpoint: Callable[_P, Awaitable[_TypedPage[_AnyPageT, ItemT] | ErrorResponse | None]],
    /,
    *args: _P.args,
    **kwargs: _P.kwargs,
) -> AsyncPaginator[_AnyPageT, ItemT]: ...
@overload
def paginate(endpoint: ModuleType, /, *args: Any, **kwargs: Any) -> AsyncPaginator[Any, Any]: ...
def paginate(endpoint: Any, /, *args: Any, **kwargs: Any) -> AsyncPaginator[Any, Any]:
    """A paginator over a generated paged operation, called the low-level way.

    ``paginate(find_contacts.asyncio_detailed, client=cf.client, limit=50)``
    takes the generated function (``asyncio_detailed`` or ``asyncio``, or its
    module) and the arguments that function takes, ``client`` included, and
    gives the same ``AsyncPaginator`` the facade's methods give, typed with the
    operation's page and item types. Errors are raised as the facade raises
    them. ``max_items`` and ``prefetch`` are set with ``.with_options()``.
    """
    from .runner import HttpOperationRunner  # the runner imports this module

    if isinstance(endpoint, ModuleType):
        module = endpoint
        signature = inspect.signature(module.asyncio_detailed)
    else:
        module = sys.modules[endpoint.__module__]
        signature = inspect.signature(endpoint)
    bound = signature.bind(*args, **kwargs)
    arguments = dict(bound.arguments)
    client: Client | AuthenticatedClient = arguments.pop("client")
    operation = module.__name__.rpartition(".")[2]
    return HttpOperationRunner(client).paginate(
        module, operation, arguments, max_items=None, prefetch=False
    )
