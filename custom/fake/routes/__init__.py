"""The HTTP handlers of the CallFire API, one module per area."""

from __future__ import annotations

from ..router import Routes
from ..store import Store
from .broadcasts import broadcast_routes
from .calls import call_routes
from .contact_lists import contact_list_routes
from .contacts import contact_routes
from .do_not_contacts import do_not_contact_routes
from .sounds import sound_routes


def api_routes(store: Store) -> Routes:
    """Every operation of the API; templates are tried in this order."""
    return [
        *contact_routes(store),
        *contact_list_routes(store),
        *do_not_contact_routes(store),
        *call_routes(store),
        *broadcast_routes(store),
        *sound_routes(store),
    ]
