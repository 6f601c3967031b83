// Output formats shared by the query commands and export: flat rows for table/CSV, GeoJSON
// for events with coordinates, GEXF (Gephi) for the meeting network. Pure functions.
import type { Actor, Network, StoredEvent, StoredFigure } from "./types.js";

export type Row = Record<string, string | number | null | undefined>;

/** One event as a flat row: participants "name (title) | name", topics "a;b". */
export function eventRow(e: StoredEvent): Row {
  return {
    id: e.id,
    type: e.type,
    status: e.status,
    date: e.date ?? "",
    participants: e.participants.map((p) => (p.title && p.title !== p.name ? `${p.name} (${p.title})` : p.name)).join(" | "),
    participants_en: e.participants.map((p) => p.name_en ?? "").join(" | "),
    location: e.location?.name ?? "",
    location_en: e.location?.name_en ?? "",
    lat: e.location?.lat,
    lon: e.location?.lon,
    topics: e.topics.join(";"),
    sources: e.sources.map((s) => s.article_id).join(";"),
    confidence: Number(e.confidence.toFixed(3)),
  };
}

export function actorRow(a: Actor): Row {
  return { id: a.id, kind: a.kind, name: a.name, name_en: a.name_en ?? "", country: a.country ?? "", titles: a.titles.join(" | "), kb_id: a.kb_id ?? "", events: a.event_count };
}

export function figureRow(f: StoredFigure): Row {
  return { article_id: f.article_id, published: f.published ?? "", value: f.value, unit: f.unit, qualifier: f.qualifier ?? "", thing: f.thing ?? "", text: f.text, topics: f.topics.join(";") };
}

function csvCell(v: Row[string]): string {
  const s = v == null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header line; columns from the first row (or `columns`). */
export function toCsv(rows: Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return [cols.join(","), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(","))].join("\n") + "\n";
}

/** A plain text table for the terminal; long cells are cut. */
export function toTable(rows: Row[], columns?: string[], maxWidth = 48): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (!rows.length) return "(none)\n";
  const cell = (v: Row[string]) => {
    const s = (v == null ? "" : String(v)).replace(/\s+/g, " ");
    return s.length > maxWidth ? s.slice(0, maxWidth - 1) + "…" : s;
  };
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join("  ").trimEnd();
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}

/** Events with coordinates as GeoJSON points (events without coordinates are left out). */
export function toGeoJson(events: StoredEvent[]): { type: "FeatureCollection"; features: unknown[] } {
  return {
    type: "FeatureCollection",
    features: events
      .filter((e) => e.location?.lat != null && e.location?.lon != null)
      .map((e) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [e.location!.lon, e.location!.lat] },
        properties: { ...eventRow(e), participants: e.participants.map((p) => p.name), topics: e.topics, sources: e.sources.map((s) => s.article_id) },
      })),
  };
}

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    // characters XML 1.0 does not allow
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

/** The meeting network as GEXF 1.3 for Gephi: nodes = actors, undirected edges weighted by meetings. */
export function toGexf(net: Network, description = "Marsad meeting network"): string {
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">`);
  out.push(`  <meta><creator>marsad</creator><description>${xmlEscape(description)}</description></meta>`);
  out.push(`  <graph mode="static" defaultedgetype="undirected">`);
  out.push(`    <attributes class="node">`);
  out.push(`      <attribute id="name_en" title="name_en" type="string"/>`);
  out.push(`      <attribute id="country" title="country" type="string"/>`);
  out.push(`      <attribute id="kind" title="kind" type="string"/>`);
  out.push(`      <attribute id="events" title="events" type="integer"/>`);
  out.push(`    </attributes>`);
  const ids = new Set(net.edges.flatMap((e) => [e.source, e.target]));
  out.push(`    <nodes>`);
  for (const n of net.nodes) {
    if (!ids.has(n.id)) continue; // actors who met nobody would only clutter the graph
    out.push(`      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}"><attvalues>` +
      `<attvalue for="name_en" value="${xmlEscape(n.name_en ?? "")}"/><attvalue for="country" value="${xmlEscape(n.country ?? "")}"/>` +
      `<attvalue for="kind" value="${xmlEscape(n.kind)}"/><attvalue for="events" value="${n.events}"/></attvalues></node>`);
  }
  out.push(`    </nodes>`);
  out.push(`    <edges>`);
  net.edges.forEach((e, i) => out.push(`      <edge id="${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${e.weight}"/>`));
  out.push(`    </edges>`);
  out.push(`  </graph>`);
  out.push(`</gexf>`);
  return out.join("\n") + "\n";
}
