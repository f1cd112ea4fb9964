"""The quick paths of the commands people script: search, the mentee list, note add.

A command that runs one query and exits spends most of its time importing; these
functions answer on one raw SQLCipher connection (peerdesk.core.vault.direct) with
a few SQL statements and no ORM, and return the same rows as the ORM services
(services/search.py, services/mentees.py) and write the same rows as
notes.save_draft. tests/core/services/test_quick.py holds the two paths to the same
answers. Opening records the same ``unlocked`` event in
the activity log, hash-chained exactly as services/audit.py does.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from peerdesk.core import db
from peerdesk.core.errors import QT_TRANSLATE_NOOP, ValidationError
from peerdesk.core.services import search as search_rules
from peerdesk.core.services.chain import GENESIS, check_detail, digest, sha256_hex, stamp
from peerdesk.core.services.rows import MenteeSummary, NoteFilter
from peerdesk.core.services.search import SearchHit
from peerdesk.core.vault.direct import DirectVault, open_direct
from peerdesk.core.vocab import NOTE_SECTIONS, MenteeKind, MenteeStatus, NoteState, SupportStyle

if TYPE_CHECKING:
    from peerdesk.core.services.drafts import NoteDraft

# Writing (add_draft, add_signed) imports the draft rules, the settings, the profiles
# and the signing rules when it runs: search and the mentee list never need them
# (~15 ms of a cold `peerdesk search`, most of it importlib.resources and tempfile).

_STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite


@contextlib.contextmanager
def _translated() -> Iterator[None]:
    """Database failures as the plain peerdesk errors the full path raises."""
    try:
        yield
    except sqlcipher.DatabaseError as exc:
        translated = db.translate_error(exc)
        if translated is None:
            raise
        raise translated from None


def open_vault(path: Path, secret: str, *, recovery: bool = False) -> DirectVault | None:
    """Claim and unlock; None when the vault needs the full path (see vault.direct)."""
    vault = open_direct(path, secret, recovery=recovery)
    if vault is None:
        return None
    try:
        record(vault, kind="unlocked")
    except BaseException:
        vault.close()
        raise
    return vault


def record(
    vault: DirectVault,
    *,
    kind: str,
    entity: str = "",
    entity_id: int | None = None,
    detail: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> None:
    """Append one activity-log event in a transaction of its own (audit.record's twin)."""
    with _translated():
        vault.conn.execute("BEGIN IMMEDIATE")
        try:
            _append_event(vault.conn, kind, entity, entity_id, detail, now)
        except BaseException:
            vault.conn.execute("ROLLBACK")
            raise
        vault.commit()


def _append_event(
    conn: sqlcipher.Connection,
    kind: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None,
    now: datetime | None = None,
) -> None:
    """audit.record inside the caller's transaction."""
    detail = dict(detail or {})
    check_detail(detail)
    at = stamp(now)
    last = conn.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    prev = last[0] if last else GENESIS
    conn.execute(
        "INSERT INTO audit_event (at, kind, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            at.strftime(_STORED_TIME),
            kind,
            entity,
            entity_id,
            json.dumps(detail),
            prev,
            digest(prev, at, kind, entity, entity_id, detail),
        ),
    )


def add_draft(vault: DirectVault, *, draft: NoteDraft, now: datetime | None = None) -> int:
    """notes.save_draft of a new note on the raw connection: the same checks, the same
    rows (note, participants, follow-ups, search index, its key, the ``created`` event)
    in one transaction. Returns the new note's id."""
    from peerdesk.core.services.drafts import validate

    validate(draft)
    conn = vault.conn
    with _translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            note_id, _ = _insert_draft(conn, draft, now)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        vault.commit()
    return note_id


