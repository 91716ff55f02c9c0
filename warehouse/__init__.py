"""The DuckDB warehouse: numbered migrations, one view per file in models/, transactional loads."""
