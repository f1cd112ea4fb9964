"""Full-text search: prefixes, case and accents, names and aliases, addenda, filters, snippets."""

from __future__ import annotations

from datetime import date

import pytest

from peerdesk.core.services import mentees, notes, search
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft, NoteFilter
from peerdesk.core.vault import Vault


@pytest.fixture
def corpus(vault: Vault) -> dict[str, int]:
    jose = mentees.add_mentee(
        vault, record=MenteeRecord(display_name="José", full_name="José Álvarez", aliases=["Pepe"])
    )
    ana = mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    ids = {}
    ids["bus"] = notes.save_draft(
        vault,
        draft=NoteDraft(
            [jose],
            date(2026, 9, 1),
            did="We rode the buses to the Library together.",
            kind="practical support",
        ),
    )
    ids["bank"] = notes.save_draft(
        vault,
        draft=NoteDraft(
            [ana], date(2026, 10, 1), did="Opened a bank account; she was proud.", kind="advocacy"
        ),
    )
    ids["cafe"] = notes.save_draft(
        vault,
        draft=NoteDraft([ana], date(2026, 11, 1), did="Coffee at the Café Bleu.", kind="social"),
    )
    notes.sign_note(vault, note_id=ids["bus"])
    notes.add_addendum(vault, note_id=ids["bus"], text_="Correction: the number 8 bus.")
    ids["jose"], ids["ana"] = jose, ana
    return ids


def found(vault: Vault, query: str, **kw) -> list[int]:
    return [h.id for h in search.search_notes(vault, query=query, **kw)]


def test_prefix_case_and_accent_insensitive(vault: Vault, corpus) -> None:
    assert found(vault, "bus") == [corpus["bus"]]  # "buses"
    assert found(vault, "LIBR") == [corpus["bus"]]
    assert found(vault, "cafe bleu") == [corpus["cafe"]]
    assert found(vault, "alvarez") == [corpus["bus"]]


def test_names_aliases_and_addenda_are_searchable(vault: Vault, corpus) -> None:
    assert found(vault, "pepe") == [corpus["bus"]]
    assert found(vault, "correction") == [corpus["bus"]]
    assert found(vault, "ana") == [corpus["cafe"], corpus["bank"]]  # newest first


def test_every_word_must_match(vault: Vault, corpus) -> None:
    assert found(vault, "bank proud") == [corpus["bank"]]
    assert found(vault, "bank library") == []


def test_filters(vault: Vault, corpus) -> None:
    assert found(vault, "ana", where=NoteFilter(kind="social")) == [corpus["cafe"]]
    assert found(vault, "ana", where=NoteFilter(date_to=date(2026, 10, 15))) == [corpus["bank"]]
    assert found(vault, "bus", where=NoteFilter(mentee_id=corpus["ana"])) == []


@pytest.mark.parametrize(
    "query", ['"', "*", "bus OR", "NEAR(", "-", "a AND", "'; DROP TABLE note_fts; --", "   "]
)
def test_operator_characters_are_just_text(vault: Vault, corpus, query: str) -> None:
    search.search_notes(vault, query=query)  # never an FTS syntax error


def test_snippet_marks_the_hit(vault: Vault, corpus) -> None:
    (hit,) = search.search_notes(vault, query="proud")
    assert f"{search.MARK_START}proud{search.MARK_END}" in hit.snippet
    assert "proud" in hit.plain_snippet and search.MARK_START not in hit.plain_snippet
    assert hit.participant_names == ("Ana",)


def test_renamed_mentee_is_found_by_the_new_name(vault: Vault, corpus) -> None:
    mentees.update_mentee(vault, mentee_id=corpus["ana"], record=MenteeRecord(display_name="Annie"))
    assert found(vault, "annie") == [corpus["cafe"], corpus["bank"]]
    assert found(vault, "ana") == []


def test_deleted_draft_leaves_the_index(vault: Vault, corpus) -> None:
    notes.delete_draft(vault, note_id=corpus["cafe"])
    assert found(vault, "bleu") == []


def test_snippet_window_marks_prefixes_across_case_and_accents() -> None:
    body = (
        " ".join(f"w{i}" for i in range(40))
        + " Café Bleu, then the LIBRARY "
        + " ".join(f"x{i}" for i in range(40))
    )
    got = search.snippet(body, [search._fold("cafe"), search._fold("libr")])
    assert got.startswith("…") and got.endswith("…")
    assert f"{search.MARK_START}Café{search.MARK_END}" in got
    assert f"{search.MARK_START}LIBRARY{search.MARK_END}" in got
    assert len(got.split()) <= 16
    assert search.snippet("nothing to see", ["bus"]) == ""
    short = search.snippet("The bus", ["bus"])
    assert short == f"The {search.MARK_START}bus{search.MARK_END}"


def test_newest_first_with_inclusive_date_bounds(vault: Vault) -> None:
    ana = mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana"))
    days = [date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 2), date(2026, 3, 3), date(1, 1, 1)]
    ids = [
        notes.save_draft(vault, draft=NoteDraft([ana], day, did="walked to the river"))
        for day in days
    ]
    # newest date first, and on one day the later note first
    assert found(vault, "riv") == [ids[3], ids[2], ids[1], ids[0], ids[4]]
    window = NoteFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2))
    assert found(vault, "riv", where=window) == [ids[2], ids[1]]
    assert found(vault, "riv", where=NoteFilter(date_from=date(2026, 3, 3))) == [ids[3]]
    assert found(vault, "riv", where=NoteFilter(date_to=date(2026, 3, 1))) == [ids[0], ids[4]]
    assert found(vault, "riv", where=NoteFilter(date_from=date.min, date_to=date.max)) == found(
        vault, "riv"
    )
    assert found(vault, "riv", limit=2) == [ids[3], ids[2]]
    # a note moved to another day is found there, and only once
    notes.save_draft(
        vault, note_id=ids[0], draft=NoteDraft([ana], date(2026, 4, 1), did="walked to the river")
    )
    assert found(vault, "riv") == [ids[0], ids[3], ids[2], ids[1], ids[4]]
