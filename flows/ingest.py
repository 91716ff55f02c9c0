"""The `ingest` flow: read the given files, folders and URLs, code them and load the warehouse."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow

from config.settings import get_settings
from flows.fetch import canonical_url
from flows.sources import Item, discover, is_url
from flows.tasks import RunSummary, code_and_load, new_fetcher, record_run
from warehouse import state


@flow(name="ingest", log_prints=True)
def ingest(inputs: list[str] | None = None, warehouse: str | None = None) -> RunSummary:
    """Read the inputs (files, folders, URLs; default: seeds/), code them and load the warehouse.
    A URL fetched by an earlier run is not fetched again."""
    settings = get_settings()
    started_at = datetime.now(timezone.utc)
    target = Path(warehouse) if warehouse else settings.warehouse
    locations = [canonical_url(x) if is_url(x) else x for x in discover(inputs or [str(settings.seeds)])]
    summary = RunSummary.start(locations)
    seen = state.seen_urls(target)
    items = [Item("cli", location) for location in locations if location not in seen]
    summary.documents_duplicate += len(locations) - len(items)
    with new_fetcher() as fetcher:
        code_and_load(items, fetcher, target, summary)
    record_run(target, summary, started_at)
    return summary
