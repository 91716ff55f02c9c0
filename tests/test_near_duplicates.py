import hashlib

import pytest

from transforms.near_duplicates import find_near_duplicate, hamming, simhash
from transforms.normalize import normalize_document

from tests.paths import SEED

UNRELATED = (
    "Maternity pay for new mothers is to rise by 1,400 pounds as part of new proposals announced by the Trade "
    "and Industry Secretary on Sunday. The plans would see statutory maternity pay increase from 100 pounds a "
    "week to 106 pounds, and mothers could take the full nine months of paid leave from next April. Business "
    "groups said the change would add to the costs of small firms, which already struggle to cover staff on "
    "leave. Unions welcomed the move but said fathers should be given more time off as well. The secretary told "
    "a conference in Manchester that the government wanted families to have more choice about how they "
    "balance work and caring, and that employers would be reimbursed for most of the extra cost through the "
    "existing tax rebate scheme. Ministers expect the proposals to be included in the next budget."
)


@pytest.fixture(scope="module")
def article():
    """The seed's first five paragraphs: 303 words of a real opinion piece."""
    text = normalize_document(SEED.read_bytes(), str(SEED)).text
    return "\n\n".join(text.split("\n\n")[:5])


def test_the_fingerprint_is_the_same_in_every_process():
    assert simhash("Russia and North Korea make up the latest international odd couple.") == 4467019418519443508


def test_case_and_punctuation_do_not_change_the_fingerprint():
    assert simhash("RUSSIA and North Korea -- make up the latest odd couple!") == simhash(
        "Russia and north korea make up the latest odd couple"
    )


def test_a_copy_with_a_wire_dateline_is_one_bit_away(article):
    assert hamming(simhash(article), simhash("MOSCOW (Reuters) - " + article)) == 1


def test_a_copy_with_three_words_edited_is_two_bits_away(article):
    edited = (
        article.replace("the latest international", "the newest international")
        .replace("has recently reached", "has lately reached")
        .replace("matters little", "matters rather little")
    )
    assert hamming(simhash(article), simhash(edited)) == 2


def test_a_copy_with_a_syndication_note_on_top_is_four_bits_away(article):
    """Eight new shingles among some 300 move four bits: beyond a threshold of 3, far inside 10."""
    noted = "This story originally appeared at National Interest online.\n\n" + article
    assert hamming(simhash(article), simhash(noted)) == 4


def test_an_unrelated_article_is_far_away(article):
    assert hamming(simhash(article), simhash(UNRELATED)) == 34  # of 64: unrelated texts sit near 32


def test_empty_text_has_the_zero_fingerprint():
    assert simhash("") == 0
    assert simhash("  ... ") == 0


def test_a_text_of_one_shingle_is_fingerprinted_by_its_blake2b_hash_at_any_width():
    assert simhash("Talks resume", bits=128) == int.from_bytes(
        hashlib.blake2b(b"talks resume", digest_size=16).digest(), "big"
    )


def test_the_fingerprint_width_is_a_whole_number_of_bytes():
    with pytest.raises(ValueError, match="bits must be a multiple of 8 from 8 to 512, not 60"):
        simhash("talks resume", bits=60)


def test_hamming_counts_the_differing_bits():
    assert hamming(0b1011, 0b0110) == 3
    assert hamming(2**64 - 1, 0) == 64


def test_the_closest_known_document_within_the_distance_is_found():
    known = {"far": 0b1111_0000, "near": 0b0000_0011, "exact-ish": 0b0000_0001}
    assert find_near_duplicate(0b0000_0000, known, max_distance=3) == ("exact-ish", 1)


def test_a_tie_goes_to_the_smallest_id():
    assert find_near_duplicate(0b00, {"b": 0b01, "a": 0b10}, max_distance=3) == ("a", 1)


def test_nothing_within_the_distance_is_no_duplicate():
    assert find_near_duplicate(0, {"far": 0b1111}, max_distance=3) is None
    assert find_near_duplicate(0, {}, max_distance=3) is None
