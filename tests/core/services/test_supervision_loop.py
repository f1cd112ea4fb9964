"""Supervision as a loop on real vaults: mentor -> sealed export -> supervisor inbox ->
comments -> reply -> mentor, and every way a packet can be wrong."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from peerdesk.core.errors import ValidationError
from peerdesk.core.formats import programme
from peerdesk.core.formats.sealed import PacketError, UntrustedSender
from peerdesk.core.services import mentees, notes, reminders, session, supervision_loop
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault

CANARY = "Zephyrine Okonkwo-Ballard"
PASS = "orange kettle meadow 42"


def _note(vault: Vault, who: int, *, flagged: bool) -> int:
    note_id = notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[who],
            occurred_on=date(2026, 11, 3),
            start_time=time(10, 0),
            end_time=time(11, 0),
            modality="phone",
            kind="emotional support",
            did=f"{CANARY} talked about the week.",
            discuss_in_supervision=flagged,
        ),
    )
    notes.sign_note(vault, note_id=note_id)
    return note_id


def _export(vault: Vault, to: int, flagged: list[tuple[int, str]]) -> bytes:
    return supervision_loop.seal_export(
        vault,
        markdown="# Supervision summary\n\nNote 1: Mentee A · phone\n",
        export_json=json.dumps({"format": "peerdesk-supervision", "version": 1}),
        period="2026-11/2026-11",
        date_from=date(2026, 11, 1),
        date_to=date(2026, 11, 30),
        flagged=flagged,
        to_key_id=to,
    ).data


def test_round_trip_puts_each_comment_beside_its_note(
    vault: Vault, supervisor: Vault, trust
) -> None:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name=CANARY))
    flagged_id = _note(vault, who, flagged=True)
    _note(vault, who, flagged=False)
    to = trust(vault, supervisor, "My supervisor")
    trust(supervisor, vault, "Alex (mentor)")
    packet = _export(vault, to, [(flagged_id, "Note 1: Mentee A · phone")])
    assert CANARY.encode() not in packet and b"Zephyrine" not in packet

    item = supervision_loop.file_packet(supervisor, raw=packet)
    assert (item.mentor, item.period) == ("Alex (mentor)", "2026-11/2026-11")
    view = supervision_loop.get_packet(supervisor, packet_id=item.packet_id)
    assert [i["title"] for i in view.items] == ["Note 1: Mentee A · phone"]
    supervision_loop.add_comment(
        supervisor, packet_id=item.packet_id, item_id=view.items[0]["id"],
        text="Good use of reflective listening here.",
    )  # fmt: skip
    supervision_loop.add_comment(
        supervisor, packet_id=item.packet_id, item_id="",
        text="Look at the agreement's hours together next time.", is_action=True,
    )  # fmt: skip
    supervision_loop.record_session(
        supervisor, packet_id=item.packet_id, held_on=date(2026, 12, 1), topics="Hours, hope"
    )
    reply = supervision_loop.write_reply(supervisor, packet_id=item.packet_id)

    before = len(reminders.list_reminders(vault))
    opened = supervision_loop.open_reply(vault, raw=reply, today=date(2026, 12, 1))
    assert (opened.comments, opened.placed, opened.unplaced, opened.actions) == (2, 1, 0, 1)
    beside = supervision_loop.comments_for_note(vault, note_id=flagged_id)
    assert [c.text for c in beside] == ["Good use of reflective listening here."]
    assert len(reminders.list_reminders(vault)) == before + 1
    assert supervision_loop.unseen_replies(vault) == 2
    from datetime import datetime

    from peerdesk.core.services import today

    items = [
        i
        for i in today.today_items(vault, datetime(2026, 12, 1, 9))
        if i.kind == "supervision_reply"
    ]
    assert [i.title for i in items] == ["Your supervisor replied (2 comments)"]
    supervision_loop.mark_replies_seen(vault)
    assert not [
        i
        for i in today.today_items(vault, datetime(2026, 12, 1, 9))
        if i.kind == "supervision_reply"
    ]
    history = supervision_loop.history(vault)
    assert len(history) == 1 and len(history[0].comments) == 2

    # The same reply twice, or the same export twice, changes nothing.
    with pytest.raises(ValidationError, match="opened before"):
        supervision_loop.open_reply(vault, raw=reply)
    with pytest.raises(ValidationError, match="opened before"):
        supervision_loop.file_packet(supervisor, raw=packet)
    assert len(supervision_loop.comments_for_note(vault, note_id=flagged_id)) == 1


def test_supervisor_vault_never_holds_a_mentee_identifier(
    vault: Vault, supervisor: Vault, tmp_path: Path, trust
) -> None:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name=CANARY))
    note_id = _note(vault, who, flagged=True)
    to = trust(vault, supervisor, "My supervisor")
    trust(supervisor, vault, "Alex")
    supervision_loop.file_packet(supervisor, raw=_export(vault, to, [(note_id, "Note 1")]))
    supervisor.lock()
    for path in (tmp_path / "supervisor").rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes()
    session.unlock(supervisor, passphrase=PASS)
    with supervisor.session() as s:
        from sqlalchemy import text

        for (content,) in s.execute(text("SELECT content FROM received_packet")):
            assert CANARY not in content
            item = json.loads(content)["items"][0]
            assert set(item) == {"id", "kind", "index", "title"}  # no vault id travels
            assert len(item["id"]) == 16 and item["id"] != str(note_id)


def test_wrong_senders_kinds_and_vaults_are_refused(
    vault: Vault, supervisor: Vault, tmp_path, trust
) -> None:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    note_id = _note(vault, who, flagged=True)
    to = trust(vault, supervisor, "My supervisor")
    packet = _export(vault, to, [(note_id, "Note 1")])
    with pytest.raises(UntrustedSender):  # the supervisor has not trusted this mentor yet
        supervision_loop.file_packet(supervisor, raw=packet)
    trust(supervisor, vault, "Alex")
    with pytest.raises(ValidationError, match="mentor's vault"):
        supervision_loop.open_reply(supervisor, raw=packet)
    tampered = bytearray(packet)
    tampered[len(tampered) // 2] ^= 4
    with pytest.raises(PacketError):
        supervision_loop.file_packet(supervisor, raw=bytes(tampered))
    item = supervision_loop.file_packet(supervisor, raw=packet)
    with pytest.raises(ValidationError, match="at least one comment"):
        supervision_loop.write_reply(supervisor, packet_id=item.packet_id)
    supervision_loop.add_comment(supervisor, packet_id=item.packet_id, item_id="", text="Thanks.")
    reply = supervision_loop.write_reply(supervisor, packet_id=item.packet_id)

    # A reply for another mentor's vault is refused there, and changes nothing.
    other = Vault(tmp_path / "other")
    session.create_vault(other, passphrase=PASS)
    session.confirm_recovery_key(other)
    try:
        trust(other, supervisor, "My supervisor")
        with pytest.raises(PacketError, match="someone else's key"):
            supervision_loop.open_reply(other, raw=reply)
        assert supervision_loop.history(other) == []
    finally:
        other.close()
    with pytest.raises(ValidationError, match="supervisor's vault"):
        supervision_loop.file_packet(vault, raw=packet)


def test_a_reply_about_a_note_no_longer_there_is_kept_unplaced(
    vault: Vault, supervisor: Vault, trust
) -> None:
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    to = trust(vault, supervisor, "My supervisor")
    trust(supervisor, vault, "Alex")
    packet = _export(vault, to, [(987654, "Note 1")])  # an id that is not (or no longer) there
    item = supervision_loop.file_packet(supervisor, raw=packet)
    view = supervision_loop.get_packet(supervisor, packet_id=item.packet_id)
    supervision_loop.add_comment(
        supervisor, packet_id=item.packet_id, item_id=view.items[0]["id"], text="About this one."
    )
    opened = supervision_loop.open_reply(
        vault, raw=supervision_loop.write_reply(supervisor, packet_id=item.packet_id)
    )
    assert (opened.placed, opened.unplaced) == (0, 1)
    assert who  # the mentee is untouched


def test_programme_view_combines_and_suppresses_again(
    vault: Vault, supervisor: Vault, tmp_path, trust
) -> None:
    trust(supervisor, vault, "Alex")
    to = trust(vault, supervisor, "My supervisor")
    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    for _ in range(12):
        _note(vault, who, flagged=False)
    supervision_loop.file_packet(supervisor, raw=_export(vault, to, []))
    view = supervision_loop.programme(
        supervisor, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30)
    )
    assert (view.mentors, view.packets) == (1, 1)
    sessions = view.tables[0]
    assert sessions.total == "12" and sessions.rows == ["phone"]
    csv_text = programme.programme_csv(view)
    assert "emotional support" in csv_text and "Maria" not in csv_text
    text = programme.programme_document(view, period="November 2026").to_text()
    assert "Sessions by how we met and kind" in text and "12" in text
    empty = supervision_loop.programme(
        supervisor, date_from=date(2025, 1, 1), date_to=date(2025, 2, 1)
    )
    assert empty.packets == 0 and empty.tables == []


def test_a_comment_on_a_boundary_pattern_marks_those_events_discussed(
    vault: Vault, supervisor: Vault, trust
) -> None:
    from datetime import datetime

    from peerdesk.core.services import boundary_events
    from peerdesk.core.services.boundary_events import EventRecord
    from peerdesk.core.vocab import BoundaryEventKind

    who = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    for day in (4, 9):
        boundary_events.save_event(
            vault,
            event=EventRecord(
                who, datetime(2026, 11, day, 22, 40), BoundaryEventKind.OUT_OF_HOURS,
                "A late text.", "Replied next morning.", False,
            ),
            now=datetime(2026, 11, 30, 12, 0),
        )  # fmt: skip
    to = trust(vault, supervisor, "My supervisor")
    trust(supervisor, vault, "Alex")
    item = supervision_loop.file_packet(supervisor, raw=_export(vault, to, []))
    view = supervision_loop.get_packet(supervisor, packet_id=item.packet_id)
    pattern = next(i for i in view.items if i["kind"] == "boundary_pattern")
    assert pattern["title"] == "Boundary events: Contact outside agreed hours"
    supervision_loop.add_comment(
        supervisor, packet_id=item.packet_id, item_id=pattern["id"], text="Let's talk hours."
    )
    supervision_loop.record_session(
        supervisor, packet_id=item.packet_id, held_on=date(2026, 12, 2), topics="Hours"
    )
    supervision_loop.open_reply(
        vault, raw=supervision_loop.write_reply(supervisor, packet_id=item.packet_id)
    )
    events = boundary_events.list_events(vault, mentee_id=who)
    assert [e.discussed_in_supervision for e in events] == [True, True]
    with vault.session() as s:
        from sqlalchemy import text

        assert {d for (d,) in s.execute(text("SELECT discussed_on FROM boundary_event"))} == {
            "2026-12-02"
        }
