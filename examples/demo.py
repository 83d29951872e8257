"""A tour of callfire-async against the embedded fake CallFire (`make demo`).

The fake runs on 127.0.0.1 in this process; against the real API, replace the
`serve_in_thread` block with `CallFire.from_env()` (CALLFIRE_USERNAME,
CALLFIRE_PASSWORD).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import anyio

from callfire_async.custom import CallFire, NotFoundError, RetryPolicy
from callfire_async.custom.fake import FakeCallFire, Fault, serve_in_thread
from callfire_async.models import (
    CallBroadcast,
    CallRecipient,
    Contact,
    DoNotContactRequest,
    Recipient,
    TextToSpeech,
    Voice,
)


def section(title: str) -> None:
    print(f"\n== {title}")


async def tour(cf: CallFire, fake: FakeCallFire, workdir: Path) -> None:
    section("Contacts: create, then page through them")
    created = await cf.contacts.create_contacts(
        body=[
            Contact(first_name="Ada", last_name="Lovelace", mobile_phone="12135551001"),
            Contact(first_name="Alan", last_name="Turing", mobile_phone="12135551002"),
        ]
    )
    ids = [item.id for item in created.items or []]
    print(f"created contacts {ids}")
    first_page = await cf.contacts.find_contacts(limit=100)
    print(f"first page: {len(first_page.items or [])} items of {first_page.total_count}")
    names = [c.first_name async for c in cf.contacts.find_contacts(limit=100, max_items=250)]
    print(f"iterated {len(names)} contacts across pages (max_items=250)")

    section("Typed errors")
    try:
        await cf.contacts.get_contact(id=999_999_999)
    except NotFoundError as error:
        print(f"NotFoundError: status {error.status_code}, message {error.message!r}")

    section("Retries: the fake answers 503 twice, the SDK retries and succeeds")
    fake.faults.add(Fault(method="GET", path="/v2/contacts/*", times=2, status=503))
    before = fake.count("GET", "/v2/contacts/*")
    contact = await cf.contacts.get_contact(id=ids[0])
    attempts = fake.count("GET", "/v2/contacts/*") - before
    print(f"got {contact.first_name} {contact.last_name} after {attempts} attempts")

    section("Do-not-contact list")
    await cf.contacts.add_do_not_contacts(
        body=DoNotContactRequest(numbers=["12135559999"], source="demo", call=True)
    )
    dnc = [entry.number async for entry in cf.contacts.find_do_not_contacts(source="demo")]
    print(f"DNC entries from source 'demo': {dnc}")

    section("Calls: send two, then find them")
    sent = await cf.calls.send_calls(
        body=[
            CallRecipient(phone_number="12135551001", live_message="Hello from the demo"),
            CallRecipient(phone_number="12135551007", live_message="Hello again"),
        ],
        default_voice=Voice.FEMALE1,
    )
    for call in sent.items or []:
        print(f"call {call.id} to {call.to_number}: {call.state} / {call.final_call_result}")
    busy = [call.id async for call in cf.calls.find_calls(results="BUSY")]
    print(f"calls that found the line busy: {busy}")

    section("A voice broadcast: create, add recipients, start, stats")
    broadcast = await cf.calls.create_call_broadcast(
        body=CallBroadcast(
            name="Demo broadcast", recipients=[Recipient(phone_number="12135552000")]
        )
    )
    await cf.calls.add_call_broadcast_recipients(
        broadcast.id, body=[Recipient(phone_number="12135552001")]
    )
    await cf.calls.start_voice_broadcast(broadcast.id)
    status = (await cf.calls.get_call_broadcast(broadcast.id)).status
    stats = await cf.calls.get_call_broadcast_stats(broadcast.id)
    print(f"broadcast {broadcast.id} is {status}; calls placed: {stats.calls_placed}")

    section("Campaign sounds: text-to-speech, then stream the WAV to a file")
    sound = await cf.campaigns.post_tts_campaign_sound(
        body=TextToSpeech(message="Welcome to the demo", voice=Voice.MALE1)
    )
    assert isinstance(sound.id, int)  # model fields are optional: CallFire may omit any of them
    wav = await cf.campaigns.get_campaign_sound_data_wav(sound.id).download(workdir / "tts.wav")
    print(f"sound {sound.id} ({sound.status}) saved: {wav.size} bytes, {wav.content_type}")

    section("Recordings: a 5 MB download cut mid-way resumes where it stopped")
    (recording_id,) = fake.seed_recordings(1, size_bytes=5 * 1024 * 1024)
    fake.faults.add(Fault(method="GET", path="/v2/calls/recordings/*", truncate_after=2_000_000))
    result = await cf.calls.get_call_recording_mp3(recording_id).download(workdir / "call.mp3")
    print(f"saved {result.size} bytes after {result.resumes} resume(s)")

    section("Uploads stream from disk")
    csv = workdir / "team.csv"
    csv.write_text("firstName,lastName,mobilePhone\nGrace,Hopper,12135553001\n")
    uploaded = await cf.contacts.create_contact_list_from_file(file=csv, name="Team")
    items = [c.first_name async for c in cf.contacts.get_contact_list_items(uploaded.id)]
    print(f"contact list {uploaded.id} holds {items}")


async def main() -> None:
    # The SDK logs each retry on the "callfire_async" logger; httpx's request lines are noise here.
    logging.basicConfig(level=logging.INFO, format="   log: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    fake = FakeCallFire(username="demo-user", password="demo-secret")
    fake.seed_contacts(300)
    with serve_in_thread(fake, host="127.0.0.1", port=0) as base_url:
        print(f"fake CallFire listening on {base_url}")
        quick_retries = RetryPolicy(initial_delay=0.05, max_delay=0.2)
        async with CallFire(
            "demo-user", "demo-secret", base_url=base_url, retry=quick_retries
        ) as cf:
            print(repr(cf))
            with tempfile.TemporaryDirectory() as workdir:
                await tour(cf, fake, Path(workdir))
    print("\ndone")


if __name__ == "__main__":
    anyio.run(main)
