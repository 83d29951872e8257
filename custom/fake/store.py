"""The fake's in-memory state: every CallFire resource, kept as JSON-ready dicts.

Ids of each kind start at their own base so that an id of one kind used as
another (a list id passed as a contact id) is a 404 rather than a silent match.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .audio import AudioSource
from .paging import PagingRules

JSON = dict[str, Any]

_ID_BASES = {
    "contact": 1_000_000,
    "list": 2_000_000,
    "call": 30_000_000,
    "record": 40_000_000,
    "broadcast": 5_000_000,
    "batch": 6_000_000,
    "recording": 70_000_000,
    "sound": 8_000_000,
}


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class Sound:
    meta: JSON
    mp3: AudioSource | None = None
    wav: AudioSource | None = None


@dataclass
class Recording:
    meta: JSON
    audio: AudioSource


@dataclass
class Store:
    clock: Callable[[], int] = now_ms
    contacts: dict[int, JSON] = field(default_factory=dict)
    contact_lists: dict[int, JSON] = field(default_factory=dict)
    # list id -> its contact ids, in insertion order (a dict used as an ordered set)
    list_members: dict[int, dict[int, None]] = field(default_factory=dict)
    do_not_contacts: dict[str, JSON] = field(default_factory=dict)
    calls: dict[int, JSON] = field(default_factory=dict)
    broadcasts: dict[int, JSON] = field(default_factory=dict)
    broadcast_created: dict[int, int] = field(default_factory=dict)
    batches: dict[int, JSON] = field(default_factory=dict)
    # batch id -> ids of the calls it holds
    batch_calls: dict[int, list[int]] = field(default_factory=dict)
    recordings: dict[int, Recording] = field(default_factory=dict)
    sounds: dict[int, Sound] = field(default_factory=dict)
    paging: PagingRules = field(default_factory=PagingRules)
    _next_ids: dict[str, int] = field(default_factory=lambda: dict(_ID_BASES))
    _active_contact_ids: list[int] | None = None

    def reset(self) -> None:
        fresh = Store(clock=self.clock)
        self.__dict__.update(fresh.__dict__)

    def new_id(self, kind: str) -> int:
        self._next_ids[kind] += 1
        return self._next_ids[kind]

    def new_ids(self, kind: str, count: int) -> range:
        first = self._next_ids[kind] + 1
        self._next_ids[kind] += count
        return range(first, first + count)

    # Contacts are the one collection big enough (100,000 seeded) for an unfiltered
    # find to be worth an index of the ids that are not deleted.
    def active_contact_ids(self) -> list[int]:
        if self._active_contact_ids is None:
            self._active_contact_ids = [
                contact_id
                for contact_id, contact in self.contacts.items()
                if not contact["deleted"]
            ]
        return self._active_contact_ids

    def contacts_changed(self) -> None:
        self._active_contact_ids = None
