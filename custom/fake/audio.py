"""Audio the fake serves: stored bytes, or MP3/WAV generated on the fly.

Generated MP3 is a valid stream of silent MPEG-1 Layer III frames (mono, 48 kHz,
128 kbit/s, 384 bytes each, so no padding bits), preceded by an ID3v2 tag whose
padding makes the total size exact. Each frame's ancillary bytes carry its index
and a seed, so two different offsets never hold the same bytes: a download that
resumes at the wrong offset is caught by comparing content.
Nothing is held in memory: any byte range is computed from its offset.
"""

from __future__ import annotations

import hashlib
import io
import math
import time
import wave
from collections.abc import Iterator
from typing import Protocol

MP3_CONTENT_TYPE = "audio/mpeg"
WAV_CONTENT_TYPE = "audio/wav"

FRAME_SIZE = 384
FRAMES_PER_SECOND = 48000 / 1152
MP3_BYTES_PER_SECOND = 16000  # 128 kbit/s
_FRAME_HEADER = bytes([0xFF, 0xFB, 0x94, 0xC0])  # MPEG-1, Layer III, no CRC, 128k, 48k, mono
_SIDE_INFO = bytes(17)  # all zero: no main data, the decoder outputs silence
_ID3_HEADER_SIZE = 10
_FRAMES_PER_CHUNK = 170  # ~64 KiB


class AudioSource(Protocol):
    """What an audio endpoint serves: its size, ETag, and any byte range of it."""

    @property
    def size(self) -> int: ...

    @property
    def etag(self) -> str: ...

    @property
    def content_type(self) -> str: ...

    @property
    def last_modified(self) -> float: ...

    def iter_range(self, start: int, stop: int) -> Iterator[bytes]:
        """Yield the bytes [start, stop) in chunks."""
        ...


class StoredAudio:
    """Audio bytes held in memory (uploads, TTS output, explicit test data)."""

    def __init__(self, data: bytes, content_type: str) -> None:
        self.data = data
        self.content_type = content_type
        self.etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        self.last_modified = time.time()

    @property
    def size(self) -> int:
        return len(self.data)

    def iter_range(self, start: int, stop: int, chunk_size: int = 65536) -> Iterator[bytes]:
        view = memoryview(self.data)
        for offset in range(start, stop, chunk_size):
            yield bytes(view[offset : min(offset + chunk_size, stop)])


class GeneratedMp3:
    """`size` bytes of silent MP3, computed deterministically from (seed, offset)."""

    def __init__(self, size: int, seed: int) -> None:
        if size < _ID3_HEADER_SIZE:
            raise ValueError(f"a generated MP3 needs at least {_ID3_HEADER_SIZE} bytes")
        self._size = size
        self.seed = seed
        self.content_type = MP3_CONTENT_TYPE
        self.etag = f'"mp3-{seed:x}-{size:x}"'
        self.last_modified = time.time()
        frames, padding = divmod(size - _ID3_HEADER_SIZE, FRAME_SIZE)
        self.frame_count = frames
        self._tag = _id3_tag(padding)
        self._seed_bytes = (seed & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "big")

    @property
    def size(self) -> int:
        return self._size

    @property
    def seconds(self) -> float:
        return self.frame_count / FRAMES_PER_SECOND

    def frame(self, index: int) -> bytes:
        ancillary = index.to_bytes(8, "big") + self._seed_bytes
        return (
            _FRAME_HEADER
            + _SIDE_INFO
            + ancillary
            + bytes(FRAME_SIZE - len(_FRAME_HEADER) - len(_SIDE_INFO) - len(ancillary))
        )

    def iter_range(self, start: int, stop: int) -> Iterator[bytes]:
        stop = min(stop, self._size)
        tag_size = len(self._tag)
        if start < tag_size:
            yield self._tag[start : min(stop, tag_size)]
            start = tag_size
        if start >= stop:
            return
        first = (start - tag_size) // FRAME_SIZE
        last = (stop - tag_size - 1) // FRAME_SIZE  # inclusive
        skip = (start - tag_size) - first * FRAME_SIZE
        remaining = stop - start
        for chunk_first in range(first, last + 1, _FRAMES_PER_CHUNK):
            chunk_last = min(chunk_first + _FRAMES_PER_CHUNK, last + 1)
            chunk = b"".join(self.frame(index) for index in range(chunk_first, chunk_last))
            piece = chunk[skip : skip + remaining]
            skip = 0
            remaining -= len(piece)
            yield piece


def _id3_tag(padding: int) -> bytes:
    """An empty ID3v2.4 tag with `padding` zero bytes (its size is synchsafe)."""
    synchsafe = bytes((padding >> shift) & 0x7F for shift in (21, 14, 7, 0))
    return b"ID3\x04\x00\x00" + synchsafe + bytes(padding)


def silent_mp3(seconds: float, seed: int) -> GeneratedMp3:
    frames = max(1, math.ceil(seconds * FRAMES_PER_SECOND))
    return GeneratedMp3(_ID3_HEADER_SIZE + frames * FRAME_SIZE, seed)


def mp3_size_for(size_in_seconds: float) -> int:
    return silent_mp3(size_in_seconds, 0).size


def speech_wav(text: str) -> bytes:
    """A real WAV (8 kHz, 16-bit mono) standing in for text-to-speech: one tone per word."""
    rate = 8000
    words = text.split() or [text]
    samples = bytearray()
    for word in words:
        frequency = 300 + (sum(word.encode()) % 500)
        for n in range(int(rate * 0.25)):
            value = int(8000 * math.sin(2 * math.pi * frequency * n / rate))
            samples += value.to_bytes(2, "little", signed=True)
        samples += bytes(2 * int(rate * 0.05))  # a short pause between words
    return _wav_bytes(bytes(samples), rate)


def silent_wav(seconds: float) -> bytes:
    rate = 8000
    return _wav_bytes(bytes(2 * max(1, int(rate * seconds))), rate)


def _wav_bytes(frames: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(frames)
    return buffer.getvalue()


def wav_seconds(data: bytes) -> float:
    """Duration of a WAV file; ValueError when it is not one."""
    try:
        with wave.open(io.BytesIO(data), "rb") as reader:
            return reader.getnframes() / reader.getframerate()
    except (wave.Error, EOFError, ZeroDivisionError) as error:
        raise ValueError(f"not a valid WAV file: {error}") from None


def detect_format(data: bytes, filename: str | None) -> str | None:
    """'mp3', 'wav' or None, by content first and file name second."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return "mp3"
    lowered = (filename or "").lower()
    if lowered.endswith(".mp3"):
        return "mp3"
    return None
