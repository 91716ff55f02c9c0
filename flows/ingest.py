"""The `ingest` flow: discover → normalize → extract → load, in batches, with a summary per run."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from config.settings import get_settings
from flows.sources import FetchError, discover, read_input
from transforms.extract import Extractor, load_dictionaries
from transforms.nlp import load_pipeline, model_version
from transforms.normalize import NormalizeError, normalize_document
from transforms.records import ExtractedDocument, NormalizedDocument
from warehouse.db import known_document_ids, writer
from warehouse.load import LoadCounts, load_documents, record_failures


@dataclass
class RunSummary:
    run_id: str
    inputs: list[str]
    documents_new: int = 0
    documents_duplicate: int = 0
    documents_failed: int = 0
    sentences: int = 0
    mentions: int = 0
    events: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (source, stage, reason)

    def add(self, counts: LoadCounts) -> None:
        self.documents_new += counts.documents
        self.documents_duplicate += counts.duplicates
        self.sentences += counts.sentences
        self.mentions += counts.mentions
        self.events += counts.events


def dictionaries_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.tsv")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@task(retries=2, retry_delay_seconds=[2, 10], cache_policy=NONE)
def normalize_source(source: str) -> NormalizedDocument | tuple[str, str, str]:
    """One input → a normalized document, or (source, stage, reason) when it cannot be one."""
    settings = get_settings()
    try:
        raw = read_input(source)
    except FetchError as error:
        return (source, "read", str(error))
    try:
        return normalize_document(
            raw.content,
            source,
            url=raw.url,
            content_type=raw.content_type,
            max_bytes=settings.max_document_bytes,
            min_english_ratio=settings.min_english_ratio,
        )
    except NormalizeError as error:
        return (source, "normalize", str(error))


@task(cache_policy=NONE)
def extract_batch(documents: list[NormalizedDocument]) -> list[ExtractedDocument]:
    settings = get_settings()
    extractor = Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))
    return list(extractor.extract(documents, batch_size=settings.batch_size))


@task(retries=3, retry_delay_seconds=5, cache_policy=NONE)
def load_batch(warehouse: Path, batch: list[ExtractedDocument], run_id: str) -> LoadCounts:
    with writer(warehouse) as con:
        return load_documents(con, batch, run_id)


@task(cache_policy=NONE)
def record_run(warehouse: Path, summary: RunSummary, started_at: datetime) -> None:
    settings = get_settings()
    with writer(warehouse) as con:
        record_failures(con, summary.run_id, summary.failures)
        con.execute(
            "insert into runs values (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                summary.run_id, flow_run.get_id(), started_at, datetime.now(timezone.utc), summary.inputs,
                summary.documents_new, summary.documents_duplicate, summary.documents_failed, summary.sentences,
                summary.mentions, summary.events, version("wirecode"),
                model_version(load_pipeline(settings.spacy_model)), dictionaries_fingerprint(settings.dictionaries),
            ],
        )


@flow(name="ingest", log_prints=True)
def ingest(inputs: list[str] | None = None, warehouse: str | None = None) -> RunSummary:
    """Read the inputs (files, folders, URLs; default: seeds/), code them and load the warehouse."""
    settings = get_settings()
    logger = get_run_logger()
    started_at = datetime.now(timezone.utc)
    target = Path(warehouse) if warehouse else settings.warehouse
    sources = discover(inputs or [str(settings.seeds)])
    summary = RunSummary(run_id=str(uuid.uuid4()), inputs=sources)

    documents: dict[str, NormalizedDocument] = {}
    for result in normalize_source.map(sources).result():
        if isinstance(result, NormalizedDocument):
            if result.id in documents:
                summary.documents_duplicate += 1
            documents.setdefault(result.id, result)
        else:
            summary.failures.append(result)
            logger.warning("skipped %s: %s", result[0], result[2])
    known = known_document_ids(target, list(documents))
    summary.documents_duplicate += len(known)
    fresh = [doc for doc_id, doc in documents.items() if doc_id not in known]

    for start in range(0, len(fresh), settings.batch_size):
        batch = fresh[start : start + settings.batch_size]
        try:
            summary.add(load_batch(target, extract_batch(batch), summary.run_id))
        except Exception as error:  # one bad batch is recorded; the run goes on
            summary.failures += [(doc.source, "load", f"{type(error).__name__}: {error}") for doc in batch]
            logger.error("batch of %d documents failed: %s", len(batch), error)
    summary.documents_failed = len(summary.failures)
    record_run(target, summary, started_at)
    logger.info(
        "run %s: %d new, %d duplicate, %d failed documents; %d sentences, %d mentions, %d events",
        summary.run_id, summary.documents_new, summary.documents_duplicate, summary.documents_failed,
        summary.sentences, summary.mentions, summary.events,
    )
    return summary
