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


def _ready_to_code() -> bool:
    """Load the model and dictionaries before a flow starts, so a missing model or a malformed
    dictionary row is one clear message, not a failed run."""
    from transforms.extract import load_dictionaries
    from transforms.knowledge import DictionaryError
    from transforms.nlp import ModelNotFoundError, load_pipeline

    settings = get_settings()
    try:
        load_pipeline(settings.spacy_model)
        load_dictionaries(settings.dictionaries)
    except (ModelNotFoundError, DictionaryError) as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return False
    return True


def _print_table(rows: list[tuple[str, object]]) -> None:
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value:>8}")


def command_run(args: argparse.Namespace) -> int:
    if not _ready_to_code():
        return 2
    _prepare_prefect()
    from flows.ingest import ingest

    _print_summary(ingest(inputs=args.inputs or None, warehouse=args.warehouse))
    return 0


def _print_summary(summary) -> None:
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


def command_check(args: argparse.Namespace) -> int:
    from warehouse.db import CHECKS, WarehouseError, failed_checks, reader

    settings = get_settings()
    path = Path(args.warehouse) if args.warehouse else settings.warehouse
    try:
        with reader(path, wait_seconds=settings.busy_timeout_seconds) as con:
            failures = failed_checks(con)
    except WarehouseError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 2
    for name, count in failures.items():
        print(f"  FAIL  {name}: {count} rows (query: {CHECKS / name}.sql)")
    print(f"{len(list(CHECKS.glob('*.sql'))) - len(failures)} checks passed, {len(failures)} failed")
    return 1 if failures else 0


def command_extract(args: argparse.Namespace) -> int:
    from transforms.extract import Extractor, load_dictionaries
    from transforms.nlp import load_pipeline
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
    if not _ready_to_code():
        return 2
    extractor = Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))
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


def command_add(args: argparse.Namespace) -> int:
    from flows.sources import RegistryError, Source, guess_kind, load_registry, save_registry, source_name, validate
    from flows.tasks import new_fetcher

    settings = get_settings()
    try:
        sources = load_registry(settings.sources_file)
        if args.kind is None:
            with new_fetcher() as fetcher:
                kind = guess_kind(args.location, fetcher)
        else:
            kind = args.kind
        name = args.name or source_name(args.location, {s.name for s in sources})
        if any(s.name == name for s in sources):
            raise RegistryError(f"a source named {name!r} exists already")
        source = Source(name, kind, args.location, args.every, args.cron, args.limit, args.delay, args.language)
        validate(source)
    except RegistryError as error:
        print(f"wirecode: {error}", file=sys.stderr)
        return 2
    save_registry(settings.sources_file, [*sources, source])
    schedule = source.every and f"every {source.every}" or source.cron and f"cron {source.cron}" or "unscheduled"
    print(f"added {name} ({kind}, {schedule}) to {settings.sources_file}")
    return 0


def command_sources(args: argparse.Namespace) -> int:
    from flows.sources import load_registry
    from warehouse.db import WarehouseError, reader

    settings = get_settings()
    path = Path(args.warehouse) if args.warehouse else settings.warehouse
    polls: dict[str, tuple] = {}
    try:
        with reader(path, wait_seconds=settings.busy_timeout_seconds) as con:
            polls = {row[0]: row[1:] for row in con.sql(LAST_POLLS).fetchall()}
    except WarehouseError:
        pass  # never polled: the registry alone is shown
    rows = [("name", "kind", "schedule", "last poll", "status", "seen", "new", "failed", "location")]
    for source in load_registry(settings.sources_file):
        schedule = source.every or source.cron or "-"
        polled_at, status, seen, new, failed = polls.get(source.name, (None, "never", 0, 0, 0))
        when = polled_at.strftime("%Y-%m-%d %H:%M") if polled_at else "-"
        rows.append((source.name, source.kind, schedule, when, status, seen, new, failed, source.location))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


LAST_POLLS = """
    select source, last(polled_at order by polled_at), last(status order by polled_at),
           sum(items_seen), sum(items_new), sum(items_failed)
    from source_polls group by source
"""


def command_remove(args: argparse.Namespace) -> int:
    from flows.sources import load_registry, save_registry

    settings = get_settings()
    sources = load_registry(settings.sources_file)
    kept = [s for s in sources if s.name != args.name]
    if len(kept) == len(sources):
        print(f"wirecode: no source named {args.name!r}", file=sys.stderr)
        return 2
    save_registry(settings.sources_file, kept)
    print(f"removed {args.name}; what it loaded stays in the warehouse")
    return 0


