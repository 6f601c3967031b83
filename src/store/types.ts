// The storage contract: every backend (SQLite, PostgreSQL) implements `Store`, and one
// contract test suite (test/store/contract.ts) runs against each. The CLI and the HTTP API only
// talk to this interface. Open a store with `openStore(url)` from ./open.js.
import type { ExtractedDoc, EventType, FigureUnit } from "../types.js";
import type { Counted, Interval, NetworkEdge, NetworkNode, PlacePoint, Trends } from "./views.js";

export interface EventFilter {
  /** name (Arabic any spelling, English), actor id or knowledge-base id of a participant */
  actor?: string;
  /** ISO alpha-2 of a participant */
  country?: string;
  /** topic id (spec topics.json) */
  topic?: string;
  type?: EventType;
  /** YYYY-MM-DD, inclusive: events whose date range overlaps [from, to] */
  from?: string;
  to?: string;
  /** place name: events within `radiusKm` of its coordinates (KB or stored places), else by name */
  near?: string;
  /** default 50 */
  radiusKm?: number;
  status?: string;
  /** default 50 */
  limit?: number;
  offset?: number;
  /** default "-date" (newest first) */
  sort?: "date" | "-date";
}

export interface StoredEvent {
  id: string;
  type: EventType;
  status: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when no source gave a date */
  date: string | null;
  date_precision: string | null;
  location: { name: string; name_en?: string; country?: string; lat?: number; lon?: number } | null;
  topics: string[];
  participants: { actor_id: string; name: string; name_en?: string; title?: string; country?: string; role?: string; kb_id?: string }[];
  /** every article that reported the event, with its evidence spans (offsets in that article's cleaned text) */
  sources: { article_id: string; url?: string | null; outlet?: string | null; published?: string | null; evidence: { start: number; end: number; text: string }[]; rules: string[] }[];
  confidence: number;
}

export interface Actor {
  id: string;
  kind: "person" | "org";
  name: string;
  name_en?: string;
  country?: string;
  titles: string[];
  kb_id?: string;
  event_count: number;
}

/** `marsad actor NAME`: who the actor is and whom they meet, about what, how often. */
export interface ActorProfile {
  actor: Actor;
  /** offices as reported, with how often and when first/last seen (event dates) */
  titles: { title: string; count: number; first: string | null; last: string | null }[];
  counterparts: { actor_id: string; name: string; name_en?: string; country?: string; count: number }[];
  topics: { topic: string; count: number }[];
  /** YYYY-MM → number of events of any type (an undated event counts at its first report's publication day) */
  per_month: { month: string; count: number }[];
  places: { name: string; count: number }[];
}

export interface StoredFigure {
  article_id: string;
  value: number;
  unit: FigureUnit;
  qualifier: string | null;
  thing?: string;
  text: string;
  start: number;
  end: number;
  /** topics of the events reported by the same article */
  topics: string[];
  published?: string | null;
}

export interface SearchHit {
  article_id: string;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  duplicate_of?: string | null;
  /** the passage around the first match, matched words wrapped in «…» */
  snippet: string;
}

export interface IngestResult {
  article_id: string;
  /** duplicate: same id or same content already stored (nothing written); near_duplicate: stored, linked, events fused */
  status: "new" | "duplicate" | "near_duplicate";
  duplicate_of?: string;
  /** events of this article that became new stored events */
  events: number;
  /** events of this article that fused into already stored events */
  fused: number;
}

export interface DocumentMeta {
  outlet?: string | null;
  author?: string | null;
  /** file path or feed the article came from */
  source?: string | null;
  /** raw text before cleaning (defaults to the cleaned text) */
  raw?: string | null;
  canonical_url?: string | null;
}

export interface StoreStats {
  articles: number;
  /** articles that are not near-duplicates of another */
  stories: number;
  near_duplicates: number;
  events: number;
  actors: number;
  figures: number;
  event_sources: number;
}

/** The meeting network: actors as nodes, one weighted edge per pair that met (meetings and calls). */
export interface Network {
  nodes: { id: string; name: string; name_en?: string; country?: string; kind: string; events: number }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  /** store one extracted article (one transaction: all or nothing) */
  putDocument(doc: ExtractedDoc, meta?: DocumentMeta): Promise<IngestResult>;
  /** store several articles in one transaction, each all or nothing on its own (a savepoint each):
   *  one result per item, in order, an Error for an item that was not stored */
  putDocuments(items: { doc: ExtractedDoc; meta?: DocumentMeta }[]): Promise<(IngestResult | Error)[]>;
  /** is an article with this id already stored? (lets ingest skip extraction on re-runs) */
  hasArticle(id: string): Promise<boolean>;
  events(filter: EventFilter): Promise<{ total: number; items: StoredEvent[] }>;
  event(id: string): Promise<StoredEvent | null>;
  /** every stored event, in batches (keyset pages by id: constant cost per batch, for export) */
  eachEvent(batchSize?: number): AsyncGenerator<StoredEvent[]>;
  /** actors whose name, English name, title or kb id contains `query`, most active first */
  actors(query?: string, limit?: number): Promise<Actor[]>;
  actor(nameOrId: string): Promise<ActorProfile | null>;
  figures(filter: { unit?: string; topic?: string; limit?: number; offset?: number }): Promise<StoredFigure[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /** the full extracted article, as given to putDocument */
  article(id: string): Promise<ExtractedDoc | null>;
  /** meetings and calls (or `types`) that happened; all actors with events, or the `maxNodes` most active and the edges among them */
  network(filter?: { types?: EventType[]; maxNodes?: number }): Promise<Network>;
  // Views over EVERY event matching a filter (same filters as `events`; limit/offset/sort are
  // ignored), counted in SQL: exact however many events match. `events` is how many matched.
  /** who met whom: the `maxNodes` actors in most matching events (any type, status) and the pairs among them */
  eventNetwork(filter: EventFilter, maxNodes: number): Promise<Counted<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>>;
  /** topic counts per month or year (an event counts once per topic, in the period of its date) */
  topicTrends(filter: EventFilter, interval: Interval): Promise<Counted<Trends>>;
  /** places with coordinates where matching events happened (events and latest date each) */
  eventPlaces(filter: EventFilter): Promise<Counted<{ places: PlacePoint[]; unplaced: number }>>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
