"""Where the tests find the project's seed and the shared evaluation data."""

from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEED = PROJECT / "seeds" / "000_4cb0cea3f56a728e.txt"
