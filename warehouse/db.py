"""Connections: writers migrate the schema and hold the file only while loading; readers are read-only.

DuckDB lets one process write and locks out every other, readers included, so a reader that
meets a lock waits a little and then says the warehouse is busy.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb

MIGRATIONS = Path(__file__).parent / "migrations"
MODELS = Path(__file__).parent / "models"
CHECKS = Path(__file__).parent / "checks"
# Only json, parquet and icu are built in and nothing may be downloaded at run time.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


class WarehouseError(RuntimeError):
    """The warehouse cannot be opened or queried; the message says why and what to do."""


class WarehouseBusyError(WarehouseError):
    pass


def _open(path: Path, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=DUCKDB_CONFIG)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise WarehouseError(f"cannot open the warehouse {path}: {error}") from None
            if time.monotonic() >= deadline:
                raise WarehouseBusyError(
                    f"the warehouse {path} is busy: another wirecode process is loading it. Try again shortly."
                ) from None
            time.sleep(0.2)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the numbered migrations not applied yet, each in its own transaction; then the views."""
    con.execute(
        "create table if not exists schema_migrations "
        "(version integer primary key, name varchar not null, applied_at timestamptz not null)"
    )
    applied = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    done = []
    for script in sorted(MIGRATIONS.glob("[0-9][0-9][0-9]_*.sql")):
        version = int(script.name[:3])
        if version in applied:
            continue
        con.execute("begin transaction")
        try:
            con.execute(script.read_text(encoding="utf-8"))
            con.execute(
                "insert into schema_migrations values (?, ?, ?)", [version, script.stem, datetime.now(timezone.utc)]
            )
            con.execute("commit")
        except duckdb.Error:
            con.execute("rollback")
            raise
        done.append(script.stem)
    for model in sorted(MODELS.glob("*.sql")):
        con.execute(f"create or replace view {model.stem} as {model.read_text(encoding='utf-8')}")
    return done


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("select coalesce(max(version), 0) from schema_migrations").fetchone()[0]


@contextmanager
def writer(path: Path, wait_seconds: float = 60.0) -> Iterator[duckdb.DuckDBPyConnection]:
    """A migrated read-write connection, closed (and the file released) on exit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only=False, wait_seconds=wait_seconds)
    try:
        migrate(con)
        yield con
    finally:
        con.close()


@contextmanager
def reader(path: Path, wait_seconds: float = 5.0) -> Iterator[duckdb.DuckDBPyConnection]:
    if not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `wirecode run` first")
    con = _open(path, read_only=True, wait_seconds=wait_seconds)
    try:
        yield con
    finally:
        con.close()


def failed_checks(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Run the data tests in checks/ (each query returns the rows that break its rule); the
    name and row count of each one that fails."""
    failures = {}
    for check in sorted(CHECKS.glob("*.sql")):
        count = con.execute(f"select count(*) from ({check.read_text(encoding='utf-8')})").fetchone()[0]
        if count:
            failures[check.stem] = count
    return failures
