// Reference folds of the API's views (network, topic trends, places) over a list of stored
// events. The API itself asks the store, which counts the same views in SQL over every matching
// event (store/core.ts); these pure functions say what those counts mean, and the store's
// contract tests check the SQL against them.
import type { StoredEvent } from "../store/types.js";
import { fillPeriods, periodOf, placeKey, sortPlaces, trimNetwork, type Interval, type NetworkEdge, type NetworkNode, type PlacePoint, type Trends } from "../store/views.js";

export { fillPeriods, trimNetwork };
export type { Interval, NetworkEdge, NetworkNode, PlacePoint, Trends };

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

/** Topic counts per period: an event counts once for each of its topics, in the period of its date. */
export function trendsFromEvents(events: StoredEvent[], interval: Interval): Trends {
  const perTopic = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  let undated = 0;
  for (const e of events) {
    const period = periodOf(e.date, interval);
    if (!period) {
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
    const key = placeKey(l.name, l.lat, l.lon);
    const p = byKey.get(key) ?? { name: l.name, ...(l.name_en ? { name_en: l.name_en } : {}), ...(l.country ? { country: l.country } : {}), lat: l.lat, lon: l.lon, count: 0, last: null };
    p.count++;
    if (e.date && (!p.last || e.date > p.last)) p.last = e.date;
    byKey.set(key, p);
  }
  return { places: sortPlaces([...byKey.values()]), unplaced };
}
