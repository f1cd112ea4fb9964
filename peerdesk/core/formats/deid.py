"""De-identification: ordered detectors that find identifiers in text and replace them.

Detectors, in order (on a tie between two spans of the same length, the earlier wins;
otherwise the longest span wins, so a URL that contains a name is removed whole):

1. **known**: every identifier the vault knows (mentee display and full names, first and
   last names on their own, aliases and nicknames, important people, consent "with whom"
   names, phone numbers, emails, addresses), any letter case, possessives ("Maria's"
   keeps its "'s"), whitespace and line breaks between words, accent-free spellings; also
   inside hashtags and @handles ("#MariaStrong"). One big case-insensitive trie regex.
2. **patterns**: phone numbers (``phonenumbers`` over US, GB, CA, IE, AU, plus a plain
   digit-group rule), emails, URLs, @handles, ID and case numbers, US ZIP codes (first
   three digits, or 000 for the HIPAA safe-harbor sparse prefixes), UK postcodes (outward
   code), street addresses.
3. **dates**: exact dates become month and year ("12/11/2026" → "November 2026"), a
   date without a month becomes "[DATE]"; ages over 89 become "90+".
4. **unknown names** from the public-domain name lists in resources/names/ (see
   :func:`Deidentifier._unknown_names` for how names that are ordinary words are treated).

Mentees become stable pseudonyms within one export ("Mentee A", in the order given),
everybody else "[PERSON]". Each :class:`Redaction` records its label and reason, never
the text it replaced.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import phonenumbers

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
    "DATE",
    "AGE90",
    "MANUAL",
)
PHONE_REGIONS = ("US", "GB", "CA", "IE", "AU")
# HIPAA safe harbor: 3-digit ZIP prefixes with 20,000 people or fewer become 000.
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

_WORD = r"[^\W_]"  # a letter or digit
_BEFORE = rf"(?<!{_WORD})"
_AFTER = rf"(?!{_WORD})"
_SCAN_JOIN = r"(?:[\s\u00ad]|-\s*)*"  # what a renderer may put between letters


# --- the vault's identifiers --------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Identifier:
    """Something the vault knows about a person. ``kind`` names the field for messages
    ("a mentee's alias") and never quotes the value."""

    text: str
    kind: str
    label: str = "KNOWN_NAME"  # KNOWN_NAME | PHONE | EMAIL | ADDRESS
    owner: int | None = None  # the mentee it belongs to (for the pseudonym), if any
    person: bool = True  # replaced by a pseudonym or [PERSON]; otherwise by [label]
    replacement: str = ""  # instead of the above

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

    def __repr__(self) -> str:
        return f"<Redaction {self.label} {self.start}:{self.end}>"


def fold(text: str) -> str:
    """Lower case, without accents, one kind of apostrophe: the form identifiers match in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("‘", "'").lower()


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
    return forms


def address_forms(address: str) -> list[str]:
    """The whole address, each line or comma part, and each street without its number."""
    forms = [" ".join(address.split())]
    for part in re.split(r"[\n,]+", address):
        part = " ".join(part.split())
        if len(part) >= 4 and any(c.isalpha() for c in part):
            forms.append(part)
            bare = re.sub(r"^\d+[A-Za-z]?\s+", "", part)
            if bare != part and len(bare) >= 4:
                forms.append(bare)
    return [f for f in forms if f]


