"""Multipart uploads: the encoding itself, and byte-exact round trips through
the fake over a real socket (sound files up and down again, a CSV contact list)."""

from __future__ import annotations

import functools
import io
import os
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from transfer_support import BACKENDS, fake_client, no_wait, sha256, sha256_file

from callfire_async.api.campaigns import (
    get_campaign_sound_data_mp_3,
    get_campaign_sound_data_wav,
)
from callfire_async.custom.client import CallFire
from callfire_async.custom.downloads import BinaryDownload
from callfire_async.custom.fake import FakeCallFire, Fault
from callfire_async.custom.fake.multipart import parse_form
from callfire_async.custom.retry import RetryPolicy
from callfire_async.custom.uploads import (
    MultipartBody,
    UploadError,
    content_type_for,
    encode_multipart,
)
from callfire_async.types import UNSET, File

Credentials = tuple[str, str]
Connect = Callable[..., httpx.AsyncClient]
MB = 1024 * 1024
# The fixed boundary the generated client once used: a file holding it broke the upload.
OLD_BOUNDARY_BYTES = b"\r\n--+++"
ID3_HEADER = b"ID3\x04\x00\x00\x00\x00\x00\x00"


@pytest.fixture(params=BACKENDS)
def connect(request: pytest.FixtureRequest, callfire_credentials: Credentials) -> Connect:
    """Opens a client to a base URL, on each I/O transport in turn."""
    return functools.partial(fake_client, credentials=callfire_credentials, backend=request.param)


async def body_bytes(body: MultipartBody) -> bytes:
    return b"".join([chunk async for chunk in body.stream])


def parts_of(body: MultipartBody, raw: bytes) -> dict[str, Any]:
    return parse_form(body.headers["Content-Type"], raw)


class OneShotReader(io.RawIOBase):
    """A binary stream that cannot seek, like a pipe or a socket."""

    def __init__(self, data: bytes) -> None:
        self._source = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._source.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --- encoding ---


@pytest.mark.anyio
async def test_the_boundary_is_random_and_the_length_exact(tmp_path: Path) -> None:
    path = tmp_path / "song.mp3"
    path.write_bytes(ID3_HEADER + OLD_BOUNDARY_BYTES + os.urandom(200_000))
    first = encode_multipart({"name": "Song"}, {"file": path})
    second = encode_multipart({"name": "Song"}, {"file": path})
    assert first.boundary != second.boundary
    assert len(first.boundary) >= 32
    assert first.headers["Content-Type"] == f"multipart/form-data; boundary={first.boundary}"
    raw = await body_bytes(first)
    assert int(first.headers["Content-Length"]) == len(raw)
    parts = parts_of(first, raw)
    assert parts["file"].data == path.read_bytes()
    assert parts["file"].filename == "song.mp3"
    assert parts["file"].content_type == "audio/mpeg"
    assert parts["name"].text() == "Song"


@pytest.mark.anyio
async def test_form_values_are_encoded_and_unset_ones_left_out() -> None:
    body = encode_multipart(
        {"name": "List", "useCustomFields": True, "other": False, "skip": UNSET, "none": None},
        {"file": b"a,b\n"},
    )
    parts = parts_of(body, await body_bytes(body))
    assert set(parts) == {"name", "useCustomFields", "other", "file"}
    assert parts["useCustomFields"].text() == "true"
    assert parts["other"].text() == "false"


@pytest.mark.anyio
async def test_file_names_and_content_types(tmp_path: Path) -> None:
    wav_path = tmp_path / "greeting.WAV"
    wav_path.write_bytes(b"RIFF")
    with (tmp_path / "contacts.csv").open("wb") as csv_file:
        csv_file.write(b"x")
    with (tmp_path / "contacts.csv").open("rb") as csv_file:
        body = encode_multipart(
            {},
            {
                "wav": wav_path,
                "csv": csv_file,
                "raw": b"\x00\x01",
                "typed": File(payload=io.BytesIO(b"z"), file_name="x.bin", mime_type="audio/ogg"),
                "quoted": File(payload=io.BytesIO(b"q"), file_name='a "b"\r\n.mp3'),
            },
        )
        parts = parts_of(body, await body_bytes(body))
    assert (parts["wav"].filename, parts["wav"].content_type) == ("greeting.WAV", "audio/wav")
    assert (parts["csv"].filename, parts["csv"].content_type) == ("contacts.csv", "text/csv")
    assert (parts["raw"].filename, parts["raw"].content_type) == (
        "raw",
        "application/octet-stream",
    )
    assert parts["typed"].content_type == "audio/ogg"
    # A quote or line break in a name cannot end the header early.
    assert parts["quoted"].filename == "a %22b%22%0D%0A.mp3"
    assert parts["quoted"].data == b"q"
    assert content_type_for("x.Mp3") == "audio/mpeg"


