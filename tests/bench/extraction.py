"""Article extraction quality of wirecode's normalize step on the Zyte article-extraction benchmark
(../shared/bench/extraction: 181 real news pages with gold article bodies).

Writes predictions for every page through `normalize_document` (trafilatura with metadata,
favor_precision, comments off, plus wirecode's paragraph and boilerplate handling) and scores them
with the benchmark's own score.py (F1 on word 4-gram shingles).

    .venv/bin/python -m tests.bench.extraction
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from transforms.normalize import NormalizeError, normalize_document

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "extraction"


def main() -> None:
    if not BENCH.exists():
        print(f"skipped: no benchmark at {BENCH} (it lives in ../shared, which this checkout lacks)")
        sys.exit(0)
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    predictions, refused = {}, 0
    for page_id, record in truth.items():
        raw = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes())
        try:
            document = normalize_document(raw, f"{page_id}.html", url=record.get("url"), min_english_ratio=None)
            predictions[page_id] = {"articleBody": document.text}
        except NormalizeError:
            predictions[page_id] = {"articleBody": ""}
            refused += 1
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(predictions, handle)
    print(f"{len(truth)} pages, {refused} refused by normalize")
    subprocess.run([sys.executable, str(BENCH / "score.py"), handle.name, str(BENCH / "ground-truth.json")], check=True)
    Path(handle.name).unlink()


if __name__ == "__main__":
    main()
