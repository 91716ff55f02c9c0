"""The tasks both flows run: read and normalize an item, drop copies, extract a batch, load it,
and record the run. Each is thin over transforms/ and warehouse/."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

from config.settings import get_settings
from flows.fetch import FetchError, Fetcher
from flows.sources import Item, is_url
from transforms.extract import Extractor, load_dictionaries
from transforms.near_duplicates import find_near_duplicate
from transforms.nlp import load_pipeline, model_version
from transforms.normalize import NormalizeError, normalize_document
from transforms.records import ExtractedDocument, NormalizedDocument
from warehouse import state
from warehouse.db import writer
from warehouse.load import LoadCounts, load_documents, record_rows, transaction


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
    seen: list[dict] = field(default_factory=list)  # seen_urls rows
    duplicates: list[dict] = field(default_factory=list)  # duplicates rows
    polls: list[dict] = field(default_factory=list)  # source_polls rows

    @classmethod
    def start(cls, inputs: list[str]) -> RunSummary:
        return cls(run_id=str(uuid.uuid4()), inputs=inputs)

    def add(self, counts: LoadCounts) -> None:
        self.documents_new += counts.documents
        self.documents_duplicate += counts.duplicates
        self.sentences += counts.sentences
        self.mentions += counts.mentions
        self.events += counts.events


def new_fetcher(delay: float | None = None) -> Fetcher:
    settings = get_settings()
    return Fetcher(
        timeout=settings.fetch_timeout_seconds,
        max_bytes=settings.max_document_bytes,
        max_redirects=settings.max_redirects,
        user_agent=settings.user_agent,
        politeness_seconds=settings.politeness_seconds if delay is None else delay,
    )


def transient(task, task_run, state) -> bool:
    """Retry what may pass on its own (5xx, timeouts, refused connections), not a 404 or a bad feed."""
    error = state.result(raise_on_failure=False)
    return isinstance(error, FetchError) and error.transient


RETRIES = {"retries": 2, "retry_delay_seconds": get_settings().retry_delay_seconds, "retry_condition_fn": transient}


@task(**RETRIES, cache_policy=NONE)
def normalize_item(item: Item, fetcher: Fetcher) -> NormalizedDocument | tuple[str, str, str]:
    """One item → a normalized document, or (location, stage, reason) when it cannot be one; a
    transient fetch error is raised, for Prefect to retry. What a feed said of the item fills what
    the page itself leaves out (title, date)."""
    settings = get_settings()
    try:
        if is_url(item.location):
            fetched = fetcher.fetch(item.location)
            raw, url, content_type = fetched.content, fetched.url, fetched.content_type
        else:
            raw, url, content_type = _read_file(Path(item.location), settings.max_document_bytes), None, None
        document = normalize_document(raw, item.location, url=url, content_type=content_type,
                                      max_bytes=settings.max_document_bytes,
                                      min_english_ratio=settings.min_english_ratio)
    except FetchError as error:
        if error.transient:
            raise
        return (item.location, "read", str(error))
    except NormalizeError as error:
        return (item.location, "normalize", str(error))
    return replace(document, title=document.title or item.title, published=document.published or item.published)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise FetchError(f"too large: {path.stat().st_size:,} bytes (limit {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError:
        raise FetchError("no such file") from None
    except IsADirectoryError:
        raise FetchError("is a directory") from None
    except PermissionError:
        raise FetchError("permission denied") from None


def drop_copies(documents: list[tuple[Item, NormalizedDocument]], warehouse: Path, summary: RunSummary):
    """Keep the first copy of each story: an exact copy (same text) or a near one (SimHash within
    the configured distance) of a stored or earlier document is recorded as a duplicate instead."""
    settings = get_settings()
    known = state.fingerprints(warehouse)
    now = datetime.now(timezone.utc)
    fresh: list[tuple[Item, NormalizedDocument]] = []
    for item, document in documents:
        if document.id in known:
            match = (document.id, 0)
        else:
            match = find_near_duplicate(document.simhash, known, settings.near_duplicate_distance)
        if match is None:
            known[document.id] = document.simhash
            fresh.append((item, document))
            continue
        original, distance = match
        summary.documents_duplicate += 1
        summary.duplicates.append({
            "source": item.location, "url": document.url, "sitename": document.sitename, "duplicate_of": original,
            "kind": "exact" if distance == 0 and original == document.id else "near", "distance": distance,
            "run_id": summary.run_id, "recorded_at": now,
        })
        summary.seen.append(seen_row(item, "duplicate", original, now))
    return fresh


def seen_row(item: Item, status: str, document_id: str | None, now: datetime, etag=None, last_modified=None) -> dict:
    return {"url": item.location, "source": item.source, "status": status, "document_id": document_id,
            "etag": etag, "last_modified": last_modified, "first_seen": now, "last_checked": now}


@task(cache_policy=NONE)
def extract_batch(documents: list[NormalizedDocument]) -> list[ExtractedDocument]:
    settings = get_settings()
    extractor = Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))
    return list(extractor.extract(documents, batch_size=settings.batch_size))


@task(retries=3, retry_delay_seconds=5, cache_policy=NONE)
def load_batch(warehouse: Path, batch: list[ExtractedDocument], run_id: str) -> LoadCounts:
    with writer(warehouse) as con:
        return load_documents(con, batch, run_id)


def code_and_load(items: list[Item], fetcher: Fetcher, warehouse: Path, summary: RunSummary) -> None:
    """Normalize every item, drop copies, then extract and load in batches: the body of a run."""
    logger = get_run_logger()
    settings = get_settings()
    normalized = []
    for item, future in zip(items, normalize_item.map(items, fetcher=fetcher)):
        result = future.result(raise_on_failure=False)
        if isinstance(result, FetchError):  # transient, and still failing after the retries
            result = (item.location, "read", str(result))
        if isinstance(result, NormalizedDocument):
            normalized.append((item, result))
        else:
            summary.failures.append(result)
            logger.warning("skipped %s: %s", result[0], result[2])
    fresh = drop_copies(normalized, warehouse, summary)
    now = datetime.now(timezone.utc)
    for start in range(0, len(fresh), settings.batch_size):
        batch = fresh[start : start + settings.batch_size]
        try:
            summary.add(load_batch(warehouse, extract_batch([d for _, d in batch]), summary.run_id))
            summary.seen += [seen_row(item, "loaded", document.id, now) for item, document in batch if is_url(item.location)]
        except Exception as error:  # one bad batch is recorded; the run goes on
            summary.failures += [(item.location, "load", f"{type(error).__name__}: {error}") for item, _ in batch]
            logger.error("batch of %d documents failed: %s", len(batch), error)


def dictionaries_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.tsv")):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@task(cache_policy=NONE)
def record_run(warehouse: Path, summary: RunSummary, started_at: datetime) -> None:
    """The run row, its failures, the URLs it saw, the copies it found and its polls, in one transaction."""
    settings = get_settings()
    summary.documents_failed = len(summary.failures)
    now = datetime.now(timezone.utc)
    with writer(warehouse) as con, transaction(con):
        record_rows(con, "failures", [
            {"run_id": summary.run_id, "source": source, "stage": stage, "reason": reason, "recorded_at": now}
            for source, stage, reason in summary.failures
        ])
        record_rows(con, "seen_urls", summary.seen)
        record_rows(con, "duplicates", summary.duplicates)
        record_rows(con, "source_polls", summary.polls)
        con.execute(
            "insert into runs values (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                summary.run_id, flow_run.get_id(), started_at, now, summary.inputs,
                summary.documents_new, summary.documents_duplicate, summary.documents_failed,
                summary.sentences, summary.mentions, summary.events, version("wirecode"),
                model_version(load_pipeline(settings.spacy_model)),
                dictionaries_fingerprint(settings.dictionaries),
            ],
        )
    get_run_logger().info(
        "run %s: %d new, %d duplicate, %d failed documents; %d sentences, %d mentions, %d events",
        summary.run_id, summary.documents_new, summary.documents_duplicate, summary.documents_failed,
        summary.sentences, summary.mentions, summary.events,
    )

