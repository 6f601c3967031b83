// Views over the events matching a filter — the meeting network, topic counts per period and
// where events happened — as the API returns them. The store counts them in SQL over every
// matching event (core.ts eventNetwork/topicTrends/eventPlaces); these are the shapes and the
// small pure steps both the SQL path and the reference folds (serve/aggregate.ts) share.

export interface NetworkNode { id: string; name: string; name_en?: string; country?: string; kind?: string; count: number }
export interface NetworkEdge { source: string; target: string; weight: number }

export type Interval = "month" | "year";

export interface Trends {
  interval: Interval;
  /** periods in order (YYYY-MM or YYYY), with no gaps between the first and the last */
  periods: string[];
  series: { topic: string; total: number; counts: number[] }[];
  /** events without a date, which no period can hold */
  undated: number;
}

export interface PlacePoint { name: string; name_en?: string; country?: string; lat: number; lon: number; count: number; last: string | null }

/** A view and how many events it was counted over (all that match the filter). */
export type Counted<T> = T & { events: number };

/** Keep the `maxNodes` most active nodes and the edges between them (a readable graph). */
export function trimNetwork(nodes: NetworkNode[], edges: NetworkEdge[], maxNodes: number): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const kept = [...nodes].sort(byCountThenId).slice(0, maxNodes);
  const ids = new Set(kept.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target)).sort((a, b) => b.weight - a.weight || cmp(a.source, b.source) || cmp(a.target, b.target));
  return { nodes: kept, edges: keptEdges };
}

/** Code-unit order: ids are ASCII, and localeCompare costs a microsecond a call on thousands of edges. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byCountThenId(a: { count: number; id: string }, b: { count: number; id: string }): number {
  return b.count - a.count || cmp(a.id, b.id);
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

/** The period of an event date (YYYY, YYYY-MM or YYYY-MM-DD); null when the date cannot be placed in one. */
export function periodOf(date: string | null | undefined, interval: Interval): string | null {
  if (!date) return null;
  // a date of year precision cannot be placed in a month
  if (interval === "month") return date.length >= 7 ? date.slice(0, 7) : null;
  return date.slice(0, 4);
}

/** One map point per place name and coordinates (to three decimals, ~100 m). */
export function placeKey(name: string, lat: number, lon: number): string {
  return `${name}|${lat.toFixed(3)}|${lon.toFixed(3)}`;
}

/** Most events first, then by name. */
export function sortPlaces(places: PlacePoint[]): PlacePoint[] {
  return places.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
