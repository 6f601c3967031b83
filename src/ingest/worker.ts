// One ingest worker: claims jobs from the shared queue (queue.ts), reads them (documents as
// they are; URLs fetched and read as pages), extracts and stores through ingestDocuments — so a
// job done twice (its first worker died after storing half of it) stores nothing twice.
// Several workers on several machines may run against the same database.
import type PgBoss from "pg-boss";
import type { Store } from "../store/types.js";
import type { InputError, SourcedDoc } from "./files.js";
import { createFetcher, type Fetcher, type FetchOptions } from "./fetch.js";
import { QUEUE_NAME, openQueue, unfinishedJobs, type IngestJob, type QueueOptions } from "./queue.js";
import { emptyCounts, ingestDocuments, type Extractor, type IngestCounts } from "./run.js";
import { looksLikeFeed, pageToDoc } from "./sources.js";

export interface WorkerOptions extends QueueOptions {
  /** jobs worked on at once by this process (default 2) */
  concurrency?: number;
  /** stop when no job is waiting, retrying or running anywhere (batch runs, tests) */
  untilEmpty?: boolean;
  /** wait between polls of an empty queue (default 2000 ms) */
  pollMs?: number;
  /** pause after claiming each job, to go easy on the database (default 0) */
  throttleMs?: number;
  extract: Extractor;
  fetcher?: Fetcher;
  fetchOptions?: FetchOptions;
  /** one line per job and per bad input (default: stderr) */
  log?: (line: string) => void;
  /** stop claiming new jobs once aborted; jobs in hand are finished */
  signal?: AbortSignal;
}

export interface WorkerCounts extends IngestCounts {
  jobs: number;
  jobs_failed: number;
  read_errors: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/** The documents of one job, and the inputs of it that could not be read. */
export async function readJob(job: IngestJob, fetcher: Fetcher): Promise<{ docs: SourcedDoc[]; errors: InputError[] }> {
  if (job.kind === "docs") return { docs: job.docs, errors: [] };
  try {
    const page = await fetcher.fetch(job.url);
    // feeds are expanded when enqueued (--feed), so that each item is a job of its own
    if (looksLikeFeed(page)) return { docs: [], errors: [{ source: job.url, message: "a feed, not a page: enqueue it with --feed" }] };
    const r = pageToDoc(page, job.hint);
    return "message" in r ? { docs: [], errors: [r] } : { docs: [r], errors: [] };
  } catch (err) {
    return { docs: [], errors: [{ source: job.from ? `${job.url} (${job.from})` : job.url, message: (err as Error).message }] };
  }
}

/**
 * Extract and store one job. Throws when a document could not be *stored* (database trouble):
 * the job then fails and pg-boss retries it. Unreadable inputs are reported, not retried.
 */
export async function processJob(store: Store, job: IngestJob, opts: Pick<WorkerOptions, "extract" | "log"> & { fetcher: Fetcher }): Promise<{ counts: IngestCounts; errors: InputError[] }> {
  const { docs, errors } = await readJob(job, opts.fetcher);
  const storeErrors: string[] = [];
  const counts = await ingestDocuments(store, docs, {
    extract: opts.extract,
    onError: (e) => {
      if (e.message.startsWith("not stored")) storeErrors.push(`${e.source}: ${e.message}`);
      else errors.push(e);
    },
  });
  if (storeErrors.length) throw new Error(storeErrors.join("; "));
  return { counts, errors };
}

function add(total: IngestCounts, c: IngestCounts) {
  for (const k of Object.keys(total) as (keyof IngestCounts)[]) total[k] += c[k];
}

/** Work through the queue until aborted (or, with untilEmpty, until nothing is left). */
export async function runWorker(dbUrl: string, store: Store, opts: WorkerOptions): Promise<WorkerCounts> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const fetcher = opts.fetcher ?? createFetcher(opts.fetchOptions);
  const boss: PgBoss = await openQueue(dbUrl, opts);
  const totals: WorkerCounts = { ...emptyCounts(), jobs: 0, jobs_failed: 0, read_errors: 0 };
  const pollMs = opts.pollMs ?? 2000;

  async function slot(): Promise<void> {
    while (!opts.signal?.aborted) {
      const [job] = await boss.fetch<IngestJob>(QUEUE_NAME, { batchSize: 1 });
      if (!job) {
        if (opts.untilEmpty && (await unfinishedJobs(boss)) === 0) return;
        await sleep(pollMs, opts.signal);
        continue;
      }
      log(`job ${job.id}: claimed (${job.data.kind === "docs" ? `${job.data.docs.length} documents` : job.data.url})`);
      if (opts.throttleMs) await sleep(opts.throttleMs);
      try {
        const { counts, errors } = await processJob(store, job.data, { extract: opts.extract, fetcher });
        for (const e of errors) log(`marsad worker: ${e.source}: ${e.message}`);
        await boss.complete(QUEUE_NAME, job.id, { ...counts, read_errors: errors.length });
        add(totals, counts);
        totals.read_errors += errors.length;
        totals.jobs++;
        log(`job ${job.id}: done (${counts.new} new, ${counts.already_stored} already stored, ${counts.failed + errors.length} failed)`);
      } catch (err) {
        totals.jobs_failed++;
        log(`job ${job.id}: failed, will be retried: ${(err as Error).message}`);
        await boss.fail(QUEUE_NAME, job.id, { message: (err as Error).message });
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, slot));
  } finally {
    await boss.stop({ graceful: true, close: true, wait: true, timeout: 10_000 });
  }
  return totals;
}
