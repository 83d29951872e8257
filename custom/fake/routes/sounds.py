"""/campaigns/sounds: the sound library (file upload, text-to-speech, call-to-record).

A sound keeps the audio it was created from and serves the other format as
generated silence of the same length. DELETE only archives.
"""

from __future__ import annotations

from starlette.requests import Request

from ..audio import (
    MP3_BYTES_PER_SECOND,
    MP3_CONTENT_TYPE,
    WAV_CONTENT_TYPE,
    StoredAudio,
    detect_format,
    silent_mp3,
    silent_wav,
    speech_wav,
    wav_seconds,
)
from ..audio_response import AudioResponse
from ..errors import BadRequest, NotFound, existing
from ..multipart import parse_form
from ..paging import build_page
from ..params import Query, json_body, path_int
from ..request_bodies import CALL_CREATE_SOUND, TEXT_TO_SPEECH
from ..responses import json_response, no_content
from ..router import Responder, Routes
from ..store import Sound, Store

_PENDING = {"UPLOAD", "RECORDING"}


def sound_routes(store: Store) -> Routes:
    def get_sound(sound_id: int) -> Sound:
        return existing(store.sounds, sound_id, "campaign sound")

    def add_sound(name: str, status: str, seconds: float) -> Sound:
        sound_id = store.new_id("sound")
        sound = Sound(
            meta={
                "id": sound_id,
                "name": name,
                "created": store.clock(),
                "lengthInSeconds": round(seconds),
                "duplicate": False,
                "status": status,
            }
        )
        store.sounds[sound_id] = sound
        return sound

    def mark_duplicate(sound: Sound, stored: StoredAudio) -> None:
        sound.meta["duplicate"] = any(
            isinstance(audio, StoredAudio) and audio.etag == stored.etag
            for other in store.sounds.values()
            if other is not sound
            for audio in (other.mp3, other.wav)
        )

    async def find(request: Request) -> Responder:
        query = Query(request)
        text = (query.text("filter") or "").lower()
        hidden = set()
        if not query.flag("includeArchived"):
            hidden.add("ARCHIVED")
        if not query.flag("includePending"):
            hidden |= _PENDING
        if not query.flag("includeScrubbed"):
            hidden.add("SCRUBBED")
        found = [
            sound.meta
            for sound in store.sounds.values()
            if sound.meta["status"] not in hidden and text in sound.meta["name"].lower()
        ]
        return json_response(request, build_page(found, query, dict, store.paging))

    async def upload(request: Request) -> Responder:
        form = parse_form(request.headers.get("content-type"), await request.body())
        file = form.get("file")
        if file is None or not file.data:
            raise BadRequest("file: a non-empty .mp3 or .wav file is required")
        audio_format = detect_format(file.data, file.filename)
        if audio_format is None:
            raise BadRequest("file: unsupported audio format (expected .mp3 or .wav)")
        name = form["name"].text().strip() if "name" in form else ""
        if not name:
            name = (file.filename or "").rsplit(".", 1)[0] or "Uploaded sound"
        if audio_format == "wav":
            try:
                seconds = wav_seconds(file.data)
            except ValueError as error:
                raise BadRequest(f"file: {error}") from None
            stored = StoredAudio(file.data, WAV_CONTENT_TYPE)
            sound = add_sound(name, "ACTIVE", seconds)
            sound.wav = stored
            sound.mp3 = silent_mp3(seconds, seed=sound.meta["id"])
        else:
            seconds = len(file.data) / MP3_BYTES_PER_SECOND
            stored = StoredAudio(file.data, MP3_CONTENT_TYPE)
            sound = add_sound(name, "ACTIVE", seconds)
            sound.mp3 = stored
        mark_duplicate(sound, stored)
        return json_response(request, sound.meta)

    async def text_to_speech(request: Request) -> Responder:
        body = await json_body(request, TEXT_TO_SPEECH)
        data = speech_wav(body["message"])
        seconds = wav_seconds(data)
        sound = add_sound(body["message"][:64], "ACTIVE", seconds)
        sound.wav = StoredAudio(data, WAV_CONTENT_TYPE)
        sound.mp3 = silent_mp3(seconds, seed=sound.meta["id"])
        return json_response(request, sound.meta)

    async def call_to_record(request: Request) -> Responder:
        # The account owner would be called to record it: it stays RECORDING.
        body = await json_body(request, CALL_CREATE_SOUND)
        name = body.get("name") or f"Recording from {body['toNumber']}"
        sound = add_sound(name, "RECORDING", 0)
        return json_response(request, sound.meta)

    async def get(request: Request) -> Responder:
        return json_response(request, get_sound(path_int(request)).meta)

    async def delete(request: Request) -> Responder:
        get_sound(path_int(request)).meta["status"] = "ARCHIVED"
        return no_content()

    async def mp3(request: Request) -> Responder:
        sound = get_sound(path_int(request))
        if sound.mp3 is None:
            raise NotFound(f"campaign sound {sound.meta['id']} has no audio yet")
        return AudioResponse(request, sound.mp3)

    async def wav(request: Request) -> Responder:
        sound = get_sound(path_int(request))
        if sound.wav is None:
            if sound.mp3 is None:
                raise NotFound(f"campaign sound {sound.meta['id']} has no audio yet")
            sound.wav = StoredAudio(silent_wav(sound.meta["lengthInSeconds"]), WAV_CONTENT_TYPE)
        return AudioResponse(request, sound.wav)

    return [
        ("GET", "/v2/campaigns/sounds", find),
        ("POST", "/v2/campaigns/sounds/files", upload),
        ("POST", "/v2/campaigns/sounds/tts", text_to_speech),
        ("POST", "/v2/campaigns/sounds/calls", call_to_record),
        ("GET", "/v2/campaigns/sounds/{id}.mp3", mp3),
        ("GET", "/v2/campaigns/sounds/{id}.wav", wav),
        ("GET", "/v2/campaigns/sounds/{id}", get),
        ("DELETE", "/v2/campaigns/sounds/{id}", delete),
    ]
