"""Polling registered sources over real HTTP on 127.0.0.1: feeds, sitemaps, copies and failures."""

import pytest

from flows.sources import Source, save_registry
from tests.stored import rows
from tests.web import NewsSite, running_site

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def site():
    with running_site() as base:
        yield base


@pytest.fixture(scope="module")
def polled(prefect, site, tmp_path_factory):
    from flows.poll import poll

    folder = tmp_path_factory.mktemp("poll")
    registry = folder / "sources.toml"
    save_registry(registry, [
        Source("wire-rss", "feed", f"{site}/rss.xml", every="30m", delay=0),
        Source("wire-atom", "feed", f"{site}/atom.xml", delay=0),
        Source("wire-map", "sitemap", f"{site}/sitemap.xml", delay=0),
        Source("broken", "feed", f"{site}/broken.xml", delay=0),
        Source("down", "feed", f"{site}/error", delay=0),
    ])
    warehouse = folder / "w.duckdb"
    first = poll(warehouse=str(warehouse), registry=str(registry))
    requests_first = list(NewsSite.requests)
    NewsSite.requests.clear()
    second = poll(warehouse=str(warehouse), registry=str(registry))
    return warehouse, first, second, requests_first, list(NewsSite.requests)


def test_each_source_loads_exactly_its_new_articles(polled):
    warehouse, first, *_ = polled
    assert rows(warehouse, "select title from documents order by title") == [
        ("China and Japan hold talks",), ("Japan sends aid",), ("Putin meets Park",), ("Russia imposes sanctions on Ukraine",),
    ]
    assert first.documents_new == 4
    assert rows(warehouse, f"select source, status, items_seen, items_new, items_failed from source_polls "
                           f"where run_id = '{first.run_id}' order by source") == [
        ("broken", "failed", 0, 0, 1), ("down", "failed", 0, 0, 1), ("wire-atom", "ok", 2, 1, 0),
        ("wire-map", "ok", 2, 1, 0), ("wire-rss", "ok", 6, 2, 3),
    ]


def test_a_syndicated_copy_is_recorded_as_a_duplicate_and_not_coded_again(polled):
    warehouse, *_ = polled
    [(kind, sitename, original_title)] = rows(warehouse, """
        select kind, duplicates.sitename, documents.title
        from duplicates join documents on documents.document_id = duplicates.duplicate_of
    """)
    assert (kind, sitename, original_title) == ("near", "Other Times", "China and Japan hold talks")
    assert rows(warehouse, "select distinct num_sources from event_daily where source_code = 'CHN' and cameo like '04%'") == [(2,)]


def test_each_failure_is_recorded_with_its_reason(polled):
    warehouse, *_ = polled
    reasons = dict(rows(warehouse, "select regexp_replace(source, 'http://[^/]+', ''), reason from failures"))
    assert reasons == {
        "/news/missing.html": "HTTP 404 Not Found",
        "/error": "HTTP 503 Service Unavailable",
        "/image.png": "binary content (image/png)",
        "/broken.xml": reasons["/broken.xml"],
    }
    assert reasons["/broken.xml"].startswith("malformed feed")


def test_a_second_poll_fetches_nothing_new(polled):
    warehouse, first, second, requests_first, requests_second = polled
    assert second.documents_new == 0
    assert rows(warehouse, "select count(*) from documents") == [(4,)]
    # Unchanged feeds answer 304; articles already loaded are not requested again.
    assert not any(path.startswith("/news/") and path != "/news/missing.html" for path in requests_second)
    assert rows(warehouse, """
        select source, status from source_polls where run_id = (select run_id from runs order by started_at desc limit 1)
        and source like 'wire%' order by source
    """) == [("wire-atom", "unchanged"), ("wire-map", "unchanged"), ("wire-rss", "unchanged")]
