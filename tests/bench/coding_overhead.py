"""How much actor resolution and event coding add to spaCy's own parse, and throughput.

Parses BBC News articles (../shared/corpora/bbc-news) with spaCy (nlp.pipe), then codes the
parsed documents (actors and events, exactly what `Extractor.extract` does after the parse).
Timing the two steps apart, on the same parses, keeps the machine's noise out of the share:
prints the time of each, the coding time as a share of the parse, end-to-end words per second
and peak memory.

    .venv/bin/python -m tests.bench.coding_overhead [--folder politics] [--limit 300]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from config.settings import get_settings
from transforms.extract import Extractor, load_dictionaries
from transforms.nlp import load_pipeline
from transforms.normalize import normalize_document

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "bbc-news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", default="politics")
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    folder = CORPUS / args.folder
    if not folder.exists():
        print(f"skipped: no corpus at {folder} (it lives in ../shared, which this checkout lacks)")
        sys.exit(0)
    settings = get_settings()
    nlp = load_pipeline(settings.spacy_model)
    extractor = Extractor(nlp, load_dictionaries(settings.dictionaries))
    documents = []
    for path in sorted(folder.glob("*.txt"))[: args.limit]:
        documents.append(replace(normalize_document(path.read_bytes(), str(path)), published=date(2005, 1, 1)))
    words = sum(d.word_count for d in documents)
    list(nlp.pipe(d.text for d in documents[:5]))  # warm up

    started = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in documents), batch_size=settings.batch_size))
    parse = time.perf_counter() - started

    started = time.perf_counter()
    results = [extractor.read(document, doc) for document, doc in zip(documents, parsed)]
    coding = time.perf_counter() - started
    whole = parse + coding

    events = sum(len(r.events) for r in results)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(documents)} documents, {words:,} words from {folder}")
    print(f"spaCy parse alone:        {parse:6.2f} s ({words / parse:,.0f} words/s)")
    print(f"parse + actors + events:  {whole:6.2f} s ({words / whole:,.0f} words/s), {events} events")
    print(f"actors + events alone:    {coding:6.2f} s")
    print(f"coding overhead:          {coding / parse:.1%} of the parse")
    print(f"peak memory:              {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
