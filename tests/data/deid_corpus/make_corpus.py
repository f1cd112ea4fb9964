"""Make the annotated de-identification corpus: corpus.jsonl and vault.json.

    python tests/data/deid_corpus/make_corpus.py

Two sources, both invented from scratch for peerdesk (every person, place, number and
organisation is fictional or a public service):

- **templates** below: peer-note sentences (practical and emotional support, family peer
  support, groups, crisis, phone and text; US, UK and Spanish-speaking mentees), filled
  from pools of names, places, organisations, dates, ages, IDs and contact details,
  with typos and all-lower-case notes mixed in. The templates and every pool come in
  two halves: ``dev`` (what the engine was developed against) and ``held`` (written
  apart and scored only at the end, so the figures are not the engine's own echo).
- **notes.txt**: hand-written notes in ``[[LABEL|text]]`` markup, alternately dev and
  held.
- **notes_broad.txt**: more hand-written notes, phrased apart from the engine's rules
  (names in lower case, nicknames, particles and hyphens, lists, organisations as
  acronyms or with a lower-case head, ages in words, ranges and approximations),
  alternately dev and ``fresh`` (scored before and after the engine's changes, never
  tuned on).
- **notes_dev.txt**: more of the same classes for the dev split alone, written after the
  fresh split was frozen.
- **notes_fresh2.txt**: a second never-tuned split (``fresh2``), written before the
  engine's rules were read, across every label and the kinds of note above (Spanish
  dates and ages, names of many origins, small local organisations, streets and transit
  stops as places, IDs of many systems); scored once untuned, then only watched.
- **notes_fresh3.txt**: a third never-tuned split (``fresh3``), written before the
  engine's rules were read, in styles the others have few of (texting and long
  reflective notes, UK, US, Irish and Australian places, Spanish-English notes, lists,
  lower-case names, neighbourhoods, ages in many phrasings, organisations with generic
  endings, council departments); scored once untuned, then only watched.
- **notes_fresh4.txt**: a fourth never-tuned split (``fresh4``), written before the engine
  was run on it (texting, typos and lower case; UK, US and Spanish-speaking mentees;
  family peer support, groups, phone and text lines, crisis; names and places of many
  origins, ages, IDs and dates in many forms, small local organisations); scored once
  untuned (the figure is in the commit that added it), then fixed by class.
- **notes_fresh5.txt**: a fifth never-tuned split (``fresh5``), written before the engine
  was run on it (names of many cultures, short names and nicknames, names that are also
  words used as words, family phrasing, landmarks and transit stops, small numeric dates,
  ages in words, Spanish street addresses and dates, about a quarter Spanish); scored
  once untuned (the figure is in the commit that added it), then fixed by class.
- **notes_fresh6.txt**: a sixth never-tuned split (``fresh6``), written before the engine
  was run on it, rich in organisations and places (chains and brands, employers, schools,
  places of worship, sports clubs, local charity branches, Spanish organisation forms,
  transit lines and stations, neighbourhoods); scored once untuned (the figure is in the
  commit that added it), then fixed by class.

Each line of corpus.jsonl: {"text", "spans": [[start, end, LABEL, known]], "keep":
[[start, end]], "split"}. ``known`` marks identifiers that are in vault.json's records;
``keep`` marks everyday words and public numbers that must survive (SNAP, 988, "not much
hope"). Labels: PERSON, DATE, LOCATION, ORG, AGE, AGE90, ADDRESS, ID, PHONE, EMAIL, ZIP,
URL (AGE90: an age over 89, a subset of ages, scored on its own).
"""

from __future__ import annotations

import json
import random
import re
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([A-Z0-9_]+)\|(.+?)\]\]")
SEED = 20261201

# --- the vault the notes come from ---------------------------------------------------------

