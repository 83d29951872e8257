"""A fake CallFire that knows where it listens and which credential it accepts.

What the pytest plugin's `callfire_fake` fixture is: tests seed and inspect it like any
`FakeCallFire`, and point the code under test at `base_url` with `username` and `password`.

    with run_fake() as fake:
        async with CallFire(fake.username, fake.password, base_url=fake.base_url) as cf:
            ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .fake import FakeCallFire
from .server import base_url, bind_socket, serve_socket_in_thread

DEFAULT_USERNAME = "test-user"
DEFAULT_PASSWORD = "test-secret"

# The variables `CallFire.from_env()` reads (custom/client.py); repeated here so the fake
# does not import the SDK's client.
_ENV_USERNAME = "CALLFIRE_USERNAME"
_ENV_PASSWORD = "CALLFIRE_PASSWORD"
_ENV_BASE_URL = "CALLFIRE_BASE_URL"


class RunningFakeCallFire(FakeCallFire):
    """A `FakeCallFire` served on a real socket (see `run_fake`)."""

    def __init__(
        self, base_url: str, username: str, password: str, *, enable_control: bool = False
    ) -> None:
        super().__init__(username, password, enable_control=enable_control)
        self.base_url = base_url
        # A test credential, but still kept out of the repr like any other password.
        self.password = password

    def __repr__(self) -> str:
        return f"RunningFakeCallFire(base_url={self.base_url!r}, username={self.username!r})"

    @property
    def credentials(self) -> tuple[str, str]:
        """(username, password) the fake accepts."""
        return (self.username, self.password)

    def env(self) -> dict[str, str]:
        """CALLFIRE_BASE_URL, CALLFIRE_USERNAME and CALLFIRE_PASSWORD for this fake, the
        variables `CallFire.from_env()` reads: for code under test that configures itself."""
        return {
            _ENV_BASE_URL: self.base_url,
            _ENV_USERNAME: self.username,
            _ENV_PASSWORD: self.password,
        }


@contextmanager
def run_fake(
    username: str = DEFAULT_USERNAME,
    password: str = DEFAULT_PASSWORD,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    enable_control: bool = False,
) -> Iterator[RunningFakeCallFire]:
    """Serve a new fake on host:port (0: a free port) from a background thread until exit."""
    sock = bind_socket(host, port)
    try:
        fake = RunningFakeCallFire(
            base_url(sock), username, password, enable_control=enable_control
        )
    except BaseException:
        sock.close()
        raise
    with serve_socket_in_thread(fake, sock):
        yield fake
