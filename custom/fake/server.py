"""Running the fake on a real socket with uvicorn: in a background thread, or in the foreground."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import uvicorn

if TYPE_CHECKING:
    from .fake import FakeCallFire

_STARTUP_TIMEOUT_SECONDS = 10.0


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free port (read it back from the socket)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # The explicit protocol matters: asyncio sets TCP_NODELAY on accepted connections
    # only when proto is IPPROTO_TCP. Without it a response written in two parts
    # (headers, body) waits ~40 ms for the client's delayed ACK (Nagle's algorithm).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/v2"


def make_server(fake: FakeCallFire) -> uvicorn.Server:
    # Lean settings: the fake must answer thousands of requests per second.
    config = uvicorn.Config(
        fake.app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=False,
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


@contextmanager
def serve_in_thread(fake: FakeCallFire, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `fake` on host:port from a thread with its own event loop; yields the base URL."""
    with serve_socket_in_thread(fake, bind_socket(host, port)) as url:
        yield url


@contextmanager
def serve_socket_in_thread(fake: FakeCallFire, sock: socket.socket) -> Iterator[str]:
    """Serve `fake` on an already listening socket (closed afterwards); yields the base URL.

    Binding first lets a caller know the URL before the fake exists (see `running.py`).
    """
    server = make_server(fake)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="callfire-fake", daemon=True
    )
    thread.start()
    try:
        _wait_until_started(server, thread)
        yield base_url(sock)
    finally:
        server.should_exit = True
        thread.join(_STARTUP_TIMEOUT_SECONDS)
        sock.close()


def _wait_until_started(server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + _STARTUP_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the fake CallFire server failed to start")
        if time.monotonic() > deadline:
            raise RuntimeError("the fake CallFire server did not start in time")
        time.sleep(0.005)
