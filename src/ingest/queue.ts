// The shared ingest queue for work spread over several machines: a pg-boss queue kept in the
// same PostgreSQL database as the store. `marsad ingest --queue` puts jobs in; `marsad worker`
// takes them out. A job is either a chunk of documents read on the enqueuing machine (text and
// HTML files, JSONL chunks — workers need no shared disk) or one URL to fetch (feed items,
// URL lists). pg-boss hands each job to one worker; a job whose worker dies expires after
// `jobTimeoutSeconds` and is handed out again. Re-processing is harmless: the store skips ids
// it already holds, and each article is stored in one transaction.
import PgBoss from "pg-boss";
import type { InputError, SourcedDoc } from "./files.js";
import { createFetcher, type Fetcher, type FetchOptions } from "./fetch.js";
import { readFeed, readLocalFiles, type PageHint } from "./sources.js";
import { isHttpUrl, parseUrlList } from "./urls.js";
import { readFile } from "node:fs/promises";

export const QUEUE_NAME = "marsad-ingest";
export const DEFAULT_QUEUE_SCHEMA = "marsad_queue";

export type IngestJob =
  | { kind: "docs"; docs: SourcedDoc[] }
  | { kind: "url"; url: string; hint?: PageHint; from?: string };

export interface QueueOptions {
  /** PostgreSQL schema of the queue tables (default marsad_queue) */
  schema?: string;
  /** a job not finished after this long is taken from its worker and retried (default 900 s) */
  jobTimeoutSeconds?: number;
  /** retries of a failed or expired job (default 5) */
  retryLimit?: number;
  /** first wait before a retry, doubled each time (default 5 s) */
  retryDelaySeconds?: number;
  /** how often expired jobs are looked for (default 60 s; tests use 1) */
  maintenanceSeconds?: number;
}

/** Connect to the queue (creating its tables and the queue on first use). Call boss.stop() when done. */
export async function openQueue(dbUrl: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: dbUrl,
    schema: opts.schema ?? DEFAULT_QUEUE_SCHEMA,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 60,
    // the queue is small and short-lived: no cron, no state monitor
    schedule: false,
    max: 4,
  });
  boss.on("error", (err) => process.stderr.write(`marsad queue: ${err.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE_NAME))) {
    try {
      await boss.createQueue(QUEUE_NAME, {
        name: QUEUE_NAME,
        retryLimit: opts.retryLimit ?? 5,
        retryDelay: opts.retryDelaySeconds ?? 5,
        retryBackoff: true,
        expireInSeconds: opts.jobTimeoutSeconds ?? 900,
      });
    } catch (err) {
      // another process created it at the same moment
      if (!(await boss.getQueue(QUEUE_NAME))) throw err;
    }
  }
  return boss;
}

export interface EnqueueSpec {
  /** files, folders, "-" and page URLs */
  inputs: string[];
  feeds?: string[];
  urlFiles?: string[];
}

export interface EnqueueOptions extends QueueOptions {
  /** documents per job for local files and JSONL (default 50) */
  chunkSize?: number;
  fetcher?: Fetcher;
  fetchOptions?: FetchOptions;
  onError?: (e: InputError) => void;
}

export interface EnqueueCounts {
  jobs: number;
  docs: number;
  urls: number;
}

/**
 * Put everything named into the queue: local documents in chunks, one job per URL. Feeds are
 * read here (one request each) so that each item becomes a job of its own.
 */
export async function enqueueSources(boss: PgBoss, spec: EnqueueSpec, opts: EnqueueOptions = {}): Promise<EnqueueCounts> {
  const onError = opts.onError ?? ((e: InputError) => process.stderr.write(`marsad ingest: ${e.source}: ${e.message}\n`));
  const chunkSize = opts.chunkSize ?? 50;
  const counts: EnqueueCounts = { jobs: 0, docs: 0, urls: 0 };
  const jobOptions = { retryLimit: opts.retryLimit ?? 5, retryDelay: opts.retryDelaySeconds ?? 5, retryBackoff: true, expireInSeconds: opts.jobTimeoutSeconds ?? 900 };
  let pending: IngestJob[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await boss.insert(pending.map((data) => ({ name: QUEUE_NAME, data, ...jobOptions })));
    counts.jobs += pending.length;
    pending = [];
  };
  const add = async (job: IngestJob) => {
    pending.push(job);
    if (pending.length >= 100) await flush();
  };

  const local = spec.inputs.filter((s) => !isHttpUrl(s));
  let chunk: SourcedDoc[] = [];
  for await (const doc of readLocalFiles(local, onError)) {
    chunk.push(doc);
    counts.docs++;
    if (chunk.length >= chunkSize) {
      await add({ kind: "docs", docs: chunk });
      chunk = [];
    }
  }
  if (chunk.length) await add({ kind: "docs", docs: chunk });

  const addUrl = async (url: string, from?: string, hint?: PageHint) => {
    counts.urls++;
    await add({ kind: "url", url, ...(from ? { from } : {}), ...(hint ? { hint: { title: hint.title ?? null, published: hint.published ?? null } } : {}) });
  };
  for (const url of spec.inputs.filter(isHttpUrl)) await addUrl(url);
  for (const file of spec.urlFiles ?? []) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      onError({ source: file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    const list = parseUrlList(text);
    for (const e of list.errors) onError({ source: `${file}:${e.line}`, message: e.message });
    for (const u of list.urls) await addUrl(u.url, `${file}:${u.line}`);
  }
  if (spec.feeds?.length) {
    const fetcher = opts.fetcher ?? createFetcher(opts.fetchOptions);
    for (const feed of spec.feeds) {
      const items = await readFeed(fetcher, feed);
      if ("message" in items) onError(items);
      else for (const item of items) await addUrl(item.url, feed, item);
    }
  }
  await flush();
  return counts;
}

/** Jobs not yet finished: waiting, waiting for a retry, or being worked on. */
export async function unfinishedJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(QUEUE_NAME, { before: "completed" });
}
