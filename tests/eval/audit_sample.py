"""A reproducible sample of coded events from news the coder was not tuned on, for a manual
precision check: asserted, non-negated events of the first 150 BBC politics stories (2004-2005),
80 of them drawn with a fixed seed. Each row shows the sentence, the verb and the words behind
the source and target, so a reviewer can judge whether it is a real event and whether source,
target and CAMEO root are right. The judging is a person's, not this script's.

    .venv/bin/python -m tests.eval.audit_sample [--size 80] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date

from tests.eval.gold import GOLD, code_records

POLITICS = GOLD.parents[2] / "corpora" / "bbc-news" / "politics"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=80)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stories", type=int, default=150)
    args = parser.parse_args()
    if not POLITICS.exists():
        sys.exit(f"skipped: {POLITICS} is absent")
    files = sorted(POLITICS.glob("*.txt"))[: args.stories]
    records = [{"id": f.name, "text": f.read_text(encoding="latin-1")} for f in files]
    coded = code_records(records, date(2005, 1, 1))
    pool = [(record["id"], extracted, event) for record, extracted in zip(records, coded)
            for event in extracted.events if event.modality == "asserted" and not event.negated]
    sample = random.Random(args.seed).sample(pool, min(args.size, len(pool)))
    print(f"{len(pool)} asserted events in {len(files)} stories; {len(sample)} drawn with seed {args.seed}\n")
    for number, (name, extracted, event) in enumerate(sample, start=1):
        text = extracted.document.text

        def words(start, end):
            return text[start:end] if start is not None else "-"

        print(f"{number:3d} {name}  {' '.join(event.sentence.split())}")
        print(f"    verb {words(event.verb_start, event.verb_end)!r} · pattern {event.pattern_id} · "
              f"CAMEO {event.cameo} ({event.plover})")
        print(f"    source {words(event.source_start, event.source_end)!r} → {event.source.code if event.source else '-'}"
              f" · target {words(event.target_start, event.target_end)!r} → {event.target.code if event.target else '-'}\n")


if __name__ == "__main__":
    main()
