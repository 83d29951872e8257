"""/calls: send, find and get calls; their recordings' metadata and MP3 audio."""

from __future__ import annotations

from starlette.requests import Request

from ..audio_response import AudioResponse
from ..dialer import CALL_RESULTS, CALL_STATES, new_call, place_call, resolve_recipient
from ..errors import BadRequest, NotFound, existing
from ..paging import build_page
from ..params import Query, json_body, path_int
from ..request_bodies import CALL_RECIPIENT, VOICE
from ..responses import json_response
from ..router import Responder, Routes
from ..store import JSON, Recording, Store
from ..validation import ListOf

MAX_RECIPIENTS_PER_REQUEST = 10


def recording_json(request: Request, recording: Recording) -> JSON:
    url = request.url
    mp3_url = f"{url.scheme}://{url.netloc}/v2/calls/recordings/{recording.meta['id']}.mp3"
    return {**recording.meta, "mp3Url": mp3_url}


def call_routes(store: Store) -> Routes:
    def get_call(call_id: int) -> JSON:
        return existing(store.calls, call_id, "call")

    def get_recording(recording_id: int) -> Recording:
        return existing(store.recordings, recording_id, "recording")

    def recordings_of(call_id: int) -> list[Recording]:
        get_call(call_id)
        return [r for r in store.recordings.values() if r.meta["callId"] == call_id]

    def recording_by_name(call_id: int, name: str) -> Recording:
        for recording in recordings_of(call_id):
            if recording.meta["name"] == name:
                return recording
        raise NotFound(f"call {call_id} has no recording named {name!r}")

    def check_sound(sound_id: int | None, where: str) -> None:
        if sound_id is not None and sound_id not in store.sounds:
            raise BadRequest(f"{where}: sound {sound_id} does not exist")

    async def find(request: Request) -> Responder:
        query = Query(request)
        ids = set(query.integers("id"))
        campaign_id = query.integer("campaignId", minimum=0)
        batch_id = query.integer("batchId", minimum=0)
        from_number = query.phone("fromNumber")
        to_number = query.phone("toNumber")
        label = query.text("label")
        states = query.enum_set("states", CALL_STATES)
        results = query.enum_set("results", CALL_RESULTS)
        inbound = query.flag("inbound")
        begin = query.integer("intervalBegin", minimum=0)
        end = query.integer("intervalEnd", minimum=0)
        found = [
            call
            for call in store.calls.values()
            if (not ids or call["id"] in ids)
            # campaignId=0 means the calls sent through POST /calls, outside any broadcast.
            and (campaign_id is None or call.get("campaignId", 0) == campaign_id)
            and (batch_id is None or call.get("batchId") == batch_id)
            and (from_number is None or call.get("fromNumber") == from_number)
            and (to_number is None or call.get("toNumber") == to_number)
            and (label is None or label in call["labels"])
            and (not states or call["state"] in states)
            and (not results or call.get("finalCallResult") in results)
            and (inbound is None or call["inbound"] == inbound)
            and (begin is None or call["created"] >= begin)
            and (end is None or call["created"] <= end)
        ]
        return json_response(request, build_page(found, query, dict, store.paging))

    async def send(request: Request) -> Responder:
        query = Query(request)
        campaign_id = query.integer("campaignId", minimum=1)
        labels: list[str] = []
        from_number: str | None = None
        if campaign_id is not None:
            broadcast = store.broadcasts.get(campaign_id)
            if broadcast is None:
                raise BadRequest(
                    f"query parameter 'campaignId': campaign {campaign_id} does not exist"
                )
            labels = broadcast.get("labels", [])
            from_number = broadcast.get("fromNumber")
        for name in ("defaultLiveMessageSoundId", "defaultMachineMessageSoundId"):
            check_sound(query.integer(name, minimum=1), f"query parameter '{name}'")
        voice = query.text("defaultVoice")
        if voice is not None:
            VOICE(voice, "query parameter 'defaultVoice'")
        query.flag("strictValidation")
        recipients = await json_body(
            request,
            ListOf(CALL_RECIPIENT, non_empty=True, max_items=MAX_RECIPIENTS_PER_REQUEST),
        )
        for index, recipient in enumerate(recipients):
            resolve_recipient(store, recipient, f"body[{index}]")
            for name in ("liveMessageSoundId", "machineMessageSoundId", "transferMessageSoundId"):
                check_sound(recipient.get(name), f"body[{index}].{name}")
        calls = [
            new_call(
                store,
                recipient,
                where=f"body[{index}]",
                campaign_id=campaign_id,
                from_number=from_number,
                labels=labels,
            )
            for index, recipient in enumerate(recipients)
        ]
        for call in calls:
            place_call(store, call)
        return json_response(request, {"items": calls})

    async def get(request: Request) -> Responder:
        return json_response(request, get_call(path_int(request)))

    async def list_recordings(request: Request) -> Responder:
        recordings = recordings_of(path_int(request))
        return json_response(request, {"items": [recording_json(request, r) for r in recordings]})

    async def get_by_name(request: Request) -> Responder:
        recording = recording_by_name(path_int(request), request.path_params["name"])
        return json_response(request, recording_json(request, recording))

    async def mp3_by_name(request: Request) -> Responder:
        recording = recording_by_name(path_int(request), request.path_params["name"])
        return AudioResponse(request, recording.audio)

    async def get_metadata(request: Request) -> Responder:
        return json_response(request, recording_json(request, get_recording(path_int(request))))

    async def mp3(request: Request) -> Responder:
        return AudioResponse(request, get_recording(path_int(request)).audio)

    return [
        ("GET", "/v2/calls", find),
        ("POST", "/v2/calls", send),
        ("GET", "/v2/calls/recordings/{id}.mp3", mp3),
        ("GET", "/v2/calls/recordings/{id}", get_metadata),
        ("GET", "/v2/calls/{id}", get),
        ("GET", "/v2/calls/{id}/recordings", list_recordings),
        ("GET", "/v2/calls/{id}/recordings/{name}.mp3", mp3_by_name),
        ("GET", "/v2/calls/{id}/recordings/{name}", get_by_name),
    ]
