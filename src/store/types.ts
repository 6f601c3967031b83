// The storage contract: every backend (SQLite, PostgreSQL) implements `Store`, and one
// contract test suite runs against each. The CLI and the HTTP API only talk to this interface.
// (Initial draft; the store's owner may extend it — keep CLI and API in step.)
import type { ExtractedDoc, EventType, FigureUnit } from "../types.js";

export interface EventFilter {
  actor?: string; // name (Arabic or English, any spelling) or entity id
  country?: string; // ISO alpha-2 of a participant
  topic?: string;
  type?: EventType;
  from?: string; // YYYY-MM-DD
  to?: string;
  near?: string; // place name
  status?: string;
  limit?: number;
  offset?: number;
  sort?: "date" | "-date";
}

export interface StoredEvent {
  id: string;
  type: EventType;
  status: string;
  date: string | null;
  date_precision: string | null;
  location: { name: string; name_en?: string; country?: string; lat?: number; lon?: number } | null;
  topics: string[];
  participants: { actor_id: string; name: string; name_en?: string; title?: string; country?: string; role?: string }[];
  sources: { article_id: string; url?: string | null; outlet?: string | null; evidence: { start: number; end: number; text: string }[] }[];
  confidence: number;
}

export interface Actor {
  id: string;
  name: string;
  name_en?: string;
  country?: string;
  titles: string[];
  kb_id?: string;
  event_count: number;
}

export interface StoredFigure {
  article_id: string;
  value: number;
  unit: FigureUnit;
  qualifier: string | null;
  thing?: string;
  text: string;
  topics: string[];
  published?: string | null;
}

export interface IngestResult {
  article_id: string;
  status: "new" | "duplicate" | "near_duplicate";
  duplicate_of?: string;
  events: number;
}

export interface Store {
  /** store one extracted article (one transaction: all or nothing) */
  putDocument(doc: ExtractedDoc, meta?: { outlet?: string | null; source?: string }): Promise<IngestResult>;
  events(filter: EventFilter): Promise<{ total: number; items: StoredEvent[] }>;
  event(id: string): Promise<StoredEvent | null>;
  actors(query?: string, limit?: number): Promise<Actor[]>;
  actor(nameOrId: string): Promise<unknown | null>;
  figures(filter: { unit?: string; topic?: string; limit?: number; offset?: number }): Promise<StoredFigure[]>;
  search(text: string, limit?: number): Promise<{ article_id: string; title?: string | null; snippet: string }[]>;
  article(id: string): Promise<ExtractedDoc | null>;
  close(): Promise<void>;
}
