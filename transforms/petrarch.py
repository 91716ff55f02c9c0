"""Read PETRARCH/Phoenix actor dictionaries into wirecode's people.tsv rows.

The format, one actor per block:

    VLADIMIR_PUTIN_                 # the name; words joined by _, a trailing _ ends it
    +PUTIN_                         # synonyms
    +VLADIMIR_VLADIMIROVICH_PUTIN_
    [RUSGOV 000507-080507]          # code with a date restriction (YYMMDD-YYMMDD)
    [RUSGOV >120507]                # ... from a date on
    [RUSELI <000507]                # ... up to a date
    BORIS_YELTSIN_ [RUSGOV]         # a name and its code on one line

Lines starting with # are comments; text after # is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

CODE = re.compile(r"\[([A-Z]{3,}[A-Z0-9]*)\s*([^\]]*)\]")
PEOPLE_COLUMNS = ["name", "aliases", "country", "sector", "role", "start", "end"]


@dataclass
class ImportedActor:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def _words(token: str) -> str:
    """VLADIMIR_PUTIN_ → Vladimir Putin (names in PETRARCH files are upper case)."""
    words = [w for w in token.strip().strip("+").split("_") if w]
    return " ".join(w.capitalize() for w in words)


def _day(text: str) -> date:
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    return date(2000 + yy if yy < 50 else 1900 + yy, mm, dd)


def _restriction(text: str) -> tuple[date | None, date | None]:
    text = text.strip()
    if not text:
        return None, None
    if text.startswith(">"):
        return _day(text[1:]), None
    if text.startswith("<"):
        return None, _day(text[1:])
    start, _, end = text.partition("-")
    return _day(start), _day(end)


def parse_actor_dictionary(text: str) -> tuple[list[ImportedActor], list[str]]:
    """The actors of a PETRARCH dictionary, and a message per line that could not be read."""
    actors: list[ImportedActor] = []
    problems: list[str] = []
    current: ImportedActor | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("!"):
            continue
        try:
            head = CODE.sub("", line).strip()
            if head.startswith("+"):
                if current is None:
                    raise ValueError("synonym before any name")
                current.aliases.append(_words(head))
            elif head:
                current = ImportedActor(_words(head))
                actors.append(current)
            for code, restriction in CODE.findall(line):
                if current is None:
                    raise ValueError("code before any name")
                current.codes.append((code, *_restriction(restriction)))
        except ValueError as error:
            problems.append(f"line {number}: {error}: {raw.strip()}")
    return [a for a in actors if a.codes], problems


def people_rows(actors: list[ImportedActor], known_countries: set[str]) -> tuple[list[list[str]], list[str]]:
    """people.tsv rows, one per code; codes whose root is no known country (or IGO) are skipped."""
    rows, skipped = [], []
    for actor in actors:
        for code, start, end in actor.codes:
            country, sector = code[:3], code[3:6]
            if country not in known_countries and country != "IGO":
                skipped.append(f"{actor.name}: unknown country in {code}")
                continue
            rows.append([actor.name, "|".join(actor.aliases), country, sector, "imported",
                         start.isoformat() if start else "", end.isoformat() if end else ""])
    return rows, skipped
