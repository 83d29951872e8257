"""A client library for accessing CallFire API v2"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .custom import CallFire

__all__ = (
    "AuthenticatedClient",
    "CallFire",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The facade lives in the hand-written layer; importing it lazily keeps
    # `import callfire_async` cheap and free of import cycles.
    if name == "CallFire":
        from .custom import CallFire

        return CallFire
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
