"""`peerdesk calendar export` in a child process: initials by default, names when asked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import icalendar

from peerdesk.core.models import Recurrence
from peerdesk.core.services import meetings, session
from peerdesk.core.services.meetings import MeetingRecord
from peerdesk.core.services.mentees import MenteeRecord, add_mentee
from peerdesk.core.vault import Vault

PASSPHRASE = "orange kettle meadow 42"


def test_calendar_export(cli, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    made = cli("init", "--vault", str(folder), "--passphrase-stdin", input=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    vault = Vault(folder)
    session.unlock(vault, passphrase=PASSPHRASE)
    try:
        m = add_mentee(vault, record=MenteeRecord(display_name="Maria", full_name="Maria Santos"))
        start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=2)
        meetings.save_meeting(
            vault,
            record=MeetingRecord(
                mentee_id=m, starts_at=start, recurrence=Recurrence.WEEKLY, count=2
            ),
        )
    finally:
        vault.close()

    def export(*extra: str):
        return cli(
            "calendar",
            "export",
            *extra,
            "--vault",
            str(folder),
            "--passphrase-stdin",
            input=PASSPHRASE + "\n",
        )

    out = tmp_path / "m.ics"
    done = export("--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 planned meetings (initials only)" in done.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Meeting with M.S."] * 2
    assert "Maria" not in out.read_text()

    full = tmp_path / "full.ics"
    done = export("--out", str(full), "--full-names", "--to", start.date().isoformat())
    assert done.returncode == 0, done.stderr
    events = icalendar.Calendar.from_ical(full.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Meeting with Maria Santos"]

    bad = export("--out", str(full), "--from", "someday")
    assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
