"""A canary typed into every text field never reaches a file, a repr or an exception message."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from peerdesk.core.models import (
    ImportantPerson,
    Mentee,
    MenteeAlias,
    MenteeContact,
    MenteeStatus,
    MentorProfile,
    Setting,
    SharingConsent,
)
from peerdesk.core.services import mentees, profile
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person

CANARY = "Zq9CanaryXylophone"
PASSPHRASE = "orange kettle meadow 42"


def needles(canary: str = CANARY) -> list[bytes]:
    variants = {canary, canary.lower(), canary.upper()}
    return [v.encode(enc) for v in variants for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing_canary(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles()):
                found.append(str(path.relative_to(root)))
    return found


def full_record(canary: str) -> MenteeRecord:
    return MenteeRecord(
        display_name=canary,
        full_name=f"{canary} Fullname",
        pronouns=f"{canary} pronouns",
        address=f"{canary} Street 1",
        preferred_channels=["phone", "email"],
        status=MenteeStatus.PAUSED,
        status_reason=f"{canary} is travelling",
        what_matters=f"What matters to {canary}",
        strengths=f"Strengths of {canary}",
        aliases=[f"{canary}Alias", "Nick"],
        contacts=[
            Contact("phone", f"+1 555 0100 {canary}", f"{canary} mobile"),
            Contact("email", f"{canary}@example.org", f"{canary} label"),
        ],
        important_people=[Person(f"{canary} Sister", f"{canary} relation", f"{canary} contact")],
        consents=[Consent(f"{canary} Housing Office", f"{canary} scope")],
    )


# Runs in a child process whose HOME, XDG dirs and TMPDIR all live under tmp_path.
# The canary arrives as an argument, so this source text is never written to tmp_path.
SCRIPT = r"""
import logging, os, sys
from pathlib import Path

root, C, PASS = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

from peerdesk.core.logs import setup_logging
log_file = setup_logging(root / "logs", debug=True)
log = logging.getLogger("peerdesk.canarytest")

from sqlalchemy import select
from peerdesk.core.models import MenteeAlias, MenteeStatus
from peerdesk.core.services import mentees, profile, settings
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person
from peerdesk.core.services import session
from peerdesk.core.vault import Vault
from peerdesk.core.vault.backup import restore_backup

def record(c):
    return MenteeRecord(
        display_name=c, full_name=c + " Fullname", pronouns=c + " pronouns",
        address=c + " Street 1", preferred_channels=["phone", "email"],
        status=MenteeStatus.PAUSED, status_reason=c + " is travelling",
        what_matters="What matters to " + c, strengths="Strengths of " + c,
        aliases=[c + "Alias", "Nick"],
        contacts=[Contact("phone", "+1 555 0100 " + c, c + " mobile"),
                  Contact("email", c + "@example.org", c + " label")],
        important_people=[Person(c + " Sister", c + " relation", c + " contact")],
        consents=[Consent(c + " Housing Office", c + " scope")],
    )

vault = Vault(root / "vault")
session.create_vault(vault, passphrase=PASS)
session.confirm_recovery_key(vault)
profile.save_profile(vault, profile.Profile(
    name=C, role=C + " role", credentials=C + " cred", organisation=C + " org",
    supervisor=C + " sup", supervisor_contact=C + "@example.org", region="US"))
settings.set_setting(vault, "region", C)
mid = mentees.add_mentee(vault, record=record(C))
log.info("added mentee %d named %s", mid, C)
log.debug("debug detail %r %s", record(C), {"who": C})
log.debug("mapping args %(who)s", {"who": C})
mentees.update_mentee(vault, mentee_id=mid, record=record(C.lower()))
mentees.update_mentee(vault, mentee_id=mid, record=record(C))
assert mentees.find_mentee(vault, name=C + "Alias") == mid
assert [m.id for m in mentees.list_mentees(vault, include_archived=True, query=C)] == [mid]
mentees.set_archived(vault, mentee_id=mid, archived=True)
mentees.set_archived(vault, mentee_id=mid, archived=False)
for failing in (
    lambda: mentees.find_mentee(vault, name=C + " nobody"),
    lambda: mentees.add_mentee(vault, record=MenteeRecord(display_name=C, birth_date=__import__("datetime").date(2999, 1, 1))),
):
    try:
        failing()
    except Exception:
        log.exception("operation failed for %s", C)
