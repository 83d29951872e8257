"""A client library for accessing CallFire API v2"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .custom import CallFire

    __version__: str

__all__ = (
    "AuthenticatedClient",
    "CallFire",
    "Client",
    "__version__",
)


def __getattr__(name: str) -> Any:
    # The facade lives in the hand-written layer; importing it lazily keeps
    # `import callfire_async` cheap and free of import cycles.
    if name == "CallFire":
        from .custom import CallFire

        return CallFire
    if name == "__version__":
        # One source: the version in pyproject.toml, read from the installed distribution's
        # metadata ("0+unknown" in a vendored copy, which has none).
        from .custom.client import sdk_version

        return sdk_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
