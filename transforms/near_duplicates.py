"""Near duplicates: the same wire story syndicated with a new first line or a few edited words.

A document's id is the hash of its exact text, so such copies get different ids; a SimHash
fingerprint (Charikar) of its word 3-grams differs in only a few bits, and finds them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 3


def simhash(text: str, bits: int = 64) -> int:
    """The SimHash of the lowercased text's word 3-grams, each weighted by how often it occurs.
    blake2b, not Python's hash(): that one is salted per process, and fingerprints are stored."""
    if bits % 8 or not 8 <= bits <= 512:
        raise ValueError(f"bits must be a multiple of 8 from 8 to 512, not {bits}")
    words = WORD.findall(text.lower())
    if not words:
        return 0
    # A text shorter than a shingle is one shingle of all its words.
    starts = range(max(1, len(words) - SHINGLE_WORDS + 1))
    shingles = Counter(" ".join(words[start : start + SHINGLE_WORDS]) for start in starts)
    weights = [0] * bits
    for shingle, count in shingles.items():
        digest = int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=bits // 8).digest(), "big")
        for bit in range(bits):
            weights[bit] += count if digest >> bit & 1 else -count
    return sum(1 << bit for bit, weight in enumerate(weights) if weight > 0)


def hamming(a: int, b: int) -> int:
    """How many bits two fingerprints differ in."""
    return (a ^ b).bit_count()


def find_near_duplicate(fingerprint: int, known: Mapping[str, int], max_distance: int) -> tuple[str, int] | None:
    """(id, distance) of the closest known document within max_distance, the smallest id on a tie.
    A linear scan: fine for tens of thousands of fingerprints; beyond that, index by bit bands."""
    closest = min(((hamming(fingerprint, other), key) for key, other in known.items()), default=None)
    if closest is None or closest[0] > max_distance:
        return None
    distance, document_id = closest
    return document_id, distance
