"""De-identification: ordered detectors that find identifiers in text and replace them.

Public API (used by formats/supervision.py and services/supervision.py):

- :class:`Identifier`: something the vault knows (``label`` KNOWN_NAME, PHONE, EMAIL,
  ADDRESS, ZIP, DATE for a birth date, LOCATION, ORG). :func:`known_identifiers` makes
  them from mentee records (names, aliases, important people, consents, phones, emails,
  address with its street, house number, city and ZIP/postcode, birth date). A DATE
  identifier in ISO form (1968-03-14) matches the date in every written form; any other
  text matches as written;
  :func:`place_identifiers` and :func:`org_identifiers` from places and organisations the
  vault knows (the mentor's region, the directory's cities, organisation and service
  names). These two are not part of the fail-closed scan (``scan=False``).
- :class:`Deidentifier` ``(identifiers, *, mentee_order, day_first, extra_terms, names)``:
  ``find(text)`` gives the redactions, ``redact(text)`` the redacted text and its spans;
  ``pseudonym(mentee_id)`` the stable "Mentee A" of a mentee within one export.
- :class:`Redaction`: one replacement, with ``label`` (see :data:`LABELS`), ``reason``,
  ``what`` (the class for the preview: "a place", "a date", "an age", "a name" ...; see
  :func:`describe`) and never the text it replaced.
- :func:`residual_hits` ``(text, identifiers)`` and :class:`KnownScanner` (``first_hit``,
  ``hits``): the fail-closed scan of finished output. It ignores the engine's own
  replacement text (:data:`ENGINE_TEXT`), so "[date]", "Mentee A" or "in their 50s" never
  block, and a known name that is an everyday word (Hope, June, Will) counts only where
  it is used as a name (so "not much hope" and "June 2026" do not block either).

Detectors, in order (the longest span wins; on a tie, the earlier detector):

1. **known**: every identifier the vault knows, in any letter case, after Unicode
   normalisation (NFKC, zero-width characters removed, look-alike Cyrillic and Greek
   letters folded, accents dropped), with possessives and digits attached ("Maria2"),
   inside hashtags and @handles; phone numbers in any grouping; a birth date in any
   written form. A known name that is an everyday word is replaced only where it is
   used as a name (:func:`used_as_name`).
2. **patterns**: phone numbers (``phonenumbers`` plus a digit-group rule; toll-free and
   short public numbers such as 988, 211 and 116 123 stay), emails, URLs, @handles, whole
   ID tokens (labelled ones and letter-digit tokens), ZIP and ZIP+4, UK postcodes,
   street addresses.
3. **dates** (deid_dates.py): every date with a day or a month → "[date]"; ages → decade
   bands, over 89 → "90+".
4. **places and organisations** (deid_places.py): gazetteer, streets and estates used as
   places, small local organisations.
5. **unknown names** from the name lists in resources/names/, titles included.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources

import phonenumbers

from peerdesk.core.formats import deid_dates, deid_places
from peerdesk.core.formats.deid_places import opens_sentence
from peerdesk.core.messages import QT_TRANSLATE_NOOP, Message, Translate, english

LABELS = (
    "KNOWN_NAME",
    "PERSON",
    "PHONE",
    "EMAIL",
    "URL",
    "ID",
    "ZIP",
    "POSTCODE",
    "ADDRESS",
    "LOCATION",
    "ORG",
    "DATE",
    "AGE",
    "AGE90",
    "MANUAL",
)
# What each kind of redaction hides, in the mentor's words: the preview's "why" (the one
# table; formats/supervision.explain reads it through Redaction.what).
CLASS_WORDS = {
    "KNOWN_NAME": "a name the vault knows",
    "PERSON": "a person's name",
    "PHONE": "a phone number",
    "EMAIL": "an email address",
    "URL": "a web address",
    "ID": "an ID or case number",
    "ZIP": "a ZIP code",
    "POSTCODE": "a postcode",
    "ADDRESS": "an address",
    "LOCATION": "a place",
    "ORG": "an organisation",
    "DATE": "a date",
    "AGE": "an age",
    "AGE90": "an age",
    "MANUAL": "redacted by you",
}
REPLACEMENTS = {
    "PHONE": "[PHONE]",
    "EMAIL": "[EMAIL]",
    "URL": "[URL]",
    "ID": "[ID]",
    "ZIP": "[ZIP]",
    "POSTCODE": "[postcode]",
    "ADDRESS": "[ADDRESS]",
    "LOCATION": "[place]",
    "ORG": "[organisation]",
    "DATE": "[date]",
}
PHONE_REGIONS = ("US", "GB", "CA", "IE", "AU")
# Kept for callers; ZIP codes are now removed whole (no three-digit prefix is kept).
SPARSE_ZIP3 = frozenset(
    [
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    ]
)

_LETTER = r"[^\W\d_]"
_BEFORE = rf"(?<!{_LETTER})"  # a letter may not touch a name; a digit may ("Maria2")
_AFTER = rf"(?!{_LETTER})"
_SCAN_JOIN = r"(?:[\s\u00ad]|-\s*)*"  # what a renderer may put between letters


def describe(label: str) -> str:
    """The class of a redaction for the preview ("a place", "a date", "an age")."""
    return CLASS_WORDS.get(label, "an identifier")


# --- normalisation ------------------------------------------------------------------------

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\ufeff\u00ad\u180e")
# Letters that look like Latin ones (Cyrillic and Greek), folded for matching only.
_CONFUSABLES = str.maketrans(
    "АВЕКМНОРСТУХаеорсухіјѕԁһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ",
    "ABEKMHOPCTYXaeopcyxijsdhlABEZHIKMNOPTYXoikvptux",
)


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The text identifiers are matched in, and where each of its characters came from
    (``None`` when nothing changed). NFKC, zero-width characters removed, look-alike
    letters folded, accents dropped, one kind of apostrophe; letter case is kept."""
    if text.isascii():
        return text, None
    out: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(text):
        if c in _ZERO_WIDTH:
            continue
        if c.isascii():
            out.append(c)
            pos.append(i)
            continue
        n = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", c))
        n = "".join(x for x in n if not unicodedata.combining(x)).translate(_CONFUSABLES)
        n = n.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
        for x in n:
            out.append(x)
            pos.append(i)
    pos.append(len(text))
    return "".join(out), pos


def fold(text: str) -> str:
    """Lower case, normalised (see :func:`normalise`): the form identifiers match in."""
    return normalise(text)[0].lower()


# --- the vault's identifiers --------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Identifier:
    """Something the vault knows. ``kind`` names the field for messages ("a mentee's
    alias") and never quotes the value. ``scan``: part of the fail-closed scan."""

    text: str
    kind: str
    label: str = "KNOWN_NAME"  # KNOWN_NAME | PHONE | EMAIL | ADDRESS | ZIP | DATE | LOCATION | ORG
    owner: int | None = None  # the mentee it belongs to (for the pseudonym), if any
    person: bool = True  # replaced by a pseudonym or [PERSON]; otherwise by [label]
    replacement: str = ""  # instead of the above
    scan: bool = True

    def __repr__(self) -> str:
        return f"<Identifier {self.kind}>"


@dataclass(frozen=True, repr=False)
class Redaction:
    """One replacement. ``start``/``end`` index the text it was found in (or, from
    :meth:`Deidentifier.redact`, the redacted text). The original is never stored."""

    start: int
    end: int
    label: str
    reason: str
    replacement: str
    key: str = ""  # stable across re-runs: where it came from, for "undo this one"
    undoable: bool = True

    @property
    def what(self) -> str:
        return describe(self.label)

    def __repr__(self) -> str:
        return f"<Redaction {self.label} {self.start}:{self.end}>"


def _tokens(name: str) -> list[str]:
    out = []
    for raw in re.split(r"[\s,;/()]+", name):
        word = raw.strip(".'’\"-")
        if any(c.isalpha() for c in word):
            out.append(word)
            if "-" in word:
                out.extend(p for p in word.split("-") if any(c.isalpha() for c in p))
    return out


def name_forms(name: str) -> list[str]:
    """The whole name and each word of it on its own (words without letters are left out)."""
    name = " ".join(name.split())
    if not name:
        return []
    forms = [name] if any(c.isalpha() for c in name) else []
    forms += [t for t in _tokens(name) if t != name]
    # "Mary-Jane" is also written "Mary Jane" and "MaryJane"
    for t in _tokens(name):
        if "-" in t:
            forms += [t.replace("-", " "), t.replace("-", "")]
    return list(dict.fromkeys(forms))


_ZIP_IN = re.compile(r"(?<!\d)(\d{5})(?:-(\d{4}))?(?!\d)")
_POSTCODE_IN = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b", re.I)
_STREET_SUFFIXES = [
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "ct",
    "place",
    "pl",
    "way",
    "close",
    "crescent",
    "cres",
    "terrace",
    "parade",
    "grove",
    "gardens",
    "square",
    "sq",
    "highway",
    "hwy",
    "row",
    "walk",
    "hill",
    "park",
    "mews",
    "view",
    "circle",
    "cir",
    "trail",
    "parkway",
    "pkwy",
]


def address_parts(address: str) -> dict[str, list[str]]:
    """An address split into what a note may mention on its own: the whole address and
    its lines ("address"), street with and without the house number, the street's own
    name ("Birchwood"), the house number with it ("41 Birchwood"), city, ZIP/postcode."""
    parts: dict[str, list[str]] = {"address": [], "street": [], "city": [], "zip": []}
    whole = " ".join(address.split())
    if not whole:
        return parts
    parts["address"].append(whole)
    states = {s.lower() for s in _STATES}
    for m in _ZIP_IN.finditer(whole):
        parts["zip"].append(m.group(1))
        if m.group(2):
            parts["zip"].append(m.group(0))
    for m in _POSTCODE_IN.finditer(whole):
        parts["zip"] += [m.group(0), f"{m.group(1)} {m.group(2)}", f"{m.group(1)}{m.group(2)}"]
    for line in re.split(r"[\n,]+", address):
        line = " ".join(line.split())
        line = _POSTCODE_IN.sub(" ", _ZIP_IN.sub(" ", line)).strip()
        words = [w for w in line.split() if w.lower().strip(".") not in states]
        line = " ".join(words)
        if len(line) < 3 or not any(c.isalpha() for c in line):
            continue
        house = re.match(
            r"^(?:(?:apt|apartment|flat|unit|suite|ste)\.?\s*#?\s*\w+\s+)?(\d+[A-Za-z]?)\s+(.+)$",
            line,
            re.I,
        )
        if house:
            number, street = house.group(1), house.group(2)
            parts["street"] += [line, street]
            core = [w for w in street.split() if w.lower().strip(".") not in _STREET_SUFFIXES]
            if core and len(core) < len(street.split()):
                name = " ".join(core)
                parts["street"] += [name, f"{number} {name}"]
            bare = re.sub(r"(?i)^(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+", "", street)
            if bare != street and len(bare) >= 4:
                parts["street"].append(bare)  # "8th Street" of "SW 8th Street"
        elif re.search(r"(?i)\b(?:" + "|".join(_STREET_SUFFIXES) + r")\b\.?$", line):
            parts["street"].append(line)
            core = [w for w in line.split() if w.lower().strip(".") not in _STREET_SUFFIXES]
            if core:
                parts["street"].append(" ".join(core))
        elif not re.match(r"(?i)^(?:apt|apartment|flat|unit|suite|po box)\b", line):
            parts["city"].append(line)
    return {k: list(dict.fromkeys(v)) for k, v in parts.items()}


def address_forms(address: str) -> list[str]:
    """Every part of an address that identifies it (see :func:`address_parts`)."""
    p = address_parts(address)
    return list(dict.fromkeys(p["address"] + p["street"] + p["city"] + p["zip"]))


def email_forms(email: str) -> list[str]:
    """An email and its local part (also without digits): "maria.s", "mgarcia"."""
    email = email.strip()
    out = [email]
    local = email.split("@", 1)[0]
    if len(local) >= 3 and "@" in email:
        out.append(local)
        bare = re.sub(r"\d+$", "", local)
        if len(bare) >= 4 and bare != local:
            out.append(bare)
    return out


def birth_date_identifiers(born: date, kind: str = "a mentee's birth date") -> list[Identifier]:
    """A birth date, matched in every written form by the engine and the scan."""
    return [Identifier(born.isoformat(), kind, "DATE", person=False)]


def known_identifiers(
    mentees: Iterable, *, places: Iterable[str] = (), orgs: Iterable[str] = ()
) -> list[Identifier]:
    """Identifiers from mentee records (peerdesk.core.services.mentees.MenteeRecord, or
    anything with the same attributes; ``birth_date`` may be missing), plus the places
    and organisations the vault knows (see :func:`place_identifiers`)."""
    out: list[Identifier] = []
    for m in mentees:
        mid = m.id
        for form in name_forms(m.display_name):
            out.append(Identifier(form, "a mentee's name", owner=mid))
        for form in name_forms(getattr(m, "full_name", "") or ""):
            out.append(Identifier(form, "a mentee's full name", owner=mid))
        for alias in getattr(m, "aliases", ()):
            for form in name_forms(alias):
                out.append(Identifier(form, "a mentee's alias", owner=mid))
        for c in getattr(m, "contacts", ()):
            value = c.value.strip()
            if not value:
                continue
            if c.kind == "email" or "@" in value:
                for form in email_forms(value):
                    out.append(Identifier(form, "a mentee's email", "EMAIL", person=False))
            else:
                out.append(Identifier(value, "a mentee's phone number", "PHONE", person=False))
        address = (getattr(m, "address", "") or "").strip()
        if address:
            out += _address_identifiers(address, "a mentee's")
        born = getattr(m, "birth_date", None)
        if isinstance(born, date):
            out += birth_date_identifiers(born)
        for p in getattr(m, "important_people", ()):
            for form in name_forms(p.name):
                out.append(Identifier(form, "an important person's name"))
            contact = (getattr(p, "contact", "") or "").strip()
            if contact:
                if "@" in contact:
                    for form in email_forms(contact):
                        out.append(
                            Identifier(form, "an important person's contact", "EMAIL", person=False)
                        )
                elif _phone_key(contact):
                    out.append(
                        Identifier(contact, "an important person's contact", "PHONE", person=False)
                    )
        for c in getattr(m, "consents", ()):
            whom = " ".join(c.with_whom.split())
            if whom:
                kind = "a sharing consent's name"
                out.append(Identifier(whom, kind, replacement="[NAME]"))
                head = whom.split()[0].strip(".,'’")
                # "Hillside Housing Office" is also "Hillside" in a note.
                if " " in whom and len(head) >= 4 and head.lower() not in _GENERIC_HEADS:
                    out.append(Identifier(head, kind, replacement="[NAME]"))
    out += place_identifiers(places)
    out += org_identifiers(orgs)
    return [i for i in out if i.text]


def _address_identifiers(address: str, whose: str) -> list[Identifier]:
    p = address_parts(address)
    out = [Identifier(f, f"{whose} address", "ADDRESS", person=False) for f in p["address"]]
    out += [Identifier(f, f"{whose} street", "ADDRESS", person=False) for f in p["street"]]
    out += [Identifier(f, f"{whose} town or city", "LOCATION", person=False) for f in p["city"]]
    out += [Identifier(f, f"{whose} ZIP or postcode", "ZIP", person=False) for f in p["zip"]]
    return out


def place_identifiers(
    names: Iterable[str], kind: str = "a place the vault knows"
) -> list[Identifier]:
    """Places the vault knows (the mentor's region, the directory's cities and
    localities, directory addresses): redacted as places, not part of the final scan."""
    out: list[Identifier] = []
    for name in names:
        name = " ".join((name or "").split())
        if len(name) < 3 or not any(c.isalpha() for c in name):
            continue
        if re.search(r"\d", name) or "," in name:
            for ident in _address_identifiers(name, "a directory"):
                out.append(Identifier(ident.text, kind, ident.label, person=False, scan=False))
        else:
            out.append(Identifier(name, kind, "LOCATION", person=False, scan=False))
    return out


def org_identifiers(
    names: Iterable[str], kind: str = "an organisation the vault knows"
) -> list[Identifier]:
    """Organisations and services the vault knows (the directory): the whole name, and
    its first word when that word is distinctive ("Northgate" of "Northgate Family
    Clinic"). Programmes and large institutions are left out; not part of the scan."""
    out: list[Identifier] = []
    for name in names:
        name = " ".join((name or "").split())
        if len(name) < 4 or fold(name) in deid_places.INSTITUTIONS:
            continue
        words = name.split()
        if len(words) == 1 and fold(name) in deid_places.common_words():
            continue
        if len(words) > 1 and all(fold(w) in deid_places.GENERIC for w in words):
            continue  # "Food Bank", "Crisis Line": generic, not a name
        out.append(Identifier(name, kind, "ORG", person=False, scan=False))
        head = words[0].strip(".,'’")
        if (
            len(words) > 1
            and len(head) >= 4
            and fold(head) not in _GENERIC_HEADS
            and fold(head) not in deid_places.GENERIC
            and fold(head) not in deid_places.common_words()
            and fold(head) not in deid_places.INSTITUTIONS
            and head[:1].isupper()
        ):
            out.append(Identifier(head, kind, "ORG", person=False, scan=False))
    return out


_GENERIC_HEADS = set(
    [
        "the",
        "city",
        "county",
        "north",
        "south",
        "east",
        "west",
        "mental",
        "health",
        "housing",
        "community",
        "local",
        "social",
        "citizens",
        "national",
        "royal",
        "saint",
        "family",
        "child",
        "children",
        "adult",
        "public",
        "state",
        "general",
        "central",
        "crisis",
        "peer",
        "support",
        "first",
    ]
)


_NOT_DIGITS = re.compile(r"[^0-9]")
_SCAN_GAPS = re.compile(r"[\s\-\u00ad]+")


def _digits(text: str) -> str:
    """The ASCII digits of ``text`` (full-width and other Unicode digits folded first)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = "".join(str(unicodedata.digit(c, "")) if c.isdigit() else c for c in text)
    return _NOT_DIGITS.sub("", text)


def _phone_key(text: str) -> str | None:
    """The last 7 digits of a phone number: enough to find it in any format."""
    digits = _digits(text)
    return digits[-7:] if len(digits) >= 7 else None


# --- regex from many words (a trie, so 5,000 names cost about what 50 do) ----------------


def _char_pattern(c: str) -> str:
    if c == "'":
        return "['’‘]"
    if c == " ":
        return r"\s+"
    if c == "-":
        return r"[-‐‑]"
    return re.escape(c)


def trie_pattern(words: Iterable[str], *, joiner: str = "") -> str:
    """One regex matching any of ``words`` (longest first at each position)."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict, depth: int) -> str:
        end = "" in node
        branches = [
            (joiner if depth else "") + _char_pattern(c) + build(child, depth + 1)
            for c, child in sorted(node.items())
            if c != ""
        ]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return build(root, 0) or r"(?!x)x"