VAULT = [
    {"id": 1, "display_name": "Hope", "full_name": "Hope Alvarado", "aliases": ["Hopie"],
     "phones": ["(312) 555-0147"], "emails": ["hope.alvarado77@example.com"],
     "address": "41 Birchwood Drive, Cicero, IL 60804", "birth_date": "1971-06-03",
     "important_people": [["June", "sister", "(312) 555-0199"], ["Marcus", "son", ""]]},
    {"id": 2, "display_name": "Tomasz", "full_name": "Tomasz Nowicki", "aliases": ["Tom"],
     "phones": ["07700 900461"], "emails": ["tnowicki@example.org"],
     "address": "Flat 3, 22 Kessler Road, Salford, M6 5TQ", "birth_date": "1988-11-21",
     "important_people": [["Will", "partner", ""], ["Agnieszka", "mother", ""]]},
    {"id": 3, "display_name": "Xiomara", "full_name": "Xiomara Quintero", "aliases": ["Xio"],
     "phones": ["+1 305 555 0112"], "emails": ["xio.q@example.net"],
     "address": "1501 SW 8th Street, Apt 4B, Miami, FL 33135", "birth_date": "1995-03-14",
     "important_people": [["May", "daughter", ""], ["Rosa Quintero", "mother", ""]]},
    {"id": 4, "display_name": "Dolores", "full_name": "Dolores Whitlock", "aliases": ["Dee"],
     "phones": ["555-0186"], "emails": [],
     "address": "880 Grand Avenue, Paterson, NJ 07501", "birth_date": "1932-01-30",
     "important_people": [["Rose", "neighbour", ""], ["Chance", "grandson", "555-0190"]]},
    {"id": 5, "display_name": "Kwame", "full_name": "Kwame Mensah", "aliases": [],
     "phones": ["+44 20 7946 0321"], "emails": ["kwame.m@example.co.uk"],
     "address": "9 Peckham Grove, London SE15 4QL", "birth_date": "2001-09-09",
     "important_people": [["Sky", "friend", ""], ["Abena", "aunt", ""]]},
    {"id": 6, "display_name": "Faith", "full_name": "Faith O'Connell", "aliases": [],
     "phones": ["(617) 555-0133"], "emails": ["faithoc@example.com"],
     "address": "12 Adams Street, Dorchester, MA 02122", "birth_date": "1979-12-25",
     "important_people": [["Iris", "daughter", ""], ["Declan", "brother", ""]]},
]  # fmt: skip

# --- pools (dev half, held half) ----------------------------------------------------------

