"""CallFire paging: `limit` (default 100) and `offset` (default 0) in, a page out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .params import Query

DEFAULT_LIMIT = 100

T = TypeVar("T")


@dataclass
class PagingRules:
    """How the fake pages. The defaults are CallFire's; tests change them to play the servers
    a client must also cope with: one that caps the page size below the request, one that
    does not know the total (-1) or leaves it out, one that echoes the requested limit."""

    max_limit: int | None = None
    total_count: Literal["known", "unknown", "absent"] = "known"
    limit: Literal["served", "requested", "absent"] = "served"


def page_window(query: Query) -> tuple[int, int]:
    """(offset, limit) of the request."""
    limit = query.integer("limit", minimum=0)
    offset = query.integer("offset", minimum=0)
    return (offset or 0, DEFAULT_LIMIT if limit is None else limit)


def build_page(
    items: Sequence[T],
    query: Query,
    render: Callable[[T], dict[str, Any]],
    rules: PagingRules,
) -> dict[str, Any]:
    offset, requested = page_window(query)
    served = requested if rules.max_limit is None else min(requested, rules.max_limit)
    page: dict[str, Any] = {"items": [render(item) for item in items[offset : offset + served]]}
    if rules.limit != "absent":
        page["limit"] = served if rules.limit == "served" else requested
    page["offset"] = offset
    if rules.total_count != "absent":
        page["totalCount"] = len(items) if rules.total_count == "known" else -1
    return page
