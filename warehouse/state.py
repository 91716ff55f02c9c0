"""What earlier runs left that a new run must know: documents held, their fingerprints, URLs seen,
and feed validators. Read with a short-lived read-only connection."""

from __future__ import annotations

from pathlib import Path

from warehouse.db import reader


def _stored_rows(path: Path, table: str, sql: str) -> list[tuple]:
    """Rows of a read-only query; none when the warehouse or the table does not exist yet."""
    if not path.exists():
        return []
    with reader(path, wait_seconds=60.0) as con:
        tables = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
        return con.execute(sql).fetchall() if table in tables else []


def fingerprints(path: Path) -> dict[str, int]:
    """document_id → SimHash of every stored document."""
    rows = _stored_rows(path, "documents", "select document_id, simhash from documents where simhash is not null")
    return {document_id: int(value) for document_id, value in rows}


def seen_urls(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    """url → (status, etag, last_modified) for every URL fetched before."""
    rows = _stored_rows(path, "seen_urls", "select url, status, etag, last_modified from seen_urls")
    return {url: (status, etag, modified) for url, status, etag, modified in rows}
