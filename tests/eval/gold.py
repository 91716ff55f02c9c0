"""The PLOVER gold-standard sentences in ../shared/eval/plover-gsr, coded by wirecode.

The records are the example sentences of the CAMEO manual, news of the 1990s and early 2000s with
no dates of their own. Office-holders are coded for a date, so every sentence is coded as if
published on 2000-01-01 (`--date` changes it).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from config.settings import get_settings
from transforms.extract import Extractor, load_dictionaries
from transforms.nlp import load_pipeline
from transforms.normalize import normalize_document
from transforms.records import ExtractedDocument

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "plover-gsr" / "plover_gsr_cameo.jsonl"
# The gold set uses older PLOVER names for four types.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Legacy or mistyped country codes in the gold set, and their ISO codes.
GOLD_CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ROOT_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--date", type=date.fromisoformat, default=date(2000, 1, 1))
    parser.add_argument("--errors", type=int, default=10, help="how many error kinds to list")
    args = parser.parse_args()
    if not args.gold.exists():
        print(f"skipped: no gold set at {args.gold} (it lives in ../shared, which this checkout lacks)")
        sys.exit(0)
    return args


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def code_records(records: list[dict], published: date) -> list[ExtractedDocument]:
    settings = get_settings()
    extractor = Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))
    documents = [
        replace(normalize_document(r["text"].encode("utf-8"), r["id"], min_english_ratio=0), published=published)
        for r in records
    ]
    return list(extractor.extract(documents, batch_size=settings.batch_size))


def gold_country(code: str) -> str:
    return GOLD_CODE_FIXES.get(code, code)


def our_country(code: str | None, country: str | None) -> str | None:
    """Our actor at the gold set's granularity: the country, or the IGO/NGO/IMG/MNC root."""
    if code and code.startswith(ROOT_PREFIXES):
        return code[:3]
    return country


def gold_sector(sector: str | None) -> str | None:
    """"CVLalb" → CVL; "***" means none."""
    if not sector or sector == "***":
        return None
    return sector[:3].upper()


def gold_type(record: dict) -> str:
    return PLOVER_RENAMES.get(record["event"], record["event"])


def percent(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "n/a"
