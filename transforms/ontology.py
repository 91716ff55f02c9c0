"""The CAMEO event ontology (config/ontology/cameo.tsv): name, root, QuadClass, Goldstein, PLOVER.

Goldstein values are GDELT's table (CAMEO.goldsteinscale.txt), QuadClass is GDELT's
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and the
PLOVER type and mode come from the official CAMEO→PLOVER table (Schrodt, 2021). PLOVER has no
type for public statements (01x); appeals (02x) are PLOVER REQUEST.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from transforms.knowledge import DictionaryError


@dataclass(frozen=True)
class EventType:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None


def load_ontology(path: Path) -> dict[str, EventType]:
    types = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            try:
                types[row["code"]] = EventType(
                    code=row["code"],
                    name=row["name"],
                    root=row["root"],
                    quad_class=int(row["quad_class"]),
                    goldstein=float(row["goldstein"]),
                    plover=row["plover"] or None,
                    plover_mode=row["plover_mode"] or None,
                )
            except (KeyError, TypeError, ValueError) as error:
                raise DictionaryError(f"{path}:{number}: malformed ontology row ({error})") from None
    return types


def load_code_map(path: Path, known: set[str], column: str) -> dict[str, str]:
    """A table of code prefix → the code an event of that kind takes in some reading:
    config/events/intent_codes.tsv (`intended`: what someone will, plans or agrees to do is coded,
    as CAMEO and PLOVER do, as the intent it expresses: cooperation as 03x, conflict as 13x) and
    config/events/refusal_codes.tsv (`refused`: what someone says they will not do is a refusal,
    12x: "will not withdraw" is 124)."""
    codes = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            if row["code"] not in known or row.get(column) not in known:
                raise DictionaryError(f"{path}:{number}: unknown CAMEO code in {row['code']!r} → {row.get(column)!r}")
            codes[row["code"]] = row[column]
    return codes


def mapped_code(code: str, table: dict[str, str]) -> str | None:
    """The code the longest listed prefix of `code` maps to; None when no prefix is listed."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return None
