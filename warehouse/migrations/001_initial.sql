-- The core tables. Offsets are character offsets into documents.text.

CREATE TABLE runs (
    run_id              VARCHAR PRIMARY KEY,
    flow_run_id         VARCHAR,
    started_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    status              VARCHAR NOT NULL,          -- running | completed | failed
    inputs              VARCHAR[],
    documents_new       INTEGER DEFAULT 0,
    documents_duplicate INTEGER DEFAULT 0,
    documents_failed    INTEGER DEFAULT 0,
    sentences           INTEGER DEFAULT 0,
    mentions            INTEGER DEFAULT 0,
    events              INTEGER DEFAULT 0,
    wirecode_version    VARCHAR,
    spacy_model         VARCHAR,
    dictionaries_sha256 VARCHAR                     -- hash of config/ dictionaries the run coded with
);

CREATE TABLE documents (
    document_id     VARCHAR PRIMARY KEY,            -- first 16 hex digits of sha256(text)
    source          VARCHAR NOT NULL,               -- path or URL it was read from
    url             VARCHAR,
    title           VARCHAR,
    author          VARCHAR,
    sitename        VARCHAR,
    published       DATE,
    language        VARCHAR NOT NULL,
    content_type    VARCHAR NOT NULL,               -- text | markdown | html
    text            VARCHAR NOT NULL,               -- normalized text; every offset points into it
    boilerplate     VARCHAR NOT NULL,               -- JSON [[start, end], ...] never coded
    raw_sha256      VARCHAR NOT NULL,
    text_sha256     VARCHAR NOT NULL,
    word_count      INTEGER NOT NULL,
    sentence_count  INTEGER NOT NULL,
    run_id          VARCHAR NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE sentences (
    document_id     VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    is_boilerplate  BOOLEAN NOT NULL,
    PRIMARY KEY (document_id, sentence_index)
);

CREATE TABLE actors (
    actor_id        VARCHAR PRIMARY KEY,            -- e.g. state:rus, group:rusgov, person:vladimir putin
    name            VARCHAR NOT NULL,
    code            VARCHAR NOT NULL,               -- CAMEO-style code when first seen; '---' = unknown country
    country         VARCHAR,
    sector          VARCHAR,
    type            VARCHAR NOT NULL                -- state | person | organization | igo | group
);

CREATE TABLE mentions (
    document_id     VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    actor_id        VARCHAR NOT NULL,
    code            VARCHAR NOT NULL,               -- the code for this mention's date
    country         VARCHAR,
    sector          VARCHAR,
    method          VARCHAR NOT NULL,               -- dictionary | alias | composed | coreference | author | unresolved
    PRIMARY KEY (document_id, start_char, end_char, actor_id)
);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    document_id     VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    source_actor_id VARCHAR NOT NULL,
    source_code     VARCHAR NOT NULL,
    source_name     VARCHAR NOT NULL,
    target_actor_id VARCHAR NOT NULL,
    target_code     VARCHAR NOT NULL,
    target_name     VARCHAR NOT NULL,
    cameo           VARCHAR NOT NULL,
    root_code       VARCHAR NOT NULL,
    quad_class      TINYINT NOT NULL,
    goldstein       DOUBLE NOT NULL,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    event_date      DATE,
    date_precision  VARCHAR NOT NULL,               -- day | week | month | season | year | publication | unknown
    negated         BOOLEAN NOT NULL,
    modality        VARCHAR NOT NULL,               -- asserted | intended | hypothetical
    place           VARCHAR,
    pattern_id      VARCHAR NOT NULL,               -- the config/events/verb_patterns.tsv row that coded it
    verb_start      INTEGER NOT NULL,
    verb_end        INTEGER NOT NULL,
    source_start    INTEGER NOT NULL,
    source_end      INTEGER NOT NULL,
    target_start    INTEGER NOT NULL,
    target_end      INTEGER NOT NULL,
    run_id          VARCHAR NOT NULL
);

CREATE TABLE failures (
    run_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,
    stage           VARCHAR NOT NULL,               -- read | normalize | extract | load
    reason          VARCHAR NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL
);