POOLS: dict[str, tuple[list[str], list[str]]] = {
    "first": (
        ["Keisha", "Oluwaseun", "Priyanka", "Dmitri", "Aroha", "Siobhan", "Bartholomew",
         "Yusuf", "Leilani", "Callum", "Thandiwe", "Giovanni", "Rafael", "Nkechi", "Hamid",
         "Marisol", "Fatima", "Esperanza", "Bogdan", "Rhiannon", "Tariq", "Consuelo",
         "Emeka", "Yesenia", "Ravi", "Amara", "Wiremu", "Zainab", "Niamh", "Guadalupe"],
        ["Tevita", "Ayesha", "Kofi", "Bronwyn", "Luis", "Svetlana", "Hiroshi", "Maribel",
         "Obinna", "Ffion", "Dariusz", "Imani", "Jorge", "Saoirse", "Mehmet", "Adaeze",
         "Lorcan", "Anh", "Abdi", "Grzegorz", "Soren", "Mei", "Ingrid", "Jun", "Declan",
         "Nayeli", "Teodoro", "Oksana", "Kaveh", "Precious"],
    ),
    "last": (
        ["Okafor", "Lindqvist", "Haddad", "Nowak", "Ramirez", "Kowalczyk", "Nguyen",
         "O'Sullivan", "Mensah", "Delgado", "Fitzgerald", "Oyelaran", "Castellanos",
         "Petrov", "Tanaka", "MacLeod", "Begum", "Quispe", "Szymanski", "Adeyemi"],
        ["Abernathy", "Zamora", "Thorsen", "Kaur", "Villanueva", "Brennan", "Osei",
         "Halvorsen", "Achterberg", "Iwu", "Moreno-Diaz", "Kapoor", "Fonoti", "Ruiz",
         "Dlamini", "Yilmaz", "McAllister", "Ferreira", "Baptiste", "Kovalenko"],
    ),
    "title": (
        ["Dr.", "Dr", "Mrs.", "Mr", "Ms.", "Pastor", "Officer", "Nurse"],
        ["Father", "Rev.", "Coach", "Judge", "Imam", "Sister", "Mrs", "Detective"],
    ),
    "town": (
        ["Springfield", "Hialeah", "Guadalajara", "Rochdale", "Swindon", "Tulsa", "Fresno",
         "Peoria", "Scranton", "Wigan", "Dayton", "Yonkers", "Stockport", "Oldham",
         "Bakersfield", "Chula Vista", "Ponce", "Tijuana", "Lowell", "Bolton"],
        ["Toledo", "Luton", "Flint", "Gary", "Camden", "Oaxaca", "San Salvador", "Worcester",
         "Tegucigalpa", "Mayagüez", "Huddersfield", "Rotherham", "Modesto", "Waukegan",
         "Elizabeth", "Pawtucket", "Merthyr Tydfil", "Puebla", "Kissimmee", "Preston"],
    ),
    "hood": (
        ["Pilsen", "Little Havana", "Moss Side", "Flatbush", "East Harlem", "Roxbury",
         "Bushwick", "Tottenham"],
        ["Mattapan", "Boyle Heights", "Toxteth", "Wythenshawe", "Overtown", "Canarsie",
         "Hunts Point", "Brixton"],
    ),
    "street_place": (
        ["over on Birchwood", "down on Kessler", "up on Maple", "out on Halsted",
         "round on Wexford", "over on Delancey"],
        ["down on Cermak", "over on Fairmount", "up on Linden", "out on Calloway",
         "back on Ashby", "down on Marlowe"],
    ),
    "stop": (
        ["the Elm and 5th stop", "the Grand/Halsted stop", "the Fulton St station",
         "the Maple Ave stop", "the Kedzie stop"],
        ["the Ashland & 18th stop", "the Pulaski stop", "the Church Street bus stop",
         "the Oak and 3rd stop", "the Wilton Road stop"],
    ),
    "county": (
        ["Cook County", "Hidalgo County", "Lancashire", "Kern County", "Wayne County"],
        ["Essex County", "Cameron County", "Merseyside", "Bexar County", "Tulare County"],
    ),
    "org": (
        ["Northgate Family Clinic", "St. Brigid's Parish", "Ray's Auto Parts",
         "Al-Noor Mosque", "Eastside Food Pantry", "Harbor Light Shelter",
         "Lincoln Elementary", "the Blue Door Café", "Willow Creek Assisted Living",
         "Sri Venkateswara Temple", "Grace Community Church", "Mount Zion Baptist Church",
         "Oakwood Surgery", "Dee's Diner", "Holy Family School", "Riverside Health Centre"],
        ["St. Anthony's Church", "Maplewood Senior Living", "Kessler Road Surgery",
         "Bethel AME Church", "Little Flower Pantry", "Tran's Nail Salon",
         "Crossroads Women's Shelter", "Jefferson High School", "Beth Shalom Synagogue",
         "the Sunrise Café", "Guru Nanak Gurdwara", "Ortiz Tire & Auto",
         "Hillcrest Nursing Home", "Iglesia de Cristo", "Pinewood Academy",
         "Marlowe Street Mosque"],
    ),
    "date": (
        ["3/14/2026", "03/14/26", "14/03/2026", "2026-03-14", "March 14th", "14th March",
         "the 3rd", "the 9th of June", "Mar. 14", "Tue 3 March", "Tuesday the 12th",
         "3 de marzo", "Sept. 2", "11.02.2026", "October 5, 2026", "Jan 7th"],
        ["12/1/25", "1-12-2026", "the 21st", "the 2nd of May", "Aug. 30th", "Fri 9 Jan",
         "Monday the 4th", "el 14 de febrero de 2026", "22 junio", "2026/04/17",
         "November 3rd", "5th Dec", "April 9", "Thursday 23rd", "07.07.2026", "Feb 28"],
    ),
    "age": (
        ["58-year-old", "aged 58", "age 44", "turned 60", "is 37 now", "29 yo",
         "4 months old", "71 years old", "a 16 year old", "turning 40"],
        ["63-year-old", "aged 52", "age 19", "turned 33", "is 45 now", "22 y/o",
         "9 months old", "67 years old", "an 18 yr old", "turns 50"],
    ),
    "age90": (
        ["93 years old", "turned 91", "a 97-year-old", "aged 95", "is 92 now"],
        ["94 years old", "turned 100", "a 96-year-old", "aged 99", "is 90 now"],
    ),
    "id": (
        ["MBR-4471-22", "1EG4-TE5-MK73", "2026-CV-00123", "MRN 12345", "case no. 88-4412",
         "claim 7731-009-A", "account 004418839", "student ID S0049921",
         "licence number DL-77129943", "NHS number 943 476 5919"],
        ["QQ123456C", "SNAP case 2026-0048813", "policy # HMO-55-2301", "MRN: 0098211",
         "case #CW-2026-1187", "member ID XJH448120", "Medicaid ID 88120331K",
         "badge 4471", "docket 25-CR-0441", "ticket number TK-559201"],
    ),
    "phone": (
        ["(773) 555-0147", "773.555.0162", "07700 900 233", "+44 7700 900877",
         "+1-212-555-0182", "312 555 0175"],
        ["(718) 555-0123", "0161 496 0755", "305-555-0144", "+1 (646) 555-0101",
         "07911 123 456", "212.555.0169"],
    ),
    "email": (
        ["keisha.r@example.com", "dmitri88@mail.example.org", "aroha.t@example.net"],
        ["tevita.f@example.com", "maribel_ruiz@example.org", "k.osei@example.co.uk"],
    ),
    "url": (
        ["gofundme.com/f/help-keisha", "www.facebook.com/dmitri.p", "instagram.com/aroha_art"],
        ["https://www.gofundme.com/f/tevita-family", "tiktok.com/@maribel.r", "bit.ly/3xYzQ"],
    ),
    "zip": (
        ["60608", "60608-2231", "zip 11226", "ZIP code 02121", "M14 5TQ", "SE15 4QL"],
        ["90033", "10029-4410", "zip code 78521", "zip 33142", "L8 7PF", "M22 4RB"],
    ),
    "address": (
        ["1420 W. Cermak Rd", "Flat 2, 17 Wexford Close", "Apt 3C, 450 Fulton Street",
         "PO Box 118", "77 Delancey Avenue", "5 Maple Ave"],
        ["2211 N Linden Blvd", "Flat 9, 3 Ashby Terrace", "Unit 4, 90 Marlowe Way",
         "P.O. Box 2290", "318 Calloway Drive", "46 Fairmount Ave"],
    ),
}  # fmt: skip
# Everyday words and public numbers that must survive, by the slot they fit:
# WN a noun phrase, WS a service or public number, WT a relative time, WV a verb phrase.
KEEP = {
    "WN": (["not much hope", "faith in herself", "a chance", "pure joy", "a grace period",
            "the sky", "a rose", "some hope", "no joy"],
           ["no hope left", "her faith", "a fair chance", "real joy", "grace", "a clear sky",
            "a single rose", "little hope"]),
    "WS": (["SNAP", "Medicaid", "988", "211", "the VA", "the food bank", "AA"],
           ["Medicare", "WIC", "NHS 111", "116 123", "Jobcentre", "Citizens Advice", "Samaritans"]),
    "WT": (["last Tuesday", "next week", "9pm", "in 2019", "tomorrow", "this morning"],
           ["next Friday", "7:30", "in 2022", "yesterday", "last month", "tonight"]),
    "WV": (["she may", "she will", "we may", "you will"],
           ["he will", "they may", "I will", "it may"]),
}  # fmt: skip

