"""Where a new note starts: the template follows the mentee, never crisis unless chosen,
and the times are the last quarter hour ending now at the mentee's usual length."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from peerdesk.core.services import meetings, mentees, notes
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import MenteeKind, SupportStyle

NOW = datetime(2026, 12, 1, 14, 7)


def add(vault: Vault, name: str, **kw) -> int:
    return mentees.add_mentee(vault, record=MenteeRecord(display_name=name, **kw))


def note(vault: Vault, who: int, template: str, kind: str, start=time(10), end=time(11), day=1):
    return notes.save_draft(
        vault,
        draft=NoteDraft(
            participant_ids=[who],
            occurred_on=date(2026, 11, day),
            start_time=start,
            end_time=end,
            template=template,
            kind=kind,
        ),
    )


def test_a_fresh_vault_never_starts_on_crisis(vault: Vault) -> None:
    d = notes.defaults_for(vault, mentee_id=None, now=NOW)
    assert d.template != notes.CRISIS_TEMPLATE and d.kind != "crisis support"
    assert (d.template, d.kind, d.modality, d.setting) == (
        "practical-support",
        "practical support",
        "in person",
        "one-to-one",
    )
    assert (d.occurred_on, d.start_time, d.end_time, d.minutes) == (
        date(2026, 12, 1),
        time(13, 0),
        time(14, 0),
        60,
    )


@pytest.mark.parametrize(
    ("style", "kind", "template", "note_kind"),
    [
        (SupportStyle.EMOTIONAL, MenteeKind.INDIVIDUAL, "emotional-checkin", "emotional support"),
        (SupportStyle.PRACTICAL, MenteeKind.INDIVIDUAL, "practical-support", "practical support"),
        (SupportStyle.BOTH, MenteeKind.FAMILY, "family-peer-support", "family"),
    ],
)
def test_the_template_follows_the_mentees_support_style(
    vault: Vault, style, kind, template, note_kind
) -> None:
    who = add(vault, "Aisha", support_style=style, kind=kind)
    d = notes.defaults_for(vault, mentee_id=who, now=NOW)
    assert (d.template, d.kind, d.why_template) == (template, note_kind, "support style")


def test_else_the_template_last_used_with_them_then_the_mentors_most_used(vault: Vault) -> None:
    kai = add(vault, "Kai")  # support style "both": no single template
    tom = add(vault, "Tom")
    for day in (1, 2, 3):
        note(vault, tom, "phone-text-checkin", "check-in", day=day)
    note(vault, kai, "emotional-checkin", "emotional support", day=4)
    note(vault, kai, "crisis-support", "crisis support", day=5)  # chosen once: not a default
    assert notes.defaults_for(vault, mentee_id=kai, now=NOW).template == "emotional-checkin"
    new = add(vault, "Ellen")
    d = notes.defaults_for(vault, mentee_id=new, now=NOW)
    assert (d.template, d.why_template, d.modality) == ("phone-text-checkin", "most used", "phone")


def test_times_take_the_mentees_usual_length_and_may_start_yesterday(vault: Vault) -> None:
    maria = add(vault, "Maria")
    for day, end in ((1, time(10, 45)), (2, time(10, 45)), (3, time(11, 30))):
        note(vault, maria, "practical-support", "practical support", end=end, day=day)
    d = notes.defaults_for(vault, mentee_id=maria, now=NOW)
    assert (d.start_time, d.end_time, d.minutes) == (time(13, 15), time(14, 0), 45)
    # Just after midnight: the session started on the day before and ends at 00:00.
    d = notes.defaults_for(vault, mentee_id=maria, now=datetime(2026, 12, 2, 0, 10))
    assert (d.occurred_on, d.start_time, d.end_time) == (date(2026, 12, 1), time(23, 15), time(0))


def test_a_planned_meeting_prefills_its_own_values(vault: Vault) -> None:
    priya = add(vault, "Priya", support_style=SupportStyle.EMOTIONAL)
    meeting_id = meetings.save_meeting(
        vault,
        record=MeetingRecord(
            mentee_id=priya,
            starts_at=datetime(2026, 12, 1, 23, 30),
            duration_minutes=45,
            modality="video",
            place="",
            purpose="Late check-in",
        ),
    )
    key = meetings.occurrences(vault, start=datetime(2026, 12, 1), end=datetime(2026, 12, 3))[0].id
    got = notes.get_note(vault, note_id=meetings.start_note(vault, key=key))
    assert meeting_id
    assert (got.template, got.kind, got.modality) == (
        "emotional-checkin",
        "emotional support",
        "video",
    )
    assert (got.start_time, got.end_time, got.minutes) == (time(23, 30), time(0, 15), 45)