def command_poll(args: argparse.Namespace) -> int:
    if not _ready_to_code():
        return 2
    _prepare_prefect()
    from flows.poll import poll

    summary = poll(sources=args.names or None, warehouse=args.warehouse)
    _print_summary(summary)
    return 0


def command_serve(args: argparse.Namespace) -> int:
    _prepare_prefect()
    from flows.serve import serve

    settings = get_settings()
    return serve(Path(args.registry or settings.sources_file), Path(args.warehouse or settings.warehouse))


def command_recode(args: argparse.Namespace) -> int:
    if not _ready_to_code():
        return 2
    _prepare_prefect()
    from flows.recode import recode

    counts = recode(warehouse=args.warehouse)
    print(f"recoded {counts.documents} documents: {counts.sentences} sentences, "
          f"{counts.mentions} actor mentions, {counts.events} events")
    return 0


def command_actors_import(args: argparse.Namespace) -> int:
    from transforms.knowledge import load_actor_dictionary
    from transforms.petrarch import PEOPLE_COLUMNS, parse_actor_dictionary, people_rows

    settings = get_settings()
    folder = settings.dictionaries / "actors"
    actors, problems = parse_actor_dictionary(args.file.read_text(encoding="utf-8", errors="replace"))
    rows, skipped = people_rows(actors, set(load_actor_dictionary(folder).countries))
    target = folder / f"people-{args.file.stem.lower().replace('.', '-')}.tsv"
    lines = ["\t".join(PEOPLE_COLUMNS)] + ["\t".join(row) for row in rows]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"imported {len(actors)} actors as {len(rows)} rows into {target}")
    for message in problems + skipped:
        print(f"  skipped {message}")
    return 0


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

    check = commands.add_parser("check", help="run the warehouse data tests (warehouse/checks/*.sql)")
    check.add_argument("--warehouse")
    check.set_defaults(handler=command_check)

    extract = commands.add_parser("extract", help="code text without the warehouse; one JSON object per document")
    extract.add_argument("file", nargs="?", metavar="FILE|-")
    extract.add_argument("--date", help="publication date YYYY-MM-DD (relative dates resolve against it)")
    extract.add_argument("--jsonl", metavar="FILE", help='input lines {"id", "text", "date"}; - for stdin')
    extract.set_defaults(handler=command_extract)

    add = commands.add_parser("add", help="register a file, folder, URL, feed or sitemap as a source")
    add.add_argument("location", metavar="PATH|URL")
    add.add_argument("--name", help="default: made from the location")
    add.add_argument("--kind", help="file, folder, url, feed or sitemap (default: detected)")
    schedule = add.add_mutually_exclusive_group()
    schedule.add_argument("--every", help="poll interval, e.g. 30m, 2h, 1d")
    schedule.add_argument("--cron", help='cron schedule, e.g. "0 3 * * *"')
    add.add_argument("--limit", type=int, help="items read per poll")
    add.add_argument("--delay", type=float, help="seconds between requests to the host")
    add.add_argument("--language", help="language of the source's articles (only en is coded)")
    add.set_defaults(handler=command_add)

    listing = commands.add_parser("sources", help="list sources with their last poll")
    listing.add_argument("--warehouse")
    listing.set_defaults(handler=command_sources)

    remove = commands.add_parser("remove", help="unregister a source (what it loaded stays)")
    remove.add_argument("name")
    remove.set_defaults(handler=command_remove)

    poll = commands.add_parser("poll", help="poll registered sources once (default: all)")
    poll.add_argument("names", nargs="*", metavar="NAME")
    poll.add_argument("--warehouse")
    poll.set_defaults(handler=command_poll)

    serving = commands.add_parser("serve", help="poll each scheduled source on its schedule until stopped")
    serving.add_argument("--registry", help="source registry (default: config/sources.toml)")
    serving.add_argument("--warehouse")
    serving.set_defaults(handler=command_serve)

    recode = commands.add_parser("recode", help="code every stored document again with the current dictionaries")
    recode.add_argument("--warehouse")
    recode.set_defaults(handler=command_recode)

    actors = commands.add_parser("actors", help="actor dictionaries").add_subparsers(dest="action", required=True)
    importing = actors.add_parser("import", help="import a PETRARCH/Phoenix actor dictionary into config/actors/")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=command_actors_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
