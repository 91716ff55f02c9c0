"""Every dictionary under config/, loaded and checked once per process: the data the resolver
and the coder read, kept apart from the code that reads it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from transforms.knowledge import ActorDictionary, load_actor_dictionary
from transforms.ontology import EventType, load_code_map, load_ontology
from transforms.verb_patterns import (
    Obligation, VerbPattern, load_adjective_predicates, load_lemma_fixes, load_object_prepositions, load_obligations, load_terms,
    load_verb_patterns,
)


@dataclass(frozen=True)
class Dictionaries:
    actors: ActorDictionary
    patterns: dict[str, list[VerbPattern]]
    ontology: dict[str, EventType]
    intent_codes: dict[str, str]
    refusal_codes: dict[str, str]
    lemma_fixes: dict[str, str]
    object_prepositions: dict[str, tuple[str, ...]]
    adjective_predicates: dict[str, tuple[str, str]]
    obligations: list[Obligation]
    sports_terms: frozenset[str]
    attack_means: frozenset[str]


@lru_cache(maxsize=4)
def load_dictionaries(folder: Path) -> Dictionaries:
    """Every dictionary under config/, loaded once per process and folder."""
    ontology = load_ontology(folder / "ontology" / "cameo.tsv")
    return Dictionaries(
        actors=load_actor_dictionary(folder / "actors"),
        patterns=load_verb_patterns(folder / "events" / "verb_patterns.tsv", set(ontology)),
        ontology=ontology,
        intent_codes=load_code_map(folder / "events" / "intent_codes.tsv", set(ontology), "intended"),
        refusal_codes=load_code_map(folder / "events" / "refusal_codes.tsv", set(ontology), "refused"),
        lemma_fixes=load_lemma_fixes(folder / "events" / "lemma_fixes.tsv"),
        object_prepositions=load_object_prepositions(folder / "events" / "object_prepositions.tsv"),
        adjective_predicates=load_adjective_predicates(folder / "events" / "adjective_predicates.tsv"),
        obligations=load_obligations(folder / "events" / "obligations.tsv", set(ontology)),
        sports_terms=load_terms(folder / "events" / "sports_terms.tsv"),
        attack_means=load_terms(folder / "events" / "attack_means.tsv"),
    )
