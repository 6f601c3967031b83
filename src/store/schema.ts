// Numbered schema migrations, one SQL text per backend. The tables and columns are the same on
// both; only types and the full-text index differ. Applied in order at open (see migrate.ts);
// never edit a released migration — add the next number.

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

// Shared DDL with placeholders: {REAL} floating point, {SERIAL} an auto id, {BLOB} bytes.
const TABLES = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT,
  canonical_url TEXT,
  outlet TEXT,
  title TEXT,
  author TEXT,
  published TEXT,
  source TEXT,
  raw_text TEXT,
  clean_text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  signature {BLOB},
  duplicate_of TEXT REFERENCES articles(id),
  ingested_at TEXT NOT NULL,
  extracted TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE TABLE article_lsh (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  country TEXT,
  kb_id TEXT,
  search_name TEXT NOT NULL,
  search_en TEXT,
  event_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_kb_id ON actors(kb_id);
CREATE INDEX actors_search_name ON actors(search_name);
CREATE INDEX actors_search_en ON actors(search_en);
CREATE INDEX actors_event_count ON actors(event_count);

CREATE TABLE actor_titles (
  actor_id TEXT NOT NULL REFERENCES actors(id),
  title TEXT NOT NULL,
  search_title TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT,
  PRIMARY KEY (actor_id, title)
);

CREATE TABLE places (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_en TEXT,
  search_en TEXT,
  country TEXT,
  lat {REAL},
  lon {REAL},
  kb_id TEXT
);
CREATE INDEX places_search_en ON places(search_en);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  date_precision TEXT,
  date_implied INTEGER NOT NULL DEFAULT 0,
  day_lo TEXT,
  day_hi TEXT,
  place_id TEXT REFERENCES places(id),
  location_name TEXT,
  location_name_en TEXT,
  location_country TEXT,
  lat {REAL},
  lon {REAL},
  confidence {REAL} NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX events_day ON events(day_lo, day_hi);
CREATE INDEX events_type_day ON events(type, day_lo);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_lat ON events(lat, lon);

CREATE TABLE event_participants (
  event_id TEXT NOT NULL REFERENCES events(id),
  actor_id TEXT NOT NULL REFERENCES actors(id),
  title TEXT,
  role TEXT,
  name TEXT,
  PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_participants_actor ON event_participants(actor_id, event_id);

CREATE TABLE event_topics (
  event_id TEXT NOT NULL REFERENCES events(id),
  topic TEXT NOT NULL,
  PRIMARY KEY (event_id, topic)
);
CREATE INDEX event_topics_topic ON event_topics(topic, event_id);

CREATE TABLE event_sources (
  event_id TEXT NOT NULL REFERENCES events(id),
  article_id TEXT NOT NULL REFERENCES articles(id),
  evidence TEXT NOT NULL,
  rules TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id)
);
CREATE INDEX event_sources_article ON event_sources(article_id);

CREATE TABLE event_keys (
  key TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  PRIMARY KEY (key, event_id)
);

CREATE TABLE figures (
  id {SERIAL},
  article_id TEXT NOT NULL REFERENCES articles(id),
  value {REAL} NOT NULL,
  unit TEXT NOT NULL,
  qualifier TEXT,
  thing TEXT,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);
CREATE INDEX figures_article ON figures(article_id);
CREATE INDEX figures_unit ON figures(unit);
`;

const FUSION_KEYS = `
ALTER TABLE event_keys ADD COLUMN day_lo TEXT;
ALTER TABLE event_keys ADD COLUMN day_hi TEXT;
UPDATE event_keys SET day_lo = (SELECT day_lo FROM events WHERE events.id = event_keys.event_id),
                      day_hi = (SELECT day_hi FROM events WHERE events.id = event_keys.event_id);
CREATE INDEX event_keys_day ON event_keys(key, day_lo);
`;

/**
 * Rows of event_facets for the events matched by {WHERE} (a condition on e): one per filterable
 * value (type, place, topic, participant, participant country) with the event's day range.
 */
export function facetRowsSql(where: string): string {
  return `
SELECT 'type:' || e.type AS key, e.id AS event_id, e.day_lo, e.day_hi FROM events e WHERE ${where}
UNION SELECT 'place:' || e.place_id, e.id, e.day_lo, e.day_hi FROM events e WHERE ${where} AND e.place_id IS NOT NULL
UNION SELECT 'topic:' || t.topic, e.id, e.day_lo, e.day_hi FROM events e JOIN event_topics t ON t.event_id = e.id WHERE ${where}
UNION SELECT 'actor:' || p.actor_id, e.id, e.day_lo, e.day_hi FROM events e JOIN event_participants p ON p.event_id = e.id WHERE ${where}
UNION SELECT 'country:' || a.country, e.id, e.day_lo, e.day_hi FROM events e JOIN event_participants p ON p.event_id = e.id
  JOIN actors a ON a.id = p.actor_id WHERE ${where} AND a.country IS NOT NULL`;
}

// event_facets: the event filters of `marsad events` (actor, country, topic, type, place) as one
// narrow table indexed by (key, day): a filtered, date-sorted page and its count read one index
// range instead of joining the many-to-many tables over a million events.
const FACETS = (desc: string) => `
CREATE TABLE event_facets (
  key TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  day_lo TEXT,
  day_hi TEXT,
  PRIMARY KEY (key, event_id)
);
CREATE INDEX event_facets_day ON event_facets(key, day_lo ${desc}, day_hi, event_id);
CREATE INDEX event_facets_event ON event_facets(event_id);
INSERT INTO event_facets (key, event_id, day_lo, day_hi) ${facetRowsSql("1 = 1")};
`;

const COUNTERS = `
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) SELECT 'events', COUNT(*) FROM events;
`;

const WINDOW_INDEX = `
DROP INDEX event_keys_day;
CREATE INDEX event_keys_window ON event_keys(key, day_lo, day_hi, event_id);
`;

// `marsad figures` lists newest first from an index; a near-duplicate's figures are the original's
// told again (its extracted JSON keeps them for the reader)
const FIGURES_PUBLISHED = (desc: string) => `
ALTER TABLE figures ADD COLUMN published TEXT;
UPDATE figures SET published = (SELECT published FROM articles WHERE articles.id = figures.article_id);
DELETE FROM figures WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IS NOT NULL);
CREATE INDEX figures_published ON figures(published ${desc}, id);
CREATE INDEX figures_unit_published ON figures(unit, published ${desc}, id);
`;

/**
 * actor_stats rows rebuilt from event_facets: for each actor, how many of its events carry each
 * other facet (counterpart actor:, topic:, place:, type:, country:) and how many fall in each
 * month: (the month of the event's day range start).
 */
export const ACTOR_STATS_ROWS = `
SELECT substr(f.key, 7) AS actor_id, g.key AS key, COUNT(*) AS n FROM event_facets f JOIN event_facets g ON g.event_id = f.event_id AND g.key <> f.key
  WHERE f.key >= 'actor:' AND f.key < 'actor;' GROUP BY substr(f.key, 7), g.key
