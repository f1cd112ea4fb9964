"""Shop, restaurant and delivery chains and big employers, for de-identification (pure;
used by deid_places.find_orgs).

A chain's name says where a mentee shops, eats or works ("works at the Costco in
Croydon", "met at Greggs on Deansgate", "trabaja en Mercadona"), so it is redacted as an
organisation. The list is a modest, hand-written one of well-known chains in the UK, the
US, Mexico and Spain. Names that are also everyday words or places ("Target", "Boots",
"Next", "Iceland", "Liverpool", "Amazon") count only with an employer or store cue
("works at the Amazon warehouse", "the Target on Route 9", "trabaja para Bimbo").
Public services and crisis lines (the Samaritans, 988, Jobcentre, NHS) are not chains and
stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

# Names that are not everyday words: redacted wherever they are written with a capital.
CHAINS = (
    # UK
    "Tesco", "Sainsbury's", "Sainsburys", "Asda", "Morrisons", "Aldi", "Lidl", "Waitrose",
    "Ocado", "Greggs", "Pret A Manger", "Pret", "Primark", "Argos", "Poundland", "Superdrug",
    "Wetherspoons", "Wetherspoon's", "Halfords", "Currys", "Specsavers", "Wilko", "Screwfix",
    "Toolstation", "Nando's", "Deliveroo", "Just Eat", "TK Maxx", "JD Sports",
    "Sports Direct", "Holland & Barrett", "Marks & Spencer", "Matalan", "Poundstretcher",
    "Home Bargains", "B&M", "B&Q", "Timpson",
    # US
    "Walmart", "Wal-Mart", "Costco", "Kroger", "Publix", "Safeway", "Walgreens", "Starbucks",
    "McDonald's", "McDonalds", "Dunkin' Donuts", "Dunkin'", "Dunkin", "Chipotle",
    "Olive Garden", "Home Depot", "Lowe's", "Dollar General", "Dollar Tree", "Family Dollar",
    "Taco Bell", "Wendy's", "Burger King", "Trader Joe's", "Whole Foods", "Best Buy",
    "Chick-fil-A", "Applebee's", "Denny's", "Popeyes", "7-Eleven", "Rite Aid", "Uber",
    "Lyft", "DoorDash", "Instacart", "FedEx", "Amazon Fresh", "Meijer", "Wegmans",
    "ShopRite", "Stop & Shop", "H-E-B",
    # Mexico
    "Oxxo", "OXXO", "Bodega Aurrera", "Soriana", "Chedraui", "Elektra", "Coppel", "Sanborns",
    "Pemex", "Telcel", "Walmex", "Farmacias Guadalajara", "Farmacias del Ahorro",
    "Farmacias Similares", "Suburbia",
    # Spain
    "Mercadona", "Carrefour", "El Corte Inglés", "Eroski", "Alcampo", "Zara", "Telepizza",
    "Glovo", "Hipercor", "Primor", "Decathlon", "Leroy Merlin", "Consum",
)  # fmt: skip
# Names that are everyday words or places too: redacted only with a cue.
CUED_CHAINS = (
    "Target", "Boots", "Next", "Iceland", "Costa", "Co-op", "Subway", "Amazon", "Apple",
    "Shell", "UPS", "Liverpool", "Bimbo", "Dia", "Día", "Gap", "Tim Hortons", "Kmart",
    "Sonic", "Arby's",
)  # fmt: skip


def _alternation(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_END = r"(?:['’]s)?(?![\w'’&-])"
_CHAIN = re.compile(rf"(?<![\w'’&-])(?P<x>{_alternation(CHAINS)}){_END}")
# an employer cue before the name: "works at", "a shift at the", "delivers for",
# "trabaja en", "trabaja para"
_BEFORE = (
    r"(?i:\b(?:works?|working|worked|job|jobs|shift|shifts|interview|employed|hired|delivers?|"
    r"delivering|drives?|driving|trabaja|trabajaba|trabajar|trabajo|turno|entrevista)"
    r"(?:\s+[\w'’]+){0,2}?\s+(?:at|for|with|in|en|para|con)\s+(?:the\s+|el\s+|la\s+)?)"
)
# a store word after it ("the Amazon warehouse", "Target store"), or "the X on/in ..."
_AFTER = (
    r"\s+(?i:warehouse|store|branch|depot|distribution|supermarket|superstore|shop|caf[eé]|"
    r"car\s+park|toilets|tienda|sucursal|almac[eé]n)\b"
)
_CUED = _alternation(CUED_CHAINS)
_CUED_CHAIN = re.compile(
    rf"{_BEFORE}(?P<x>{_CUED}){_END}"
    rf"|(?<![\w'’&-])(?P<y>{_CUED}){_END}(?={_AFTER})"
    rf"|(?i:\b(?:at|from|outside|near|to|behind)\s+the\s+)(?P<z>{_CUED}){_END}"
    r"(?=\s+(?:on|in|near|by|off)\s+(?:the\s+)?(?:[A-Z0-9]|high\s+street|main\s+road))"
)


def chain_orgs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of chains' names (see the module's docstring)."""
    for m in _CHAIN.finditer(text):
        yield m.span("x")
    for m in _CUED_CHAIN.finditer(text):
        group = "x" if m.group("x") else "y" if m.group("y") else "z"
        yield m.span(group)


