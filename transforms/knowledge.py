"""The actor dictionaries in config/actors/, loaded into lookup tables.

Files (tab-separated, one header line, `|` between alternatives):
- countries.tsv      code, iso2, name, aliases, demonyms, capitals, seats, regions
- organizations.tsv  code, name, aliases, type, country
- agents.tsv         term, sector, kind, country (titles and group nouns → sector; a country's own
                     titles, like "home secretary", name the country too)
- people.tsv         name, aliases, country, sector, role, start, end   (one row per term of office)
- people-*.tsv       the same, imported from PETRARCH dictionaries by `wirecode actors import`
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|as|ash|ad|ar|at|az|an)-")


class DictionaryError(ValueError):
    """A malformed dictionary entry; the message names the file and line."""


SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
    "REB": "rebels", "OPP": "opposition", "PTY": "party", "SPY": "intelligence", "BUS": "business",
    "MED": "media", "JRN": "journalists", "EDU": "education", "CVL": "civilians", "ELI": "elites",
    "LAB": "labor", "REL": "religious", "REF": "refugees", "HLH": "health", "AGR": "agriculture",
    "CRM": "criminals", "UAF": "armed group", "MOD": "moderates", "RAD": "radicals", "SEP": "separatists",
    "HRI": "human rights", "ENV": "environment", "DEV": "development", "IGO": "intergovernmental",
    "NGO": "non-governmental", "SOC": "social", "INS": "insurgents", "UNO": "United Nations",
}


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class Organization:
    code: str
    name: str
    type: str
    country: str | None


@dataclass(frozen=True)
class Term:
    """One term of office of a named person."""

    name: str
    country: str
    sector: str
    role: str
    start: date | None
    end: date | None

    def overlaps(self, first: date, last: date) -> bool:
        return (self.start is None or self.start <= last) and (self.end is None or first <= self.end)


@dataclass(frozen=True)
class Surface:
    """What a name in text refers to: a country (as itself, its people, its capital or its
    seat of government), an organization or a person."""

    kind: str  # country | demonym | capital | seat | region | organization | person
    key: str  # country code, organization code or person name


@dataclass
class ActorDictionary:
    countries: dict[str, Country] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    terms: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    # Lowercased surface form → what it names. Case-sensitive forms (short acronyms like "US")
    # live in `exact_surfaces` so the pronoun "us" never becomes the United States.
    surfaces: dict[str, Surface] = field(default_factory=dict)
    exact_surfaces: dict[str, Surface] = field(default_factory=dict)
    # A listed person's surname (last word of the name, folded) → full names, for "President Assad".
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Each surname of five letters or more, and each of its one-letter deletions → the surnames:
    # a symmetric-delete index, so a misspelt surname finds its neighbours without a scan.
    surname_deletions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Agent terms as tuples of lowercase lemmas → (sector, kind, country or None).
    agents: dict[tuple[str, ...], tuple[str, str, str | None]] = field(default_factory=dict)

    def add_surface(self, form: str, surface: Surface) -> None:
        form = form.strip()
        if not form:
            return
        is_acronym = len(form) <= 5 and form.replace(".", "").isupper()
        table, form_key = (self.exact_surfaces, form) if is_acronym else (self.surfaces, form.lower())
        existing = table.get(form_key)
        if existing and existing != surface:
            # First entry wins, so files are read in order of authority (people last).
            return
        table[form_key] = surface

    def lookup(self, form: str) -> Surface | None:
        return self.exact_surfaces.get(form) or self.surfaces.get(form.lower())

    def person_by_surname(self, surname: str, first: date, last: date, given: str | None = None) -> str | None:
        """The one listed person of that surname (and given name, if known) in office during the
        period; failing that, the latest of them when all share a country (so "the Bush
        administration" is American)."""
        if given and ARABIC_ARTICLE.match(given.lower() + "-"):
            given = None  # "President El Bashir": the article is not a given name
        names = [n for n in self.surnames.get(surname_key(surname), [])
                 if given is None or surname_key(n.split()[0]) == surname_key(given)]
        in_office = [n for n in names if self.terms_during(n, first, last)]
        if len(in_office) == 1:
            return in_office[0]
        if not in_office and names and len({t.country for n in names for t in self.terms[n]}) == 1:
            return max(names, key=lambda n: max(t.start or date.min for t in self.terms[n]))
        return None

    def person_by_spelling(self, surname: str, first: date, last: date, sector: str,
                           given: str | None = None) -> str | None:
        """The one office-holder, in an office of the title's sector and with the same given name
        if one is written, whose surname is one letter away from this one ("President Mitterand",
        "President Laurent Gbago"): news misspells and transliterates names. One in office during
        the period is preferred; one who held such an office at another time needs the given name
        too ("President Juvenal Habyariman"). Surnames under five letters are too short to tell
        apart this way."""
        key = surname_key(surname)
        if len(key) < 5:
            return None
        near = [
            n for known in self._surnames_sharing_a_deletion(key) if one_edit_apart(key, known)
            for n in self.surnames[known]
            if given is None or surname_key(n.split()[0]) == surname_key(given)
        ]
        in_office = [n for n in near if any(t.sector == sector for t in self.terms_during(n, first, last))]
        if len(in_office) == 1:
            return in_office[0]
        ever = [n for n in near if any(t.sector == sector for t in self.terms[n])]
        return ever[0] if not in_office and given and len(ever) == 1 else None

    def _surnames_sharing_a_deletion(self, key: str) -> set[str]:
        """Listed surnames one letter away from `key` are among those sharing it or a deletion of it."""
        return {k for variant in {key} | deletions(key) for k in self.surname_deletions.get(variant, ())}

    def terms_during(self, name: str, first: date, last: date) -> list[Term]:
        """The person's terms of office that overlap the period (a "2013" event meets a term begun in February)."""
        return [term for term in self.terms.get(name, []) if term.overlaps(first, last)]


def surname_key(word: str) -> str:
    """A surname as it is looked up: accents folded, lowercase, without the Arabic article
    ("al-Assad", "el-Bashir" → "assad", "bashir")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
    return ARABIC_ARTICLE.sub("", folded)


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _rows(path: Path, columns: list[str]):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or [h.strip() for h in header[: len(columns)]] != columns:
            raise DictionaryError(f"{path}:1: header must start with {', '.join(columns)}")
        for number, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            # Trailing empty fields may be left off; a row that is not tab-separated at all may not.
            if len(row) < 2 or len(row) > len(header):
                raise DictionaryError(f"{path}:{number}: expected {len(header)} tab-separated fields, got {len(row)}")
            cells = [cell.strip() for cell in row] + [""] * (len(header) - len(row))
            yield number, dict(zip(header, cells))


def _parse_day(value: str, path: Path, number: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DictionaryError(f"{path}:{number}: bad date {value!r} (want YYYY-MM-DD)") from None


def load_actor_dictionary(folder: Path) -> ActorDictionary:
    kb = ActorDictionary()
    countries = folder / "countries.tsv"
    for number, row in _rows(countries, ["code", "iso2", "name", "aliases", "demonyms"]):
        code = row["code"]
        if len(code) != 3 or not code.isupper():
            raise DictionaryError(f"{countries}:{number}: country code must be 3 capital letters, got {code!r}")
        kb.countries[code] = Country(code, row["name"])
        for form in [row["name"], *_split(row.get("aliases"))]:
            kb.add_surface(form, Surface("country", code))
            if not form.lower().startswith("the "):
                kb.add_surface("the " + form, Surface("country", code))
        for form in _split(row.get("demonyms")):
            kb.add_surface(form, Surface("demonym", code))
        for form in _split(row.get("capitals")):
            kb.add_surface(form, Surface("capital", code))
        for form in _split(row.get("seats")):
            kb.add_surface(form, Surface("seat", code))
        for form in _split(row.get("regions")):
            kb.add_surface(form, Surface("region", code))

    organizations = folder / "organizations.tsv"
    for number, row in _rows(organizations, ["code", "name", "aliases", "type", "country"]):
        org = Organization(row["code"], row["name"], row["type"] or "organization", row["country"] or None)
        if org.country and org.country not in kb.countries:
            raise DictionaryError(f"{organizations}:{number}: unknown country {org.country!r}")
        kb.organizations[org.name] = org
        for form in [org.name, *_split(row["aliases"])]:
            kb.add_surface(form, Surface("organization", org.name))

    agents = folder / "agents.tsv"
    for number, row in _rows(agents, ["term", "sector", "kind"]):
        words = tuple(row["term"].lower().split())
        if not words or not row["sector"]:
            raise DictionaryError(f"{agents}:{number}: term and sector are required")
        country = (row.get("country") or "").strip() or None
        if country and country not in kb.countries:
            raise DictionaryError(f"{agents}:{number}: unknown country {country!r}")
        kb.agents.setdefault(words, (row["sector"], row["kind"] or "group", country))

    for people in [folder / "people.tsv", *sorted(folder.glob("people-*.tsv"))]:  # people-*.tsv: imported
        _load_people(kb, people)
    return kb


def _load_people(kb: ActorDictionary, people: Path) -> None:
    for number, row in _rows(people, ["name", "aliases", "country", "sector", "role", "start", "end"]):
        term = Term(
            name=row["name"],
            country=row["country"],
            sector=row["sector"],
            role=row["role"],
            start=_parse_day(row["start"], people, number),
            end=_parse_day(row["end"], people, number),
        )
        if term.country not in kb.countries and term.country != "IGO":
            raise DictionaryError(f"{people}:{number}: unknown country {term.country!r}")
        kb.terms[term.name].append(term)
        surname = surname_key(term.name.split()[-1])
        if term.name not in kb.surnames[surname]:
            kb.surnames[surname].append(term.name)
        if len(surname) >= 5:
            for variant in {surname} | deletions(surname):
                kb.surname_deletions[variant].add(surname)
        for form in [term.name, *_split(row["aliases"])]:
            kb.add_surface(form, Surface("person", term.name))