try:
    with vault.session() as s:
        s.add(MenteeAlias(mentee_id=987654, alias=C))
except Exception:
    log.exception("constraint violation")
try:
    raise RuntimeError("boom " + C)
except RuntimeError:
    log.exception("failing operation")
    log.error("failing operation", exc_info=True, stack_info=True)

# Session notes: every section, follow-ups, location, a signed note, an addendum,
# a draft still open in an editor, and the full-text index that holds all of it.
import datetime as _dt
from peerdesk.core.services import notes as _notes, search as _search
def note_draft(c):
    return _notes.NoteDraft(
        participant_ids=[mid], occurred_on=_dt.date.today(), location=c + " cafe",
        wanted=c + " wanted", did=c + " did", how_it_went=c + " went", next_steps=c + " next",
        follow_ups=[_notes.FollowUpItem(c + " follow-up", _dt.date.today())],
    )
nid = _notes.save_draft(vault, draft=note_draft(C))
_notes.sign_note(vault, note_id=nid)
_notes.add_addendum(vault, note_id=nid, text_=C + " addendum")
_notes.save_draft(vault, draft=note_draft(C.lower()), editing=True)
assert [h.id for h in _search.search_notes(vault, query=C + " addendum")] == [nid]
assert len(_search.search_notes(vault, query=C)) == 2
log.info("note %d signed for %s", nid, C)

# Goals: statement, why, strengths, steps, progress (by hand and from the note), a
# recovery check-in with its note, the plan document, and a refused bad entry.
from peerdesk.core.services import goals as _goals
from peerdesk.core.services import documents as _plan
gid = _goals.save_goal(vault, goal=_goals.GoalRecord(
    mentee_id=mid, statement=C + " goal", why=C + " why", strengths=C + " strengths"))
sid = _goals.add_step(vault, goal_id=gid, text_=C + " step")
_goals.edit_step(vault, step_id=sid, text_=C + " step edited", due_on=_dt.date.today())
_goals.add_progress(vault, goal_id=gid, score=4, sentence=C + " progress")
_goals.save_note_progress(vault, note_id=nid, touched=[_goals.Touched(gid, 6, C + " touched")])
_goals.save_checkin(vault, mentee_id=mid, on=_dt.date.today(),
                    scores=dict.fromkeys(range(1, 11), 4), note=C + " check-in")
for bad in (lambda: _goals.add_progress(vault, goal_id=gid, score=11, sentence=C),
            lambda: _goals.add_step(vault, goal_id=gid, text_=" ")):
    try:
        bad()
    except Exception:
        log.exception("goal input refused for %s", C)
assert C in _plan.plan_document(vault, mentee_id=mid).to_text()
assert [a.goal_id for a in _goals.goals_needing_attention(vault)] == [gid]
log.info("goal %d for %s", gid, C)
# Boundary agreements (two versions and their difference), boundary events, the crisis
# card and its printed document, a refused bad agreement, and the out-of-hours check.
from peerdesk.core.services import agreements as _agr
from peerdesk.core.services import documents as _agr_doc
from peerdesk.core.services import boundary_events as _bev, crisis_cards as _cards
ag = _agr.from_template("emotional-support", mentee_id=mid)
ag.response_time, ag.meeting_places, ag.crisis_plan = C + " reply", [C + " cafe"], C + " crisis"
aid = _agr.save_agreement(vault, record=ag)
_agr.activate(vault, agreement_id=aid)
ag2 = _agr.new_version(vault, mentee_id=mid)
ag2.mentor_will_not = [C + " will not"]
aid2 = _agr.save_agreement(vault, record=ag2)
_agr.activate(vault, agreement_id=aid2)
assert any(C in r.right for r in _agr.difference(_agr.get_agreement(vault, agreement_id=aid),
                                                 _agr.get_agreement(vault, agreement_id=aid2)))
bad_ag = _agr.from_template("group", mentee_id=mid)
bad_ag.channels, bad_ag.ending = [], C + " ending"
try:
    _agr.save_agreement(vault, record=bad_ag)
except Exception:
    log.exception("agreement refused for %s", C)
_bev.save_event(vault, event=_bev.EventRecord(mid, _dt.datetime.now().replace(microsecond=0),
                "out of hours", C + " happened", C + " did"))