_CAP = r"(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)"
# a local branch of a national charity, named by its place: "Mind in Camden", "Citizens
# Advice Hull" (the national names alone stay; crisis lines are never branches)
_BRANCH = re.compile(
    r"(?<![\w'’-])(?P<x>(?:Mind|Citizens\s+Advice|Age\s+Concern|Carers\s+Trust|Rethink)"
    rf"\s+(?:in\s+)?(?P<place>{_CAP}(?:\s+{_CAP})?))(?![\w'’-])"
)
# an "X for Y" body named for its place: "Transport for London", "Healthwatch for Leeds"
_FOR_PLACE = re.compile(
    rf"(?<![\w'’-])(?P<x>(?P<what>{_CAP})(?:\s+{_CAP})?\s+for\s+(?P<place>{_CAP}(?:\s+{_CAP})?))"
    r"(?![\w'’-])"
)
_NOT_FOR = frozenset(
    """thanks thank off leaving left headed heading bound bus train flight ticket tickets
    time room space call calls hope prayers pray love support""".split()  # noqa: SIM905
)
# a service named only by generic words and a compass point: "Recovery College East",
# "Wellbeing Hub North West" (the generic name alone stays)
_COMPASS = re.compile(
    r"(?<![\w'’-])(?P<x>(?:[A-Z][a-z]+\s+){0,3}"
    r"(?:College|Hub|Centre|Center|Service|Services|Team|Clinic|Café|Cafe|Academy|House)"
    r"\s+(?:North|South|East|West|Central)(?:\s+(?:East|West))?)(?![\w'’-])"
)
# a sports club with its suffix: "Moss Side FC", "Hackney RFC", "Real Oviedo CF"
_CLUB = re.compile(
    rf"(?<![\w'’-])(?P<x>{_CAP}(?:\s+{_CAP}){{0,3}}\s+(?:A\.?F\.?C|F\.?C|R\.?F\.?C|C\.?F)\.?)"
    r"(?![\w'’-])"
)

# programmes one applies to, not colleges
_PROGRAMMES = frozenset(
    """universal credit housing benefit benefits council pension allowance attendance""".split()  # noqa: SIM905
)
# a college or an employer named alone after a cue: "apply to Goldsmiths", "studies at
# Birkbeck", "limpia oficinas para Clece"
_STUDY_OR_WORK = re.compile(
    r"(?:\b(?i:apply|applied|applying|application|accepted|offer)\s+(?:to|by|from)\s+"
    r"|\b(?i:studies|study|studying|enrolled|student|place)\s+at\s+"
    r"|\b(?i:trabaja|trabajaba|trabajar|limpia|limpiaba|reparte|repart[ií]a|conduce|"
    r"cose|cocina)(?:\s+[\w]+){0,2}?\s+(?:para|en)\s+)"
    rf"(?P<x>{_CAP}(?:\s+{_CAP})?)(?![\w'’-])"
)


def named_orgs(
    text: str, places: Set[str], words: Set[str], keep: Set[str] = frozenset()
) -> Iterator[tuple[int, int]]:
    """Local branches, "X for Y" bodies, services with a compass point, sports clubs and
    a college or employer after a cue (``places``: the gazetteer, folded; ``words``:
    everyday English words; ``keep``: words never a name of their own - weekdays,
    programmes, public bodies, given names)."""
    for m in _STUDY_OR_WORK.finditer(text):
        parts = m.group("x").lower().split()
        if not any(p in keep or p in places or p in _PROGRAMMES for p in parts) and not (
            len(parts) == 1 and parts[0] in words and not parts[0].endswith("s")
        ):
            yield m.span("x")
    for m in (
        _BRANCH.finditer(text)
        if "Mind" in text
        or "Advice" in text
        or " Trust" in text
        or "Rethink" in text
        or "Concern" in text
        else ()
    ):
        place = m.group("place").lower()
        # a gazetteer place, or a name that is no everyday word ("Mind in Haringey";
        # not "Mind in General")
        if place in places or all(p not in words for p in place.split()):
            yield m.span("x")
    for m in _FOR_PLACE.finditer(text) if " for " in text else ():
        what = m.group("what").lower()
        if (
            m.group("place").lower() in places
            and what in words
            and what not in _NOT_FOR
            and not what.endswith(("ing", "ed"))
        ):
            yield m.span("x")
    for m in _COMPASS.finditer(text):
        yield m.span("x")
    for m in _CLUB.finditer(text) if "C" in text else ():
        yield m.span("x")
