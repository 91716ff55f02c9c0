"""The verb-pattern dictionaries (config/events/verb_patterns.tsv, obligations.tsv).

verb_patterns.tsv rows: id, verb lemma, particle, object nouns (`|`), the preposition that
introduces the target, CAMEO code, comment. A pattern with an object or a preposition is more
specific than one without, and the most specific pattern that fits a clause codes it.

obligations.tsv rows: id, speech verbs (`|`), modals (`|`), CAMEO code, comment. A speech verb
whose reported clause has one of the modals ("said Sudan must return the helicopter") codes the
speaker's demand of that clause's subject.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from transforms.knowledge import DictionaryError

COLUMNS = ["id", "verb", "particle", "object", "prep", "cameo", "comment"]


def load_terms(path: Path) -> frozenset[str]:
    """A list of words with comments: config/events/sports_terms.tsv (words only sports reporting
    uses: "striker", "semi-final"), config/events/attack_means.tsv (means of force: "car bomb")."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return frozenset(row["term"].strip().lower() for row in rows if (row.get("term") or "").strip())


def load_object_prepositions(path: Path) -> dict[str, tuple[str, ...]]:
    """config/events/object_prepositions.tsv: verbs whose act is named after a preposition when
    they have no direct object ("engaged in ethnic cleansing", "went on strike"), by lemma."""
    found: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            found[row["verb"]] = found.get(row["verb"], ()) + (row["prep"],)
    return found


def load_adjective_predicates(path: Path) -> dict[str, tuple[str, str]]:
    """config/events/adjective_predicates.tsv: adjectives after "be" that state an act, with the
    verb whose patterns code it and the preposition of its object ("is opposed to" → oppose, to)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["adjective"]: (row["verb"], row["prep"])
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


def load_lemma_fixes(path: Path) -> dict[str, str]:
    """config/events/lemma_fixes.tsv: lemmas the spaCy pipeline gets wrong ("staged" → "stag"),
    mapped to the verb the patterns use, so the dictionary is written in real lemmas only."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["lemma"]: row["verb"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


@dataclass(frozen=True)
class VerbPattern:
    id: str
    verb: str
    particle: str | None
    objects: frozenset[str]
    prep: str | None
    cameo: str

    @property
    def specificity(self) -> int:
        return 2 * bool(self.objects) + bool(self.prep) + bool(self.particle)


@dataclass(frozen=True)
class Obligation:
    pattern: VerbPattern
    verbs: frozenset[str]
    modals: tuple[tuple[str, ...], ...]  # "must" → ("must",), "have to" → ("have", "to")


def load_obligations(path: Path, known_codes: set[str]) -> list[Obligation]:
    obligations = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(rows, start=2):
            pid, verbs, modals, cameo = (row.get(key) or "" for key in ("id", "verbs", "modals", "cameo"))
            if not pid or not verbs or not modals:
                raise DictionaryError(f"{path}:{number}: id, verbs and modals are required")
            if cameo not in known_codes:
                raise DictionaryError(f"{path}:{number}: unknown CAMEO code {cameo!r}")
            obligations.append(Obligation(
                pattern=VerbPattern(id=pid, verb="", particle=None, objects=frozenset(), prep=None, cameo=cameo),
                verbs=frozenset(v.strip().lower() for v in verbs.split("|") if v.strip()),
                modals=tuple(tuple(m.lower().split()) for m in modals.split("|") if m.strip()),
            ))
    return obligations


def load_verb_patterns(path: Path, known_codes: set[str]) -> dict[str, list[VerbPattern]]:
    """Patterns by verb lemma, most specific first; a malformed row raises with file and line."""
    by_verb: dict[str, list[VerbPattern]] = defaultdict(list)
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, [])
        if header[: len(COLUMNS)] != COLUMNS:
            raise DictionaryError(f"{path}:1: header must be {' '.join(COLUMNS)}")
        for number, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) < 6 or len(row) > len(COLUMNS):
                raise DictionaryError(f"{path}:{number}: expected {len(COLUMNS)} tab-separated fields, got {len(row)}")
            pid, verb, particle, objects, prep, cameo = (cell.strip() for cell in row[:6])
            if not pid or not verb:
                raise DictionaryError(f"{path}:{number}: id and verb are required")
            if pid in seen:
                raise DictionaryError(f"{path}:{number}: duplicate pattern id {pid!r}")
            if cameo not in known_codes:
                raise DictionaryError(f"{path}:{number}: unknown CAMEO code {cameo!r}")
            seen.add(pid)
            by_verb[verb.lower()].append(
                VerbPattern(
                    id=pid,
                    verb=verb.lower(),
                    particle=particle.lower() or None,
                    objects=frozenset(o.strip().lower() for o in objects.split("|") if o.strip()),
                    prep=prep.lower() or None,
                    cameo=cameo,
                )
            )
    for patterns in by_verb.values():
        patterns.sort(key=lambda p: -p.specificity)
    return dict(by_verb)
