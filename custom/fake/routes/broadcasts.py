"""/calls/broadcasts and /campaigns/batches: voice broadcasts, their batches and calls.

A broadcast is created in SETUP (RUNNING with `start=true`). Its recipients
become calls grouped in batches; the calls of enabled batches are placed when
the broadcast runs (at once, see dialer), and stats are computed from them.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..dialer import broadcast_stats, new_call, place_call, resolve_recipient
from ..errors import BadRequest, existing
from ..paging import build_page
from ..params import Query, json_body, path_int
from ..request_bodies import BATCH_REQUEST, BATCH_UPDATE, CALL_BROADCAST, RECIPIENT
from ..responses import json_response, no_content
from ..router import Responder, Routes
from ..store import JSON, Store
from ..validation import ListOf

_STOPPABLE = {"RUNNING", "SCHEDULED", "START_PENDING"}


def broadcast_routes(store: Store) -> Routes:
    def get_broadcast(broadcast_id: int) -> JSON:
        return existing(store.broadcasts, broadcast_id, "call broadcast")

    def get_batch(batch_id: int) -> JSON:
        return existing(store.batches, batch_id, "batch")

    def batch_json(batch: JSON) -> JSON:
        remaining = sum(
            1
            for call_id in store.batch_calls[batch["id"]]
            if store.calls[call_id]["state"] == "READY"
        )
        return {**batch, "remaining": remaining}

    def check_sounds(body: JSON) -> None:
        for name, value in body.get("sounds", {}).items():
            if name.endswith("SoundId") and value not in store.sounds:
                raise BadRequest(f"body.sounds.{name}: sound {value} does not exist")

    def place_ready_calls(broadcast: JSON) -> None:
        for batch in store.batches.values():
            if batch["broadcastId"] == broadcast["id"] and batch["enabled"]:
                for call_id in store.batch_calls[batch["id"]]:
                    place_call(store, store.calls[call_id])

    def add_batch(
        broadcast: JSON, name: str, recipients: list[JSON], *, scrub: bool, where: str
    ) -> tuple[JSON, list[JSON]]:
        resolved = [
            resolve_recipient(store, recipient, f"{where}[{index}]")
            for index, recipient in enumerate(recipients)
        ]
        if scrub:
            seen = {
                call.get("toNumber")
                for call in store.calls.values()
                if call.get("campaignId") == broadcast["id"]
            }
            kept: list[JSON] = []
            for recipient, (number, _) in zip(recipients, resolved, strict=True):
                if number is None or number not in seen:
                    kept.append(recipient)
                    seen.add(number)
            recipients = kept
        batch_id = store.new_id("batch")
        batch: JSON = {
            "id": batch_id,
            "name": name,
            "status": "ACTIVE",
            "broadcastId": broadcast["id"],
            "created": store.clock(),
            "size": len(recipients),
            "enabled": True,
        }
        store.batches[batch_id] = batch
        calls = [
            new_call(
                store,
                recipient,
                where=f"{where}[{index}]",
                campaign_id=broadcast["id"],
                batch_id=batch_id,
                from_number=broadcast.get("fromNumber"),
                labels=broadcast.get("labels", []),
            )
            for index, recipient in enumerate(recipients)
        ]
        store.batch_calls[batch_id] = [call["id"] for call in calls]
        if broadcast["status"] == "RUNNING":
            for call in calls:
                place_call(store, call)
        return batch, calls

    def start(broadcast: JSON) -> None:
        if broadcast["status"] == "ARCHIVED":
            raise BadRequest(f"call broadcast {broadcast['id']} is archived and cannot be started")
        broadcast["status"] = "RUNNING"
        broadcast["lastModified"] = store.clock()
        place_ready_calls(broadcast)

    async def find(request: Request) -> Responder:
        query = Query(request)
        label = query.text("label")
        name = (query.text("name") or "").lower()
        running = query.flag("running")
        scheduled = query.flag("scheduled")
        # CallBroadcast has no creation time of its own; the interval filters on it anyway.
        begin = query.integer("intervalBegin", minimum=0)
        end = query.integer("intervalEnd", minimum=0)
        created = store.broadcast_created
        found = [
            broadcast
            for broadcast in store.broadcasts.values()
            if broadcast["status"] != "ARCHIVED"
            and (label is None or label in broadcast.get("labels", []))
            and name in broadcast.get("name", "").lower()
            and (running is None or (broadcast["status"] == "RUNNING") == running)
            and (scheduled is None or (broadcast["status"] == "SCHEDULED") == scheduled)
            and (begin is None or created[broadcast["id"]] >= begin)
            and (end is None or created[broadcast["id"]] <= end)
        ]
        return json_response(request, build_page(found, query, dict, store.paging))

    async def create(request: Request) -> Responder:
        query = Query(request)
        start_now = query.flag("start")
        query.flag("strictValidation")
        body = await json_body(request, CALL_BROADCAST)
        check_sounds(body)
        recipients: list[JSON] = body.pop("recipients", [])
        for index, recipient in enumerate(recipients):
            resolve_recipient(store, recipient, f"body.recipients[{index}]")
        broadcast_id = store.new_id("broadcast")
        broadcast: JSON = {
            "id": broadcast_id,
            "status": "SETUP",
            "lastModified": store.clock(),
            "answeringMachineConfig": "AM_AND_LIVE",
            "labels": [],
            "resumeNextDay": False,
            **body,
        }
        store.broadcasts[broadcast_id] = broadcast
        store.broadcast_created[broadcast_id] = broadcast["lastModified"]
        if recipients:
            name = f"{broadcast.get('name', 'Broadcast')} recipients"
            add_batch(broadcast, name, recipients, scrub=False, where="body.recipients")
        if start_now:
            start(broadcast)
        return json_response(request, {"id": broadcast_id}, status=201)

    async def get(request: Request) -> Responder:
        return json_response(request, get_broadcast(path_int(request)))

    async def update(request: Request) -> Responder:
        broadcast_id = path_int(request)
        Query(request).flag("strictValidation")
        body = await json_body(request, CALL_BROADCAST)
        broadcast = get_broadcast(broadcast_id)
        check_sounds(body)
        if broadcast["status"] == "ARCHIVED":
            raise BadRequest(f"call broadcast {broadcast['id']} is archived and cannot be updated")
        # Recipients are added through batches or /recipients, not by an update.
        body.pop("recipients", None)
        broadcast.update(body)
        broadcast["lastModified"] = store.clock()
        return no_content()

    async def archive(request: Request) -> Responder:
        broadcast = get_broadcast(path_int(request))
        broadcast["status"] = "ARCHIVED"
        broadcast["lastModified"] = store.clock()
        return no_content()

    async def start_broadcast(request: Request) -> Responder:
        start(get_broadcast(path_int(request)))
        return no_content()

    async def stop_broadcast(request: Request) -> Responder:
        broadcast = get_broadcast(path_int(request))
        if broadcast["status"] in _STOPPABLE:
            broadcast["status"] = "STOPPED"
            broadcast["lastModified"] = store.clock()
        return no_content()

    async def list_batches(request: Request) -> Responder:
        broadcast = get_broadcast(path_int(request))
        batches = [b for b in store.batches.values() if b["broadcastId"] == broadcast["id"]]
        return json_response(request, build_page(batches, Query(request), batch_json, store.paging))

    async def create_batch(request: Request) -> Responder:
        broadcast_id = path_int(request)
        Query(request).flag("strictValidation")
        body = await json_body(request, BATCH_REQUEST)
        broadcast = get_broadcast(broadcast_id)
        recipients: list[JSON] = body.get("recipients", [])
        if "contactListId" in body:
            if recipients:
                raise BadRequest("body: give either contactListId or recipients, not both")
            members = store.list_members.get(body["contactListId"])
            if members is None:
                raise BadRequest(
                    f"body.contactListId: contact list {body['contactListId']} does not exist"
                )
            recipients = [{"contactId": contact_id} for contact_id in members]
        elif not recipients:
            raise BadRequest("body: one of contactListId or recipients is required")
        name = body.get("name") or f"Batch {len(store.batches) + 1}"
        batch, _ = add_batch(
            broadcast,
            name,
            recipients,
            scrub=body.get("scrubDuplicates", False),
            where="body.recipients",
        )
        return json_response(request, {"id": batch["id"]}, status=201)

    async def list_calls(request: Request) -> Responder:
        broadcast_id = get_broadcast(path_int(request))["id"]
        query = Query(request)
        batch_id = query.integer("batchId", minimum=0)
        calls = [
            call
            for call in store.calls.values()
            if call.get("campaignId") == broadcast_id
            and (batch_id is None or call.get("batchId") == batch_id)
        ]
        return json_response(request, build_page(calls, query, dict, store.paging))

    async def add_recipients(request: Request) -> Responder:
        broadcast_id = path_int(request)
        Query(request).flag("strictValidation")
        recipients = await json_body(request, ListOf(RECIPIENT, non_empty=True))
        broadcast = get_broadcast(broadcast_id)
        name = f"{broadcast.get('name', 'Broadcast')} recipients"
        _, calls = add_batch(broadcast, name, recipients, scrub=False, where="body")
        return json_response(request, {"items": calls})

    async def stats(request: Request) -> Responder:
        broadcast_id = get_broadcast(path_int(request))["id"]
        query = Query(request)
        begin = query.integer("begin", minimum=0)
        end = query.integer("end", minimum=0)
        calls = [
            call
            for call in store.calls.values()
            if call.get("campaignId") == broadcast_id
            and (begin is None or call["created"] >= begin)
            and (end is None or call["created"] <= end)
        ]
        return json_response(request, broadcast_stats(calls))

    async def get_campaign_batch(request: Request) -> Responder:
        return json_response(request, batch_json(get_batch(path_int(request))))

    async def update_campaign_batch(request: Request) -> Responder:
        # CallFire lets a batch only be turned on and off.
        batch_id = path_int(request)
        body: dict[str, Any] = await json_body(request, BATCH_UPDATE)
        batch = get_batch(batch_id)
        batch["enabled"] = body["enabled"]
        broadcast = store.broadcasts[batch["broadcastId"]]
        if batch["enabled"] and broadcast["status"] == "RUNNING":
            place_ready_calls(broadcast)
        return no_content()

    return [
        ("GET", "/v2/calls/broadcasts", find),
        ("POST", "/v2/calls/broadcasts", create),
        ("GET", "/v2/calls/broadcasts/{id}", get),
        ("PUT", "/v2/calls/broadcasts/{id}", update),
        ("POST", "/v2/calls/broadcasts/{id}/archive", archive),
        ("GET", "/v2/calls/broadcasts/{id}/batches", list_batches),
        ("POST", "/v2/calls/broadcasts/{id}/batches", create_batch),
        ("GET", "/v2/calls/broadcasts/{id}/calls", list_calls),
        ("POST", "/v2/calls/broadcasts/{id}/recipients", add_recipients),
        ("POST", "/v2/calls/broadcasts/{id}/start", start_broadcast),
        ("GET", "/v2/calls/broadcasts/{id}/stats", stats),
        ("POST", "/v2/calls/broadcasts/{id}/stop", stop_broadcast),
        ("GET", "/v2/campaigns/batches/{id}", get_campaign_batch),
        ("PUT", "/v2/campaigns/batches/{id}", update_campaign_batch),
    ]
