"""A minimal Starlette app on uvicorn answering GET /v2/contacts/{id} with one small contact,
and GET /v2/contacts (limit, offset) with pages of contacts that carry custom properties.

The reference server for the concurrency, latency and typed-pagination cases: it does as little
work per request as an ASGI server can (each page is encoded once, then served from memory), so
the clients' own costs decide the figures.

    python -m bench.reference_server --port 0 [--contacts N]
    # prints "listening on http://127.0.0.1:PORT/v2"
"""

from __future__ import annotations

import argparse
import json
import socket

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def contact_body(contact_id: int) -> bytes:
    # The same shape as a contact from the fake, so the SDK parses the same model.
    return json.dumps(
        {
            "id": contact_id,
            "firstName": "Ada",
            "lastName": "Lovelace",
            "homePhone": "12135551234",
            "deleted": False,
        },
        separators=(",", ":"),
    ).encode()


async def get_contact(request: Request) -> Response:
    return Response(contact_body(int(request.path_params["id"])), media_type="application/json")


CONTACTS = 100_000  # the size of the listing; --contacts changes it


def listed_contact(contact_id: int) -> dict[str, object]:
    """A contact as a CRM import leaves it: phones, an external id and custom properties."""
    return {
        "id": contact_id,
        "firstName": f"First{contact_id}",
        "lastName": f"Last{contact_id}",
        "zipcode": "90401",
        "homePhone": f"1213{contact_id:07d}",
        "mobilePhone": f"1310{contact_id:07d}",
        "externalId": f"crm-{contact_id}",
        "externalSystem": "crm",
        "deleted": False,
        "properties": {
            "accountTier": "gold",
            "region": "west",
            "lastOrder": "2026-11-30",
            "preferredTime": "evening",
            "agent": f"agent-{contact_id % 50}",
        },
    }


_pages: dict[tuple[int, int], bytes] = {}


def contact_page(offset: int, limit: int) -> bytes:
    key = (offset, limit)
    page = _pages.get(key)
    if page is None:
        ids = range(offset + 1, min(offset + limit, CONTACTS) + 1)
        document = {
            "items": [listed_contact(contact_id) for contact_id in ids],
            "limit": limit,
            "offset": offset,
            "totalCount": CONTACTS,
        }
        page = _pages[key] = json.dumps(document, separators=(",", ":")).encode()
    return page


async def find_contacts(request: Request) -> Response:
    offset = int(request.query_params.get("offset", 0))
    limit = int(request.query_params.get("limit", 100))
    return Response(contact_page(offset, limit), media_type="application/json")


app = Starlette(
    routes=[
        Route("/v2/contacts", find_contacts),
        Route("/v2/contacts/{id:int}", get_contact),
    ]
)


def listening_socket(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1 whose connections send without Nagle's delay.

    asyncio turns Nagle's algorithm off only for sockets created with proto=IPPROTO_TCP; a socket
    made with the default proto=0 keeps it, and a response written as headers then body stalls
    for the peer's delayed ACK (40 ms on Linux) whenever the client does not answer at once.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    return sock


def main() -> None:
    global CONTACTS
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--contacts", type=int, default=CONTACTS)
    args = parser.parse_args()
    CONTACTS = args.contacts
    sock = listening_socket(args.port)
    print(f"listening on http://127.0.0.1:{sock.getsockname()[1]}/v2", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
