"""The demo vault: a fictional mentor and mentees, for `peerdesk --demo` and screenshots.

Everyone here is invented. Phone numbers use the 555-01xx range reserved for
fiction and emails use example.org. Later features add their own demo data here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from peerdesk.core.models import MenteeKind, MenteeStatus, SupportStyle
from peerdesk.core.services import mentees, profile, settings
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person
from peerdesk.core.vault import Vault

DEMO_PASSPHRASE = "demo peer support"


def _ago(days: int, today: date) -> date:
    return today - timedelta(days=days)


def demo_mentees(today: date) -> list[MenteeRecord]:
    return [
        MenteeRecord(
            display_name="Maria",
            full_name="Maria Santos",
            pronouns="she/her",
            aliases=["Mari"],
            support_style=SupportStyle.PRACTICAL,
            started_on=_ago(120, today),
            preferred_channels=["in person", "text"],
            contacts=[Contact("phone", "+1 555 0134", "mobile")],
            what_matters=(
                "Getting around town on my own again, so I can visit my sister and go to the "
                "library on Saturdays."
            ),
            strengths="I'm stubborn in a good way. I know every bus driver on route 7 by now.",
            important_people=[Person("Lucia", "sister", "")],
            consents=[
                Consent("Hillside Housing Office", "housing application only", _ago(-90, today))
            ],
        ),
        MenteeRecord(
            display_name="Jordan",
            full_name="Jordan Lee",
            pronouns="they/them",
            support_style=SupportStyle.EMOTIONAL,
            started_on=_ago(45, today),
            preferred_channels=["phone", "video"],
            contacts=[Contact("email", "jordan.lee@example.org", "")],
            what_matters="Having someone who gets it, on the days when getting out of bed is the big win.",
            strengths="I notice how other people feel. I write songs when things are heavy.",
        ),
        MenteeRecord(
            display_name="Priya",
            full_name="Priya Natarajan",
            pronouns="she/her",
            support_style=SupportStyle.BOTH,
            started_on=_ago(200, today),
            preferred_channels=["in person", "phone"],
            what_matters="Going back to college part-time and keeping my evenings calm.",
            strengths="Organised, funny, and very good with numbers.",
            important_people=[Person("Dev", "partner", "")],
        ),
        MenteeRecord(
            display_name="Tom",
            full_name="Thomas Becker",
            pronouns="he/him",
            aliases=["Tommy"],
            support_style=SupportStyle.PRACTICAL,
            started_on=_ago(30, today),
            preferred_channels=["in person"],
            contacts=[Contact("phone", "+1 555 0178", "landline")],
            what_matters="Opening a bank account of my own and sorting out my benefits letters.",
            strengths="Patient, handy with tools, keeps his word.",
        ),
        MenteeRecord(
            display_name="Aisha",
            full_name="Aisha Okafor",
            pronouns="she/her",
            kind=MenteeKind.FAMILY,
            support_style=SupportStyle.EMOTIONAL,
            started_on=_ago(75, today),
            preferred_channels=["phone", "text"],
            what_matters=(
                "Supporting my younger brother without losing myself; finding a carers' group "
                "that meets in the evening."
            ),
            strengths="Loyal, practical, and she has kept the family together through a hard year.",
            important_people=[Person("Sam", "younger brother", "")],
        ),
        MenteeRecord(
            display_name="Kai",
            full_name="Kai Moana",
            pronouns="he/him",
            support_style=SupportStyle.BOTH,
            started_on=_ago(160, today),
            status=MenteeStatus.PAUSED,
            status_reason="Travelling to see family for a month; we agreed to pick up again after.",
            preferred_channels=["text"],
            what_matters="Being outdoors, and a steady routine that includes my running club.",
            strengths="Calm under pressure, great cook, encourages others in his club.",
        ),
        MenteeRecord(
            display_name="Ellen",
            full_name="Ellen Fraser",
            pronouns="she/her",
            support_style=SupportStyle.EMOTIONAL,
            started_on=_ago(300, today),
            status=MenteeStatus.ENDED,
            status_reason="asked for a different mentor",
            preferred_channels=["video"],
            what_matters="Someone closer to my own age and experience; I'm glad I asked.",
            strengths="Knows what she needs and says so.",
        ),
    ]


def fill_demo(vault: Vault, *, today: date | None = None) -> None:
    """Fill an empty, unlocked vault with the demo mentor and mentees."""
    today = today or date.today()
    profile.save_profile(
        vault,
        profile.Profile(
            name="Sam Rivera",
            role="Peer mentor",
            credentials="Certified peer specialist (fictional)",
            organisation="Riverside Peer Network (demo)",
            supervisor="Dana Whitfield",
            supervisor_contact="dana.whitfield@example.org",
            region="US",
        ),
    )
    settings.set_setting(vault, "region", "US")
    for record in demo_mentees(today):
        mentees.add_mentee(vault, record=record)


def create_demo_vault(path: Path) -> Vault:
    """A new demo vault in ``path``, unlocked, with the fastest allowed key derivation."""
    from peerdesk.core.vault.keys import calibrate

    vault = Vault(path)
    vault.create(DEMO_PASSPHRASE, kdf=calibrate(0))
    fill_demo(vault)
    return vault
