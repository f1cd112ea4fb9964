"""Dates and ages for de-identification (pure; used by deid.py).

HIPAA Safe Harbor keeps only the year of a date tied to a person, so every written date
with a day or a month becomes "[date]"; relative times ("last Tuesday", "next week",
"9pm") and bare years stay. Ages become decade bands; over 89 becomes "90+".

:func:`find_dates` yields ``(start, end)`` spans; :func:`find_ages` yields
``(start, end, replacement)``; :func:`date_values` yields ``(start, end, (year, month,
day))`` for the fail-closed scan, which looks for a known birth date in any format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
# Month words that are also everyday words: only a month with a date cue.
_AMBIGUOUS = {"may", "mar", "march"}
_MON = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
)
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|º|°)?"
_YEAR = r"(?:(?:19|20)\d\d|'\d\d)"
_B = r"(?<![\w/.-])"  # not inside a longer token
_E = r"(?![\w/]|[.-]\d)"

_NUMERIC = re.compile(
    rf"{_B}(?:"
    r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"  # ISO
    r"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:(?:19|20)?\d\d)"
    r"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.]'\d\d"
    rf"){_E}"
)
# "3/14" or "14/3" alone is a date only with a cue before or after it ("24/7" is not).
_SHORT_NUMERIC = re.compile(
    r"(?i:\b(?P<cue>on|by|until|till|til|from|before|after|due|since|dated|date|born|dob|"
    r"d\.o\.b\.?|starting|through|thru|of|el|is|was|for|appt|appointment|interview|hearing|"
    r"court|review|moved\s+to|discharged|admitted|released|arrived|arrives|returns|returned|"
    r"flies|landed|surgery|scan|operation|meeting|session|away|to|back|off|leave|vacation|"
    r"holiday|holidays|trip|visiting|" + _WEEKDAY + r")\.?:?,?\s+)?"
    r"(?<![\w/.])(?P<x>(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])|"
    r"(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2]))(?![\w/]|\.\d)"
)
_MONTH_FIRST = re.compile(
    rf"(?i){_B}(?:{_WEEKDAY}\.?,?\s+)?(?P<mon>{_MON})\s*,?\s*(?:the\s+)?{_ORD}\b"
    rf"(?:,?\s*{_YEAR})?(?:\s+(?:de\s+)?(?:19|20)\d\d)?"
)
_DAY_FIRST = re.compile(
    rf"(?i){_B}(?:{_WEEKDAY}\.?,?\s+)?(?:(?:el|the)\s+)?{_ORD}\s*(?:of\s+|de\s+|-\s*)?"
    rf"(?P<mon>{_MON})(?![a-z])(?:[\s,-]*(?:de(?:l)?\s+)?{_YEAR})?"
)
_MONTH_YEAR = re.compile(rf"(?i){_B}(?P<mon>{_MON})\s*(?:,|de(?:l)?)?\s*{_YEAR}\b")
# A month on its own, after a word that makes it a date: "in June", "since March".
_MONTH_CUE = re.compile(
    r"(?i)\b(?:in|on|since|until|till|by|from|through|during|of|early|mid|late|end\s+of|"
    r"start\s+of|beginning\s+of|last|next|this|every|each|en|de|desde|hasta|para)"
    rf"[\s-]+(?P<mon>{_MON})(?![\w'’])"
)
_WEEKDAY_ORD = re.compile(
    rf"(?i)\b{_WEEKDAY}\.?,?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*(?:am|pm|:|h\b|[-–]\s*\d))"
)
# "the 3rd", "on the 9th": a day of the month, unless a noun follows ("the 3rd time").
_THE_ORD = re.compile(
    r"(?i)\bthe\s+"
    r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:time|times|floor|grade|place|step|steps|attempt|try|session|sessions|week|"
    r"weeks|month|months|year|years|day|days|one|person|people|child|kid|baby|visit|call|"
    r"meeting|row|round|question|item|page|chapter|version|draft|street|st|avenue|ave|"
    r"century|anniversary|birthday|house|door|stop|bus|line|amendment|of\s+(?:the|my|her|"
    r"his|their|our|them|us)\b))"
)
_HOLIDAY = re.compile(
    r"(?i)\b(?:christmas(?:\s+(?:day|eve))?|xmas(?:\s+(?:day|eve))?|new\s+year'?s?(?:\s+(?:day|eve))?|"
    r"valentine'?s(?:\s+day)?|hallowe'?en|(?:the\s+)?fourth\s+of\s+july|independence\s+day|"
    r"st\.?\s+patrick'?s\s+day|boxing\s+day|bonfire\s+night|guy\s+fawkes(?:\s+night)?|"
    r"nochebuena|navidad|a[ñn]o\s+nuevo|d[ií]a\s+de\s+(?:los\s+)?reyes|cinco\s+de\s+mayo|"
    r"d[ií]a\s+de\s+(?:los\s+)?muertos|april\s+fools'?(?:\s+day)?|leap\s+day)\b"
)
_BIRTH_CUE = re.compile(
    r"(?i)\b(?:birthday|b-?day|born|birth|cumpleaños|cumple|nació|anniversary|died|passed|"
    r"wedding|due\s+date)\b"
)


def _valid_month(word: str, text: str, start: int, cued: bool) -> bool:
    low = word.lower().rstrip(".")
    if low not in MONTHS:
        return False
    if cued:
        return True
    return not (low in _AMBIGUOUS and not word[:1].isupper())


_SENTENCE_STOP = re.compile(r"[.!?\n]")
_SLASH_DIGITS = re.compile(r"\d[/.]\d")
_SLASH = re.compile(r"[/.]")
_TIME_AFTER = re.compile(r"\s*(?:at\b|@|\d{1,2}(?::\d\d)?\s*(?:am|pm)|,|\))")
_RELATIVE_MAY = re.compile(r"(?i)(?:this|next|last|every)")
_PART_WORDS = re.compile(r"(?i)\s*½|\s+1/2|\s+and\s+a\s+half|-?ish|-something|-odd")
_NUM_SPLIT = re.compile(r"[\s-]+")
_WEEKDAY_RE = re.compile(rf"(?i){_WEEKDAY}")


def find_dates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of dates with a day or a month in ``text`` (a full month name's trailing
    full stop is the sentence's, not the date's)."""
    for start, end in _find_dates(text):
        if text[end - 1 : end] == "." and re.search(
            r"(?i)(?:uary|ch|il|may|une|uly|ust|ber|ero|zo|yo|io|sto)\.$", text[start:end]
        ):
            end -= 1
        yield start, end


