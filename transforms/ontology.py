"""The CAMEO event ontology (config/ontology/cameo.tsv): name, root, QuadClass, Goldstein, PLOVER.

Goldstein values are GDELT's table (CAMEO.goldsteinscale.txt), QuadClass is GDELT's
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and the
PLOVER type and mode come from the official CAMEO→PLOVER table (Schrodt, 2021). PLOVER has no
type for public statements (01x); appeals (02x) are PLOVER REQUEST.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
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


@lru_cache(maxsize=4)
def cached_ontology(path: Path) -> dict[str, EventType]:
    return load_ontology(path)
