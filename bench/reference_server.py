"""A minimal Starlette app on uvicorn answering GET /v2/contacts/{id} with one small contact.

The reference server for the concurrency and latency cases: it does as little work per request
as an ASGI server can, so the clients' own costs decide the figures.

    python -m bench.reference_server --port 0   # prints "listening on http://127.0.0.1:PORT/v2"
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


app = Starlette(routes=[Route("/v2/contacts/{id:int}", get_contact)])


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
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    sock = listening_socket(args.port)
    print(f"listening on http://127.0.0.1:{sock.getsockname()[1]}/v2", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