# --- templates ----------------------------------------------------------------------------
# Slots: {P} unknown person (first or first last), {T} title + surname, {K} a known
# person of this note's mentee, {M} the mentee, {L} a place, {O} an organisation, {D} a
# date, {A} an age, {A9} an age over 89, {I} an ID, {PH} a phone, {E} an email, {U} a URL,
# {Z} a ZIP or postcode, {AD} an address,
# {WN} {WS} {WT} {WV}: everyday words and public numbers to keep (see KEEP);
# {MPH} {MAD} {MZ} {MB} {MCITY} {MST}: the mentee's own phone, address, ZIP, birth date,
# city and street name.

TEMPLATES = (
    [
        "Met {M} at {O} to go through the housing form.",
        "{M} said the bus from {L} was late again, so we met at {O} instead.",
        "Called {M}; {K} answered and said they would ring back after {D}.",
        "We talked about how there was {WN} on Monday, but today felt better.",
        "{M}'s appointment with {T} is on {D}.",
        "{M}, {A}, has been sleeping on a friend's sofa in {L}.",
        "Her grandmother, {A9}, still lives {SP}.",
        "{M} asked me to note the {I} from the benefits letter.",
        "Gave {M} the number for {O}: {PH}.",
        "{P} from {O} emailed from {E} about the food parcel.",
        "{M} wants to apply for {WS} and reminded me about {WS}.",
        "Texted {M} at {MPH} to confirm {D}.",
        "We walked from {MAD} to {ST} and practised the route.",
        "{M} lives {SP} now, closer to {K}.",
        "{M} is worried about her son, {A}, who moved to {L}.",
        "Group today at {O}: {P}, {P} and {M} shared; {P} left early.",
        "{K} drove {M} to {O} for the clothing bank.",
        "{M} set up a page at {U} to raise money for the deposit.",
        "The new flat is at {AD}, {Z}.",
        "{M} was born {MB} and wanted to celebrate quietly this year.",
        "Crisis call: {M} felt unsafe; we called {WS} together and {K} came over.",
        "Family peer support with {K}, whose mum {P} ({A9}) lives alone.",
        "{T} at {O} said the referral went through on {D}.",
        "{M} moved from {L} to {CO} with {K}.",
        "Phone check-in. {M} said there is {WN}, and {WV} keep going.",
        "She takes the bus from {ST} to {O} every Thursday.",
        "{M} said {P} {P2} helped with the gas bill.",
        "We filled in the form with her ZIP, {MZ}, and the city, {MCITY}.",
        "{M} mentioned the old place on {MST} and how noisy it was.",
        "Text from {M} at 9pm: can we move to {D}?",
        "{M} said {WV} try the group {WT} if {K} can come.",
        "There is {WN} in what {M} says about the future.",
    ],
    [
        "{M} and I sat in the car outside {O} and wrote the letter together.",
        "Since {D} {M} has been staying with {K} in {L}.",
        "{M} told me {P} at {O} was kind to her.",
        "Rang {O} on {PH} for {M}; {T} will call back.",
        "{M}'s dad, {A}, is unwell; she visits him in {L} most weekends.",
        "Her nan turned {A9_BARE} and {M} threw a party {SP}.",
        "Wrote down {I} for {M} so she can quote it when she rings.",
        "{M} said {K} was worried; I said {WT} is fine and she can call {WS} any time.",
        "Video call with {M} and {K}; {P} joined from {L}.",
        "New email for {M}'s caseworker {P}: {E}.",
        "We got off at {ST} and walked to {O}.",
        "{M} has a new phone, {MPH}, and asked me to update the record.",
        "{M} wants to live {SP} again, where she grew up.",
        "Support group at {O}: {P}, {P} and {K} came; {M} spoke for the first time.",
        "{M} was upset after court on {D}; {T} gave her another date.",
        "Nothing much today; {M} had {WN} and we planned for {WT}.",
        "Her landlord, {P} {P2}, lives at {AD}.",
        "{M} shared a link to {U} and asked me not to share it.",
        "She is looking for work near {L}. Her brother: {A}.",
        "Postcode for the food bank referral: {Z}.",
        "{M} said her birthday is {MB} so we planned something small.",
        "{M} lives at {MAD} with {K}.",
        "Text thread: {M} asked if {K} could come to {O} on {D}.",
        "Her grandfather, {A9}, lives in {CO}.",
        "{T} from {O} will visit {M} {SP}.",
        "Rode the bus with {M} from {MCITY} to {ST}.",
        "{M}'s letter was sent to {MST} by mistake.",
        "Crisis: {M} called at 2am from {L}; {K} stayed with her and we called {WS}.",
        "Asked {M} whether {WV} come {WT}; {K} thinks so.",
        "{M} talked about {WN} and about {K}.",
    ],
)

