"""One client, several event loops, on both transports, in a real process: a script that
calls ``asyncio.run()`` twice gets a client that follows the new loop, silently; a second
loop running while the first is still open gets ``WrongEventLoopError`` naming the cause,
before anything is sent. Neither prints aiohttp's "Unclosed connector" / "Unclosed client
session" or anything else on stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from transfer_support import BACKENDS, require_backend

from callfire_async.custom.fake import FakeCallFire
from callfire_async.custom.transport import Backend

Credentials = tuple[str, str]

SCRIPT = """
import asyncio, gc, sys, threading
import httpx
from callfire_async.custom import CallFire
from callfire_async.custom.errors import WrongEventLoopError
from callfire_async.custom.transport import default_transport

backend, contact_id = sys.argv[1], int(sys.argv[2])
transport = default_transport(limits=httpx.Limits(), backend=backend)
cf = CallFire.from_env(transport=transport)

async def get():
    return (await cf.contacts.get_contact(contact_id)).id

# One script, two asyncio.run(): the second loop gets new connections.
print(asyncio.run(get()), asyncio.run(get()))

# A loop that stays open, and another thread's loop using the same client meanwhile.
first = asyncio.new_event_loop()
print(first.run_until_complete(get()))
def in_another_thread():
    try:
        asyncio.run(get())
    except WrongEventLoopError as error:
        print(type(error).__name__, "another event loop" in str(error))
thread = threading.Thread(target=in_another_thread)
thread.start()
thread.join()
first.run_until_complete(cf.aclose())
first.close()
gc.collect()
"""


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_client_follows_a_new_loop_and_refuses_a_concurrent_one_without_noise(
    backend: Backend,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
) -> None:
    require_backend(backend)
    [contact_id] = callfire_fake.seed_contacts(1)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CALLFIRE_")}
    env.update(
        CALLFIRE_USERNAME=callfire_credentials[0],
        CALLFIRE_PASSWORD=callfire_credentials[1],
        CALLFIRE_BASE_URL=callfire_fake_url,
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, backend, str(contact_id)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.splitlines() == [
        f"{contact_id} {contact_id}",
        str(contact_id),
        "WrongEventLoopError True",
    ]
    assert done.stderr == ""
    # Three calls reached the server; the refused one sent nothing.
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3
