"""Find calls by state and result, with the filters typed as lists of enum members.

CallFire takes `states` and `results` as ONE comma-separated value
(`states=READY,FINISHED`); the SDK joins a list for you and still accepts the
comma-separated string itself. `make typecheck` runs mypy --strict on this file:
each of the three spellings below must type-check.

Runs against a fake CallFire server started in this process. Against the real
API, use ``CallFire.from_env()`` (CALLFIRE_USERNAME / CALLFIRE_PASSWORD).

    python examples/filtering_calls.py
"""

from __future__ import annotations

import anyio

from callfire_async.custom import CallFire
from callfire_async.custom.fake import FakeCallFire, serve_in_thread
from callfire_async.models import CallPage, CallResult, CallState


async def filter_calls(cf: CallFire) -> None:
    finished: CallPage = await cf.calls.find_calls(states=[CallState.FINISHED, CallState.READY])
    print(f"{len(finished.items or [])} calls finished or waiting to be dialled")

    busy_or_machine = await cf.calls.find_calls(results=[CallResult.BUSY, CallResult.AM])
    for call in busy_or_machine.items or []:
        print(f"  {call.id} to {call.to_number}: {call.final_call_result}")

    # A plain string, as CallFire's documentation writes it, and a list of str, still work.
    live = await cf.calls.find_calls(results="LA", states=["FINISHED"])
    print(f"{len(live.items or [])} calls answered by a person")


async def main() -> None:
    fake = FakeCallFire(username="demo-user", password="demo-password")
    fake.seed_calls(10)
    with serve_in_thread(fake) as base_url:
        async with CallFire("demo-user", "demo-password", base_url=base_url) as cf:
            await filter_calls(cf)


if __name__ == "__main__":
    anyio.run(main)