UNION ALL
SELECT substr(f.key, 7), 'month:' || substr(f.day_lo, 1, 7), COUNT(*) FROM event_facets f
  WHERE f.key >= 'actor:' AND f.key < 'actor;' AND f.day_lo IS NOT NULL GROUP BY substr(f.key, 7), substr(f.day_lo, 1, 7)`;

// `marsad actor` for an actor in tens of thousands of events: counts kept at write time
const ACTOR_STATS = `
CREATE TABLE actor_stats (
  actor_id TEXT NOT NULL,
  key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (actor_id, key)
);
INSERT INTO actor_stats (actor_id, key, n) ${ACTOR_STATS_ROWS};
`;

/**
 * figure_topics rows for the figures of the articles that reported the events matched by
 * {WHERE} (a condition on s, the event_sources row): a figure is about the topics of its
 * article's events (see core.ts figures).
 */
export function figureTopicRowsSql(where: string): string {
  return `SELECT DISTINCT t.topic, f.id, f.published FROM event_sources s JOIN event_topics t ON t.event_id = s.event_id
  JOIN figures f ON f.article_id = s.article_id WHERE ${where}`;
}

// `marsad figures --topic`: one index range per topic, newest first, however rare the topic
// (the EXISTS over event_sources × facets visited every event of the topic per figure)
const FIGURE_TOPICS = (desc: string) => `
CREATE TABLE figure_topics (
  topic TEXT NOT NULL,
  figure_id BIGINT NOT NULL REFERENCES figures(id),
  published TEXT,
  PRIMARY KEY (topic, figure_id)
);
CREATE INDEX figure_topics_published ON figure_topics(topic, published ${desc}, figure_id);
INSERT INTO figure_topics (topic, figure_id, published) ${figureTopicRowsSql("1 = 1")};
`;

/** Copies each event's actor ids onto its facet rows. */
export const FACET_ACTORS_SQL = `UPDATE event_facets SET actors = (SELECT actors FROM events WHERE events.id = event_facets.event_id)`;

/** Copies each event's topics (sorted, comma-joined; NULL for none) onto its facet rows. */
export function FACET_TOPICS_SQL(agg: string): string {
  return `UPDATE event_facets SET topics = (SELECT ${agg} FROM event_topics t WHERE t.event_id = event_facets.event_id)`;
}

/** Copies each event's date (as stated: YYYY, YYYY-MM, YYYY-MM-DD or NULL) onto its facet rows. */
export const FACET_DATES_SQL = `UPDATE event_facets SET date = (SELECT date FROM events WHERE events.id = event_facets.event_id)`;

// topic trends read the period of each event from its facet rows: unfiltered, one index range
// over the topic keys with the dates in it; filtered, the driving facet row carries the date
const FACET_DATES = `
ALTER TABLE event_facets ADD COLUMN date TEXT;
${FACET_DATES_SQL};
CREATE INDEX event_facets_date ON event_facets(key, date);
`;

// the date in the facets' (key, day) index: a filtered trend reads the driving rows' periods
// without visiting the table, and the unfiltered one scans the topic keys of the same index
const FACET_WINDOW = (desc: string) => `
DROP INDEX event_facets_date;
DROP INDEX event_facets_day;
CREATE INDEX event_facets_window ON event_facets(key, day_lo ${desc}, day_hi, event_id, date);
`;

// the network views read each event's participants from one column of the event row
const EVENT_ACTORS = (agg: string) => `
ALTER TABLE events ADD COLUMN actors TEXT;
UPDATE events SET actors = (SELECT ${agg} FROM event_participants p WHERE p.event_id = events.id);
`;

/** facet_months rows rebuilt from event_facets: events per facet key and month (see core.ts monthOf). */
export const FACET_MONTHS_ROWS = `
SELECT key, CASE WHEN date IS NULL THEN '' WHEN length(date) >= 7 THEN substr(date, 1, 7) ELSE date END AS month, COUNT(*) AS n
FROM event_facets GROUP BY key, CASE WHEN date IS NULL THEN '' WHEN length(date) >= 7 THEN substr(date, 1, 7) ELSE date END`;

/** event_sets rows rebuilt from events: events per type, status and set of actor ids. */
export const EVENT_SETS_ROWS = `
SELECT type, status, COALESCE(actors, '') AS actors, COUNT(*) AS n FROM events GROUP BY type, status, COALESCE(actors, '')`;

// the dashboard's default views (no filter) read counts kept at write time: the meeting
// network from events grouped by their participants, topic trends from events per facet and month
const VIEW_COUNTS = `
CREATE TABLE event_sets (
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  actors TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (type, status, actors)
);
INSERT INTO event_sets (type, status, actors, n) ${EVENT_SETS_ROWS};
CREATE TABLE facet_months (
  key TEXT NOT NULL,
  month TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (key, month)
);
INSERT INTO facet_months (key, month, n) ${FACET_MONTHS_ROWS};
`;

/** event_pairs rows rebuilt from the tables: events per type, status and pair of participants (a < b). */
export const EVENT_PAIRS_ROWS = `
SELECT e.type, e.status, p1.actor_id AS a, p2.actor_id AS b, COUNT(*) AS n FROM events e
  JOIN event_participants p1 ON p1.event_id = e.id JOIN event_participants p2 ON p2.event_id = e.id AND p1.actor_id < p2.actor_id
  GROUP BY e.type, e.status, p1.actor_id, p2.actor_id`;

// the unfiltered meeting network: edge weights kept per pair, read for the kept actors only
const EVENT_PAIRS = (collate: string) => `
CREATE TABLE event_pairs (
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  a TEXT${collate} NOT NULL,
  b TEXT${collate} NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (type, status, a, b)
);
INSERT INTO event_pairs (type, status, a, b, n) ${EVENT_PAIRS_ROWS};
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "tables",
    sqlite: TABLES.replaceAll("{REAL}", "REAL").replaceAll("{SERIAL}", "INTEGER PRIMARY KEY").replaceAll("{BLOB}", "BLOB"),
    postgres: TABLES.replaceAll("{REAL}", "DOUBLE PRECISION").replaceAll("{SERIAL}", "BIGSERIAL PRIMARY KEY").replaceAll("{BLOB}", "BYTEA"),
  },
  {
    version: 2,
    name: "full-text search and distance",
    // FTS5 over the normalized, article-stripped words (see snippet.ts indexText); the unicode61
    // tokenizer with remove_diacritics also folds Latin accents in English names.
    sqlite: `CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body, names, tokenize = 'unicode61 remove_diacritics 2');`,
    // tsvector 'simple' (no stemming: the words are already normalized) with a GIN index;
    // dist_km is the haversine distance used by --near (SQLite registers the same function in JS).
    postgres: `
CREATE TABLE article_search (
  article_id TEXT PRIMARY KEY REFERENCES articles(id),
  doc TSVECTOR NOT NULL
);
CREATE INDEX article_search_doc ON article_search USING GIN (doc);
CREATE OR REPLACE FUNCTION dist_km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION, lat2 DOUBLE PRECISION, lon2 DOUBLE PRECISION)
RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE AS $$
  SELECT 6371.0 * 2 * asin(least(1.0, sqrt(
    power(sin(radians(lat2 - lat1) / 2), 2) +
    cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2))))
$$;
CREATE INDEX events_day_desc ON events(day_lo DESC NULLS LAST, id DESC);`,
  },
  {
    version: 3,
    name: "fusion keys carry the event's day range",
    // Candidate search for fusion reads (key, day range) from one index instead of visiting every
    // event of a frequent surname: the window is bounded on both sides (see core.ts putEvent).
    sqlite: FUSION_KEYS,
    postgres: FUSION_KEYS,
  },
  {
    version: 4,
    name: "event facets for filtered queries",
    sqlite: FACETS("DESC"),
    postgres: FACETS("DESC NULLS LAST"),
  },
  {
    version: 5,
    name: "event counter",
    // the unfiltered total of `marsad events`: COUNT(*) over a million rows is a full scan on
    // PostgreSQL; the counter is kept in the same transaction as each new event
    sqlite: COUNTERS,
    postgres: COUNTERS,
  },
  {
    version: 6,
    name: "covering index for fusion candidates",
    // the day range and event id in the index: a frequent surname's year of events is checked
    // without visiting the table
    sqlite: WINDOW_INDEX,
    postgres: WINDOW_INDEX,
  },
  {
    version: 7,
    name: "figures carry their article's publication day; near-duplicates add none",
    sqlite: FIGURES_PUBLISHED("DESC"),
    postgres: FIGURES_PUBLISHED("DESC NULLS LAST"),
  },
  {
    version: 8,
    name: "actor profile counts",
    sqlite: ACTOR_STATS,
    postgres: ACTOR_STATS,
  },
  {
    version: 9,
    name: "covering index for date-range queries",
    // --from/--to without other filters: an index-only scan over (day_lo, day_hi, id). The type
    // filter reads event_facets now; its old (type, day_lo) index made SQLite's planner pick a
    // skip-scan that visits every row of the date range
    sqlite: `DROP INDEX events_type_day; DROP INDEX events_day; CREATE INDEX events_window ON events(day_lo, day_hi, id);`,
    postgres: `DROP INDEX events_type_day; DROP INDEX events_day; CREATE INDEX events_window ON events(day_lo, day_hi, id);`,
  },
  {
    version: 10,
    name: "figures by topic",
    sqlite: FIGURE_TOPICS("DESC"),
    postgres: FIGURE_TOPICS("DESC NULLS LAST"),
  },
  {
    version: 11,
    name: "facets carry the event's date",
    sqlite: FACET_DATES,
    postgres: FACET_DATES,
  },
  {
    version: 12,
    name: "covering facet index with the date",
    sqlite: FACET_WINDOW("DESC"),
    postgres: FACET_WINDOW("DESC NULLS LAST"),
  },
  {
    version: 13,
    name: "each event's actor ids",
    sqlite: EVENT_ACTORS("group_concat(p.actor_id)"),
    postgres: EVENT_ACTORS("string_agg(p.actor_id, ',')"),
  },
  {
    version: 14,
    name: "counts for the unfiltered views",
    sqlite: VIEW_COUNTS,
    postgres: VIEW_COUNTS,
  },
  {
    version: 15,
    name: "facet keys in byte order",
    // prefixes are read as ranges (key >= 'topic:' AND key < 'topic;'): right only in byte order,
    // which a database created under a language collation (en_US…) does not give; SQLite
    // compares text bytewise already
    sqlite: `SELECT 1;`,
    postgres: `
ALTER TABLE event_facets ALTER COLUMN key TYPE TEXT COLLATE "C";
ALTER TABLE actor_stats ALTER COLUMN key TYPE TEXT COLLATE "C";
ALTER TABLE facet_months ALTER COLUMN key TYPE TEXT COLLATE "C";`,
  },
  {
    version: 16,
    name: "events by id with the columns of the views",
    // network and places over many matching events: one index lookup each, the table untouched
    // (SQLite; PostgreSQL hash-joins the table)
    sqlite: `CREATE INDEX events_view ON events(id, actors, date, location_name, lat, lon, location_name_en, location_country);`,
    postgres: `SELECT 1;`,
  },
  {
    version: 17,
    name: "meeting network pairs",
    sqlite: EVENT_PAIRS(""),
    // pairs ordered a < b by bytes, as the store writes them, whatever the database's collation
    postgres: EVENT_PAIRS(` COLLATE "C"`).replace("p1.actor_id < p2.actor_id", `p1.actor_id < p2.actor_id COLLATE "C"`),
  },
  {
    version: 18,
    name: "facets carry the event's actor ids",
    // a network filtered by one facet groups its rows' actor sets from one index range
    sqlite: `ALTER TABLE event_facets ADD COLUMN actors TEXT; ${FACET_ACTORS_SQL}; CREATE INDEX event_facets_actors ON event_facets(key, actors);`,
    postgres: `ALTER TABLE event_facets ADD COLUMN actors TEXT; ${FACET_ACTORS_SQL}; CREATE INDEX event_facets_actors ON event_facets(key, actors);`,
  },
  {
    version: 19,
    name: "facets carry the event's topics",
    // topic trends filtered by one facet group that facet's rows by (topics, month): no join
    sqlite: `ALTER TABLE event_facets ADD COLUMN topics TEXT; ${FACET_TOPICS_SQL("group_concat(t.topic, ',' ORDER BY t.topic)")}; CREATE INDEX event_facets_topics ON event_facets(key, topics, date);`,
    postgres: `ALTER TABLE event_facets ADD COLUMN topics TEXT; ${FACET_TOPICS_SQL("string_agg(t.topic, ',' ORDER BY t.topic)")}; CREATE INDEX event_facets_topics ON event_facets(key, topics, date);`,
  },
];
