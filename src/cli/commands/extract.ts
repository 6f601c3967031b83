// `marsad extract`: read articles and print one extracted document per line (JSONL).
//   marsad extract --input docs.jsonl        documents in the input form of spec/annotation.md
//   marsad extract FILE.txt|FILE.html|-      a single article (- reads standard input)
//   options: --published YYYY-MM-DD, --kb FILE (repeatable), --pretty, --no-ner
// Bad input (unreadable file, broken JSON line, empty or binary text) gets one line on
// stderr naming the input and line; the rest is still processed; exit 1 if any failed.
import { extractDocument } from "../../pipeline.js";
import { loadResources } from "../../resolve/resources.js";
import { readInputs } from "../../ingest/inputs.js";
import type { ExtractedDoc } from "../../types.js";
import { parseArgs } from "../args.js";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { multi: ["kb"], flags: ["pretty", "no-ner", "help"] });
  if (args.flags.has("help")) {
    console.log("usage: marsad extract (--input docs.jsonl | FILE | -) [--published YYYY-MM-DD] [--kb FILE] [--pretty]");
    return 0;
  }
  const sources = [...(args.values.input ? [String(args.values.input)] : []), ...args.positional];
  if (!sources.length) {
    console.error("marsad extract: no input (give --input FILE.jsonl, a file, or - for standard input)");
    return 2;
  }
  const published = args.values.published ? String(args.values.published) : undefined;
  if (published && !/^\d{4}-\d{2}(-\d{2})?$/.test(published)) {
    console.error(`marsad extract: --published must be YYYY-MM-DD, got '${published}'`);
    return 2;
  }
  const resources = loadResources({ kbFiles: args.multi.kb, ner: !args.flags.has("no-ner") });
  let failed = 0;
  const write = (doc: ExtractedDoc) => process.stdout.write((args.flags.has("pretty") ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + "\n");
  for await (const item of readInputs(sources, { published })) {
    if ("error" in item) {
      failed++;
      console.error(`marsad extract: ${item.where}: ${item.error}`);
      continue;
    }
    try {
      write(extractDocument(item.doc, { resources }));
    } catch (e) {
      failed++;
      console.error(`marsad extract: ${item.where}: ${(e as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
