-- Sources polled over time: what each poll saw, every URL ever fetched, and copies of stories.

ALTER TABLE documents ADD COLUMN simhash UBIGINT;    -- SimHash of the text, for near-duplicates

CREATE TABLE source_polls (
    run_id          VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,               -- name in config/sources.toml
    polled_at       TIMESTAMPTZ NOT NULL,
    status          VARCHAR NOT NULL,               -- ok | unchanged | failed
    items_seen      INTEGER NOT NULL,
    items_new       INTEGER NOT NULL,
    items_failed    INTEGER NOT NULL,
    reason          VARCHAR
);

CREATE TABLE seen_urls (
    url             VARCHAR PRIMARY KEY,            -- canonical URL (or path)
    source          VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,               -- loaded | duplicate | feed
    document_id     VARCHAR,
    etag            VARCHAR,                        -- validators for conditional GET
    last_modified   VARCHAR,
    first_seen      TIMESTAMPTZ NOT NULL,
    last_checked    TIMESTAMPTZ NOT NULL
);

CREATE TABLE duplicates (
    source          VARCHAR NOT NULL,               -- where the copy was read
    url             VARCHAR,
    sitename        VARCHAR,
    duplicate_of    VARCHAR NOT NULL,               -- the first copy's document_id
    kind            VARCHAR NOT NULL,               -- exact | near
    distance        INTEGER NOT NULL,               -- SimHash bits apart (0 for exact)
    run_id          VARCHAR NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, duplicate_of)
);
