"""A ``TypeError`` naming the parameter and the type it takes, before anything is sent.

Without it a wrong type fails deep inside the generated request builder (``KeyError: 0`` for a
model where a list is expected, ``AttributeError`` for a dict where a model is expected) or, for
a query parameter, is sent as it is (``limit="ten"``). The check reads the annotations of the
generated ``build_request`` hook, so it follows the spec with no code per operation, and accepts
exactly what the signature does (an int for a time filter, a plain string where the signature
takes ``str``, None for an optional argument). Checkers are built once per hook and cached.
"""

from __future__ import annotations

import functools
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["check_arguments"]

_Check = Callable[[Any], bool]

_QUALIFIED = re.compile(r"\b(?:\w+\.)+(\w+)")


def check_arguments(hook: Callable[..., Any], arguments: Mapping[str, Any]) -> None:
    """Raise ``TypeError`` for the first argument ``hook``'s annotation does not accept."""
    checks = _checks_of(hook)
    for name, value in arguments.items():
        entry = checks.get(name)
        if entry is not None and not entry[0](value):
            operation = hook.__module__.rpartition(".")[2]
            raise TypeError(
                f"{operation}() argument {name!r} must be {entry[1]}, not {_describe(value)}"
            )


@functools.cache
def _checks_of(hook: Callable[..., Any]) -> dict[str, tuple[_Check, str]]:
    try:
        hints = typing.get_type_hints(hook)
    except Exception:  # an annotation that cannot be resolved is not checked
        return {}
    parameters = inspect.signature(hook).parameters
    checks: dict[str, tuple[_Check, str]] = {}
    for name, hint in hints.items():
        if name not in parameters:
            continue
        check, text = _check_for(hint), _type_text(hint)
        if parameters[name].default is not inspect.Parameter.empty:
            # The facade passes None for an optional argument not given (an upload hook
            # declares UNSET as its default instead).
            check = _or_none(check)
        checks[name] = (check, text)
    return checks


def _or_none(check: _Check) -> _Check:
    return lambda value: value is None or check(value)


def _plain_classes(hint: Any) -> tuple[tuple[type, ...], bool] | None:
    """The classes a hint made only of plain classes accepts (an int where a float is taken),
    and whether it refuses a bool (an int subclass) for an int; None for any other hint."""
    origin = typing.get_origin(hint)
    members = typing.get_args(hint) if origin in (typing.Union, types.UnionType) else (hint,)
    if not all(isinstance(m, type) and typing.get_origin(m) is None for m in members):
        return None
    allowed = set(members)
    if float in allowed:
        allowed.add(int)
    refuses_bool = int in allowed and bool not in allowed
    return tuple(allowed), refuses_bool


def _accept(_: Any) -> bool:
    return True


def _check_for(hint: Any) -> _Check:
    origin = typing.get_origin(hint)
    plain = _plain_classes(hint)
    if plain is not None:
        # The common case (`int | None`, `str`, a model): one isinstance call.
        allowed, refuses_bool = plain
        if refuses_bool:
            return lambda value: isinstance(value, allowed) and value.__class__ is not bool
        return lambda value: isinstance(value, allowed)
    if origin is typing.Union or origin is types.UnionType:
        members = [_check_for(member) for member in typing.get_args(hint)]
        return lambda value: any(check(value) for check in members)
    if hint is type(None) or hint is None:
        return lambda value: value is None
    if origin is typing.Literal:
        allowed = typing.get_args(hint)
        return lambda value: value in allowed
    if origin in (list, tuple, set, frozenset):
        (item_hint, *_) = typing.get_args(hint) or (Any,)
        item_plain = _plain_classes(item_hint)
        if item_plain is not None:
            # A body of a thousand contacts: check each distinct class once, not each item.
            item_classes, item_refuses_bool = item_plain

            def check_items(value: Any) -> bool:
                if not isinstance(value, origin):
                    return False
                seen = {item.__class__ for item in value}
                return all(issubclass(cls, item_classes) for cls in seen) and not (
                    item_refuses_bool and bool in seen
                )

            return check_items
        item_check = _check_for(item_hint)
        return lambda value: isinstance(value, origin) and all(item_check(item) for item in value)
    if origin is not None and isinstance(origin, type):
        return lambda value: isinstance(value, origin)
    if hint is float:
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return _accept  # Any, a TypeVar, a forward reference: nothing to check against


def _type_text(hint: Any) -> str:
    if isinstance(hint, type) and typing.get_origin(hint) is None:
        return hint.__name__ if hint is not type(None) else "None"
    text = str(hint).replace("NoneType", "None")
    # "list[callfire_async.models.contact.Contact]" reads better as "list[Contact]".
    return _QUALIFIED.sub(r"\1", text)


def _describe(value: Any) -> str:
    if isinstance(value, list) and value:
        names = sorted({item.__class__.__name__ for item in value})
        return f"a list of {' | '.join(names)}"
    return type(value).__name__
