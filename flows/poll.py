"""The `poll` flow: ask each registered source what is new, then code and load it.

Feeds and sitemaps are fetched conditionally (ETag / Last-Modified); an item URL fetched once is
never fetched again. Each source's poll is recorded with its counts and, if it failed, why.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from config.settings import get_settings
from flows.fetch import FetchError, Fetcher
from flows.sources import Item, Source, list_items, load_registry
from flows.tasks import RETRIES, RunSummary, code_and_load, new_fetcher, record_run, seen_row
from transforms.feeds import FeedError
from warehouse import state


@task(**RETRIES, cache_policy=NONE)
def items_of(source: Source, fetcher: Fetcher, validators: tuple[str | None, str | None]):
    return list_items(source, fetcher, get_settings().max_items_per_poll, validators)


@flow(name="poll", log_prints=True)
def poll(sources: list[str] | None = None, warehouse: str | None = None, registry: str | None = None) -> RunSummary:
    """Poll the named sources of the registry (default: config/sources.toml, all sources) once."""
    settings = get_settings()
    started_at = datetime.now(timezone.utc)
    target = Path(warehouse) if warehouse else settings.warehouse
    declared = load_registry(Path(registry) if registry else settings.sources_file)
    chosen = [s for s in declared if not sources or s.name in sources]
    summary = RunSummary.start([s.name for s in chosen])
    seen = state.seen_urls(target)
    for source in chosen:
        polled_at = datetime.now(timezone.utc)
        validators = seen.get(source.location, (None, None, None))[1:]
        failed_before, new_before = len(summary.failures), summary.documents_new
        try:
            with new_fetcher(source.delay) as fetcher:
                listed, new_validators = items_of(source, fetcher, validators)
                fresh = [i for i in listed if i.location not in seen]
                code_and_load(fresh, fetcher, target, summary)
                seen.update({row["url"]: (row["status"], None, None) for row in summary.seen})
        except (FetchError, FeedError) as error:
            summary.failures.append((source.location, "poll", str(error)))
            summary.polls.append(poll_row(summary, source, polled_at, "failed", 0, 0, 1, str(error)))
            get_run_logger().warning("source %s failed: %s", source.name, error)
            continue
        if source.kind in ("feed", "sitemap"):
            summary.seen.append(seen_row(Item(source.name, source.location), "feed", None, polled_at, *new_validators))
        failed = len(summary.failures) - failed_before
        status = "unchanged" if not listed and new_validators != (None, None) else "ok"
        new = summary.documents_new - new_before
        summary.polls.append(poll_row(summary, source, polled_at, status, len(listed), new, failed))
    record_run(target, summary, started_at)
    return summary


def poll_row(summary, source, polled_at, status, seen, new, failed, reason=None) -> dict:
    return {"run_id": summary.run_id, "source": source.name, "polled_at": polled_at, "status": status,
            "items_seen": seen, "items_new": new, "items_failed": failed, "reason": reason}
