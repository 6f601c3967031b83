// marsad actor NAME [--format table|json]: an actor's offices, counterparts (with counts),
// topics, places and meetings per month. NAME: any spelling, English name, actor id or kb id.
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";
import { toTable } from "../../store/format.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, format: { type: "string", default: "table" }, json: { type: "boolean" } },
  });
  const name = positionals.join(" ").trim();
  if (!name) return (console.error("usage: marsad actor NAME [--format table|json] [--db …]"), 2);
  const p = await withStore(values.db, (s) => s.actor(name));
  if (!p) {
    console.error(`marsad actor: no actor matches '${name}'`);
    return 1;
  }
  if (values.json || values.format === "json") {
    console.log(JSON.stringify(p, null, 2));
    return 0;
  }
  const a = p.actor;
  const out: string[] = [];
  out.push(`${a.name}${a.name_en ? ` — ${a.name_en}` : ""}${a.country ? ` [${a.country}]` : ""}  (${a.kind}, ${a.event_count} events, id ${a.id}${a.kb_id ? `, kb ${a.kb_id}` : ""})`);
  out.push("", "offices:", toTable(p.titles.map((t) => ({ title: t.title, count: t.count, first: t.first ?? "", last: t.last ?? "" }))));
  out.push("counterparts:", toTable(p.counterparts.slice(0, 30).map((c) => ({ name: c.name, name_en: c.name_en ?? "", country: c.country ?? "", count: c.count }))));
  out.push("topics:", toTable(p.topics.map((t) => ({ topic: t.topic, count: t.count }))));
  out.push("places:", toTable(p.places.slice(0, 20).map((x) => ({ place: x.name, count: x.count }))));
  out.push("per month:", toTable(p.per_month.map((m) => ({ month: m.month, events: m.count, bar: "#".repeat(Math.min(60, m.count)) }))));
  process.stdout.write(out.join("\n"));
  return 0;
}
