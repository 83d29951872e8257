"""Walk every contact, page by page, with the types a checker can follow.

`make typecheck` runs mypy --strict on this file: the annotated assignments
below only pass if the paginator's item type is `Contact` and its page type
`ContactPage`, for the facade method and for the low-level function alike.

Runs against a fake CallFire server started in this process. Against the real
API, use ``CallFire.from_env()`` (CALLFIRE_USERNAME / CALLFIRE_PASSWORD).

    python examples/typed_pagination.py
"""

from __future__ import annotations

import anyio

from callfire_async.api.contacts import find_contacts
from callfire_async.custom import AsyncPaginator, CallFire, paginate
from callfire_async.custom.fake import FakeCallFire, serve_in_thread
from callfire_async.models.contact import Contact
from callfire_async.models.contact_page import ContactPage


async def walk(cf: CallFire) -> None:
    # The facade: pages of 50, at most 120 contacts, the next page fetched
    # while this one is being printed.
    contacts: AsyncPaginator[ContactPage, Contact] = cf.contacts.find_contacts(
        limit=50, max_items=120, prefetch=True
    )
    first: ContactPage = await contacts
    print(f"{first.total_count} contacts in all; the first page holds {len(first.items or [])}")

    count = 0
    async with contacts:
        async for item in contacts:
            contact: Contact = item
            count += 1
            if count <= 3:
                print(f"  {contact.id}: {contact.first_name} {contact.last_name}")
    print(f"walked {count} contacts")

    # The low-level function, with the facade's auth, retries and typed errors.
    pages = paginate(find_contacts.asyncio_detailed, client=cf.client, limit=100)
    async for each in pages.pages():
        page: ContactPage = each
        numbers: list[Contact] = page.items or []
        print(f"  page at offset {page.offset}: {len(numbers)} contacts")


async def main() -> None:
    fake = FakeCallFire(username="demo-user", password="demo-password")
    fake.seed_contacts(250)
    with serve_in_thread(fake) as base_url:
        async with CallFire("demo-user", "demo-password", base_url=base_url) as cf:
            await walk(cf)


if __name__ == "__main__":
    anyio.run(main)