# --- name lists ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]
    last: frozenset[str]
    common_words: frozenset[str]


def _read_list(name: str) -> frozenset[str]:
    text = resources.files("peerdesk.resources").joinpath("names").joinpath(name).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def name_lists() -> NameLists:
    """Census (US, public domain) and Faker (MIT, many origins) given names and surnames;
    names that are everyday words need context (see resources/names/README.md)."""
    first = (
        _read_list("first_names.txt")
        | _read_list("extra_first_names.txt")
        | _read_list("world_first_names.txt")
    )
    last = _read_list("last_names.txt") | _read_list("world_last_names.txt")
    common = deid_places.common_words() | frozenset(deid_dates.MONTHS) | _NOT_NAMES
    return NameLists(first, last, common)


@cache
def english_words() -> frozenset[str]:
    """Lower-case English words (SCOWL): a capitalised word that is one is no name
    without a cue."""
    return (
        _read_list("english_words.txt")
        | _read_list("other_words.txt")
        | _read_list("medicines.txt")
    )


@cache
def known_name_words() -> frozenset[str]:
    """Names that are everyday words in use (Hope, June, Will, Rose, Sky): a known name
    among them is replaced, and blocks the scan, only where it is used as a name."""
    return _read_list("common_word_names.txt") | frozenset(deid_dates.MONTHS)


# Lower-case words our name lists hold that are no English word but are not names in a
# note either (Spanish function words, texting shorthand).
_LOWER_STOP = frozenset(
    [
        "en",
        "con",
        "por",
        "para",
        "una",
        "uno",
        "los",
        "las",
        "del",
        "fue",
        "estaba",
        "estan",
        "están",
        "era",
        "ahora",
        "aqui",
        "aquí",
        "mucho",
        "poco",
        "que",
        "con",
        "los",
        "las",
        "del",
        "una",
        "uno",
        "por",
        "para",
        "pero",
        "como",
        "muy",
        "mas",
        "más",
        "esta",
        "está",
        "este",
        "son",
        "sus",
        "hay",
        "tiene",
        "vive",
        "dijo",
        "llega",
        "desde",
        "cerca",
        "hija",
        "hijo",
        "mamá",
        "mama",
        "papa",
        "papá",
        "abuela",
        "tia",
        "tía",
        "tio",
        "tío",
        "casa",
        "bien",
        "todo",
        "toda",
        "nada",
        "algo",
        "ella",
        "ellos",
        "nos",
        "les",
        "mis",
        "tus",
        "tmrw",
        "tmr",
        "thx",
        "pls",
        "plz",
        "lol",
        "omg",
        "idk",
        "btw",
        "ive",
        "dont",
        "cant",
        "wont",
        "didnt",
        "isnt",
        "thats",
        "im",
        "youre",
        "hes",
        "shes",
        "theyre",
        "gonna",
        "wanna",
        "gotta",
        "kinda",
        "sorta",
        "yeah",
        "yep",
        "nah",
        "hmm",
        "okay",
        "ok",
    ]
)
_FAMILY_TITLES = frozenset("sister brother father mother aunt uncle".split())  # noqa: SIM905
_LOWER_TITLES = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "officer",
        "pastor",
        "nurse",
        "rev",
        "father",
        "imam",
        "rabbi",
        "coach",
        "judge",
        "detective",
        "sgt",
        "deacon",
    ]
)

# Words our name lists hold that are never a person in a note.
_NOT_NAMES = frozenset(
    [
        "nieto",
        "nieta",
        "sobrino",
        "sobrina",
        "suegra",
        "suegro",
        "cuñada",
        "cuñado",
        "marido",
        "esposo",
        "esposa",
        "hermana",
        "hermano",
        "hija",
        "hijo",
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        "vino",
        "vinieron",
        "llegó",
        "llego",
        "habló",
        "hablo",
        "llamó",
        "llamo",
        "quiere",
        "puede",
        "trabaja",
        "cumple",
        "cumplió",
        "cumplio",
        "viene",
        "vienen",
        "fue",
        "salió",
        "salio",
        "uni",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mentee",
        "mentor",
        "peer",
        "god",
        "jesus",
        "lord",
        "christ",
        "allah",
        "english",
        "spanish",
        "french",
        "ok",
        "okay",
        "hi",
        "hey",
        "dear",
        "thanks",
        "thank",
        "tues",
        "weds",
        "thurs",
        "sept",
        "snap",
        "medicaid",
        "medicare",
        "va",
        "nhs",
        "ssi",
        "ssdi",
        "ebt",
        "wic",
        "gp",
        "er",
        "ed",
        "icu",
        "aa",
        "na",
        "zoom",
        "whatsapp",
        "facebook",
        "instagram",
        "google",
        "uber",
        "lyft",
        "amazon",
        "walmart",
        "target",
        "tesco",
        "christmas",
        "easter",
        "thanksgiving",
        "halloween",
        "hanukkah",
        "diwali",
        "eid",
        "ramadan",
        "passover",
        "xmas",
        "navidad",
        "today",
        "tonight",
        "tomorrow",
        "yesterday",
        "samaritans",
        "jobcentre",
        "citizens",
        "shelter",
        "refuge",
        "childline",
        "nami",
        "samhsa",
    ]
)

# --- pattern detectors --------------------------------------------------------------------

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|info|me|co\.uk|org\.uk|uk|ie|au|ca|us|ly|gl|app|link)(?:/[^\s<>\"]*)?\b"
    # any other domain with a path after it: "linktr.ee/name", "bps.example.org/x"
    r"|\b[A-Za-z][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}/[^\s<>\"]*[\w/]",
    re.I,
)
_URL_HINT = re.compile(
    r"(?i)https?://|www\.|\.(?:com|org|net|io|info|me|uk|ie|au|ca|us|ly|gl|app|link)\b"
    r"|[a-z]\.[a-z]{2,6}/"
)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]{1,30}\w")
HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w]*")
_ID_WORDS = (
    r"case|client|ref(?:erence)?|id|nhs|ssn|ss|sin|nin|ni|itin|claim|member(?:ship)?|account|"
    r"acct|a/c|policy|file|medicaid|medicare|mbi|mrn|chart|licen[cs]e|dl|passport|benefits?|"
    r"tenancy|tenant|customer|patient|record|insurance|insurer|pps|hmis|student|pupil|badge|"
    r"employee|staff|payroll|docket|ticket|booking|confirmation|order|tracking|invoice|voucher|"
    r"application|app|permit|visa|uscis|alien|a-number|ebt|snap|wic|housing|voter|plate|"
    r"registration|reg|vin|routing|sort\s+code|iban|card|group|plan|subscriber|rx|"
    r"prescription|social\s+security|national\s+insurance|driver'?s?\s+licen[cs]e|"
    r"número|numero|expediente"
)
ID_PATTERNS = [
    re.compile(
        rf"(?i)\b(?:{_ID_WORDS})(?:\s+(?:number|no\.?|num|nbr|#|id|ref|code))?\s*(?:is|was|=|:|#|-)?\s*"
        r"(?P<id>(?:(?-i:[A-Z]{1,4})[-/ ]?|[A-Za-z]{1,4}[-/]?)?\d[\dA-Z]*(?:[-/.][\dA-Z]+)*(?:\s\d[\dA-Z-]*){0,3})(?![\w-])"
    ),
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # US SSN shape
    re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),  # UK NI
    re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b(?=\s*\(?NHS)", re.I),
    # Medicare MBI: 11 characters, digit-letter pattern, written with or without dashes
    re.compile(r"\b\d[A-Z][A-Z\d]\d-?[A-Z][A-Z\d]\d-?[A-Z]{2}\d\d\b"),
    re.compile(r"(?<![\w&])#\d{4,}\b"),
]
# Letter-and-digit tokens that are no word ("MBR-4471-22", "A12345678", "2026-CV-00123").
_CODE = re.compile(
    r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])", re.I
)
# a long number, with a check letter after it if it has one ("301 456 789A", a CRN)
_LONG_DIGITS = re.compile(r"(?<![\d,.$£€#])\d(?:[ -]?\d){7,}(?:[A-Za-z](?!\w))?(?![\d,])")
_STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
]
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
    "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|"
    "Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico"
)
ZIP = re.compile(
    r"(?:\b(?:" + "|".join(_STATES) + "|" + _STATE_NAMES + r")\.?,?\s+"
    r"|\b(?i:zip(?:\s*code)?|zipcode|postal\s+code|c[oó]digo\s+postal|c\.?p\.?)\s*:?\s*(?:is\s+)?)"
    r"(?P<zip>\d{5}(?:-\d{4})?)\b"
)
_ZIP_PLUS4 = re.compile(r"(?<![\w-])\d{5}-\d{4}(?![\w-])")
# A five-digit number on its own is a ZIP code in a note far more often than anything else.
# crisis text lines and helplines with five digits: public numbers, never a ZIP code
PUBLIC_SHORT_NUMBERS = ("50808", "85258")  # Ireland's and the UK's crisis text lines
_ZIP_BARE = re.compile(
    r"(?<![\w$£€#.,/:-])(?P<zip>(?!"
    + "|".join(PUBLIC_SHORT_NUMBERS)
    + r")\d{5})(?![\w%/:-]|[.,]\d)"
    r"(?!\s*(?:dollars|bucks|steps|people|calories|mg|miles|km|words|points|views|followers|"
    r"likes|hours|minutes|pounds|lbs|euros|pesos|usd|gbp))"
)
POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b"
    # an Irish Eircode: a routing key and a unique part with a letter and a digit in it
    r"|\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?=[0-9A-Z]{0,3}[AC-FHKNPRTV-Y])(?=[0-9A-Z]{0,3}\d)"
    r"[0-9AC-FHKNPRTV-Y]{4}\b"
    # an Australian postcode after its state: "WA 6162", "NSW 2166"
    r"|(?<=\b(?:NSW|VIC|Vic|QLD|Qld|TAS|Tas|ACT)\s)\d{4}\b|(?<=\b(?:WA|SA|NT)\s)\d{4}(?!\d)"
)
_POSTCODE_OUTWARD = re.compile(
    r"(?i:\b(?:in|near|around|from|postcode|post\s+code)\s+)(?P<x>[A-Z]{1,2}\d{1,2}[A-Z]?)\b(?!\s*\d)"
)
_SUFFIX_NUM = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|"
    r"Close|Crescent|Cres|Terrace|Parade|Grove|Gardens|Square|Sq|Highway|Hwy|Row|Walk|Hill|"
    r"Park|Mews|View|Circle|Cir|Trail|Parkway|Pkwy|Calle|Avenida|Camino)"
)
_SUFFIX_BARE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Crescent|Terrace|Close|"
    r"Parkway|Pkwy|Highway|Hwy|Court|Ct|Way|Place|Circle|Trail|Row|Mews|Grove)"
)
_UNIT = (
    r"(?:Apt|Apartment|Flat|Unit|Suite|Ste|Room|Rm|Lot|Bldg|Building|Piso|Depto)\.?\s*#?\s*"
    r"(?=\w*\d|[A-Z]\b)\w+"
)
# a compass point before a street's name goes with it: "NE 2nd Ave", "W. Cermak Rd"
_COMPASS = r"\b(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
# a Spanish street's head and the small words of its name: "Avda. de la Constitución 45",
# "C/ Mayor 5, 2º B", "Calle de Alcalá 112", "Pza. del Sol s/n"
_ES_STREET = (
    r"(?:(?i:calle|avenida|camino|carrera|paseo|plaza|ronda|traves[ií]a|pasaje|callej[oó]n|"
    r"carretera|bulevar|glorieta|calzada|cerrada|privada|prolongaci[oó]n)\b|C/|Cl\.|"
    r"Avda\.?|Av\.|Cra\.|Pº|Pza\.|Ctra\.)"
)
_ES_OF = r"(?:de\s+(?:la|las|los)\s+|del\s+|de\s+|la\s+|el\s+|y\s+)"
ADDRESS = [
    re.compile(
        rf"(?:\b{_UNIT},?\s+)?\b\d{{1,6}}[A-Za-z]?(?:-\d+)?,?\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?"
        rf"(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}{_SUFFIX_NUM}\b\.?"
        rf"(?:,?\s+(?:{_UNIT}|#\s*\d+\w*)\b)?"
    ),
    re.compile(
        r"(?i:\b(?:apt|apartment|flat|unit|suite)\.?\s*#?\s*\w+,?\s+)?"
        r"(?i:\b\d{1,6}[A-Za-z]?,?\s+)(?:(?!(?:on|in|at|to|of|the|a|an|our|my|her|his|their|"
        r"this|that|down|up|across|along|same|next|other|one)\b)[a-z][\w'’.-]*\s+){1,2}(?i:street|road|avenue|lane|drive|boulevard|court|st|rd|ave|ln|dr|blvd|way|place|close|crescent|terrace|grove)\b\.?"
    ),
    re.compile(
        rf"{_COMPASS}(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’.-]+\s+){{1,2}}{_SUFFIX_BARE}\b\.?"
    ),
    re.compile(rf"{_COMPASS}\d+(?:st|nd|rd|th)\s+{_SUFFIX_BARE}\b\.?"),
    re.compile(
        r"\b(?:Route|Rte|Highway|Hwy|Interstate|County\s+Road|CR|State\s+Route|SR|US)\s*-?\s*\d+\b"
    ),
    re.compile(
        rf"(?:\b\d{{1,5}}\s+)?(?<![\w/]){_ES_STREET}\s*(?:{_ES_OF})?[A-ZÁÉÍÓÚÑ][\w'’.-]*"
        rf"(?:\s+(?:{_ES_OF})?[A-ZÁÉÍÓÚÑ][\w'’.-]*){{0,3}}"
        r"(?:,?\s*(?:n[º°o]\.?\s*|#\s*)?\d+[A-Za-z]?(?:\s*-\s*\d+)?\b(?:,?\s*(?:\d+\s*"
        r"[º°ªoa](?![\w'’])(?:\s*[A-Z](?![\w'’]))?|piso\s+\d+|bajo|izq(?:uierda)?|dcha|derecha|"
        r"int(?:erior)?\.?\s*\d+|depto\.?\s*\d+\w*))*|\s*s/n)?"
    ),
    re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.I),
    re.compile(rf"\b{_UNIT}\b(?=[,\s])", re.I),
]
# The address patterns that need no digit ("Kessler Road", "Calle Ocho", "Flat B").
_ADDRESS_WORDS = (ADDRESS[2], ADDRESS[5], ADDRESS[7])
_DIGIT = re.compile(r"\d")
_A_LETTER = re.compile(r"[A-Za-z]")
_ID_HINT = re.compile(r"\d\d|\d[A-Za-z]|[A-Za-z]\d")
_NOT_CODE = re.compile(
    r"(?i)\d+(?:st|nd|rd|th|am|pm|s|k|mg|ml|kg|lbs?|km|mi)|\d{4}-\d\d-\d\d"
    r"|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"
)
PHONE_FALLBACK = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d\b")
# Public numbers that stay: national crisis and help lines, toll-free numbers.
_PUBLIC_PHONE = re.compile(
    r"^\+?1?[\s.-]*\(?8(?:00|33|44|55|66|77|88)\)?|^(?:\+?44\s*)?(?:0?800|0?808|116|111|999)"
)

TITLES = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "doc", "prof", "rev", "revd", "aunt", "auntie", "aunty",
    "uncle", "grandma", "grandpa", "granny", "nana", "nan", "gran", "coach", "pastor",
    "officer", "nurse", "judge", "sister", "brother", "father", "fr", "cousin", "deacon",
    "imam", "rabbi", "bishop", "elder", "minister", "reverend", "detective", "det",
    "sergeant", "sgt", "lt", "captain", "capt", "pc", "constable", "councillor",
    "councilman", "councilwoman", "senator", "mayor", "sheriff", "deputy", "professor",
    "teacher", "counselor", "counsellor", "sr", "sra", "srta", "don", "doña", "dona", "tia",
    "tio", "abuela", "abuelo", "señor", "senor", "señora", "senora", "mama", "papa", "mum",
    "mom", "dad", "granddad", "grandad", "nanna", "lady", "sir", "dame", "madam", "pan",
    "pani", "panie", "ciocia", "wujek", "babcia", "dziadek", "bibi", "babu", "baba",
    "atty", "attorney", "dra", "doctora", "lic", "licda", "ing", "profa", "padre", "hna",
}  # fmt: skip
RELATIONS = {
    "friend", "son", "daughter", "sister", "brother", "mum", "mom", "mother", "dad",
    "father", "husband", "wife", "partner", "neighbour", "neighbor", "boyfriend",
    "girlfriend", "niece", "nephew", "grandson", "granddaughter", "colleague", "boss",
    "landlord", "landlady", "caseworker", "worker", "nurse", "doctor", "gp", "cousin",
    "aunt", "uncle", "stepson", "stepdaughter", "child", "kid", "flatmate", "roommate",
    "housemate", "mate", "counsellor", "counselor", "therapist", "sponsor", "named",
    "called", "grandmother", "grandfather", "grandma", "grandpa", "ex", "fiancé", "fiance",
    "fiancée", "carer", "caregiver", "stepmom", "stepmum", "stepdad", "stepfather",
    "stepmother", "teacher", "coach", "pastor", "priest", "probation", "supervisor",
    "manager", "psychiatrist", "psychologist", "social", "advocate", "bestie", "buddy",
    "pal", "hermana", "hermano", "hija", "hijo", "esposo", "esposa", "mamá", "papá",
    "tía", "tío", "prima", "primo", "amiga", "amigo", "vecina", "vecino", "novio", "novia",
    "mija", "mijo", "nieto", "nieta", "sobrino", "sobrina", "abuela", "abuelo", "suegra",
    "suegro", "cuñada", "cuñado", "marido", "madre", "padre", "pareja",
    "baby", "twin", "godmother", "godfather", "goddaughter", "godson", "guardian",
}  # fmt: skip
SPEECH = {
    "said", "says", "told", "asked", "texted", "rang", "called", "came", "visited",
    "phoned", "emailed", "messaged", "helped", "drove", "lent", "gave", "brought", "wrote",
    "replied", "joined", "met", "offered", "invited", "picked", "thinks", "thought",
    "feels", "felt", "wants", "wanted", "got", "went", "left", "arrived", "shared", "cried",
    "laughed", "agreed", "mentioned", "explained", "dropped", "stopped", "stayed", "turned",
    "moved", "passed", "died", "is", "was", "has", "had", "will", "would", "and",
    "lives", "lived", "works", "worked", "needs", "needed", "likes", "loves", "hates",
    "goes", "comes", "starts", "started", "stays", "sent", "sends", "tells",
    "asks", "calls", "texts", "rings", "visits", "brings", "takes", "took", "dijo", "llamó", "llego", "llegó", "vino", "quiere", "tiene", "vive", "set", "made",
    "bought", "paid", "found", "tried", "managed", "finished", "booked", "signed",
    "filled", "applied", "cooked", "cleaned", "walked", "ran", "sat", "stood", "slept",
    "ate", "smiled", "waved", "nodded", "showed", "practised", "practiced", "chose",
    "decided", "answered", "spoke", "talked", "opened",
}  # fmt: skip
SPEECH |= {"habló", "contó", "preguntó", "escribió", "visitó", "trajo", "ayudó", "necesita"}
# what a Spanish note says a person does: "Xio dice que", "Yadira lloró", "Chuy volvió"
SPEECH |= {"dice", "decía", "cumplió", "trabaja", "lloró", "pidió", "mandó", "salió",
           "volvió", "viene", "pregunta", "cuenta", "piensa", "siente", "llama", "quería"}  # fmt: skip