def known_identifiers(mentees: Iterable) -> list[Identifier]:
    """Identifiers from mentee records (peerdesk.core.services.mentees.MenteeRecord)."""
    out: list[Identifier] = []
    for m in mentees:
        mid = m.id
        for form in name_forms(m.display_name):
            out.append(Identifier(form, "a mentee's name", owner=mid))
        for form in name_forms(m.full_name):
            out.append(Identifier(form, "a mentee's full name", owner=mid))
        for alias in m.aliases:
            for form in name_forms(alias):
                out.append(Identifier(form, "a mentee's alias", owner=mid))
        for c in m.contacts:
            if c.kind == "email":
                out.append(Identifier(c.value.strip(), "a mentee's email", "EMAIL", person=False))
            elif c.value.strip():
                out.append(
                    Identifier(c.value.strip(), "a mentee's phone number", "PHONE", person=False)
                )
        if m.address.strip():
            for form in address_forms(m.address):
                out.append(Identifier(form, "a mentee's address", "ADDRESS", person=False))
        for p in m.important_people:
            for form in name_forms(p.name):
                out.append(Identifier(form, "an important person's name"))
            if p.contact.strip():
                label = "EMAIL" if "@" in p.contact else "PHONE"
                out.append(
                    Identifier(
                        p.contact.strip(), "an important person's contact", label, person=False
                    )
                )
        for c in m.consents:
            whom = " ".join(c.with_whom.split())
            if whom:
                kind = "a sharing consent's name"
                out.append(Identifier(whom, kind, replacement="[NAME]"))
                head = whom.split()[0].strip(".,'’")
                # "Hillside Housing Office" is also "Hillside" in a note.
                if " " in whom and len(head) >= 4 and head.lower() not in _GENERIC_HEADS:
                    out.append(Identifier(head, kind, replacement="[NAME]"))
    return [i for i in out if i.text]


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


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


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
    text = resources.files("peerdesk.resources").joinpath("names", name).read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def name_lists() -> NameLists:
    first = _read_list("first_names.txt") | _read_list("extra_first_names.txt")
    return NameLists(first, _read_list("last_names.txt"), _read_list("common_word_names.txt"))


# --- pattern detectors --------------------------------------------------------------------

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)"
_ORD = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)?\d\d)\b"),
    re.compile(rf"\b{_DAY}?(?:the\s+)?{_ORD}(?:\s+of)?\s+{_MON}{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}?{_MON}\s+(?:the\s+)?{_ORD}\b{_YEAR}", re.I),
    re.compile(
        r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day,?\s+(?:the\s+)?"
        r"[0-3]?\d(?:st|nd|rd|th)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:on|by|until|from|before|after|due)\s+(?P<x>the\s+[0-3]?\d(?:st|nd|rd|th))\b", re.I
    ),
    re.compile(
        r"\b(?:on|by|until|from|before|after|due)\s+(?P<x>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d))\b(?!/)",
        re.I,
    ),
]
_LOWER_OK_MONTHS = {m for m in _MONTHS if len(m) > 4} - {"march", "august"}

AGE_PATTERNS = [
    re.compile(
        r"\b(?:age[ds]?|aged|turned|turning|is now|she's|he's|they're)\s+(9\d|1[0-4]\d)\b", re.I
    ),
    re.compile(
        r"\b((?:9\d|1[0-4]\d)(?:st|nd|rd|th)?)(?=[\s-]*(?:years?|yrs?)[\s-]*old\b|-year-old|\s*y/?o\b|\s+birthday)",
        re.I,
    ),
]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|info|me|co\.uk|org\.uk|uk|ie|au|ca|us)(?:/[^\s<>\"]*)?\b",
    re.I,
)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z_][\w.]{1,30}\w")
HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w]*")
ID_PATTERNS = [
    re.compile(
        r"\b(?:case|client|ref(?:erence)?|id|nhs|ssn|claim|member(?:ship)?|account|policy|file|"
        r"medicaid|medicare|licen[cs]e|passport|benefits?|tenancy|customer|patient|record|"
        r"insurance|pps|social\s+security)"
        r"(?:\s+(?:number|no\.?|num|#|id|ref))?\s*(?:is|was|:|#)?\s*"
        r"(?P<id>[A-Z]{0,4}[-/]?\d[\dA-Z/-]*(?:\s\d[\dA-Z/-]*)*)\b",
        re.I,
    ),
    re.compile(r"\b\d{3}-\d{2}-\d{4}\b"),  # US SSN shape
    re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"),  # UK NI number
    re.compile(r"(?<![\w&])#\d{4,}\b"),
]
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
ZIP = re.compile(
    r"(?:\b(?:" + "|".join(_STATES) + r")\s+|\b(?i:zip(?:\s*code)?)\s*:?\s*(?:is\s+)?)"
    r"(?P<zip>\d{5})(?:-\d{4})?\b"
)
POSTCODE = re.compile(
    r"\b(?P<out>[A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b|\b(?P<outl>[a-z]{1,2}\d[a-z\d]?)\s*\d[a-z]{2}\b"
)
_SUFFIX_NUM = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|"
    r"Close|Crescent|Cres|Terrace|Parade|Grove|Gardens|Square|Sq|Highway|Hwy|Row|Walk|Hill|"
    r"Park|Mews|View|Circle|Cir|Trail|Parkway|Pkwy)"
)
_SUFFIX_BARE = r"(?:Street|Road|Avenue|Lane|Boulevard|Drive|Crescent|Terrace)"
_UNIT = r"(?:Apt|Apartment|Flat|Unit|Suite|Ste)\.?\s*#?\s*\w+"
ADDRESS = [
    re.compile(
        rf"(?:\b{_UNIT},?\s+)?\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}{_SUFFIX_NUM}\b\.?"
        rf"(?:,?\s+{_UNIT}\b)?"
    ),
    re.compile(rf"\b(?:[A-Z][a-z'’.-]+\s+){{1,2}}{_SUFFIX_BARE}\b"),
    re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", re.I),
]
PHONE_FALLBACK = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d\b")

