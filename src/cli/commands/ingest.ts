// marsad ingest [--db URL] [--kb FILE]... [--extracted] [--json] [--rescan] [--progress] [--batch N] PATH|URL... | - | --feed URL | --urls FILE
//   Reads local articles (.jsonl/.json: one per line; other files: one article each; "-": JSONL
//   on stdin), web pages (URLs, feed items, URL lists; fetched politely, see ingest/fetch.ts),
//   extracts and stores them, in batches of articles (one transaction each, a savepoint per
//   article): killed at any point, a re-run stores exactly what is missing (and does not fetch stored URLs again). Bad inputs: one
//   line on stderr each, exit code 1.
//   --queue (with --db postgres://…): put the work into the shared job queue instead, for
//   `marsad worker` processes on any number of machines (see ingest/queue.ts).
import { parseArgs } from "node:util";
import { isPostgresUrl, withStore } from "../../store/open.js";
import { BATCH_DOCS, ingestDocuments, ingestExtracted, printError, type IngestCounts } from "../../ingest/run.js";
import { readExtractedJsonl } from "../../ingest/jsonl.js";
import type { InputError } from "../../ingest/files.js";
import { documentsOnly, readSources } from "../../ingest/sources.js";
import { isHttpUrl } from "../../ingest/urls.js";
import { createProgress, type Progress } from "../../ingest/progress.js";

const USAGE = `usage: marsad ingest [--db PATH|postgres://…] [--kb FILE]... [--extracted] [--json] [--rescan] [--progress] [--batch N] FILE|DIR|URL... | - | --feed URL | --urls FILE
  --feed URL     an RSS/Atom feed: each item's page is fetched and read (repeatable)
  --urls FILE    a list of page URLs, one per line, # comments (repeatable)
  --kb FILE      extra knowledge-base file for the extractor (repeatable)
  --extracted    input lines are already extracted documents (marsad extract output)
  --rescan       extract again documents whose id is stored (still stored once)
  --batch N      articles stored per transaction (default ${BATCH_DOCS}, or what a second brings); killed, a run loses at most the open batch, which the next run stores
  --progress     show progress on stderr (default on a terminal; piped: a line every 100 articles or 5 s)
  --json         print the counts as JSON
  --queue        with --db postgres://…: enqueue jobs for \`marsad worker\` instead of ingesting here
    --chunk-size N       documents per job for files and JSONL (default 50)
    --job-timeout SECS   a job not done after this long goes to another worker (default 900)
    --queue-schema NAME  PostgreSQL schema of the queue (default marsad_queue)`;

export function summary(c: IngestCounts, readErrors: number): string {
  return `ingested ${c.new} new, ${c.near_duplicate} near-duplicate, ${c.duplicate} duplicate, ${c.already_stored} already stored, ` +
    `${c.failed + readErrors} failed; ${c.events} new events, ${c.fused} fused`;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: "string" }, kb: { type: "string", multiple: true }, extracted: { type: "boolean" }, json: { type: "boolean" }, rescan: { type: "boolean" }, help: { type: "boolean", short: "h" },
      feed: { type: "string", multiple: true }, urls: { type: "string", multiple: true }, progress: { type: "boolean" }, batch: { type: "string" },
      queue: { type: "boolean" }, "chunk-size": { type: "string" }, "job-timeout": { type: "string" }, "queue-schema": { type: "string" },
    },
  });
  const feeds = values.feed ?? [];
  const urlFiles = values.urls ?? [];
  if (values.help || (!positionals.length && !feeds.length && !urlFiles.length)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.queue) return enqueue(values, positionals, feeds, urlFiles);
  const batchDocs = values.batch === undefined ? BATCH_DOCS : Number(values.batch);
  if (!Number.isInteger(batchDocs) || batchDocs < 1) {
    console.error(`marsad ingest: --batch must be a whole number above 0 (got "${values.batch}")`);
    return 2;
  }
  let readErrors = 0;
  let progress: Progress | null = null;
  const onReadError = (e: InputError) => {
    readErrors++;
    progress?.interrupt();
    printError(e);
    progress?.tick();
  };
  if (values.progress || process.stderr.isTTY) progress = createProgress(process.stderr, { total: null });
  let expected = 0;
  const onlyUrls = positionals.every(isHttpUrl);
  let notFetched = 0;
  const counts = await withStore(values.db, async (store) => {
    const opts = {
      skipExisting: !values.rescan, extractOptions: { kbFiles: values.kb }, batchDocs,
      onDocument: () => progress?.tick(),
      onError: (e: InputError & { id?: string }) => {
        progress?.interrupt();
        printError(e);
        progress?.tick();
      },
    };
    if (values.extracted) {
      const files = positionals;
      async function* all() {
        for (const f of files) yield* readExtractedJsonl(f, onReadError);
      }
      return ingestExtracted(store, all(), opts);
    }
    const sources = readSources({ inputs: positionals, feeds, urlFiles }, {
      isKnown: values.rescan ? undefined : (id) => store.hasArticle(id),
      onKnown: () => {
        notFetched++;
        progress?.tick();
      },
      // a total (and so an ETA) only when every article comes from a URL: files are not counted ahead
      onUrls: onlyUrls ? (n) => { expected += n; if (expected) progress?.setTotal(expected); } : undefined,
    });
    return ingestDocuments(store, documentsOnly(sources, onReadError), opts);
  });
  progress?.done();
  // pages not fetched because their URL is stored count as already stored
  counts.already_stored += notFetched;
  if (values.json) console.log(JSON.stringify({ ...counts, read_errors: readErrors }));
  else console.error(summary(counts, readErrors));
  return counts.failed + readErrors > 0 ? 1 : 0;
}

/** `--queue`: put the work into the PostgreSQL job queue for `marsad worker`. */
async function enqueue(values: Record<string, unknown>, inputs: string[], feeds: string[], urlFiles: string[]): Promise<number> {
  const db = String(values.db ?? process.env.MARSAD_DB ?? "");
  if (!isPostgresUrl(db)) {
    console.error("marsad ingest: --queue needs --db postgres://… (the queue and the store live in PostgreSQL)");
    return 2;
  }
  const chunkSize = values["chunk-size"] === undefined ? 50 : Number(values["chunk-size"]);
  const jobTimeout = values["job-timeout"] === undefined ? 900 : Number(values["job-timeout"]);
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || !Number.isInteger(jobTimeout) || jobTimeout < 1) {
    console.error("marsad ingest: --chunk-size and --job-timeout must be whole numbers above 0");
    return 2;
  }
  const { openQueue, enqueueSources } = await import("../../ingest/queue.js");
  let readErrors = 0;
  const boss = await openQueue(db, { schema: values["queue-schema"] as string | undefined, jobTimeoutSeconds: jobTimeout });
  try {
    const counts = await enqueueSources(boss, { inputs, feeds, urlFiles }, {
      chunkSize, jobTimeoutSeconds: jobTimeout,
      onError: (e) => {
        readErrors++;
        printError(e);
      },
    });
    if (values.json) console.log(JSON.stringify({ ...counts, read_errors: readErrors }));
    else console.error(`enqueued ${counts.jobs} jobs (${counts.docs} documents, ${counts.urls} URLs); ${readErrors} failed — run \`marsad worker --db …\` to process them`);
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
  return readErrors > 0 ? 1 : 0;
}
