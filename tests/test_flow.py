"""The real `ingest` flow on the seed, into a temporary warehouse, under a throwaway Prefect."""

import shutil
from datetime import date

import pytest

from tests.paths import SEED
from tests.stored import rows

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def loaded(prefect, tmp_path_factory):
    from flows.ingest import ingest

    folder = tmp_path_factory.mktemp("inputs")
    shutil.copy(SEED, folder / SEED.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(512))
    warehouse = tmp_path_factory.mktemp("warehouse") / "w.duckdb"
    inputs = [str(folder / SEED.name), str(folder / "empty.txt"), str(folder / "image.png"), str(folder / "missing.txt")]
    first = ingest(inputs=inputs, warehouse=str(warehouse))
    return warehouse, inputs, first


def test_the_seed_loads_and_bad_files_are_reported(loaded):
    warehouse, inputs, summary = loaded
    assert (summary.documents_new, summary.documents_duplicate, summary.documents_failed) == (1, 0, 3)
    assert sorted((source.rsplit("/", 1)[-1], stage, reason) for source, stage, reason in summary.failures) == [
        ("empty.txt", "normalize", "empty input"),
        ("image.png", "normalize", "binary content, not text or HTML"),
        ("missing.txt", "read", "no such file"),
    ]
    assert rows(warehouse, "select count(*) from failures") == [(3,)]


def test_the_seed_document_row_has_its_metadata(loaded):
    warehouse, _, _ = loaded
    assert rows(warehouse, "select title, author, sitename, published, language from documents") == [(
        "Russia and North Korea Play Nice: Vladimir Putin's Ukrainian Dance With Kim Jong-un",
        "Doug Bandow", "The Huffington Post", date(2015, 3, 24), "en",
    )]


def test_the_seed_events_include_the_plain_cases(loaded):
    warehouse, _, _ = loaded
    found = set(rows(warehouse, "select source_code, target_code, cameo, event_date, date_precision from events"))
    assert ("PRK", "RUS", "111", date(1991, 1, 1), "year") in found
    assert ("RUSGOV", "PRKGOV", "040", date(2011, 1, 1), "year") in found
    assert ("CHN", "PRKGOV", "120", date(2015, 3, 24), "publication") in found


def test_boilerplate_yields_no_events_and_nothing_material_and_recent_is_asserted(loaded):
    warehouse, _, _ = loaded
    assert rows(warehouse, """
        select count(*) from events join sentences using (document_id, sentence_index) where is_boilerplate
    """) == [(0,)]
    assert rows(warehouse, "select count(*) from sentences where is_boilerplate") == [(3,)]
    assert rows(warehouse, """
        select count(*) from events
        where quad_class = 4 and modality = 'asserted' and not negated and event_date > date '2000-12-31'
    """) == [(0,)]


def test_running_twice_adds_nothing(loaded):
    from flows.ingest import ingest

    warehouse, inputs, first = loaded
    tables = ["documents", "sentences", "mentions", "actors", "events"]
    before = {t: rows(warehouse, f"select count(*) from {t}")[0][0] for t in tables}
    second = ingest(inputs=inputs, warehouse=str(warehouse))
    after = {t: rows(warehouse, f"select count(*) from {t}")[0][0] for t in tables}
    assert (second.documents_new, second.documents_duplicate, second.events) == (0, 1, 0)
    assert after == before
    assert before["documents"] == 1 and before["events"] == first.events > 0
    assert rows(warehouse, "select count(*), count(distinct run_id) from runs") == [(2, 2)]


def test_recode_swaps_in_the_events_of_an_edited_dictionary(loaded, tmp_path, monkeypatch):
    from config.settings import get_settings
    from flows.recode import recode

    warehouse, _, _ = loaded
    edited = tmp_path / "config"
    shutil.copytree(get_settings().dictionaries, edited, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    patterns = edited / "events" / "verb_patterns.tsv"
    patterns.write_text("".join(line for line in patterns.read_text().splitlines(keepends=True)
                                if not line.startswith("denounce\t")))
    monkeypatch.setattr(get_settings(), "dictionaries", edited)
    kept = set(rows(warehouse, "select event_id from events where pattern_id <> 'denounce'"))
    counts = recode(warehouse=str(warehouse))
    assert counts.documents == 1
    assert rows(warehouse, "select count(*) from events where pattern_id = 'denounce'") == [(0,)]
    assert kept <= set(rows(warehouse, "select event_id from events"))  # the other events stay as they were
    assert rows(warehouse, "select count(*) from documents") == [(1,)]


def test_the_loaded_warehouse_passes_its_data_tests(loaded, capsys):
    from flows.cli import main

    warehouse, _, _ = loaded
    assert main(["check", "--warehouse", str(warehouse)]) == 0
    assert capsys.readouterr().out.strip().endswith("7 checks passed, 0 failed")