SPEECH |= {fold(w) for w in SPEECH}  # notes are matched without accents: "llamó" is "llamo"
# Said of a person, lower case: "hope said", "her daughter june".
_NAME_VERBS = SPEECH - {"is", "was", "has", "had", "will", "would", "and", "turned", "passed"}
PLACES = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "church", "centre",
    "center", "hospital", "park", "school", "college", "university", "house", "hall",
    "library", "bank", "court", "station", "clinic", "café", "cafe", "store", "shop",
    "market", "gardens", "road's", "bridge", "square", "fund", "trust", "team", "line",
    "month", "day", "week", "county", "parish", "heights", "village", "estate", "temple",
    "mosque", "pantry", "shelter", "ministries", "fellowship", "foundation", "home",
    "homes", "apartments", "tower", "towers", "terrace", "close", "crescent", "grove",
}  # fmt: skip
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n•*>-])\s*$")
_TOKEN = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_DETERMINERS = frozenset(
    [
        "much",
        "no",
        "some",
        "any",
        "the",
        "a",
        "an",
        "more",
        "less",
        "little",
        "false",
        "without",
        "glimmer",
        "sense",
        "lost",
        "losing",
        "of",
        "such",
        "great",
        "real",
        "true",
        "full",
        "new",
        "own",
        "bit",
        "lot",
        "lots",
        "plenty",
        "ray",
        "hint",
        "kind",
        "sort",
        "free",
        "good",
        "ill",
        "strong",
        "weak",
        "sheer",
    ]
)
_ABSTRACT_NEXT = frozenset(
    [
        "what",
        "all",
        "important",
        "key",
        "hard",
        "everything",
        "something",
        "fragile",
        "powerful",
        "real",
        "scarce",
        "thin",
        "gone",
        "lost",
        "fading",
        "growing",
        "low",
        "high",
        "strong",
        "alive",
        "slim",
        "limited",
        "needed",
    ]
)
_MODALS = frozenset(["will", "may", "can", "must", "might"])
# a verb's base form after a modal: no -s, -ed or -ing ("Will follow", not "Will called")
_BASE_VERB = re.compile(r"[a-z]+(?<!ed)(?<!ing)(?<![^s]s)")
_POSSESSIVES = frozenset("my your her his their our its".split())  # noqa: SIM905
_LOWER_DETERMINERS = frozenset(
    ["the", "a", "an", "no", "some", "much", "any", "more", "less", "such", "real", "true"]
)
# Spanish articles and possessives: a lower-case word after one is a noun ("el mercado",
# "la parada", "su pareja"), though a surname list holds it
_ES_DETERMINERS = frozenset(
    "el la los las un una unos unas al del su sus mi mis tu tus este esta ese esa".split()  # noqa: SIM905
)
_PRONOUNS = frozenset(
    "i you we he she they it this that there not be have do go try get see help".split()  # noqa: SIM905
)


_ORG_HEAD_WORD = re.compile(r"(?:" + deid_places.ORG_HEADS + r")", re.I)
# Titles that always go with the name; family words ("sister", "aunt") only when
# capitalised as a title ("Sister Mary", "Aunt Rosa"), not in "her sister Lucia".
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "dr",
        "doc",
        "prof",
        "rev",
        "revd",
        "pastor",
        "officer",
        "judge",
        "deacon",
        "imam",
        "rabbi",
        "bishop",
        "elder",
        "minister",
        "reverend",
        "detective",
        "det",
        "sergeant",
        "sgt",
        "lt",
        "captain",
        "capt",
        "pc",
        "constable",
        "councillor",
        "councilman",
        "councilwoman",
        "senator",
        "mayor",
        "sheriff",
        "deputy",
        "professor",
        "nurse",
        "coach",
        "fr",
        "sr",
        "sra",
        "srta",
        "don",
        "doña",
        "dona",
        "señor",
        "senor",
        "señora",
        "senora",
        "dame",
        "sir",
        "lady",
        "madam",
        "atty",
        "attorney",
        "dra",
        "doctora",
        "lic",
        "licda",
        "profa",
        "padre",
        "pan",
        "pani",
        "panie",
    ]
)
# What a family calls someone ("Auntie Pat", "Grandad Joe", "my gran"): a title before a
# name that tells nothing about who it is, so it stays, and is never a name itself.
KIN_TITLES = frozenset(
    """aunt auntie aunty uncle grandma grandpa granny gran nana nanna nan grandad granddad
    grandmother grandfather mum mom mam dad tia tía tio tío abuela abuelo babcia
    dziadek ciocia wujek cousin""".split()  # noqa: SIM905
)
_TITLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?i:"
    + "|".join(sorted(HONORIFICS, key=len, reverse=True))
    + r")|"
    + "|".join(
        sorted((t.capitalize() for t in TITLES - HONORIFICS - KIN_TITLES), key=len, reverse=True)
    )
    + r")\.?\s+\Z"
)


_LAST_WORD = re.compile(r"([^\W\d_]+)(\W*)$")
_FIRST_WORD = re.compile(r"(\W*?)([^\W_]+)")
_DAY_AFTER = re.compile(r"(?:\s+|\s*,\s*)(?:\d|the\s+\d|de\s+\d)")
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:of\s+|de\s+)?$")
_POSS_AFTER = re.compile(r"['’]s\b")
_APPOSITION = re.compile(r"\s*,\s*(?:who|whose|her|his|my|our|their)\b")
_APPOSITION_AGE = re.compile(r"\s*,\s*(?:\d|aged?\b|who\b|turn(?:ed|ing|s)\s+\d)")
_CLAUSE_END = re.compile(r"\s*(?:[.,;!?)]|$|and\b|or\b)")
_SECOND_WORD = re.compile(r"\W*\w+\s+(\w+)")
_SPACED_DIGITS = re.compile(r"\d\s\d\s\d")
_POSS_END = re.compile(r"['’]s$")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _zip_replacement(zip5: str) -> str:
    return "[ZIP]"


def _words_around(text: str, start: int, end: int) -> tuple[str, str, str, str]:
    """(previous word, the gap before, next word, the gap after), folded."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    pm = _LAST_WORD.search(before)
    nm = _FIRST_WORD.match(after)
    prev = pm.group(1).lower() if pm else ""
    gap = pm.group(2) if pm else before
    nxt = nm.group(2).lower() if nm else ""
    ngap = nm.group(1) if nm else after
    return prev, gap, nxt, ngap


# Everyday words whose name use needs a strong cue even after "with" ("with hope").
_ABSTRACT_NAMES = frozenset(
    [
        "hope",
        "faith",
        "joy",
        "grace",
        "will",
        "may",
        "chance",
        "patience",
        "charity",
        "mercy",
        "honor",
        "honour",
        "trust",
        "justice",
        "harmony",
        "bliss",
        "prudence",
        "verity",
        "destiny",
        "serenity",
        "unity",
        "liberty",
        "glory",
    ]
)
# what follows an everyday word used as a word, not a name: "Faith in the process",
# "Hope for the future", "Hope is the thing", "Will is the hardest part"
_ABSTRACT_PREPOSITIONS = frozenset("in of for that than".split())  # noqa: SIM905
_ABSTRACT_AFTER_THE = frozenset(
    """thing word part point key answer reason hardest biggest goal message theme lesson
    problem difference""".split()  # noqa: SIM905
)
# "Faith in herself", "Faith in the process" (not "Faith in good spirits today")
_IN_ABSTRACT = re.compile(
    r"\s+in\s+(?:herself|himself|themselves|themself|myself|yourself|ourselves|god\b|"
    r"the\s+(?:process|programme|program|future|group|work|system)\b|recovery\b|"
    r"people\b|others\b|life\b|humanity\b|change\b)",
    re.I,
)
_THIRD_WORD = re.compile(r"\s+\w+\s+(?:the|a|an)\s+(\w+)")
_LOWER_CUES = frozenset(
    [
        "with",
        "from",
        "to",
        "for",
        "and",
        "called",
        "texted",
        "told",
        "asked",
        "met",
        "saw",
        "visited",
        "phoned",
        "rang",
        "messaged",
        "emailed",
        "hugged",
        "picked",
        "drove",
    ]
)


# what is said of a person after "is"/"was", and hardly of a month or an abstract noun
_PERSON_STATE = (
    r"worried|upset|nervous|anxious|scared|frightened|excited|proud|tired|exhausted|"
    r"pregnant|unwell|poorly|sick|homeless|sober|married|engaged|divorced|widowed|"
    r"retired|unemployed|struggling|sleeping|staying|living|working|looking\s+for|"
    r"trying|planning|waiting|moving|starting|doing\s+(?:well|better|ok|okay)|in\s+hospital|"
    r"in\s+prison|in\s+rehab|in\s+care|at\s+(?:home|work|school|college|her|his)\b"
)
_MONTH_IS_PERSON = re.compile(
    rf"\s+(?:is|was|has\s+been)\s+(?:still\s+|really\s+|so\s+|very\s+)?(?:{_PERSON_STATE}|"
    r"coming\s+(?:over|round|to\s+(?:visit|stay)|for\s+(?:dinner|tea|lunch))|"
    r"getting\s+(?:married|better|worse))\b"
)
_WORD_IS_PERSON = re.compile(
    rf"\s+(?:is|was|has\s+been)\s+(?:still\s+|really\s+|so\s+|very\s+)?(?:{_PERSON_STATE}|"
    r"coming|going\s+to\s+(?!be\b)|getting\s+(?:married|better|worse|a|the|her|his))\b"
    r"|\s+from\s+(?:next\s+door|upstairs|downstairs|across\s+the\s+(?:road|street|hall))\b"
    r"|\s+(?:can|could|will|would|should|might)\s+(?:apply|come|visit|call|ring|drive|stay|"
    r"move|join|meet|bring|pick|collect|attend)\b"
)


_TOLD_ME = re.compile(r"\b(?:told|asked|texted|showed|introduced|reminded)\s+(?:me|us)\s+$", re.I)


def _word_name_cue(
    text: str, m: re.Match[str], prev: str, prev_gap: str, nxt: str, gap: str, opens: bool
) -> bool:
    """Where a capitalised given name that is also an everyday word (Tom, Iris, Faith,
    Sky) stands as a person though the vault does not know it: after a verb done to a
    person ("drove Faith to", "gave Tom the number", "texted Iris"), between commas with
    an age ("Hope, turning 40,"), before "is" and an age ("Tom is 37"), beside the mentor
    ("Iris and I"), or after "if" before a modal ("if Sky can come")."""
    low = _POSS_END.sub("", m.group()).lower()
    if low in _MODALS and not opens and prev in _OBJECT_VERBS | {"gave", "with"}:
        return gap.strip() == "" and nxt in ("the", "her", "his", "to", "at", "about", "and")
    if not opens and prev_gap == " " and (prev in _OBJECT_VERBS or prev in ("gave", "with")):
        return True
    if _APPOSITION_AGE.match(text, m.end()) or _IS_AGE_AFTER.match(text, m.end()):
        return True
    if (
        not opens
        and low not in _ABSTRACT_NAMES
        and low not in _MODALS
        and _TOLD_ME.search(text, max(0, m.start() - 20), m.start())
    ):
        return True  # "Kwame told me Precious at the pantry was kind"
    if _AND_I.match(text, m.end()) or _ME_AND.search(text, max(0, m.start() - 8), m.start()):
        return True
    if low not in _MODALS and (
        _MONTH_IS_PERSON if low in _ABSTRACT_NAMES else _WORD_IS_PERSON
    ).match(text, m.end()):
        return True  # "Faith is worried about", "Rose from next door", "Iris can apply"
    return (
        prev in ("if", "whether")
        and prev_gap == " "
        and gap == " "
        and nxt in ("can", "could", "will", "would", "should", "might")
        and _MODAL_THEN_BE.match(text, m.end()) is None
    )


def _is_name_verb(word: str) -> bool:
    """A verb said of a person ("said", "texted"), also with two letters swapped ("siad")."""
    if word in _NAME_VERBS:
        return True
    return any(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] in _NAME_VERBS
        for i in range(len(word) - 1)
    )


# Said of a person and hardly ever of hope or faith: "hope says", "faith texted".
_STRONG_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "asked",
        "asks",
        "texted",
        "texts",
        "rang",
        "rings",
        "phoned",
        "emailed",
        "messaged",
        "wants",
        "wanted",
        "needs",
        "thinks",
        "thought",
        "agreed",
        "explained",
        "mentioned",
        "replied",
        "wrote",
        "lives",
        "works",
        "drove",
        "cooked",
        "signed",
        "booked",
        "paid",
        "bought",
        "answered",
        "decided",
        "laughed",
        "cried",
        "smiled",
        "siad",
        "dijo",
        "quiere",
        "vive",
        "dice",
        "cumple",
        "cumplió",
        "llamó",
        "llama",
        "necesita",
        "trabaja",
        # texting: a verb without its apostrophe ("iris hadnt come home")
        "hadnt",
        "hasnt",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "cant",
        "wont",
        "couldnt",
        "wouldnt",
        "aint",
    ]
)
# Texting shorthand before a person: "txt frm hope", "w/ faith" (even hope or faith).
_TEXT_CUES = frozenset(["frm", "w", "wiv", "txt", "txted", "msg", "msgd", "cc"])
# An adverb between a name and its verb: "asked if hope still lives there".
_NAME_ADVERBS = frozenset(
    "still just really never always also then finally already only actually now".split()  # noqa: SIM905
)
# Done to a person: "drove hope to the clinic", "texted faith".
_OBJECT_VERBS = frozenset(
    [
        "drove",
        "took",
        "walked",
        "picked",
        "dropped",
        "met",
        "visited",
        "called",
        "texted",
        "rang",
        "phoned",
        "emailed",
        "messaged",
        "told",
        "asked",
        "reminded",
        "helped",
        "invited",
        "hugged",
        "thanked",
        "introduced",
        "saw",
        "supported",
        "accompanied",
        "collected",
        # the same verbs in the present: "visit hope down on marlowe", "call faith"
        "visit",
        "visits",
        "call",
        "calls",
        "text",
        "texts",
        "ring",
        "rings",
        "phone",
        "phones",
        "email",
        "emails",
        "meet",
        "meets",
        "collect",
        "remind",
        "invite",
        "hug",
        "thank",
        "introduce",
        "accompany",
    ]
)
# "talked with hope about": a conversation with someone, not "filled with hope"
_WITH_VERBS = frozenset(
    ["talked", "spoke", "chatted", "met", "walked", "talk", "speak", "chat", "meet",
     "checked"]
)  # fmt: skip
_MONTH_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "through",
        "during",
        "of",
        "early",
        "mid",
        "late",
        "last",
        "next",
        "this",
        "every",
        "each",
        "en",
        "de",
        "desde",
        "hasta",
        "para",
        "before",
        "after",
        "around",
    ]
)


_AGE_NEXT = re.compile(r"\s+(?:turned|turns)\s+\d")
_MODAL_THEN_BE = re.compile(r"\s+\w+\s+(?:be|have|not|never|still|ever)\b")


# Cues that make a month a date only when no verb said of a person follows ("before June
# visits" is someone, "before June" is a month); the rest of _MONTH_CUES always make a date.
_WEAK_MONTH_CUES = frozenset("before after until till by from around".split())  # noqa: SIM905
# verbs that follow a month as readily as a person ("until June starts", "after May came")
_MONTH_VERBS = frozenset(
    """came comes went goes started starts finished set made left arrived stayed stays ran
    moved passed turned is was has had will would and""".split()  # noqa: SIM905
)
# what a person has, after a month's possessive: "June's flat" (but "June's rent" is a month's)
_PERSON_THINGS = frozenset(
    """flat house home place room bedroom kitchen garden sofa couch party car phone bag
    keys dog cat kids children baby
    job number address bed coat door birthday wedding funeral boyfriend girlfriend
    appointment worker case name mum mom dad son daughter family friends friend partner
    husband wife sister brother own""".split()  # noqa: SIM905
) | frozenset(RELATIONS)
# a verb before a person: "see June tomorrow", "ring May" (never "by June", "for May")
_MONTH_OBJECT = frozenset(
    """see seeing seen call ring text ask tell meet thank help hug phone email message
    visit invite""".split()  # noqa: SIM905
)
_ABBREV_TITLES = frozenset("mr mrs ms mx dr prof rev fr sr sra srta lt sgt capt det".split())  # noqa: SIM905


def _month_person(text: str, toks: list[re.Match[str]], i: int) -> int:
    """Whether the capitalised month word ``toks[i]`` is a person in spite of the vault
    knowing nobody by that name: 0 no, 1 yes, 2 yes with the title before it. A subject
    of a verb said of a person ("June visits", "May called"), a kin or relation word or a
    title before it ("her daughter June", "Mrs May", "Tía Abril"), a possessive before a
    person's things ("June's flat"), "June and I". A day or a year next to it, or a cue
    that makes it a date ("in June", "early May"), keeps it a date; anything else stays as
    written."""
    m = toks[i]
    start, end = m.start(), m.end()
    word = m.group()
    possessive = bool(_POSS_END.search(word))
    if possessive:
        end -= 2
    if _DAY_AFTER.match(text[end : end + 8]) or _DAY_BEFORE.search(text[max(0, start - 8) : start]):
        return 0  # "June 14th", "the 14th of June", "June 2026"
    if re.match(r"\s*,?\s*(?:de\s+)?(?:19|20)\d\d\b|\s*'\d\d\b", text[end : end + 10]):
        return 0
    prev = toks[i - 1].group().lower() if i else ""
    prev_gap = text[toks[i - 1].end() : start] if i else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    gap = text[m.end() : nxt.start()] if nxt else ""
    nxt_low = fold(nxt.group()) if nxt else ""
    title = prev.rstrip(".")
    if not possessive and _MONTH_IS_PERSON.match(text, end):
        return 1  # "June is coming over on Sunday", "May was upset", "April is pregnant"
    if (
        i
        and prev_gap in (" ", ". ")
        and (
            (prev_gap == ". " and title in _ABBREV_TITLES)
            or (
                prev_gap == " "
                and title in TITLES
                and (title in _ABBREV_TITLES or _is_cap(toks[i - 1].group()))
            )
        )
    ):
        return 2 if title in HONORIFICS else 1  # "Mrs May", "Dr. April"; "Aunt June" keeps Aunt
    if prev in _MONTH_CUES and prev_gap == " " and not possessive:
        if prev not in _WEAK_MONTH_CUES:
            return 0  # "in June", "early May", "since March"
        # "before June visits on the 14th": a verb said of a person makes it someone
        return int(gap == " " and _is_name_verb(nxt_low) and nxt_low not in _MONTH_VERBS)
    if prev in RELATIONS and prev_gap == " " and prev not in ("named", "called"):
        return 1  # "her daughter June", "my friend April", "mi hija Abril"
    if prev in ("named", "called") and prev_gap == " ":
        return 1
    if possessive:
        return int(gap == " " and (nxt_low in _PERSON_THINGS or _is_name_verb(nxt_low)))
    if (
        gap == " "
        and nxt_low not in _MONTH_VERBS
        and (
            _is_name_verb(nxt_low)
            # "May phones her", "June helps": the present of a verb said of a person
            or (
                nxt_low.endswith("s")
                and (nxt_low[:-1] + "d" in SPEECH or nxt_low[:-1] + "ed" in SPEECH)
            )
        )
    ):
        return 1  # "June visits", "May called", "April said she", "Junio llamó"
    if gap == " " and nxt_low == "and" and re.match(r"\s+and\s+(?:I|me)\b", text[m.end() :]):
        return 1  # "June and I went"
    if (
        prev in _MONTH_OBJECT
        and prev_gap == " "
        and not (nxt is not None and gap == " " and nxt_low in ("and", "or", "to", "through"))
    ):
        return 1  # "I'll see June tomorrow"
    return 0


def used_as_name(text: str, start: int, end: int) -> bool:
    """Whether the everyday word at ``text[start:end]`` (a known name such as Hope, June
    or Will) is used there as a name. "not much hope", "in June", "June 2026", "Will you
    call?" and "a rose" are not; "Hope said", "her daughter June", "with Will" are."""
    word = text[start:end]
    key = fold(word)
    prev, gap, nxt, ngap = _words_around(text, start, end)
    month = key in deid_dates.MONTHS
    if month:
        if _DAY_AFTER.match(text[end : end + 8]):
            return False  # June 3, June 2026
        if _DAY_BEFORE.search(text[max(0, start - 8) : start]):
            return False  # 3 June, 3rd of June
        possessive = word.endswith(("'s", "’s")) or _POSS_AFTER.match(text[end : end + 3])
        if prev in _MONTH_CUES and not gap.strip() and not (prev == "of" and possessive):
            return False  # "in June", "since May"; but "a friend of June's"
    sentence_start = bool(_SENTENCE_END.search(text[max(0, start - 3) : start])) or start == 0
    if word.islower():
        if prev in _LOWER_DETERMINERS and not gap.strip():
            return False  # "the sky felt less heavy", "a rose grew"
        second = _SECOND_WORD.match(text[end:])
        if (
            sentence_start
            and nxt == "and"
            and not ngap.strip()
            and second is not None
            and (
                second.group(1).lower() in ("i", "we", "me")
                or (
                    second.group(1).islower()
                    and second.group(1) in name_lists().first
                    and second.group(1) not in english_words()
                )
            )
        ):
            return True  # "hope and i sat in the car", "hope and kenny split up"
        if (
            sentence_start
            and nxt in ("n", "&", "+")
            and second is not None
            and second.group(1)[:1].islower()
        ):
            return True  # "hope n kenny split up": texting's "and" between two names
        if prev == "with" and not gap.strip():
            before = _LAST_WORD.search(text[max(0, start - 40) : start - len(prev) - 1])
            if before is not None and before.group(1).lower() in _WITH_VERBS:
                return True  # "talked with hope about her cousin"
        if word.endswith(("'s", "’s")) or _POSS_AFTER.match(text[end : end + 3]):
            return True
        if key not in _ABSTRACT_NAMES and prev in _LOWER_CUES and not gap.strip():
            return True  # "text from tom", "with rose"
        if prev in _TEXT_CUES and gap.strip() in ("", "/"):
            return True  # "txt frm hope", "w/ faith"
        if sentence_start and ngap.strip().startswith(":") and key not in _ABSTRACT_NAMES:
            return True  # "text - tom: can we do thurs": who wrote it
        if nxt in ("turned", "turns") and not ngap.strip() and _AGE_NEXT.match(text, end):
            return True  # "may turned 7"
        if prev in ("n", "&", "+") and not gap.strip() and nxt in ("r", "are", "were"):
            return True  # "hope n june r going": texting's "and", "are"
        if (
            prev in ("if", "whether")
            and not gap.strip()
            and nxt in _MODALS | {"could", "would", "should"}
            and not ngap.strip()
            and _MODAL_THEN_BE.match(text, end) is None
        ):
            return True  # "asked if chance could come" (not "if hope could be found")
        if nxt in _NAME_ADVERBS and not ngap.strip():
            after = _SECOND_WORD.match(text[end:])
            if after is not None and after.group(1).lower() in _STRONG_VERBS:
                return True  # "if hope still lives there"
        if (
            key in _MODALS
            and nxt in ("is", "was", "has", "had", "isnt", "wasnt", "hasnt")
            and not ngap.strip()
        ):
            return True  # "said will is 41": the verb is never followed by "is"
        if _APPOSITION.match(text[end : end + 12]):
            return True  # "with rose, whose mum"
        if _APPOSITION_AGE.match(text[end : end + 8]):
            return True  # "faith, 71 years old,", "hope, aged 58,"
        if nxt in _STRONG_VERBS and not ngap.strip():
            return True  # "what hope says", "hope texted"
        if prev in _OBJECT_VERBS and not gap.strip():
            return True  # "drove hope to", "texted faith"
        if (
            prev == "gave"
            and not gap.strip()
            and nxt in ("the", "her", "his", "my", "our")
            and not ngap.strip()
        ):
            return True  # "gave faith the number"
        if key in _MODALS and _CLAUSE_END.match(text[end : end + 5]):
            return True  # "with will." (the verb never ends a sentence)
        if key not in _ABSTRACT_NAMES and (
            (sentence_start and nxt in ("and", "or", "n", "&"))
            or (
                (_is_name_verb(nxt) or nxt in _MODALS | {"could", "would", "should"})
                and not ngap.strip()
            )
        ):
            return True  # "sky answered", "iris and her mum came", "if iris can come"
        if (
            key not in _ABSTRACT_NAMES
            and sentence_start
            and nxt in ("has", "had", "hasnt", "hadnt")
            and not ngap.strip()
        ):
            return True  # "dee had a rough week" (but "hope had a" needs more)
        if sentence_start and nxt in ("is", "was", "has", "had") and not ngap.strip():
            after = _SECOND_WORD.match(text[end:])
            return after is not None and after.group(1).lower() not in _ABSTRACT_NEXT | {
                "a",
                "the",
                "an",
                "not",
            }
        if prev in RELATIONS and not gap.strip():
            return True
        if prev in ("named", "called", "texted", "told", "asked", "met", "saw", "visited",
                    "phoned", "rang", "messaged", "emailed", "hugged") and not gap.strip():  # fmt: skip
            return True
        return bool(
            _is_name_verb(nxt)
            and not ngap.strip()
            and (sentence_start or prev in ("and", "but", "then", "so", "when", "because"))
        )
    if prev in _DETERMINERS and not gap.strip() and not sentence_start:
        return False
    if key in _MODALS and nxt in _PRONOUNS and not ngap.strip():
        return False
    if key in _ABSTRACT_NAMES and not word.endswith(("'s", "’s")):
        if prev in _POSSESSIVES and gap == " ":
            return False  # "his Will power", "her Faith": a person has no "her" before
        cued = prev in RELATIONS or prev in _OBJECT_VERBS or prev in _MONTH_SLOT
        if (
            not cued
            and ngap == " "
            and nxt in _ABSTRACT_PREPOSITIONS
            and (nxt != "in" or _IN_ABSTRACT.match(text, end))
        ):
            return False  # "Faith in the process", "Hope for the future", "Hope of"
        if not cued and ngap == " " and nxt in ("is", "was"):
            after = _THIRD_WORD.match(text, end)
            if after and after.group(1).lower() in _ABSTRACT_AFTER_THE:
                return False  # "Hope is the thing", "Will is the hardest part"
    if (
        key in _MODALS
        and sentence_start
        and not ngap.strip()
        and _BASE_VERB.fullmatch(nxt)
        and nxt in english_words()
        and nxt not in SPEECH
        and nxt not in ("and", "or", "is", "was", "has", "had")
    ):
        return False  # "Will follow up.", "May ask her GP": a modal before a verb
    if nxt in ("is", "was") and not ngap.strip():
        after = _SECOND_WORD.match(text[end:])
        if after and after.group(1).lower() in _ABSTRACT_NEXT:
            return False
    return True


