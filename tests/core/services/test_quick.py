"""The quick path (raw SQLCipher, no ORM) answers exactly as the ORM services do."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.core.services import audit, mentees, notes, quick, search, session
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import FollowUpItem, NoteDraft
from peerdesk.core.services.rows import NoteFilter
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import NoteState

PASSPHRASE = "orange kettle meadow 42"
WORDS = [
    "bus", "buses", "library", "Library", "card", "bank", "account", "proud", "calm",
    "walk", "Café", "cafe", "José", "jose", "housing", "form", "interview", "rent",
    "kitchen", "sister", "garden", "steady", "à", "naïve", "Ängel",
]  # fmt: skip
KINDS = ["practical support", "emotional support", "social", "advocacy"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[int]]]:
    """~60 notes over 5 mentees: drafts and signed, addenda, follow-ups, shared dates."""
    folder = tmp_path_factory.mktemp("quick") / "vault"
    vault = Vault(folder)
    session.create_vault(vault, passphrase=PASSPHRASE)
    session.confirm_recovery_key(vault)
    rng = random.Random(11)
    people = [
        mentees.add_mentee(vault, record=MenteeRecord(display_name="José", aliases=["Pepe"])),
        mentees.add_mentee(vault, record=MenteeRecord(display_name="Ana", full_name="Ana Ruiz")),
        mentees.add_mentee(vault, record=MenteeRecord(display_name="ana")),
        mentees.add_mentee(vault, record=MenteeRecord(display_name="Ängel", aliases=["Angie"])),
        mentees.add_mentee(vault, record=MenteeRecord(display_name="Sam")),
    ]
    mentees.set_archived(vault, mentee_id=people[4], archived=True)
    ids = []
    for i in range(60):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 30)))
        group = rng.choice((1, 1, 2))
        draft = NoteDraft(
            rng.sample(people, group),
            date(2025, 1, 1) + timedelta(days=rng.randrange(40)),  # many share a date
            kind=rng.choice(KINDS),
            setting="group" if group > 1 else "one-to-one",
            wanted=rng.choice(("", "To feel " + rng.choice(WORDS))),
            did=text,
            next_steps=rng.choice(("", "Call the " + rng.choice(WORDS))),
            location=rng.choice(("", "the library", "Café Bleu")),
            discuss_in_supervision=rng.random() < 0.2,
            follow_ups=[FollowUpItem(f"ask about {rng.choice(WORDS)}")] if i % 7 == 0 else [],
        )
        note_id = notes.save_draft(vault, draft=draft)
        if rng.random() < 0.6:
            notes.sign_note(vault, note_id=note_id)
            if i % 5 == 0:
                notes.add_addendum(vault, note_id=note_id, text_=f"Also {rng.choice(WORDS)}.")
        ids.append(note_id)
    vault.close()
    return folder, {"mentees": people, "notes": ids}


queries = st.one_of(
    st.sampled_from(WORDS),
    st.builds(lambda w, n: w[:n], st.sampled_from(WORDS), st.integers(1, 4)),  # prefixes
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=3).map(" ".join),
    st.text(min_size=0, max_size=12),  # anything a person may type, FTS syntax included
)


@st.composite
def filters(draw: st.DrawFn) -> NoteFilter:
    start = draw(st.none() | st.integers(0, 40).map(lambda d: date(2025, 1, 1) + timedelta(d)))
    return NoteFilter(
        mentee_id=draw(st.none() | st.integers(1, 6)),
        state=draw(st.none() | st.sampled_from(list(NoteState))),
        kind=draw(st.none() | st.sampled_from(KINDS)),
        date_from=start,
        date_to=draw(st.none() | st.integers(0, 40).map(lambda d: date(2025, 1, 1) + timedelta(d))),
        flagged=draw(st.booleans()),
    )


cases = st.lists(st.tuples(queries, filters(), st.integers(1, 70)), min_size=15, max_size=15)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cases)
def test_search_gives_the_same_hits_both_ways(corpus, batch) -> None:
    folder, _ = corpus
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        full = [search.search_notes(vault, query=q, where=f, limit=n) for q, f, n in batch]
    with quick.open_vault(folder, PASSPHRASE) as direct:
        thin = [list(quick.search(direct, query=q, where=f, limit=n)) for q, f, n in batch]
    assert thin == full
    assert any(full), "the batch found nothing: the comparison would prove little"


def test_newest_first_across_dates_and_ids(corpus) -> None:
    folder, _ = corpus
    with quick.open_vault(folder, PASSPHRASE) as direct:
        hits = list(quick.search(direct, query="b", limit=1000))
    keys = [(h.occurred_on, h.id) for h in hits]
    assert len(keys) > 20 and keys == sorted(keys, reverse=True)


def test_mentee_list_and_lookup_match(corpus) -> None:
    folder, ids = corpus
    names = ["José", "pepe", "ANA", "ana", "Ängel", "ängel", "angie", "Sam", "nobody", " Ana "]
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        full = [mentees.list_mentees(vault, include_archived=a) for a in (False, True)]
        full_found = [_lookup(lambda n: mentees.find_mentee(vault, name=n), n) for n in names]
    with quick.open_vault(folder, PASSPHRASE) as direct:
        thin = [quick.list_mentees(direct, include_archived=a) for a in (False, True)]
        thin_found = [_lookup(lambda n: quick.find_mentee(direct, name=n), n) for n in names]
    assert thin == full and len(full[1]) == len(full[0]) + 1 == len(ids["mentees"])
    assert thin_found == full_found
    assert ids["mentees"][0] in thin_found and any(isinstance(x, str) for x in thin_found)


def _lookup(find, name: str) -> int | str:
    try:
        return find(name)
    except Exception as exc:  # the same refusal, with the same message, both ways
        return f"{type(exc).__name__}: {exc}"


def test_opening_records_unlocked_on_the_same_chain(corpus) -> None:
    folder, _ = corpus
    with quick.open_vault(folder, PASSPHRASE):
        pass
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        with vault.session() as s:
            recent = audit.recent(s, limit=2)
            assert audit.verify_chain(s) is None
    assert [r.kind for r in recent] == ["unlocked", "unlocked"]  # quick's, then this one


def test_an_interrupted_key_rotation_is_left_to_the_full_path(corpus) -> None:
    folder, _ = corpus
    (folder / "vault.keys.next").write_bytes(b"not a key file")
    try:
        assert quick.open_vault(folder, PASSPHRASE) is None
        with Vault(folder) as vault:  # and the claim was released
            session.unlock(vault, passphrase=PASSPHRASE)
    finally:
        (folder / "vault.keys.next").unlink(missing_ok=True)


def _recovery_slot_flipped(folder: Path) -> None:
    import base64
    import json

    doc = json.loads((folder / "vault.keys").read_bytes())
    slot = next(s for s in doc["slots"] if s["type"] == "recovery")
    raw = bytearray(base64.b64decode(slot["wrapped"]))
    raw[3] ^= 1
    slot["wrapped"] = base64.b64encode(bytes(raw)).decode()
    (folder / "vault.keys").write_text(json.dumps(doc))


def _journal(folder: Path) -> None:
    entry = '{"op": "recovery_key_unconfirmed", "started": "2026-01-02T03:04:05Z"}'
    (folder / "vault.journal").write_text(entry)


@pytest.mark.parametrize(
    ("disturb", "told"),
    [
        (_journal, True),
        (lambda f: (f / ".restore-0123456789ab.db").write_bytes(b"x"), False),
        (lambda f: (f / "backups" / ".snapshot-0123456789ab.db-wal").write_bytes(b"x"), False),
        (_recovery_slot_flipped, True),
    ],
    ids=["journal", "restore leftover", "snapshot leftover", "damaged recovery slot"],
)
def test_what_the_full_vault_must_finish_or_tell_is_left_to_it(
    corpus, tmp_path: Path, disturb, told: bool
) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(corpus[0], folder)
    disturb(folder)
    assert quick.open_vault(folder, PASSPHRASE) is None
    with Vault(folder) as vault:  # the claim was released; the full path tells or mends
        result = session.unlock(vault, passphrase=PASSPHRASE)
    assert bool(result.notices) is told
    direct = quick.open_vault(folder, PASSPHRASE)  # leftovers are gone: quick again
    if direct is not None:
        direct.close()
    assert direct is not None or told


texts = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)


@st.composite
def drafts(draw: st.DrawFn) -> NoteDraft:
    """Drafts as the CLI or the editor may hand them over, some of them refused."""
    from peerdesk.core.vocab import MODALITIES

    return NoteDraft(
        draw(st.lists(st.integers(1, 6), min_size=0, max_size=3)),  # 6 is nobody
        draw(st.dates(date(2020, 1, 1), date(2030, 12, 31))),
        start_time=draw(st.none() | st.times()),
        end_time=draw(st.none() | st.times()),
        modality=draw(st.sampled_from([*MODALITIES, "carrier pigeon"])),
        setting=draw(st.sampled_from(["one-to-one", "group"])),
        kind=draw(st.sampled_from([*KINDS, "unknown"])),
        location=draw(texts),
        template=draw(st.sampled_from(["", "check-in"])),
        wanted=draw(texts),
        did=draw(texts),
        how_it_went=draw(texts),
        next_steps=draw(texts),
        discuss_in_supervision=draw(st.booleans()),
        safety_concern=draw(st.booleans()),
        follow_ups=draw(
            st.lists(
                st.builds(FollowUpItem, texts, st.none() | st.dates(), st.none() | st.dates()),
                max_size=2,
            )
        ),
    )


def _stored(vault: Vault, note_id: int) -> dict[str, object]:
    """Everything a saved draft wrote, without its id and the time it was written."""
    from sqlalchemy import text

    with vault.session() as s:
        note = dict(
            s.execute(text("SELECT * FROM session_note WHERE id = :i"), {"i": note_id})
            .mappings()
            .one()
        )
        created, updated = note.pop("created_at"), note.pop("updated_at")
        assert len(created) == len(updated) == len("2026-01-02 03:04:05.000000")
        # the full path's two column defaults may fall either side of a second
        gap = datetime.fromisoformat(updated) - datetime.fromisoformat(created)
        assert timedelta(0) <= gap <= timedelta(seconds=1)
        note.pop("id")
        key = s.execute(
            text("SELECT key FROM note_fts_key WHERE note_id = :i"), {"i": note_id}
        ).scalar()
        fts = s.execute(text("SELECT body, names FROM note_fts WHERE rowid = :k"), {"k": key}).one()
        return {
            "note": note,
            "key": key == search.index_key(date.fromisoformat(note["occurred_on"]), note_id),
            "participants": s.execute(text("SELECT mentee_id FROM note_participant WHERE note_id = :i ORDER BY mentee_id"), {"i": note_id}).all(),
            "follow_ups": s.execute(text("SELECT task, due_on, done_on FROM follow_up WHERE note_id = :i ORDER BY id"), {"i": note_id}).all(),
            "fts": tuple(fts),
            "event": s.execute(text("SELECT kind, entity, detail FROM audit_event WHERE entity_id = :i AND entity = 'note'"), {"i": note_id}).all(),
        }  # fmt: skip


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(drafts(), min_size=4, max_size=4))
def test_a_draft_saved_the_quick_way_is_the_same_as_the_full_way(
    corpus, tmp_path_factory: pytest.TempPathFactory, batch: list[NoteDraft]
) -> None:
    import shutil

    folder = tmp_path_factory.mktemp("add") / "vault"
    shutil.copytree(corpus[0], folder)
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        full = [_lookup(lambda d: notes.save_draft(vault, draft=d), d) for d in batch]
    with quick.open_vault(folder, PASSPHRASE) as direct:
        thin = [_lookup(lambda d: quick.add_draft(direct, draft=d), d) for d in batch]
    assert [x if isinstance(x, str) else "saved" for x in thin] == [
        x if isinstance(x, str) else "saved" for x in full
    ]
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        for a, b in zip(full, thin, strict=True):
            if isinstance(a, int) and isinstance(b, int):
                assert _stored(vault, b) == _stored(vault, a)
                one, other = notes.get_note(vault, note_id=a), notes.get_note(vault, note_id=b)
                assert (one.participant_names, one.did) == (other.participant_names, other.did)
        from peerdesk.core.services import integrity

        assert integrity.check(vault) == []  # the chain and the head hold after both


def test_a_quick_draft_is_found_and_counted_like_any_other(corpus, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "vault"
    shutil.copytree(corpus[0], folder)
    jose = corpus[1]["mentees"][0]
    draft = NoteDraft([jose], date(2025, 3, 1), did="Tried the riverside path", location=" Park ")
    with quick.open_vault(folder, PASSPHRASE) as direct:
        note_id = quick.add_draft(direct, draft=draft)
        assert [h.id for h in quick.search(direct, query="riversi pepe")] == [note_id]
    with Vault(folder) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        assert [h.id for h in search.search_notes(vault, query="park")][:1] == [note_id]
        record = notes.get_note(vault, note_id=note_id)
        assert (record.state, record.location, record.participant_ids) == (
            NoteState.DRAFT,
            "Park",
            [jose],
        )
        notes.sign_note(vault, note_id=note_id)  # a quick draft signs like any other


def test_the_quick_path_looks_for_the_journal_by_its_name() -> None:
    from peerdesk.core.vault import direct, journal

    assert direct.JOURNAL_NAME == journal.JOURNAL_NAME


def _sign_full(vault: Vault, draft: NoteDraft) -> int:
    note_id = notes.save_draft(vault, draft=draft)
    notes.sign_note(vault, note_id=note_id)
    return note_id


def _signable(draft: NoteDraft, mentee_id: int) -> NoteDraft:
    """The drawn draft made complete for signing (the us-medicaid profile may still
    refuse it: no times, no place, no mentor's name)."""
    return replace(
        draft,
        participant_ids=[mentee_id],
        setting="one-to-one",
        modality="in person",
        kind=KINDS[0],
        occurred_on=date(2025, 2, 3),
        did="Walked to the library. " + draft.did,
        follow_ups=[f for f in draft.follow_ups if f.task.strip()],
    )


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(drafts(), min_size=4, max_size=4), st.sampled_from(["general", "us-medicaid"]))
def test_a_note_signed_the_quick_way_is_the_same_as_the_full_way(
    corpus, tmp_path_factory: pytest.TempPathFactory, batch: list[NoteDraft], profile: str
) -> None:
    """The same drafts signed on two copies of one vault, the full way (save_draft, then
    sign_note) and by quick.add_signed at the second the full way signed: the same
    refusals word for word, and the same rows (chain link and content hash included),
    search index and events; a note the profile refuses is kept as a draft both ways."""
    import shutil

    from sqlalchemy import text

    from peerdesk.core.services import documentation, integrity

    root = tmp_path_factory.mktemp("sign")
    full_dir, thin_dir = root / "full", root / "thin"
    shutil.copytree(corpus[0], full_dir)
    batch[:2] = [_signable(d, corpus[1]["mentees"][1]) for d in batch[:2]]
    with Vault(full_dir) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        documentation.choose_profile(vault, profile_id=profile)
    shutil.copytree(full_dir, thin_dir)
    with Vault(full_dir) as vault:
        session.unlock(vault, passphrase=PASSPHRASE)
        full = [_lookup(lambda d: _sign_full(vault, d), d) for d in batch]
        signed_at = [
            notes.get_note(vault, note_id=x).signed_at if isinstance(x, int) else None for x in full
        ]
    with quick.open_vault(thin_dir, PASSPHRASE) as direct:
        thin = [
            _lookup(lambda pair: quick.add_signed(direct, draft=pair[0], now=pair[1]), pair)
            for pair in zip(batch, signed_at, strict=True)
        ]
    assert thin == full  # the ids of the signed, the refusals word for word
    if profile == "general":
        assert all(isinstance(x, int) for x in full[:2])  # signing really was compared
    stored = []
    for folder in (full_dir, thin_dir):
        with Vault(folder) as vault:
            session.unlock(vault, passphrase=PASSPHRASE)
            with vault.session() as s:
                ids = list(
                    s.scalars(
                        text("SELECT id FROM session_note WHERE id > :f"),
                        {"f": max(corpus[1]["notes"])},
                    )
                )
            stored.append({i: _stored(vault, i) for i in ids})
            assert integrity.check(vault) == []  # the chain and the head hold both ways
    assert stored[1] == stored[0]
    kept = [n["note"]["state"] for n in stored[0].values()]
    assert kept.count(NoteState.SIGNED.value) == sum(isinstance(x, int) for x in full)
