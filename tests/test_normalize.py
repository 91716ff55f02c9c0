from datetime import date

import pytest

from transforms.normalize import NormalizeError, document_id, normalize_document, unescape_markdown

from tests.paths import SEED


@pytest.fixture(scope="module")
def seed():
    return normalize_document(SEED.read_bytes(), str(SEED))


def test_the_seed_metadata_is_what_a_reader_sees(seed):
    assert seed.sitename == "The Huffington Post"
    assert seed.title == "Russia and North Korea Play Nice: Vladimir Putin's Ukrainian Dance With Kim Jong-un"
    assert seed.author == "Doug Bandow"
    assert seed.published == date(2015, 3, 24)
    assert seed.language == "en"
    assert seed.content_type == "text"


def test_the_seed_body_starts_after_the_date_line_and_is_unescaped(seed):
    assert seed.text.startswith("Russia and North Korea make up the latest international odd couple.")
    assert "$11 billion Soviet-era loans" in seed.text
    assert "\\$" not in seed.text
    assert "](#)" not in seed.text


def test_the_syndication_line_and_author_bio_are_boilerplate(seed):
    marked = [seed.text[start:end] for start, end in seed.boilerplate]
    assert marked == [
        "This post first appeared at National Interest online.",
        seed.text[seed.text.index("Doug Bandow is a Senior Fellow") :],
    ]


def test_the_id_is_the_hash_of_the_normalized_text(seed):
    assert seed.id == document_id(seed.text)
    assert len(seed.id) == 16
    again = normalize_document(SEED.read_bytes().replace(b"\n", b"\r\n"), "copy.txt")
    assert again.id == seed.id


def test_markdown_is_unescaped_to_plain_text():
    assert unescape_markdown(r"a \$11 billion [loan](http://x.org) to **Pyongyang**") == "a $11 billion loan to Pyongyang"


def test_a_plain_headline_file_gets_its_first_line_as_title():
    raw = b"Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by 1,400 pounds as part of new proposals announced by the Trade and Industry Secretary on Sunday.\n"
    document = normalize_document(raw, "bbc/politics/001.txt")
    assert document.title == "Labour plans maternity pay rise"
    assert document.text.startswith("Maternity pay for new mothers")


def test_html_goes_through_trafilatura_with_its_metadata():
    body = "".join(
        f"<p>Paragraph {i}: the foreign minister said on Monday that the government would meet with the delegation "
        "and that talks were expected to continue for several days in the capital.</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>Talks to resume | Example News</title>"
        '<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2020-05-04"></head>'
        f"<body><nav>Home | World</nav><article><h1>Talks to resume</h1>{body}</article></body></html>"
    ).encode()
    document = normalize_document(page, "page.html", url="https://example.org/a")
    assert document.content_type == "html"
    assert document.title == "Talks to resume"
    assert document.author == "Jane Roe"
    assert document.sitename == "Example News"
    assert document.published == date(2020, 5, 4)
    assert document.url == "https://example.org/a"
    assert "Home | World" not in document.text


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty input"),
        (b"  \n\n ", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary content, not text or HTML"),
        ("Die Regierung hat am Montag beschlossen, die Gespräche mit der Opposition fortzusetzen, "
         "sagte ein Sprecher in Berlin.".encode(), "not English"),
    ],
)
def test_bad_input_is_refused_with_a_reason(raw, reason):
    with pytest.raises(NormalizeError, match=reason):
        normalize_document(raw, "bad.txt")


def test_oversized_input_is_refused():
    with pytest.raises(NormalizeError, match="too large: 2,001 bytes"):
        normalize_document(b"a" * 2001, "big.txt", max_bytes=2000)


def test_latin1_text_is_decoded():
    raw = "The minister met the délégation from Côte d'Ivoire in the capital on Monday, and the talks were said to be useful.".encode("latin-1")
    document = normalize_document(raw, "latin1.txt")
    assert "délégation from Côte d'Ivoire" in document.text


def test_the_language_is_the_one_whose_function_words_dominate():
    italian = ("Il governo ha deciso di non rinviare la riforma, e il ministro ha detto che la legge sarà "
               "approvata entro la fine del mese per la prima volta.").encode()
    with pytest.raises(NormalizeError, match="not English: looks like Italian"):
        normalize_document(italian, "it.txt")
    # A list-heavy English page has few function words, but more English ones than any other.
    recipe = ("Meal prep for the week\n\nOatmeal with berries. Chicken breast, rice and broccoli. Greek yogurt "
              "with honey. Salmon, quinoa and spinach. Turkey wrap with avocado. Eggs and toast.").encode()
    assert normalize_document(recipe, "recipe.txt").language == "en"
    # Acronyms belong to no language: "UN" is not Spanish "un".
    assert normalize_document(b"UN troops and UN police entered the UN zone.", "un.txt").language == "en"
    # A few words another language shares do not make a short English text foreign.
    assert normalize_document(b"Lib Dem leader Charles Kennedy criticised Tony Blair.", "ld.txt",
                              min_english_ratio=0).language == "en"