# --- the engine ---------------------------------------------------------------------------


class Deidentifier:
    """Finds and replaces identifiers; one instance per export (pseudonyms are stable in it).

    ``extra_terms`` are words the mentor chose to redact in the preview.
    """

    def __init__(
        self,
        identifiers: Sequence[Identifier],
        *,
        mentee_order: Sequence[int] = (),
        day_first: bool = False,
        extra_terms: Sequence[str] = (),
        names: NameLists | None = None,
        translate: Translate = english,
    ) -> None:
        self.identifiers = list(identifiers)
        self.day_first = day_first
        self.names = names or name_lists()
        # the export's language: replacements ("[date]", "Mentee A", "in their 50s") are
        # written in it; English when the catalogue leaves "[date]" as it is
        self._translate = translate
        self._english = translate is english or translate(Message(_TOKENS[0])) == _TOKENS[0]
        self._pseudonyms: dict[int, str] = {}
        for mid in mentee_order:
            self._pseudonym(mid)
        self._by_key: dict[str, list[Identifier]] = {}
        self._phones: dict[str, Identifier] = {}
        self._births: dict[tuple[int, int], tuple[int, Identifier]] = {}
        singles: set[str] = set()
        words: set[str] = set()
        digits: set[str] = set()
        for ident in self.identifiers:
            if ident.label == "PHONE" and _phone_key(ident.text):
                self._phones[_phone_key(ident.text)] = ident  # type: ignore[index]
                continue
            born = _iso_date(ident.text) if ident.label == "DATE" else None
            if born is not None:
                self._births[(born.month, born.day)] = (born.year, ident)
                for form in _compact_dates(born):
                    digits.add(form)
                    self._by_key.setdefault(form, []).append(ident)
                continue  # other written forms of a date match as they are written
            key = " ".join(fold(ident.text).split())
            if not any(c.isalpha() for c in key):
                if len(_digits(key)) >= 3:
                    digits.add(key)
                    self._by_key.setdefault(key, []).append(ident)
                continue
            self._by_key.setdefault(key, []).append(ident)
            if len(key) == 1:
                singles.add(ident.text.upper())
            else:
                words.add(key)
        self._known = re.compile(_BEFORE + "(?:" + trie_pattern(words) + ")" + _AFTER, re.I)
        person_words = {
            k for k, idents in self._by_key.items() if k in words and any(i.person for i in idents)
        }
        # a possessive without its apostrophe, in texting: "junes boyfriend", "toms mum"
        self._known_s = (
            re.compile(
                _BEFORE
                + "(?:"
                + trie_pattern(person_words)
                + r")(?=s\s+(?:"
                + "|".join(sorted(RELATIONS - {"named", "called", "social"}, key=len, reverse=True))
                + r")\b)",
                re.I,
            )
            if person_words
            else None
        )
        self._known_digits = (
            re.compile(r"(?<![\dA-Za-z])(?:" + trie_pattern(digits) + r")(?!\d)")
            if digits
            else None
        )
        self._common_keys = {k for k in words if " " not in k and k in known_name_words()}
        # One letter names match only as that capital letter on its own, and never "A" or
        # "I" (the article and the pronoun): otherwise every "a" would go.
        singles -= {"A", "I"}
        self._singles = (
            re.compile(
                r"(?<![\w'’])(?:" + "|".join(map(re.escape, sorted(singles))) + r")(?![\w'’])"
            )
            if singles
            else None
        )
        inside = [w for w in words if len(w) >= 3 and " " not in w and w not in self._common_keys]
        self._inside = re.compile(trie_pattern(inside), re.I) if inside else None
        self._phone_re = (
            re.compile(
                r"(?<![\d+])(?:\+?\d{1,3}[\s.-]*)?(?:\(?\d{1,4}\)?[\s.-]*)?(?:"
                + trie_pattern(self._phones, joiner=r"[\s().-]*")
                + r")(?!\d)"
            )
            if self._phones
            else None
        )
        self._extra = (
            re.compile(trie_pattern({fold(t) for t in extra_terms if t.strip()}), re.I)
            if any(t.strip() for t in extra_terms)
            else None
        )

    # pseudonyms

    def pseudonym(self, mentee_id: int, *, english: bool = False) -> str:
        """ "Mentee A" ("Persona A" in a Spanish export; always "Mentee A" with
        ``english``, for the JSON): stable within one export."""
        plain = self._pseudonym(mentee_id)
        return plain if english else self._local(plain)

    def _pseudonym(self, mentee_id: int) -> str:
        if mentee_id not in self._pseudonyms:
            self._pseudonyms[mentee_id] = f"Mentee {_letters(len(self._pseudonyms))}"
        return self._pseudonyms[mentee_id]

    @property
    def pseudonyms(self) -> dict[int, str]:
        return {mid: self._local(p) for mid, p in self._pseudonyms.items()}

    def _local(self, replacement: str) -> str:
        return replacement if self._english else localise(replacement, self._translate)

    def _known_replacement(self, idents: list[Identifier]) -> tuple[str, str, str]:
        person = [i for i in idents if i.person]
        first = person[0] if person else idents[0]
        if first.replacement:
            return first.label, first.kind, first.replacement
        if not first.person:
            return first.label, first.kind, REPLACEMENTS.get(first.label, f"[{first.label}]")
        owners = {i.owner for i in person}
        if len(owners) == 1 and first.owner is not None:
            return "KNOWN_NAME", first.kind, self._pseudonym(first.owner)
        if len(owners) > 1:
            return "KNOWN_NAME", "a name the vault knows", "[NAME]"
        return "KNOWN_NAME", first.kind, "[PERSON]"

    # detectors: each yields Redactions over the (normalised) text it is given

    def _detect_known(self, text: str) -> Iterable[Redaction]:
        for m in self._known.finditer(text):
            key = " ".join(m.group().lower().split())
            idents = self._by_key.get(key, [])
            if (
                key in self._common_keys
                and not used_as_name(text, m.start(), m.end())
                and not any(not i.person and i.label != "LOCATION" for i in idents)
            ):
                continue
            if not idents:  # a folded form we did not index: still a known name
                yield Redaction(
                    m.start(), m.end(), "KNOWN_NAME", "a name the vault knows", "[NAME]",
                    undoable=False,
                )  # fmt: skip
                continue
            label, reason, repl = self._known_replacement(idents)
            start, end = m.start(), m.end()
            if label == "KNOWN_NAME":
                # digits attached go too ("Maria2", "2Maria"): they make a handle
                while end < len(text) and text[end].isdigit():
                    end += 1
                while start > 0 and text[start - 1].isdigit():
                    start -= 1
                title = _TITLE_BEFORE.search(text, max(0, start - 16), start)
                if title:
                    start = title.start()
            yield Redaction(start, end, label, reason, repl, undoable=False)
        if self._known_s is not None:
            for m in self._known_s.finditer(text):
                key = " ".join(m.group().lower().split())
                idents = self._by_key.get(key, [])
                if key in self._common_keys:
                    prev = _LAST_WORD.search(text, max(0, m.start() - 20), m.start())
                    if prev is not None and (
                        prev.group(1).lower() in _DETERMINERS
                        or prev.group(1).lower() in _POSSESSIVES
                    ):
                        continue  # "no hopes son", "her wills"
                if idents:
                    label, reason, repl = self._known_replacement(idents)
                    yield Redaction(m.start(), m.end(), label, reason, repl, undoable=False)
        if self._known_digits is not None:
            for m in self._known_digits.finditer(text):
                idents = self._by_key.get(m.group(), [])
                if idents:
                    label, reason, repl = self._known_replacement(idents)
                    yield Redaction(m.start(), m.end(), label, reason, repl, undoable=False)
        if self._births:
            for s, e, found in deid_dates.date_values(text):
                hit = self._births.get(found[1:])
                if hit and deid_dates.same_date(found, hit[0], *found[1:]):
                    yield Redaction(s, e, "DATE", hit[1].kind, "[date]", undoable=False)
        if self._singles is not None:
            for m in self._singles.finditer(text):
                idents = self._by_key.get(m.group().lower(), [])
                label, reason, repl = (
                    self._known_replacement(idents)
                    if idents
                    else ("KNOWN_NAME", "a name", "[NAME]")
                )
                yield Redaction(m.start(), m.end(), label, reason, repl, undoable=False)
        if self._inside is not None:
            for rx in (HASHTAG, HANDLE):
                for m in rx.finditer(text):
                    if self._inside.search(m.group().lower()):
                        yield Redaction(
                            m.start(), m.end(), "KNOWN_NAME", "a name the vault knows, in a tag",
                            m.group()[0] + "[REDACTED]", undoable=False,
                        )  # fmt: skip
        if self._phone_re is not None:
            for m in self._phone_re.finditer(text):
                yield Redaction(
                    m.start(), m.end(), "PHONE", "a phone number the vault knows", "[PHONE]",
                    undoable=False,
                )  # fmt: skip

    def _detect_patterns(self, text: str) -> Iterable[Redaction]:
        for m in URL.finditer(text) if _URL_HINT.search(text) else ():
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)'\"’":
                end -= 1
            if text[max(0, m.start() - 1) : m.start()] == "@" or (
                "@" in text[m.start() : end]
                and "/" not in text[m.start() : text.find("@", m.start())]
                and not text[m.start() : end].lower().startswith(("http", "www"))
            ):
                continue  # an email address (its domain), not a web address
            yield Redaction(m.start(), end, "URL", "a web address", "[URL]")
        if "@" in text:
            for m in EMAIL.finditer(text):
                yield Redaction(m.start(), m.end(), "EMAIL", "an email address", "[EMAIL]")
            for m in HANDLE.finditer(text):
                yield Redaction(m.start(), m.end(), "ID", "a social media handle", "@[HANDLE]")
        if _DIGIT.search(text) is None:  # what is left needs a digit, but some addresses
            for rx in _ADDRESS_WORDS:
                for m in rx.finditer(text):
                    yield Redaction(m.start(), m.end(), "ADDRESS", "a street address", "[ADDRESS]")
            return
        ids = _ID_HINT.search(text) is not None
        for rx in ID_PATTERNS if ids else ():
            for m in rx.finditer(text):
                s, e = m.span("id") if "id" in rx.groupindex else m.span()
                if len(_digits(text[s:e])) < 4 and not _A_LETTER.search(text, s, e):
                    continue  # "NHS 111", "case 12": a public number or a count
                if len(_digits(text[s:e])) < 2:
                    continue
                yield Redaction(s, e, "ID", "an ID or case number", "[ID]")
        for m in _CODE.finditer(text):
            tok = m.group()
            if (
                sum(c.isdigit() for c in tok) >= 4
                and len(tok) >= 6
                and not _NOT_CODE.fullmatch(tok)
            ):
                yield Redaction(m.start(), m.end(), "ID", "an ID or case number", "[ID]")
        for m in ZIP.finditer(text):
            yield Redaction(*m.span("zip"), "ZIP", "a ZIP code", "[ZIP]")
        for rx in (_ZIP_PLUS4, _ZIP_BARE):
            for m in rx.finditer(text):
                yield Redaction(m.start(), m.end(), "ZIP", "a ZIP code", "[ZIP]")
        phones = list(self._detect_phones(text))  # after IDs and ZIPs: an SSN is an ID
        yield from phones
        for m in _LONG_DIGITS.finditer(text):
            if (
                len(_digits(m.group())) >= 9
                and not _PUBLIC_PHONE.match(m.group())
                and not any(p.start < m.end() and m.start() < p.end for p in phones)
            ):
                yield Redaction(m.start(), m.end(), "ID", "a long number", "[ID]")
        for m in POSTCODE.finditer(text):
            yield Redaction(m.start(), m.end(), "POSTCODE", "a postcode", "[postcode]")
        for m in _POSTCODE_OUTWARD.finditer(text):
            yield Redaction(*m.span("x"), "POSTCODE", "a postcode district", "[postcode]")
        for rx in ADDRESS:
            for m in rx.finditer(text):
                yield Redaction(m.start(), m.end(), "ADDRESS", "a street address", "[ADDRESS]")

    def _detect_phones(self, text: str) -> Iterable[Redaction]:
        """Digit groups first; ``phonenumbers`` only looks at the windows around them."""
        if sum(c.isdigit() for c in text) < 7:
            return
        for cand in PHONE_FALLBACK.finditer(text):
            raw = cand.group().rstrip()
            if len(_digits(raw)) < 7 or _looks_like_date(raw):
                continue
            lo = max(0, cand.start() - 4)
            window = text[lo : cand.start() + len(raw) + 1]
            found = False
            for region in PHONE_REGIONS:
                for m in phonenumbers.PhoneNumberMatcher(
                    window, region, leniency=phonenumbers.Leniency.POSSIBLE
                ):
                    if len(_digits(m.raw_string)) < 7 or _PUBLIC_PHONE.match(m.raw_string.strip()):
                        continue
                    found = True
                    yield Redaction(lo + m.start, lo + m.end, "PHONE", "a phone number", "[PHONE]")
                if found:
                    break
            if not found and not _SPACED_DIGITS.search(raw) and not _PUBLIC_PHONE.match(raw):
                yield Redaction(
                    cand.start(), cand.start() + len(raw), "PHONE", "a phone number", "[PHONE]"
                )

    def _detect_dates(self, text: str) -> Iterable[Redaction]:
        for start, end in deid_dates.find_dates(text):
            yield Redaction(start, end, "DATE", "a date (only a year may stay)", "[date]")
        for start, end, repl in deid_dates.find_ages(text):
            label = "AGE90" if repl == "90+" else "AGE"
            reason = "an age over 89" if label == "AGE90" else "an age (as a decade band)"
            yield Redaction(start, end, label, reason, repl)

    def _detect_places(self, text: str) -> Iterable[Redaction]:
        for start, end in deid_places.find_orgs(text):
            yield Redaction(start, end, "ORG", "a local organisation", "[organisation]")
        for start, end in deid_places.find_places(text):
            yield Redaction(start, end, "LOCATION", "a place below state level", "[place]")

    def _unknown_names(
        self, text: str, known: Sequence[tuple[int, int]] = ()
    ) -> Iterable[Redaction]:
        """Person names the vault does not know, from the name lists.

        A capitalised word that is a given name and *not* an everyday word is a name
        anywhere, also at the start of a sentence. A given name that is also an everyday
        word (Hope, Grace, Bill, Will, May, Joy…) is a name only when it is capitalised,
        *not* at the start of a sentence, and has a name cue: a title or relation word
        before it ("Dr", "my friend", "her son", "named"), a surname after it ("Grace
        Kim"), a possessive followed by a relation word ("Faith's son"), an appositive
        after it (", her neighbour"), or a reporting verb after it ("Hope said"). A
        capitalised word after a title or a relation word is a name even when it is in
        no list ("Dr Okonkwo", "her neighbour Tevita"), and the title goes with it. A
        capitalised surname right after a name goes with it. Lower-case given names count
        after a relation word or before a reporting verb ("my sister keisha", "keisha
        said"). Nothing is a name when the next word is a place word ("Grace Church").
        """
        names = self.names
        common = names.common_words
        words = english_words()
        wide = deid_places.wide_places()
        toks = list(_TOKEN.finditer(text))
        flagged: set[int] = set()
        titled: set[int] = set()
        cued: set[int] = set()  # lower-case names found with a cue (a relation word, a list)
        known_tok = {
            i for i, m in enumerate(toks) for s, e in known if m.start() < e and s < m.end()
        }
        for i, m in enumerate(toks):
            word = m.group()
            base = _POSS_END.sub("", word)
            low = base.lower()
            prev = toks[i - 1].group().lower() if i else ""
            prev_gap = text[toks[i - 1].end() : m.start()] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            gap = text[m.end() : nxt.start()] if nxt else ""
            nxt_low = nxt.group().lower() if nxt else ""
            if (
                i in known_tok
                or low in _NOT_NAMES
                or (len(low) <= 3 and low in _SHORT_STOP)  # "Ma said", "So said", "Mon"
                or low in _ES_STOP  # "Nadie dice", "Todo cuenta"
                or low in KIN_TITLES
                or low in wide
                or low in deid_places.INSTITUTIONS
                # "Check-in", "Drop-in", "follow-up": words joined, not a double name
                or ("-" in low and all(p in words for p in low.split("-")))
            ):
                continue
            if low in deid_dates.MONTHS:
                as_person = _month_person(text, toks, i) if word[:1].isupper() else 0
                if as_person:
                    flagged.add(i)
                    if as_person == 2:
                        titled.add(i)  # "Mrs May" is one [PERSON]
                elif (
                    (
                        word[:1].isupper()
                        and used_as_name(text, m.start(), m.end())
                        and (
                            (prev in RELATIONS and prev_gap.strip() == "")
                            or (nxt_low in _NAME_VERBS and gap.strip() == "")
                            # "Jun Kovalenko", "told me Jun at", "with June and"
                            or (
                                nxt is not None
                                and gap == " "
                                and _is_cap(nxt.group())
                                and nxt_low in names.last
                                and nxt_low not in common
                            )
                            or (prev in _MONTH_SLOT and prev_gap == " ")
                        )
                    )
                    or (
                        # a month word that is a given name too, before a second given name:
                        # "Julio César", "a Abril Lucía" (not "In June Kofi moved")
                        _is_cap(word)
                        and nxt is not None
                        and gap == " "
                        and _is_cap(nxt.group())
                        and nxt_low in names.first
                        and nxt_low not in common
                        and nxt_low not in deid_dates.MONTHS
                        and prev not in _MONTH_CUES
                        and prev not in _WEAK_MONTH_CUES
                        and not _DAY_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
                    )
                ):
                    flagged.add(i)
                continue
            if not word[:1].isupper():
                if _PARTICLE_WORD.fullmatch(low):
                    continue  # "van", "de", "al": a name's particle, never a name itself
                if prev in _ES_DETERMINERS and prev_gap == " ":
                    continue  # "el mercado", "la iglesia", "su primo": a noun, not a name
                # lower-case names: a name from the lists that is no English word at all
                # ("keisha", "castellanos"), a given name with a cue, or after a title
                if (
                    len(low) >= 3
                    and (low in names.first or low in names.last)
                    and low not in common
                    and low not in words
                    and low not in _LOWER_STOP
                ):
                    flagged.add(i)
                    if low in names.first:
                        cued.add(i)
                    if prev_gap.strip() in ("", ".") and (
                        prev.rstrip(".") in HONORIFICS
                        or (prev in _FAMILY_TITLES and low in names.last and low not in names.first)
                    ):
                        titled.add(i)  # "dr okafor", "sister ferreira" (a surname: a title)
                elif (
                    len(low) >= 3
                    and prev.rstrip(".") in _LOWER_TITLES
                    and prev_gap.strip() in ("", ".")
                    and low not in words
                    and low not in _LOWER_STOP
                ):
                    flagged.add(i)
                    titled.add(i)
                elif (
                    (
                        len(low) >= 3
                        and low in names.first
                        and (low not in common or (low not in words and prev in RELATIONS))
                        and (
                            (prev in RELATIONS and prev_gap.strip() in ("", ","))
                            or (nxt_low in _NAME_VERBS and gap.strip() == "")
                            or (
                                i - 1 in flagged
                                and prev_gap.strip() == ""
                                and low not in _LOWER_STOP  # "Rodrigo está en casa"
                            )
                        )
                    )
                    or (
                        # a name in no list right after a relation word: "her brother, tevita,"
                        prev in RELATIONS
                        and prev_gap.strip() in ("", ",")
                        and len(low) >= 4
                        and low not in words
                        and low not in common
                        and low not in _LOWER_STOP
                        and (_is_name_verb(nxt_low) or gap.strip()[:1] in (",", ".", ";", "!", "?"))
                    )
                    or (
                        # a second given name after one a relation word named: "her cousin
                        # luz marina"; a lower-case surname that is in no list: "aroha oyelaran"
                        i - 1 in cued
                        and prev_gap == " "
                        and len(low) >= 3
                        and low not in _LOWER_STOP
                        and low not in _MODALS
                        and not _is_name_verb(low)
                        and low not in deid_places.NEVER
                        and (
                            low in names.first
                            or low in names.last
                            or (
                                low not in words
                                and len(low) >= 5
                                and (_is_name_verb(nxt_low) or gap.strip()[:1] in (",", ".", ";"))
                            )
                        )
                    )
                    or (
                        i - 1 in flagged
                        and prev_gap.strip() == ""
                        and low in names.last
                        and low not in common
                        and low not in _LOWER_STOP
                        and not toks[i - 1].group()[:1].isupper()
                    )
                    or (
                        # a nickname: "big mike from the gym", "her ex, lil ray, keeps"
                        prev in ("big", "lil", "little", "young", "old", "wee")
                        and prev_gap == " "
                        and (
                            i < 2
                            or toks[i - 2].group().lower()
                            not in _LOWER_DETERMINERS | _POSSESSIVES | {"a", "an", "the", "this"}
                        )
                        and len(low) >= 3
                        and low in names.first
                        and low not in _MODALS
                        and low not in deid_dates.MONTHS
                        and low not in _LOWER_STOP
                        and (
                            gap.strip()[:1] in (",", ";", ")")
                            or (gap == " " and (_is_name_verb(nxt_low) or nxt_low == "from"))
                        )
                    )
                    or (
                        # a given name that is also a word, right after a relation word and
                        # before what a person does: "her boyfriend ray is out", "her
                        # neighbour pat keeps an eye on her"
                        prev in RELATIONS
                        and prev not in ("named", "called", "social", "probation")
                        and prev_gap == " "
                        and len(low) >= 3
                        and low in names.first
                        and low not in _MODALS
                        and low not in _LOWER_STOP
                        and low not in _NAME_ADVERBS
                        and low not in deid_places.NEVER
                        and low not in deid_dates.MONTHS
                        and (
                            gap.strip()[:1] in (",", ".", ";", "!", "?")
                            or (
                                gap == " "
                                and (
                                    _is_name_verb(nxt_low)
                                    or nxt_low in ("is", "was", "has", "had")
                                    or (
                                        nxt_low.endswith("s")
                                        and not nxt_low.endswith("ss")
                                        and nxt_low in words
                                        and nxt_low[:-1] in words
                                    )
                                )
                            )
                        )
                    )
                ):
                    flagged.add(i)
                    if prev in RELATIONS:
                        cued.add(i)
                continue
            in_first = low in names.first or (
                "-" in low and all(p in names.first or p in names.last for p in low.split("-"))
            )
            if word.isupper() and len(word) > 1 and not in_first:
                continue  # an acronym
            if nxt is not None and gap.strip() == "" and nxt_low.removesuffix("'s") in PLACES:
                continue
            prev_word = toks[i - 1].group() if i else ""
            after_title = (
                i > 0
                and prev.rstrip(".") in TITLES
                and prev_gap.strip() in ("", ".")
                and (
                    _is_cap(prev_word)
                    or prev in ("dr", "mr", "mrs", "ms")
                    # "auntie Efua", "don Aurelio": a lower-case title before a name
                    or ((low not in words or low in names.first) and low not in common)
                )
            )
            after_relation = (
                i > 0
                and prev in RELATIONS
                and prev_gap.strip() == ""
                and low not in common
                # "Social Care", "Social Services": a service's name, not "social" + a name
                and not (prev == "social" and _ORG_HEAD_WORD.fullmatch(base))
            )
            if after_title and low not in PLACES and low not in deid_places.NEVER:
                flagged.add(i)
                if prev.rstrip(".") in HONORIFICS or (
                    _is_cap(prev_word) and prev.rstrip(".") not in KIN_TITLES
                ):
                    titled.add(i)
                continue
            if after_relation and low not in PLACES and low not in common:
                flagged.add(i)
                if after_title:
                    titled.add(i)
                continue
            if after_title and low in common and (i + 1 >= len(toks) or gap.strip() != ""):
                flagged.add(i)  # "Officer Young." / "Pastor Joy,"
                titled.add(i)
                continue
            if not in_first:
                unknown = low not in common and low not in words and low not in deid_places.NEVER
                if (
                    (i - 1 in flagged or i - 1 in known_tok)
                    and prev_gap.strip() == ""
                    and (low in names.last or (unknown and len(low) >= 3))
                    and low not in common
                    and low not in deid_places.NEVER
                ):
                    flagged.add(i)
                elif (
                    low in names.last
                    and low not in common
                    and nxt is not None
                    and gap == " "
                    and _is_cap(nxt.group())
                    and nxt_low in names.first
                    and nxt_low not in common
                ):
                    flagged.add(i)  # family name first: "Nguyen Thi Lan"
                elif (
                    unknown
                    and len(low) >= 3
                    and nxt is not None
                    and gap.strip() == ""
                    and (nxt_low in _NAME_VERBS or nxt_low == "from")
                ):
                    flagged.add(i)  # "Tevita came", "Priyanka from the clinic"
                elif (
                    unknown
                    and len(low) >= 3
                    and (tail := _PARTICLE_TAIL.match(text, m.end())) is not None
                    and tail.group("w")[:1].isupper()
                    and tail.group("w").lower() not in words
                    # "Llegaron de Guadalajara", "Salió de Ciudad Juárez": a verb, a place
                    and not _ES_PLACE_HEAD.match(tail.group("w") + " ")
                    and _ES_PAST_VERB.search(low) is None
                ):
                    flagged.add(i)  # "Yusra al-Amin", "Niamh Ó Súilleabháin"
                elif (
                    unknown
                    and len(low) >= 3
                    and nxt is not None
                    and gap == " "
                    and _is_cap(nxt.group())
                    and nxt_low not in words
                    and nxt_low not in common
                    and nxt_low not in PLACES
                    and nxt_low not in deid_places.NEVER
                    and not _ORG_HEAD_WORD.fullmatch(nxt.group())
                ):
                    flagged.add(i)  # two capitalised no-words: "Priyanka Oyelaran"
                    flagged.add(i + 1)
                continue
            if low not in common and low not in words:
                flagged.add(i)
                continue
            if low not in common and not opens_sentence(text, m.start()):
                flagged.add(i)  # a given name that is also a rare word, mid-sentence
                continue
            start_of_sentence = opens_sentence(text, m.start())
            prev2 = toks[i - 2].group().lower() if i > 1 else ""
            before = not start_of_sentence and (
                prev in RELATIONS
                or prev.rstrip(".") in TITLES
                or (prev in ("my", "her", "his", "their", "our") and prev2 in RELATIONS)
            )
            cue = (
                before
                or (nxt is not None and gap.strip() == "" and _is_cap(nxt.group()) and nxt_low in names.last and nxt_low not in common)
                or (word.endswith(("'s", "’s")) and nxt_low in RELATIONS)
                or (nxt is not None and gap.strip() == "," and (nxt_low in RELATIONS or (nxt_low in ("my", "her", "his", "their", "a", "the", "our") and i + 2 < len(toks) and toks[i + 2].group().lower() in RELATIONS)))
                or (nxt is not None and gap.strip() == "" and nxt_low in _NAME_VERBS)
                or _word_name_cue(text, m, prev, prev_gap, nxt_low, gap, start_of_sentence)
            )  # fmt: skip
            if cue:
                flagged.add(i)
        self._names_in_person_slots(text, toks, flagged, known_tok)
        # a capitalised no-word right before a known name: "Tariq Mensah"
        for i in sorted(known_tok):
            j = i - 1
            if j < 0 or j in flagged or j in known_tok:
                continue
            if text[toks[j].end() : toks[i].start()] != " ":
                continue
            cand = toks[j].group()
            low = cand.lower()
            if (
                _is_cap(cand)
                and (low in names.first or low not in words)
                and low not in common
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and len(low) >= 3
            ):
                flagged.add(j)
        # "Ngozi and Tevita", "Ngozi, Tevita": a capitalised no-word beside a name is one too
        todo = sorted(flagged | known_tok)
        while todo:
            i = todo.pop()
            if i < 1:
                continue
            gap1 = text[toks[i - 1].end() : toks[i].start()]
            if (
                i >= 2
                and toks[i - 1].group().lower() in ("and", "or", "y", "&")
                and gap1.strip() == ""
                and text[toks[i - 2].end() : toks[i - 1].start()].strip() in ("", ",")
            ):
                j = i - 2
            elif gap1.strip() == ",":
                j = i - 1
            else:
                continue
            if j in flagged:
                continue
            cand = toks[j].group()
            low = cand.lower()
            if (
                _is_cap(cand)
                and low not in common
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and len(low) >= 3
                and j not in known_tok
                and (
                    low not in words
                    or (  # a given name that is also a word, mid-sentence: "Sal and Connie"
                        low in names.first
                        and not cand.isupper()
                        and low not in PLACES
                        and not opens_sentence(text, toks[j].start())
                    )
                )
            ):
                flagged.add(j)
                todo.append(j)
        # After a title the name runs on: "Mr Will Turner", "Mrs Joy Baker" (a given name
        # that is also a word, then a surname that is also a word). Up to two more
        # capitalised words in the surname list, or in no dictionary, join it.
        for i in sorted(titled):
            for j in (i + 1, i + 2):
                if j >= len(toks) or j in flagged or j - 1 not in flagged:
                    break
                cand = toks[j].group()
                low = cand.lower().removesuffix("'s")
                if not (
                    _is_cap(cand)
                    and text[toks[j - 1].end() : toks[j].start()] in (" ", "-")
                    # a surname that is also a word counts here ("Turner", "Baker")
                    and (low in names.last or (low not in words and low not in common))
                    and low not in PLACES
                    and low not in deid_places.NEVER
                    and low not in _NOT_NAMES
                    and not _ORG_HEAD_WORD.fullmatch(cand)
                ):
                    break
                flagged.add(j)
        _given_before_surname(text, toks, flagged, known_tok, names.first)
        for m in _FAMILY.finditer(text):  # "the Okafors", "the Nowak family"
            stem = m.group("x").lower()
            plural = m.group("pl") or ""
            if plural and not m.group("fam"):
                base = stem if stem in names.last else stem[:-1] if stem.endswith("e") else stem
                if base not in names.last or base in common or base in words:
                    continue
            elif stem in common or (stem in words and stem not in names.last):
                continue
            if stem in deid_places.NEVER or stem in _NOT_NAMES or stem in PLACES:
                continue
            yield Redaction(
                m.start("x"), m.end("x") + len(plural), "PERSON", "a family's name", "[PERSON]"
            )
        for rx in (_TITLED_INITIAL, _INITIALS, _QUOTED_NICKNAME):  # "ms k", "J.T.", "Peaches"
            for m in rx.finditer(text):
                x = m.group("x")
                if rx is _INITIALS and x.replace(" ", "").upper() in _NOT_INITIALS:
                    continue
                if rx is _QUOTED_NICKNAME and (
                    x.lower() in deid_places.NEVER or x.lower() in _NOT_NAMES or x.isupper()
                ):
                    continue
                yield Redaction(
                    *m.span("x"), "PERSON", "a person's name (initials or a nickname)", "[PERSON]"
                )
        for m in _TITLED_PARTICLE.finditer(text):
            yield Redaction(m.start(), m.end(), "PERSON", "a person's name (title)", "[PERSON]")
        run_start: int | None = None
        for i in sorted(flagged):
            m = toks[i]
            if run_start is None:
                run_start = m.start()
                if i in titled:
                    title = toks[i - 1]
                    run_start = title.start()
            end = m.end()
            if _POSS_END.search(m.group()):
                end -= 2
            joined = (
                i + 1 in flagged
                and text[m.end() : toks[i + 1].start()] in (" ", "-")
                and end == m.end()
            )
            if not joined:  # a first name and surname together are one [PERSON]
                yield Redaction(run_start, end, "PERSON", "a person's name (name list)", "[PERSON]")
                run_start = None

    def _names_in_person_slots(
        self, text: str, toks: list[re.Match[str]], flagged: set[int], known_tok: set[int]
    ) -> None:
        """Capitalised words in no list and no dictionary, where a person stands: after
        "with", "met", "told" ("went to the pub with Gosia and Piotrek"), set off by
        commas ("her mentor at work, Obafemi, is"), opening a sentence before a
        nickname in brackets or "and her husband" ("Oleksandr (Sasha) and", "Chidinma
        and her husband"), after "goes by" or "known as"; a capitalised surname after
        a given name even when it is also a word ("Callum Mackintosh"); and a hyphenated
        given name of two short syllables with the family name before it ("Park
        Ji-woo"). Each flags ``flagged`` in place."""
        names = self.names
        words = english_words()
        places = deid_places.gazetteer()
        n = len(toks)

        def gap(i: int) -> str:  # what lies between toks[i] and toks[i + 1]
            return text[toks[i].end() : toks[i + 1].start()] if i + 1 < n else ""

        wide = deid_places.wide_places()
        seen: dict[int, bool] = {}

        def unknown(i: int) -> bool:
            if i in seen:
                return seen[i]
            w = toks[i].group()
            if not w[:1].isupper() or w.isupper():
                seen[i] = False
                return False
            low = _POSS_END.sub("", w).lower()
            seen[i] = (
                _is_cap(w)
                and not w.isupper()
                and len(low) >= 3
                and low not in words
                and low not in names.common_words
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and low not in _SHORT_STOP
                and low not in _ES_STOP
                and low not in places
                and low not in wide
                and low not in deid_places.INSTITUTIONS
                and low not in KIN_TITLES
                and not _ORG_HEAD_WORD.fullmatch(w)
                and i not in known_tok
            )
            return seen[i]

        def lower_unknown(i: int) -> bool:  # "ffion", "kaveh": lower case, in no dictionary
            w = toks[i].group()
            low = _POSS_END.sub("", w)
            return (
                w.islower()
                and (len(low) >= 4 or (len(low) == 3 and low in names.first))
                and low not in words
                and low not in names.common_words
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and low not in _LOWER_STOP
                and low not in places
                and low not in TITLES
                and low not in RELATIONS
                and low not in SPEECH  # "me escribió": a verb after Spanish "me"
                and not _PARTICLE_WORD.fullmatch(low)
                and not _typo_of_word(low, words)
                and i not in known_tok
            )

        lows = [m.group().lower() for m in toks]
        by_start = {m.start(): i for i, m in enumerate(toks)}

        def last_in_list(j: int) -> bool:
            """A capitalised word that is also a word, last in a list of names and ending
            its clause: "I went with Sinéad and Paddy." (not "Kofi and Mum.")"""
            w = toks[j].group()
            low = w.lower()
            return (
                _is_cap(w)
                and not w.isupper()
                and len(low) >= 3
                and lows[j - 1] in ("and", "&", "y")
                and not opens_sentence(text, toks[j].start())
                and (j + 1 >= n or gap(j).strip()[:1] in (".", ",", ";", "!", "?", ")"))
                and low not in names.common_words
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and low not in _SHORT_STOP
                and low not in KIN_TITLES
                and low not in TITLES
                and low not in RELATIONS
                and low not in PLACES
                and low not in places
                and low not in wide
                and low not in deid_places.INSTITUTIONS
                and low not in deid_dates.MONTHS
                and not _WEEKDAY_WORD.fullmatch(low)
                and not _ORG_HEAD_WORD.fullmatch(w)
                and j not in known_tok
            )

        def short(i: int) -> bool:  # "Mo", "Jo", "Ky", "Yaw": a short name, capitalised
            w = _POSS_END.sub("", toks[i].group())
            low = w.lower()
            return (
                2 <= len(w) <= 3
                and w[0].isupper()
                and w[1:].islower()
                and low not in _SHORT_STOP
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and low not in KIN_TITLES
                and low not in TITLES
                and low not in RELATIONS
                and low not in PLACES
                and low not in deid_dates.MONTHS
                and low not in _MODALS
                and low not in SPEECH
                and (len(w) == 2 or low in names.first or low not in words)
                and i not in known_tok
                and not (  # a particle before a surname: "Al Amin", "De Souza"
                    _PARTICLE_WORD.fullmatch(low)
                    and i + 1 < n
                    and gap(i) == " "
                    and toks[i + 1].group()[:1].isupper()
                )
            )

        def short_person(i: int, prev: str, pgap: str, slot: bool) -> bool:
            """Where a short name stands as a person: before a verb said of a person
            ("Mo came", "Ky said"), beside the mentor ("Yaw and I", "me and Jo"), after a
            relation word ("her son Mo") or a person's slot ("texted with Ky"), as what
            someone is called ("call her Ro"), before a possessive relation ("Mo's mum")."""
            w = toks[i].group()
            low = _POSS_END.sub("", w).lower()
            nxt = lows[i + 1] if i + 1 < n else ""
            word = low in words or low in names.common_words
            if _POSS_END.search(w):
                return nxt in RELATIONS and gap(i) == " "
            if i + 1 < n and gap(i) == " " and _is_name_verb(nxt):
                return True
            if _AND_I.match(text, toks[i].end()) or _ME_AND.search(
                text, max(0, toks[i].start() - 8), toks[i].start()
            ):
                return True
            if prev in RELATIONS and pgap == " " and prev not in ("social", "probation"):
                return True
            if _CALL_HER.search(text, max(0, toks[i].start() - 16), toks[i].start()):
                return True
            return bool(
                slot
                and prev not in ("and", "by", "for", "me", "us")
                and (not word or len(w) == 2)
                and (i + 1 >= n or not _is_cap(toks[i + 1].group()))
            )

        # a nickname in brackets after a name: "Oleksandr (Sasha)"
        nicks: set[int] = set()
        for m in _NICK_AFTER.finditer(text) if "(" in text else ():
            j = by_start.get(m.start("x"))
            if j:
                nicks.add(j - 1)
                if (
                    (j - 1 in flagged or j - 1 in known_tok or unknown(j - 1))
                    and lows[j] not in RELATIONS
                    and lows[j] not in TITLES
                ):
                    flagged.add(j)
        # only capitalised words and words after a person's slot can be names here
        for i in range(n):
            w = toks[i].group()
            prev = lows[i - 1] if i else ""
            if not w[:1].isupper() and prev not in _SLOT_BEFORE:
                continue
            if i in flagged or i in known_tok:
                continue
            pgap = gap(i - 1) if i else ""
            slot = prev in _SLOT_BEFORE and pgap == " "
            if (
                "-" in w
                and _KOREAN_GIVEN.fullmatch(w)
                and lows[i] not in words
                and not all(p in words for p in lows[i].split("-"))  # "Move-in", "Sign-up"
            ):
                flagged.add(i)  # "Park Ji-woo"
                if i and gap(i - 1) == " " and lows[i - 1] in names.last:
                    flagged.add(i - 1)
                continue
            if short(i) and short_person(i, prev, pgap, slot):
                flagged.add(i)
                continue
            if (
                (unknown(i) or short(i))
                and _IS_AGE_AFTER.match(text, toks[i].end())
                and not _POSS_END.search(w)
            ):
                flagged.add(i)  # "Pradeep is in his late forties"
                continue
            if not unknown(i):
                if slot and prev not in ("and", "by", "for") and lower_unknown(i):
                    flagged.add(i)  # "told me ffion at", "met kateryna"
                elif (
                    slot
                    and _is_cap(w)
                    and lows[i] in names.first
                    and lows[i] not in deid_dates.MONTHS
                    and lows[i] not in _MODALS
                    and lows[i] not in KIN_TITLES
                    and i + 1 < n
                    and gap(i) == " "
                    and unknown(i + 1)
                ):
                    flagged.update((i, i + 1))  # "told me Precious Kovalenko at"
                continue
            nxt = lows[i + 1] if i + 1 < n else ""
            apposition = (
                i >= 2
                and pgap.strip() == ","
                and (
                    gap(i).strip() == "," or (nxt in ("is", "was", "who", "has") and gap(i) == " ")
                )
            )
            if (
                slot
                or apposition
                or i in nicks
                or _FAMILY_AFTER.match(text, toks[i].end()) is not None
                or (_POSS_END.search(w) is not None and nxt in RELATIONS and gap(i) == " ")
                or _PERSON_AFTER.match(text, toks[i].end()) is not None
            ):
                flagged.add(i)
        for m in _GOES_BY.finditer(text):
            j = by_start.get(m.start("x"))
            if (
                j is not None
                and lows[j] not in _NOT_NAMES
                and lows[j] not in KIN_TITLES  # "call her Mum"
                and lows[j] not in TITLES
                and lows[j] not in _SHORT_STOP
                and lows[j] not in deid_dates.MONTHS
                and not _WEEKDAY_WORD.fullmatch(lows[j])  # "call him Monday"
            ):
                flagged.add(j)
        # a list: "Gosia and Piotrek", "Shanice and Keyonna", "Tyrell, Bao, Avi"
        for i in range(n - 2):
            if i not in flagged and i not in known_tok:
                continue
            j = i + 1
            if toks[j].group().lower() in ("and", "or", "y", "&") and gap(i).strip() in ("", ","):
                j += 1
            elif gap(i).strip() != ",":
                continue
            if j < n and j not in flagged and (unknown(j) or lower_unknown(j) or last_in_list(j)):
                flagged.add(j)
        # ... and backwards, in lower case: "jun, ffion kovalenko and marcus came"
        for i in range(n - 1, 1, -1):
            if i not in flagged and i not in known_tok:
                continue
            j = i - 1
            if toks[j].group().lower() in ("and", "or", "y", "&") and gap(j).strip() == "":
                j -= 1
                if gap(j).strip() not in ("", ","):
                    continue
            elif gap(j) == " " and toks[i].group().islower():
                pass  # a given name before a surname: "ffion kovalenko"
            elif gap(j).strip() != ",":
                continue
            if j >= 0 and j not in flagged and lower_unknown(j):
                flagged.add(j)
        # a surname that is also a word after a given name: "Callum Mackintosh"; and after a
        # name the vault knows: "Rosa María", "Xiomara Luz" (a second given name)
        for i in sorted(flagged | known_tok):
            j = i + 1
            if j >= n or j in flagged or gap(i) != " " or _POSS_END.search(toks[i].group()):
                continue
            if j in known_tok:
                continue
            w = toks[j].group()
            low = _POSS_END.sub("", w).lower()
            if (
                _is_cap(w)
                and not w.isupper()
                and low in words
                and (low in names.last or len(low) >= 6)
                # "Leanne Pickup": a common-word surname after a given name that is no word
                and (low not in names.common_words or toks[i].group().lower() not in words)
                and low not in deid_places.NEVER
                and low not in _NOT_NAMES
                and low not in PLACES
                and low not in SPEECH
                and low not in deid_places.INSTITUTIONS
                and low not in deid_places.wide_places()
                and not _ORG_HEAD_WORD.fullmatch(w)
                and toks[i].group().lower() in names.first
            ):
                flagged.add(j)

    def _detect_manual(self, text: str) -> Iterable[Redaction]:
        if self._extra is None:
            return
        for m in self._extra.finditer(text.lower()):
            yield Redaction(m.start(), m.end(), "MANUAL", "redacted by you", "[REDACTED]")

    # the public API

    def find(
        self, text: str, *, field: str = "", keep: frozenset[str] | set[str] = frozenset()
    ) -> list[Redaction]:
        """Non-overlapping redactions in ``text``, in order. ``keep`` holds keys of
        redactions the mentor undid (known identifiers cannot be undone)."""
        norm, where = normalise(text)
        upper = sum(map(str.isupper, norm))
        letters = sum(map(str.isalpha, norm)) if upper > 16 else 0
        if letters > 20 and upper > 0.8 * letters:
            lowered = norm.lower()  # A NOTE IN CAPITALS reads like one in lower case
            if len(lowered) == len(norm):
                norm = lowered
        known = list(self._detect_known(norm))
        person_spans = [(r.start, r.end) for r in known if r.label in ("KNOWN_NAME",)]
        detectors: list[Iterable[Redaction]] = [
            known,
            self._detect_manual(norm) if len(norm.lower()) == len(norm) else iter(()),
            self._detect_patterns(norm),
            self._detect_dates(norm),
            self._unknown_names(norm, person_spans),
            self._detect_places(norm),
        ]
        candidates: list[tuple[int, int, Redaction]] = []
        for order, found in enumerate(detectors):
            for r in found:
                if r.end > r.start:
                    # a name that opens with a business's head noun ("Pastelería Dulce
                    # Hogar") is the business, though the name lists know its words
                    first = (
                        -1
                        if (r.label == "ORG" and deid_places.HEAD_FIRST.match(norm, r.start))
                        # a month word the name detector judged a person from its context
                        # ("a note from May said"), over the bare "from May" of the dates
                        or (
                            r.label == "PERSON"
                            and norm[r.start : r.end].lower() in deid_dates.MONTHS
                        )
                        # a town the gazetteer knows whose first word is a Spanish article
                        # or saint ("San Antonio", "Ciudad Juárez", "Santa Fe"), over the
                        # same words read as a given name and a surname, or as a business
                        or (
                            r.label == "LOCATION"
                            and _ES_PLACE_HEAD.match(norm, r.start) is not None
                            and (
                                _gazetteer_place(norm[r.start : r.end])
                                or _CITY_OF.match(norm, r.start) is not None
                            )
                        )
                        else order
                    )
                    candidates.append((first, r.start, r))
        candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[1]))
        taken: list[Redaction] = []
        occupied = bytearray(len(norm) + 1)
        for _order, _start, r in candidates:
            if any(occupied[r.start : r.end]):
                continue
            start, end = (r.start, r.end) if where is None else (where[r.start], where[r.end])
            key = f"{field}:{start}:{end}:{r.label}"
            if r.undoable and key in keep:
                continue
            occupied[r.start : r.end] = b"\x01" * (r.end - r.start)
            taken.append(Redaction(start, end, r.label, r.reason, r.replacement, key, r.undoable))
        taken.sort(key=lambda r: r.start)
        taken = _names_again(text, _surname_after(text, taken))
        merged = _merge_org_place(text, _merge_people(text, _extend_people(text, taken)))
        done = _keep_full_stops(text, _merge_addresses(text, _extend_slashed(text, merged)))
        if self._english:
            return done
        return [
            Redaction(
                r.start, r.end, r.label, r.reason, self._local(r.replacement), r.key, r.undoable
            )
            for r in done
        ]

    def redact(
        self, text: str, *, field: str = "", keep: frozenset[str] | set[str] = frozenset()
    ) -> tuple[str, list[Redaction]]:
        """The redacted text and its redactions, positioned in the redacted text."""
        out: list[str] = []
        spans: list[Redaction] = []
        pos = 0
        length = 0
        for r in self.find(text, field=field, keep=keep):
            chunk = text[pos : r.start]
            out.append(chunk)
            length += len(chunk)
            out.append(r.replacement)
            spans.append(
                Redaction(
                    length,
                    length + len(r.replacement),
                    r.label,
                    r.reason,
                    r.replacement,
                    r.key,
                    r.undoable,
                )
            )
            length += len(r.replacement)
            pos = r.end
        out.append(text[pos:])
        return "".join(out), spans