_MONTH_WORD = re.compile(rf"(?i)\b{_MON}")
_DIGIT = re.compile(r"\d")


# a month's name with a possessive: "June's meeting", "March's bills" (a person's, "May's
# mum", is found by the name rules and wins over this)
_MONTH_POSSESSIVE = re.compile(
    r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|"
    r"Octubre|Noviembre|Diciembre)(?=['’]s\b)"
)


def _find_dates(text: str) -> Iterator[tuple[int, int]]:
    digits = _DIGIT.search(text) is not None
    months = _MONTH_WORD.search(text) is not None
    if digits:
        yield from _numeric_dates(text)
    if months:
        yield from _month_dates(text)
        for m in _MONTH_POSSESSIVE.finditer(text):
            yield m.span("mon")
    if digits:
        for m in _WEEKDAY_ORD.finditer(text):
            yield m.span()
        for m in _THE_ORD.finditer(text):
            yield m.span()
    for m in _HOLIDAY.finditer(text):
        before = _SENTENCE_STOP.split(text[max(0, m.start() - 80) : m.start()])[-1]
        after = _SENTENCE_STOP.split(text[m.end() : m.end() + 80])[0]
        if _BIRTH_CUE.search(before) or _BIRTH_CUE.search(after):
            yield m.span()


# two short dates as a range, "3/4 to 3/9", "from 8/3-8/10": a date each though no cue
# stands before them (a score keeps its denominator, "7/10 to 4/10", and stays)
_SHORT_DATE = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_SHORT_RANGE = re.compile(
    rf"(?<![\w/.])(?P<a>{_SHORT_DATE})\s*(?:to|-|–|through|thru|until|till|and|&)\s*"
    rf"(?P<b>{_SHORT_DATE})(?![\w/]|\.\d)"
    r"(?!\s+(?:of|full|cups?|miles?|done|way|inch|inches|hours?|mins?|minutes|left|mark)\b)"
)


def _numeric_dates(text: str) -> Iterator[tuple[int, int]]:
    for m in _NUMERIC.finditer(text):
        yield m.span()
    for m in _SHORT_RANGE.finditer(text) if "/" in text else ():
        if m.group("a").split("/")[1].lstrip("0") != m.group("b").split("/")[1].lstrip("0"):
            yield m.span("a")
            yield m.span("b")
    for m in _SHORT_NUMERIC.finditer(text) if _SLASH_DIGITS.search(text) else ():
        a, b = _SLASH.split(m.group("x"))
        if (a, b) == ("24", "7") or (m.group("cue") is None and "." in m.group("x")):
            continue
        if m.group("cue") is None:
            after = text[m.end() : m.end() + 12].lower()
            if not _TIME_AFTER.match(after):
                continue
        cue = m.group("cue") or ""
        loose = ("is", "was", "for", "to", "back", "off", "away", "leave")
        if cue.lower() in loose and int(a) <= 12 and int(b) <= 12:
            continue  # "it was 3/4 full", "her score is 8/10": a day over 12 makes it a date
        weekday = _WEEKDAY_RE.fullmatch(cue)
        yield (m.start() if weekday else m.start("x")), m.end("x")


def _month_dates(text: str) -> Iterator[tuple[int, int]]:
    for rx in (_MONTH_FIRST, _DAY_FIRST, _MONTH_YEAR):
        for m in rx.finditer(text):
            if _valid_month(m.group("mon"), text, m.start("mon"), cued=rx is not _MONTH_FIRST):
                # "may 3" needs the capital; "3 may" or "may 2026" is a date either way
                if (
                    rx is _MONTH_FIRST
                    and m.group("mon").lower() == "may"
                    and not m.group("mon")[0].isupper()
                ):
                    continue
                yield m.span()
    for m in _MONTH_CUE.finditer(text):
        word = m.group("mon")
        low = word.lower().rstrip(".")
        if low in ("mar", "jan", "jun", "dec", "oct", "sep", "aug") and not word[0].isupper():
            continue  # "by mar" is no date; "in Dec" is
        if low == "may" and _RELATIVE_MAY.match(m.group()):
            pass
        yield m.span("mon")


# --- values, for matching a known birth date ----------------------------------------------

