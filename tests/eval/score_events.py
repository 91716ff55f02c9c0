"""Event coding against the PLOVER gold set.

For each gold sentence the event of its main clause is its prediction (the coded event whose verb
is nearest the root of the parse, the first of those in sentence order):
- event type: the PLOVER type of that event equals the gold type (older gold names mapped:
  DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT); a sentence with no
  event counts as wrong;
- CAMEO root: the event's root is one the official CAMEO→PLOVER table maps to the gold type;
- dyad+type: every (source, target, type) triple of the events that have both, actors at the
  gold's granularity (country, or the IGO/NGO/IMG root), against the gold triples; compound gold records (both actors in `source`,
  `target` empty) are reciprocal and give both directions. Precision, recall and F1 over all
  sentences, every modality counted; events missing a source or a target have no dyad and are
  not scored here.

Quiet sentences: the gold set has no event-free sentences, so the share of sentences that stay
quiet is measured on BBC sport stories (../shared/corpora/bbc-news/sport), which report no
political events between states.

    .venv/bin/python -m tests.eval.score_events
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from config.settings import get_settings
from tests.eval.gold import (
    GOLD, arguments, code_records, gold_country, gold_type, load_gold, our_country, percent,
)
from transforms.nlp import load_pipeline
from transforms.extract import Extractor, load_dictionaries

SPORT = GOLD.parents[2] / "corpora" / "bbc-news" / "sport"


def gold_triples(record: dict) -> set[tuple[str, str, str]]:
    kind = gold_type(record)
    sources = [gold_country(a["code"]) for a in record["source"]]
    targets = [gold_country(a["code"]) for a in record["target"]]
    if not targets:
        return {(a, b, kind) for a in sources for b in sources if a != b}
    return {(a, b, kind) for a in sources for b in targets}


def roots_of(plover: str) -> set[str]:
    ontology = load_dictionaries(get_settings().dictionaries).ontology
    return {t.root for t in ontology.values() if t.plover == plover}


def main_clause_event(extracted, nlp):
    if not extracted.events:
        return None
    doc = nlp(extracted.document.text)
    depth = {t.idx: len(list(t.ancestors)) for t in doc}
    return min(extracted.events, key=lambda e: (depth.get(e.verb_start, 99), e.verb_start))


def silent_reasons(records, coded, nlp) -> Counter[str]:
    """Why sentences with a gold event got none: no pattern fits any verb, only patterns of another
    type fit, or a pattern of the gold type fits but its source or target is not resolved."""
    settings = get_settings()
    coder = Extractor(nlp, load_dictionaries(settings.dictionaries)).coder
    reasons: Counter[str] = Counter()
    for record, extracted in zip(records, coded):
        if extracted.events:
            continue
        clauses = [coder.match_pattern(verb) for verb in nlp(extracted.document.text) if verb.pos_ == "VERB"]
        types = {coder.ontology[c.pattern.cameo].plover for c in clauses if c}
        if not types:
            reasons["no pattern fits any verb"] += 1
        elif gold_type(record) in types:
            reasons["a pattern of the gold type fits; source or target not resolved"] += 1
        else:
            reasons["only patterns of other types fit"] += 1
    return reasons


def quiet_share(limit: int = 200) -> tuple[int, int] | None:
    """(sentences with no event, sentences) over the first `limit` BBC sport stories."""
    if not SPORT.exists():
        return None
    files = sorted(SPORT.glob("*.txt"))[:limit]
    records = [{"id": f.name, "text": f.read_text(encoding="latin-1")} for f in files]
    coded = code_records(records, date(2005, 1, 1))
    sentences = sum(len([s for s in c.sentences if not s.boilerplate]) for c in coded)
    noisy = sum(len({e.sentence_index for e in c.events}) for c in coded)
    return sentences - noisy, sentences


def main() -> None:
    args = arguments(__doc__)
    records = load_gold(args.gold)
    coded = code_records(records, args.date)
    nlp = load_pipeline(get_settings().spacy_model)
    type_right = root_right = 0
    predicted = gold = matched = 0
    confusions: Counter[str] = Counter()
    for record, extracted in zip(records, coded):
        expected = gold_type(record)
        first = main_clause_event(extracted, nlp)
        if first and first.plover == expected:
            type_right += 1
        else:
            confusions[f"{expected} coded as {first.plover or first.cameo if first else 'no event'}"] += 1
        root_right += bool(first and first.root_code in roots_of(expected))
        ours = {
            (our_country(e.source.code, e.source.country), our_country(e.target.code, e.target.country), e.plover)
            for e in extracted.events if e.source and e.target
        }
        truth = gold_triples(record)
        predicted += len(ours)
        gold += len(truth)
        matched += len(ours & truth)
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"gold sentences: {len(records)} (coded as of {args.date})")
    print(f"event type (PLOVER) right: {percent(type_right, len(records))}")
    print(f"CAMEO root consistent with gold type: {percent(root_right, len(records))}")
    print(f"dyad+type: precision {precision:.3f} ({matched}/{predicted}), recall {recall:.3f} ({matched}/{gold}), F1 {f1:.3f}")
    quiet = quiet_share()
    if quiet:
        print(f"quiet sentences (BBC sport, no political events): {percent(*quiet)}")
    print("sentences with a gold event and none coded, by reason:")
    for reason, count in silent_reasons(records, coded, nlp).most_common():
        print(f"  {count:4d}  {reason}")
    print("commonest type errors:")
    for kind, count in confusions.most_common(args.errors):
        print(f"  {count:4d}  {kind}")


if __name__ == "__main__":
    main()