# Abbreviations that end a replaced span and can end a sentence with their full stop:
# "on Birchwood Ave. Rosa asked" keeps the sentence's stop after "[ADDRESS]".
# a Spanish verb in the past opening a sentence: "Llegaron de", "Salieron del", "Volvió de"
_ES_PAST_VERB = re.compile(r"(?:.{3}(?:aron|ieron)|.{2}[ií]ó|.{2}aba|.{2}[ií]an|.{2}aban)$")
# the first word of many Spanish place names: an article, a saint, a city
_ES_PLACE_HEAD = re.compile(
    r"(?:San|Santa|Santo|São|Sao|El|La|Los|Las|Ciudad|Puerto|Nueva|Nuevo|Villa|Río|Rio|"
    r"Bahía|Playa|Cabo|Costa|Isla|Monte|Punta)\s"
)
_CITY_OF = re.compile(r"Ciudad\s")  # "Ciudad de México", "Ciudad Obregón": a city, always


def _gazetteer_place(words: str) -> bool:
    key = fold(" ".join(words.split()))
    return key in deid_places.gazetteer() or key in deid_places.wide_places()


_ABBREV_END = re.compile(
    r"(?i)(?<![^\W\d_])(?:ave|av|avda|st|rd|dr|blvd|ln|ct|pl|sq|hwy|pkwy|ter|cres|inc|ltd|co|"
    r"corp|llc|plc|jr|sr|cía|cia|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$"
)
_SENTENCE_NEXT = re.compile(r"\s*(?:$|\n)|\s+[\"“‘'(\[]?(?=[^\W\d_])(?P<c>.)")