_VALUE_NUMERIC = re.compile(
    r"(?<![\d])(?:(?P<iy>(?:19|20)\d\d)[-/. ]?(?P<im>0[1-9]|1[0-2])[-/. ]?(?P<id>0[1-9]|[12]\d|3[01])"
    r"|(?P<a>[0-3]?\d)\s*[-/. ]\s*(?P<b>[0-3]?\d)(?:\s*[-/. ]\s*(?P<y>(?:19|20)?\d\d))?)(?!\d)"
)
_VALUE_WORDS = re.compile(
    rf"(?i)(?:(?P<mon1>{_MON})\s*,?\s*(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th|º)?\s*(?:of\s+|de\s+|-\s*)?(?P<mon2>{_MON}))"
    r"(?:[\s,'-]*(?:de\s+)?(?P<y>(?:19|20)?\d\d)\b)?"
)


def _year(y: str | None) -> int | None:
    """A four-digit year, or a two-digit one as it was written (0-99: any century)."""
    if not y:
        return None
    return int(y.lstrip("'"))


def same_date(found: tuple, born_year: int, month: int, day: int) -> bool:
    """Whether a date found in text (see :func:`date_values`) is this birth date."""
    y, m, d = found
    return (m, d) == (month, day) and (y is None or y == born_year or y == born_year % 100)


def date_values(text: str) -> Iterator[tuple[int, int, tuple]]:
    """Every date-like span with its (year or None, month, day), both readings of an
    ambiguous numeric date; a two-digit year stays two-digit (it matches any century)."""
    if _DIGIT.search(text) is None:
        return
    for m in _VALUE_NUMERIC.finditer(text):
        if m.group("iy"):
            yield m.start(), m.end(), (int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        y = _year(m.group("y"))
        for month, day in ((a, b), (b, a)):
            if 1 <= month <= 12 and 1 <= day <= 31:
                yield m.start(), m.end(), (y, month, day)
    for m in _VALUE_WORDS.finditer(text) if _MONTH_WORD.search(text) else ():
        mon = (m.group("mon1") or m.group("mon2")).lower().rstrip(".")
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            yield m.start(), m.end(), (_year(m.group("y")), MONTHS[mon], day)


def date_forms(year: int, month: int, day: int) -> list[str]:
    """Written forms of one date (for tests and for matching a birth date exactly)."""
    names = [k for k, v in MONTHS.items() if v == month]
    yy = f"{year % 100:02d}"
    out = [
        f"{year}-{month:02d}-{day:02d}",
        f"{month}/{day}/{year}", f"{month:02d}/{day:02d}/{year}", f"{month}/{day}/{yy}",
        f"{day}/{month}/{year}", f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{yy}",
        f"{day}.{month}.{year}", f"{day:02d}.{month:02d}.{yy}", f"{month}-{day}-{year}",
        f"{month}-{day}-{yy}", f"{day}-{month}-{year}",
    ]  # fmt: skip
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    for name in names:
        abbreviated = len(name) == 3 and name != "may"
        for mon in (name.capitalize(), name.capitalize() + "." if abbreviated else None):
            if mon is None:
                continue
            out += [
                f"{mon} {day}, {year}", f"{mon} {day}{suffix}", f"{day} {mon} {year}",
                f"the {day}{suffix} of {mon}", f"{day}{suffix} {mon}", f"{mon} {day}",
                f"{day} de {mon.lower()} de {year}" if len(name) > 3 else f"{mon} {day}",
            ]  # fmt: skip
    return out


# --- ages ---------------------------------------------------------------------------------

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_WORD_NUM = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS) + r"))?"
    r"|" + "|".join(_TEENS) + r"|a\s+hundred(?:\s+and\s+\w+)?|one\s+hundred"
    r"|(?:" + "|".join(_UNITS) + r")(?=\s+and\s+a\s+half))"
)
# a half or an approximation may follow the number ("7 1/2", "two and a half", "30-ish")
_PART = r"(?:\s*½|\s+1/2|\s+and\s+a\s+half|-?ish\b|-something\b|-odd\b)?"
_NUM = r"(?P<n>(?:1[0-4]\d|[1-9]?\d|" + _WORD_NUM + r")" + _PART + r")"


def _number(word: str) -> int:
    """58 from "58", 93 from "ninety-three"."""
    low = _PART_WORDS.sub("", word).lower()
    if low.isdigit():
        return int(low)
    if "hundred" in low:
        return 100
    parts = _NUM_SPLIT.split(low)
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS:
        return _UNITS[parts[0]]
    return _TENS.get(parts[0], 0) + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)


