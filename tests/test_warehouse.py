from dataclasses import replace
from datetime import date

import duckdb
import pytest

from transforms.records import Actor, Event, ExtractedDocument, Mention, NormalizedDocument, Sentence
from warehouse.db import WarehouseBusyError, WarehouseError, migrate, reader, schema_version, writer
from warehouse.load import load_documents, replace_extractions
from warehouse.state import fingerprints

RUS = Actor("state:rus", "Russia", "RUS", "RUS", None, "state")
PRK = Actor("state:prk", "North Korea", "PRK", "PRK", None, "state")


def extracted(text="North Korea denounced Moscow in 1991.", doc_id="d1") -> ExtractedDocument:
    document = NormalizedDocument(id=doc_id, source="t.txt", text=text, published=date(2015, 3, 24),
                                  text_sha256="x", raw_sha256="y")
    event = Event(
        sentence_index=0, sentence=text, source=PRK, target=RUS, cameo="111", root_code="11", quad_class=3,
        goldstein=-2.0, plover="ACCUSE", plover_mode="disapprove", date=date(1991, 1, 1), date_precision="year",
        negated=False, modality="asserted", pattern_id="denounce", verb_start=12, verb_end=21, source_start=0,
        source_end=11, target_start=22, target_end=28,
    )
    return ExtractedDocument(
        document,
        sentences=[Sentence(0, 0, len(text), text)],
        mentions=[Mention("North Korea", 0, 11, 0, PRK, "dictionary"), Mention("Moscow", 22, 28, 0, RUS, "dictionary")],
        events=[event],
    )


def counts(con):
    return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("documents", "sentences", "mentions", "actors", "events")}


def test_migrations_create_the_tables_and_record_their_version(tmp_path):
    with writer(tmp_path / "w.duckdb") as con:
        assert schema_version(con) == 4
        assert migrate(con) == []  # applying again does nothing
        tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
    assert {"runs", "documents", "sentences", "mentions", "actors", "events", "failures", "event_daily"} <= tables


def test_loading_twice_adds_nothing(tmp_path):
    path = tmp_path / "w.duckdb"
    with writer(path) as con:
        first = load_documents(con, [extracted()], "run-1")
        second = load_documents(con, [extracted()], "run-2")
        assert (first.documents, first.events, first.mentions) == (1, 1, 2)
        assert (second.documents, second.duplicates, second.events) == (0, 1, 0)
        assert counts(con) == {"documents": 1, "sentences": 1, "mentions": 2, "actors": 2, "events": 1}
        row = con.execute("select source_code, target_code, cameo, event_date, date_precision from events").fetchone()
    assert row == ("PRK", "RUS", "111", date(1991, 1, 1), "year")
    assert set(fingerprints(path)) == {"d1"}


def test_a_failing_batch_leaves_nothing_half_written(tmp_path):
    bad = extracted(doc_id="d2")
    bad.events.append(bad.events[0])  # same event twice would be fine; a NULL in a NOT NULL column is not
    bad.sentences.append(Sentence(0, 0, 1, None))  # type: ignore[arg-type]
    with writer(tmp_path / "w.duckdb") as con:
        load_documents(con, [extracted()], "run-1")
        with pytest.raises(duckdb.Error):
            load_documents(con, [bad], "run-2")
        assert counts(con) == {"documents": 1, "sentences": 1, "mentions": 2, "actors": 2, "events": 1}


def test_recoding_replaces_a_documents_events(tmp_path):
    with writer(tmp_path / "w.duckdb") as con:
        load_documents(con, [extracted()], "run-1")
        recoded = extracted()
        recoded.events.clear()
        replace_extractions(con, [recoded], "run-2")
        assert counts(con)["events"] == 0
        assert counts(con)["documents"] == 1


def test_the_daily_view_counts_mentions_documents_and_sources(tmp_path):
    with writer(tmp_path / "w.duckdb") as con:
        load_documents(con, [extracted(), extracted("North Korea denounced Moscow in 1991 again.", "d2")], "r")
        row = con.execute("select source_code, target_code, cameo, num_mentions, num_documents, num_sources "
                          "from event_daily").fetchall()
    assert row == [("PRK", "RUS", "111", 2, 2, 1)]


@pytest.mark.parametrize("side, code, daily_row, breaking_update", [
    # PLOVER's target is optional: "rebels surrendered"
    ("target", "0874", ("PRK", None, 1), "update events set target_code = 'RUS'"),
    # force whose user is unnamed has no source: "killed in a car bombing"
    ("source", "183", (None, "RUS", 1), "update events set target_code = null, target_actor_id = null, "
                                        "target_name = null, target_start = null, target_end = null"),
])
def test_an_event_missing_one_side_loads_with_null_in_its_columns(tmp_path, side, code, daily_row, breaking_update):
    from warehouse.db import failed_checks

    document = extracted("North Korea surrendered in 1991.")
    document.events[0] = replace(document.events[0], **{side: None, f"{side}_start": None, f"{side}_end": None},
                                 cameo=code, root_code=code[:2])
    with writer(tmp_path / "w.duckdb") as con:
        load_documents(con, [document], "run-1")
        row = con.execute(f"select {side}_actor_id, {side}_code, {side}_start, cameo from events").fetchone()
        daily = con.execute("select source_code, target_code, num_mentions from event_daily").fetchall()
        assert failed_checks(con) == {}
        con.execute(breaking_update)  # half a side, or no side at all
        assert failed_checks(con) == {"event_sides_are_whole": 1}
    assert row == (None, None, None, code)
    assert daily == [daily_row]


def test_readers_are_read_only_and_a_missing_warehouse_is_explained(tmp_path):
    with pytest.raises(WarehouseError, match="no warehouse at"):
        with reader(tmp_path / "missing.duckdb"):
            pass
    path = tmp_path / "w.duckdb"
    with writer(path):
        pass
    with reader(path) as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("create table x (a int)")


def test_a_reader_waits_then_reports_a_busy_warehouse(tmp_path):
    import subprocess
    import sys
    import textwrap

    path = tmp_path / "w.duckdb"
    with writer(path):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("locked", flush=True)
            time.sleep(30)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WarehouseBusyError, match="is busy"):
            with reader(path, wait_seconds=0.5):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_a_data_test_reports_the_rows_that_break_its_rule(tmp_path):
    from warehouse.db import failed_checks

    with writer(tmp_path / "w.duckdb") as con:
        load_documents(con, [extracted()], "run-1")
        assert failed_checks(con) == {}
        con.execute("update sentences set is_boilerplate = true")
        con.execute("update events set modality = 'certain'")
        assert failed_checks(con) == {"boilerplate_is_never_coded": 1, "event_attributes_are_valid": 1}
