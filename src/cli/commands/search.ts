// marsad search TEXT [--limit N] [--format table|json]: articles containing all words of TEXT
// (normalized Arabic, any hamza/ta marbuta/diacritics; English names), with «marked» snippets.
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, limit: { type: "string", default: "20" }, format: { type: "string", default: "table" }, json: { type: "boolean" } },
  });
  const text = positionals.join(" ").trim();
  if (!text) return (console.error("usage: marsad search TEXT [--limit N] [--format table|json] [--db …]"), 2);
  const hits = await withStore(values.db, (s) => s.search(text, Number(values.limit)));
  if (values.json || values.format === "json") {
    console.log(JSON.stringify(hits, null, 2));
    return 0;
  }
  for (const h of hits) {
    const head = [h.article_id, h.published, h.outlet, h.duplicate_of ? `near-duplicate of ${h.duplicate_of}` : null].filter(Boolean).join(" · ");
    console.log(`${head}\n${h.title ? `  ${h.title}\n` : ""}  ${h.snippet}\n`);
  }
  console.error(`${hits.length} articles`);
  return 0;
}
