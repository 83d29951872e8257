from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallBroadcastStats")


@_attrs_define
class CallBroadcastStats:
    """Counters, durations and cost of a call broadcast.

    Attributes:
        total_outbound_count (int | Unset): Calls to place in total.
        remaining_outbound_count (int | Unset): Calls still to place.
        billed_amount (float | Unset): Total cost.
        calls_attempted (int | Unset): Calls attempted.
        calls_placed (int | Unset): Calls placed.
        calls_duration (int | Unset): Total call duration in seconds.
        billed_duration (int | Unset): Billed duration in seconds.
        response_rate_percent (int | Unset): Response rate in percent.
        calls_remaining (int | Unset): Calls remaining.
        calls_awaiting_redial (int | Unset): Calls waiting for a retry.
        calls_live_answer (int | Unset): Calls answered by a person.
        total_count (int | Unset): Total number of calls.
        answering_machine_count (int | Unset): Calls answered by a machine.
        busy_count (int | Unset): Busy calls.
        dialed_count (int | Unset): Dialed calls.
        do_not_call_count (int | Unset): Calls skipped by do-not-call.
        error_count (int | Unset): Calls that failed.
        live_count (int | Unset): Live answers.
        misc_count (int | Unset): Calls with other results.
        no_answer_count (int | Unset): Calls not answered.
        transfer_count (int | Unset): Transferred calls.
    """

    total_outbound_count: int | Unset = UNSET
    remaining_outbound_count: int | Unset = UNSET
    billed_amount: float | Unset = UNSET
    calls_attempted: int | Unset = UNSET
    calls_placed: int | Unset = UNSET
    calls_duration: int | Unset = UNSET
    billed_duration: int | Unset = UNSET
    response_rate_percent: int | Unset = UNSET
    calls_remaining: int | Unset = UNSET
    calls_awaiting_redial: int | Unset = UNSET
    calls_live_answer: int | Unset = UNSET
    total_count: int | Unset = UNSET
    answering_machine_count: int | Unset = UNSET
    busy_count: int | Unset = UNSET
    dialed_count: int | Unset = UNSET
    do_not_call_count: int | Unset = UNSET
    error_count: int | Unset = UNSET
    live_count: int | Unset = UNSET
    misc_count: int | Unset = UNSET
    no_answer_count: int | Unset = UNSET
    transfer_count: int | Unset = UNSET
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
        if total_outbound_count is not UNSET:
            field_dict["totalOutboundCount"] = total_outbound_count
        if remaining_outbound_count is not UNSET:
            field_dict["remainingOutboundCount"] = remaining_outbound_count
        if billed_amount is not UNSET:
            field_dict["billedAmount"] = billed_amount
        if calls_attempted is not UNSET:
            field_dict["callsAttempted"] = calls_attempted
        if calls_placed is not UNSET:
            field_dict["callsPlaced"] = calls_placed
        if calls_duration is not UNSET:
            field_dict["callsDuration"] = calls_duration
        if billed_duration is not UNSET:
            field_dict["billedDuration"] = billed_duration
        if response_rate_percent is not UNSET:
            field_dict["responseRatePercent"] = response_rate_percent
        if calls_remaining is not UNSET:
            field_dict["callsRemaining"] = calls_remaining
        if calls_awaiting_redial is not UNSET:
            field_dict["callsAwaitingRedial"] = calls_awaiting_redial
        if calls_live_answer is not UNSET:
            field_dict["callsLiveAnswer"] = calls_live_answer
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if answering_machine_count is not UNSET:
            field_dict["answeringMachineCount"] = answering_machine_count
        if busy_count is not UNSET:
            field_dict["busyCount"] = busy_count
        if dialed_count is not UNSET:
            field_dict["dialedCount"] = dialed_count
        if do_not_call_count is not UNSET:
            field_dict["doNotCallCount"] = do_not_call_count
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if live_count is not UNSET:
            field_dict["liveCount"] = live_count
        if misc_count is not UNSET:
            field_dict["miscCount"] = misc_count
        if no_answer_count is not UNSET:
            field_dict["noAnswerCount"] = no_answer_count
        if transfer_count is not UNSET:
            field_dict["transferCount"] = transfer_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_outbound_count = d.pop("totalOutboundCount", UNSET)

        remaining_outbound_count = d.pop("remainingOutboundCount", UNSET)

        billed_amount = d.pop("billedAmount", UNSET)

        calls_attempted = d.pop("callsAttempted", UNSET)

        calls_placed = d.pop("callsPlaced", UNSET)

        calls_duration = d.pop("callsDuration", UNSET)

        billed_duration = d.pop("billedDuration", UNSET)

        response_rate_percent = d.pop("responseRatePercent", UNSET)

        calls_remaining = d.pop("callsRemaining", UNSET)

        calls_awaiting_redial = d.pop("callsAwaitingRedial", UNSET)

        calls_live_answer = d.pop("callsLiveAnswer", UNSET)

        total_count = d.pop("totalCount", UNSET)

        answering_machine_count = d.pop("answeringMachineCount", UNSET)

        busy_count = d.pop("busyCount", UNSET)

        dialed_count = d.pop("dialedCount", UNSET)

        do_not_call_count = d.pop("doNotCallCount", UNSET)

        error_count = d.pop("errorCount", UNSET)

        live_count = d.pop("liveCount", UNSET)

        misc_count = d.pop("miscCount", UNSET)

        no_answer_count = d.pop("noAnswerCount", UNSET)

        transfer_count = d.pop("transferCount", UNSET)

        call_broadcast_stats = cls(
            total_outbound_count=total_outbound_count,
            remaining_outbound_count=remaining_outbound_count,
            billed_amount=billed_amount,
            calls_attempted=calls_attempted,
            calls_placed=calls_placed,
            calls_duration=calls_duration,
            billed_duration=billed_duration,
            response_rate_percent=response_rate_percent,
            calls_remaining=calls_remaining,
            calls_awaiting_redial=calls_awaiting_redial,
            calls_live_answer=calls_live_answer,
            total_count=total_count,
            answering_machine_count=answering_machine_count,
            busy_count=busy_count,
            dialed_count=dialed_count,
            do_not_call_count=do_not_call_count,
            error_count=error_count,
            live_count=live_count,
            misc_count=misc_count,
            no_answer_count=no_answer_count,
            transfer_count=transfer_count,
        )

        call_broadcast_stats.additional_properties = d
        return call_broadcast_stats

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
