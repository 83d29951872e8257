from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    built_with_gc_paused,
    json_loads,
    rebuilt_as,
)

T = TypeVar("T", bound="CallBroadcastStats")

# from_dict creates instances with object.__new__ and fills their slots itself.
_new_instance = object.__new__

# The JSON names of the fields above: everything else is an unknown field.
_KNOWN_FIELDS = frozenset(
    {
        "totalOutboundCount",
        "remainingOutboundCount",
        "billedAmount",
        "callsAttempted",
        "callsPlaced",
        "callsDuration",
        "billedDuration",
        "responseRatePercent",
        "callsRemaining",
        "callsAwaitingRedial",
        "callsLiveAnswer",
        "totalCount",
        "answeringMachineCount",
        "busyCount",
        "dialedCount",
        "doNotCallCount",
        "errorCount",
        "liveCount",
        "miscCount",
        "noAnswerCount",
        "transferCount",
    }
)


# repr=False: __repr__ below shows only the fields that are set.
@_attrs_define(repr=False)
class CallBroadcastStats:
    """Counters, durations and cost of a call broadcast.

    Attributes:
        total_outbound_count (int | None): Calls to place in total.
        remaining_outbound_count (int | None): Calls still to place.
        billed_amount (float | None): Total cost.
        calls_attempted (int | None): Calls attempted.
        calls_placed (int | None): Calls placed.
        calls_duration (int | None): Total call duration in seconds.
        billed_duration (int | None): Billed duration in seconds.
        response_rate_percent (int | None): Response rate in percent.
        calls_remaining (int | None): Calls remaining.
        calls_awaiting_redial (int | None): Calls waiting for a retry.
        calls_live_answer (int | None): Calls answered by a person.
        total_count (int | None): Total number of calls.
        answering_machine_count (int | None): Calls answered by a machine.
        busy_count (int | None): Busy calls.
        dialed_count (int | None): Dialed calls.
        do_not_call_count (int | None): Calls skipped by do-not-call.
        error_count (int | None): Calls that failed.
        live_count (int | None): Live answers.
        misc_count (int | None): Calls with other results.
        no_answer_count (int | None): Calls not answered.
        transfer_count (int | None): Transferred calls.
    """

    total_outbound_count: int | None = None
    remaining_outbound_count: int | None = None
    billed_amount: float | None = None
    calls_attempted: int | None = None
    calls_placed: int | None = None
    calls_duration: int | None = None
    billed_duration: int | None = None
    response_rate_percent: int | None = None
    calls_remaining: int | None = None
    calls_awaiting_redial: int | None = None
    calls_live_answer: int | None = None
    total_count: int | None = None
    answering_machine_count: int | None = None
    busy_count: int | None = None
    dialed_count: int | None = None
    do_not_call_count: int | None = None
    error_count: int | None = None
    live_count: int | None = None
    misc_count: int | None = None
    no_answer_count: int | None = None
    transfer_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_outbound_count = self.total_outbound_count

        remaining_outbound_count = self.remaining_outbound_count

        billed_amount = self.billed_amount

        calls_attempted = self.calls_attempted

        calls_placed = self.calls_placed

        calls_duration = self.calls_duration

        billed_duration = self.billed_duration

        response_rate_percent = self.response_rate_percent

        calls_remaining = self.calls_remaining

        calls_awaiting_redial = self.calls_awaiting_redial

        calls_live_answer = self.calls_live_answer

        total_count = self.total_count

        answering_machine_count = self.answering_machine_count

        busy_count = self.busy_count

        dialed_count = self.dialed_count

        do_not_call_count = self.do_not_call_count

        error_count = self.error_count

        live_count = self.live_count

        misc_count = self.misc_count

        no_answer_count = self.no_answer_count

        transfer_count = self.transfer_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_outbound_count is not None:
            field_dict["totalOutboundCount"] = total_outbound_count
        if remaining_outbound_count is not None:
            field_dict["remainingOutboundCount"] = remaining_outbound_count
        if billed_amount is not None:
            field_dict["billedAmount"] = billed_amount
        if calls_attempted is not None:
            field_dict["callsAttempted"] = calls_attempted
        if calls_placed is not None:
            field_dict["callsPlaced"] = calls_placed
        if calls_duration is not None:
            field_dict["callsDuration"] = calls_duration
        if billed_duration is not None:
            field_dict["billedDuration"] = billed_duration
        if response_rate_percent is not None:
            field_dict["responseRatePercent"] = response_rate_percent
        if calls_remaining is not None:
            field_dict["callsRemaining"] = calls_remaining
        if calls_awaiting_redial is not None:
            field_dict["callsAwaitingRedial"] = calls_awaiting_redial
        if calls_live_answer is not None:
            field_dict["callsLiveAnswer"] = calls_live_answer
        if total_count is not None:
            field_dict["totalCount"] = total_count
        if answering_machine_count is not None:
            field_dict["answeringMachineCount"] = answering_machine_count
        if busy_count is not None:
            field_dict["busyCount"] = busy_count
        if dialed_count is not None:
            field_dict["dialedCount"] = dialed_count
        if do_not_call_count is not None:
            field_dict["doNotCallCount"] = do_not_call_count
        if error_count is not None:
            field_dict["errorCount"] = error_count
        if live_count is not None:
            field_dict["liveCount"] = live_count
        if misc_count is not None:
            field_dict["miscCount"] = misc_count
        if no_answer_count is not None:
            field_dict["noAnswerCount"] = no_answer_count
        if transfer_count is not None:
            field_dict["transferCount"] = transfer_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallBroadcastStats:
            # A subclass may add fields or its own __init__: its constructor builds it
            # (_from_parsed_dict fills the slots of a CallBroadcastStats directly).
            return rebuilt_as(cls, CallBroadcastStats.from_dict(src_dict))
        return cast(T, built_with_gc_paused(CallBroadcastStats._from_parsed_dict, src_dict))

    @staticmethod
    def _from_parsed_dict(src_dict: Mapping[str, Any]) -> CallBroadcastStats:
        """from_dict's work, which the models that hold this one call directly."""
        if type(src_dict) is not dict:
            # Another mapping is copied; a document that is not an object fails here, as before.
            src_dict = dict(src_dict)
        get = src_dict.get
        total_outbound_count = get("totalOutboundCount")

        remaining_outbound_count = get("remainingOutboundCount")

        billed_amount = get("billedAmount")

        calls_attempted = get("callsAttempted")

        calls_placed = get("callsPlaced")

        calls_duration = get("callsDuration")

        billed_duration = get("billedDuration")

        response_rate_percent = get("responseRatePercent")

        calls_remaining = get("callsRemaining")

        calls_awaiting_redial = get("callsAwaitingRedial")

        calls_live_answer = get("callsLiveAnswer")

        total_count = get("totalCount")

        answering_machine_count = get("answeringMachineCount")

        busy_count = get("busyCount")

        dialed_count = get("dialedCount")

        do_not_call_count = get("doNotCallCount")

        error_count = get("errorCount")

        live_count = get("liveCount")

        misc_count = get("miscCount")

        no_answer_count = get("noAnswerCount")

        transfer_count = get("transferCount")

        call_broadcast_stats = _new_instance(CallBroadcastStats)
        call_broadcast_stats.total_outbound_count = total_outbound_count
        call_broadcast_stats.remaining_outbound_count = remaining_outbound_count
        call_broadcast_stats.billed_amount = billed_amount
        call_broadcast_stats.calls_attempted = calls_attempted
        call_broadcast_stats.calls_placed = calls_placed
        call_broadcast_stats.calls_duration = calls_duration
        call_broadcast_stats.billed_duration = billed_duration
        call_broadcast_stats.response_rate_percent = response_rate_percent
        call_broadcast_stats.calls_remaining = calls_remaining
        call_broadcast_stats.calls_awaiting_redial = calls_awaiting_redial
        call_broadcast_stats.calls_live_answer = calls_live_answer
        call_broadcast_stats.total_count = total_count
        call_broadcast_stats.answering_machine_count = answering_machine_count
        call_broadcast_stats.busy_count = busy_count
        call_broadcast_stats.dialed_count = dialed_count
        call_broadcast_stats.do_not_call_count = do_not_call_count
        call_broadcast_stats.error_count = error_count
        call_broadcast_stats.live_count = live_count
        call_broadcast_stats.misc_count = misc_count
        call_broadcast_stats.no_answer_count = no_answer_count
        call_broadcast_stats.transfer_count = transfer_count

        unknown: dict[str, Any] = (
            {}
            if _KNOWN_FIELDS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS}
        )
        call_broadcast_stats.additional_properties = unknown
        return call_broadcast_stats

    def to_json(self) -> str:
        """This model as a JSON document, as CallFire reads it (the same fields as to_dict())."""
        return json.dumps(self.to_dict())

    @classmethod
    def from_json(cls: type[T], document: str | bytes) -> T:
        """The model a JSON document describes (unknown fields land in additional_properties)."""
        return cls.from_dict(json_loads(document))

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("total_outbound_count", self.total_outbound_count),
                ("remaining_outbound_count", self.remaining_outbound_count),
                ("billed_amount", self.billed_amount),
                ("calls_attempted", self.calls_attempted),
                ("calls_placed", self.calls_placed),
                ("calls_duration", self.calls_duration),
                ("billed_duration", self.billed_duration),
                ("response_rate_percent", self.response_rate_percent),
                ("calls_remaining", self.calls_remaining),
                ("calls_awaiting_redial", self.calls_awaiting_redial),
                ("calls_live_answer", self.calls_live_answer),
                ("total_count", self.total_count),
                ("answering_machine_count", self.answering_machine_count),
                ("busy_count", self.busy_count),
                ("dialed_count", self.dialed_count),
                ("do_not_call_count", self.do_not_call_count),
                ("error_count", self.error_count),
                ("live_count", self.live_count),
                ("misc_count", self.misc_count),
                ("no_answer_count", self.no_answer_count),
                ("transfer_count", self.transfer_count),
            )
            if value is not None
        ]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
