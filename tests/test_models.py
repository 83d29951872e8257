"""The generated models as a user reads and writes them.

An absent field is None and is left out of what is sent, so a partial update carries exactly
the fields set (CallFire's own Java client serialises with NON_NULL inclusion); reprs show only
what is set; CallFire's unix-millisecond times are aware UTC datetimes that go back out as the
very same integers; models read and write JSON; LocalDate/LocalTime convert to datetime.date and
datetime.time. Models, operations and time fields are all taken from the spec, never listed here.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import pkgutil
import random
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import attrs
import pytest
import yaml
from support import ROOT

import callfire_async.api
import callfire_async.models
from callfire_async.custom import NO_RETRY, CallFire
from callfire_async.custom.fake import FakeCallFire
from callfire_async.models import (
    Call,
    CallBroadcast,
    CallPage,
    Contact,
    LocalDate,
    LocalTime,
    ResourceIdList,
    RetryConfig,
    RetryResult,
)
from callfire_async.types import datetime_to_unix_ms, unix_ms_to_datetime

sys.path.insert(0, str(ROOT / "spec"))
from time_fields import EXTENSION, is_unix_milliseconds

UTC = datetime.UTC
SEED_OPENAPI = ROOT / "spec" / "callfire-v2.openapi.yaml"

# 2015-09-27 18:25:07.123 UTC, CallFire's own example time with milliseconds added.
CREATED_MS = 1443378307123
CREATED = datetime.datetime(2015, 9, 27, 18, 25, 7, 123000, tzinfo=UTC)


@asynccontextmanager
async def facade(url: str, credentials: tuple[str, str]) -> AsyncIterator[CallFire]:
    username, password = credentials
    async with CallFire(username, password, base_url=url, retry=NO_RETRY) as cf:
        yield cf


def model_classes(package: ModuleType = callfire_async.models) -> list[type[Any]]:
    """Every attrs model class the package exports (enums are not models), except multipart
    upload bodies: they hold files, which have no JSON form (uploads stream them from disk)."""
    return [
        value
        for name in package.__all__
        if attrs.has(value := getattr(package, name))
        and inspect.isclass(value)
        and not hasattr(value, "to_multipart")
    ]


def endpoint_modules(api: ModuleType = callfire_async.api) -> Iterator[ModuleType]:
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for module in pkgutil.iter_modules(package.__path__):
            yield importlib.import_module(f"{package.__name__}.{module.name}")


def facade_methods() -> Iterator[tuple[str, Any]]:
    for tag in pkgutil.iter_modules(callfire_async.api.__path__):
        package = importlib.import_module(f"callfire_async.api.{tag.name}")
        for name, resource in vars(package).items():
            if name.endswith("Api") and inspect.isclass(resource):
                for method_name, method in vars(resource).items():
                    if not method_name.startswith("_") and inspect.isfunction(method):
                        yield f"{name}.{method_name}", method


def minimal_instance(cls: type[Any]) -> Any:
    """The model with only its required fields set (to a placeholder)."""
    required = {
        field.name: 0
        for field in attrs.fields(cls)
        if field.init and field.default is attrs.NOTHING
    }
    return cls(**required)


# --- absent fields -------------------------------------------------------------------------


def test_an_absent_field_reads_none_and_is_left_out_of_to_dict() -> None:
    contact = Contact.from_dict({"id": 1381, "firstName": "Ada"})

    assert contact.first_name == "Ada"
    assert contact.last_name is None
    assert contact.properties is None
    assert contact.to_dict() == {"id": 1381, "firstName": "Ada"}
    # A JSON null is absent as well: CallFire does not tell the two apart.
    assert Contact.from_dict({"id": 1381, "lastName": None}).to_dict() == {"id": 1381}


def test_every_model_builds_with_no_optional_field_and_sends_none_of_them() -> None:
    classes = model_classes()
    assert len(classes) > 40
    for cls in classes:
        instance = minimal_instance(cls)
        optional = [f.name for f in attrs.fields(cls) if f.init and f.default is None]
        assert all(getattr(instance, name) is None for name in optional), cls
        sent = instance.to_dict()
        assert all(value is not None for value in sent.values()), (cls, sent)


def test_reprs_show_only_the_fields_that_are_set() -> None:
    call = Call.from_dict({"id": 9101, "state": "FINISHED", "transcript": "hi"})

    assert repr(call) == (
        "Call(id=9101, state=<CallState.FINISHED: 'FINISHED'>, "
        "additional_properties={'transcript': 'hi'})"
    )
    for cls in model_classes():
        text = repr(minimal_instance(cls))
        assert "Unset" not in text and "None" not in text, text


def test_no_unset_in_any_model_field_type_or_generated_function_signature() -> None:
    for cls in model_classes():
        for field in attrs.fields(cls):
            assert "Unset" not in str(field.type), (cls, field.name, field.type)
        assert "Unset" not in str(inspect.signature(cls)), cls
    modules = list(endpoint_modules())
    assert modules
    for module in modules:
        for function in (module.asyncio_detailed, module.asyncio, module.build_request):
            signature = str(inspect.signature(function))
            assert "Unset" not in signature and "UNSET" not in signature, module.__name__


@pytest.mark.parametrize(
    ("name", "method"),
    [pytest.param(name, method, id=name) for name, method in facade_methods()],
)
def test_no_unset_in_a_facade_method_signature(name: str, method: Any) -> None:
    signature = str(inspect.signature(method))
    assert "Unset" not in signature and "UNSET" not in signature, signature


@pytest.mark.anyio
async def test_a_partial_update_sends_exactly_the_fields_set(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        created = await cf.calls.create_call_broadcast(
            body=CallBroadcast(name="Spring reminder", from_number="12132000384", labels=["a"])
        )
        await cf.calls.update_call_broadcast(created.id, body=CallBroadcast(name="Renamed"))
        after = await cf.calls.get_call_broadcast(created.id)

    (update,) = [r for r in callfire_fake.requests if r.method == "PUT"]
    assert update.json() == {"name": "Renamed"}
    # What was not sent is kept by CallFire (and by the fake, which follows it).
    assert after.name == "Renamed"
    assert after.from_number == "12132000384" and after.labels == ["a"]


@pytest.mark.anyio
async def test_fields_left_out_of_a_response_read_none(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    (call_id,) = callfire_fake.seed_calls(1)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        call = await cf.calls.get_call(call_id, fields="id,toNumber")

    assert call.id == call_id and call.to_number is not None
    assert call.state is None and call.created is None and call.records is None
    assert repr(call) == f"Call(id={call_id}, to_number={call.to_number!r})"


def test_a_plain_string_is_sent_where_an_enum_member_belongs() -> None:
    broadcast = CallBroadcast(
        answering_machine_config="AM_ONLY",  # type: ignore[arg-type]
        retry_config=RetryConfig(retry_results=[RetryResult.BUSY, "NO_ANS"]),  # type: ignore[list-item]
    )
    assert broadcast.to_dict() == {
        "answeringMachineConfig": "AM_ONLY",
        "retryConfig": {"retryResults": ["BUSY", "NO_ANS"]},
    }


# --- times ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "milliseconds", [0, 1, CREATED_MS, -86_400_001, 253402300799999, 1443378307000]
)
def test_unix_milliseconds_become_an_aware_utc_datetime_and_the_same_integer(
    milliseconds: int,
) -> None:
    call = Call.from_dict({"id": 1, "created": milliseconds, "modified": milliseconds})

    assert isinstance(call.created, datetime.datetime)
    assert call.created.tzinfo is UTC
    assert call.created == datetime.datetime(1970, 1, 1, tzinfo=UTC) + datetime.timedelta(
        milliseconds=milliseconds
    )
    sent = call.to_dict()
    assert sent["created"] == milliseconds and type(sent["created"]) is int
    assert Call.from_dict(sent) == call


def test_every_millisecond_converts_exactly_both_ways() -> None:
    # The conversion takes a fast float path for common years: it must agree with exact
    # integer arithmetic everywhere, up to the edges of datetime's range.
    epoch = datetime.datetime(1970, 1, 1, tzinfo=UTC)
    generator = random.Random(12)
    lowest, highest = -62135596800000, 253402300799999  # 0001-01-01 .. 9999-12-31 23:59:59.999
    edges = [lowest, highest, 2**42 - 1, 2**42, -(2**42) + 1, -(2**42), -1, 0, 999]
    samples = edges + [generator.randrange(lowest, highest) for _ in range(20_000)]
    samples += [generator.randrange(-(2**42), 2**42) for _ in range(20_000)]
    for milliseconds in samples:
        moment = unix_ms_to_datetime(milliseconds)
        assert moment == epoch + datetime.timedelta(milliseconds=milliseconds), milliseconds
        assert datetime_to_unix_ms(moment) == milliseconds


def test_a_datetime_set_by_the_user_is_sent_as_milliseconds() -> None:
    paris = datetime.timezone(datetime.timedelta(hours=2))
    call = Call(created=CREATED.astimezone(paris))

    assert call.to_dict() == {"created": CREATED_MS}
    # Python keeps microseconds, CallFire milliseconds: the rest is dropped, never rounded up.
    assert datetime_to_unix_ms(CREATED + datetime.timedelta(microseconds=999)) == CREATED_MS
    assert unix_ms_to_datetime(CREATED_MS) == CREATED


def test_times_inside_nested_models_and_lists_convert_too() -> None:
    page = CallPage.from_dict(
        {
            "items": [
                {
                    "id": 1,
                    "created": CREATED_MS,
                    "notes": [{"created": CREATED_MS + 1, "text": "n"}],
                    "records": [{"id": 2, "originateTime": CREATED_MS + 2}],
                }
            ]
        }
    )
    (call,) = page.items or []
    assert call.created == CREATED
    assert (call.notes or [])[0].created == CREATED + datetime.timedelta(milliseconds=1)
    record = (call.records or [])[0]
    assert record.originate_time == CREATED + datetime.timedelta(milliseconds=2)
    assert record.answer_time is None


@pytest.mark.anyio
async def test_a_time_read_from_the_fake_is_the_integer_it_stored(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    callfire_fake.clock = lambda: CREATED_MS
    (call_id,) = callfire_fake.seed_calls(1)
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        call = await cf.calls.get_call(call_id)

    assert call.created == CREATED and call.created.tzinfo is UTC
    assert call.to_dict()["created"] == CREATED_MS


@pytest.mark.anyio
async def test_a_datetime_filter_is_sent_as_milliseconds(
    callfire_fake: FakeCallFire, callfire_fake_url: str, callfire_credentials: tuple[str, str]
) -> None:
    callfire_fake.clock = lambda: CREATED_MS
    callfire_fake.seed_calls(2)
    tokyo = datetime.timezone(datetime.timedelta(hours=9))
    async with facade(callfire_fake_url, callfire_credentials) as cf:
        inside = await cf.calls.find_calls(
            interval_begin=CREATED.astimezone(tokyo), interval_end=CREATED_MS + 1
        )
        after = await cf.calls.find_calls(interval_begin=CREATED + datetime.timedelta(seconds=1))

    queries = [parse_qs(r.query) for r in callfire_fake.requests if r.path == "/v2/calls"]
    assert queries[0]["intervalBegin"] == [str(CREATED_MS)]
    assert queries[0]["intervalEnd"] == [str(CREATED_MS + 1)]
    assert queries[1]["intervalBegin"] == [str(CREATED_MS + 1000)]
    assert len(inside.items or []) == 2 and not after.items


# --- the rule that picks the times ---------------------------------------------------------


def tagged_fields(document: dict[str, Any]) -> Iterator[tuple[str, str, bool]]:
    """(schema name, property name, is a time) for every integer property of every schema."""
    for name, schema in document["components"]["schemas"].items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if prop.get("type") == "integer":
                yield name, prop_name, bool(prop.get(EXTENSION))


def check_models_follow_the_rule(document: dict[str, Any], models: ModuleType) -> int:
    """Each integer property is a datetime on its model exactly when the spec tags it."""
    checked = 0
    for schema_name, prop_name, is_time in tagged_fields(document):
        cls = getattr(models, schema_name, None)
        if cls is None or not attrs.has(cls):
            continue
        model = cls.from_dict({**minimal_instance(cls).to_dict(), prop_name: CREATED_MS})
        parsed = [
            getattr(model, f.name) for f in attrs.fields(cls) if f.name != "additional_properties"
        ]
        assert (CREATED in parsed) is is_time, (schema_name, prop_name)
        assert model.to_dict()[prop_name] == CREATED_MS
        checked += 1
    return checked


def test_the_seed_spec_tags_its_times_by_the_rule_and_the_models_follow_it() -> None:
    document = yaml.safe_load(SEED_OPENAPI.read_text(encoding="utf-8"))
    tagged = {(s, p) for s, p, is_time in tagged_fields(document) if is_time}
    assert {("Call", "created"), ("Call", "modified"), ("CallRecord", "answerTime")} <= tagged
    assert ("Call", "id") not in tagged
    assert check_models_follow_the_rule(document, callfire_async.models) > 20


def test_the_time_parameters_of_the_seed_take_datetimes() -> None:
    document = yaml.safe_load(SEED_OPENAPI.read_text(encoding="utf-8"))
    by_operation = {
        operation["operationId"]: operation
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    modules = {module.__name__.rsplit(".", 1)[1]: module for module in endpoint_modules()}
    seen_times = 0
    for operation_id, operation in by_operation.items():
        module = next(m for n, m in modules.items() if n.replace("_", "") == _flat(operation_id))
        parameters = inspect.signature(module.build_request).parameters
        for parameter in operation.get("parameters") or []:
            if parameter["in"] != "query" or parameter["schema"].get("type") != "integer":
                continue
            python_name = _snake(parameter["name"])
            annotation = str(parameters[python_name].annotation)
            is_time = bool(parameter["schema"].get(EXTENSION))
            assert ("datetime.datetime | int" in annotation) is is_time, (operation_id, annotation)
            seen_times += is_time
    assert seen_times >= 6


def test_the_official_spec_times_are_found_by_the_rule(
    official: tuple[dict[str, Any], ModuleType],
) -> None:
    document, package = official
    tagged = [(s, p) for s, p, is_time in tagged_fields(document) if is_time]
    assert ("Call", "created") in tagged and ("CallRecord", "originateTime") in tagged
    models = importlib.import_module(f"{package.__name__}.models")
    assert check_models_follow_the_rule(document, models) > 50


def test_the_rule_reads_the_prose_of_integers_only() -> None:
    assert is_unix_milliseconds(
        {"type": "integer", "description": "Creation time in unix milliseconds."}
    )
    assert is_unix_milliseconds(
        {"type": "integer"}, "End of the find time interval, formatted in unix time milliseconds."
    )
    assert not is_unix_milliseconds({"type": "integer", "description": "Duration in milliseconds."})
    assert not is_unix_milliseconds({"type": "string", "description": "unix milliseconds"})


# --- JSON ----------------------------------------------------------------------------------


def test_every_model_reads_and_writes_json() -> None:
    for cls in model_classes():
        instance = minimal_instance(cls)
        document = instance.to_json()
        assert json.loads(document) == instance.to_dict()
        assert cls.from_json(document) == instance
        assert cls.from_json(document.encode()) == instance


def test_json_round_trips_unknown_fields_enum_values_and_times() -> None:
    document = {
        "id": 9102,
        "state": "RINGING_ON_A_NEW_CARRIER",
        "created": CREATED_MS,
        "records": [{"id": 9302, "result": "VOICEMAIL_FULL", "sentiment": "calm"}],
        "transcript": {"language": "en-US", "text": "hello"},
    }
    call = Call.from_json(json.dumps(document))

    assert call.state == "RINGING_ON_A_NEW_CARRIER" and call.created == CREATED
    assert call["transcript"] == {"language": "en-US", "text": "hello"}
    assert json.loads(call.to_json()) == document


def test_ids_items_reads_without_isinstance() -> None:
    ids = ResourceIdList.from_json('{"items": [{"id": 1}, {"id": 2}]}')
    assert ids.items is not None and [item.id for item in ids.items] == [1, 2]


# --- schedules -----------------------------------------------------------------------------


def test_local_date_and_time_convert_to_and_from_datetime() -> None:
    day = datetime.date(2024, 2, 29)
    assert LocalDate.from_date(day).to_dict() == {"year": 2024, "month": 2, "day": 29}
    assert LocalDate.from_dict({"year": 2024, "month": 2, "day": 29}).to_date() == day

    moment = datetime.time(9, 30, 15, 250000)
    assert LocalTime.from_time(moment).to_time() == moment
    assert LocalTime.from_dict({"hour": 9, "minute": 30}).to_time() == datetime.time(9, 30)
    with pytest.raises(ValueError, match="incomplete"):
        LocalDate(year=2024).to_date()


def _flat(operation_id: str) -> str:
    return operation_id.lower()


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)