_AGE_UNIT = re.compile(
    rf"(?i)(?<![\w.,/-]){_NUM}(?:\s*|-)(?:(?P<adj>-?\s*years?-old|-?\s*yr-old|-?\s*year-old)"
    r"|(?P<unit>(?:years?|yrs?|yr)[\s-]*old|y\.o\.|y\.?o\b|y/o\b|yo\b|años\b|anos\b)"
    r"|(?P<young>(?:months?|mos?|weeks?|wks?|days?)[\s-]*old|meses\b))"
)
# a baby's age without "old": "the baby 18 mos", "she is 11 months" (not "11 months sober")
_AGE_YOUNG = re.compile(
    r"(?i)\b(?:baby|infant|newborn|son|daughter|grandson|granddaughter|niece|nephew|kid|"
    r"child|girl|boy|twins|is|was|he's|she's|aged?)\s+(?:only\s+|just\s+)?(?P<x>"
    + _NUM
    + r"\s*(?:months?|mos?|weeks?|wks?)\b)(?!\s+(?:sober|clean|ago|later|pregnant|behind|"
    r"late|of|in|on|since|without|now\s+sober|off|out|into|straight|left))"
)
_AGE_CUE = re.compile(
    r"(?i)\b(?:aged?(?:\s+between)?|ages|turned|turning|turns|will\s+be|"
    r"would\s+(?:have\s+)?be(?:en)?|age\s*:|(?:the\s+)?age\s+of|edad(?:\s+de)?|tiene|cumplió|"
    r"cumplio|cumplirá|cumplira|tenía|tenia|cumple|going\s+on|(?:she|he|they|you|i)['’](?:s|re|m)|shes|hes|theyre)\s+"
    r"(?P<mod>(?:casi|unos|nearly|almost|about|around|pushing|roughly|barely)\s+)?"
    + _NUM
    + r"(?!\d|[\w.,/:]\d|\s*(?:%|percent|minutes|mins|hours|hrs|pounds|lbs|kg|dollars|"
    r"quid|bucks|\$|£|am\b|pm\b|:))"
)
_AGE_NOW = re.compile(
    r"(?i)\b(?:is|was|she's|he's|they're|i'm|im|am|are|being|just)\s+"
    + _NUM
    + r"(?:\s+(?:now|today|already)\b|(?=\s+(?:this\s+year|next\s+\w+|last\s+\w+|soon)\b|\s+years\b))"
)
_AGE_IS = re.compile(
    r"(?i)\b(?:is|was|she's|he's|they're|i'm|shes|hes|theyre|am|are|died\s+at|at\s+age|"
    r"since\s+(?:she|he|they)\s+"
    r"(?:was|were))\s+(?P<mod>(?:only|just|nearly|almost|about|around|pushing|over|under|barely|"
    r"close\s+to|roughly)\s+)?"
    r"(?P<n>(?:1[0-4]\d|[1-9]\d|[1-9](?=\s*½|\s+1/2|\s+and\s+a\s+half)|"
    + _WORD_NUM
    + r")"
    + _PART
    + r")(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:and|but|so|now|yet|when|as|this|until|with|"
    r"or|going|tomorrow|today|y/o|not|lol|tho|though|apparently|already|maybe)\b))"
)
# a second age in a list after a first: "aged 6 and 9", "she is 14 and her son 16"
_AGE_MORE = re.compile(
    r"(?i)(?:\s*(?:,|and|&|or|to|-)\s*)+(?:(?:her|his|their|the|my|your|our)\s+"
    r"[a-z]+\s+)?" + _NUM + r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:and|but|so|now|yet|years?|"
    r"yrs?|both)\b|;))"
)
# an age given as a decade: "in her late sixties", "mid-fifties", "in his 70s" (early, mid or
# late make it finer than a band, so it goes), "her nineties"
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
            "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
_AGE_DECADE_WORD = re.compile(
    r"(?i)\b(?:(?P<fine>early|mid|late)(?:[\s-]*(?:to|-)[\s-]*(?:early|mid|late))?[\s-]*)?"
    r"(?P<d>" + "|".join(_DECADES) + r"|teens|[2-8]0'?s)\b"
)
_DECADE_CUE = re.compile(
    r"(?i)\b(?:in\s+(?:her|his|their|my|your|our)|(?:she|he|they)\s+(?:is|was|are|were|'s)|"
    r"(?:is|was|looks|a\s+woman|a\s+man|someone|person|people))\s+(?:(?:in\s+)?(?:her|his|"
    r"their)\s+)?$"
)
_AGE_APPOSITIVE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=\))),\s+"
    + _NUM
    + r"(?=[,;]\s|\.(?:\s|$)|$|\s+(?:and|who|lives|is|has|was)\b)|\(\s*"
    + _NUM.replace("n>", "p>")
    + r"\s*\)"
)
_AGE_ORDINAL = re.compile(rf"(?i)\b{_NUM}(?:st|nd|rd|th)(?=\s+(?:birthday|bday|b-day|cumpleaños))")
# an ordinal after a possessive before a party: "May's 15th party", "her 40th do"
_AGE_PARTY = re.compile(
    r"(?i)(?:\b(?:her|his|their|my|your|our)\s+|(?<=[a-z]['’]s\s))"
    + _NUM
    + r"(?:st|nd|rd|th)(?=\s+(?:party|celebration|quince|quinceañera|do)\b)"
)
# "at 92 she still walks", "a man of 70": an age with the person it belongs to
_AGE_OF = re.compile(
    r"(?i)(?<![\w:])at\s+(?P<n>1[0-4]\d|[2-9]\d|" + _WORD_NUM + r")"  # not a clock hour
    r"(?=,?\s+(?:she|he|they|i|we|who|still)\b)"
    r"|(?i:\b(?:man|woman|lady|gentleman|guy|person)\s+)(?P<m>of\s+(?:1[0-4]\d|[1-9]\d))\b"
)
# an age someone hoped or feared to reach: "never thought he'd see 30", "make it to 40"
_AGE_SEE = re.compile(
    r"(?i)\b(?:see|reach|make\s+it\s+to|live\s+to(?:\s+see)?|live\s+past)\s+"
    r"(?P<n>1[0-4]\d|[1-9]\d|" + _WORD_NUM + r")(?=\s*(?:[,;!?)]|\.(?!\d)|$))"
)
_AGE_DECADE = re.compile(
    r"(?i)\b(?:in\s+(?:her|his|their|my|your|our)\s+)(?:(?:early|mid|late)[\s-]*)?"
    r"(?P<n>9|1[0-4])0'?s\b"
)