@pytest.mark.anyio
async def test_paths_bytes_and_seekable_files_can_be_sent_again(tmp_path: Path) -> None:
    path = tmp_path / "a.mp3"
    path.write_bytes(os.urandom(300_000))
    with path.open("rb") as file:
        file.seek(1000)  # sent from the position the caller left it at
        body = encode_multipart({"name": "x"}, {"a": path, "b": b"bytes", "c": file})
        assert body.stream.replayable
        first = await body_bytes(body)
        second = await body_bytes(body)
    assert first == second
    assert parts_of(body, first)["c"].data == path.read_bytes()[1000:]


@pytest.mark.anyio
async def test_a_file_that_cannot_seek_is_chunked_and_sent_once() -> None:
    data = os.urandom(150_000)
    body = encode_multipart({}, {"file": io.BufferedReader(OneShotReader(data))})
    assert not body.stream.replayable
    assert "Content-Length" not in body.headers
    assert body.headers["Transfer-Encoding"] == "chunked"
    assert parts_of(body, await body_bytes(body))["file"].data == data
    with pytest.raises(UploadError):
        await body_bytes(body)


@pytest.mark.anyio
async def test_a_file_changing_size_mid_upload_fails_instead_of_lying(tmp_path: Path) -> None:
    path = tmp_path / "a.mp3"
    path.write_bytes(os.urandom(100_000))
    body = encode_multipart({}, {"file": path})
    path.write_bytes(os.urandom(50_000))
    with pytest.raises(UploadError, match="shrank"):
        await body_bytes(body)
    path.write_bytes(os.urandom(150_000))
    with pytest.raises(UploadError, match="grew"):
        await body_bytes(body)


@pytest.mark.anyio
async def test_chunks_are_bounded(tmp_path: Path) -> None:
    path = tmp_path / "a.mp3"
    path.write_bytes(os.urandom(MB))
    body = encode_multipart({}, {"file": path}, chunk_size=16_384)
    sizes = [len(chunk) async for chunk in body.stream]
    assert max(sizes) <= 16_384


