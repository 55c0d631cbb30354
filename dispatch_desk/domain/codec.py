"""Conversion of domain records to and from plain JSON-able dicts (the wire and the cache).

Datetimes travel as ISO-8601 strings in UTC, enums as their values, tuples as lists.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import UTC, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_wire(record: Any) -> dict[str, Any]:
    """A record as a JSON-able dict."""
    return {f.name: _encode(getattr(record, f.name)) for f in dataclasses.fields(record)}


def encode_time(moment: datetime) -> str:
    """ISO-8601 in UTC with a Z, the one text form of an instant on the wire and in keys."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return encode_time(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if dataclasses.is_dataclass(value):
        return to_wire(value)
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def from_wire(cls: type[T], data: dict[str, Any]) -> T:
    """Build a record of `cls` from a dict made by `to_wire`; unknown keys are ignored."""
    # Widened to plain `type`: mypy does not see that a `type[T]` is hashable, as the cache needs.
    record_type: type = cls
    kwargs = {}
    for name, convert in _field_decoders(record_type):
        if name in data:
            value = data[name]
            kwargs[name] = None if value is None else convert(value)
    return cls(**kwargs)


@cache
def _field_decoders(cls: type) -> tuple[tuple[str, typing.Callable[[Any], Any]], ...]:
    """Each field's name and the converter of its type, worked out once per record type."""
    resolved = typing.get_type_hints(cls)
    return tuple((f.name, _decoder(resolved[f.name])) for f in dataclasses.fields(cls))


def parse_time(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _same(value: Any) -> Any:
    return value


def _to_float(value: Any) -> Any:
    return float(value) if isinstance(value, int) else value


@cache
def _decoder(hint: Any) -> typing.Callable[[Any], Any]:
    """The converter of a wire value (never None) to `hint`: the type is read once, not per value."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decoder(args[0]) if len(args) == 1 else _same
    if hint is datetime:
        return parse_time
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if origin is tuple:
        item_args = typing.get_args(hint)
        inner = _decoder(item_args[0]) if item_args else _same
        return lambda value: tuple(None if v is None else inner(v) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        record: type = hint
        return lambda value: from_wire(record, value)
    if hint is float:
        return _to_float
    return _same
