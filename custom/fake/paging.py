"""CallFire paging: `limit` (default 100) and `offset` (default 0) in, a page out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .params import Query

DEFAULT_LIMIT = 100

T = TypeVar("T")


def page_window(query: Query) -> tuple[int, int]:
    """(offset, limit) of the request."""
    limit = query.integer("limit", minimum=0)
    offset = query.integer("offset", minimum=0)
    return (offset or 0, DEFAULT_LIMIT if limit is None else limit)


def build_page(
    items: Sequence[T], query: Query, render: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    offset, limit = page_window(query)
    return {
        "items": [render(item) for item in items[offset : offset + limit]],
        "limit": limit,
        "offset": offset,
        "totalCount": len(items),
    }