def _keep_full_stops(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A replaced span that ends in an abbreviation's full stop at the end of a sentence
    ("Birchwood Ave. Rosa asked", "at Acme Ltd." at the end of the note) gives the stop
    back after its replacement, so the sentence still ends; mid-sentence the stop is the
    abbreviation's and goes with it ("Sons Ltd. and")."""
    out = []
    for r in taken:
        if (
            text[r.end : r.end + 1] == "."
            and _ABBREV_END.search(text, max(r.start, r.end - 5), r.end + 1)
            and re.match(r"\s+[a-zà-ÿ]", text[r.end + 1 : r.end + 3])
        ):
            r = replace(r, end=r.end + 1)  # "Sons Ltd. and likes it": the stop is Ltd.'s
        elif (
            text[r.end - 1 : r.end] == "."
            and not r.replacement.endswith(".")
            and _ABBREV_END.search(text, max(r.start, r.end - 6), r.end)
            and (nxt := _SENTENCE_NEXT.match(text, r.end)) is not None
            and (nxt.group("c") is None or nxt.group("c").isupper())
        ):
            r = replace(r, replacement=r.replacement + ".")
        out.append(r)
    return out


def _given_before_surname(
    text: str,
    toks: list[re.Match[str]],
    flagged: set[int],
    known_tok: set[int],
    first: frozenset[str],
) -> None:
    """A given name that is also a word before a surname that is none: "Precious Mwale",
    "Grace Oyelaran" (flags ``flagged`` in place)."""
    words = english_words()
    for i in sorted(flagged):
        j = i - 1
        if j < 0 or j in flagged or j in known_tok or text[toks[j].end() : toks[i].start()] != " ":
            continue
        w = toks[j].group()
        low = w.lower()
        if (
            _is_cap(w)
            and not w.isupper()
            and low in first
            and low not in _NOT_NAMES
            and low not in KIN_TITLES
            and low not in deid_places.NEVER
            and low not in TITLES
            and low not in PLACES
            and low not in SPEECH
            and low not in _MODALS
            and (low not in deid_dates.MONTHS or used_as_name(text, toks[j].start(), toks[j].end()))
            and _POSS_END.sub("", toks[i].group()).lower() not in words
            and _is_cap(toks[i].group())
            and not _POSS_END.search(w)
        ):
            flagged.add(j)


def _typo_of_word(low: str, words: frozenset[str]) -> bool:
    """Whether ``low`` is an everyday word with two letters swapped or one letter too
    many ("wtih", "aobut", "togehter", "thhe"): a typo, not a name in lower case."""
    for k in range(len(low) - 1):
        if low[:k] + low[k + 1] + low[k] + low[k + 2 :] in words:
            return True
    return any(low[:k] + low[k + 1 :] in words for k in range(len(low)))


_PEOPLE = ("KNOWN_NAME", "PERSON")
# where a person stands in a sentence (for a capitalised word in no list)
_SLOT_BEFORE = frozenset(
    ["with", "met", "told", "asked", "saw", "visited", "rang", "texted", "phoned",
     "messaged", "emailed", "helped", "hugged", "thanked", "and", "by", "for", "me", "us",
     "seen", "gave", "drove", "took", "sent", "called", "reminded", "invited", "introduced",
     "accompanied", "supported"]
)  # fmt: skip
# before a month word that is a name ("told me Jun at"), never "by June", "for May"
_MONTH_SLOT = frozenset("with met told me asked saw visited texted phoned helped hugged".split())  # noqa: SIM905
# what follows a person and hardly a place or a thing: an age after a comma ("Jarrah, 19,"),
# an age or a decade in brackets ("Shabana (in her forties)", "Mele (early 70s)")
_PERSON_AFTER = re.compile(
    r",\s*(?:\d{1,3}|aged?\s+\d{1,3})\s*[,.;)]"
    r"|\s*\((?:in\s+(?:her|his|their)\s+|aged?\s+|early\s+|mid[\s-]+|late\s+)?"
    r"(?:\d{1,3}s?|[a-z]+ties|teens)\)"
)
_NICK_AFTER = re.compile(r"\s*\([\"“]?(?P<x>[A-Z][a-z]+)[\"”]?\)")  # "Oleksandr (Sasha)"
# Short words that are never a short name, however they stand: function words,
# interjections and abbreviations of two or three letters, English and Spanish.
_SHORT_STOP = frozenset(
    """ad ah am an as at aw ax ay be by do eh el em en er es ex go ha he hi ho hm id if
    in is it la le lo ma me mi mm my no of oh ok on or ow ox pa pm re se si so st su te to
    tu uh um un up ur us vs we ya ye yo yr mr ms dr rd av mt ft tv gp uk eu ny la
    the and but not for yes now she her his our you who why how its was has had got saw
    met can did off out all any too few mum mom dad nan gran per via etc ave apt ste
    mon tue wed thu fri sat jan feb mar apr jul aug sep oct nov dec una uno los
    las del con por que mas sus mis tus hoy ayer dos tres""".split()  # noqa: SIM905
)
# Spanish words that open a sentence before a verb and are never a name: "Nadie sabe",
# "Todo está bien", "Eso fue difícil"
_ES_STOP = frozenset(
    """eso esto esta este ese esa siempre nadie alguien mañana manana hoy ayer también
    tambien luego cuando donde dónde después despues antes ya aún aun todavía todavia nunca
    todos todas todo toda cada otro otra mismo misma algo nada ahora aquí aqui allí alli
    entonces pues quizás quizas además ademas casi solo sólo bueno mejor peor""".split()  # noqa: SIM905
)
# what a person is said to be after "is": an age ("Ro is thirty-five", "Pradeep is in his
# late forties", "Kofi is 19")
_IS_AGE_AFTER = re.compile(
    r"\s+(?:is|was|turned|turns)\s+(?:(?:now|only|just|nearly|almost|about|around)\s+)?"
    r"(?:\d{1,3}(?=\s*(?:[,;!?)]|\.(?!\d)|$)|\s+(?:and|but|so|now|years?|yrs?|today|this|"
    r"next|last|soon|with|who|y/o|yo)\b)|"
    r"in\s+(?:her|his|their)\s+(?:early\s+|mid[\s-]+|late\s+)?\w+ties\b|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen)\b)"
)
# "T and I", "T and me", "T & I sat": the mentor beside a person
_AND_I = re.compile(r"\s+(?:and|&|n)\s+(?:I|me)\b(?!['’])")
_ME_AND = re.compile(r"(?:\b[Mm]e|\bI)\s+(?:and|&)\s+$")
# "asked me to call her Ro", "we call him Big Mo": what a person is called
_CALL_HER = re.compile(r"(?i:\bcall(?:s|ed)?\s+(?:her|him|them|me))\s+$")
_FAMILY_AFTER = re.compile(
    r"\s+and\s+(?:her|his|their)\s+(?:husband|wife|partner|son|daughter|mum|mom|dad|"
    r"mother|father|kids|children|sister|brother|boyfriend|girlfriend)\b"
)
_GOES_BY = re.compile(
    r"(?i:\b(?:goes\s+by|known\s+as|nicknamed|calls\s+(?:herself|himself|themself)|"
    r"call(?:s|ed)?\s+(?:her|him|them|me)|nickname\s+is|prefers))\s+(?P<x>[A-Z][a-z]+)\b"
)
_WEEKDAY_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|today")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")  # "Ji-woo", "Min-jun", "Seo-yeon"