def test_missing_files_and_directories_fail_before_any_request(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        encode_multipart({}, {"file": tmp_path / "missing.mp3"})
    with pytest.raises(ValueError, match="not a regular file"):
        encode_multipart({}, {"file": tmp_path})


def test_text_mode_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("a,b\n")
    with path.open("r") as text_file, pytest.raises(TypeError, match="binary"):
        encode_multipart({}, {"file": text_file})  # type: ignore[dict-item]


# --- round trips through the fake ---


async def upload(
    http: httpx.AsyncClient, url: str, form: dict[str, Any], files: dict[str, Any]
) -> dict[str, Any]:
    body = encode_multipart(form, files)
    response = await http.send(body.build_request(http, "POST", url))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def wav_with_old_boundary(seconds: float) -> bytes:
    samples = bytearray(os.urandom(2 * int(8000 * seconds)))
    samples[1000 : 1000 + len(OLD_BOUNDARY_BYTES)] = OLD_BOUNDARY_BYTES
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(bytes(samples))
    return buffer.getvalue()


@pytest.mark.anyio
async def test_files_holding_the_old_fixed_boundary_round_trip(
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    mp3 = ID3_HEADER + os.urandom(5000) + OLD_BOUNDARY_BYTES + b"--\r\n" + os.urandom(5000)
    wav = wav_with_old_boundary(1.0)
    assert OLD_BOUNDARY_BYTES in wav
    (tmp_path / "tone.wav").write_bytes(wav)
    async with connect(callfire_fake_url) as http:
        mp3_sound = await upload(
            http, "/campaigns/sounds/files", {"name": "Boundary"}, {"file": mp3}
        )
        wav_sound = await upload(
            http, "/campaigns/sounds/files", {}, {"file": tmp_path / "tone.wav"}
        )
        mp3_back = await BinaryDownload(
            http, get_campaign_sound_data_mp_3.build_request(id=mp3_sound["id"]), "mp3"
        ).read()
        wav_back = await BinaryDownload(
            http, get_campaign_sound_data_wav.build_request(id=wav_sound["id"]), "wav"
        ).read()
    assert mp3_sound["name"] == "Boundary"
    assert wav_sound["name"] == "tone"
    assert mp3_back == mp3
    assert wav_back == wav


@pytest.mark.anyio
async def test_a_50_mb_file_round_trips_byte_exact(
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    source = tmp_path / "big.mp3"
    with source.open("wb") as file:
        file.write(ID3_HEADER)
        for _ in range(50):
            file.write(os.urandom(MB - len(OLD_BOUNDARY_BYTES)) + OLD_BOUNDARY_BYTES)
    async with connect(callfire_fake_url) as http:
        sound = await upload(http, "/campaigns/sounds/files", {"name": "Big"}, {"file": source})
        result = await BinaryDownload(
            http, get_campaign_sound_data_mp_3.build_request(id=sound["id"]), "mp3"
        ).download(tmp_path / "back.mp3")
    assert result.size == source.stat().st_size
    assert sha256_file(tmp_path / "back.mp3") == sha256_file(source)


@pytest.mark.anyio
async def test_a_csv_contact_list_upload_becomes_contacts(
    callfire_fake_url: str,
    connect: Connect,
) -> None:
    csv_data = (
        b"firstName,lastName,mobilePhone,Team\r\n"
        b'Ada,Lovelace,12135551001,"Engines, Inc"\r\n'
        b"Alan,Turing,12135551002,Bletchley\r\n"
    )
    async with connect(callfire_fake_url) as http:
        created = await upload(
            http,
            "/contacts/lists/upload",
            {"name": "Pioneers", "useCustomFields": True},
            {"file": File(payload=io.BytesIO(csv_data), file_name="pioneers.csv")},
        )
        contact_list = (await http.get(f"/contacts/lists/{created['id']}")).json()
        items = (await http.get(f"/contacts/lists/{created['id']}/items")).json()["items"]
    assert contact_list["name"] == "Pioneers"
    assert [(c["firstName"], c["mobilePhone"], c["properties"]) for c in items] == [
        ("Ada", "12135551001", {"Team": "Engines, Inc"}),
        ("Alan", "12135551002", {"Team": "Bletchley"}),
    ]


@pytest.mark.anyio
async def test_an_upload_refused_with_429_is_sent_again_whole(
    callfire_fake: FakeCallFire,
    callfire_fake_url: str,
    tmp_path: Path,
    connect: Connect,
) -> None:
    path = tmp_path / "a.mp3"
    path.write_bytes(ID3_HEADER + os.urandom(200_000))
    callfire_fake.faults.add(Fault(method="POST", path="/v2/campaigns/sounds/files", status=429))
    async with connect(callfire_fake_url) as http:
        sound = await upload(http, "/campaigns/sounds/files", {}, {"file": path})
        back = await BinaryDownload(
            http, get_campaign_sound_data_mp_3.build_request(id=sound["id"]), "mp3"
        ).read()
    assert callfire_fake.count("POST", "/v2/campaigns/sounds/files") == 2
    assert sha256(back) == sha256_file(path)


# --- through the CallFire facade (its default transport) ---


def facade(base_url: str, credentials: Credentials) -> CallFire:
    return CallFire(*credentials, base_url=base_url, retry=RetryPolicy(sleep=no_wait))


@pytest.mark.anyio
async def test_the_facade_uploads_sounds_from_paths_files_and_bytes(
    callfire_fake_url: str, callfire_credentials: Credentials, tmp_path: Path
) -> None:
    mp3 = ID3_HEADER + os.urandom(300_000) + OLD_BOUNDARY_BYTES + os.urandom(1000)
    (tmp_path / "from path.mp3").write_bytes(mp3)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        from_path = await cf.campaigns.post_file_campaign_sound(file=tmp_path / "from path.mp3")
        with (tmp_path / "from path.mp3").open("rb") as file:
            from_file = await cf.campaigns.post_file_campaign_sound(file=file, name="File")
        from_bytes = await cf.campaigns.post_file_campaign_sound(file=mp3, name="Bytes")
        backs = [
            await cf.campaigns.get_campaign_sound_data_mp3(sound.id).read()
            for sound in (from_path, from_file, from_bytes)
            if isinstance(sound.id, int)
        ]
    assert [from_path.name, from_file.name, from_bytes.name] == ["from path", "File", "Bytes"]
    assert backs == [mp3, mp3, mp3]


@pytest.mark.anyio
async def test_the_facade_creates_a_contact_list_from_a_csv_file(
    callfire_fake_url: str, callfire_credentials: Credentials, tmp_path: Path
) -> None:
    path = tmp_path / "team.csv"
    path.write_text("firstName,homePhone,Role\nGrace,12135551003,Admiral\n", encoding="utf-8")
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        created = await cf.contacts.create_contact_list_from_file(
            file=path, name="Team", use_custom_fields=True
        )
        assert isinstance(created.id, int)
        contacts = [contact async for contact in cf.contacts.get_contact_list_items(created.id)]
        contact_list = await cf.contacts.get_contact_list(created.id)
    assert contact_list.name == "Team"
    assert [(c.first_name, c.home_phone) for c in contacts] == [("Grace", "12135551003")]
    assert contacts[0].properties is not None
    assert contacts[0].properties.to_dict() == {"Role": "Admiral"}
