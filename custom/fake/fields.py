"""CallFire's partial responses: `fields=id,name`, `fields=items(id,contact(id))`."""

from __future__ import annotations

import re
from typing import Any

from .errors import BadRequest

# name -> subtree (None keeps the whole value)
FieldTree = dict[str, "FieldTree | None"]

_TOKEN = re.compile(r"\s*([A-Za-z0-9_]+|[(),])")


def parse_fields(text: str) -> FieldTree:
    """Parse a `fields` selector into a tree; malformed selectors are a 400."""
    tokens = _tokenize(text)
    tree, position = _parse_list(tokens, 0, text)
    if position != len(tokens):
        raise BadRequest(f"Invalid 'fields' selector: {text!r}")
    return tree


def _tokenize(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    stripped = text.rstrip()
    while position < len(stripped):
        match = _TOKEN.match(stripped, position)
        if match is None:
            raise BadRequest(f"Invalid 'fields' selector: {text!r}")
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def _parse_list(tokens: list[str], position: int, text: str) -> tuple[FieldTree, int]:
    tree: FieldTree = {}
    while True:
        if position >= len(tokens) or not _is_name(tokens[position]):
            raise BadRequest(f"Invalid 'fields' selector: {text!r}")
        name = tokens[position]
        position += 1
        subtree: FieldTree | None = None
        if position < len(tokens) and tokens[position] == "(":
            subtree, position = _parse_list(tokens, position + 1, text)
            if position >= len(tokens) or tokens[position] != ")":
                raise BadRequest(f"Invalid 'fields' selector: {text!r}")
            position += 1
        tree[name] = subtree
        if position < len(tokens) and tokens[position] == ",":
            position += 1
            continue
        return tree, position


def _is_name(token: str) -> bool:
    return token not in ("(", ")", ",")


def select_fields(value: Any, tree: FieldTree | None) -> Any:
    """Keep only the selected keys; a selector applies to each element of a list."""
    if tree is None:
        return value
    if isinstance(value, list):
        return [select_fields(element, tree) for element in value]
    if isinstance(value, dict):
        return {
            key: select_fields(value[key], subtree) for key, subtree in tree.items() if key in value
        }
    return value
