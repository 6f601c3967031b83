// marsad actors [QUERY] [--limit N] [--format table|json|csv]: actors whose name, English name,
// office or kb id contains QUERY (any spelling), most active first.
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";
import { actorRow, toCsv, toTable } from "../../store/format.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, limit: { type: "string", default: "50" }, format: { type: "string", default: "table" }, json: { type: "boolean" } },
  });
  const format = values.json ? "json" : values.format!;
  if (!["table", "json", "csv"].includes(format)) return (console.error(`marsad actors: unknown --format ${format}`), 2);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) return (console.error("marsad actors: --limit is a whole number"), 2);
  const actors = await withStore(values.db, (s) => s.actors(positionals.join(" ") || undefined, limit));
  if (format === "json") console.log(JSON.stringify(actors, null, 2));
  else if (format === "csv") process.stdout.write(toCsv(actors.map(actorRow)));
  else process.stdout.write(toTable(actors.map(actorRow), ["name", "name_en", "country", "titles", "events", "id"]));
  return 0;
}
