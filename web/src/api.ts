// Typed calls to the Marsad API (same origin). Shapes mirror src/store/types.ts on the server.
import { useEffect, useState } from "preact/hooks";

export interface Participant { actor_id: string; name: string; name_en?: string; title?: string; country?: string; role?: string; kb_id?: string }
export interface Evidence { start: number; end: number; text: string }
export interface StoredEvent {
  id: string; type: string; status: string; date: string | null; date_precision: string | null;
  location: { name: string; name_en?: string; country?: string; lat?: number; lon?: number } | null;
  topics: string[]; participants: Participant[];
  sources: { article_id: string; url?: string | null; outlet?: string | null; published?: string | null; evidence: Evidence[]; rules: string[] }[];
  confidence: number;
}
export interface Actor { id: string; kind: string; name: string; name_en?: string; country?: string; titles: string[]; kb_id?: string; event_count: number }
export interface ActorProfile {
  actor: Actor;
  titles: { title: string; count: number; first: string | null; last: string | null }[];
  counterparts: { actor_id: string; name: string; name_en?: string; country?: string; count: number }[];
  topics: { topic: string; count: number }[];
  per_month: { month: string; count: number }[];
  places: { name: string; count: number }[];
}
export interface Topic { id: string; ar: string; en: string }
export interface Meta { topics: Topic[]; stats: { articles: number; events: number; actors: number; figures: number }; ingest: boolean }
export interface Network { nodes: { id: string; name: string; name_en?: string; country?: string; count: number }[]; edges: { source: string; target: string; weight: number }[]; events_total: number | null; events_counted: number | null }
export interface Trends { interval: string; periods: string[]; series: { topic: string; total: number; counts: number[] }[]; undated: number; events_total: number; events_counted: number }
export interface Places { places: { name: string; name_en?: string; country?: string; lat: number; lon: number; count: number; last: string | null }[]; unplaced: number; events_total: number; events_counted: number }
export interface Figure { article_id: string; value: number; unit: string; qualifier: string | null; thing?: string; text: string; start: number; end: number; topics: string[]; published?: string | null }
export interface SearchHit { article_id: string; title?: string | null; url?: string | null; outlet?: string | null; published?: string | null; snippet: string }
export interface Mention { start: number; end: number; type: "person" | "org" | "place" | "title"; text: string; name?: string; title?: string; country?: string; entity?: string }
export interface Entity { id: string; type: string; name: string; name_en?: string; titles: string[]; country?: string; kb_id?: string }
export interface Article {
  id: string; url?: string | null; published?: string | null; title?: string | null; text: string;
  mentions: Mention[]; entities: Entity[];
  events: { id: string; type: string; evidence: Evidence[]; participants: { name?: string; entity?: string }[] }[];
  figures: { value: number; unit: string; text: string; evidence: { start: number; end: number } }[];
  dates: { value: string; text: string; span: { start: number; end: number }; implied: boolean }[];
}

export class ApiError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export async function api<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") q.set(k, v);
  const qs = q.toString();
  const r = await fetch(`./api/${path}${qs ? "?" + qs : ""}`, { headers: { accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: r.statusText }));
  if (!r.ok) throw new ApiError(r.status, (body as { error?: string }).error ?? r.statusText);
  return body as T;
}

export type Loaded<T> = { state: "loading" } | { state: "error"; error: ApiError | Error } | { state: "ok"; data: T };

/** Fetch on mount and whenever `key` changes; a newer request wins over an older one. */
export function useApi<T>(path: string | null, query: Record<string, string | undefined> = {}): Loaded<T> {
  const key = path === null ? "" : path + "?" + JSON.stringify(query);
  const [res, set] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    set({ state: "loading" });
    api<T>(path, query).then(
      (data) => live && set({ state: "ok", data }),
      (error: Error) => live && set({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return res;
}
