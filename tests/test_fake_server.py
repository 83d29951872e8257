"""Running the fake: in a background thread, and from the command line."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire, serve_in_thread

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio

Hooks = dict[str, list[Any]]


def _port_accepts(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, port)) == 0


def test_serve_in_thread_picks_a_port_and_shuts_down(spec_hooks_sync: Hooks) -> None:
    fake = FakeCallFire(username="u", password="p")
    contact_id = fake.seed_contacts(1)[0]
    with serve_in_thread(fake, host="127.0.0.1", port=0) as base_url:
        parts = urlsplit(base_url)
        assert (parts.scheme, parts.hostname, parts.path) == ("http", "127.0.0.1", "/v2")
        assert parts.port and parts.port > 0
        with httpx.Client(auth=("u", "p"), event_hooks=spec_hooks_sync) as client:
            response = client.get(f"{base_url}/contacts/{contact_id}")
        assert response.json()["id"] == contact_id
    assert not _port_accepts("127.0.0.1", parts.port)


def test_two_servers_side_by_side(spec_hooks_sync: Hooks) -> None:
    first, second = FakeCallFire(), FakeCallFire()
    first.seed_contacts(2)
    with (
        serve_in_thread(first) as first_url,
        serve_in_thread(second) as second_url,
        httpx.Client(auth=("test-user", "test-secret"), event_hooks=spec_hooks_sync) as client,
    ):
        assert first_url != second_url
        assert client.get(f"{first_url}/contacts").json()["totalCount"] == 2
        assert client.get(f"{second_url}/contacts").json()["totalCount"] == 0


async def test_the_plugin_server_is_shared_and_reset(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: tuple[str, str],
    spec_hooks: Hooks,
) -> None:
    assert callfire_fake.requests == []
    ids = callfire_fake.seed_contacts(3)
    async with httpx.AsyncClient(auth=callfire_credentials, event_hooks=spec_hooks) as client:
        response = await client.get(f"{callfire_fake_url}/contacts/{ids[0]}")
    assert response.status_code == 200
    assert callfire_fake.count("GET", "/v2/contacts/*") == 1


def test_command_line_prints_its_url_and_serves(spec_hooks_sync: Hooks) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "callfire_async.custom.fake",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--username",
            "cli-user",
            "--password",
            "cli-secret",
            "--seed-contacts",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        # The line names the credential it accepts: connecting with what it prints works.
        match = re.fullmatch(
            r"Fake CallFire listening on (http://127\.0\.0\.1:\d+/v2) "
            r"\(username '([^']+)', password '([^']+)'\)",
            line,
        )
        assert match, line
        base_url, username, password = match.groups()
        assert (username, password) == ("cli-user", "cli-secret")
        with httpx.Client(
            auth=(username, password), event_hooks=spec_hooks_sync, timeout=10
        ) as client:
            response = client.get(f"{base_url}/contacts")
            assert response.json()["totalCount"] == 5
            contact_id = response.json()["items"][0]["id"]
            contact = client.get(f"{base_url}/contacts/{contact_id}")
            assert contact.json()["firstName"] == "First1"
            assert client.get(f"{base_url}/contacts", auth=("cli-user", "x")).status_code == 401
            # Without --enable-control the control endpoint does not exist (an API 404).
            control = client.post(base_url.removesuffix("/v2") + "/_fake/reset")
            assert control.status_code == 404
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert process.returncode in (0, -15)
    assert "Traceback" not in stderr


def test_seeding_counts() -> None:
    fake = FakeCallFire()
    assert len(fake.seed_contacts(100_000)) == 100_000
    assert len(set(fake.seed_calls(1_000))) == 1_000
    assert len(fake.seed_sounds(10)) == 10
    assert len(fake.seed_recordings(10, size_bytes=1_000_000)) == 10
    assert len(fake.store.contacts) == 100_000