# Words for typos: only ordinary words ever get them (identifiers keep their spelling).
TYPO_WORDS = re.compile(r"\b(?:said|with|about|appointment|because|together|tomorrow|"
                        r"housing|letter|called|walked|worried|referral|support|would)\b")  # fmt: skip


class Note:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.keep: list[list[int]] = []
        self.length = 0

    def add(self, text: str, label: str | None = None, known: bool = False) -> None:
        if label == "KEEP":
            self.keep.append([self.length, self.length + len(text)])
        elif label:
            self.spans.append([self.length, self.length + len(text), label, known])
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


# How each mentee's record appears in notes: street line, ZIP/postcode, city, street name.
RECORD_PARTS = {
    1: ("41 Birchwood Drive", "60804", "Cicero", "Birchwood"),
    2: ("22 Kessler Road", "M6 5TQ", "Salford", "Kessler"),
    3: ("1501 SW 8th Street", "33135", "Miami", "8th Street"),
    4: ("880 Grand Avenue", "07501", "Paterson", "Grand Avenue"),
    5: ("9 Peckham Grove", "SE15 4QL", "London", "Peckham Grove"),
    6: ("12 Adams Street", "02122", "Dorchester", "Adams"),
}


def mentee_fields(m: dict) -> dict[str, str]:
    from datetime import date

    born = date.fromisoformat(m["birth_date"])
    line, zipcode, city, street = RECORD_PARTS[m["id"]]
    return {
        "MPH": m["phones"][0],
        "MAD": line,
        "MZ": zipcode,
        "MB": born.strftime("%B ") + str(born.day),
        "MCITY": city,
        "MST": street,
    }