TITLES = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "rev", "aunt", "auntie", "uncle",
    "grandma", "grandpa", "granny", "nana", "nan", "gran", "coach", "pastor", "officer",
    "nurse", "judge", "sister", "brother", "father", "cousin",
}  # fmt: skip
RELATIONS = {
    "friend", "son", "daughter", "sister", "brother", "mum", "mom", "mother", "dad",
    "father", "husband", "wife", "partner", "neighbour", "neighbor", "boyfriend",
    "girlfriend", "niece", "nephew", "grandson", "granddaughter", "colleague", "boss",
    "landlord", "landlady", "caseworker", "worker", "nurse", "doctor", "gp", "cousin",
    "aunt", "uncle", "stepson", "stepdaughter", "child", "kid", "flatmate", "roommate",
    "housemate", "mate", "counsellor", "counselor", "therapist", "sponsor", "named",
    "called", "grandmother", "grandfather", "grandma", "grandpa", "ex", "fiancé", "fiance",
}  # fmt: skip
SPEECH = {
    "said", "says", "told", "asked", "texted", "rang", "called", "came", "visited",
    "phoned", "emailed", "messaged", "helped", "drove", "lent", "gave", "brought", "wrote",
    "replied", "joined", "met", "offered", "invited", "picked",
}  # fmt: skip
PLACES = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "church", "centre",
    "center", "hospital", "park", "school", "college", "university", "house", "hall",
    "library", "bank", "court", "station", "clinic", "café", "cafe", "store", "shop",
    "market", "gardens", "road's", "bridge", "square", "fund", "trust", "team", "line",
    "month", "day", "week",
}  # fmt: skip
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n•*>-])\s*$")
_TOKEN = re.compile(r"[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _zip_replacement(zip5: str) -> str:
    prefix = zip5[:3]
    return ("000" if prefix in SPARSE_ZIP3 else prefix) + "xx"


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


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
    ) -> None:
        self.identifiers = list(identifiers)
        self.day_first = day_first
        self.names = names or name_lists()
        self._pseudonyms: dict[int, str] = {}
        for mid in mentee_order:
            self.pseudonym(mid)
        self._by_key: dict[str, list[Identifier]] = {}
        self._phones: dict[str, Identifier] = {}
        singles: set[str] = set()
        words: set[str] = set()
        for ident in self.identifiers:
            if ident.label == "PHONE" and _phone_key(ident.text):
                self._phones[_phone_key(ident.text)] = ident  # type: ignore[index]
                continue
            key = " ".join(fold(ident.text).split())
            self._by_key.setdefault(key, []).append(ident)
            if len(key) == 1:
                singles.add(ident.text.upper())
            else:
                words.add(key)
                plain = re.sub(r"\s+", " ", ident.text.lower().replace("’", "'"))
                if plain != key:
                    words.add(plain)
                    self._by_key.setdefault(plain, []).append(ident)
        self._known = re.compile(_BEFORE + "(?:" + trie_pattern(words) + ")" + _AFTER, re.I)
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
        inside = [w for w in words if len(w) >= 3 and " " not in w]
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

    def pseudonym(self, mentee_id: int) -> str:
        if mentee_id not in self._pseudonyms:
            self._pseudonyms[mentee_id] = f"Mentee {_letters(len(self._pseudonyms))}"
        return self._pseudonyms[mentee_id]

    @property
    def pseudonyms(self) -> dict[int, str]:
        return dict(self._pseudonyms)

    def _known_replacement(self, idents: list[Identifier]) -> tuple[str, str, str]:
        first = idents[0]
        if first.replacement:
            return first.label, first.kind, first.replacement
        if not first.person:
            return first.label, first.kind, f"[{first.label}]"
        owners = {i.owner for i in idents}
        if len(owners) == 1 and first.owner is not None:
            return "KNOWN_NAME", first.kind, self.pseudonym(first.owner)
        if len(owners) > 1:
            return "KNOWN_NAME", "a name the vault knows", "[NAME]"
        return "KNOWN_NAME", first.kind, "[PERSON]"

    # detectors: each yields Redactions over the text it is given

    def _detect_known(self, text: str) -> Iterable[Redaction]:
        for m in self._known.finditer(text):
            key = " ".join(fold(m.group()).split())
            idents = self._by_key.get(key) or self._by_key.get(
                re.sub(r"\s+", " ", m.group().lower().replace("’", "'")), []
            )
            if not idents:  # a folded form we did not index: still a known name
                yield Redaction(
                    m.start(),
                    m.end(),
                    "KNOWN_NAME",
                    "a name the vault knows",
                    "[NAME]",
                    undoable=False,
                )
                continue
            label, reason, repl = self._known_replacement(idents)
            yield Redaction(m.start(), m.end(), label, reason, repl, undoable=False)
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
                    if self._inside.search(fold(m.group())):
                        yield Redaction(
                            m.start(), m.end(), "KNOWN_NAME", "a name the vault knows, in a tag",
                            m.group()[0] + "[REDACTED]", undoable=False,
                        )  # fmt: skip
        if self._phone_re is not None:
            for m in self._phone_re.finditer(text):
                yield Redaction(
                    m.start(),
                    m.end(),
                    "PHONE",
                    "a phone number the vault knows",
                    "[PHONE]",
                    undoable=False,
                )

    def _detect_patterns(self, text: str) -> Iterable[Redaction]:
        for m in URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?)'\"’":
                end -= 1
            if "@" in text[max(0, m.start() - 1) : end] and not text[
                m.start() : end
            ].lower().startswith(("http", "www")):
                continue  # the domain of an email address
            yield Redaction(m.start(), end, "URL", "a web address", "[URL]")
        for m in EMAIL.finditer(text):
            yield Redaction(m.start(), m.end(), "EMAIL", "an email address", "[EMAIL]")
        for m in HANDLE.finditer(text):
            yield Redaction(m.start(), m.end(), "ID", "a social media handle", "@[HANDLE]")
        for rx in ID_PATTERNS:
            for m in rx.finditer(text):
                s, e = m.span("id") if "id" in rx.groupindex else m.span()
                if len(_digits(text[s:e])) < 3:
                    continue
                yield Redaction(s, e, "ID", "an ID or case number", "[ID]")
        yield from self._detect_phones(text)  # after IDs: an SSN is an ID, not a phone
        for m in ZIP.finditer(text):
            yield Redaction(
                *m.span("zip"),
                "ZIP",
                "a ZIP code (first 3 digits kept)",
                _zip_replacement(m.group("zip")),
            )
        for m in POSTCODE.finditer(text):
            outward = m.group("out") or m.group("outl")
            yield Redaction(
                m.start(), m.end(), "POSTCODE", "a postcode (outward code kept)", outward
            )
        for rx in ADDRESS:
            for m in rx.finditer(text):
                yield Redaction(m.start(), m.end(), "ADDRESS", "a street address", "[ADDRESS]")

    def _detect_phones(self, text: str) -> Iterable[Redaction]:
        if sum(c.isdigit() for c in text) < 7:
            return
        seen: set[tuple[int, int]] = set()
        for region in PHONE_REGIONS:
            for m in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            ):
                span = (m.start, m.end)
                if span in seen or len(_digits(m.raw_string)) < 7 or _looks_like_date(m.raw_string):
                    continue
                seen.add(span)
                yield Redaction(m.start, m.end, "PHONE", "a phone number", "[PHONE]")
        for m in PHONE_FALLBACK.finditer(text):
            raw = m.group().rstrip()
            if (
                len(_digits(raw)) >= 7
                and not _looks_like_date(raw)
                and not re.search(r"\d\s\d\s\d", raw)
            ):
                yield Redaction(
                    m.start(), m.start() + len(raw), "PHONE", "a phone number", "[PHONE]"
                )

    def _detect_dates(self, text: str) -> Iterable[Redaction]:
        for rx in DATE_PATTERNS:
            for m in rx.finditer(text):
                repl = self._date_replacement(m)
                if repl is None:
                    continue
                start, end = m.span("x") if "x" in rx.groupindex else m.span()
                yield Redaction(start, end, "DATE", "an exact date (month and year kept)", repl)
        for rx in AGE_PATTERNS:
            for m in rx.finditer(text):
                yield Redaction(*m.span(1), "AGE90", "an age over 89", "90+")

    def _date_replacement(self, m: re.Match[str]) -> str | None:
        groups = m.groupdict()
        year = groups.get("y")
        if year and len(year) == 2:
            year = "20" + year
        month: int | None = None
        if groups.get("mon"):
            word = groups["mon"]
            if not word[0].isupper() and word.lower() not in _LOWER_OK_MONTHS:
                return None  # "may" the verb, "mar" the word
            month = _MONTHS[word.lower()]
        elif groups.get("m"):
            month = int(groups["m"])
        elif groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            if (a > 12 and b > 12) or a == 0 or b == 0:
                return None
            if a > 12:
                month = b
            elif b > 12:
                month = a
            else:
                month = b if self.day_first else a
        if month is not None and not 1 <= month <= 12:
            return None
        day = groups.get("d")
        if day is not None and not 1 <= int(day) <= 31:
            return None
        if month is None:
            return "[DATE]"
        return MONTH_NAMES[month - 1] + (f" {year}" if year else "")

    def _unknown_names(self, text: str) -> Iterable[Redaction]:
        """Person names the vault does not know, from the census name lists.

        A capitalised word that is a given name and *not* an ordinary word
        (``common_word_names.txt``) is a name anywhere, also at the start of a sentence.
        A given name that is also an ordinary word (Hope, Grace, Bill, Will, May, Joy…)
        is a name only when it is capitalised, *not* at the start of a sentence, and has
        a name cue: a title or relation word before it ("Dr", "my friend", "her son",
        "named"), a capitalised surname from the census list after it ("Grace Kim"), a
        possessive followed by a relation word ("Faith's son"), an appositive after it
        (", her neighbour"), or a reporting verb after it ("Hope said"). A capitalised
        word after a title is a name even when it is in no list ("Dr Okonkwo"), and a
        capitalised surname right after a detected given name goes with it. Nothing is a
        name when the next word is a place word ("Grace Church", "Rose Street").
        """
        names = self.names
        toks = list(_TOKEN.finditer(text))
        flagged: set[int] = set()
        for i, m in enumerate(toks):
            word = m.group()
            base = re.sub(r"['’]s$", "", word)
            low = fold(base)
            prev = fold(toks[i - 1].group()) if i else ""
            prev_gap = text[toks[i - 1].end() : m.start()] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            gap = text[m.end() : nxt.start()] if nxt else ""
            nxt_low = fold(nxt.group()) if nxt else ""
            if not _is_cap(word):
                continue
            if nxt is not None and gap.strip() == "" and nxt_low.rstrip("'s") in PLACES:
                continue
            after_title = (
                i > 0
                and prev.rstrip(".") in TITLES
                and prev_gap.strip() in ("", ".")
                and _is_cap(toks[i - 1].group())
            )
            if after_title and low not in PLACES:
                flagged.add(i)
                continue
            if low not in names.first:
                if (
                    i - 1 in flagged
                    and prev_gap.strip() == ""
                    and low in names.last
                    and low not in names.common_words
                ):
                    flagged.add(i)
                continue
            if low not in names.common_words:
                flagged.add(i)
                continue
            start_of_sentence = bool(_SENTENCE_END.search(text[: m.start()]))
            prev2 = fold(toks[i - 2].group()) if i > 1 else ""
            before = not start_of_sentence and (
                prev in RELATIONS
                or prev.rstrip(".") in TITLES
                or (prev in ("my", "her", "his", "their", "our") and prev2 in RELATIONS)
            )
            cue = (
                before
                or (nxt is not None and gap.strip() == "" and _is_cap(nxt.group()) and nxt_low in names.last and nxt_low not in names.common_words)
                or (word.endswith(("'s", "’s")) and nxt_low in RELATIONS)
                or (nxt is not None and gap.strip() == "," and (nxt_low in RELATIONS or (nxt_low in ("my", "her", "his", "their", "a", "the", "our") and i + 2 < len(toks) and fold(toks[i + 2].group()) in RELATIONS)))
                or (nxt is not None and gap.strip() == "" and nxt_low in SPEECH)
            )  # fmt: skip
            if cue:
                flagged.add(i)
        run_start: int | None = None
        for i in sorted(flagged):
            m = toks[i]
            if run_start is None:
                run_start = m.start()
            end = m.end()
            if re.search(r"['’]s$", m.group()):
                end -= 2
            joined = (
                i + 1 in flagged and text[m.end() : toks[i + 1].start()] == " " and end == m.end()
            )
            if not joined:  # a first name and surname together are one [PERSON]
                yield Redaction(run_start, end, "PERSON", "a person's name (name list)", "[PERSON]")
                run_start = None

    def _detect_manual(self, text: str) -> Iterable[Redaction]:
        if self._extra is None:
            return
        for m in self._extra.finditer(fold(text)):
            yield Redaction(m.start(), m.end(), "MANUAL", "redacted by you", "[REDACTED]")

    # the public API

    def find(
        self, text: str, *, field: str = "", keep: frozenset[str] | set[str] = frozenset()
    ) -> list[Redaction]:
        """Non-overlapping redactions in ``text``, in order. ``keep`` holds keys of
        redactions the mentor undid (known identifiers cannot be undone)."""
        # fold() keeps positions for everything but decomposed accents; manual terms
        # match on the folded text, so only use it when lengths agree.
        detectors = [
            self._detect_known(text),
            self._detect_manual(text) if len(fold(text)) == len(text) else iter(()),
            self._detect_patterns(text),
            self._detect_dates(text),
            self._unknown_names(text),
        ]
        candidates: list[tuple[int, int, Redaction]] = []
        for order, found in enumerate(detectors):
            for r in found:
                if r.end > r.start:
                    candidates.append((order, r.start, r))
        candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[1]))
        taken: list[Redaction] = []
        occupied = bytearray(len(text) + 1)
        for _order, _start, r in candidates:
            if any(occupied[r.start : r.end]):
                continue
            key = f"{field}:{r.start}:{r.end}:{r.label}"
            if r.undoable and key in keep:
                continue
            occupied[r.start : r.end] = b"\x01" * (r.end - r.start)
            taken.append(
                Redaction(r.start, r.end, r.label, r.reason, r.replacement, key, r.undoable)
            )
        taken.sort(key=lambda r: r.start)
        return taken

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


