// marsad events [--actor NAME] [--country CC] [--topic ID] [--type T] [--status S] [--from D] [--to D]
//               [--near PLACE] [--radius KM] [--format table|json|csv] [--limit N] [--offset N] [--sort date|-date]
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";
import { eventRow, toCsv, toTable } from "../../store/format.js";
import type { EventFilter } from "../../store/types.js";
import type { EventType } from "../../types.js";

const TYPES = ["meeting", "call", "visit", "agreement", "funding", "statement"];
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" }, actor: { type: "string" }, country: { type: "string" }, topic: { type: "string" }, type: { type: "string" },
      status: { type: "string" }, from: { type: "string" }, to: { type: "string" }, near: { type: "string" }, radius: { type: "string" },
      format: { type: "string", default: "table" }, json: { type: "boolean" }, limit: { type: "string", default: "50" }, offset: { type: "string", default: "0" },
      sort: { type: "string", default: "-date" },
    },
  });
  const format = values.json ? "json" : values.format!;
  const bad = (m: string) => (console.error(`marsad events: ${m}`), 2);
  if (!["table", "json", "csv"].includes(format)) return bad(`unknown --format ${format} (table, json, csv)`);
  if (values.type && !TYPES.includes(values.type)) return bad(`unknown --type ${values.type} (${TYPES.join(", ")})`);
  for (const d of [values.from, values.to]) if (d && !DAY.test(d)) return bad(`bad date ${d} (YYYY-MM-DD)`);
  if (values.sort !== "date" && values.sort !== "-date") return bad(`--sort is date or -date`);
  const limit = Number(values.limit);
  const offset = Number(values.offset);
  const radius = values.radius ? Number(values.radius) : undefined;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) return bad("--limit and --offset are whole numbers");
  if (radius !== undefined && !(radius > 0)) return bad("--radius is a positive number of km");
  // a month or year in --from/--to means its first / last day
  const from = values.from && values.from.length < 10 ? (values.from + "-01-01").slice(0, 10) : values.from;
  const to = values.to && values.to.length === 7 ? `${values.to}-31` : values.to && values.to.length === 4 ? `${values.to}-12-31` : values.to;
  const filter: EventFilter = {
    actor: values.actor, country: values.country, topic: values.topic, type: values.type as EventType | undefined, status: values.status,
    from, to, near: values.near, radiusKm: radius, limit, offset, sort: values.sort as EventFilter["sort"],
  };
  const res = await withStore(values.db, (s) => s.events(filter));
  if (format === "json") console.log(JSON.stringify(res, null, 2));
  else if (format === "csv") process.stdout.write(toCsv(res.items.map(eventRow)));
  else {
    process.stdout.write(toTable(res.items.map(eventRow), ["date", "type", "status", "participants", "location", "topics", "sources"]));
    console.error(`${res.items.length} of ${res.total} events`);
  }
  return 0;
}
