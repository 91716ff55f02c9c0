"""What earlier runs left that a new run must know: documents held, their fingerprints, URLs seen,
and feed validators. Read with a short-lived read-only connection."""

from __future__ import annotations

from pathlib import Path

from warehouse.db import reader


def _tables(con) -> set[str]:
    return {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}


def fingerprints(path: Path) -> dict[str, int]:
    """document_id → SimHash of every stored document."""
    if not path.exists():
        return {}
    with reader(path, wait_seconds=60.0) as con:
        if "documents" not in _tables(con):
            return {}
        rows = con.execute("select document_id, simhash from documents where simhash is not null").fetchall()
    return {document_id: int(value) for document_id, value in rows}


def seen_urls(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    """url → (status, etag, last_modified) for every URL fetched before."""
    if not path.exists():
        return {}
    with reader(path, wait_seconds=60.0) as con:
        if "seen_urls" not in _tables(con):
            return {}
        rows = con.execute("select url, status, etag, last_modified from seen_urls").fetchall()
    return {url: (status, etag, modified) for url, status, etag, modified in rows}
