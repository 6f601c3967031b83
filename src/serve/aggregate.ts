// Views computed from a filtered list of stored events: the meeting network, topic counts per
// month/year, and where events happened. The store answers the unfiltered network itself; with
// filters the API reads the matching events (newest first, up to a cap, so one request stays
// bounded on a large store) and folds them here. Pure functions, tested on their own.
import type { EventFilter, Store, StoredEvent } from "../store/types.js";

/** How many matching events a filtered view reads at most (newest first). */
export const SCAN_CAP = 2000;
const PAGE = 500;

export interface Scan {
  events: StoredEvent[];
  /** all events matching the filter (may exceed events.length when capped) */
  total: number;
}

export async function scanEvents(store: Store, filter: EventFilter, cap = SCAN_CAP): Promise<Scan> {
  const events: StoredEvent[] = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += PAGE) {
    const page = await store.events({ ...filter, sort: "-date", limit: Math.min(PAGE, cap - offset), offset });
    total = page.total;
    events.push(...page.items);
    if (page.items.length < PAGE || events.length >= total) break;
  }
  return { events, total };
}

export interface NetworkNode { id: string; name: string; name_en?: string; country?: string; kind?: string; count: number }
export interface NetworkEdge { source: string; target: string; weight: number }

/** Who met whom: one node per participant, one edge per pair sharing an event (weight = events). */
export function networkFromEvents(events: StoredEvent[], maxNodes: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const e of events) {
    const ids = [...new Set(e.participants.map((p) => p.actor_id))].sort();
    for (const p of e.participants) {
      const n = nodes.get(p.actor_id);
      if (n) continue;
      const node: NetworkNode = { id: p.actor_id, name: p.name, count: 0 };
      if (p.name_en) node.name_en = p.name_en;
      if (p.country) node.country = p.country;
      nodes.set(p.actor_id, node);
    }
    for (const id of ids) nodes.get(id)!.count++;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const edge = edges.get(key) ?? { source: ids[i], target: ids[j], weight: 0 };
        edge.weight++;
        edges.set(key, edge);
      }
  }
  return trimNetwork([...nodes.values()], [...edges.values()], maxNodes);
}

/** Keep the `maxNodes` most active nodes and the edges between them (a readable graph). */
export function trimNetwork(nodes: NetworkNode[], edges: NetworkEdge[], maxNodes: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const kept = [...nodes].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { nodes: kept, edges: keptEdges };
}

export type Interval = "month" | "year";

export interface Trends {
  interval: Interval;
  /** periods in order (YYYY-MM or YYYY), with no gaps between the first and the last */
  periods: string[];
  series: { topic: string; total: number; counts: number[] }[];
  /** events without a date, which no period can hold */
  undated: number;
}

/** Topic counts per period: an event counts once for each of its topics, in the period of its date. */
export function trendsFromEvents(events: StoredEvent[], interval: Interval): Trends {
  const perTopic = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  let undated = 0;
  for (const e of events) {
    const period = e.date ? (interval === "month" ? e.date.slice(0, 7) : e.date.slice(0, 4)) : null;
    // a date of year precision cannot be placed in a month
    if (!period || (interval === "month" && period.length < 7)) {
      undated++;
      continue;
    }
    seen.add(period);
    for (const t of new Set(e.topics)) {
      const m = perTopic.get(t) ?? new Map<string, number>();
      m.set(period, (m.get(period) ?? 0) + 1);
      perTopic.set(t, m);
    }
  }
  const periods = fillPeriods([...seen].sort(), interval);
  const series = [...perTopic].map(([topic, m]) => {
    const counts = periods.map((p) => m.get(p) ?? 0);
    return { topic, total: counts.reduce((a, b) => a + b, 0), counts };
  }).sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic));
  return { interval, periods, series, undated };
}

/** Every period from the first to the last, so a chart's x axis has no silent gaps. */
export function fillPeriods(sorted: string[], interval: Interval): string[] {
  if (!sorted.length) return [];
  const out: string[] = [];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let y = Number(first.slice(0, 4));
  let m = interval === "month" ? Number(first.slice(5, 7)) : 1;
  for (let guard = 0; guard < 5000; guard++) {
    const p = interval === "month" ? `${y}-${String(m).padStart(2, "0")}` : String(y);
    out.push(p);
    if (p >= last) break;
    if (interval === "month" && ++m > 12) (m = 1), y++;
    else if (interval === "year") y++;
  }
  return out;
}

export interface PlacePoint { name: string; name_en?: string; country?: string; lat: number; lon: number; count: number; last: string | null }

/** Places with coordinates where the events happened, with how many events and the latest date. */
export function placesFromEvents(events: StoredEvent[]): { places: PlacePoint[]; unplaced: number } {
  const byKey = new Map<string, PlacePoint>();
  let unplaced = 0;
  for (const e of events) {
    const l = e.location;
    if (!l || l.lat == null || l.lon == null) {
      unplaced++;
      continue;
    }
    const key = `${l.name}|${l.lat.toFixed(3)}|${l.lon.toFixed(3)}`;
    const p = byKey.get(key) ?? { name: l.name, ...(l.name_en ? { name_en: l.name_en } : {}), ...(l.country ? { country: l.country } : {}), lat: l.lat, lon: l.lon, count: 0, last: null };
    p.count++;
    if (e.date && (!p.last || e.date > p.last)) p.last = e.date;
    byKey.set(key, p);
  }
  return { places: [...byKey.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)), unplaced };
}
