// marsad worker --db postgres://… [--concurrency N] [--until-empty] [--kb FILE]…
//   Takes ingest jobs from the queue kept in the PostgreSQL database (filled by
//   `marsad ingest --queue --db postgres://… PATH|URL|--feed URL|--urls FILE`), extracts and
//   stores them in the same database. Start one on each machine; each job goes to one worker,
//   and the jobs of a worker that dies are handed out again after --job-timeout seconds.
//   Stops on SIGINT/SIGTERM after the jobs in hand, or with --until-empty when nothing is left.
import { parseArgs } from "node:util";
import { isPostgresUrl, withStore } from "../../store/open.js";
import { runWorker } from "../../ingest/worker.js";

const USAGE = `usage: marsad worker --db postgres://… [--concurrency N] [--until-empty] [--kb FILE]... [--json]
  --concurrency N      jobs worked on at once by this process (default 2)
  --until-empty        exit when no job is waiting, retrying or running
  --poll SECONDS       wait between looks at an empty queue (default 2)
  --job-timeout SECS   a job running longer is taken back and retried (default 900; set when the queue is first created)
  --maintenance SECS   how often expired jobs are looked for (default 60)
  --throttle-ms MS     pause after claiming each job (default 0)
  --queue-schema NAME  PostgreSQL schema of the queue (default marsad_queue)
  --kb FILE            extra knowledge-base file for the extractor (repeatable)
  --json               print the counts as JSON at the end`;

function positiveInt(v: string | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got '${v}'`);
  return n;
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" }, concurrency: { type: "string" }, "until-empty": { type: "boolean" }, poll: { type: "string" },
      "job-timeout": { type: "string" }, maintenance: { type: "string" }, "throttle-ms": { type: "string" }, "queue-schema": { type: "string" },
      kb: { type: "string", multiple: true }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const db = values.db ?? process.env.MARSAD_DB ?? "";
  if (!isPostgresUrl(db)) {
    console.error(`marsad worker: --db must be a postgres:// URL (the queue lives in PostgreSQL)\n${USAGE}`);
    return 2;
  }
  let concurrency: number, pollMs: number, throttleMs: number, jobTimeout: number, maintenance: number;
  try {
    concurrency = Math.max(1, positiveInt(values.concurrency, "concurrency", 2));
    pollMs = positiveInt(values.poll, "poll", 2) * 1000;
    throttleMs = positiveInt(values["throttle-ms"], "throttle-ms", 0);
    jobTimeout = Math.max(1, positiveInt(values["job-timeout"], "job-timeout", 900));
    maintenance = Math.max(1, positiveInt(values.maintenance, "maintenance", 60));
  } catch (err) {
    console.error(`marsad worker: ${(err as Error).message}`);
    return 2;
  }
  // load the extractor before claiming a job, so the first job does not pay for it (and
  // does not run into its timeout while the models load)
  const { extractDocument } = await import("../../pipeline.js");
  const { loadResources } = await import("../../resolve/resources.js");
  const resources = loadResources({ kbFiles: values.kb });
  const stop = new AbortController();
  const onSignal = () => {
    console.error("marsad worker: stopping after the jobs in hand");
    stop.abort();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const totals = await withStore(db, (store) =>
      runWorker(db, store, {
        concurrency, pollMs, throttleMs, untilEmpty: values["until-empty"], signal: stop.signal,
        jobTimeoutSeconds: jobTimeout, maintenanceSeconds: maintenance, schema: values["queue-schema"],
        extract: (doc) => extractDocument(doc, { resources }),
      }));
    if (values.json) console.log(JSON.stringify(totals));
    else console.error(`worker: ${totals.jobs} jobs done, ${totals.jobs_failed} failed; ${totals.new} new articles, ${totals.already_stored} already stored, ${totals.failed + totals.read_errors} failed`);
    return totals.jobs_failed > 0 ? 1 : 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