_cards.save_crisis_card(vault, card=_cards.CrisisCardRecord(
    mid, warning_signs=C + " signs", what_helps=C + " helps",
    people=[{"name": C + " friend", "relation": "friend", "phone": "555 0100"}],
    other_services=[C + " line"]))
assert C in _agr_doc.crisis_card_document(vault, mentee_id=mid).to_text()
assert C in _agr_doc.agreement_document(vault, agreement_id=aid2, for_mentee=True).to_text()
_bev.outside_agreement(vault, mid, _dt.datetime(2026, 11, 26, 23, 40), "text", C + " home")
log.info("agreement %d and crisis card for %s", aid2, C)
# Planned meetings (repeating, overlapping), reminders, Today, notifications, and a
# calendar export with initials only, written beside the backups (scanned below).
from peerdesk.core.services import meetings as _mt, reminders as _rem, today as _today
from peerdesk.core.services import calendar_export as _ics
_start = _dt.datetime.now().replace(second=0, microsecond=0) + _dt.timedelta(minutes=10)
meet = _mt.MeetingRecord(mentee_id=mid, starts_at=_start, place=C + " place",
                         purpose=C + " purpose", recurrence="weekly", count=3)
mtid = _mt.save_meeting(vault, record=meet)
assert _mt.overlaps(vault, record=meet)  # with itself as another meeting
try:
    _mt.save_meeting(vault, record=_mt.MeetingRecord(mentee_id=mid, starts_at=_start,
                     purpose=C, recurrence="weekly"))
except Exception:
    log.exception("meeting refused for %s", C)
_rem.add_reminder(vault, due_at=_dt.datetime.now(), text_=C + " reminder")
_items = _today.today_items(vault, _dt.datetime.now())
assert any(C in " ".join(i.who) for i in _items)
for _n in _rem.pending_notices(vault, now=_dt.datetime.now()):
    assert C not in _n.text and C not in repr(_n)
_today.snooze(vault, _items[-1], until=_rem.next_week(_dt.datetime.now()), now=_dt.datetime.now())
(root / "ics").mkdir()
_ics.export_ics(vault, out=root / "ics" / "meetings.ics")
assert C not in (root / "ics" / "meetings.ics").read_text()
log.info("meeting %d for %s", mtid, C)
got = mentees.get_mentee(vault, mentee_id=mid)
assert got.display_name == C and got.status_reason.startswith(C) and got.consents[0].scope.startswith(C)
assert profile.get_profile(vault).name == C

(root / "out").mkdir()
session.backup(vault, out=root / "out" / "manual.pdbackup")
session.backup(vault, out=vault.backups_dir / "in-vault.pdbackup")
vault.close()

again = Vault(root / "restored")
session.restore(again, backup_file=root / "out" / "manual.pdbackup", secret=PASS)
assert mentees.get_mentee(again, mentee_id=mid).display_name == C
again.close()
# Replace the live vault from its backup: the old files move to backups/replaced-*.
restore_backup(root / "out" / "manual.pdbackup", root / "vault", PASS)

