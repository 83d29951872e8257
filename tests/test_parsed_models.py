"""Models parsed from JSON behave exactly like models built by hand.

from_dict takes short cuts for speed (pages hold thousands of models): it fills the slots of a
new instance without calling the constructor, and pauses the cyclic garbage collector while it
builds. None of that may show: a parsed model compares, prints, pickles, copies and serialises
like one built with datetimes; a subclass still gets its own constructor; the collector is left
as it was found.
The models and their time fields are taken from the spec.
"""

from __future__ import annotations

import copy
import datetime
import gc
import json
import pickle
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest
import yaml
from support import ROOT

import callfire_async.models
from callfire_async.models import Call, CallRecord, CallState
from callfire_async.types import json_loads

sys.path.insert(0, str(ROOT / "spec"))
from time_fields import EXTENSION

UTC = datetime.UTC
SEED_OPENAPI = ROOT / "spec" / "callfire-v2.openapi.yaml"
CREATED_MS = 1443378307123
CREATED = datetime.datetime(2015, 9, 27, 18, 25, 7, 123000, tzinfo=UTC)


def documents_with_times() -> Iterator[tuple[type[Any], dict[str, Any]]]:
    """(model class, a JSON object setting every time field it has) for each model with times."""
    document = yaml.safe_load(SEED_OPENAPI.read_text(encoding="utf-8"))
    for name, schema in document["components"]["schemas"].items():
        cls = getattr(callfire_async.models, name, None)
        if cls is None or not attrs.has(cls):
            continue
        properties = schema.get("properties") or {}
        times = [prop for prop, spec in properties.items() if spec.get(EXTENSION)]
        if times:
            required = {prop: 0 for prop in schema.get("required") or [] if prop not in times}
            yield cls, {**required, **{prop: CREATED_MS + i for i, prop in enumerate(times)}}


CASES = [pytest.param(cls, document, id=cls.__name__) for cls, document in documents_with_times()]


def built_by_hand(cls: type[Any], document: dict[str, Any]) -> Any:
    """The model the document describes, made by its constructor (times as datetimes)."""
    probe = cls.from_dict(document)
    fields = attrs.fields(cls)
    return cls(**{field.alias: getattr(probe, field.name) for field in fields if field.init})


def test_the_seed_has_models_with_times() -> None:
    names = {case.id for case in CASES}
    assert {"Call", "CallRecord", "CallBroadcast"} <= names


@pytest.mark.parametrize(("cls", "document"), CASES)
def test_a_parsed_model_is_indistinguishable_from_one_built_with_datetimes(
    cls: type[Any], document: dict[str, Any]
) -> None:
    built = built_by_hand(cls, document)
    assert any(isinstance(getattr(built, f.name), datetime.datetime) for f in attrs.fields(cls))

    # Each check on a freshly parsed model: none may depend on another having read it first.
    assert cls.from_dict(document) == built
    assert built == cls.from_dict(document)
    assert (cls.from_dict(document) != built) is False
    assert repr(cls.from_dict(document)) == repr(built)
    assert cls.from_dict(document).to_dict() == built.to_dict() == document
    assert json.loads(cls.from_dict(document).to_json()) == document
    assert pickle.loads(pickle.dumps(cls.from_dict(document))) == built
    assert copy.copy(cls.from_dict(document)) == built
    assert copy.deepcopy(cls.from_dict(document)) == built
    assert attrs.asdict(cls.from_dict(document)) == attrs.asdict(built)
    assert attrs.evolve(cls.from_dict(document)) == built
    with pytest.raises(TypeError):
        hash(cls.from_dict(document))
    with pytest.raises(TypeError):
        hash(built)


def test_a_time_reads_as_the_same_aware_datetime_every_time() -> None:
    call = Call.from_dict({"id": 1, "created": CREATED_MS, "modified": None})

    first = call.created
    assert first == CREATED and first is not None and first.tzinfo is UTC
    assert call.created is first
    assert call.modified is None
    assert call.to_dict() == {"id": 1, "created": CREATED_MS}


def test_a_time_set_after_parsing_replaces_the_parsed_one() -> None:
    call = Call.from_dict({"created": CREATED_MS, "modified": CREATED_MS})
    later = CREATED + datetime.timedelta(days=1)

    call.created = later
    call.modified = None
    assert call.created is later and call.modified is None
    assert call.to_dict() == {"created": CREATED_MS + 86_400_000}
    del call.created
    with pytest.raises(AttributeError):
        _ = call.created


def test_a_time_that_is_not_an_integer_converts_or_fails_while_parsing_as_before() -> None:
    assert Call.from_dict({"created": 1.5}).created == datetime.datetime(
        1970, 1, 1, 0, 0, 0, 1500, tzinfo=UTC
    )
    with pytest.raises(TypeError):
        Call.from_dict({"created": "yesterday"})


@attrs.define
class TaggedCall(Call):
    """A user's subclass that adds a field: from_dict must run its constructor."""

    tag: str = "untagged"


class PlainCall(Call):
    """A subclass without fields of its own."""


def test_a_subclass_is_built_by_its_own_constructor() -> None:
    document = {"id": 5, "created": CREATED_MS, "state": "READY", "transcript": "hi"}

    tagged = TaggedCall.from_dict(document)
    assert type(tagged) is TaggedCall and tagged.tag == "untagged"
    assert tagged.id == 5 and tagged.created == CREATED and tagged.state is CallState.READY
    assert tagged["transcript"] == "hi" and tagged.to_dict() == document
    plain = PlainCall.from_json(json.dumps(document))
    assert type(plain) is PlainCall and plain.to_dict() == document


class RecordingMapping(Mapping[str, Any]):
    """A JSON object that notes whether the collector was on each time it is read."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.collector_on: list[bool] = []

    def __getitem__(self, key: str) -> Any:
        self.collector_on.append(gc.isenabled())
        return self.data[key]

    def __iter__(self) -> Iterator[str]:
        self.collector_on.append(gc.isenabled())
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_paused_while_models_are_built_and_on_again_after() -> None:
    source = RecordingMapping({"id": 1, "records": [{"id": 2, "answerTime": CREATED_MS}]})

    call = Call.from_dict(source)

    assert source.collector_on and not any(source.collector_on)
    assert gc.isenabled()
    assert call.records is not None and type(call.records[0]) is CallRecord
    assert call.records[0].answer_time == CREATED
    assert json_loads(b'{"id": 1}') == {"id": 1} and gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_on_again_after_a_document_that_fails() -> None:
    with pytest.raises(TypeError):
        Call.from_dict({"records": [{"finishTime": "soon"}]})
    assert gc.isenabled()
    with pytest.raises(ValueError):
        json_loads(b'{"id": ')
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_the_program_turned_off_stays_off() -> None:
    gc.disable()
    Call.from_json(b'{"id": 1, "created": 1443378307123}')
    Call.from_dict({"id": 1})
    assert not gc.isenabled()