def band(age: int, *, unit: str = "year") -> str:
    """The decade band an age becomes; over 89 is "90+"."""
    if unit != "year":
        return "under 10"
    if age > 89:
        return "90+"
    if age < 10:
        return "under 10"
    return f"{age // 10 * 10}s"


def band_phrase(age: int) -> str:
    """ "in their 50s", "90+", "under 10": what an age becomes in running text."""
    b = band(age)
    return b if b in ("90+", "under 10") else f"in their {b}"


# an age needs a digit or a number word: a quick look before the patterns run
_NUMBER_WORDS = frozenset([*_TENS, *_UNITS, *_TEENS, *_DECADES, "hundred", "teens"])
_LOWER_WORDS = re.compile(r"[a-z]+")
# "20-something", "thirty-something": an age wherever it is written
_AGE_ABOUT = re.compile(r"(?i)\b(?P<n>[1-9]0|" + "|".join(_TENS) + r")-?(?:something|ish)\b")


_DIGIT = re.compile(r"\d")
_VERB_CUE = re.compile(
    r"(?i)(?:is|was|she's|he's|they're|i'm|shes|hes|theyre|am|are|will\s+be|would)\b"
)
_KEPT_CUE = re.compile(r"(?i)(?:tiene|tenía|tenia|cumple|cumplió|cumplio|cumplirá|cumplira)\b")
# "turned 34": the verb stays and the age reads "30-something" ("30 y tantos" in Spanish)
_TURN_CUE = re.compile(r"(?i)turn(?:ed|s|ing)?\b")
_TURN_BEFORE = re.compile(r"(?i)\bturn(?:ed|s|ing)?\s+$")


def turned_band(age: int) -> str:
    """What an age after "turned" becomes: "30-something", "90+", "an age under 10"."""
    if age > 89:
        return "90+"
    if age < 10:
        return "an age under 10"
    if age < 20:
        return "an age in their teens"
    return f"{age // 10 * 10}-something"


# a decade after a name, in brackets or between commas: "Shane, late 20s, rang", "(30s)"
_DECADE_APPOSITION = re.compile(r"(?:[^\W\d_]\s*,|\()\s*$")
_DECADE_CLOSE = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
_APPOSITION_GOES_ON = re.compile(r",\s|\s+(?:and|who|lives|is|has|was)\b")
_WORD_BEFORE = re.compile(r"(?:[^\W\d_]+|\))(?=\s*$)")
_PERSON_WORDS = frozenset(
    """mum mam mom mother dad father nan nana gran granny grandma grandad grandpa wife
    husband partner friend neighbour neighbor aunt auntie aunty uncle son daughter sister
    brother cousin boyfriend girlfriend""".split()  # noqa: SIM905
)
_IN_OWN = re.compile(r"(?i)\bin\s+(?P<p>her|his|their|my|your|our)\s+$")
_AT_AGE = re.compile(r"(?i)\b(?:at|age)\s+$")
_AT = re.compile(r"(?i)\bat\s+$")
_AGE_OF_CUE = re.compile(r"(?i)(?:the\s+)?age\s+of\b")


def find_ages(text: str) -> Iterator[tuple[int, int, str]]:
    """Age spans and their replacement. A replacement never repeats the age it stands
    for: "is 60" becomes "in their sixties", not "in their 60s", and "turned 90" "over
    89", so the band cannot be read back as the age itself."""
    if _DIGIT.search(text) is None:
        words = set(_LOWER_WORDS.findall(text.lower()))
        if _NUMBER_WORDS.isdisjoint(words) and _ES_WORDS.isdisjoint(words):
            return
    for start, end, repl in _find_ages(text):
        yield start, end, _unecho(text[start:end], repl)


# an age written as a bare number ("60", not "mid-30s", "40-something" or "5 1/2")
_ECHO_NUMBER = re.compile(r"(?<![\d/])\d+(?![\d/]|['’]?s\b|-[^\W\d_])")
_BAND_WORDS = {"90+": "over 89", "under 10": "under ten", "under 1 year old": "under a year old",
               "10-something": "teen", "20-something": "twenty-something",
               "30-something": "thirty-something", "40-something": "forty-something",
               "50-something": "fifty-something", "60-something": "sixty-something",
               "70-something": "seventy-something", "80-something": "eighty-something",
               "10s": "teens", "20s": "twenties", "30s": "thirties", "40s": "forties",
               "50s": "fifties", "60s": "sixties", "70s": "seventies", "80s": "eighties"}  # fmt: skip
_BAND_IN = re.compile(r"90\+|under 10|under 1 year old|[1-8]0s|[1-8]0-something")


def _unecho(original: str, repl: str) -> str:
    """``repl`` with its band in words where its digits would repeat the age written."""
    numbers = _ECHO_NUMBER.findall(original)
    if not any(n in repl for n in numbers):
        return repl
    return _BAND_IN.sub(lambda m: _BAND_WORDS[m.group()], repl)