def add_signed(vault: DirectVault, *, draft: NoteDraft, now: datetime | None = None) -> int:
    """notes.save_draft of a new note then notes.sign_note, on the raw connection and in
    one transaction: the same checks (services/signing.py: the programme's profile and
    its refusal), the same rows and the same link in the hash chain, the ``created`` and
    ``signed`` events. A note that cannot be signed yet is kept as a draft, as the full
    path keeps it, and the reason raised. Returns the new note's id."""
    from peerdesk.core.services.drafts import validate

    validate(draft)
    conn = vault.conn
    refusal: ValidationError | None = None
    with _translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            note_id, stored = _insert_draft(conn, draft, now)
            try:
                signed_by = _signable(conn, note_id, stored)
            except ValidationError as exc:
                refusal = exc
            else:
                _sign(conn, note_id, stored, signed_by, now)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        vault.commit()
    if refusal is not None:
        raise refusal
    return note_id


def _signable(conn: sqlcipher.Connection, note_id: int, stored: NoteDraft) -> str:
    """documentation.ensure_signable on the raw connection: the note as stored must be
    complete and meet the profile; returns the signature line it will carry."""
    from peerdesk.core.formats.profiles import NoteFacts, signature_line
    from peerdesk.core.services import signing
    from peerdesk.core.services.drafts import validate
    from peerdesk.core.settings import BY_NAME, coerce

    validate(stored, for_signing=True)
    row = conn.execute("SELECT value FROM setting WHERE name = 'documentation_profile'").fetchone()
    chosen = BY_NAME["documentation_profile"].default if row is None else json.loads(row[0])
    profile = signing.chosen_profile(str(coerce("documentation_profile", chosen)))
    found = conn.execute(
        "SELECT name, credentials, role, organisation FROM mentor_profile LIMIT 1"
    ).fetchone()
    mentor = dict(
        zip(("name", "credentials", "role", "organisation"), found or ("",) * 4, strict=True)
    )
    person = ""
    if len(stored.participant_ids) == 1:
        (person,) = conn.execute(
            "SELECT display_name FROM mentee WHERE id = ?", stored.participant_ids
        ).fetchone()
    linked = conn.execute(
        "SELECT 1 FROM goal_progress WHERE note_id = ? LIMIT 1", (note_id,)
    ).fetchone()
    facts = NoteFacts.of(
        stored, goal_linked=linked is not None, person_name=person or "", mentor=mentor
    )
    signing.check_signable(profile, facts)
    return signature_line(
        profile, name=mentor["name"], credentials=mentor["credentials"], role=mentor["role"]
    )


def _sign(
    conn: sqlcipher.Connection,
    note_id: int,
    stored: NoteDraft,
    signed_by: str,
    now: datetime | None,
) -> None:
    """The rest of notes.sign_note: the note joins the chain after its last link (erased
    notes' tombstones included), read-only, and the ``signed`` event is written."""
    from peerdesk.core.services import signing

    links = [
        (int(r[0]), str(r[1]))
        for r in (
            conn.execute(
                "SELECT signed_seq, content_hash FROM session_note"
                " WHERE signed_seq IS NOT NULL ORDER BY signed_seq DESC LIMIT 1"
            ).fetchone(),
            conn.execute(
                "SELECT signed_seq, content_hash FROM erased_note ORDER BY signed_seq DESC LIMIT 1"
            ).fetchone(),
        )
        if r is not None and r[0] is not None
    ]
    last = max(links, default=None)
    prev = last[1] if last else GENESIS
    seq = last[0] + 1 if last else 1
    signed_at = stamp(now)
    content = signing.note_content(
        note_id=note_id,
        occurred_on=stored.occurred_on,
        start_time=stored.start_time,
        end_time=stored.end_time,
        modality=stored.modality,
        setting=stored.setting,
        kind=stored.kind,
        location=stored.location,
        sections=[getattr(stored, name) for name in NOTE_SECTIONS],
        flags=(stored.discuss_in_supervision, stored.safety_concern),
        participants=stored.participant_ids,
        follow_ups=[(f.task, f.due_on) for f in stored.follow_ups],
        signed_at=signed_at,
        signed_by=signed_by,
    )
    conn.execute(
        "UPDATE session_note SET state = ?, editing = 0, signed_by = ?, signed_at = ?,"
        " signed_seq = ?, prev_hash = ?, content_hash = ? WHERE id = ?",
        (
            NoteState.SIGNED.value,
            signed_by,
            signed_at.strftime(_STORED_TIME),
            seq,
            prev,
            sha256_hex(signing.sealed_body(prev, content)),
            note_id,
        ),
    )
    _append_event(conn, "signed", "note", note_id, None, now)


