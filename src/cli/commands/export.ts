// marsad export --format csv|jsonl|geojson|gexf [--what events|actors|network] [--out FILE]
//   csv / jsonl: events (default), actors or the network's edges; geojson: events with
//   coordinates; gexf: the meeting network for Gephi (nodes = actors, weighted edges = meetings).
import { parseArgs } from "node:util";
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { withStore } from "../../store/open.js";
import { actorRow, eventRow, toCsv, toGeoJson, toGexf } from "../../store/format.js";
import type { Store, StoredEvent } from "../../store/types.js";

/** Every stored event, batch by batch (keyset pages: exporting a million events stays linear). */
async function* allEvents(store: Store): AsyncGenerator<StoredEvent> {
  for await (const batch of store.eachEvent(1000)) yield* batch;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: "string" }, format: { type: "string" }, what: { type: "string" }, out: { type: "string" } },
  });
  const format = values.format;
  if (!format || !["csv", "jsonl", "geojson", "gexf"].includes(format)) {
    console.error("usage: marsad export --format csv|jsonl|geojson|gexf [--what events|actors|network] [--out FILE] [--db …]");
    return 2;
  }
  const what = values.what ?? (format === "gexf" ? "network" : "events");
  if (!["events", "actors", "network"].includes(what)) return (console.error(`marsad export: unknown --what ${what}`), 2);
  if ((format === "gexf" && what !== "network") || (format === "geojson" && what !== "events")) {
    console.error(`marsad export: --format ${format} exports ${format === "gexf" ? "the network" : "events"} only`);
    return 2;
  }
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  let n = 0;
  await withStore(values.db, async (store) => {
    if (format === "gexf") {
      const net = await store.network();
      n = net.edges.length;
      await write(toGexf(net));
    } else if (format === "geojson") {
      const events: StoredEvent[] = [];
      for await (const e of allEvents(store)) events.push(e);
      const fc = toGeoJson(events);
      n = fc.features.length;
      await write(JSON.stringify(fc) + "\n");
    } else if (what === "events") {
      let first = true;
      for await (const e of allEvents(store)) {
        if (format === "jsonl") await write(JSON.stringify(e) + "\n");
        else {
          const csv = toCsv([eventRow(e)]);
          await write(first ? csv : csv.slice(csv.indexOf("\n") + 1));
        }
        first = false;
        n++;
      }
      if (first && format === "csv") await write(toCsv([], Object.keys(eventRow({ id: "", type: "meeting", status: "", date: null, date_precision: null, location: null, topics: [], participants: [], sources: [], confidence: 0 }))));
    } else if (what === "actors") {
      const actors = await store.actors(undefined, 10_000_000);
      n = actors.length;
      await write(format === "jsonl" ? actors.map((a) => JSON.stringify(a) + "\n").join("") : toCsv(actors.map(actorRow)));
    } else {
      const net = await store.network();
      const names = new Map(net.nodes.map((x) => [x.id, x]));
      const rows = net.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight, source_name: names.get(e.source)?.name ?? "", target_name: names.get(e.target)?.name ?? "" }));
      n = rows.length;
      await write(format === "jsonl" ? rows.map((r) => JSON.stringify(r) + "\n").join("") : toCsv(rows, ["source", "target", "weight", "source_name", "target_name"]));
    }
  });
  if (values.out) {
    out.end();
    await once(out, "finish");
    console.error(`wrote ${n} ${format === "gexf" ? "edges" : what === "network" ? "edges" : what} to ${values.out}`);
  }
  return 0;
}