def fill(template: str, rng: random.Random, half: int, mentee: dict) -> Note:
    note = Note()
    pos = 0
    fields = mentee_fields(mentee)
    people = [p[0] for p in mentee["important_people"]]
    lower_name = rng.random() < 0.1
    for m in re.finditer(r"\{([A-Z0-9_]+)\}", template):
        note.add(template[pos : m.start()])
        slot = m.group(1)
        pool = lambda name: POOLS[name][half]  # noqa: E731
        if slot == "M":
            name = rng.choice(
                [mentee["display_name"]] * 3 + [mentee["full_name"]] + mentee["aliases"]
            )
            note.add(name.lower() if lower_name else name, "PERSON", True)
        elif slot == "K":
            note.add(rng.choice(people), "PERSON", True)
        elif slot == "P":
            name = rng.choice(pool("first"))
            if rng.random() < 0.3:
                name += " " + rng.choice(pool("last"))
            note.add(name, "PERSON")
        elif slot == "P2":
            note.add(rng.choice(pool("last")), "PERSON")
        elif slot == "T":
            note.add(rng.choice(pool("title")) + " " + rng.choice(pool("last")), "PERSON")
        elif slot == "L":
            note.add(rng.choice(pool("town") + pool("hood")), "LOCATION")
        elif slot == "CO":
            note.add(rng.choice(pool("county")), "LOCATION")
        elif slot == "SP":
            words = rng.choice(pool("street_place")).split(" ", 2)
            note.add(" ".join(words[:2]) + " ")
            note.add(words[2], "LOCATION")
        elif slot == "ST":
            stop = rng.choice(pool("stop"))
            inner = re.match(r"the (.+?) (?:bus stop|stop|station)$", stop)
            note.add("the ")
            note.add(inner.group(1), "LOCATION")
            note.add(stop[4 + len(inner.group(1)) :])
        elif slot == "O":
            org = rng.choice(pool("org"))
            if org.startswith("the "):
                note.add("the ")
                org = org[4:]
            note.add(org, "ORG")
        elif slot == "D":
            note.add(rng.choice(pool("date")), "DATE")
        elif slot == "A":
            note.add(rng.choice(pool("age")), "AGE")
        elif slot in ("A9", "A9_BARE"):
            age = rng.choice(pool("age90"))
            if slot == "A9_BARE":
                age = re.sub(r"\D", "", age)
            note.add(age, "AGE90")
        elif slot == "I":
            note.add(rng.choice(pool("id")), "ID")
        elif slot == "PH":
            note.add(rng.choice(pool("phone")), "PHONE")
        elif slot == "E":
            note.add(rng.choice(pool("email")), "EMAIL")
        elif slot == "U":
            note.add(rng.choice(pool("url")), "URL")
        elif slot == "Z":
            note.add(rng.choice(pool("zip")), "ZIP")
        elif slot == "AD":
            note.add(rng.choice(pool("address")), "ADDRESS")
        elif slot in KEEP:
            note.add(rng.choice(KEEP[slot][half]), "KEEP")
        elif slot in fields:
            label = {"MPH": "PHONE", "MAD": "ADDRESS", "MZ": "ZIP", "MB": "DATE",
                     "MCITY": "LOCATION", "MST": "LOCATION"}[slot]  # fmt: skip
            note.add(fields[slot], label, True)
        pos = m.end()
    note.add(template[pos:])
    return note


