"""Per-call options and raw responses, with the types a checker infers.

`make typecheck` runs mypy --strict on this file (and tests/test_pyright_strict.py pyright
--strict): each ``assert_type`` fails unless the checker infers that exact type, so
``RawResponse[Contact]`` and ``.parse() -> Contact`` are proven, not annotated into being.

Runs against a fake CallFire server started in this process. Against the real API, use
``CallFire.from_env()`` (CALLFIRE_USERNAME / CALLFIRE_PASSWORD).

    python examples/options_and_raw.py
"""

from __future__ import annotations

from typing import assert_type

import anyio

from callfire_async import APITimeoutError, CallFire, RawResponse, RetryPolicy
from callfire_async.custom.fake import FakeCallFire, serve_in_thread
from callfire_async.models import Contact, ContactPage


async def use(cf: CallFire, contact_id: int) -> None:
    # Options for one call: a tighter timeout, a tracing header, an extra query parameter and
    # no retries; every other call keeps the client's settings.
    contact = await cf.contacts.get_contact(
        contact_id,
        timeout=5.0,
        extra_headers={"X-Request-Source": "nightly-sync"},
        extra_query={"trace": "1"},
        retry="off",
    )
    assert_type(contact, Contact)
    print(f"contact {contact.id}: {contact.first_name}")

    # The HTTP response next to the model.
    raw = await cf.with_raw_response.contacts.get_contact(contact_id)
    assert_type(raw, RawResponse[Contact])
    print(f"status {raw.status_code}, {raw.headers.get('content-type')}")
    parsed = raw.parse()
    assert_type(parsed, Contact)
    print(f"parsed: {parsed.id} {parsed.last_name}")

    # A paged operation's raw response is the page asked for.
    raw_page = await cf.with_raw_response.contacts.find_contacts(limit=10)
    page = raw_page.parse()
    assert_type(page, ContactPage)
    print(f"{page.total_count} contacts, {len(page.items or [])} on the first page")

    # Options on a paginator go with every page request.
    patient = RetryPolicy(max_attempts=5)
    count = 0
    async for item in cf.contacts.find_contacts(limit=20, retry=patient, call_timeout=60):
        assert_type(item, Contact)
        count += 1
    print(f"walked {count} contacts")

    try:
        await cf.contacts.get_contact(contact_id, call_timeout=30)
    except APITimeoutError:
        print("timed out")


async def main() -> None:
    fake = FakeCallFire(username="demo-user", password="demo-password")
    [contact_id, *_] = fake.seed_contacts(45)
    with serve_in_thread(fake) as base_url:
        async with CallFire("demo-user", "demo-password", base_url=base_url) as cf:
            await use(cf, contact_id)


if __name__ == "__main__":
    anyio.run(main)