def _insert_draft(
    conn: sqlcipher.Connection, draft: NoteDraft, now: datetime | None
) -> tuple[int, NoteDraft]:
    """The rows of a new draft inside the caller's transaction: its id, and the draft as
    stored (location and tasks trimmed, empty tasks and repeated people left out)."""
    from dataclasses import replace

    from peerdesk.core.services.drafts import FollowUpItem

    at = stamp(now).strftime(_STORED_TIME)
    wanted = list(dict.fromkeys(draft.participant_ids))
    marks = ",".join("?" * len(wanted))
    people = conn.execute(
        f"SELECT id, display_name, full_name FROM mentee WHERE id IN ({marks}) ORDER BY id",
        wanted,
    ).fetchall()
    if len(people) != len(wanted):
        raise ValidationError(
            QT_TRANSLATE_NOOP("core", "One of the chosen mentees no longer exists.")
        )
    location = draft.location.strip()
    sections = [getattr(draft, name) for name in NOTE_SECTIONS]
    cursor = conn.execute(
        "INSERT INTO session_note (occurred_on, start_time, end_time, modality, setting,"
        f" kind, location, template, {', '.join(NOTE_SECTIONS)}, discuss_in_supervision,"
        " safety_concern, state, editing, created_at, updated_at, signed_by)"
        f" VALUES ({','.join('?' * (15 + len(NOTE_SECTIONS)))})",
        (
            draft.occurred_on.isoformat(),
            _stored_time(draft.start_time),
            _stored_time(draft.end_time),
            draft.modality,
            draft.setting,
            draft.kind,
            location,
            draft.template,
            *sections,
            int(draft.discuss_in_supervision),
            int(draft.safety_concern),
            NoteState.DRAFT.value,
            0,
            at,
            at,
            "",
        ),
    )
    note_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO note_participant (note_id, mentee_id) VALUES (?, ?)",
        [(note_id, m) for m in wanted],
    )
    tasks = [f for f in draft.follow_ups if f.task.strip()]
    conn.executemany(
        "INSERT INTO follow_up (note_id, task, due_on, done_on) VALUES (?, ?, ?, ?)",
        [
            (
                note_id,
                f.task.strip(),
                f.due_on.isoformat() if f.due_on else None,
                f.done_on.isoformat() if f.done_on else None,
            )
            for f in tasks
        ],
    )
    aliases: dict[int, list[str]] = {m: [] for m in wanted}
    for mentee_id, alias in conn.execute(
        f"SELECT mentee_id, alias FROM mentee_alias WHERE mentee_id IN ({marks}) ORDER BY id",
        wanted,
    ):
        aliases[mentee_id].append(alias)
    names = " ".join(
        p for m in people for p in (m[1], m[2], *aliases[m[0]]) if p
    )  # as notes._names_for
    body = "\n".join([*sections, location, *(f.task.strip() for f in tasks)])
    key = search_rules.index_key(draft.occurred_on, note_id)
    conn.execute("INSERT INTO note_fts (rowid, body, names) VALUES (?, ?, ?)", (key, body, names))
    conn.execute("INSERT INTO note_fts_key (note_id, key) VALUES (?, ?)", (note_id, key))
    _append_event(conn, "created", "note", note_id, None, now)
    stored = replace(
        draft,
        participant_ids=wanted,
        location=location,
        follow_ups=[
            FollowUpItem(f.task.strip(), f.due_on, f.done_on)
            for f in draft.follow_ups
            if f.task.strip()
        ],
    )
    return note_id, stored


def _stored_time(value: time | None) -> str | None:
    """A time as SQLAlchemy stores it in SQLite."""
    return value.strftime("%H:%M:%S.%f") if value is not None else None


