// marsad ingest [--db URL] [--kb FILE]... [--extracted] [--json] [--rescan] PATH... | -
//   Reads local articles (.jsonl/.json: one per line; other files: one article each; "-": JSONL
//   on stdin), extracts and stores them. Each article is one transaction: killed at any point,
//   a re-run stores exactly what is missing. Bad inputs: one line on stderr each, exit code 1.
import { parseArgs } from "node:util";
import { withStore } from "../../store/open.js";
import { ingestDocuments, ingestExtracted, printError, readInputs, type IngestCounts } from "../../ingest/run.js";
import { readExtractedJsonl } from "../../ingest/jsonl.js";
import type { InputError } from "../../ingest/files.js";

const USAGE = `usage: marsad ingest [--db PATH|postgres://…] [--kb FILE]... [--extracted] [--json] [--rescan] FILE|DIR... | -
  --kb FILE    extra knowledge-base file for the extractor (repeatable)
  --extracted  input lines are already extracted documents (marsad extract output)
  --rescan     extract again documents whose id is stored (still stored once)
  --json       print the counts as JSON`;

export function summary(c: IngestCounts, readErrors: number): string {
  return `ingested ${c.new} new, ${c.near_duplicate} near-duplicate, ${c.duplicate} duplicate, ${c.already_stored} already stored, ` +
    `${c.failed + readErrors} failed; ${c.events} new events, ${c.fused} fused`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: "string" }, kb: { type: "string", multiple: true }, extracted: { type: "boolean" }, json: { type: "boolean" }, rescan: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || !positionals.length) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let readErrors = 0;
  const onReadError = (e: InputError) => {
    readErrors++;
    printError(e);
  };
  const counts = await withStore(values.db, async (store) => {
    const opts = { skipExisting: !values.rescan, extractOptions: { kbFiles: values.kb } };
    if (values.extracted) {
      const files = positionals;
      async function* all() {
        for (const f of files) yield* readExtractedJsonl(f, onReadError);
      }
      return ingestExtracted(store, all(), opts);
    }
    return ingestDocuments(store, readInputs(positionals, onReadError), opts);
  });
  if (values.json) console.log(JSON.stringify({ ...counts, read_errors: readErrors }));
  else console.error(summary(counts, readErrors));
  return counts.failed + readErrors > 0 ? 1 : 0;
}
