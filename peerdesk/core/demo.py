"""The demo vault: a fictional mentor and mentees, for `peerdesk --demo` and screenshots.

Everyone here is invented. Phone numbers use the 555-01xx range reserved for
fiction and emails use example.org. Later features add their own demo data here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from peerdesk.core.services import boundary_events, crisis_cards, mentees, profile, settings
from peerdesk.core.services.boundary_events import EventRecord
from peerdesk.core.services.crisis_cards import CrisisCardRecord
from peerdesk.core.services.mentees import Consent, Contact, MenteeRecord, Person
from peerdesk.core.vault import Vault
from peerdesk.core.vocab import BoundaryEventKind, MenteeKind, MenteeStatus, SupportStyle

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


# (mentee, days ago, template-ish kind, modality, wanted, did, how it went, next steps)
_NOTES = [
    (
        "Maria",
        112,
        "practical support",
        "in person",
        '"I want to get the bus to the library without panicking."',
        "Met at the stop on Elm Street. Looked at the route 7 timetable together; Maria read it out and picked the 10:15.",
        "She was nervous at first, then chatted with the driver. Proud she did the change at Central herself.",
        "Try the same trip on Saturday with her sister Lucia; I'll text Friday within agreed hours.",
    ),
    (
        "Maria",
        98,
        "practical support",
        "in person",
        "To sort out a reduced-fare transit card.",
        "Went to the transit office together. Maria filled in the form; I waited beside her.",
        "Long queue, she stayed. The card comes by post in 2 weeks.",
        "Check the card arrived; practise topping it up.",
    ),
    (
        "Maria",
        84,
        "check-in",
        "text",
        "Quick message: the card arrived!",
        "Exchanged a few texts.",
        "Sounded excited; she already topped it up.",
        "Meet next Tuesday for the library trip.",
    ),
    (
        "Maria",
        70,
        "practical support",
        "in person",
        '"Library on my own, you just meet me there."',
        "She did the whole trip alone; we met at the library entrance and joined the reading group sign-up.",
        "Big step. She said the bus felt 'almost boring now', which she loved.",
        "Reading group on Thursdays.",
    ),
    (
        "Maria",
        42,
        "practical support",
        "in person",
        "Housing application form.",
        "Went through the Hillside Housing form; she chose what to share. Sent with her consent.",
        "Tiring, but she felt heard. Asked to talk about the waiting time in our next meeting.",
        "Follow up with Hillside in three weeks.",
    ),
    (
        "Maria",
        14,
        "practical support",
        "in person",
        '"Can we plan a trip to see Lucia across town?"',
        "Planned the two-bus route together, wrote it on a card for her wallet.",
        "Confident; she led the planning.",
        "She'll try it this weekend and tell me how it went.",
    ),
    (
        "Jordan",
        44,
        "emotional support",
        "video",
        '"Just to talk to someone who gets it."',
        "First meeting. Talked about what peer support is and isn't, and agreed how we keep in touch.",
        "Quiet at first; opened up about writing songs. I shared a little of my own story about hard mornings.",
        "Weekly video call on Mondays.",
    ),
    (
        "Jordan",
        37,
        "emotional support",
        "video",
        "To get through the week.",
        "Talked about small wins: getting up, a walk to the corner shop. Jordan played me a song.",
        "Said they felt lighter at the end.",
        "Same time next week; Jordan will try a walk each day.",
    ),
    (
        "Jordan",
        30,
        "check-in",
        "phone",
        "Jordan called to say this week is rough.",
        "Listened; went through what has helped before (music, a walk, texting a friend).",
        "Calmer by the end. Knows who to call if it gets worse tonight.",
        "Call tomorrow at 10.",
    ),
    (
        "Jordan",
        29,
        "crisis support",
        "phone",
        '"I don\'t want to be alone with this tonight."',
        "Stayed on the phone; together we called the crisis line and Jordan's friend came over.",
        "Jordan said talking helped. Friend staying the night.",
        "Check in tomorrow morning; take to supervision.",
    ),
    (
        "Jordan",
        23,
        "emotional support",
        "video",
        "To talk about last week.",
        "Looked back at what helped on the hard night; Jordan wrote their own list of people to call.",
        "Reflective and hopeful. Proud of reaching out.",
        "Keep the list by the bed; weekly call continues.",
    ),
    (
        "Jordan",
        9,
        "emotional support",
        "video",
        '"I want to get back to open mic nights."',
        "Found two open mic nights nearby; talked about what would make the first one easier.",
        "Excited and a bit scared, in a good way.",
        "Maybe go together with a friend next Friday.",
    ),
    (
        "Priya",
        190,
        "practical support",
        "in person",
        "Information about part-time college courses.",
        "Visited the college open day together; Priya asked about evening classes herself.",
        "Felt very possible. She liked the accounting course.",
        "Application deadline in six weeks.",
    ),
    (
        "Priya",
        160,
        "practical support",
        "in person",
        "Help with the college application.",
        "Worked through the personal statement; she wrote, I asked questions.",
        "Strong statement in her own voice.",
        "She submits it this week.",
    ),
    (
        "Priya",
        120,
        "emotional support",
        "in person",
        "\"I'm scared I'll mess it up.\"",
        "Talked about the worry; she listed what she's already managed this year.",
        "Left smiling.",
        "Coffee after her first class.",
    ),
    (
        "Priya",
        95,
        "social",
        "in person",
        "Celebrate the first week of classes.",
        "Coffee near the college. Shared tips on keeping evenings calm.",
        "Relaxed and proud.",
        "Monthly catch-up from now on.",
    ),
    (
        "Priya",
        60,
        "check-in",
        "phone",
        "Exam timetable worries.",
        "Planned study blocks with rest built in.",
        "Felt more in control.",
        "Call after the first exam.",
    ),
    (
        "Priya",
        20,
        "emotional support",
        "in person",
        '"The exams went better than I thought."',
        "Looked back on the term. Talked about what she wants next year.",
        "Really proud; so was I.",
        "Talk about next year's courses in January.",
    ),
    (
        "Tom",
        28,
        "practical support",
        "in person",
        '"I want my own bank account."',
        "Listed what the bank asks for; Tom found his ID and a benefits letter at home.",
        "Organised and determined.",
        "Go to the bank together next week.",
    ),
    (
        "Tom",
        21,
        "practical support",
        "in person",
        "Open the account.",
        "Went to the bank. Tom spoke to the adviser; the account is open.",
        "He shook the adviser's hand and said 'that's done then'.",
        "Set up his benefits to go into it.",
    ),
    (
        "Tom",
        14,
        "advocacy",
        "phone",
        "Benefits letter he didn't understand.",
        "On speaker together with the benefits office; Tom asked his questions, I helped him note the answers.",
        "Clearer now; the letter was about a review, not a cut.",
        "Send the review form by the 30th.",
    ),
    (
        "Tom",
        6,
        "practical support",
        "in person",
        "Fill in the review form.",
        "Filled it in together at the library. Tom posted it himself.",
        "Relieved.",
        "Wait for the reply.",
    ),
    (
        "Aisha",
        72,
        "family",
        "in person",
        '"I need some space to think about me for once."',
        "First meeting. Aisha talked about supporting her brother Sam through a hard year.",
        "Tired but warm and very clear about what she wants.",
        "Look for an evening carers' group.",
    ),
    (
        "Aisha",
        58,
        "family",
        "phone",
        "Carers' group options.",
        "Looked at two evening groups together; she chose the Tuesday one.",
        "Hopeful.",
        "She'll try the group next Tuesday.",
    ),
    (
        "Aisha",
        44,
        "family",
        "in person",
        "How the first group went.",
        "She talked about meeting others in the same place; we talked about her own rest.",
        "Said she felt 'less alone, finally'.",
        "Keep going to the group; plan one evening for herself a week.",
    ),
    (
        "Aisha",
        16,
        "family",
        "phone",
        "Sam has a new appointment; Aisha worried about boundaries with him.",
        "Talked about what she can and can't carry, and who else can help Sam.",
        "Calmer; made her own plan.",
        "Talk again in two weeks.",
    ),
    (
        "Kai",
        150,
        "emotional support",
        "in person",
        '"A steady routine that includes running club."',
        "Walked and talked by the river. Kai shared how running helps his mood.",
        "Easy company.",
        "Join him at the club's social run.",
    ),
    (
        "Kai",
        130,
        "social",
        "in person",
        "Club social run.",
        "Ran together at the club's easy pace; met his friends.",
        "He encouraged a new member the whole way.",
        "Weekly text check-in.",
    ),
    (
        "Kai",
        100,
        "check-in",
        "text",
        "Travel plans.",
        "Texted about his month away to see family.",
        "Looking forward to it.",
        "Pause meetings; pick up again when he's back.",
    ),
    (
        "Ellen",
        290,
        "emotional support",
        "video",
        "To talk about starting peer support.",
        "First meeting; agreed how we'd work together.",
        "Thoughtful.",
        "Fortnightly video calls.",
    ),
    (
        "Ellen",
        250,
        "emotional support",
        "video",
        '"I\'d like someone closer to my own age."',
        "Talked openly about it. I thanked her for saying so and we agreed I'd ask about a different mentor.",
        "She was relieved it was okay to ask.",
        "Hand-over summary for her new mentor.",
    ),
]

_DRAFT_NOTES = [
    (
        "Maria",
        1,
        "practical support",
        "in person",
        '"I did the trip to Lucia\'s on my own!"',
        "Met for coffee; she told me all about the two-bus trip.",
        "",
        "",
    ),
    ("Jordan", 2, "emotional support", "video", "To talk about the open mic.", "", "", ""),
]


def _add_demo_notes(vault: Vault, today: date, names: dict[str, int]) -> None:
    from datetime import time

    from peerdesk.core.services import notes

    for i, (who, days, kind, modality, wanted, did, how, nxt) in enumerate(_NOTES):
        start = time(9 + (i % 8), 0 if i % 2 else 30)
        end = time(start.hour + 1, start.minute)
        draft = notes.NoteDraft(
            participant_ids=[names[who]],
            occurred_on=_ago(days, today),
            start_time=start,
            end_time=end,
            modality=modality,
            kind=kind,
            wanted=wanted,
            did=did,
            how_it_went=how,
            next_steps=nxt,
            discuss_in_supervision=kind == "crisis support" or (who == "Aisha" and days == 16),
            safety_concern=kind == "crisis support",
            follow_ups=[notes.FollowUpItem(nxt, _ago(days - 7, today))]
            if days < 30 and nxt
            else [],
        )
        note_id = notes.save_draft(vault, draft=draft)
        notes.sign_note(vault, note_id=note_id)
        if who == "Tom" and days == 14:
            notes.add_addendum(
                vault,
                note_id=note_id,
                text_="The review form is due on the 30th of next month, not this month.",
            )
        if who == "Maria" and days == 98:
            notes.add_addendum(
                vault,
                note_id=note_id,
                text_="The card arrived after 10 days, sooner than expected.",
            )

    group = notes.NoteDraft(
        participant_ids=[names["Maria"], names["Priya"], names["Tom"]],
        occurred_on=_ago(10, today),
        start_time=time(18, 0),
        end_time=time(19, 30),
        modality="in person",
        setting="group",
        kind="group",
        location="Community centre, room 2",
        template="group-session",
        wanted="People wanted to share tips on getting around town and keeping costs down.",
        did="Round of good news; swapped bus and discount tips; Tom showed the bank's budgeting app.",
        how_it_went="Warm and funny; Maria offered to show others the library route.",
        next_steps="Next group in two weeks; Priya will bring her study-planner idea.",
    )
    notes.sign_note(vault, note_id=notes.save_draft(vault, draft=group))
    for who, days, kind, modality, wanted, did, how, nxt in _DRAFT_NOTES:
        notes.save_draft(
            vault,
            draft=notes.NoteDraft(
                participant_ids=[names[who]],
                occurred_on=_ago(days, today),
                modality=modality,
                kind=kind,
                wanted=wanted,
                did=did,
                how_it_went=how,
                next_steps=nxt,
            ),
        )


def _add_demo_selfcare(vault: Vault, today: date) -> None:
    """Three weeks of the mentor's own check-ins and two supervision topics."""
    from peerdesk.core.services import selfcare

    pattern = [(4, 4, 2), (3, 4, 2), (3, 3, 3), (2, 2, 4), (3, 3, 3), (4, 4, 2), (4, 5, 1)]
    helped = [
        "A walk by the river",
        "Cooking with my partner",
        "",
        "Calling my sister",
        "",
        "Choir practice",
        "",
    ]
    for i in range(0, 21, 3):
        energy, mood, strain = pattern[(i // 3) % len(pattern)]
        selfcare.save_entry(
            vault,
            entry=selfcare.SelfCareRecord(
                _ago(20 - i, today), energy, mood, strain, helped=helped[(i // 3) % len(helped)]
            ),
            today=today,
        )
    selfcare.gather_flagged_notes(vault)
    selfcare.add_topic(vault, text="How much of my own story to share in a first meeting")
    done = selfcare.add_topic(vault, text="Saying no to lending money, kindly")
    selfcare.mark_discussed(
        vault, topic_id=done, on=_ago(5, today), agreed="Point to the hardship fund instead"
    )


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
    names = {}
    for record in demo_mentees(today):
        names[record.display_name] = mentees.add_mentee(vault, record=record)
    _add_demo_notes(vault, today, names)
    _add_demo_selfcare(vault, today)
    _add_demo_directory(vault, today, names)
    _add_demo_goals(vault, today, names)
    _add_demo_agreements(vault, today, names)
    _add_demo_meetings(vault, today, names)


def create_demo_vault(path: Path) -> Vault:
    """A new demo vault in ``path``, unlocked, with the fastest allowed key derivation."""
    from peerdesk.core.services import session
    from peerdesk.core.vault.keys import calibrate

    vault = Vault(path)
    session.create_vault(vault, passphrase=DEMO_PASSPHRASE, kdf=calibrate(0))
    session.confirm_recovery_key(vault)  # a throwaway vault: nobody keeps its key
    fill_demo(vault)
    return vault


# --- resource directory and referrals (fictional town of Riverside Falls) -----------------

_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
_DEMO_SERVICES = [
    # name, organisation, needs, hours [(days, opens, closes)], verified days ago or None, blurb
    (
        "Riverside Community Food Bank",
        "Riverside Community Food Bank (demo)",
        ["food"],
        [(["TU", "TH"], "10:00", "14:00"), (["SA"], "09:00", "12:00")],
        40,
        "Free groceries once a week; bring any ID or a letter with your name. Open Saturday mornings.",
    ),
    (
        "Hot Meals at St. Brigid's Hall",
        "St. Brigid's Hall (demo)",
        ["food", "peer-and-community-groups"],
        [(_WEEKDAYS, "12:00", "13:30")],
        20,
        "A free hot lunch on weekdays, no questions asked.",
    ),
    (
        "Riverside Fresh Market Vouchers",
        "Riverside Falls Council (demo)",
        ["food", "money-and-benefits"],
        [(_WEEKDAYS, "09:00", "16:00")],
        300,
        "Vouchers for fresh fruit and vegetables at the Saturday market.",
    ),
    (
        "Hillside Housing Office",
        "Hillside Housing Association (demo)",
        ["housing"],
        [(_WEEKDAYS, "09:00", "17:00")],
        60,
        "Housing applications, tenancy support and repairs. Appointments or drop-in mornings.",
    ),
    (
        "Northgate Night Shelter",
        "Northgate Shelter Trust (demo)",
        ["housing", "crisis"],
        [(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "19:00", "08:00")],
        15,
        "Emergency beds every night; arrive by 21:00 if you can.",
    ),
    (
        "Tenant Rights Clinic",
        "Riverside Legal Aid (demo)",
        ["housing", "legal"],
        [(["WE"], "17:30", "19:30")],
        210,
        "Free advice on deposits, repairs and eviction letters.",
    ),
    (
        "Riverside Transit Discount Card",
        "Riverside Transit (demo)",
        ["getting-around"],
        [(_WEEKDAYS, "08:00", "18:00")],
        90,
        "Half-price bus and tram travel for people on benefits; apply at the bus station desk.",
    ),
    (
        "Community Car Scheme",
        "Riverside Volunteers (demo)",
        ["getting-around", "health"],
        [(_WEEKDAYS, "09:00", "15:00")],
        None,
        "Volunteer drivers for medical appointments; book two days ahead.",
    ),
    (
        "Bike Kitchen",
        "Pedal Together (demo)",
        ["getting-around", "learning"],
        [(["SA"], "10:00", "16:00")],
        120,
        "Fix a bike with help, or earn a refurbished one by volunteering.",
    ),
    (
        "Benefits Advice Line",
        "Riverside Advice Centre (demo)",
        ["money-and-benefits", "legal"],
        [(_WEEKDAYS, "09:30", "16:30")],
        30,
        "Help with benefit claims, letters, appeals and forms.",
    ),
    (
        "Money Mentors Budgeting Class",
        "Riverside Credit Union (demo)",
        ["money-and-benefits", "learning"],
        [(["TH"], "18:00", "19:30")],
        400,
        "A friendly four-week course on budgets, bills and banking.",
    ),
    (
        "Riverside Credit Union Basic Account",
        "Riverside Credit Union (demo)",
        ["money-and-benefits", "daily-living"],
        [(_WEEKDAYS, "09:00", "17:00"), (["SA"], "09:00", "12:00")],
        75,
        "A basic bank account with no credit check.",
    ),
    (
        "Riverside Free Clinic",
        "Riverside Health Collective (demo)",
        ["health"],
        [(["MO", "WE", "FR"], "08:30", "12:30")],
        50,
        "Walk-in clinic for people without a regular doctor.",
    ),
    (
        "Smile Community Dental",
        "Riverside Health Collective (demo)",
        ["health"],
        [(["TU", "TH"], "09:00", "16:00")],
        250,
        "Low-cost dental care; emergency slots each morning.",
    ),
    (
        "Riverside Talking Therapies",
        "Riverside Mental Health Services (demo)",
        ["mental-health"],
        [(_WEEKDAYS, "09:00", "17:00")],
        35,
        "Self-referral for counselling and talking therapies; waiting list about six weeks.",
    ),
    (
        "Warm Line (peer-run)",
        "Riverside Peer Network (demo)",
        ["mental-health", "peer-and-community-groups"],
        [(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "17:00", "23:00")],
        10,
        "A peer-run phone line for when you need to talk but it is not a crisis.",
    ),
    (
        "Riverside Crisis Team",
        "Riverside Mental Health Services (demo)",
        ["crisis", "mental-health"],
        [(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "00:00", "23:59")],
        25,
        "Local 24-hour mental health crisis team; can visit at home.",
    ),
    (
        "Harbour Recovery Café",
        "Harbour Recovery Community (demo)",
        ["substance-use", "peer-and-community-groups"],
        [(["WE", "FR"], "18:00", "21:00"), (["SU"], "11:00", "15:00")],
        45,
        "Alcohol-free café run by people in recovery; meetings and good coffee.",
    ),
    (
        "Clean Start Needle Exchange",
        "Harbour Recovery Community (demo)",
        ["substance-use", "health"],
        [(_WEEKDAYS, "10:00", "18:00")],
        200,
        "Harm reduction supplies, naloxone training, no judgement.",
    ),
    (
        "Family Support Group for Carers",
        "Carers Together (demo)",
        ["family-and-carers", "mental-health"],
        [(["MO"], "19:00", "20:30")],
        55,
        "Monthly group for relatives and carers of people with mental health problems.",
    ),
    (
        "Little Steps Parent and Toddler Group",
        "Carers Together (demo)",
        ["family-and-carers", "peer-and-community-groups"],
        [(["TU", "TH"], "10:00", "11:30")],
        130,
        "Play and a cuppa for parents and little ones.",
    ),
    (
        "Job Club",
        "Riverside Works (demo)",
        ["work"],
        [(["TU"], "10:00", "12:00")],
        65,
        "CVs, job searches and interview practice with others.",
    ),
    (
        "Volunteer Centre",
        "Riverside Works (demo)",
        ["work", "peer-and-community-groups"],
        [(_WEEKDAYS, "10:00", "16:00")],
        None,
        "Find volunteering that fits; a good first step back to work.",
    ),
    (
        "Riverside Library Computer Help",
        "Riverside Falls Library (demo)",
        ["learning", "daily-living"],
        [(_WEEKDAYS, "09:00", "19:00"), (["SA"], "10:00", "16:00")],
        28,
        "Free computers, printing, and help getting online on Saturdays.",
    ),
    (
        "Adult Learning Centre",
        "Riverside College (demo)",
        ["learning"],
        [(_WEEKDAYS, "09:00", "20:00")],
        180,
        "Free English, maths and digital skills courses.",
    ),
    (
        "Second Chance Furniture Store",
        "Riverside Reuse (demo)",
        ["daily-living", "housing"],
        [(["TU", "WE", "TH", "FR", "SA"], "10:00", "16:00")],
        95,
        "Donated furniture and white goods at low cost, with delivery.",
    ),
    (
        "Community Laundry",
        "St. Brigid's Hall (demo)",
        ["daily-living"],
        [(["MO", "WE"], "09:00", "12:00")],
        340,
        "Free washing and drying; bring your own bag.",
    ),
    (
        "ID Documents Help Desk",
        "Riverside Advice Centre (demo)",
        ["daily-living", "legal"],
        [(["TH"], "13:00", "16:00")],
        70,
        "Help replacing birth certificates and photo ID.",
    ),
    (
        "Hearing Voices Group",
        "Riverside Peer Network (demo)",
        ["mental-health", "peer-and-community-groups"],
        [(["TH"], "14:00", "15:30")],
        12,
        "A peer-led group for people who hear voices or have unusual experiences.",
    ),
    (
        "Walk and Talk in Riverside Park",
        "Riverside Peer Network (demo)",
        ["peer-and-community-groups", "health"],
        [(["SA"], "10:00", "11:00")],
        8,
        "A gentle weekly walk; meet at the park gates.",
    ),
]


def _add_demo_directory(vault: Vault, today: date, names: dict[str, int]) -> None:
    """About 30 fictional local services with hours, the seed lines, and referrals."""
    from datetime import time

    from peerdesk.core.services import directory, referrals
    from peerdesk.core.vocab import ReferralStatus

    directory.ensure_seed(vault)
    ids: dict[str, str] = {}
    for i, (name, org, needs, hours, verified, blurb) in enumerate(_DEMO_SERVICES):
        record = directory.ServiceRecord(
            name=name,
            organization_name=org,
            description=blurb,
            url=f"https://riverside-{i + 1}.example.org",
            region="US",
            needs=needs,
            phones=[directory.PhoneItem(f"555-01{i + 1:02d}", "voice")],
            hours=[
                directory.HoursItem(
                    days=list(days),
                    opens_at=time.fromisoformat(opens),
                    closes_at=time.fromisoformat(closes),
                )
                for days, opens, closes in hours
            ],
            addresses=[
                directory.AddressItem(
                    address_1=f"{10 + 7 * i} {('Mill', 'River', 'Station', 'Church', 'Market')[i % 5]} Street",
                    city="Riverside Falls",
                    state_province="Demo County",
                    postal_code="00000",
                    country="US",
                    transportation=f"Bus route {(i % 9) + 1}",
                )
            ],
            assured_date=_ago(verified, today) if verified is not None else None,
            favourite=name
            in ("Riverside Community Food Bank", "Warm Line (peer-run)", "Benefits Advice Line"),
            notes="Ask for Rosa at the desk; she knows the programme." if i == 0 else "",
        )
        ids[name] = directory.save_service(vault, record=record)

    S = ReferralStatus
    plan = [
        (
            "Maria",
            "Riverside Transit Discount Card",
            100,
            "Cheaper bus fares so she can visit Lucia.",
            [(S.CONTACTED, 95), (S.CONNECTED, 80)],
            "Card arrived; uses it every week.",
            None,
        ),
        (
            "Maria",
            "Riverside Library Computer Help",
            20,
            "Wants to book library events online.",
            [(S.CONTACTED, 14)],
            "",
            3,
        ),
        (
            "Jordan",
            "Warm Line (peer-run)",
            40,
            "Someone to talk to in the evenings.",
            [(S.CONNECTED, 30)],
            "Calls on hard evenings; finds it helps.",
            None,
        ),
        (
            "Jordan",
            "Riverside Talking Therapies",
            25,
            "Asked about counselling.",
            [(S.CONTACTED, 20), (S.APPOINTMENT, 12)],
            "",
            -2,
        ),
        (
            "Priya",
            "Adult Learning Centre",
            60,
            "Part-time college: maths refresher first.",
            [(S.APPOINTMENT, 50), (S.CONNECTED, 35)],
            "Enrolled in the evening course.",
            None,
        ),
        (
            "Tom",
            "Riverside Credit Union Basic Account",
            28,
            "A bank account of his own.",
            [(S.CONTACTED, 21), (S.APPOINTMENT, 10)],
            "",
            0,
        ),
        ("Tom", "Benefits Advice Line", 14, "Help with the review form.", [], "", -1),
        (
            "Aisha",
            "Family Support Group for Carers",
            45,
            "Support as a carer for her brother.",
            [(S.DID_NOT_CONNECT, 30)],
            "The evening time clashed with work.",
            None,
        ),
        (
            "Aisha",
            "Hot Meals at St. Brigid's Hall",
            10,
            "Suggested for the weeks money is tight.",
            [(S.DECLINED, 8)],
            "Prefers the food bank.",
            None,
        ),
        ("Aisha", "Riverside Community Food Bank", 8, "Groceries on Saturdays.", [], "", 4),
    ]
    for who, service, days, reason, changes, outcome, follow_up in plan:
        if who not in names:
            continue
        rid = referrals.add_referral(
            vault,
            record=referrals.ReferralRecord(
                mentee_id=names[who],
                service_id=ids[service],
                referred_on=_ago(days, today),
                reason=reason,
                follow_up_on=_ago(-follow_up, today) if follow_up is not None else None,
            ),
            today=today,
        )
        for status, ago in changes:
            referrals.set_status(
                vault,
                referral_id=rid,
                status=status,
                outcome=outcome or None,
                follow_up_on=_ago(-follow_up, today) if follow_up is not None else None,
                today=_ago(ago, today),
            )


# (who, domain, statement, why, strengths, status, days ago set, review in days or None,
#  progress [(days ago, 0-10, sentence)], steps [(text, due in days or None, done days ago)])
_GOALS: list[tuple[Any, ...]] = [
    (
        "Maria",
        "getting around",
        "Take the two buses to Lucia's on my own",
        "So I can see my sister whenever I want, not only when someone drives me.",
        "I know route 7 inside out and I ask drivers when I'm unsure.",
        "active",
        112,
        12,
        [
            (110, 2, "Went with Sam as far as the depot."),
            (84, 3, "Did the first bus alone; got off a stop early, and that was fine."),
            (63, 5, "Both buses, with Lucia meeting me at the stop."),
            (35, 6, "Bought a monthly pass. Less to think about."),
            (14, 8, "Went the whole way alone on a quiet Sunday."),
            (3, 9, "Did it on a busy weekday too!"),
        ],
        [
            ("Practise route 7 with Sam", None, 100),
            ("Do the trip with Lucia meeting me at the stop", None, 63),
            ("Go the whole way on a weekday", None, 3),
            ("Try the evening bus home", 10, None),
        ],
    ),
    (
        "Maria",
        "community and belonging",
        "Go to the library reading group most Saturdays",
        "I like hearing what other people think of a book.",
        "I read fast and I'm curious.",
        "active",
        90,
        None,
        [
            (88, 3, "Went once, sat at the back."),
            (56, 5, "Went three Saturdays running."),
            (21, 7, "Chose the next book for the group."),
        ],
        [
            ("Ask about the Saturday times", None, 88),
            ("Bring a friend from the group session", 14, None),
        ],
    ),
    (
        "Maria",
        "money",
        "Have my own bank card and pay the phone bill myself",
        "Not having to ask anyone for money.",
        "I keep every letter in one folder.",
        "achieved",
        118,
        None,
        [
            (116, 2, "Found the ID list."),
            (98, 6, "Card ordered."),
            (84, 10, "Paid the bill myself."),
        ],
        [("Gather the ID documents", None, 110), ("Open the account", None, 98)],
    ),
    (
        "Jordan",
        "community and belonging",
        "Play two of my songs at the open mic at the Lantern café",
        "Music is how I make sense of things, and I'd like people to hear it.",
        "I've written over thirty songs; I keep going on hard days.",
        "active",
        75,
        7,
        [
            (70, 2, "Went to watch, didn't play."),
            (49, 3, "Practised in front of my brother."),
            (28, 5, "Signed up for next month's list."),
            (6, 6, "Played one song. Hands shook, still did it."),
        ],
        [
            ("Go and watch one night", None, 70),
            ("Play for one person at home", None, 49),
            ("Put my name on the list", None, 28),
            ("Play the second song", 20, None),
        ],
    ),
    (
        "Jordan",
        "health and wellbeing",
        "Be asleep before midnight most nights",
        "Mornings are less heavy when I've slept.",
        "I like routines once they stick.",
        "active",
        80,
        None,
        [(78, 3, "Most nights after 1."), (55, 4, "Phone out of the bedroom three nights.")],
        [("Phone charges in the kitchen", None, 60), ("Wind-down playlist at 11", None, None)],
    ),
    (
        "Priya",
        "work and learning",
        "Finish the college access course, one evening a week",
        "I want to study nursing, and this is the door.",
        "Organised and good with numbers.",
        "active",
        100,
        -2,
        [
            (95, 3, "Enrolled."),
            (67, 4, "First assignment in, a bit late."),
            (39, 6, "Two assignments on time."),
            (11, 6, "Halfway through the course."),
        ],
        [("Enrol for the spring term", None, 95), ("Set up a study corner", None, 80)],
    ),
    (
        "Tom",
        "money",
        "Put twenty dollars a week aside with the budgeting app",
        "For the boiler fund, so winter isn't scary.",
        "Keeps his word; handy with apps once shown.",
        "active",
        60,
        None,
        [(58, 2, "App installed."), (37, 4, "Three weeks saved."), (9, 7, "Six weeks in a row.")],
        [("Install the app with Sam", None, 58), ("Set a Friday reminder", None, 37)],
    ),
    (
        "Tom",
        "housing",
        "Keep my flat after the tenancy review",
        "It's the first place that has felt like mine.",
        "Always pays rent on time.",
        "active",
        45,
        None,
        [(40, 4, "Letter read together; less worried."), (14, 5, "Form half done.")],
        [
            ("Read the review letter together", None, 40),
            ("Send the form with a copy of the rent book", -1, None),
        ],
    ),
    (
        "Aisha",
        "self-care",
        "Have one calm evening a week that is just for me",
        "Caring for my brother is full-on; I need some air too.",
        "Practical, and good at planning around others.",
        "paused",
        70,
        None,
        [(66, 2, "No evenings free yet."), (40, 4, "One evening at the cinema.")],
        [("Ask my aunt to cover Thursdays", None, 50)],
    ),
]

# (who, [(days ago, ten scores 1-6)])
_CHECKINS = [
    ("Maria", [(112, "2332323232"), (70, "3433343333"), (28, "4544444434"), (2, "5545454544")]),
    ("Jordan", [(75, "3322232323"), (40, "3333323333"), (5, "4334343433")]),
    ("Tom", [(60, "3233323232"), (15, "4344433343")]),
]


def _add_demo_goals(vault: Vault, today: date, names: dict[str, int]) -> None:
    """Goals with months of progress (some linked to session notes) and check-ins."""
    from peerdesk.core.services import goals, notes
    from peerdesk.core.vocab import GoalDomain, GoalStatus

    for who, domain, statement, why, strengths, status, began, review, progress, steps in _GOALS:
        mentee_id = names[who]
        goal_id = goals.save_goal(
            vault,
            goal=goals.GoalRecord(
                mentee_id=mentee_id,
                statement=statement,
                domain=GoalDomain(domain),
                why=why,
                strengths=strengths,
                target_on=today + timedelta(days=90) if status == "active" else None,
                review_on=today + timedelta(days=review) if review is not None else None,
                status=GoalStatus(status),
            ),
            today=_ago(began, today),
        )
        sessions = {
            n.occurred_on: n.id
            for n in notes.list_notes(vault, where=notes.NoteFilter(mentee_id=mentee_id), limit=500)
        }
        for days, score, sentence in progress:
            on = _ago(days, today)
            note_id = next(
                (
                    sessions[d]
                    for d in (on, on - timedelta(days=1), on + timedelta(days=1))
                    if d in sessions
                ),
                None,
            )
            goals.add_progress(
                vault,
                goal_id=goal_id,
                score=score,
                sentence=sentence,
                on=on,
                note_id=note_id,
                today=today,
            )
        for text_, due_in, done_ago in steps:
            step_id = goals.add_step(
                vault,
                goal_id=goal_id,
                text_=text_,
                due_on=today + timedelta(days=due_in) if due_in is not None else None,
            )
            if done_ago is not None:
                goals.set_step_done(vault, step_id=step_id, today=_ago(done_ago, today))
    for who, rounds in _CHECKINS:
        for days, digits in rounds:
            goals.save_checkin(
                vault,
                mentee_id=names[who],
                on=_ago(days, today),
                scores={n + 1: int(d) for n, d in enumerate(digits)},
                today=today,
            )


# --- boundary agreements, boundary events and crisis cards (issue 6) ----------------------

_DEMO_AGREEMENTS = [
    # who, template, first version days ago, change for version 2 (or None), review in days
    ("Maria", "practical-support", 120, "saturday", 10),
    ("Jordan", "emotional-support", 90, "night", 45),
    ("Priya", "practical-support", 60, None, 30),
    ("Aisha", "family-peer-support", 40, None, 60),
]
_DEMO_EVENTS: list[tuple[Any, ...]] = [
    # who, days ago, hour, kind, what happened, what I did, discussed in supervision
    (
        "Jordan",
        2,
        23,
        "out of hours",
        "Texted at 23:40 saying the evening was hard.",
        "Replied in the morning and reminded Jordan of the warm line on the crisis card.",
        False,
    ),
    (
        "Jordan",
        6,
        22,
        "out of hours",
        "Called twice after 22:00.",
        "Did not pick up; called back next day and we talked about the agreed hours.",
        False,
    ),
    (
        "Jordan",
        11,
        0,
        "out of hours",
        "Messages just after midnight.",
        "Answered next morning; brought it to supervision.",
        True,
    ),
    (
        "Jordan",
        40,
        14,
        "dependency sign",
        "Said I am the only person who understands.",
        "Gently talked about the peer group and Jordan's friend Sam.",
        True,
    ),
    (
        "Maria",
        35,
        11,
        "gift",
        "Brought me a jar of homemade jam.",
        "Thanked her; small homemade gifts are fine in our programme.",
        False,
    ),
    (
        "Maria",
        70,
        15,
        "money request",
        "Asked to borrow money for the bus.",
        "Explained I can't lend money; we looked at the travel fund together.",
        True,
    ),
    (
        "Tom",
        20,
        16,
        "over-identification",
        "His story about his father felt very close to mine.",
        "Noticed it, kept the focus on Tom, took it to supervision.",
        True,
    ),
]
_DEMO_CARDS = {
    "Jordan": (
        "I stop replying to friends. I stay in bed past noon. I start saying 'what's the point'.",
        "Walking the dog by the river. Sam coming over. Music loud in headphones. "
        "Someone saying it will pass, even if I don't believe it yet.",
        [("Sam", "friend", "+1 555 0142"), ("Mum", "mother", "+1 555 0187")],
        ["Warm Line (peer-run)", "Riverside Crisis Team"],
        ["Emergency: 911"],
    ),
    "Maria": (
        "I can't sleep and I worry about money all night.",
        "A cup of tea with my neighbour Rosa. Writing a list for the next day.",
        [("Rosa", "neighbour", "+1 555 0155")],
        ["Warm Line (peer-run)"],
        [],
    ),
}


def _add_demo_agreements(vault: Vault, today: date, names: dict[str, int]) -> None:
    from datetime import datetime, time

    from peerdesk.core.services import agreements, directory

    for who, template, days, change, review_in in _DEMO_AGREEMENTS:
        if who not in names:
            continue
        mentee_id = names[who]
        record = agreements.from_template(template, mentee_id=mentee_id)
        record.effective_on = _ago(days, today)
        record.review_on = (
            today + timedelta(days=review_in) if change is None else _ago(days - 60, today)
        )
        aid = agreements.save_agreement(vault, record=record)
        agreements.activate(vault, agreement_id=aid, today=_ago(days, today))
        agreements.acknowledge(
            vault,
            agreement_id=aid,
            mentee_on=_ago(days, today),
            mentor_on=_ago(days, today),
            today=today,
        )
        if change is None:
            continue
        draft = agreements.new_version(vault, mentee_id=mentee_id)
        if change == "saturday":
            draft.contact_hours = {**draft.contact_hours, "sat": [["10:00", "12:00"]]}
            draft.mentor_will = [*draft.mentor_will, "Meet you at the Saturday market once a month"]
        else:
            draft.contact_hours = {**draft.contact_hours, "fri": [["10:00", "19:00"]]}
            draft.response_time = "I reply the same day during our hours. Messages after 19:00 wait until the morning."
            draft.mentor_will_not = [*draft.mentor_will_not, "Reply to messages late at night"]
        draft.effective_on = _ago(days - 60, today)
        draft.review_on = today + timedelta(days=review_in)
        v2 = agreements.save_agreement(vault, record=draft)
        agreements.activate(vault, agreement_id=v2, today=_ago(days - 60, today))
        agreements.acknowledge(
            vault,
            agreement_id=v2,
            mentee_on=_ago(days - 60, today),
            mentor_on=_ago(days - 61, today),
            today=today,
        )
    now = datetime.combine(today, time(23, 59))
    for who, days, hour, kind, happened, did, discussed in _DEMO_EVENTS:
        if who not in names:
            continue
        boundary_events.save_event(
            vault,
            event=EventRecord(
                names[who],
                datetime.combine(_ago(days, today), time(hour, 40 if hour >= 22 else 0)),
                BoundaryEventKind(kind),
                happened,
                did,
                discussed,
            ),
            now=now,
        )
    by_name = directory.service_ids_by_name(vault)
    for who, (signs, helps, people, services, other) in _DEMO_CARDS.items():
        if who not in names:
            continue
        crisis_cards.save_crisis_card(
            vault,
            card=CrisisCardRecord(
                names[who],
                warning_signs=signs,
                what_helps=helps,
                people=[{"name": n, "relation": r, "phone": p} for n, r, p in people],
                service_ids=[by_name[x] for x in services if x in by_name],
                other_services=other,
            ),
        )


_DEMO_MEETINGS = (
    # who, days from today, hour, minute, minutes, how, place, purpose, repeats, count
    (
        "Maria",
        -7,
        10,
        0,
        60,
        "in person",
        "Elm Street bus stop",
        "Bus practice: the 10:15 to the clinic",
        "weekly",
        8,
    ),
    ("Jordan", 0, 14, 0, 45, "phone", "", "Check in about the job fair", "none", None),
    (
        "Priya",
        0,
        16,
        30,
        60,
        "in person",
        "Riverside library, café",
        "Plan the first week at college",
        "none",
        None,
    ),
    ("Tom", -2, 11, 0, 60, "video", "Video call", "Budget for the new flat", "none", None),
    (
        "Aisha",
        2,
        13,
        0,
        60,
        "in person",
        "Community garden",
        "Garden volunteering: first visit",
        "fortnightly",
        6,
    ),
    ("Kai", 4, 15, 0, 30, "phone", "", "How did the appointment go?", "none", None),
    (
        "Ellen",
        9,
        10,
        30,
        60,
        "in person",
        "Carers' centre",
        "Carer support group, together",
        "monthly",
        6,
    ),
)


def _add_demo_meetings(vault: Vault, today: date, names: dict[str, int]) -> None:
    """Meetings this week and next (some repeating), one that passed with no note, and a
    reminder that is a little overdue."""
    from datetime import datetime, time

    from peerdesk.core.services import meetings, reminders
    from peerdesk.core.services.meetings import MeetingRecord
    from peerdesk.core.vocab import Recurrence

    now = datetime.combine(today, time(9, 0))
    for who, days, hour, minute, length, how, place, purpose, repeats, count in _DEMO_MEETINGS:
        if who not in names:
            continue
        meetings.save_meeting(
            vault,
            record=MeetingRecord(
                mentee_id=names[who],
                starts_at=datetime.combine(today + timedelta(days=days), time(hour, minute)),
                duration_minutes=length,
                modality=how,
                place=place,
                purpose=purpose,
                recurrence=Recurrence(repeats),
                count=count,
            ),
            now=now,
        )
    reminders.add_reminder(
        vault,
        due_at=now - timedelta(days=1),
        text_="Renew my first-aid certificate",
        now=now,
    )