# ages the first patterns leave: a child's age after the word for the child ("her son 14",
# "(twins, 16)"), a list after "kids are" ("her kids are 9, 7 and 2"), the age in brackets
# after a name ("Pa Nhia Vang (Hmong, 52)"), "she'll be 95", a birthday given as an ordinal
# after a possessive ("her 50th."), and Spanish ages in words ("cumplió ochenta")
_KIN = (
    r"(?:son|daughter|kid|child|boy|girl|baby|grandson|granddaughter|grandchild|niece|"
    r"nephew|twins?|youngest|eldest|oldest|middle\s+one|other\s+one|other|little\s+one|"
    r"stepson|stepdaughter|toddler|teen|teenager|sister|brother|cousin|grandkid)"
    r"(?:\s+[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)?)?"  # "his sister Noor is nine"
)
_KIN_PLURAL = r"(?:kids|children|boys|girls|twins|sons|daughters|grandkids|grandchildren)"
_SMALL_NUM = (
    r"(?P<n>(?:1[0-4]\d|[1-9]?\d|" + _WORD_NUM + r"|" + "|".join(_UNITS) + r")" + _PART + r")"
)
_AGE_FOLLOW = (
    r"(?!\d|[\w.,/:]\d|\s*(?:%|percent|minutes|mins|hours|hrs|pounds|lbs|kg|dollars|quid|"
    r"bucks|\$|£|am\b|pm\b|:|o['’]clock|times|sessions|weeks|days|miles|stops|"
    r"(?:st|nd|rd|th)\b))"
)
_AGE_KIN = re.compile(
    r"(?i)\b"
    + _KIN
    + r"\s*(?:,\s*|\s+(?:is|was|who\s+is|is\s+only|is\s+just|now|aged?)\s+)?"
    + _SMALL_NUM.replace("(?P<n>", r"(?P<n>(?<![\w.,/-])")
    + _AGE_FOLLOW
    + r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:and|but|so|now|yet|in|at|from|who|with|has|is|"
    r"was|going|starts|started|loves)\b))"
)
_AGE_KIN_ARE = re.compile(
    r"(?i)\b"
    + _KIN_PLURAL
    + r"(?:\s*\([^)]*\))?\s*(?:,\s*|\s+(?:are|were|aged?|ages)\s+)"
    + _SMALL_NUM
    + _AGE_FOLLOW
    + r"(?=\s*(?:[,;!?)&]|\.(?!\d)|$|\s+(?:and|or|to)\b))"
)
_AGE_BRACKET = re.compile(
    r"(?<=[^\W\d_])\s*\((?:[^()\d,]{1,30},\s*)?"
    r"(?P<n>1[0-4]\d|[1-9]?\d)(?P<unit>\s*(?:months?|mos?|weeks?|wks?))?"
    r"(?=\s*(?:,[^()]*)?\))"
)
_AGE_WILL_BE = re.compile(
    r"(?i)\b(?:she|he|they|you|i|we)['’]?ll\s+(?:be|turn)\s+"
    + _SMALL_NUM
    + _AGE_FOLLOW
    + r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:and|but|so|now|in|on|next|this|soon|years?|"
    r"tomorrow|today)\b))"
)
# how old someone feels or looks, and an age reached next month: "says she feels 40",
# "ninety next month"
_AGE_FEELS = re.compile(
    r"(?i)\b(?:feels?|felt|feeling|looks?|looked|looking)\s+(?:like\s+)?(?:about\s+)?"
    + _SMALL_NUM.replace("(?P<n>", "(?P<n>(?=[1-9a-z])")
    + _AGE_FOLLOW
    + r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s+(?:and|but|on|most|some|these|today|now|again|"
    r"years?)\b))"
)
_AGE_NEXT = re.compile(
    r"(?i)(?:(?<=[,;:]\s)|(?<=\bbe\s)|(?<=\bturns\s)|(?<=\bturning\s))"
    + _SMALL_NUM
    + r"(?=\s+(?:next|this|in\s+the)\s+(?:month|year|week|spring|summer|autumn|fall|"
    r"winter|new\s+year)\b)"
)
_AGE_POSS_ORDINAL = re.compile(
    r"(?i)(?:\b(?:her|his|their|my|your|our)\s+|(?<=[^\W\d_]['’]s\s))"
    r"(?P<n>1[0-4]\d|[1-9]\d|[4-9])(?:st|nd|rd|th)"
    r"(?=\s*(?:[.,;!?)]|$|\s+(?:last|this|next|on|at|in|and|was|is|yesterday|today|"
    r"tomorrow|weekend|bash)\b))"
)
_ES_TENS = {"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
            "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100}  # fmt: skip
_ES_SMALL = {"uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
             "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
             "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
             "dieciocho": 18, "diecinueve": 19}  # fmt: skip
_ES_WORDS = frozenset([*_ES_TENS, *_ES_SMALL])
_ES_NUM = (
    r"(?P<es>(?:"
    + "|".join(_ES_TENS)
    + r")(?:\s+y\s+(?:tantos|pico|algo|"
    + "|".join(_ES_SMALL)
    + r"))?|"
    r"veinti\w+|" + "|".join(sorted(_ES_SMALL, key=len, reverse=True)) + r")"
)
_AGE_ES = re.compile(
    r"(?i)\b(?:tiene|tenía|tenia|cumplió|cumplio|cumple|cumplirá|cumplira|de|con|a\s+los)\s+"
    + _ES_NUM
    + r"(?:\s+(?P<y>años|anos|meses))?\b"
)


def _es_number(word: str) -> int:
    low = word.lower()
    if low.startswith("veinti"):
        return 20 + _ES_SMALL.get(low[6:].replace("é", "e").replace("ú", "u"), 1)
    parts = low.split()
    return (
        _ES_TENS.get(parts[0], 0)
        + _ES_SMALL.get(parts[0], 0)
        + (_ES_SMALL.get(parts[-1], 0) if len(parts) > 1 else 0)
    )


_KIN_WORDS = frozenset(
    """son daughter kid child boy girl baby grandson granddaughter grandchild niece nephew
    twin twins youngest eldest oldest middle other little stepson stepdaughter toddler teen
    teenager sister brother cousin grandkid kids children boys girls sons daughters
    grandkids grandchildren""".split()  # noqa: SIM905
)
_FEEL_WORDS = frozenset("feel feels felt feeling look looks looked looking".split())  # noqa: SIM905
_ES_CUES = frozenset(
    ["tiene", "tenía", "tenia", "cumplió", "cumplio", "cumple", "cumplirá", "cumplira", "de",
     "con", "los"]
)  # fmt: skip
_SEASON_WORDS = frozenset("month year week spring summer autumn fall winter new".split())  # noqa: SIM905
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)")


def _later_ages(text: str) -> Iterator[tuple[int, int, str]]:
    # each pattern runs only when a word it needs is in the text (a note has few ages)
    low = text.lower()
    words = set(_LOWER_WORDS.findall(low))
    patterns = []
    if not words.isdisjoint(_KIN_WORDS):
        patterns += [_AGE_KIN, _AGE_KIN_ARE]
    if "ll " in low:
        patterns.append(_AGE_WILL_BE)
    if not words.isdisjoint(_FEEL_WORDS):
        patterns.append(_AGE_FEELS)
    if not words.isdisjoint(_SEASON_WORDS) and not words.isdisjoint(("next", "this", "in")):
        patterns.append(_AGE_NEXT)
    for rx in patterns:
        for m in rx.finditer(text):
            n = _number(m.group("n"))
            if 0 < n <= 120:
                turn = (
                    rx is not _AGE_KIN
                    and rx is not _AGE_KIN_ARE
                    and _TURN_BEFORE.search(text, max(0, m.start("n") - 9), m.start("n"))
                )  # "she'll turn 7", "turning 41 next month"
                yield m.start("n"), m.end("n"), turned_band(n) if turn else band(n)
                yield from _more_ages(text, m.end())
    for m in _AGE_BRACKET.finditer(text) if "(" in text else ():
        n = int(m.group("n"))
        if m.group("unit"):
            yield m.start("n"), m.end("unit"), "under 1 year old" if n < 24 else "under 10"
        elif 0 < n <= 120:
            yield m.start("n"), m.end("n"), band(n)
    for m in _AGE_POSS_ORDINAL.finditer(text) if _ORDINAL_HINT.search(text) else ():
        yield m.start("n"), m.end(), band(int(m.group("n")))
    for m in _AGE_ES.finditer(text) if not words.isdisjoint(_ES_CUES) else ():
        n = _es_number(m.group("es"))
        cue = m.group(0).split()[0].lower()
        if not m.group("y") and cue in ("de", "con", "a"):
            continue  # "de dos" without "años" is not an age
        if m.group("y") and m.group("y").lower() == "meses":
            yield m.start("es"), m.end(), "menos de un año"
        elif 0 < n <= 120:
            yield m.start("es"), m.end("es"), band(n)


# a small age in words after a cue of age: "turned eight", "aged five", "she is two." (the
# number words one to nine need the cue and a clause end: "turned two corners" is no age)
_AGE_UNIT_WORD = re.compile(
    r"(?i)\b(?P<cue>turn(?:ed|s|ing)|aged?|(?:she|he)\s+(?:is|was)|(?:she|he)['’]s)\s+"
    r"(?P<n>" + "|".join(_UNITS) + r")(?:\s+(?P<y>years?\s+old))?"
    r"(?=\s*(?:[,;!?)]|\.(?!\d)|$)|\s+(?:on|last|this|in|today|yesterday|tomorrow|and|next|"
    r"soon|at|already|now|recently|when|but)\b)"
)


def _find_ages(text: str) -> Iterator[tuple[int, int, str]]:
    yield from _later_ages(text)
    for m in _AGE_UNIT_WORD.finditer(text):
        n = _UNITS[m.group("n").lower()]
        cue = text[m.start() : m.start("n")]
        if _TURN_CUE.match(cue):  # "turned eight" -> "turned an age under 10"
            yield m.start(), m.end(), cue + turned_band(n)
        elif _VERB_CUE.search(cue):  # "she is two" -> "she is under 10"
            yield m.start("n"), m.end(), band(n)
        else:  # "aged five" -> "under 10"
            yield m.start(), m.end(), band(n)
    for m in _AGE_ABOUT.finditer(text):
        yield m.start(), m.end(), band(_number(m.group("n")))
    for m in _AGE_UNIT.finditer(text):
        yield from _more_ages(text, m.end())
        n = _number(m.group("n"))
        if m.group("young"):
            yield m.start(), m.end(), "under 1 year old" if n < 24 else "under 10"
        elif m.group("adj"):
            yield m.start(), m.end(), ("90+" if n > 89 else f"{band(n)}-year-old")
        else:
            yield m.start(), m.end(), ("90+" if n > 89 else f"in their {band(n)}")
    for rx in (_AGE_CUE, _AGE_NOW, _AGE_IS, _AGE_ORDINAL, _AGE_DECADE):
        for m in rx.finditer(text):
            n = _number(m.group("n"))
            if rx is _AGE_DECADE or rx is _AGE_ORDINAL:
                yield m.start(), m.end(), band(n) if rx is _AGE_ORDINAL else "90+"
            else:
                # the cue goes too ("aged 58" -> "aged 50s"), so no part of it is left over
                # the cue goes too ("turned 60" -> "in their 60s"), so that no part of it
                # is left over and the replacement never contains the original
                cue = text[m.start() : m.start("n")]
                verb = _VERB_CUE.match(cue)
                tail = text[m.end("n") : m.end()]
                mod = m.groupdict().get("mod")
                if rx is _AGE_CUE and _KEPT_CUE.match(cue):
                    # "tiene casi 60": the Spanish cue stays; "nearly", "casi" go with the age
                    start = m.start("mod") if mod else m.start("n")
                    yield start, m.end(), band_phrase(n) + tail
                elif rx is _AGE_IS:  # "is nearly 58" -> "is in their 50s": the verb stays
                    at = _AT_AGE.search(text, max(0, m.start("n") - 16), m.start("n"))
                    yield (
                        m.start("mod") if m.group("mod") else m.start("n"),
                        m.end(),
                        ((band(n) if at else band_phrase(n)) + tail),
                    )
                elif verb:  # "is 58 now" -> "is in their 50s now"
                    yield m.start("n"), m.end(), band_phrase(n) + tail
                elif _TURN_CUE.match(cue):  # "turned 34" -> "turned 30-something"
                    # the verb is written back (the span is the whole "turned 34", as for
                    # the other cues), so the sentence still reads
                    yield m.start(), m.end(), cue + turned_band(n) + tail
                elif _AT.search(text, max(0, m.start() - 16), m.start()):  # "at age 16"
                    yield m.start(), m.end(), band(n) + tail
                elif _AGE_OF_CUE.match(cue):  # "the age of 14" -> "the age of 10s"
                    yield m.start("n"), m.end(), band(n) + tail
                else:
                    yield m.start(), m.end(), band_phrase(n) + tail
                yield from _more_ages(text, m.end())
    for m in _AGE_YOUNG.finditer(text):
        yield (
            m.start("x"),
            m.end("x"),
            "under 1 year old" if _number(m.group("n")) < 24 else "under 10",
        )
    for m in _AGE_SEE.finditer(text):
        n = _number(m.group("n"))
        if 16 <= n <= 120:
            yield m.start("n"), m.end(), band(n)
    for m in _AGE_PARTY.finditer(text):
        yield m.start("n"), m.end(), band(_number(m.group("n")))
    for m in _AGE_OF.finditer(text):
        if m.group("n"):  # "At 92 she" -> "At 90+ she"
            yield m.start("n"), m.end("n"), band(_number(m.group("n")))
        else:  # "a man of 70" -> "a man in their 70s"
            yield m.start("m"), m.end("m"), band_phrase(_number(m.group("m").split()[-1]))
    for m in _AGE_DECADE_WORD.finditer(text):
        d = m.group("d").lower()
        n = 10 if d == "teens" else _DECADES.get(d) or int(d[:2])
        before = text[max(0, m.start() - 40) : m.start()]
        if not (
            _DECADE_CUE.search(before)
            or (_DECADE_APPOSITION.search(before) and _DECADE_CLOSE.match(text, m.end()))
        ):
            continue  # "back in the nineties" is a time, not an age
        # "in her early twenties" goes whole: "in her" left before a band reads wrong
        own = _IN_OWN.search(before)
        start = m.start() - len(own.group()) if own else m.start()
        if n >= 90:
            yield start, m.end(), "90+"
        else:
            # a band as written ("in her 30s") is written back in words, so the
            # replacement never repeats it
            words = not m.group("fine") and d not in _DECADES and d != "teens"
            b = _BAND_WORDS[f"{n}s"] if words else f"{n}s"
            yield start, m.end(), (f"in {own.group('p').lower()} {b}" if own else b)
    for m in _AGE_APPOSITIVE.finditer(text):
        group = "n" if m.group("n") else "p"
        n = _number(m.group(group))
        if group == "n" and not _APPOSITION_GOES_ON.match(text, m.end()):
            # a number at a clause end after a comma is an age only after a name or a
            # person word ("Leanne Pickup, 32."), not after "we counted, 12."
            word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            w = word.group() if word else ""
            if not w or not (w[0].isupper() or w == ")" or w.lower() in _PERSON_WORDS):
                continue
        if 1 <= n <= 120:
            yield m.start(group), m.end(group), band(n)


def _more_ages(text: str, end: int) -> Iterator[tuple[int, int, str]]:
    """Ages listed after a first one ("aged 6 and 9", "is 14 and her son 16")."""
    while True:
        m = _AGE_MORE.match(text, end)
        if m is None:
            return
        n = _number(m.group("n"))
        if not 0 < n <= 120:
            return
        yield m.start("n"), m.end("n"), band(n)
        end = m.end()