# End like a crash: open, write, and exit without closing so WAL files stay behind.
live = session.open_vault(root / "vault", passphrase=PASS)
mentees.add_mentee(live, record=record(C))
print("CANARY-SCRIPT-OK", flush=True)
os._exit(0)
"""


def child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PEERDESK_", "XDG_"))}
    for name in ("home", "tmp", "data", "config", "cache", "state", "runtime"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(tmp_path / "home"),
        TMPDIR=str(tmp_path / "tmp"),
        TMP=str(tmp_path / "tmp"),
        TEMP=str(tmp_path / "tmp"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        PEERDESK_KDF_TARGET_MS="0",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_canary_never_written_to_any_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), CANARY, PASSPHRASE],
        env=child_env(tmp_path),
        cwd=tmp_path / "home",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "CANARY-SCRIPT-OK" in proc.stdout
    for stream in (proc.stdout, proc.stderr):
        assert CANARY.lower() not in stream.lower()

    # The scan must have had something to look at.
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert {"vault/vault.db", "vault/vault.keys", "out/manual.pdbackup"} <= names
    assert "vault/backups/in-vault.pdbackup" in names or any(
        n.startswith("vault/backups/replaced-") for n in names
    )
    assert any(n.startswith("vault/backups/replaced-") for n in names)
    assert "restored/vault.db" in names
    log_text = (tmp_path / "logs" / "peerdesk.log").read_text()
    assert "Traceback (message withheld)" in log_text  # exceptions were logged ...
    assert "RuntimeError" in log_text and "IntegrityError" in log_text
    assert "<text>" in log_text  # ... and text arguments were replaced

    assert files_containing_canary(tmp_path) == []


def test_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    """The scan above would notice a leak in any of the encodings it looks for."""
    for i, blob in enumerate(
        [
            CANARY.encode(),
            CANARY.lower().encode("utf-16-le"),
            b"\x00" + CANARY.encode("utf-16-le"),
        ]
    ):
        (tmp_path / "deep" / str(i)).mkdir(parents=True)
        (tmp_path / "deep" / str(i) / "f.bin").write_bytes(b"xx" + blob + b"yy")
    assert files_containing_canary(tmp_path) == ["deep/0/f.bin", "deep/1/f.bin", "deep/2/f.bin"]


def test_repr_of_service_records_hides_text(vault) -> None:
    record = full_record(CANARY)
    mentee_id = mentees.add_mentee(vault, record=record)
    profile.save_profile(vault, profile.Profile(name=CANARY, supervisor=CANARY, region="US"))
    loaded = mentees.get_mentee(vault, mentee_id=mentee_id)
    summaries = mentees.list_mentees(vault, include_archived=True)
    objects = [
        record,
        loaded,
        *loaded.contacts,
        *loaded.important_people,
        *loaded.consents,
        *summaries,
        profile.get_profile(vault),
    ]
    assert loaded.display_name == CANARY and summaries[0].aliases[0].startswith(CANARY)
    for obj in objects:
        assert CANARY.lower() not in repr(obj).lower(), type(obj).__name__
        assert CANARY.lower() not in str(obj).lower(), type(obj).__name__
    assert CANARY.lower() not in repr(objects).lower()


def test_repr_of_orm_objects_hides_text(vault) -> None:
    mentee_id = mentees.add_mentee(vault, record=full_record(CANARY))
    profile.save_profile(vault, profile.Profile(name=CANARY, organisation=CANARY))
    with vault.session() as s:
        row = s.get(Mentee, mentee_id)
        assert row is not None and row.display_name == CANARY
        objects = [
            row,
            *row.aliases,
            *row.contacts,
            *row.important_people,
            *row.consents,
            *s.query(MentorProfile).all(),
            Setting(name="region", value=CANARY),
        ]
        types = {type(o) for o in objects}
        assert {MenteeAlias, MenteeContact, ImportantPerson, SharingConsent, MentorProfile} <= types
        for obj in objects:
            assert CANARY.lower() not in repr(obj).lower(), type(obj).__name__


def _error_text(exc: BaseException) -> str:
    return f"{exc}\n{exc!r}".lower()


@pytest.mark.parametrize("case", ["foreign_key", "not_null", "duplicate_key"])
def test_constraint_violation_messages_hide_parameters(vault, case: str) -> None:
    def fail() -> None:
        with vault.session() as s:
            if case == "foreign_key":
                s.add(MenteeAlias(mentee_id=424242, alias=CANARY))
            elif case == "not_null":
                s.execute(insert(MenteeAlias).values(mentee_id=None, alias=CANARY))
            else:
                s.add(Setting(name=CANARY, value=CANARY))
                s.flush()
                s.execute(insert(Setting).values(name=CANARY, value=CANARY))

    with pytest.raises(Exception) as info:
        fail()
    assert "constraint" in str(info.value).lower()
    assert CANARY.lower() not in _error_text(info.value)


def test_rejected_enum_value_message_hides_it(vault) -> None:
    now = datetime(2025, 1, 1)
    with pytest.raises(Exception) as info, vault.session() as s:
        s.add(
            Mentee(
                display_name="Maria",
                support_style=CANARY,
                kind="individual",
                status="active",
                created_at=now,
                updated_at=now,
            )
        )
    assert CANARY.lower() not in _error_text(info.value)


@pytest.mark.parametrize("field", ["support_style", "kind", "status"])
def test_bad_choice_in_record_is_a_plain_validation_error(vault, field: str) -> None:
    from peerdesk.core.errors import ValidationError

    record = MenteeRecord(display_name="Maria")
    setattr(record, field, CANARY)
    with pytest.raises(ValidationError) as info:
        mentees.add_mentee(vault, record=record)
    assert CANARY.lower() not in _error_text(info.value)
