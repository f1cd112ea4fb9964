"""core.records.Record behaves as the frozen dataclasses it replaced on the quick path."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from peerdesk.core.records import FrozenRecordError, IdOnlyRepr, Record, replace
from peerdesk.core.services.rows import MenteeSummary, NoteFilter
from peerdesk.core.vocab import MenteeKind, MenteeStatus, NoteState, SupportStyle


class Point(Record):
    x: int
    y: int = 0
    label: str = ""


def summary(**changes: object) -> MenteeSummary:
    fields: dict = {
        "id": 7,
        "display_name": "Maria",
        "aliases": ("M",),
        "support_style": next(iter(SupportStyle)),
        "kind": MenteeKind.INDIVIDUAL,
        "status": MenteeStatus.ACTIVE,
        "started_on": date(2025, 1, 2),
        "archived": False,
    }
    return MenteeSummary(**{**fields, **changes})


def test_fields_by_position_name_and_default() -> None:
    assert Point(1)._values() == (1, 0, "")
    assert Point(1, 2, "a") == Point(x=1, label="a", y=2)
    assert NoteFilter().mentee_id is None and NoteFilter(kind="walk").kind == "walk"
    assert Point._fields == ("x", "y", "label")


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, 2, "a", 4), {}), ((1,), {"x": 2}), ((1,), {"z": 3})],
)
def test_wrong_arguments_are_refused(args: tuple, kwargs: dict) -> None:
    with pytest.raises(TypeError):
        Point(*args, **kwargs)


def test_a_field_without_a_default_cannot_follow_one_with() -> None:
    with pytest.raises(TypeError):

        class Bad(Record):
            x: int = 0
            y: int


def test_equality_and_hash_follow_the_fields_and_the_class() -> None:
    assert summary() == summary() and hash(summary()) == hash(summary())
    assert summary() != summary(archived=True)
    assert len({NoteFilter(state=NoteState.SIGNED), NoteFilter(state=NoteState.SIGNED)}) == 1

    class Other(Record):
        x: int
        y: int = 0
        label: str = ""

    assert Point(1) != Other(1)


def test_frozen() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    assert point.x == 1


def test_replace_copies_with_changes() -> None:
    point = Point(1, 2, "a")
    moved = replace(point, y=5)
    assert moved == Point(1, 5, "a") and point == Point(1, 2, "a")
    with pytest.raises(TypeError):
        replace(point, z=1)


def test_repr_shows_the_id_only_for_records_of_people() -> None:
    assert repr(summary()) == "<MenteeSummary id=7>"
    assert "Maria" not in repr(summary()) and "Maria" not in str(summary())
    assert repr(Point(1, label="a")) == "Point(x=1, y=0, label='a')"
    assert isinstance(summary(), IdOnlyRepr)


def test_copies_and_pickles() -> None:
    for record in (summary(), Point(3, 4)):
        assert pickle.loads(pickle.dumps(record)) == record
        assert copy.deepcopy(record) == record
