"""Load: extracted documents → DuckDB, one transaction per batch, through DataFrames.

A document already in the warehouse is skipped, so loading the same input twice adds nothing;
an error anywhere in a batch rolls the whole batch back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass, replace
from datetime import datetime, timezone

import duckdb
import pandas as pd

from transforms.records import ExtractedDocument

TABLE_COLUMNS = {
    "documents": [
        "document_id", "source", "url", "title", "author", "sitename", "published", "language", "content_type",
        "text", "boilerplate", "raw_sha256", "text_sha256", "word_count", "sentence_count", "run_id",
        "ingested_at", "simhash",
    ],
    "sentences": ["document_id", "sentence_index", "start_char", "end_char", "text", "is_boilerplate"],
    "actors": ["actor_id", "name", "code", "country", "sector", "type"],
    "mentions": [
        "document_id", "sentence_index", "start_char", "end_char", "text", "actor_id", "code", "country",
        "sector", "method",
    ],
    "events": [
        "event_id", "document_id", "sentence_index", "sentence", "source_actor_id", "source_code",
        "source_name", "target_actor_id", "target_code", "target_name", "cameo", "root_code", "quad_class",
        "goldstein", "plover", "plover_mode", "event_date", "date_precision", "negated", "modality", "place",
        "pattern_id", "verb_start", "verb_end", "source_start", "source_end", "target_start", "target_end",
        "run_id",
    ],
}


@dataclass(frozen=True)
class LoadCounts:
    documents: int = 0
    duplicates: int = 0
    sentences: int = 0
    mentions: int = 0
    events: int = 0

    def __add__(self, other: LoadCounts) -> LoadCounts:
        return LoadCounts(*(a + b for a, b in zip(astuple(self), astuple(other))))


def event_id(document_id: str, event) -> str:
    key = "|".join(
        map(str, [document_id, event.verb_start, event.source and event.source.key,
                  event.target and event.target.key, event.cameo, event.source_start, event.target_start])
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _actor_columns(actor) -> tuple:
    """An event side's (actor_id, code, name); all NULL for a missing source or target."""
    return (actor.key, actor.code, actor.name) if actor else (None, None, None)


def _frames(batch: list[ExtractedDocument], run_id: str) -> dict[str, pd.DataFrame]:
    now = datetime.now(timezone.utc)
    rows: dict[str, list[tuple]] = {table: [] for table in TABLE_COLUMNS}
    for item in batch:
        doc = item.document
        rows["documents"].append((
            doc.id, doc.source, doc.url, doc.title, doc.author, doc.sitename, doc.published, doc.language,
            doc.content_type, doc.text, json.dumps([list(r) for r in doc.boilerplate]), doc.raw_sha256,
            doc.text_sha256, doc.word_count, len(item.sentences), run_id, now, doc.simhash,
        ))
        rows["sentences"] += [
            (doc.id, s.index, s.start, s.end, s.text, s.boilerplate) for s in item.sentences
        ]
        rows["mentions"] += [
            (doc.id, m.sentence_index, m.start, m.end, m.text, m.actor.key, m.actor.code, m.actor.country,
             m.actor.sector, m.method)
            for m in item.mentions
        ]
        rows["events"] += [
            (event_id(doc.id, e), doc.id, e.sentence_index, e.sentence, *_actor_columns(e.source),
             *_actor_columns(e.target), e.cameo, e.root_code, e.quad_class, e.goldstein, e.plover,
             e.plover_mode, e.date, e.date_precision, e.negated, e.modality, e.place, e.pattern_id, e.verb_start,
             e.verb_end, e.source_start, e.source_end, e.target_start, e.target_end, run_id)
            for e in item.events
        ]
        actors = [m.actor for m in item.mentions] + [a for e in item.events for a in (e.source, e.target) if a]
        rows["actors"] += [(a.key, a.name, a.code, a.country, a.sector, a.type) for a in actors]
    frames = {table: pd.DataFrame(rows[table], columns=columns) for table, columns in TABLE_COLUMNS.items()}
    frames["actors"] = frames["actors"].drop_duplicates("actor_id")
    frames["events"] = frames["events"].drop_duplicates("event_id")
    frames["mentions"] = frames["mentions"].drop_duplicates(["document_id", "start_char", "end_char", "actor_id"])
    return frames


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, ignore: bool = False) -> None:
    if frame.empty:
        return
    con.register("incoming", frame)
    try:
        columns = ", ".join(TABLE_COLUMNS[table])
        verb = "insert or ignore into" if ignore else "insert into"
        con.execute(f"{verb} {table} ({columns}) select {columns} from incoming")
    finally:
        con.unregister("incoming")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: any error rolls back everything written inside the block."""
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def _write_extractions(con: duckdb.DuckDBPyConnection, batch: list[ExtractedDocument], run_id: str,
                       tables: tuple[str, ...]) -> LoadCounts:
    frames = _frames(batch, run_id)
    for table in tables:
        _insert(con, table, frames[table])
    _insert(con, "actors", frames["actors"], ignore=True)
    return LoadCounts(
        documents=len(batch),
        sentences=len(frames["sentences"]),
        mentions=len(frames["mentions"]),
        events=len(frames["events"]),
    )


def load_documents(con: duckdb.DuckDBPyConnection, batch: list[ExtractedDocument], run_id: str) -> LoadCounts:
    """Insert the batch's new documents and everything found in them, all or nothing."""
    ids = list(dict.fromkeys(item.document.id for item in batch))
    with transaction(con):
        stored = con.execute("select document_id from documents where document_id in (select unnest(?))", [ids])
        seen = {row[0] for row in stored.fetchall()}
        new = []
        for item in batch:
            if item.document.id not in seen:
                seen.add(item.document.id)
                new.append(item)
        counts = _write_extractions(con, new, run_id, ("documents", "sentences", "mentions", "events"))
    return replace(counts, duplicates=len(batch) - len(new))


def replace_extractions(con: duckdb.DuckDBPyConnection, batch: list[ExtractedDocument], run_id: str) -> LoadCounts:
    """Re-coding: swap the stored sentences, mentions and events of these documents atomically."""
    ids = [item.document.id for item in batch]
    with transaction(con):
        for table in ("sentences", "mentions", "events"):
            con.execute(f"delete from {table} where document_id in (select unnest(?))", [ids])
        return _write_extractions(con, batch, run_id, ("sentences", "mentions", "events"))


# How a repeated row updates what is stored: a URL seen again keeps its first_seen.
UPSERTS = {
    "seen_urls": "on conflict (url) do update set status = excluded.status, document_id = excluded.document_id, "
                 "etag = coalesce(excluded.etag, seen_urls.etag), "
                 "last_modified = coalesce(excluded.last_modified, seen_urls.last_modified), "
                 "last_checked = excluded.last_checked",
    "duplicates": "on conflict do nothing",
}


def record_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Bookkeeping rows (seen URLs, duplicates, polls) through a DataFrame, inside the caller's transaction."""
    if not rows:
        return
    frame = pd.DataFrame(rows).drop_duplicates(subset=["url"] if table == "seen_urls" else None, keep="last")
    con.register("incoming", frame)
    try:
        columns = ", ".join(frame.columns)
        con.execute(f"insert into {table} ({columns}) select {columns} from incoming {UPSERTS.get(table, '')}")
    finally:
        con.unregister("incoming")
