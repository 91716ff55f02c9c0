"""The `wirecode` command line: read-only queries and the stable `extract` format."""

import json

import pytest

from flows.cli import main
from tests.paths import SEED
from warehouse.db import writer

EXTRACT_KEYS = {"id", "metadata", "actors", "events"}
METADATA_KEYS = {"title", "author", "date", "sitename", "url", "language"}
ACTOR_KEYS = {"text", "start", "end", "sentence_index", "name", "code", "country", "sector"}
EVENT_KEYS = {
    "sentence_index", "sentence", "source_code", "source_name", "target_code", "target_name", "cameo",
    "root_code", "quad_class", "goldstein", "plover", "plover_mode", "date", "date_precision", "negated",
    "modality",
}


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    with writer(path) as con:
        con.execute("insert into failures values ('r', 'a.txt', 'read', 'no such file', now())")
    return path


def test_query_prints_csv_and_json(warehouse, capsys):
    assert main(["query", "select source, reason from failures", "--format", "csv", "--warehouse", str(warehouse)]) == 0
    assert capsys.readouterr().out == "source,reason\na.txt,no such file\n"
    assert main(["query", "select source from failures", "--format", "json", "--warehouse", str(warehouse)]) == 0
    assert json.loads(capsys.readouterr().out) == [{"source": "a.txt"}]


def test_query_is_read_only(warehouse, capsys):
    assert main(["query", "delete from failures", "--warehouse", str(warehouse)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert main(["query", "select count(*) as n from failures", "--format", "csv", "--warehouse", str(warehouse)]) == 0
    assert capsys.readouterr().out == "n\n1\n"


def test_query_explains_bad_sql_and_a_missing_warehouse(tmp_path, warehouse, capsys):
    assert main(["query", "select nope from failures", "--warehouse", str(warehouse)]) == 2
    assert capsys.readouterr().err.startswith("wirecode: query failed: Binder Error")
    assert main(["query", "select 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "no warehouse at" in capsys.readouterr().err


def test_extract_prints_the_documented_record(capsys):
    assert main(["extract", str(SEED)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert set(record) == EXTRACT_KEYS
    assert set(record["metadata"]) == METADATA_KEYS
    assert record["metadata"]["author"] == "Doug Bandow"
    assert record["metadata"]["date"] == "2015-03-24"
    assert all(set(actor) == ACTOR_KEYS for actor in record["actors"])
    assert all(set(event) == EVENT_KEYS for event in record["events"])
    denounced = [e for e in record["events"] if e["cameo"] == "111" and e["source_code"] == "PRK"]
    assert [(e["target_code"], e["date"], e["date_precision"], e["modality"]) for e in denounced] == [
        ("RUS", "1991-01-01", "year", "asserted")
    ]


def test_extract_jsonl_keeps_each_id(tmp_path, capsys):
    lines = tmp_path / "in.jsonl"
    lines.write_text(
        json.dumps({"id": "a", "text": "Russia denounced Japan on Wednesday.", "date": "2015-03-24"}) + "\n"
        + json.dumps({"id": "b", "text": "Nothing happened.", "date": None}) + "\n"
    )
    assert main(["extract", "--jsonl", str(lines)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    [event] = records[0]["events"]
    assert (event["source_code"], event["target_code"], event["cameo"], event["date"], event["date_precision"]) == (
        "RUS", "JPN", "111", "2015-03-18", "day"
    )
    assert records[1]["events"] == []


def test_a_missing_model_or_bad_dictionary_stops_before_any_work(tmp_path, monkeypatch, capsys):
    from config.settings import get_settings

    monkeypatch.setattr(get_settings(), "spacy_model", "no_such_pipeline")
    assert main(["run", "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "'no_such_pipeline' is not installed" in capsys.readouterr().err
    assert main(["extract", str(SEED)]) == 2
    assert not (tmp_path / "w.duckdb").exists()
