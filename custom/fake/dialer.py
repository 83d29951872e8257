"""Calls: who they go to, how they end, and the statistics of a broadcast.

The fake has no telephone network, so a placed call ends at once, with a
result chosen by the last digit of the number dialled: 7 BUSY, 8 NO_ANS,
9 AM (answering machine), anything else LA (live answer). A number on the
account's Do-Not-Call list is not dialled (state DNC); a recipient without a
number is INVALID.
"""

from __future__ import annotations

from typing import Any

from .contacts import first_phone_number
from .errors import BadRequest
from .store import JSON, Store

CALL_STATES = (
    "READY",
    "SELECTED",
    "CALLBACK",
    "FINISHED",
    "DISABLED",
    "SKIPPED",
    "DNC",
    "DUP",
    "INVALID",
    "TIMEOUT",
    "PERIOD_LIMIT",
)
CALL_RESULTS = (
    "LA",
    "AM",
    "BUSY",
    "DNC",
    "XFER",
    "NO_ANS",
    "XFER_LEG",
    "INTERNAL_ERROR",
    "CARRIER_ERROR",
    "CARRIER_TEMP_ERROR",
    "UNDIALED",
    "SD",
    "POSTPONED",
    "ABANDONED",
    "SKIPPED",
)
_RESULT_BY_LAST_DIGIT = {"7": "BUSY", "8": "NO_ANS", "9": "AM"}
_SECONDS_BY_RESULT = {"LA": 30, "AM": 20}
_PRICE_PER_MINUTE = 0.05
_RING_MS = 5000
_ERROR_RESULTS = {"INTERNAL_ERROR", "CARRIER_ERROR", "CARRIER_TEMP_ERROR"}


def result_for(number: str) -> str:
    return _RESULT_BY_LAST_DIGIT.get(number[-1:], "LA")


def resolve_recipient(store: Store, recipient: JSON, where: str) -> tuple[str | None, JSON | None]:
    """(number to dial, contact) of a recipient; a 400 when neither can be found.

    Callers resolve every recipient of a request before creating any call, so
    that a bad recipient leaves nothing half-done.
    """
    to_number: str | None = recipient.get("phoneNumber")
    if "contactId" not in recipient:
        if to_number is None:
            raise BadRequest(f"{where}: either phoneNumber or contactId is required")
        return to_number, None
    contact = store.contacts.get(recipient["contactId"])
    if contact is None or contact["deleted"]:
        raise BadRequest(f"{where}.contactId: contact {recipient['contactId']} does not exist")
    return to_number or first_phone_number(contact), contact


def new_call(
    store: Store,
    recipient: JSON,
    *,
    where: str,
    campaign_id: int | None = None,
    batch_id: int | None = None,
    from_number: str | None = None,
    labels: list[str] | None = None,
) -> JSON:
    """A READY call for a Recipient/CallRecipient (phoneNumber and/or contactId)."""
    to_number, contact = resolve_recipient(store, recipient, where)
    now = store.clock()
    call_id = store.new_id("call")
    call: JSON = {"id": call_id}
    sender = recipient.get("fromNumber", from_number)
    if sender is not None:
        call["fromNumber"] = sender
    if to_number is not None:
        call["toNumber"] = to_number
    call["state"] = "READY"
    if campaign_id is not None:
        call["campaignId"] = campaign_id
    if batch_id is not None:
        call["batchId"] = batch_id
    if contact is not None:
        call["contact"] = dict(contact)
    call.update(
        {
            "inbound": False,
            "created": now,
            "modified": now,
            "labels": list(labels or []),
            "attributes": dict(recipient.get("attributes", {})),
            "agentCall": False,
            "notes": [],
            "records": [],
        }
    )
    store.calls[call_id] = call
    return call


def place_call(store: Store, call: JSON) -> None:
    """Dial a READY call; it ends immediately (see the module docstring)."""
    if call["state"] != "READY":
        return
    now = store.clock()
    call["modified"] = now
    number: str | None = call.get("toNumber")
    if number is None:
        call["state"] = "INVALID"
        return
    dnc = store.do_not_contacts.get(number.lstrip("+"))
    if dnc is not None and dnc["call"]:
        call["state"] = "DNC"
        call["finalCallResult"] = "DNC"
        return
    result = result_for(number)
    seconds = _SECONDS_BY_RESULT.get(result, 0)
    answered = seconds > 0
    record: JSON = {
        "id": store.new_id("record"),
        "toNumber": number,
        "originateTime": now,
    }
    if answered:
        record["answerTime"] = now + _RING_MS
    record.update(
        {
            "finishTime": now + _RING_MS + seconds * 1000,
            "duration": seconds,
            "billedAmount": billed_amount(seconds),
            "switchId": f"fake-switch-{call['id']}",
            "result": result,
            "labels": list(call["labels"]),
            "notes": [],
            "questionResponses": [],
        }
    )
    call["records"].append(record)
    call["state"] = "FINISHED"
    call["finalCallResult"] = result


def billed_minutes(seconds: int) -> int:
    return -(-seconds // 60)


def billed_amount(seconds: int) -> float:
    return round(billed_minutes(seconds) * _PRICE_PER_MINUTE, 2)


def broadcast_stats(calls: list[JSON]) -> dict[str, Any]:
    """CallBroadcastStats computed from the calls of one broadcast."""
    results: dict[str, int] = {}
    states: dict[str, int] = {}
    duration = billed_duration = attempts = 0
    amount = 0.0
    for call in calls:
        states[call["state"]] = states.get(call["state"], 0) + 1
        result = call.get("finalCallResult")
        if result is not None:
            results[result] = results.get(result, 0) + 1
        for record in call["records"]:
            attempts += 1
            duration += record["duration"]
            billed_duration += billed_minutes(record["duration"]) * 60
            amount += record["billedAmount"]
    placed = sum(1 for call in calls if call["records"])
    remaining = states.get("READY", 0)
    live = results.get("LA", 0)
    machine = results.get("AM", 0)
    known = {"LA", "AM", "BUSY", "NO_ANS", "DNC", "XFER"} | _ERROR_RESULTS
    return {
        "totalOutboundCount": len(calls),
        "remainingOutboundCount": remaining,
        "billedAmount": round(amount, 2),
        "callsAttempted": attempts,
        "callsPlaced": placed,
        "callsDuration": duration,
        "billedDuration": billed_duration,
        "responseRatePercent": (100 * (live + machine)) // placed if placed else 0,
        "callsRemaining": remaining,
        "callsAwaitingRedial": 0,
        "callsLiveAnswer": live,
        "totalCount": len(calls),
        "answeringMachineCount": machine,
        "busyCount": results.get("BUSY", 0),
        "dialedCount": placed,
        "doNotCallCount": states.get("DNC", 0),
        "errorCount": sum(results.get(name, 0) for name in _ERROR_RESULTS)
        + states.get("INVALID", 0),
        "liveCount": live,
        "miscCount": sum(count for name, count in results.items() if name not in known),
        "noAnswerCount": results.get("NO_ANS", 0),
        "transferCount": results.get("XFER", 0),
    }
