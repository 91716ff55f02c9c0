"""Shared fixtures: the spaCy pipeline and the real dictionaries, loaded once per test session."""

from __future__ import annotations

import os
import pytest

from tests.paths import PROJECT, SEED

# Tests never touch the developer's Prefect home or warehouse.
os.environ["WIRECODE_PREFECT_HOME"] = str(PROJECT / ".prefect-test")
os.environ["PREFECT_HOME"] = str(PROJECT / ".prefect-test")
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["WIRECODE_RETRY_DELAY_SECONDS"] = "0"  # retries still happen, without the wait


@pytest.fixture(scope="session")
def extractor():
    from config.settings import get_settings
    from transforms.extract import Extractor, load_dictionaries
    from transforms.nlp import load_pipeline

    settings = get_settings()
    return Extractor(load_pipeline(settings.spacy_model), load_dictionaries(settings.dictionaries))


@pytest.fixture(scope="session")
def seed_extraction(extractor):
    from transforms.normalize import normalize_document

    document = normalize_document(SEED.read_bytes(), str(SEED))
    return next(extractor.extract([document]))


@pytest.fixture
def code(extractor):
    """Code one short text published on the given date; returns its events."""
    from datetime import date

    from transforms.normalize import normalize_document

    def run(text: str, published: str = "2015-03-24"):
        document = normalize_document(text.encode(), "test.txt", min_english_ratio=0)
        from dataclasses import replace

        document = replace(document, published=date.fromisoformat(published))
        return next(extractor.extract([document]))

    return run


@pytest.fixture(scope="session")
def prefect():
    """One throwaway Prefect API for the whole session (it isolates the database; PREFECT_HOME is set above)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
