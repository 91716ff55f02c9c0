"""The `recode` flow: code the stored documents again after a dictionary change.

Documents are read with a read-only connection and coded outside any transaction; each batch's
sentences, mentions and events are then swapped in one transaction, so a reader sees either the
old coding or the new, never a mix.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from prefect import flow, get_run_logger

from config.settings import get_settings
from flows.tasks import extract_batch
from transforms.records import NormalizedDocument
from warehouse.db import reader, writer
from warehouse.load import LoadCounts, replace_extractions

DOCUMENT_COLUMNS = (
    "document_id, source, text, url, title, author, sitename, published, language, content_type, "
    "raw_sha256, text_sha256, boilerplate, simhash"
)


def stored_documents(path: Path) -> list[NormalizedDocument]:
    with reader(path, wait_seconds=60.0) as con:
        rows = con.execute(f"select {DOCUMENT_COLUMNS} from documents order by document_id").fetchall()
    return [
        NormalizedDocument(
            id=row[0], source=row[1], text=row[2], url=row[3], title=row[4], author=row[5], sitename=row[6],
            published=row[7], language=row[8], content_type=row[9], raw_sha256=row[10], text_sha256=row[11],
            boilerplate=tuple(tuple(r) for r in json.loads(row[12])), simhash=int(row[13] or 0),
        )
        for row in rows
    ]


@flow(name="recode", log_prints=True)
def recode(warehouse: str | None = None) -> LoadCounts:
    """Re-code every stored document with the current dictionaries and model."""
    settings = get_settings()
    target = Path(warehouse) if warehouse else settings.warehouse
    documents = stored_documents(target)
    run_id = f"recode-{uuid.uuid4()}"
    totals = LoadCounts()
    for start in range(0, len(documents), settings.batch_size):
        extracted = extract_batch(documents[start : start + settings.batch_size])
        with writer(target) as con:
            counts = replace_extractions(con, extracted, run_id)
        totals = totals + counts
    get_run_logger().info("recoded %d documents: %d events", totals.documents, totals.events)
    return totals