def labelled_value(value: str, label: str) -> list[tuple[str, str | None]]:
    """A pool value split into its identifying part and the words around it: a label
    word ("MRN", "zip", "case no.") is not itself an identifier."""
    if label in ("AGE", "AGE90") and re.match(r"(?:a|an|is) ", value):  # not the age itself
        article = value.split(" ", 1)[0] + " "
        return [(article, None), (value[len(article) :], label)]
    if label in ("ID", "ZIP"):
        m = re.match(r"^((?:[A-Za-z]+\s+)*(?:[A-Za-z]+\.?|#)\s*:?\s*#?\s*)(?=\S*\d)", value)
        if m and m.group(1).strip() and not re.fullmatch(r"[A-Z]{1,2}", m.group(1).strip()):
            return [(m.group(1), None), (value[m.end() :], label)]
    return [(value, label)]


def build_note(rng: random.Random, half: int) -> dict:
    mentee = rng.choice(VAULT)
    templates = rng.sample(TEMPLATES[half], rng.randint(2, 4))
    note = Note()
    for i, t in enumerate(templates):
        part = fill(t, rng, half, mentee)
        if i:
            note.add(" ")
        base = note.length
        text = part.text()
        cuts = sorted({0, len(text)} | {s for s, _, _, _ in part.spans} | {e for _, e, _, _ in part.spans}
                      | {s for s, _ in part.keep} | {e for _, e in part.keep})  # fmt: skip
        for a, b in pairwise(cuts):
            span = next((s for s in part.spans if s[0] == a and s[1] == b), None)
            kept = any(k[0] == a and k[1] == b for k in part.keep)
            chunk = text[a:b]
            if span is not None:
                for piece, label in labelled_value(chunk, span[2]):
                    note.add(piece, label, span[3] if label else False)
            elif kept:
                note.add(chunk, "KEEP")
            else:
                note.add(chunk)
        assert note.length == base + len(text)
    return noisy(note, rng)


