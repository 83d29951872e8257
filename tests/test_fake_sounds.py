"""The fake's campaign sound library over a real socket; every response checked against the spec."""

from __future__ import annotations

import io
import wave

import httpx
import pytest

from callfire_async.custom.fake import FakeCallFire

pytest_plugins = ["openapi_validation"]
pytestmark = pytest.mark.anyio


def _wav(seconds: float, rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(bytes(2 * int(rate * seconds)))
    return buffer.getvalue()


async def _names(client: httpx.AsyncClient, **params: str) -> list[str]:
    page = (await client.get("/campaigns/sounds", params=params)).json()
    return [sound["name"] for sound in page["items"]]


async def test_upload_find_get_delete(validated_client: httpx.AsyncClient) -> None:
    wav = _wav(3)
    uploaded = await validated_client.post(
        "/campaigns/sounds/files",
        files={"file": ("greeting.wav", wav, "audio/wav")},
        data={"name": "Greeting"},
    )
    assert uploaded.status_code == 200
    sound = uploaded.json()
    assert sound == {
        "id": sound["id"],
        "name": "Greeting",
        "created": sound["created"],
        "lengthInSeconds": 3,
        "duplicate": False,
        "status": "ACTIVE",
    }
    # The bytes are kept: downloading gives back exactly what was uploaded.
    download = await validated_client.get(f"/campaigns/sounds/{sound['id']}.wav")
    assert download.headers["content-type"] == "audio/wav"
    assert download.content == wav

    mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes([0xFF, 0xFB, 0x94, 0xC0]) + bytes(380)
    second = await validated_client.post(
        "/campaigns/sounds/files", files={"file": ("Goodbye.mp3", mp3, "audio/mpeg")}
    )
    assert second.json()["name"] == "Goodbye"
    mp3_download = await validated_client.get(f"/campaigns/sounds/{second.json()['id']}.mp3")
    assert mp3_download.content == mp3
    # The same bytes again are flagged as a duplicate.
    again = await validated_client.post(
        "/campaigns/sounds/files", files={"file": ("copy.wav", wav)}
    )
    assert again.json()["duplicate"] is True

    assert (await validated_client.get(f"/campaigns/sounds/{sound['id']}")).json() == sound
    assert await _names(validated_client) == ["Greeting", "Goodbye", "copy"]
    assert await _names(validated_client, filter="good") == ["Goodbye"]

    deleted = await validated_client.delete(f"/campaigns/sounds/{sound['id']}")
    assert deleted.status_code == 204
    # Deleting only archives: hidden from find, still there by id.
    assert await _names(validated_client) == ["Goodbye", "copy"]
    assert await _names(validated_client, includeArchived="true") == ["Greeting", "Goodbye", "copy"]
    assert (await validated_client.get(f"/campaigns/sounds/{sound['id']}")).json()[
        "status"
    ] == "ARCHIVED"


async def test_text_to_speech_makes_a_real_wav(validated_client: httpx.AsyncClient) -> None:
    response = await validated_client.post(
        "/campaigns/sounds/tts", json={"message": "Your order has shipped", "voice": "FEMALE2"}
    )
    assert response.status_code == 200
    sound = response.json()
    assert sound["status"] == "ACTIVE"
    assert sound["lengthInSeconds"] >= 1

    wav = await validated_client.get(f"/campaigns/sounds/{sound['id']}.wav")
    assert wav.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(wav.content), "rb") as reader:
        assert reader.getnchannels() == 1
        frames = reader.readframes(reader.getnframes())
    assert any(frames), "text-to-speech output should not be silence"
    mp3 = await validated_client.get(f"/campaigns/sounds/{sound['id']}.mp3")
    assert mp3.headers["content-type"] == "audio/mpeg"
    assert mp3.content[:3] == b"ID3"


async def test_call_to_record_creates_a_pending_sound(validated_client: httpx.AsyncClient) -> None:
    response = await validated_client.post(
        "/campaigns/sounds/calls", json={"name": "Recorded", "toNumber": "12135550000"}
    )
    assert response.status_code == 200
    sound = response.json()
    assert (sound["name"], sound["status"]) == ("Recorded", "RECORDING")
    assert await _names(validated_client) == []
    assert await _names(validated_client, includePending="true") == ["Recorded"]
    # Nothing has been recorded yet.
    assert (await validated_client.get(f"/campaigns/sounds/{sound['id']}.mp3")).status_code == 404


async def test_find_honours_scrubbed_and_paging(
    validated_client: httpx.AsyncClient, callfire_fake: FakeCallFire
) -> None:
    ids = callfire_fake.seed_sounds(5)
    callfire_fake.store.sounds[ids[0]].meta["status"] = "SCRUBBED"
    assert await _names(validated_client) == ["Sound 2", "Sound 3", "Sound 4", "Sound 5"]
    assert (await _names(validated_client, includeScrubbed="true"))[0] == "Sound 1"
    page = (
        await validated_client.get("/campaigns/sounds", params={"limit": 2, "offset": 2})
    ).json()
    assert [item["id"] for item in page["items"]] == ids[3:5]
    assert page["totalCount"] == 4


@pytest.mark.parametrize(
    ("path", "kwargs", "message"),
    [
        ("/campaigns/sounds/files", {"files": {"file": ("a.txt", b"hello")}}, "unsupported"),
        ("/campaigns/sounds/files", {"files": {"file": ("a.wav", b"RIFF0000WAVEjunk")}}, "WAV"),
        ("/campaigns/sounds/files", {"data": {"name": "no file"}}, "multipart"),
        ("/campaigns/sounds/tts", {"json": {"message": ""}}, "empty"),
        ("/campaigns/sounds/tts", {"json": {"message": "hi", "voice": "ROBOT"}}, "voice"),
        ("/campaigns/sounds/tts", {"json": {"voice": "MALE1"}}, "message: required"),
        ("/campaigns/sounds/calls", {"json": {"name": "x"}}, "toNumber: required"),
        ("/campaigns/sounds/calls", {"json": {"toNumber": "abc"}}, "invalid phone number"),
    ],
)
async def test_sound_creation_rejects_bad_input(
    validated_client: httpx.AsyncClient, path: str, kwargs: dict[str, object], message: str
) -> None:
    response = await validated_client.post(path, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert (
        await validated_client.get("/campaigns/sounds", params={"includePending": "true"})
    ).json()["totalCount"] == 0
