"""Read what CallFire sends back: absent fields are None, times are datetimes.

Every optional field of a model is `X | None`, so `is not None` is all the narrowing a type
checker asks for; CallFire's unix-millisecond times arrive as aware UTC datetimes and go back out
as the same milliseconds; time filters take a datetime. `make typecheck` runs mypy --strict on
this file (and pyright --strict when it is installed).

Runs against a fake CallFire server started in this process. Against the real API, use
``CallFire.from_env()`` (CALLFIRE_USERNAME / CALLFIRE_PASSWORD).

    python examples/reading_models.py
"""

from __future__ import annotations

import datetime

import anyio

from callfire_async.custom import CallFire
from callfire_async.custom.fake import FakeCallFire, serve_in_thread
from callfire_async.models import CallBroadcast, CallRecipient, Contact, ResourceIdList


async def tour(cf: CallFire) -> None:
    ids: ResourceIdList = await cf.contacts.create_contacts(
        body=[Contact(first_name="Ada", home_phone="12135551001"), Contact(last_name="Hopper")]
    )
    if ids.items is not None:
        for resource in ids.items:
            contact = await cf.contacts.get_contact(resource.id)
            first_name: str | None = contact.first_name
            greeting = first_name if first_name is not None else "(no first name)"
            print(f"contact {resource.id}: {greeting}")

    since = datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1)
    sent = await cf.calls.send_calls(body=[CallRecipient(phone_number="13105551003")])
    print(f"sent {len(sent.items or [])} call(s)")
    page = await cf.calls.find_calls(interval_begin=since)
    for call in page.items or []:
        created: datetime.datetime | None = call.created
        if created is not None:
            age = datetime.datetime.now(datetime.UTC) - created
            print(f"call {call.id} to {call.to_number}: created {created:%H:%M:%S} UTC, {age} ago")
            print(f"  sent back as {call.to_dict()['created']} (unix milliseconds)")

    # A partial update: only the fields set are sent, the rest of the broadcast is kept.
    broadcast = await cf.calls.create_call_broadcast(
        body=CallBroadcast(name="Spring reminder", from_number="12132000384")
    )
    await cf.calls.update_call_broadcast(broadcast.id, body=CallBroadcast(name="Renamed"))
    print(await cf.calls.get_call_broadcast(broadcast.id, fields="id,name,fromNumber"))


async def main() -> None:
    fake = FakeCallFire(username="demo-user", password="demo-password")
    with serve_in_thread(fake) as base_url:
        async with CallFire("demo-user", "demo-password", base_url=base_url) as cf:
            await tour(cf)


if __name__ == "__main__":
    anyio.run(main)