def _looks_like_date(raw: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*", raw))


# --- the fail-closed scan -----------------------------------------------------------------


class KnownScanner:
    """Looks for any identifier the vault knows in finished output text, tolerating
    case, accents, line breaks, hyphenation and spaces a renderer put between letters."""

    def __init__(self, identifiers: Sequence[Identifier]) -> None:
        self._kinds: dict[str, str] = {}
        words: set[str] = set()
        phones: set[str] = set()
        for ident in identifiers:
            if ident.label == "PHONE":
                key = _phone_key(ident.text)
                if key:
                    phones.add(key)
                    self._kinds.setdefault("#" + key, ident.kind)
                continue
            key = re.sub(r"[\s\-\u00ad]+", "", fold(ident.text))
            if len(key) < 2:
                continue  # one letter identifies nobody (and "Mentee A" has one)
            words.add(key)
            self._kinds.setdefault(key, ident.kind)
        self._words = (
            re.compile(
                _BEFORE + "(?:" + trie_pattern(words, joiner=_SCAN_JOIN) + ")" + _AFTER, re.I
            )
            if words
            else None
        )
        self._phones = (
            re.compile(
                r"(?<!\d)(?:" + trie_pattern(phones, joiner=r"[\s().\-\u00ad]*") + r")(?!\d)"
            )
            if phones
            else None
        )

    def first_hit(self, text: str) -> str | None:
        """The kind of the first identifier found ("a mentee's alias"), or None."""
        folded = fold(text)
        if len(folded) != len(text):
            folded = fold(unicodedata.normalize("NFC", text))
        if self._words is not None:
            m = self._words.search(folded)
            if m:
                key = re.sub(r"[\s\-\u00ad]+", "", m.group())
                return self._kinds.get(key, "a name the vault knows")
        if self._phones is not None:
            m = self._phones.search(text)
            if m:
                return self._kinds.get("#" + _digits(m.group()), "a phone number")
        return None