# What a name may carry on with: a hyphenated part ("Marcus-Anthony", "Anne-Marie") and a
# surname with its particles ("Yusra al-Amin", "Niamh Ó Súilleabháin", "Dr van der Berg",
# "Rosa de la Cruz").
_PARTICLES = (
    r"(?:al|el|bin|ibn|bint|abu|ben|van|von|der|den|de|del|della|dos|das|du|da|di|la|le|"
    r"ter|ten|o|ó|ni|ní|nic|ua|mac|y|e)"
)
_HYPHEN_TAIL = re.compile(r"(?:-[^\W\d_][^\W\d_]+)+")
_HYPHEN_HEAD = re.compile(r"(?<![\w'’-])[^\W\d_][^\W\d_]+-\Z")
_PARTICLE_TAIL = re.compile(
    rf"(?i:(?:[ ]+{_PARTICLES}(?:[ ]+|-|['’]))+)(?=[^\W\d_])(?P<w>[^\W\d_][^\W\d_'’]*"
    r"(?:-[^\W\d_]+)*)"
)


_PARTICLE_WORD = re.compile(_PARTICLES)
# a title and one letter ("ms k", "Mr T."), initials ("J.T."), a nickname in quotes before
# what people do ('"Peaches" is back')
_TITLED_INITIAL = re.compile(
    r"(?<![\w'’])(?P<x>(?i:mr|mrs|ms|miss|dr)\.?\s+(?![aAiI](?![.]))[A-Za-z])(?![\w'’])"
)
_INITIALS = re.compile(r"(?<![\w.])(?P<x>[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?)(?!\w)")
_NOT_INITIALS = frozenset(
    [
        "U.S.",
        "U.K.",
        "P.O.",
        "A.M.",
        "P.M.",
        "D.C.",
        "L.A.",
        "N.Y.",
        "E.R.",
        "I.D.",
        "R.N.",
        "M.D.",
        "B.A.",
        "M.A.",
        "U.N.",
        "E.U.",
        "A.A.",
        "N.A.",
        "G.P.",
        "T.V.",
        "O.K.",
        "P.S.",
        "N.B.",
        "I.E.",
        "E.G.",
        "U.S.A.",
        "R.I.P.",
        "A.S.A.P.",
    ]
)
_QUOTED_NICKNAME = re.compile(
    r"[\"“](?P<x>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)[\"”]\s+(?=(?:is|was|said|says|came|texted|"
    r"called|rang|wants|asked|told|turned|showed|left|got)\b)"
)
_FAMILY = re.compile(
    r"\b(?i:the)\s+(?P<x>[A-Z][a-z'’]+?)(?:(?P<pl>e?s)\b(?!['’])|(?=\s+(?P<fam>family|household|kids|"
    r"boys|girls|twins)\b))"
)
# a title, then a surname with its particles: "Dr van der Berg", "Mrs de la Cruz"
_TITLED_PARTICLE = re.compile(
    r"(?<![\w'’])(?i:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r")\.?"
    rf"(?i:(?:[ ]+{_PARTICLES})+)(?:[ ]+|-|['’])[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*"
)
_PARTICLED = re.compile(rf"(?:(?i:{_PARTICLES})[ ]+)?[^\W\d_a-z][^\W\d_'’]*")
_NEXT_CAP = re.compile(r"[ ]+[^\W\d_a-z]")
_PARTICLE_GAP = re.compile(rf"(?i:(?:[ ]+{_PARTICLES})+(?:[ ]+|-|['’]))")