def noisy(note: Note, rng: random.Random) -> dict:
    text = note.text()
    if rng.random() < 0.15:
        text = text.lower()

    # typos only in ordinary words, keeping length so spans stay put
    def typo(m: re.Match[str]) -> str:
        w = m.group()
        if rng.random() < 0.2 and len(w) > 3:
            i = rng.randrange(1, len(w) - 2)
            return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        return w

    spans = note.spans
    out = []
    pos = 0
    for m in TYPO_WORDS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _, _ in spans):
            continue
        out.append(text[pos : m.start()])
        out.append(typo(m))
        pos = m.end()
    out.append(text[pos:])
    text = "".join(out)
    return {"text": text, "spans": spans, "keep": note.keep}


def parse_marked(line: str) -> dict:
    note = Note()
    pos = 0
    for m in MARK.finditer(line):
        note.add(line[pos : m.start()])
        label = m.group(1)
        known = label.endswith("_K")
        note.add(m.group(2), label.removesuffix("_K"), known)
        pos = m.end()
    note.add(line[pos:])
    return {"text": note.text(), "spans": note.spans, "keep": note.keep}


def _marked_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def main() -> None:
    rng = random.Random(SEED)
    items = []
    for n in range(320):
        half = 1 if n % 10 < 3 else 0  # 30% held out
        item = build_note(rng, half)
        item["split"] = "held" if half else "dev"
        item["source"] = "template"
        items.append(item)
    for n, line in enumerate(_marked_lines(HERE / "notes.txt")):
        item = parse_marked(line)
        item["split"] = "held" if n % 2 else "dev"
        item["source"] = "hand"
        items.append(item)
    for n, line in enumerate(_marked_lines(HERE / "notes_broad.txt")):
        item = parse_marked(line)
        item["split"] = "fresh" if n % 2 else "dev"
        item["source"] = "hand"
        items.append(item)
    for line in _marked_lines(HERE / "notes_dev.txt"):
        item = parse_marked(line)
        item["split"] = "dev"
        item["source"] = "hand"
        items.append(item)
    for line in _marked_lines(HERE / "notes_fresh2.txt"):
        item = parse_marked(line)
        item["split"] = "fresh2"
        item["source"] = "hand"
        items.append(item)
    for split in ("fresh3", "fresh4", "fresh5", "fresh6"):
        for line in _marked_lines(HERE / f"notes_{split}.txt"):
            item = parse_marked(line)
            item["split"] = split
            item["source"] = "hand"
            items.append(item)
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    vault = {
        "comment": "The records the corpus's notes come from. Everyone is invented.",
        "mentees": VAULT,
    }
    (HERE / "vault.json").write_text(json.dumps(vault, indent=1, ensure_ascii=False) + "\n")
    held = sum(1 for i in items if i["split"] == "held")
    fresh = sum(1 for i in items if i["split"] == "fresh")
    fresh2 = sum(1 for i in items if i["split"] == "fresh2")
    fresh3 = sum(1 for i in items if i["split"] == "fresh3")
    fresh4 = sum(1 for i in items if i["split"] == "fresh4")
    fresh5 = sum(1 for i in items if i["split"] == "fresh5")
    fresh6 = sum(1 for i in items if i["split"] == "fresh6")
    spans = sum(len(i["spans"]) for i in items)
    print(
        f"{len(items)} notes ({held} held out, {fresh} fresh, {fresh2} fresh2, {fresh3} fresh3, "
        f"{fresh4} fresh4, {fresh5} fresh5, {fresh6} fresh6), {spans} spans"
    )


if __name__ == "__main__":
    main()
