"""``CALLFIRE_LOG`` in a real process: request lines on stderr with no secret when it is set,
nothing at all on stderr when it is not (even for a call that fails after its retries), and
the lines' content in-process."""

from __future__ import annotations

import base64
import logging
import os
import subprocess
import sys

import pytest

from callfire_async.custom import CallFire, RetryPolicy
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.logs import setup_logging_from_env

Credentials = tuple[str, str]

# Gets an existing contact, then one whose GET always answers 503: three attempts, given up
# (the retry layer logs a WARNING when it gives up), raised, caught.
SCRIPT = """
import asyncio, sys
from callfire_async.custom import CallFire, InternalServerError, RetryPolicy

async def no_wait(seconds):
    pass

async def main():
    async with CallFire.from_env(retry=RetryPolicy(sleep=no_wait)) as cf:
        await cf.contacts.get_contact(int(sys.argv[1]))
        try:
            await cf.contacts.get_contact(int(sys.argv[2]))
        except InternalServerError:
            print("gave up")

asyncio.run(main())
"""


def run_script(
    fake: FakeCallFire, url: str, credentials: Credentials, log: str | None
) -> subprocess.CompletedProcess[str]:
    [good, failing] = fake.seed_contacts(2)
    fake.faults.add(Fault(method="GET", path=f"/v2/contacts/{failing}", status=503, times=None))
    env = {key: value for key, value in os.environ.items() if not key.startswith("CALLFIRE_")}
    env.update(
        CALLFIRE_USERNAME=credentials[0], CALLFIRE_PASSWORD=credentials[1], CALLFIRE_BASE_URL=url
    )
    if log is not None:
        env["CALLFIRE_LOG"] = log
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(good), str(failing)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def secrets(credentials: Credentials) -> list[str]:
    username, password = credentials
    return [password, base64.b64encode(f"{username}:{password}".encode()).decode()]


def test_without_callfire_log_nothing_reaches_stderr(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: Credentials
) -> None:
    done = run_script(callfire_fake, callfire_fake_url, callfire_credentials, log=None)
    assert done.stdout == "gave up\n"
    assert done.stderr == ""
    assert callfire_fake.count("GET", "/v2/contacts/*") == 4  # 1 + three attempts: it did fail


@pytest.mark.parametrize("level", ["debug", "info", "DEBUG"])
def test_callfire_log_prints_each_exchange_without_secrets(
    level: str,
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
) -> None:
    done = run_script(callfire_fake, callfire_fake_url, callfire_credentials, log=level)
    lines = done.stderr.splitlines()
    exchanges = [line for line in lines if "HTTP Request: GET" in line]
    assert len(exchanges) == 4
    assert f"GET {callfire_fake_url}/contacts/" in exchanges[0]
    assert '"200 OK" in ' in exchanges[0]
    assert "(attempt 1 of 3)" in exchanges[0]
    assert ['"503 Service Unavailable"' in line for line in exchanges[1:]] == [True] * 3
    assert "(attempt 3 of 3)" in exchanges[3]
    assert any("Not retrying" in line for line in lines)
    sending = [line for line in lines if "Sending GET" in line]
    assert len(sending) == (4 if level.lower() == "debug" else 0)
    if sending:
        assert "'authorization': '[redacted]'" in sending[0]
    assert [s for s in secrets(callfire_credentials) if s in done.stderr] == []
    assert callfire_credentials[0] not in done.stderr  # the URL has no userinfo either


def test_an_unknown_level_turns_nothing_on() -> None:
    assert setup_logging_from_env({"CALLFIRE_LOG": "verbose"}) is None
    assert setup_logging_from_env({}) is None


@pytest.mark.anyio
async def test_an_application_configuring_logging_gets_the_records(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    callfire_credentials: Credentials,
    caplog: pytest.LogCaptureFixture,
) -> None:
    [contact_id] = callfire_fake.seed_contacts(1)
    caplog.set_level(logging.INFO, logger="callfire_async")
    username, password = callfire_credentials
    async with CallFire(
        username, password, base_url=callfire_fake_url, retry=RetryPolicy.off()
    ) as cf:
        await cf.contacts.get_contact(contact_id)
    [record] = [r for r in caplog.records if r.name == "callfire_async.http"]
    assert record.getMessage().startswith(
        f'HTTP Request: GET {callfire_fake_url}/contacts/{contact_id} "200 OK" in '
    )
    assert record.getMessage().endswith(" s (attempt 1 of 1)")
