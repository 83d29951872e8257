"""The fake's small parsers: `fields` selectors, Range headers, multipart bodies."""

from __future__ import annotations

import httpx
import pytest

from callfire_async.custom.fake.audio_response import Unsatisfiable, parse_range
from callfire_async.custom.fake.errors import BadRequest
from callfire_async.custom.fake.fields import parse_fields, select_fields
from callfire_async.custom.fake.multipart import parse_form


def test_fields_selector_tree() -> None:
    assert parse_fields("id,name") == {"id": None, "name": None}
    assert parse_fields(" items( id , contact(id,firstName) ), totalCount") == {
        "items": {"id": None, "contact": {"id": None, "firstName": None}},
        "totalCount": None,
    }


@pytest.mark.parametrize("selector", ["", "id,", "items(", "items()", "a)b", "id;name", "(id)"])
def test_malformed_fields_selectors(selector: str) -> None:
    with pytest.raises(BadRequest):
        parse_fields(selector)


def test_select_fields_applies_to_each_list_element() -> None:
    page = {
        "items": [{"id": 1, "contact": {"id": 9, "firstName": "A"}, "state": "READY"}],
        "limit": 100,
    }
    tree = parse_fields("items(id,contact(id)),limit,absent")
    assert select_fields(page, tree) == {"items": [{"id": 1, "contact": {"id": 9}}], "limit": 100}


@pytest.mark.parametrize(
    ("header", "window"),
    [
        ("bytes=0-", (0, 100)),
        ("bytes=10-19", (10, 20)),
        ("bytes=90-500", (90, 100)),
        ("bytes=-10", (90, 100)),
        ("bytes=-500", (0, 100)),
        ("BYTES = 5 - 6", (5, 7)),
        ("bytes=abc", None),
        ("bytes=1-2,4-5", None),
        ("bytes=9-3", None),
        ("bytes=-", None),
    ],
)
def test_parse_range(header: str, window: tuple[int, int] | None) -> None:
    assert parse_range(header, 100) == window


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=150-200", "bytes=-0"])
def test_unsatisfiable_ranges(header: str) -> None:
    with pytest.raises(Unsatisfiable):
        parse_range(header, 100)


def _multipart(files: dict[str, tuple[str, bytes]], data: dict[str, str]) -> tuple[str, bytes]:
    request = httpx.Request("POST", "http://x/", files=files, data=data)
    return request.headers["content-type"], request.read()


def test_parse_form_as_httpx_encodes_it() -> None:
    binary = bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n"
    content_type, body = _multipart(
        {"file": ("sound file.mp3", binary)}, {"name": "Intro", "empty": ""}
    )
    form = parse_form(content_type, body)
    assert form["file"].filename == "sound file.mp3"
    assert form["file"].data == binary
    assert form["name"].text() == "Intro"
    assert form["name"].filename is None
    assert form["empty"].data == b""


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{}"),
        ("multipart/form-data", b"--x\r\n"),
        ("multipart/form-data; boundary=x", b"nothing"),
        (
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data\r\n\r\nv\r\n--x--",
        ),
        (
            "multipart/form-data; boundary=x",
            b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nv',
        ),
    ],
)
def test_malformed_multipart(content_type: str, body: bytes) -> None:
    with pytest.raises(BadRequest):
        parse_form(content_type, body)
