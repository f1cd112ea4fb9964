"""The Self-care page: a private check-in, caseload charts, supervision topics, and clearing on lock."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from peerdesk.core.services import mentees, notes, selfcare
from peerdesk.core.services.mentees import MenteeRecord
from peerdesk.core.services.notes import NoteDraft
from peerdesk.ui.selfcare.page import CheckInDialog, SelfCarePage
from peerdesk.ui.signals import AppSignals

CANARY = "Zq9CanaryXylophone"


def make_page(qtbot, vault) -> SelfCarePage:
    signals = AppSignals()
    page = SelfCarePage(vault, signals)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    signals.vault_unlocked.emit()
    return page


def test_checkin_saves_and_shows_in_history(qtbot, vault) -> None:
    page = make_page(qtbot, vault)
    page.form.energy.group.button(4).click()
    page.form.mood.group.button(3).click()
    page.form.strain.group.button(2).click()
    page.form.helped.setText("A walk by the river")
    page.save_button.click()
    assert page.error.text() == ""
    (entry,) = selfcare.list_entries(vault)
    assert (entry.energy, entry.mood, entry.strain, entry.helped) == (
        4,
        3,
        2,
        "A walk by the river",
    )
    assert "A walk by the river" in page.history.item(0).text()
    assert "Thank you" in page.saved.text()


def test_missing_scale_gets_a_message_and_keeps_the_text(qtbot, vault) -> None:
    page = make_page(qtbot, vault)
    page.form.helped.setText("Music")
    page.save_button.click()
    assert "1 to 5" in page.error.text()
    assert page.form.helped.text() == "Music" and selfcare.list_entries(vault) == []


def test_topics_from_flagged_notes_and_mine(qtbot, vault) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    notes.save_draft(
        vault,
        draft=NoteDraft(
            [maria], date.today(), start_time=time(10), did="Talked.", discuss_in_supervision=True
        ),
    )
    page = make_page(qtbot, vault)
    assert page.topics.count() == 1 and "Maria" in page.topics.item(0).text()
    page.new_topic.setText("Sharing my own story")
    page.add_topic_button.click()
    assert page.topics.count() == 2
    page.topics.setCurrentRow(1)
    page.agreed.setText("Briefly, with a purpose")
    page.discussed_button.click()
    texts = [page.topics.item(i).text() for i in range(page.topics.count())]
    assert any(t.startswith("✓ Sharing my own story") and "Briefly" in t for t in texts)


def test_caseload_charts_and_support_lines(qtbot, vault) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    notes.save_draft(
        vault,
        draft=NoteDraft([maria], date.today(), start_time=time(10), end_time=time(11), did="x"),
    )
    page = make_page(qtbot, vault)
    sessions = page.charts[0]
    assert sessions.weeks[-1].sessions == 1
    assert sessions.grab().width() > 0  # paints without error
    assert "988" in page.support_body.text() or "116 123" in page.support_body.text()


def test_clear_on_lock_leaves_no_text(qtbot, vault) -> None:
    page = make_page(qtbot, vault)
    selfcare.add_topic(vault, text=CANARY + " topic")
    selfcare.save_entry(vault, entry=selfcare.SelfCareRecord(date.today(), 3, 3, 3, helped=CANARY))
    page.reload()
    page.form.need.setText(CANARY)
    page.signals.vault_locked.emit()
    for widget in page.findChildren(QLineEdit):
        assert CANARY not in widget.text()
    for widget in page.findChildren(QLabel):
        assert CANARY not in widget.text()
    for widget in page.findChildren(QListWidget):
        assert widget.count() == 0


def test_gentle_checkin_only_after_a_hard_session(qtbot, vault) -> None:
    maria = mentees.add_mentee(vault, record=MenteeRecord(display_name="Maria"))
    calm = notes.save_draft(
        vault, draft=NoteDraft([maria], date.today(), start_time=time(10), did="x")
    )
    crisis = notes.save_draft(
        vault,
        draft=NoteDraft([maria], date.today(), start_time=time(10), did="x", kind="crisis support"),
    )
    assert CheckInDialog.offer(None, vault, note_id=calm) is None
    dialog = CheckInDialog.offer(None, vault, note_id=crisis)
    assert dialog is not None and dialog.isVisible()
    dialog.form.strain.group.button(4).click()
    dialog.form.need.setText("An early night")
    dialog._save()
    (entry,) = selfcare.list_entries(vault)
    assert (entry.strain, entry.need) == (4, "An early night")


@pytest.mark.parametrize(
    ("region", "first", "country"),
    [
        ("UK", "Samaritans", "United Kingdom"),
        ("IE", "Samaritans Ireland", "Ireland"),
        ("AU", "Lifeline", "Australia"),
        ("US", "988", "United States"),
    ],
)
def test_support_lines_put_the_mentors_country_first_and_name_it(
    qtbot, vault, region: str, first: str, country: str
) -> None:
    from peerdesk.core.services import profile

    profile.save_profile(vault, profile.Profile(name="Sam", region=region))  # as the wizard
    page = make_page(qtbot, vault)
    text = page.support_body.text()
    lines = [p.split("</b>")[0].split("<b>")[-1] for p in text.split("<p>") if "<b>" in p]
    countries = [p.split("</b>")[1].split("<br>")[0] for p in text.split("<p>") if "<b>" in p]
    national = [(n, c) for n, c in zip(lines, countries, strict=True) if c]
    assert national[0][0].startswith(first) and national[0][1] == f" ({country})"
    others = {c for _n, c in national[2:]}
    assert len(others) >= 2  # the other countries' lines are still there, after
