"""Actor coding against the PLOVER gold set: is each gold source/target actor found, with the
right country (or IGO/NGO root) and, where the gold gives one, the right sector?

A gold actor is aligned with the actors wirecode found over its words: the sources and targets of
the events it coded in that sentence, and the actor mentions. Where several overlap (a phrase that
codes two actors, "Hungarian and Romanian officials", or a name inside a longer gold span), the one
that agrees best with the gold counts, then the longest overlap.

    .venv/bin/python -m tests.eval.score_actors
"""

from __future__ import annotations

import re
from collections import Counter

from tests.eval.gold import (
    arguments,
    code_records,
    gold_country,
    gold_sector,
    load_gold,
    our_country,
    percent,
)
from transforms.records import Mention


def gold_span(text: str, actor_text: str) -> tuple[int, int] | None:
    """Where the gold actor's words are in the normalized sentence (whitespace folded)."""
    words = [re.escape(w) for w in actor_text.replace("...", " ").split()]
    if not words:
        return None
    match = re.search(r"\s*".join(words), text)
    if match is None:
        match = re.search(re.escape(actor_text.split()[0]), text)
    return (match.start(), match.end()) if match else None


def aligned_actors(records, coded):
    """Each gold actor with the mention aligned to it (None when no mention overlaps its words)."""
    for record, extracted in zip(records, coded):
        text = extracted.document.text
        for actor in record["source"] + record["target"]:
            expected_country, expected_sector = gold_country(actor["code"]), gold_sector(actor["sector"])
            span = gold_span(text, actor["text"])
            candidates = [Mention("", e.source_start, e.source_end, e.sentence_index, e.source, "event")
                          for e in extracted.events if e.source]
            candidates += [Mention("", e.target_start, e.target_end, e.sentence_index, e.target, "event")
                           for e in extracted.events if e.target]
            candidates += extracted.mentions
            overlapping = [m for m in candidates if span and m.start < span[1] and span[0] < m.end]
            best = max(overlapping, default=None, key=lambda m: (
                our_country(m.actor.code, m.actor.country) == expected_country,
                m.actor.sector == expected_sector,
                min(m.end, span[1]) - max(m.start, span[0]),
            ))
            yield record, actor, expected_country, expected_sector, span, best


def main() -> None:
    args = arguments(__doc__)
    records = load_gold(args.gold)
    coded = code_records(records, args.date)
    total = country_right = with_sector = sector_right = 0
    errors: Counter[str] = Counter()
    for _, _, expected_country, expected_sector, span, best in aligned_actors(records, coded):
        total += 1
        with_sector += expected_sector is not None
        if best is None:
            errors["not found" + ("" if span else " (gold text not in sentence)")] += 1
            continue
        country = our_country(best.actor.code, best.actor.country)
        if country == expected_country:
            country_right += 1
        else:
            errors[f"country {expected_country} coded as {country or '---'}"] += 1
        if expected_sector is not None:
            if best.actor.sector == expected_sector:
                sector_right += 1
            else:
                errors[f"sector {expected_sector} coded as {best.actor.sector or 'none'}"] += 1
    print(f"gold sentences: {len(records)}, gold actors: {total} (coded as of {args.date})")
    print(f"country right: {percent(country_right, total)}")
    print(f"sector right:  {percent(sector_right, with_sector)} of actors with a gold sector")
    print("commonest errors:")
    for kind, count in errors.most_common(args.errors):
        print(f"  {count:4d}  {kind}")


if __name__ == "__main__":
    main()