_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
_SURNAME_NEXT = re.compile(
    r"(?P<nick>\s+[\"“][A-Z][a-z'’]+[\"”])?\s(?P<s>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"(?!['’]?\w)(?!\s+[A-Z])"
)


def _surname_after(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A surname from the lists after a given name goes with it, though it is also a
    word or a place ("Gwenllian Price", "Jamal Washington"), and so does a nickname in
    quotes between them ("Ignacio \"Nacho\" Robles")."""
    lists = name_lists()
    out = list(taken)
    for n, r in enumerate(out):
        if r.label != "PERSON" or " " in text[r.start : r.end]:
            continue
        limit = out[n + 1].start if n + 1 < len(out) else len(text)
        given = fold(text[r.start : r.end])
        if given in lists.common_words or (given not in lists.first and given in english_words()):
            continue
        m = _SURNAME_NEXT.match(text, r.end)
        if m is None or m.end() > limit:
            continue
        sur = fold(m.group("s"))
        if (
            (sur in lists.last or (m.group("nick") and sur not in english_words()))
            and sur not in deid_places.NEVER
            and sur not in deid_places.INSTITUTIONS
            and sur not in deid_dates.MONTHS
            and sur not in SPEECH
            and sur not in _NOT_NAMES
        ):
            out[n] = Redaction(
                r.start, m.end(), r.label, r.reason, r.replacement, r.key, r.undoable
            )
    return out


def _names_again(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A capitalised given name in a list between two names is a name ("Ayesha,
    Precious, Marta and Lindiwe"); and a name found once in a note is a name everywhere
    in it: "Rubina Begum ... Rubina's little boy", "harjit kaur ... harjit's dad"; a name
    that is also an everyday word ("Precious") only where it is capitalised and not
    opening a sentence, or opening one before a verb said of a person."""
    if not any(r.label == "PERSON" for r in taken):
        return taken
    lists = name_lists()
    listed: list[Redaction] = []
    for a, b in itertools.pairwise(taken):
        if a.label not in _PEOPLE or b.label not in _PEOPLE:
            continue
        m = _LIST_MIDDLE.fullmatch(text, a.end, b.start)
        x = fold(m.group("x")) if m else ""
        if m and x in lists.first and x not in _LOWER_STOP and x not in _NOT_NAMES:
            listed.append(
                Redaction(m.start("x"), m.end("x"), "PERSON", "a name in a list", "[PERSON]")
            )
    if listed:
        taken = sorted([*taken, *listed], key=lambda r: r.start)
    words = english_words()
    found: dict[str, bool] = {}  # folded word -> is an everyday word
    short: set[str] = set()  # two-letter names ("Ro", "Jo"): again only as written so
    for r in taken:
        if r.label != "PERSON":
            continue
        for m in _NAME_WORD.finditer(text, r.start, r.end):
            low = fold(m.group())
            if low in HONORIFICS or low in TITLES or low in _PARTICLE_WORDS:
                continue
            if len(low) == 2:
                if not _is_cap(m.group()) or low in _SHORT_STOP:
                    continue
                short.add(m.group())
            found[low] = low in words or low in lists.common_words
    occupied = bytearray(len(text) + 1)
    for r in taken:
        occupied[r.start : r.end] = b"\x01" * (r.end - r.start)
    more: list[Redaction] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        poss = word.endswith(("'s", "’s"))
        low = fold(word[:-2] if poss else word)
        everyday = found.get(low)
        if everyday is None or any(occupied[m.start() : m.end()]):
            continue
        if len(low) == 2 and (word[:-2] if poss else word) not in short:
            continue
        if word.islower() and _words_around(text, m.start(), m.end())[0] in _ES_DETERMINERS:
            continue  # "Esperanza trabaja ... la esperanza es lo que la mantiene"
        if everyday:
            if not word[:1].isupper():
                continue
            if opens_sentence(text, m.start()):
                after = _SECOND_WORD.match(text, m.start())
                verb = after.group(1).lower() if after else ""
                if not (verb in SPEECH or _is_name_verb(verb)):
                    continue
        end = m.end() - (2 if poss else 0)
        more.append(Redaction(m.start(), end, "PERSON", "a name used in the note", "[PERSON]"))
    if not more:
        return taken
    return sorted([*taken, *more], key=lambda r: r.start)


_LIST_MIDDLE = re.compile(r",\s+(?P<x>[A-Za-z][a-z]{1,})(?:,\s+|\s+and\s+|\s*&\s*)")
_PARTICLE_WORDS = frozenset(
    "van von der den de del della di da dos das le la bin ibn al el".split()  # noqa: SIM905
)


_LAST_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def _a_conjunction(text: str, start: int, end: int) -> bool:
    """Whether the " y " / " e " between two names is "and" ("Lupita y Nayeli"), not the
    particle between two surnames ("Ortega y Gasset"): it is "and" after a given name."""
    if text[start:end].strip().lower() not in ("y", "e"):
        return False
    m = _LAST_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return True
    low = m.group(1).lower()
    names = name_lists()
    return low in names.first and low not in names.last


def _extend_people(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A name's hyphenated part and particled surname go with it."""
    out = list(taken)
    for n, r in enumerate(out):
        if r.label not in _PEOPLE:
            continue
        limit = out[n + 1].start if n + 1 < len(out) else len(text)
        floor = out[n - 1].end if n else 0
        start, end = r.start, r.end
        while True:
            m = _HYPHEN_TAIL.match(text, end)
            if m and m.end() <= limit and m.group()[1:2].isupper():
                end = m.end()
                continue
            m = _PARTICLE_TAIL.match(text, end)
            if (
                m
                and m.end() <= limit
                and m.group("w")[:1].isupper()
                and not _NEXT_CAP.match(text, m.end())  # "del Centro Comunitario": a name
                and not _a_conjunction(text, end, m.start("w"))
            ):
                end = m.end()
                continue
            break
        m = _HYPHEN_HEAD.search(text, floor, start)
        if m and m.group()[:1].isupper() and text[start : start + 1].isupper():
            start = m.start()
        if (start, end) != (r.start, r.end):
            out[n] = Redaction(start, end, r.label, r.reason, r.replacement, r.key, r.undoable)
    return out


def _merge_org_place(text: str, taken: list[Redaction]) -> list[Redaction]:
    """An organisation's name that goes on with the place it serves is one name: "NUI
    Galway", "Christ Apostolic Church Peckham" become one "[organisation]"."""
    out: list[Redaction] = []
    for r in taken:
        prev = out[-1] if out else None
        if prev is not None and r.start < prev.end:
            continue  # inside a place that took the word after it
        if (
            prev is not None
            and prev.label == "ORG"
            and r.label in ("LOCATION", "ADDRESS")
            and text[prev.end : r.start] == " "
            and text[r.start : r.start + 1].isupper()
        ):
            out[-1] = Redaction(
                prev.start, r.end, "ORG", prev.reason, prev.replacement, prev.key, prev.undoable
            )
            continue
        if r.label in ("LOCATION", "ADDRESS"):
            # a place named by a place and one more word: "near Peckham Rye;", "Salford Quays."
            m = _PLACE_TAIL.match(text, r.end)
            if m and fold(m.group("w")) not in _NOT_PLACE_TAILS:
                r = Redaction(
                    r.start, m.end("w"), r.label, r.reason, r.replacement, r.key, r.undoable
                )
        out.append(r)
    return out


# a place's other half after a slash: "JFK/UMass", "Kenmore/Fenway" (a stop named twice)
_SLASH_NEXT = re.compile(r"/(?P<w>[A-Z][\w'’.-]*[A-Za-z])")
_SLASH_PREV = re.compile(r"(?<![\w/])(?P<w>[A-Z][\w'’.-]*[A-Za-z])/$")


def _extend_slashed(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A place or organisation written with a slash takes the capitalised word on the
    other side of it: "home from JFK/UMass" is one place, not "[place]/UMass"."""
    out = list(taken)
    for n, r in enumerate(out):
        if r.label not in ("LOCATION", "ORG"):
            continue
        limit = out[n + 1].start if n + 1 < len(out) else len(text)
        floor = out[n - 1].end if n else 0
        start, end = r.start, r.end
        m = _SLASH_NEXT.match(text, end)
        if m and m.end() <= limit and fold(m.group("w")) not in _NOT_SLASHED:
            end = m.end()
        m = _SLASH_PREV.search(text, floor, start)
        if m and fold(m.group("w")) not in _NOT_SLASHED:
            start = m.start("w")
        if (start, end) != (r.start, r.end):
            out[n] = Redaction(start, end, r.label, r.reason, r.replacement, r.key, r.undoable)
    joined: list[Redaction] = []
    for r in out:  # "Harvard/Longwood": two places a slash joins are one
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and {prev.label, r.label} & {"LOCATION", "ORG"}
            and {prev.label, r.label} <= {"LOCATION", "ORG", "PERSON"}
            and text[prev.end : r.start] == "/"
        ):
            place = prev if prev.label != "PERSON" else r
            joined[-1] = Redaction(
                prev.start, r.end, place.label, place.reason, place.replacement, prev.key,
                prev.undoable and r.undoable,
            )  # fmt: skip
            continue
        joined.append(r)
    return joined


_NOT_SLASHED = frozenset(
    [*deid_places.NEVER, *deid_places.INSTITUTIONS, *deid_places.PUBLIC_ACRONYMS]
)
# a building's name before its street is part of the address: "Harbour House, 12 Quay
# Street", "Trafford Town Hall, Talbot Road", "Flat 4, Kestrel Court, Mill Lane"
_BUILDING_END = re.compile(
    r"(?:House|Hall|Court|Centre|Center|Tower|Towers|Building|Buildings|Chambers|Mansions|"
    r"Lodge|Point|Heights|Apartments|Flats|Block|Works|Mill|Mills|Exchange|Plaza|Annex|"
    r"Annexe|Wing|Gardens|Place|Hub|Offices)\Z"
)
_STREET_END = re.compile(
    r"(?:Street|St|Road|Rd|Square|Lane|Avenue|Ave|Place|Row|Terrace|Quay|Parade|Way|Close|"
    r"Crescent|Mews|Walk|Drive|Grove|Hill|Green|Wharf)\.?\Z"
)
_UNIT_BEFORE = re.compile(
    r"(?i:\b(?:apt|apartment|flat|unit|suite|ste|room|rm|bldg|building|piso|depto|"
    r"no|number)\.?\s*#?\s*)\Z"
)


_TOWN_BETWEEN = re.compile(
    r",\s+(?P<x>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}),?\s+(?:[A-Z]{2}\s+)?$"
)
_POSTAL = ("ZIP", "POSTCODE")


def _towns_between(text: str, taken: list[Redaction]) -> list[Redaction]:
    """The town between a street address and its postcode or ZIP is a place, though it
    is also a word: "62 Orchard Way, Reading, RG1 8EQ", "12 Elm St, Normal, IL 61761"."""
    more: list[Redaction] = []
    for a, b in itertools.pairwise(taken):
        if a.label != "ADDRESS" or b.label not in _POSTAL or b.start - a.end > 40:
            continue
        m = _TOWN_BETWEEN.search(text, a.end, b.start)
        if m is not None and m.start() == a.end:
            more.append(
                Redaction(
                    *m.span("x"), "LOCATION", "a town in an address", REPLACEMENTS["LOCATION"]
                )
            )
    return sorted([*taken, *more], key=lambda r: r.start) if more else taken


def _merge_addresses(text: str, taken: list[Redaction]) -> list[Redaction]:
    """A flat or unit word before an address, and a building's name with the street it
    is on, go into one "[ADDRESS]"."""
    taken = _towns_between(text, taken)
    out: list[Redaction] = []
    for r in taken:
        if r.label == "ADDRESS" and text[r.start : r.start + 1].isdigit():
            floor = out[-1].end if out else 0
            m = _UNIT_BEFORE.search(text, floor, r.start)
            if m:
                r = Redaction(m.start(), r.end, r.label, r.reason, r.replacement, r.key, r.undoable)
        prev = out[-1] if out else None
        if (
            prev is not None
            and (
                r.label == "ADDRESS"
                or (r.label == "LOCATION" and _STREET_END.search(text, r.start, r.end))
            )
            and text[prev.end : r.start] in (", ", ",  ", " , ")
            and (
                prev.label == "ADDRESS"
                or (
                    prev.label in ("ORG", "LOCATION", "PERSON")
                    and _BUILDING_END.search(text, prev.start, prev.end) is not None
                )
            )
        ):
            out[-1] = Redaction(
                prev.start, r.end, "ADDRESS", "a street address", REPLACEMENTS["ADDRESS"],
                prev.key, prev.undoable and r.undoable,
            )  # fmt: skip
            while (
                len(out) > 1
                and out[-2].label == "ADDRESS"
                and text[out[-2].end : out[-1].start] in (", ", ",  ", " , ")
            ):
                last = out.pop()
                first = out[-1]
                out[-1] = Redaction(
                    first.start, last.end, "ADDRESS", last.reason, last.replacement,
                    first.key, first.undoable and last.undoable,
                )  # fmt: skip
            continue
        out.append(r)
    return out


_PLACE_TAIL = re.compile(r" (?P<w>[A-Z][a-z]{2,})(?=[.,;:!?)]|$)")
_NOT_PLACE_TAILS = frozenset(
    [*deid_places.NEVER, "street", "road", "avenue", "centre", "center", "too", "again"]
)


def _merge_people(text: str, taken: list[Redaction]) -> list[Redaction]:
    """One redaction for "Tariq" + " " + "Mensah" when both are names (a space left
    between two redactions is still a character of the name)."""
    out: list[Redaction] = []
    for r in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label in _PEOPLE
            and (
                (r.label in _PEOPLE and text[prev.end : r.start] in (" ", "-", "  "))
                or (
                    (r.label in _PEOPLE or r.label == "LOCATION")
                    and _PARTICLED.fullmatch(text, r.start, r.end) is not None
                    and not _NEXT_CAP.match(text, r.end)
                    and _PARTICLE_GAP.fullmatch(text, prev.end, r.start) is not None
                    and not _a_conjunction(text, prev.end, r.start)
                )
            )
        ):
            keep = prev if prev.replacement.startswith("Mentee") or r.label != "KNOWN_NAME" else r
            if prev.label == "PERSON" and r.label == "KNOWN_NAME":
                # a name the vault does not know before a known surname is someone else
                # of that family ("Grace Mensah-Bonsu"): no mentee's pseudonym for them
                keep = Redaction(
                    r.start, r.end, "KNOWN_NAME", r.reason, "[PERSON]", r.key, r.undoable
                )
            out[-1] = Redaction(
                prev.start, r.end, keep.label, keep.reason, keep.replacement,
                prev.key, prev.undoable and r.undoable,
            )  # fmt: skip
            continue
        out.append(r)
    return out


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _compact_dates(born: date) -> list[str]:
    y, m, d, yy = born.year, born.month, born.day, born.year % 100
    return [
        f"{m:02d}{d:02d}{y}", f"{d:02d}{m:02d}{y}", f"{y}{m:02d}{d:02d}",
        f"{m:02d}{d:02d}{yy:02d}", f"{d:02d}{m:02d}{yy:02d}",
    ]  # fmt: skip


def _looks_like_date(raw: str) -> bool:
    return bool(
        re.fullmatch(r"\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*", raw)
    )


# --- the fail-closed scan -----------------------------------------------------------------

# Text the engine writes. The scan blanks it out before looking for identifiers.
ENGINE_TEXT = re.compile(
    r"(?:Mentee|Persona) [A-Z]{1,3}\b|@?#?\[[^\W\d_][^\W\d_ +.º-]*\]"
    r"|\b(?:in their )?(?:[1-8]0s|under 10|90\+)(?:-year-old)?|\bunder 1 year old\b"
    r"|\b[1-8]0-something\b|\ban age (?:under 10|in their teens)\b"
    # the same in a Spanish export (see localise)
    r"|\b(?:de )?[1-8]0 y tantos(?: años)?|\b90 o más|\bmás de 89|\bmenos de (?:10|un año)"
)


# --- the replacements in the export's language ---------------------------------------------

# What the engine writes, as core's catalogue knows it (context "core"): a Spanish export
# reads "[fecha]", "Persona A", "50 y tantos años". The English text is the template.
_TOKENS = (
    QT_TRANSLATE_NOOP("core", "[date]"),
    QT_TRANSLATE_NOOP("core", "[PERSON]"),
    QT_TRANSLATE_NOOP("core", "[NAME]"),
    QT_TRANSLATE_NOOP("core", "[PHONE]"),
    QT_TRANSLATE_NOOP("core", "[EMAIL]"),
    QT_TRANSLATE_NOOP("core", "[URL]"),
    QT_TRANSLATE_NOOP("core", "[ID]"),
    QT_TRANSLATE_NOOP("core", "[ZIP]"),
    QT_TRANSLATE_NOOP("core", "[postcode]"),
    QT_TRANSLATE_NOOP("core", "[ADDRESS]"),
    QT_TRANSLATE_NOOP("core", "[place]"),
    QT_TRANSLATE_NOOP("core", "[organisation]"),
    QT_TRANSLATE_NOOP("core", "[REDACTED]"),
)
_PSEUDONYM = QT_TRANSLATE_NOOP("core", "Mentee {letter}")
_IN_BAND = QT_TRANSLATE_NOOP("core", "in their {decade}s")
_BAND_AGED = QT_TRANSLATE_NOOP("core", "{decade}s-year-old")
_BAND = QT_TRANSLATE_NOOP("core", "{decade}s")
_SOMETHING = QT_TRANSLATE_NOOP("core", "{decade}-something")  # after "turned"
_FIXED_BANDS = {
    "90+": QT_TRANSLATE_NOOP("core", "90+"),
    "over 89": QT_TRANSLATE_NOOP("core", "over 89"),
    "under 10": QT_TRANSLATE_NOOP("core", "under 10"),
    "under ten": QT_TRANSLATE_NOOP("core", "under 10"),
    "under 1 year old": QT_TRANSLATE_NOOP("core", "under 1 year old"),
    "under a year old": QT_TRANSLATE_NOOP("core", "under 1 year old"),
    "an age under 10": QT_TRANSLATE_NOOP("core", "an age under 10"),
    "an age in their teens": QT_TRANSLATE_NOOP("core", "an age in their teens"),
}
_SOMETHING_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80,
}  # fmt: skip
_DECADE_WORDS = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80,
}  # fmt: skip
_DECADE = r"(?:[1-8]0s|" + "|".join(_DECADE_WORDS) + r")"
_LOCAL = re.compile(
    r"(?P<token>\[[A-Za-z]+\])|\bMentee (?P<letter>[A-Z]{1,3})\b"
    rf"|\bin (?:their|her|his|my|your|our) (?P<in>{_DECADE})\b"
    r"|\b(?P<aged>[1-8]0)s-year-old\b"
    r"|(?P<fixed>\ban age (?:under 10|in their teens)\b|90\+|\bover 89\b"
    r"|\bunder (?:10|ten|1 year old|a year old)\b)"
    r"|\b(?P<some>[1-8]0|" + "|".join(_SOMETHING_WORDS) + r")-something\b"
    rf"|\b(?P<bare>{_DECADE})(?![\w+])"
)


def _decade(band: str) -> int:
    return _DECADE_WORDS.get(band) or int(band[:2])


def localise(replacement: str, translate: Translate) -> str:
    """An English replacement in the export's language, by core's catalogue: "[date]",
    "Mentee A", "is in their 50s now" (only the engine's own words change; what it kept of
    the note, "is" and "now", stays as the mentor wrote it)."""

    def one(m: re.Match[str]) -> str:
        if m.group("token"):
            tok = m.group("token")
            return translate(Message(tok)) if tok in _TOKENS else tok
        if m.group("letter"):
            return translate(Message(_PSEUDONYM, letter=m.group("letter")))
        if m.group("in"):
            return translate(Message(_IN_BAND, decade=_decade(m.group("in"))))
        if m.group("aged"):
            return translate(Message(_BAND_AGED, decade=int(m.group("aged"))))
        if m.group("fixed"):
            return translate(Message(_FIXED_BANDS[m.group("fixed")]))
        if m.group("some"):
            some = m.group("some")
            decade = _SOMETHING_WORDS.get(some) or int(some)
            return translate(Message(_SOMETHING, decade=decade))
        return translate(Message(_BAND, decade=_decade(m.group("bare"))))

    return _LOCAL.sub(one, replacement)


@dataclass(frozen=True)
class Hit:
    """An identifier found by the fail-closed scan: where, and which field (never the value)."""

    start: int
    end: int
    kind: str


class KnownScanner:
    """Looks for any identifier the vault knows in finished output text, tolerating
    case, accents, look-alike letters, zero-width characters, line breaks, hyphenation and
    spaces a renderer put between letters. Text the engine wrote (:data:`ENGINE_TEXT`) is
    ignored, and an everyday word that is a known name counts only where it is used as a
    name."""

    def __init__(self, identifiers: Sequence[Identifier]) -> None:
        self._kinds: dict[str, str] = {}
        words: set[str] = set()
        common_words: set[str] = set()
        phones: set[str] = set()
        digits: set[str] = set()
        self._births: dict[tuple[int, int], tuple[int, str]] = {}
        common = known_name_words()
        for ident in identifiers:
            if not ident.scan:
                continue
            if ident.label == "PHONE":
                key = _phone_key(ident.text)
                if key:
                    phones.add(key)
                    self._kinds.setdefault("#" + key, ident.kind)
                continue
            born = _iso_date(ident.text) if ident.label == "DATE" else None
            if born is not None:
                self._births[(born.month, born.day)] = (born.year, ident.kind)
                continue
            key = _SCAN_GAPS.sub("", fold(ident.text))
            if not any(c.isalpha() for c in key):
                if len(key) >= 3:
                    digits.add(_digits(key))
                    self._kinds.setdefault("#" + _digits(key), ident.kind)
                continue
            if len(key) < 2:
                continue  # one letter identifies nobody (and "Mentee A" has one)
            if key in common and " " not in ident.text.strip():
                common_words.add(key)
            else:
                words.add(key)
            self._kinds.setdefault(key, ident.kind)
        self._words = (
            re.compile(
                _BEFORE + "(?:" + trie_pattern(words, joiner=_SCAN_JOIN) + ")" + _AFTER, re.I
            )
            if words
            else None
        )
        self._common = (
            re.compile(_BEFORE + "(?:" + trie_pattern(common_words) + ")" + _AFTER, re.I)
            if common_words
            else None
        )
        self._phones = (
            re.compile(
                r"(?<!\d)(?:\+?\d{1,3}[\s().-]*)?(?:\(?\d{1,4}\)?[\s().-]*)?(?:"
                + trie_pattern(phones, joiner=r"[\s().\-\u00ad]*")
                + r")(?!\d)"
            )
            if phones
            else None
        )
        self._digits = (
            re.compile(r"(?<!\d)(?:" + trie_pattern(digits, joiner=r"[\s\-]?") + r")(?!\d)")
            if digits
            else None
        )

    def hits(self, text: str) -> list[Hit]:
        """Every identifier the vault knows that is still in ``text``."""
        masked = ENGINE_TEXT.sub(lambda m: " " * len(m.group()), text)
        norm, where = normalise(masked)
        out: list[tuple[int, int, str]] = []
        if self._words is not None:
            for m in self._words.finditer(norm):
                key = _SCAN_GAPS.sub("", m.group().lower())
                out.append((m.start(), m.end(), self._kinds.get(key, "a name the vault knows")))
        if self._common is not None:
            for m in self._common.finditer(norm):
                if used_as_name(norm, m.start(), m.end()):
                    kind = self._kinds.get(m.group().lower(), "a name the vault knows")
                    out.append((m.start(), m.end(), kind))
        if self._phones is not None:
            for m in self._phones.finditer(norm):
                out.append(
                    (
                        m.start(),
                        m.end(),
                        self._kinds.get("#" + _digits(m.group())[-7:], "a phone number"),
                    )
                )
        if self._digits is not None:
            for m in self._digits.finditer(norm):
                out.append(
                    (
                        m.start(),
                        m.end(),
                        self._kinds.get("#" + _digits(m.group()), "a number the vault knows"),
                    )
                )
        if self._births:
            for s, e, found in deid_dates.date_values(norm):
                hit = self._births.get(found[1:])
                if hit and deid_dates.same_date(found, hit[0], *found[1:]):
                    out.append((s, e, hit[1]))
        result = []
        for s, e, kind in sorted(out):
            if where is not None:
                s, e = where[s], where[e]
            result.append(Hit(s, e, kind))
        return result

    def first_hit(self, text: str) -> str | None:
        """The kind of the first identifier found ("a mentee's alias"), or None."""
        found = self.hits(text)
        return found[0].kind if found else None


def residual_hits(text: str, identifiers: Sequence[Identifier]) -> list[Hit]:
    """The fail-closed scan: identifiers the vault knows that are still in finished
    output, ignoring the engine's own replacement text (see :class:`KnownScanner`)."""
    return KnownScanner(identifiers).hits(text)
