// marsad figures [--unit U] [--topic ID] [--limit N] [--offset N] [--format table|json|csv]
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";
import { figureRow, toCsv, toTable } from "../../store/format.js";

const UNITS = ["person", "EUR", "USD", "LYD", "TND", "GBP", "km", "count", "percent"];

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" }, unit: { type: "string" }, topic: { type: "string" }, limit: { type: "string", default: "100" },
      offset: { type: "string", default: "0" }, format: { type: "string", default: "table" }, json: { type: "boolean" },
    },
  });
  const format = values.json ? "json" : values.format!;
  if (!["table", "json", "csv"].includes(format)) return (console.error(`marsad figures: unknown --format ${format}`), 2);
  if (values.unit && !UNITS.includes(values.unit)) return (console.error(`marsad figures: unknown --unit ${values.unit} (${UNITS.join(", ")})`), 2);
  const figures = await withStore(values.db, (s) => s.figures({ unit: values.unit, topic: values.topic, limit: Number(values.limit), offset: Number(values.offset) }));
  if (format === "json") console.log(JSON.stringify(figures, null, 2));
  else if (format === "csv") process.stdout.write(toCsv(figures.map(figureRow)));
  else process.stdout.write(toTable(figures.map(figureRow), ["published", "value", "unit", "qualifier", "text", "topics", "article_id"]));
  return 0;
}
