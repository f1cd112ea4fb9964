"""Plain records that services hand to the UI and the CLI."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:  # typing has it from Python 3.11; only the type checker reads it

    def dataclass_transform(**_options: object) -> object:
        return lambda cls: cls


R = TypeVar("R", bound="Record")


class IdOnlyRepr:
    """Records carry personal text; their repr shows the id only (logs, tracebacks)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={getattr(self, 'id', None)}>"


class FrozenRecordError(AttributeError):
    """A record's fields cannot be changed (make a new one with ``replace``)."""


@dataclass_transform(frozen_default=True)
class Record:
    """A frozen record, as ``@dataclass(frozen=True)`` makes one, for the modules a cold
    command imports: fields in the order of the class's annotations, a default where one
    is given; ``__init__`` by position or name, equality and hash over the fields, a
    ``Name(field=value)`` repr (or IdOnlyRepr's, listed first among the bases).

    Why not dataclasses: importing it (with inspect) and decorating each class cost a
    cold `peerdesk search` ~10 ms, a sixth of its imports. Records of many rows keep
    using dataclasses; these are the few on the quick path (services/quick.py).
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = [
            name
            # the class's own annotations (strings); inspect.get_annotations would import
            # inspect, which this class is here to avoid
            for name, kind in cls.__dict__.get("__annotations__", {}).items()  # noqa: RUF063
            if not str(kind).startswith(("ClassVar", "typing.ClassVar"))
        ]
        defaults = dict(cls._defaults)
        defaults.update((name, cls.__dict__[name]) for name in own if name in cls.__dict__)
        fields = (*cls._fields, *(name for name in own if name not in cls._fields))
        required = [name for name in fields if name not in defaults]
        if fields[: len(required)] != tuple(required):
            raise TypeError(f"{cls.__name__}: a field without a default follows one with")
        cls._fields, cls._defaults = fields, defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        name = type(self).__name__
        if len(args) > len(fields):
            raise TypeError(f"{name} takes {len(fields)} arguments but {len(args)} were given")
        values = dict(zip(fields, args, strict=False))  # fewer is fine: defaults
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"{name} has no field {key!r}")
            if key in values:
                raise TypeError(f"{name} got field {key!r} twice")
            values[key] = value
        for key in fields:
            if key in values:
                object.__setattr__(self, key, values[key])
            elif key in self._defaults:
                object.__setattr__(self, key, self._defaults[key])
            else:
                raise TypeError(f"{name} needs field {key!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, key) for key in self._fields)

    def __setattr__(self, key: str, value: Any) -> None:
        raise FrozenRecordError(f"cannot assign to field {key!r}")

    def __delattr__(self, key: str) -> None:
        raise FrozenRecordError(f"cannot delete field {key!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}={getattr(self, key)!r}" for key in self._fields)
        return f"{type(self).__name__}({shown})"


def replace(record: R, **changes: Any) -> R:
    """A copy of ``record`` with some fields changed (dataclasses.replace for a Record)."""
    return type(record)(**{**{key: getattr(record, key) for key in record._fields}, **changes})


class DomainPoint(Record):
    """One life domain for the overview chart: where open goals started and where they are."""

    domain: str  # a GoalDomain
    goals: int
    first: float | None
    latest: float | None