def list_mentees(
    vault: DirectVault, *, include_archived: bool = False, query: str = ""
) -> list[MenteeSummary]:
    """mentees.list_mentees on the raw connection."""
    sql = (
        "SELECT id, display_name, support_style, kind, status, started_on, archived_at"
        " FROM mentee WHERE 1"
    )
    params: list[Any] = []
    if not include_archived:
        sql += " AND archived_at IS NULL"
    if query.strip():
        like = f"%{query.strip().lower()}%"
        sql += (
            " AND (lower(display_name) LIKE ? OR lower(full_name) LIKE ?"
            " OR id IN (SELECT mentee_id FROM mentee_alias WHERE lower(alias) LIKE ?))"
        )
        params += [like, like, like]
    sql += " ORDER BY lower(display_name), id"
    with _translated():
        rows = vault.conn.execute(sql, params).fetchall()
        aliases: dict[int, list[str]] = {r[0]: [] for r in rows}
        for mentee_id, alias in vault.conn.execute(
            "SELECT mentee_id, alias FROM mentee_alias ORDER BY id"
        ):
            if mentee_id in aliases:
                aliases[mentee_id].append(alias)
    return [
        MenteeSummary(
            id=r[0],
            display_name=r[1],
            aliases=tuple(aliases[r[0]]),
            support_style=SupportStyle(r[2]),
            kind=MenteeKind(r[3]),
            status=MenteeStatus(r[4]),
            started_on=date.fromisoformat(r[5]) if r[5] else None,
            archived=r[6] is not None,
        )
        for r in rows
    ]


def find_mentee(vault: DirectVault, *, name: str) -> int:
    """mentees.find_mentee on the raw connection (same matching, same messages)."""
    wanted = search_rules.name_key(name)
    matches = [
        m.id
        for m in list_mentees(vault, include_archived=True)
        if wanted in {search_rules.name_key(m.display_name), *map(search_rules.name_key, m.aliases)}
    ]
    if not matches:
        raise ValidationError(QT_TRANSLATE_NOOP("core", "No mentee has that name or alias."))
    if len(matches) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "core", "More than one mentee has that name; use a more specific one."
            )
        )
    return matches[0]


def search(
    vault: DirectVault,
    *,
    query: str,
    where: NoteFilter | None = None,
    limit: int = 100,
) -> Iterator[SearchHit]:
    """search.search_notes on the raw connection, yielding hits newest first."""
    match = search_rules.fts_query(query)
    if match is None:
        return
    conn = vault.conn
    sql, params = search_rules.page_query(match, where=where or NoteFilter(), limit=limit)
    with _translated():
        ids = [r[0] for r in conn.execute(sql, params)]
        if not ids:
            return
        marks = ",".join("?" * len(ids))
        columns = ", ".join(NOTE_SECTIONS)
        notes = {
            r[0]: r
            for r in conn.execute(
                f"SELECT id, occurred_on, kind, state, location, {columns}"
                f" FROM session_note WHERE id IN ({marks})",
                ids,
            )
        }
        extra: dict[int, list[str]] = {i: [] for i in ids}
        for note_id, task in conn.execute(
            f"SELECT note_id, task FROM follow_up WHERE note_id IN ({marks}) ORDER BY id", ids
        ):
            extra[note_id].append(task)
        addenda: dict[int, list[str]] = {i: [] for i in ids}
        for note_id, text in conn.execute(
            f"SELECT note_id, text FROM addendum WHERE note_id IN ({marks}) ORDER BY id", ids
        ):
            addenda[note_id].append(text)
        people: dict[int, list[str]] = {i: [] for i in ids}
        for note_id, display_name in conn.execute(
            "SELECT p.note_id, m.display_name FROM note_participant p"
            f" JOIN mentee m ON m.id = p.mentee_id WHERE p.note_id IN ({marks})"
            " ORDER BY m.display_name",
            ids,
        ):
            people[note_id].append(display_name)
    words = search_rules.query_words(query)
    for note_id in ids:
        row = notes[note_id]
        sections: Sequence[str] = row[5:]
        body = "\n".join([*sections, row[4], *extra[note_id], *addenda[note_id]])
        first = next((text for text in sections if text.strip()), "")
        yield SearchHit(
            note_id,
            date.fromisoformat(row[1]),
            row[2],
            NoteState(row[3]),
            tuple(people[note_id]),
            search_rules.snippet(body, words) or " ".join(first.split())[:160],
        )
