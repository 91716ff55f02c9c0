"""`wirecode`: run the pipeline, query the warehouse, code text, re-code stored documents."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from datetime import date
from pathlib import Path

from config.settings import get_settings


def _prepare_prefect() -> None:
    """Prefect reads its settings at import: point it at the project's home before that."""
    settings = get_settings()
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _print_table(rows: list[tuple[str, object]]) -> None:
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value:>8}")


def command_run(args: argparse.Namespace) -> int:
    _prepare_prefect()
    from flows.ingest import ingest

    summary = ingest(inputs=args.inputs or None, warehouse=args.warehouse)
    print(f"wirecode run {summary.run_id}")
    _print_table([
        ("documents new", summary.documents_new),
        ("documents duplicate", summary.documents_duplicate),
        ("documents failed", summary.documents_failed),
        ("sentences", summary.sentences),
        ("actor mentions", summary.mentions),
        ("events", summary.events),
    ])
    for source, stage, reason in summary.failures:
        print(f"  failed  {source}  [{stage}] {reason}")
    return 0


def command_query(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import WarehouseError, reader

    settings = get_settings()
    path = Path(args.warehouse) if args.warehouse else settings.warehouse
    try:
        with reader(path, wait_seconds=settings.busy_timeout_seconds) as con:
            relation = con.sql(args.sql)
            if relation is None:
                return 0
            if args.format == "table":
                relation.show(max_rows=args.max_rows, max_width=10_000)
                return 0
            columns = relation.columns
            rows = relation.fetchall()
    except WarehouseError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 2
    except duckdb.Error as error:
        print(f"wirecode: query failed: {error}", file=sys.stderr)
        return 2
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        records = [dict(zip(columns, row)) for row in rows]
        print(json.dumps(records, indent=2, ensure_ascii=False, default=_json_value))
    return 0


def _json_value(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def command_extract(args: argparse.Namespace) -> int:
    from transforms.extract import Extractor, load_dictionaries
    from transforms.nlp import ModelNotFoundError, load_pipeline
    from transforms.normalize import NormalizeError, normalize_document

    settings = get_settings()
    published = date.fromisoformat(args.date) if args.date else None
    items: list[tuple[str | None, bytes, str, date | None]] = []
    if args.jsonl:
        stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        with stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                day = date.fromisoformat(record["date"]) if record.get("date") else published
                items.append((str(record.get("id", number)), record["text"].encode("utf-8"), f"jsonl:{number}", day))
    else:
        source = args.file or "-"
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        items.append((None, raw, source, published))
    try:
        extractor = Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))
    except ModelNotFoundError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 2
    documents, ids = [], []
    for given_id, raw, source, day in items:
        try:
            document = normalize_document(raw, source, max_bytes=settings.max_document_bytes,
                                          min_english_ratio=0 if args.jsonl else settings.min_english_ratio)
        except NormalizeError as error:
            print(json.dumps({"id": given_id, "error": str(error)}))
            continue
        if day is not None:
            document = _with_date(document, day)
        documents.append(document)
        ids.append(given_id)
    for given_id, extracted in zip(ids, extractor.extract(documents, batch_size=settings.batch_size)):
        record = extracted.as_json()
        if given_id is not None:
            record["id"] = given_id
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _with_date(document, day: date):
    from dataclasses import replace

    return replace(document, published=day)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirecode", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the ingest flow over files, folders or URLs (default: seeds/)")
    run.add_argument("inputs", nargs="*", metavar="PATH|URL")
    run.add_argument("--warehouse", help="DuckDB file (default: warehouse/wirecode.duckdb)")
    run.set_defaults(handler=command_run)

    query = commands.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql")
    query.add_argument("--format", choices=["table", "csv", "json"], default="table")
    query.add_argument("--max-rows", type=int, default=100, help="rows shown in table format")
    query.add_argument("--warehouse")
    query.set_defaults(handler=command_query)

    extract = commands.add_parser("extract", help="code text without the warehouse; one JSON object per document")
    extract.add_argument("file", nargs="?", metavar="FILE|-")
    extract.add_argument("--date", help="publication date YYYY-MM-DD (relative dates resolve against it)")
    extract.add_argument("--jsonl", metavar="FILE", help='input lines {"id", "text", "date"}; - for stdin')
    extract.set_defaults(handler=command_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
