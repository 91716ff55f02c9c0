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


def load_intent_codes(path: Path, known: set[str]) -> dict[str, str]:
    """config/events/intent_codes.tsv: the code an intended event takes, by code prefix. An event
    someone will, plans or agrees to carry out is coded, as CAMEO and PLOVER do, as the intent it
    expresses: cooperation as 03x (AGREE), conflict as 13x (THREATEN)."""
    codes = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            if row["code"] not in known or row["intended"] not in known:
                raise DictionaryError(f"{path}:{number}: unknown CAMEO code in {row['code']!r} → {row['intended']!r}")
            codes[row["code"]] = row["intended"]
    return codes


def intended_code(code: str, intent_codes: dict[str, str]) -> str:
    """The longest prefix of `code` that intent_codes lists decides; unlisted codes stay."""
    for length in range(len(code), 1, -1):
        if code[:length] in intent_codes:
            return intent_codes[code[:length]]
    return code
