-- Casus event store, schema version 1.
-- Offsets are half-open [begin, end) character offsets into articles.text.
-- Timestamps are UTC. Codes are CAMEO codes (actors: country + sectors, e.g. IRNGOV; events: 2-4 digits).
-- Only ids have (primary key) indexes: DuckDB's ART indexes cost insert time and file space, and a columnar scan
-- of article_id or event_date over 100k rows takes about a millisecond, so filters need no index.

-- One row per article version currently stored.
CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,
    title         VARCHAR,
    published     VARCHAR,              -- ISO-8601 at the precision the source gave
    published_day DATE,                 -- its calendar day, for filters
    outlet        VARCHAR,
    author        VARCHAR,
    url           VARCHAR,
    tags          VARCHAR NOT NULL,     -- JSON array of strings
    text          VARCHAR NOT NULL,
    text_hash     VARCHAR NOT NULL,     -- SHA-256 of text (UTF-8), hex: decides whether a re-put changes anything
    origin        VARCHAR NOT NULL,     -- file and record it was read from
    ingested_at   TIMESTAMP NOT NULL,   -- when this version was stored
    coded_json_gz BLOB NOT NULL         -- the whole coded article (io.casus.json.CodedArticleJson) as gzip-compressed
                                        -- UTF-8 JSON, for the article view: DuckDB stores strings over 4 kB
                                        -- uncompressed, and gzip makes this column about ten times smaller
);

-- Actor mentions, in text order (ord).
CREATE TABLE mentions (
    article_id       VARCHAR NOT NULL,
    ord              INTEGER NOT NULL,
    sentence         INTEGER NOT NULL,
    token_begin      INTEGER NOT NULL,
    token_end        INTEGER NOT NULL,
    head             INTEGER NOT NULL,
    char_begin       INTEGER NOT NULL,
    char_end         INTEGER NOT NULL,
    text             VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,  -- io.casus.model.MentionType
    actor_code       VARCHAR,           -- null when unresolved
    actor_name       VARCHAR,
    actor_role       VARCHAR,
    actor_basis      VARCHAR,           -- io.casus.model.Actor.Basis
    actor_confidence DOUBLE
);

-- Quotes, in text order (ord).
CREATE TABLE quotes (
    article_id         VARCHAR NOT NULL,
    ord                INTEGER NOT NULL,
    sentence           INTEGER NOT NULL,
    char_begin         INTEGER NOT NULL,
    char_end           INTEGER NOT NULL,
    text               VARCHAR NOT NULL,
    direct             BOOLEAN NOT NULL,
    speaker_text       VARCHAR,         -- null when no speaker was found
    speaker_begin      INTEGER,
    speaker_end        INTEGER,
    speaker_head       VARCHAR,
    speaker_name       VARCHAR,
    speaker_code       VARCHAR,
    speaker_actor_name VARCHAR,
    speaker_role       VARCHAR,
    speaker_basis      VARCHAR,
    speaker_confidence DOUBLE,
    cue                VARCHAR,
    via                VARCHAR,
    anonymous          BOOLEAN NOT NULL
);

-- Coded events of every modality: every field of io.casus.model.Event.
CREATE TABLE events (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,  -- position among the article's events
    gid               BIGINT NOT NULL,   -- numeric id for GDELT's GlobalEventID: 63 bits of SHA-256(id)
    sentence          INTEGER NOT NULL,
    char_begin        INTEGER NOT NULL,  -- evidence sentence span
    char_end          INTEGER NOT NULL,
    evidence          VARCHAR,
    lead              BOOLEAN NOT NULL,  -- evidence starts in the first paragraph (GDELT IsRootEvent)
    trigger_text      VARCHAR NOT NULL,
    trigger_begin     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    source_code       VARCHAR,
    source_country    VARCHAR,
    source_sector     VARCHAR,           -- the code's sector part (GOV, GOVMIL), null when none
    source_name       VARCHAR,
    source_role       VARCHAR,
    source_basis      VARCHAR,
    source_confidence DOUBLE,
    source_text       VARCHAR,
    source_begin      INTEGER,
    source_end        INTEGER,
    target_code       VARCHAR,
    target_country    VARCHAR,
    target_sector     VARCHAR,
    target_name       VARCHAR,
    target_role       VARCHAR,
    target_basis      VARCHAR,
    target_confidence DOUBLE,
    target_text       VARCHAR,
    target_begin      INTEGER,
    target_end        INTEGER,
    cameo_code        VARCHAR NOT NULL,
    cameo_root        VARCHAR NOT NULL,
    goldstein         DOUBLE NOT NULL,
    quad_class        INTEGER NOT NULL,
    plover_type       VARCHAR,
    event_date        DATE NOT NULL,
    date_precision    VARCHAR,
    date_source       VARCHAR,
    location_country  VARCHAR,
    location_place    VARCHAR,
    location_begin    INTEGER,
    location_end      INTEGER,
    has_location      BOOLEAN NOT NULL,
    modality          VARCHAR NOT NULL,  -- ASSERTED, NEGATED, HYPOTHETICAL, INTENDED
    has_attribution   BOOLEAN NOT NULL,
    attr_speaker      VARCHAR,
    attr_code         VARCHAR,
    attr_name         VARCHAR,
    attr_role         VARCHAR,
    attr_basis        VARCHAR,
    attr_confidence   DOUBLE,
    attr_via          VARCHAR,
    attr_anonymous    BOOLEAN,
    confidence        DOUBLE NOT NULL,
    frame             VARCHAR,
    cluster_id        VARCHAR            -- clusters.id; null for events that are not asserted
);

-- Event clusters: one real-world event and the reports of it (io.casus.store.Cluster).
CREATE TABLE clusters (
    id               VARCHAR PRIMARY KEY, -- the founding member event's id
    cameo_code       VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        DOUBLE NOT NULL,
    source_code      VARCHAR,
    source_country   VARCHAR,
    target_code      VARCHAR,
    target_country   VARCHAR,
    event_date       DATE NOT NULL,
    first_event_date DATE NOT NULL,
    last_event_date  DATE NOT NULL,
    first_seen       TIMESTAMP NOT NULL,
    last_seen        TIMESTAMP NOT NULL,
    mentions         INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    sources          INTEGER NOT NULL
);
