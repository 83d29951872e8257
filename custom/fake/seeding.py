"""Filling the store quickly with realistic data (100,000 contacts in well under a second)."""

from __future__ import annotations

import hashlib

from .audio import MP3_BYTES_PER_SECOND, GeneratedMp3, silent_mp3
from .dialer import new_call, place_call
from .store import JSON, Recording, Sound, Store

DEFAULT_RECORDING_BYTES = 64 * 1024
RECORDING_NAME = "call-recording"


def _number(index: int, area: int = 213) -> str:
    # Valid 11-digit North-American numbers; their last digit decides call results.
    return f"1{area}{index % 10_000_000:07d}"


def seed_contacts(store: Store, count: int) -> list[int]:
    ids = store.new_ids("contact", count)
    contacts = store.contacts
    for index, contact_id in enumerate(ids, start=1):
        contacts[contact_id] = {
            "id": contact_id,
            "firstName": f"First{index}",
            "lastName": f"Last{index}",
            "homePhone": _number(index),
            "deleted": False,
        }
    store.contacts_changed()
    return list(ids)


def seed_calls(store: Store, count: int) -> list[int]:
    ids: list[int] = []
    for index in range(1, count + 1):
        call = new_call(
            store,
            {"phoneNumber": _number(index, area=310)},
            where="seed",
            from_number="12132000384",
        )
        place_call(store, call)
        ids.append(call["id"])
    return ids


def recording_meta(recording_id: int, call: JSON, created: int, audio: GeneratedMp3) -> JSON:
    meta: JSON = {"id": recording_id, "callId": call["id"]}
    if "campaignId" in call:
        meta["campaignId"] = call["campaignId"]
    meta.update(
        {
            "name": RECORDING_NAME,
            "created": created,
            "lengthInBytes": audio.size,
            "lengthInSeconds": round(audio.seconds),
            "hash": hashlib.sha1(audio.etag.encode()).hexdigest(),
            "state": "READY",
        }
    )
    return meta


def seed_recordings(store: Store, count: int, size_bytes: int) -> list[int]:
    """One answered call per recording; the MP3 bytes are generated, never stored."""
    ids: list[int] = []
    for call_id in seed_calls_answered(store, count):
        recording_id = store.new_id("recording")
        audio = GeneratedMp3(size_bytes, seed=recording_id)
        call = store.calls[call_id]
        store.recordings[recording_id] = Recording(
            meta=recording_meta(recording_id, call, store.clock(), audio), audio=audio
        )
        ids.append(recording_id)
    return ids


def seed_calls_answered(store: Store, count: int) -> list[int]:
    ids: list[int] = []
    for index in range(count):
        # Numbers ending in 0 are answered live (see dialer).
        call = new_call(store, {"phoneNumber": _number(index * 10, area=415)}, where="seed")
        place_call(store, call)
        ids.append(call["id"])
    return ids


def seed_sounds(store: Store, count: int) -> list[int]:
    ids: list[int] = []
    for index in range(1, count + 1):
        sound_id = store.new_id("sound")
        seconds = 5
        store.sounds[sound_id] = Sound(
            meta={
                "id": sound_id,
                "name": f"Sound {index}",
                "created": store.clock(),
                "lengthInSeconds": seconds,
                "duplicate": False,
                "status": "ACTIVE",
            },
            mp3=silent_mp3(seconds, seed=sound_id),
        )
        ids.append(sound_id)
    return ids


def recording_seconds(size: int) -> int:
    return round(size / MP3_BYTES_PER_SECOND)
